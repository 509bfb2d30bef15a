from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientCreate")


@_attrs_define
class ClientCreate:
    """
    Attributes:
        responsible_manager_id (None | Unset | UUID):
        municipality_code (None | str | Unset):
        benefit_start_date (datetime.date | None | Unset):
        benefit_end_date (datetime.date | None | Unset):
        ladder_rung (int | None | Unset):
        last_conversation_date (datetime.date | None | Unset):
        team_id (None | Unset | UUID):
    """

    responsible_manager_id: None | Unset | UUID = UNSET
    municipality_code: None | str | Unset = UNSET
    benefit_start_date: datetime.date | None | Unset = UNSET
    benefit_end_date: datetime.date | None | Unset = UNSET
    ladder_rung: int | None | Unset = UNSET
    last_conversation_date: datetime.date | None | Unset = UNSET
    team_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        responsible_manager_id: None | str | Unset
        if isinstance(self.responsible_manager_id, Unset):
            responsible_manager_id = UNSET
        elif isinstance(self.responsible_manager_id, UUID):
            responsible_manager_id = str(self.responsible_manager_id)
        else:
            responsible_manager_id = self.responsible_manager_id

        municipality_code: None | str | Unset
        if isinstance(self.municipality_code, Unset):
            municipality_code = UNSET
        else:
            municipality_code = self.municipality_code

        benefit_start_date: None | str | Unset
        if isinstance(self.benefit_start_date, Unset):
            benefit_start_date = UNSET
        elif isinstance(self.benefit_start_date, datetime.date):
            benefit_start_date = self.benefit_start_date.isoformat()
        else:
            benefit_start_date = self.benefit_start_date

        benefit_end_date: None | str | Unset
        if isinstance(self.benefit_end_date, Unset):
            benefit_end_date = UNSET
        elif isinstance(self.benefit_end_date, datetime.date):
            benefit_end_date = self.benefit_end_date.isoformat()
        else:
            benefit_end_date = self.benefit_end_date

        ladder_rung: int | None | Unset
        if isinstance(self.ladder_rung, Unset):
            ladder_rung = UNSET
        else:
            ladder_rung = self.ladder_rung

        last_conversation_date: None | str | Unset
        if isinstance(self.last_conversation_date, Unset):
            last_conversation_date = UNSET
        elif isinstance(self.last_conversation_date, datetime.date):
            last_conversation_date = self.last_conversation_date.isoformat()
        else:
            last_conversation_date = self.last_conversation_date

        team_id: None | str | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        elif isinstance(self.team_id, UUID):
            team_id = str(self.team_id)
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if responsible_manager_id is not UNSET:
            field_dict["responsibleManagerId"] = responsible_manager_id
        if municipality_code is not UNSET:
            field_dict["municipalityCode"] = municipality_code
        if benefit_start_date is not UNSET:
            field_dict["benefitStartDate"] = benefit_start_date
        if benefit_end_date is not UNSET:
            field_dict["benefitEndDate"] = benefit_end_date
        if ladder_rung is not UNSET:
            field_dict["ladderRung"] = ladder_rung
        if last_conversation_date is not UNSET:
            field_dict["lastConversationDate"] = last_conversation_date
        if team_id is not UNSET:
            field_dict["teamId"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_responsible_manager_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                responsible_manager_id_type_0 = UUID(data)

                return responsible_manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        responsible_manager_id = _parse_responsible_manager_id(d.pop("responsibleManagerId", UNSET))

        def _parse_municipality_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        municipality_code = _parse_municipality_code(d.pop("municipalityCode", UNSET))

        def _parse_benefit_start_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benefit_start_date_type_0 = datetime.date.fromisoformat(data)

                return benefit_start_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        benefit_start_date = _parse_benefit_start_date(d.pop("benefitStartDate", UNSET))

        def _parse_benefit_end_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                benefit_end_date_type_0 = datetime.date.fromisoformat(data)

                return benefit_end_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        benefit_end_date = _parse_benefit_end_date(d.pop("benefitEndDate", UNSET))

        def _parse_ladder_rung(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        ladder_rung = _parse_ladder_rung(d.pop("ladderRung", UNSET))

        def _parse_last_conversation_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_conversation_date_type_0 = datetime.date.fromisoformat(data)

                return last_conversation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        last_conversation_date = _parse_last_conversation_date(d.pop("lastConversationDate", UNSET))

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

        client_create = cls(
            responsible_manager_id=responsible_manager_id,
            municipality_code=municipality_code,
            benefit_start_date=benefit_start_date,
            benefit_end_date=benefit_end_date,
            ladder_rung=ladder_rung,
            last_conversation_date=last_conversation_date,
            team_id=team_id,
        )

        return client_create
