from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.minutes_item import MinutesItem


T = TypeVar("T", bound="MinutesWrite")


@_attrs_define
class MinutesWrite:
    """
    Attributes:
        present_ids (list[UUID] | Unset):
        absent_ids (list[UUID] | Unset):
        items (list[MinutesItem] | Unset):
        conclusion (None | str | Unset):
    """

    present_ids: list[UUID] | Unset = UNSET
    absent_ids: list[UUID] | Unset = UNSET
    items: list[MinutesItem] | Unset = UNSET
    conclusion: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        present_ids: list[str] | Unset = UNSET
        if not isinstance(self.present_ids, Unset):
            present_ids = []
            for present_ids_item_data in self.present_ids:
                present_ids_item = str(present_ids_item_data)
                present_ids.append(present_ids_item)

        absent_ids: list[str] | Unset = UNSET
        if not isinstance(self.absent_ids, Unset):
            absent_ids = []
            for absent_ids_item_data in self.absent_ids:
                absent_ids_item = str(absent_ids_item_data)
                absent_ids.append(absent_ids_item)

        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        conclusion: None | str | Unset
        if isinstance(self.conclusion, Unset):
            conclusion = UNSET
        else:
            conclusion = self.conclusion

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if present_ids is not UNSET:
            field_dict["presentIds"] = present_ids
        if absent_ids is not UNSET:
            field_dict["absentIds"] = absent_ids
        if items is not UNSET:
            field_dict["items"] = items
        if conclusion is not UNSET:
            field_dict["conclusion"] = conclusion

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.minutes_item import MinutesItem

        d = dict(src_dict)
        _present_ids = d.pop("presentIds", UNSET)
        present_ids: list[UUID] | Unset = UNSET
        if _present_ids is not UNSET:
            present_ids = []
            for present_ids_item_data in _present_ids:
                present_ids_item = UUID(present_ids_item_data)

                present_ids.append(present_ids_item)

        _absent_ids = d.pop("absentIds", UNSET)
        absent_ids: list[UUID] | Unset = UNSET
        if _absent_ids is not UNSET:
            absent_ids = []
            for absent_ids_item_data in _absent_ids:
                absent_ids_item = UUID(absent_ids_item_data)

                absent_ids.append(absent_ids_item)

        _items = d.pop("items", UNSET)
        items: list[MinutesItem] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = MinutesItem.from_dict(items_item_data)

                items.append(items_item)

        def _parse_conclusion(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        conclusion = _parse_conclusion(d.pop("conclusion", UNSET))

        minutes_write = cls(
            present_ids=present_ids,
            absent_ids=absent_ids,
            items=items,
            conclusion=conclusion,
        )

        return minutes_write
