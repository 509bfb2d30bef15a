from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Outcomes")


@_attrs_define
class Outcomes:
    """Keys are the outcome values themselves.

    Attributes:
        traject_mogelijk (int):
        nu_geen_traject (int):
        uitgesteld (int):
    """

    traject_mogelijk: int
    nu_geen_traject: int
    uitgesteld: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        traject_mogelijk = self.traject_mogelijk

        nu_geen_traject = self.nu_geen_traject

        uitgesteld = self.uitgesteld

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "traject_mogelijk": traject_mogelijk,
                "nu_geen_traject": nu_geen_traject,
                "uitgesteld": uitgesteld,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        traject_mogelijk = d.pop("traject_mogelijk")

        nu_geen_traject = d.pop("nu_geen_traject")

        uitgesteld = d.pop("uitgesteld")

        outcomes = cls(
            traject_mogelijk=traject_mogelijk,
            nu_geen_traject=nu_geen_traject,
            uitgesteld=uitgesteld,
        )

        outcomes.additional_properties = d
        return outcomes

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
