from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountCreate")


@_attrs_define
class CountCreate:
    """
    Attributes:
        team_id (UUID):
        date (datetime.date):
        clients_with_benefit (int):
        clients_with_exemption (int):
        source (None | str | Unset):
    """

    team_id: UUID
    date: datetime.date
    clients_with_benefit: int
    clients_with_exemption: int
    source: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        team_id = str(self.team_id)

        date = self.date.isoformat()

        clients_with_benefit = self.clients_with_benefit

        clients_with_exemption = self.clients_with_exemption

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        else:
            source = self.source

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "teamId": team_id,
                "date": date,
                "clientsWithBenefit": clients_with_benefit,
                "clientsWithExemption": clients_with_exemption,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = UUID(d.pop("teamId"))

        date = datetime.date.fromisoformat(d.pop("date"))

        clients_with_benefit = d.pop("clientsWithBenefit")

        clients_with_exemption = d.pop("clientsWithExemption")

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        count_create = cls(
            team_id=team_id,
            date=date,
            clients_with_benefit=clients_with_benefit,
            clients_with_exemption=clients_with_exemption,
            source=source,
        )

        return count_create
