from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgendaItemRead")


@_attrs_define
class AgendaItemRead:
    """
    Attributes:
        key (str):
        title (str):
        minutes (int):
        chair_id (None | UUID): Wie dit punt voorzit: bij een casus de casusinbrenger (de eigenaar van de casus), bij
            een dilemma de voorzitter van de bijeenkomst.
        case_id (None | Unset | UUID):
    """

    key: str
    title: str
    minutes: int
    chair_id: None | UUID
    case_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        title = self.title

        minutes = self.minutes

        chair_id: None | str
        if isinstance(self.chair_id, UUID):
            chair_id = str(self.chair_id)
        else:
            chair_id = self.chair_id

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "title": title,
                "minutes": minutes,
                "chairId": chair_id,
            }
        )
        if case_id is not UNSET:
            field_dict["caseId"] = case_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        title = d.pop("title")

        minutes = d.pop("minutes")

        def _parse_chair_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chair_id_type_0 = UUID(data)

                return chair_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        chair_id = _parse_chair_id(d.pop("chairId"))

        def _parse_case_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        case_id = _parse_case_id(d.pop("caseId", UNSET))

        agenda_item_read = cls(
            key=key,
            title=title,
            minutes=minutes,
            chair_id=chair_id,
            case_id=case_id,
        )

        agenda_item_read.additional_properties = d
        return agenda_item_read

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
