from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CountRead")


@_attrs_define
class CountRead:
    """
    Attributes:
        id (UUID):
        team_id (UUID):
        date (datetime.date):
        clients_with_benefit (int):
        clients_with_exemption (int):
        rate (float | None): Een fractie: 0,2458 is 25%.
        created_by (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int):
        source (None | str | Unset):
    """

    id: UUID
    team_id: UUID
    date: datetime.date
    clients_with_benefit: int
    clients_with_exemption: int
    rate: float | None
    created_by: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
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

        created_by = str(self.created_by)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

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
                "createdBy": created_by,
                "createdAt": created_at,
                "updatedAt": updated_at,
                "version": version,
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

        created_by = UUID(d.pop("createdBy"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        version = d.pop("version")

        def _parse_source(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        count_read = cls(
            id=id,
            team_id=team_id,
            date=date,
            clients_with_benefit=clients_with_benefit,
            clients_with_exemption=clients_with_exemption,
            rate=rate,
            created_by=created_by,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            source=source,
        )

        count_read.additional_properties = d
        return count_read

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
