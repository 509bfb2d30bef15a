from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Refusals")


@_attrs_define
class Refusals:
    """Keys are the reason codes themselves.

    Attributes:
        too_short (int):
        boilerplate (int):
        duplicate (int):
    """

    too_short: int
    boilerplate: int
    duplicate: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        too_short = self.too_short

        boilerplate = self.boilerplate

        duplicate = self.duplicate

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "too_short": too_short,
                "boilerplate": boilerplate,
                "duplicate": duplicate,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        too_short = d.pop("too_short")

        boilerplate = d.pop("boilerplate")

        duplicate = d.pop("duplicate")

        refusals = cls(
            too_short=too_short,
            boilerplate=boilerplate,
            duplicate=duplicate,
        )

        refusals.additional_properties = d
        return refusals

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
