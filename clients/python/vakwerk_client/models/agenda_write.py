from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AgendaWrite")


@_attrs_define
class AgendaWrite:
    """
    Attributes:
        case_ids (list[UUID]): De casussen op de agenda, in volgorde
    """

    case_ids: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        case_ids = []
        for case_ids_item_data in self.case_ids:
            case_ids_item = str(case_ids_item_data)
            case_ids.append(case_ids_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "caseIds": case_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        case_ids = []
        _case_ids = d.pop("caseIds")
        for case_ids_item_data in _case_ids:
            case_ids_item = UUID(case_ids_item_data)

            case_ids.append(case_ids_item)

        agenda_write = cls(
            case_ids=case_ids,
        )

        return agenda_write
