from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NewBenefits")


@_attrs_define
class NewBenefits:
    """
    Attributes:
        started (int): Uitkeringen die in de periode begonnen
        with_exemption (int): Daarvan met een ontheffing op enige dag van de start tot het einde
        rate (float | None): Een fractie: 0,2458 is 25%.
    """

    started: int
    with_exemption: int
    rate: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        started = self.started

        with_exemption = self.with_exemption

        rate: float | None
        rate = self.rate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "started": started,
                "withExemption": with_exemption,
                "rate": rate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        started = d.pop("started")

        with_exemption = d.pop("withExemption")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        new_benefits = cls(
            started=started,
            with_exemption=with_exemption,
            rate=rate,
        )

        new_benefits.additional_properties = d
        return new_benefits

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
