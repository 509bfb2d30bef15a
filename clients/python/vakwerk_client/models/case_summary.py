from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.case_summary_kind import CaseSummaryKind
from ..models.case_summary_outcomeresult import CaseSummaryOutcomeresult
from ..models.case_summary_status import CaseSummaryStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.external_ref import ExternalRef


T = TypeVar("T", bound="CaseSummary")


@_attrs_define
class CaseSummary:
    """
    Attributes:
        id (UUID):
        kind (CaseSummaryKind):
        team_id (UUID):
        owner_id (UUID):
        client_id (None | UUID):
        client_refs (list[ExternalRef]): De nummers van de klant in de bronsystemen (leeg zonder klant)
        status (CaseSummaryStatus):
        target_session_date (datetime.date | None):
        submitted_at (datetime.datetime | None):
        submitted_on_time (bool | None):
        outcome_result (CaseSummaryOutcomeresult | None):
        created_at (datetime.datetime):
        version (int):
        question (None | str | Unset):
    """

    id: UUID
    kind: CaseSummaryKind
    team_id: UUID
    owner_id: UUID
    client_id: None | UUID
    client_refs: list[ExternalRef]
    status: CaseSummaryStatus
    target_session_date: datetime.date | None
    submitted_at: datetime.datetime | None
    submitted_on_time: bool | None
    outcome_result: CaseSummaryOutcomeresult | None
    created_at: datetime.datetime
    version: int
    question: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind.value

        team_id = str(self.team_id)

        owner_id = str(self.owner_id)

        client_id: None | str
        if isinstance(self.client_id, UUID):
            client_id = str(self.client_id)
        else:
            client_id = self.client_id

        client_refs = []
        for client_refs_item_data in self.client_refs:
            client_refs_item = client_refs_item_data.to_dict()
            client_refs.append(client_refs_item)

        status = self.status.value

        target_session_date: None | str
        if isinstance(self.target_session_date, datetime.date):
            target_session_date = self.target_session_date.isoformat()
        else:
            target_session_date = self.target_session_date

        submitted_at: None | str
        if isinstance(self.submitted_at, datetime.datetime):
            submitted_at = self.submitted_at.isoformat()
        else:
            submitted_at = self.submitted_at

        submitted_on_time: bool | None
        submitted_on_time = self.submitted_on_time

        outcome_result: None | str
        if isinstance(self.outcome_result, CaseSummaryOutcomeresult):
            outcome_result = self.outcome_result.value
        else:
            outcome_result = self.outcome_result

        created_at = self.created_at.isoformat()

        version = self.version

        question: None | str | Unset
        if isinstance(self.question, Unset):
            question = UNSET
        else:
            question = self.question

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "teamId": team_id,
                "ownerId": owner_id,
                "clientId": client_id,
                "clientRefs": client_refs,
                "status": status,
                "targetSessionDate": target_session_date,
                "submittedAt": submitted_at,
                "submittedOnTime": submitted_on_time,
                "outcomeResult": outcome_result,
                "createdAt": created_at,
                "version": version,
            }
        )
        if question is not UNSET:
            field_dict["question"] = question

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_ref import ExternalRef

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        kind = CaseSummaryKind(d.pop("kind"))

        team_id = UUID(d.pop("teamId"))

        owner_id = UUID(d.pop("ownerId"))

        def _parse_client_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                client_id_type_0 = UUID(data)

                return client_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        client_id = _parse_client_id(d.pop("clientId"))

        client_refs = []
        _client_refs = d.pop("clientRefs")
        for client_refs_item_data in _client_refs:
            client_refs_item = ExternalRef.from_dict(client_refs_item_data)

            client_refs.append(client_refs_item)

        status = CaseSummaryStatus(d.pop("status"))

        def _parse_target_session_date(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_session_date_type_0 = datetime.date.fromisoformat(data)

                return target_session_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        target_session_date = _parse_target_session_date(d.pop("targetSessionDate"))

        def _parse_submitted_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                submitted_at_type_0 = datetime.datetime.fromisoformat(data)

                return submitted_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        submitted_at = _parse_submitted_at(d.pop("submittedAt"))

        def _parse_submitted_on_time(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        submitted_on_time = _parse_submitted_on_time(d.pop("submittedOnTime"))

        def _parse_outcome_result(data: object) -> CaseSummaryOutcomeresult | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_result_type_1 = CaseSummaryOutcomeresult(data)

                return outcome_result_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CaseSummaryOutcomeresult | None, data)

        outcome_result = _parse_outcome_result(d.pop("outcomeResult"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        version = d.pop("version")

        def _parse_question(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        question = _parse_question(d.pop("question", UNSET))

        case_summary = cls(
            id=id,
            kind=kind,
            team_id=team_id,
            owner_id=owner_id,
            client_id=client_id,
            client_refs=client_refs,
            status=status,
            target_session_date=target_session_date,
            submitted_at=submitted_at,
            submitted_on_time=submitted_on_time,
            outcome_result=outcome_result,
            created_at=created_at,
            version=version,
            question=question,
        )

        case_summary.additional_properties = d
        return case_summary

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
