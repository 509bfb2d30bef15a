from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.settings_read_argumentsrequired import SettingsReadArgumentsrequired

T = TypeVar("T", bound="SettingsRead")


@_attrs_define
class SettingsRead:
    """
    Attributes:
        organisation_id (UUID):
        current_tree_version_id (None | UUID):
        arguments_required (SettingsReadArgumentsrequired):
        argument_min_chars (int):
        argument_min_words (int):
        case_deadline_days_before (int):
        case_deadline_hour (int):
        art_9_a_max_years (int):
        small_group_threshold (int):
        version (int):
    """

    organisation_id: UUID
    current_tree_version_id: None | UUID
    arguments_required: SettingsReadArgumentsrequired
    argument_min_chars: int
    argument_min_words: int
    case_deadline_days_before: int
    case_deadline_hour: int
    art_9_a_max_years: int
    small_group_threshold: int
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        organisation_id = str(self.organisation_id)

        current_tree_version_id: None | str
        if isinstance(self.current_tree_version_id, UUID):
            current_tree_version_id = str(self.current_tree_version_id)
        else:
            current_tree_version_id = self.current_tree_version_id

        arguments_required = self.arguments_required.value

        argument_min_chars = self.argument_min_chars

        argument_min_words = self.argument_min_words

        case_deadline_days_before = self.case_deadline_days_before

        case_deadline_hour = self.case_deadline_hour

        art_9_a_max_years = self.art_9_a_max_years

        small_group_threshold = self.small_group_threshold

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organisationId": organisation_id,
                "currentTreeVersionId": current_tree_version_id,
                "argumentsRequired": arguments_required,
                "argumentMinChars": argument_min_chars,
                "argumentMinWords": argument_min_words,
                "caseDeadlineDaysBefore": case_deadline_days_before,
                "caseDeadlineHour": case_deadline_hour,
                "art9aMaxYears": art_9_a_max_years,
                "smallGroupThreshold": small_group_threshold,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        organisation_id = UUID(d.pop("organisationId"))

        def _parse_current_tree_version_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_tree_version_id_type_0 = UUID(data)

                return current_tree_version_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        current_tree_version_id = _parse_current_tree_version_id(d.pop("currentTreeVersionId"))

        arguments_required = SettingsReadArgumentsrequired(d.pop("argumentsRequired"))

        argument_min_chars = d.pop("argumentMinChars")

        argument_min_words = d.pop("argumentMinWords")

        case_deadline_days_before = d.pop("caseDeadlineDaysBefore")

        case_deadline_hour = d.pop("caseDeadlineHour")

        art_9_a_max_years = d.pop("art9aMaxYears")

        small_group_threshold = d.pop("smallGroupThreshold")

        version = d.pop("version")

        settings_read = cls(
            organisation_id=organisation_id,
            current_tree_version_id=current_tree_version_id,
            arguments_required=arguments_required,
            argument_min_chars=argument_min_chars,
            argument_min_words=argument_min_words,
            case_deadline_days_before=case_deadline_days_before,
            case_deadline_hour=case_deadline_hour,
            art_9_a_max_years=art_9_a_max_years,
            small_group_threshold=small_group_threshold,
            version=version,
        )

        settings_read.additional_properties = d
        return settings_read

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
