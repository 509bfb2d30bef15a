from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TrendPoint")


@_attrs_define
class TrendPoint:
    """
    Attributes:
        date (datetime.date):
        clients_with_benefit (int):
        clients_with_exemption (int):
        rate (float | None): Een fractie: 0,2458 is 25%.
    """

    date: datetime.date
    clients_with_benefit: int
    clients_with_exemption: int
    rate: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        clients_with_benefit = self.clients_with_benefit

        clients_with_exemption = self.clients_with_exemption

        rate: float | None
        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "clientsWithBenefit": clients_with_benefit,
                "clientsWithExemption": clients_with_exemption,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        clients_with_benefit = d.pop("clientsWithBenefit")

        clients_with_exemption = d.pop("clientsWithExemption")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        trend_point = cls(
            date=date,
            clients_with_benefit=clients_with_benefit,
            clients_with_exemption=clients_with_exemption,
            rate=rate,
        )

        trend_point.additional_properties = d
        return trend_point

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
