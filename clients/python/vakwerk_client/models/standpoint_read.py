from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.standpoint_read_position import StandpointReadPosition
from ..models.standpoint_read_status import StandpointReadStatus

T = TypeVar("T", bound="StandpointRead")


@_attrs_define
class StandpointRead:
    """
    Attributes:
        id (UUID):
        team_id (UUID):
        dilemma_id (None | UUID):
        title (str):
        position (StandpointReadPosition):
        reasoning (str):
        decided_on (datetime.date):
        status (StandpointReadStatus):
        created_by (UUID):
        version (int):
    """

    id: UUID
    team_id: UUID
    dilemma_id: None | UUID
    title: str
    position: StandpointReadPosition
    reasoning: str
    decided_on: datetime.date
    status: StandpointReadStatus
    created_by: UUID
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = str(self.team_id)

        dilemma_id: None | str
        if isinstance(self.dilemma_id, UUID):
            dilemma_id = str(self.dilemma_id)
        else:
            dilemma_id = self.dilemma_id

        title = self.title

        position = self.position.value

        reasoning = self.reasoning

        decided_on = self.decided_on.isoformat()

        status = self.status.value

        created_by = str(self.created_by)

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "dilemmaId": dilemma_id,
                "title": title,
                "position": position,
                "reasoning": reasoning,
                "decidedOn": decided_on,
                "status": status,
                "createdBy": created_by,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("teamId"))

        def _parse_dilemma_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                dilemma_id_type_0 = UUID(data)

                return dilemma_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        dilemma_id = _parse_dilemma_id(d.pop("dilemmaId"))

        title = d.pop("title")

        position = StandpointReadPosition(d.pop("position"))

        reasoning = d.pop("reasoning")

        decided_on = datetime.date.fromisoformat(d.pop("decidedOn"))

        status = StandpointReadStatus(d.pop("status"))

        created_by = UUID(d.pop("createdBy"))

        version = d.pop("version")

        standpoint_read = cls(
            id=id,
            team_id=team_id,
            dilemma_id=dilemma_id,
            title=title,
            position=position,
            reasoning=reasoning,
            decided_on=decided_on,
            status=status,
            created_by=created_by,
            version=version,
        )

        standpoint_read.additional_properties = d
        return standpoint_read

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
