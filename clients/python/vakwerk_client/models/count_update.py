from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="CountUpdate")


@_attrs_define
class CountUpdate:
    """Only the two numbers may be corrected.

    Attributes:
        clients_with_benefit (int):
        clients_with_exemption (int):
    """

    clients_with_benefit: int
    clients_with_exemption: int

    def to_dict(self) -> dict[str, Any]:
        clients_with_benefit = self.clients_with_benefit

        clients_with_exemption = self.clients_with_exemption

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "clientsWithBenefit": clients_with_benefit,
                "clientsWithExemption": clients_with_exemption,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        clients_with_benefit = d.pop("clientsWithBenefit")

        clients_with_exemption = d.pop("clientsWithExemption")

        count_update = cls(
            clients_with_benefit=clients_with_benefit,
            clients_with_exemption=clients_with_exemption,
        )

        return count_update
