from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MinutesItem")


@_attrs_define
class MinutesItem:
    """
    Attributes:
        key (str):
        case_id (None | Unset | UUID):
        notes (str | Unset):  Default: ''.
    """

    key: str
    case_id: None | Unset | UUID = UNSET
    notes: str | Unset = ""

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        case_id: None | str | Unset
        if isinstance(self.case_id, Unset):
            case_id = UNSET
        elif isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "key": key,
            }
        )
        if case_id is not UNSET:
            field_dict["caseId"] = case_id
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

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

        notes = d.pop("notes", UNSET)

        minutes_item = cls(
            key=key,
            case_id=case_id,
            notes=notes,
        )

        return minutes_item
