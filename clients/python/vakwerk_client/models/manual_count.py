from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ManualCount")


@_attrs_define
class ManualCount:
    """
    Attributes:
        id (UUID):
        team_id (UUID):
        date (datetime.date):
        clients_with_benefit (int):
        clients_with_exemption (int):
        rate (float | None): Een fractie: 0,2458 is 25%.
        source (None | str | Unset):
    """

    id: UUID
    team_id: UUID
    date: datetime.date
    clients_with_benefit: int
    clients_with_exemption: int
    rate: float | None
    source: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = str(self.team_id)

        date = self.date.isoformat()

        clients_with_benefit = self.clients_with_benefit

        clients_with_exemption = self.clients_with_exemption

        rate: float | None
        rate = self.rate

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "date": date,
                "clientsWithBenefit": clients_with_benefit,
                "clientsWithExemption": clients_with_exemption,
                "rate": rate,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("teamId"))

        date = datetime.date.fromisoformat(d.pop("date"))

        clients_with_benefit = d.pop("clientsWithBenefit")

        clients_with_exemption = d.pop("clientsWithExemption")

        def _parse_rate(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        rate = _parse_rate(d.pop("rate"))

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        manual_count = cls(
            id=id,
            team_id=team_id,
            date=date,
            clients_with_benefit=clients_with_benefit,
            clients_with_exemption=clients_with_exemption,
            rate=rate,
            source=source,
        )

        manual_count.additional_properties = d
        return manual_count

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
