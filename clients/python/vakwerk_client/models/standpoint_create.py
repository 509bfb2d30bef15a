from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.standpoint_create_position import StandpointCreatePosition
from ..types import UNSET, Unset

T = TypeVar("T", bound="StandpointCreate")


@_attrs_define
class StandpointCreate:
    """
    Attributes:
        dilemma_id (UUID):
        title (str):
        position (StandpointCreatePosition):
        reasoning (str):
        team_id (None | Unset | UUID):
        decided_on (datetime.date | None | Unset):
    """

    dilemma_id: UUID
    title: str
    position: StandpointCreatePosition
    reasoning: str
    team_id: None | Unset | UUID = UNSET
    decided_on: datetime.date | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        dilemma_id = str(self.dilemma_id)

        title = self.title

        position = self.position.value

        reasoning = self.reasoning

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        decided_on: None | str | Unset
        if isinstance(self.decided_on, Unset):
            decided_on = UNSET
        elif isinstance(self.decided_on, datetime.date):
            decided_on = self.decided_on.isoformat()
        else:
            decided_on = self.decided_on

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "dilemmaId": dilemma_id,
                "title": title,
                "position": position,
                "reasoning": reasoning,
            }
        )
        if team_id is not UNSET:
            field_dict["teamId"] = team_id
        if decided_on is not UNSET:
            field_dict["decidedOn"] = decided_on

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dilemma_id = UUID(d.pop("dilemmaId"))

        title = d.pop("title")

        position = StandpointCreatePosition(d.pop("position"))

        reasoning = d.pop("reasoning")

        def _parse_team_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                team_id_type_0 = UUID(data)

                return team_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        team_id = _parse_team_id(d.pop("teamId", UNSET))

        def _parse_decided_on(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                decided_on_type_0 = datetime.date.fromisoformat(data)

                return decided_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        decided_on = _parse_decided_on(d.pop("decidedOn", UNSET))

        standpoint_create = cls(
            dilemma_id=dilemma_id,
            title=title,
            position=position,
            reasoning=reasoning,
            team_id=team_id,
            decided_on=decided_on,
        )

        return standpoint_create
