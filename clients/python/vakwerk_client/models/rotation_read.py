from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.role_count_read import RoleCountRead
    from ..models.rotation_item_read import RotationItemRead


T = TypeVar("T", bound="RotationRead")


@_attrs_define
class RotationRead:
    """
    Attributes:
        horizon_date (datetime.date | None):
        items (list[RotationItemRead]):
        counts (list[RoleCountRead]):
    """

    horizon_date: datetime.date | None
    items: list[RotationItemRead]
    counts: list[RoleCountRead]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        horizon_date: None | str
        if isinstance(self.horizon_date, datetime.date):
            horizon_date = self.horizon_date.isoformat()
        else:
            horizon_date = self.horizon_date

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        counts = []
        for counts_item_data in self.counts:
            counts_item = counts_item_data.to_dict()
            counts.append(counts_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "horizonDate": horizon_date,
                "items": items,
                "counts": counts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.role_count_read import RoleCountRead
        from ..models.rotation_item_read import RotationItemRead

        d = dict(src_dict)

        def _parse_horizon_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                horizon_date_type_0 = datetime.date.fromisoformat(data)

                return horizon_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        horizon_date = _parse_horizon_date(d.pop("horizonDate"))

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = RotationItemRead.from_dict(items_item_data)

            items.append(items_item)

        counts = []
        _counts = d.pop("counts")
        for counts_item_data in _counts:
            counts_item = RoleCountRead.from_dict(counts_item_data)

            counts.append(counts_item)

        rotation_read = cls(
            horizon_date=horizon_date,
            items=items,
            counts=counts,
        )

        rotation_read.additional_properties = d
        return rotation_read

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
