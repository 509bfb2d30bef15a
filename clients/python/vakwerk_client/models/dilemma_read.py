from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="DilemmaRead")


@_attrs_define
class DilemmaRead:
    """
    Attributes:
        id (UUID):
        team_id (UUID):
        series_id (UUID):
        session_id (UUID):
        title (str):
        case_text (str):
        statement_a (str):
        statement_b (str):
        voting_closes_at (datetime.datetime):
        has_voted (bool): Of u zelf hebt gestemd
        created_by (UUID):
        created_at (datetime.datetime):
        version (int):
    """

    id: UUID
    team_id: UUID
    series_id: UUID
    session_id: UUID
    title: str
    case_text: str
    statement_a: str
    statement_b: str
    voting_closes_at: datetime.datetime
    has_voted: bool
    created_by: UUID
    created_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        team_id = str(self.team_id)

        series_id = str(self.series_id)

        session_id = str(self.session_id)

        title = self.title

        case_text = self.case_text

        statement_a = self.statement_a

        statement_b = self.statement_b

        voting_closes_at = self.voting_closes_at.isoformat()

        has_voted = self.has_voted

        created_by = str(self.created_by)

        created_at = self.created_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "teamId": team_id,
                "seriesId": series_id,
                "sessionId": session_id,
                "title": title,
                "caseText": case_text,
                "statementA": statement_a,
                "statementB": statement_b,
                "votingClosesAt": voting_closes_at,
                "hasVoted": has_voted,
                "createdBy": created_by,
                "createdAt": created_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        team_id = UUID(d.pop("teamId"))

        series_id = UUID(d.pop("seriesId"))

        session_id = UUID(d.pop("sessionId"))

        title = d.pop("title")

        case_text = d.pop("caseText")

        statement_a = d.pop("statementA")

        statement_b = d.pop("statementB")

        voting_closes_at = datetime.datetime.fromisoformat(d.pop("votingClosesAt"))

        has_voted = d.pop("hasVoted")

        created_by = UUID(d.pop("createdBy"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        version = d.pop("version")

        dilemma_read = cls(
            id=id,
            team_id=team_id,
            series_id=series_id,
            session_id=session_id,
            title=title,
            case_text=case_text,
            statement_a=statement_a,
            statement_b=statement_b,
            voting_closes_at=voting_closes_at,
            has_voted=has_voted,
            created_by=created_by,
            created_at=created_at,
            version=version,
        )

        dilemma_read.additional_properties = d
        return dilemma_read

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
