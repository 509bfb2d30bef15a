from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.settings_update_argumentsrequired import SettingsUpdateArgumentsrequired
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingsUpdate")


@_attrs_define
class SettingsUpdate:
    """
    Attributes:
        current_tree_version_id (None | Unset | UUID): Een eerdere versie kiezen is terugdraaien
        arguments_required (None | SettingsUpdateArgumentsrequired | Unset):
        argument_min_chars (int | None | Unset):
        argument_min_words (int | None | Unset):
        case_deadline_days_before (int | None | Unset):
        case_deadline_hour (int | None | Unset):
        art_9_a_max_years (int | None | Unset):
        small_group_threshold (int | None | Unset):
    """

    current_tree_version_id: None | Unset | UUID = UNSET
    arguments_required: None | SettingsUpdateArgumentsrequired | Unset = UNSET
    argument_min_chars: int | None | Unset = UNSET
    argument_min_words: int | None | Unset = UNSET
    case_deadline_days_before: int | None | Unset = UNSET
    case_deadline_hour: int | None | Unset = UNSET
    art_9_a_max_years: int | None | Unset = UNSET
    small_group_threshold: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        current_tree_version_id: None | str | Unset
        if isinstance(self.current_tree_version_id, Unset):
            current_tree_version_id = UNSET
        elif isinstance(self.current_tree_version_id, UUID):
            current_tree_version_id = str(self.current_tree_version_id)
        else:
            current_tree_version_id = self.current_tree_version_id

        arguments_required: None | str | Unset
        if isinstance(self.arguments_required, Unset):
            arguments_required = UNSET
        elif isinstance(self.arguments_required, SettingsUpdateArgumentsrequired):
            arguments_required = self.arguments_required.value
        else:
            arguments_required = self.arguments_required

        argument_min_chars: int | None | Unset
        if isinstance(self.argument_min_chars, Unset):
            argument_min_chars = UNSET
        else:
            argument_min_chars = self.argument_min_chars

        argument_min_words: int | None | Unset
        if isinstance(self.argument_min_words, Unset):
            argument_min_words = UNSET
        else:
            argument_min_words = self.argument_min_words

        case_deadline_days_before: int | None | Unset
        if isinstance(self.case_deadline_days_before, Unset):
            case_deadline_days_before = UNSET
        else:
            case_deadline_days_before = self.case_deadline_days_before

        case_deadline_hour: int | None | Unset
        if isinstance(self.case_deadline_hour, Unset):
            case_deadline_hour = UNSET
        else:
            case_deadline_hour = self.case_deadline_hour

        art_9_a_max_years: int | None | Unset
        if isinstance(self.art_9_a_max_years, Unset):
            art_9_a_max_years = UNSET
        else:
            art_9_a_max_years = self.art_9_a_max_years

        small_group_threshold: int | None | Unset
        if isinstance(self.small_group_threshold, Unset):
            small_group_threshold = UNSET
        else:
            small_group_threshold = self.small_group_threshold

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if current_tree_version_id is not UNSET:
            field_dict["currentTreeVersionId"] = current_tree_version_id
        if arguments_required is not UNSET:
            field_dict["argumentsRequired"] = arguments_required
        if argument_min_chars is not UNSET:
            field_dict["argumentMinChars"] = argument_min_chars
        if argument_min_words is not UNSET:
            field_dict["argumentMinWords"] = argument_min_words
        if case_deadline_days_before is not UNSET:
            field_dict["caseDeadlineDaysBefore"] = case_deadline_days_before
        if case_deadline_hour is not UNSET:
            field_dict["caseDeadlineHour"] = case_deadline_hour
        if art_9_a_max_years is not UNSET:
            field_dict["art9aMaxYears"] = art_9_a_max_years
        if small_group_threshold is not UNSET:
            field_dict["smallGroupThreshold"] = small_group_threshold

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_current_tree_version_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_tree_version_id_type_0 = UUID(data)

                return current_tree_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        current_tree_version_id = _parse_current_tree_version_id(
            d.pop("currentTreeVersionId", UNSET)
        )

        def _parse_arguments_required(
            data: object,
        ) -> None | SettingsUpdateArgumentsrequired | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                arguments_required_type_1 = SettingsUpdateArgumentsrequired(data)

                return arguments_required_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SettingsUpdateArgumentsrequired | Unset, data)

        arguments_required = _parse_arguments_required(d.pop("argumentsRequired", UNSET))

        def _parse_argument_min_chars(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        argument_min_chars = _parse_argument_min_chars(d.pop("argumentMinChars", UNSET))

        def _parse_argument_min_words(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        argument_min_words = _parse_argument_min_words(d.pop("argumentMinWords", UNSET))

        def _parse_case_deadline_days_before(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        case_deadline_days_before = _parse_case_deadline_days_before(
            d.pop("caseDeadlineDaysBefore", UNSET)
        )

        def _parse_case_deadline_hour(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        case_deadline_hour = _parse_case_deadline_hour(d.pop("caseDeadlineHour", UNSET))

        def _parse_art_9_a_max_years(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        art_9_a_max_years = _parse_art_9_a_max_years(d.pop("art9aMaxYears", UNSET))

        def _parse_small_group_threshold(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        small_group_threshold = _parse_small_group_threshold(d.pop("smallGroupThreshold", UNSET))

        settings_update = cls(
            current_tree_version_id=current_tree_version_id,
            arguments_required=arguments_required,
            argument_min_chars=argument_min_chars,
            argument_min_words=argument_min_words,
            case_deadline_days_before=case_deadline_days_before,
            case_deadline_hour=case_deadline_hour,
            art_9_a_max_years=art_9_a_max_years,
            small_group_threshold=small_group_threshold,
        )

        return settings_update
