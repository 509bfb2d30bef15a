from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_summary_outcome import AssessmentSummaryOutcome
from ..models.assessment_summary_reviewdecision import AssessmentSummaryReviewdecision
from ..models.assessment_summary_status import AssessmentSummaryStatus

if TYPE_CHECKING:
    from ..models.external_ref import ExternalRef


T = TypeVar("T", bound="AssessmentSummary")


@_attrs_define
class AssessmentSummary:
    """
    Attributes:
        id (UUID):
        client_id (UUID):
        client_refs (list[ExternalRef]): De nummers van de klant in de bronsystemen
        team_id (UUID):
        author_id (UUID):
        status (AssessmentSummaryStatus):
        twijfel (bool):
        outcome (AssessmentSummaryOutcome | None):
        completed_at (datetime.datetime | None):
        review_decision (AssessmentSummaryReviewdecision | None):
        created_at (datetime.datetime):
        version (int):
    """

    id: UUID
    client_id: UUID
    client_refs: list[ExternalRef]
    team_id: UUID
    author_id: UUID
    status: AssessmentSummaryStatus
    twijfel: bool
    outcome: AssessmentSummaryOutcome | None
    completed_at: datetime.datetime | None
    review_decision: AssessmentSummaryReviewdecision | None
    created_at: datetime.datetime
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        client_id = str(self.client_id)

        client_refs = []
        for client_refs_item_data in self.client_refs:
            client_refs_item = client_refs_item_data.to_dict()
            client_refs.append(client_refs_item)

        team_id = str(self.team_id)

        author_id = str(self.author_id)

        status = self.status.value

        twijfel = self.twijfel

        outcome: None | str
        if isinstance(self.outcome, AssessmentSummaryOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        review_decision: None | str
        if isinstance(self.review_decision, AssessmentSummaryReviewdecision):
            review_decision = self.review_decision.value
        else:
            review_decision = self.review_decision

        created_at = self.created_at.isoformat()

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "clientRefs": client_refs,
                "teamId": team_id,
                "authorId": author_id,
                "status": status,
                "twijfel": twijfel,
                "outcome": outcome,
                "completedAt": completed_at,
                "reviewDecision": review_decision,
                "createdAt": created_at,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.external_ref import ExternalRef

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        client_id = UUID(d.pop("clientId"))

        client_refs = []
        _client_refs = d.pop("clientRefs")
        for client_refs_item_data in _client_refs:
            client_refs_item = ExternalRef.from_dict(client_refs_item_data)

            client_refs.append(client_refs_item)

        team_id = UUID(d.pop("teamId"))

        author_id = UUID(d.pop("authorId"))

        status = AssessmentSummaryStatus(d.pop("status"))

        twijfel = d.pop("twijfel")

        def _parse_outcome(data: object) -> AssessmentSummaryOutcome | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_1 = AssessmentSummaryOutcome(data)

                return outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentSummaryOutcome | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_completed_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data)

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        completed_at = _parse_completed_at(d.pop("completedAt"))

        def _parse_review_decision(data: object) -> AssessmentSummaryReviewdecision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_decision_type_1 = AssessmentSummaryReviewdecision(data)

                return review_decision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentSummaryReviewdecision | None, data)

        review_decision = _parse_review_decision(d.pop("reviewDecision"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        version = d.pop("version")

        assessment_summary = cls(
            id=id,
            client_id=client_id,
            client_refs=client_refs,
            team_id=team_id,
            author_id=author_id,
            status=status,
            twijfel=twijfel,
            outcome=outcome,
            completed_at=completed_at,
            review_decision=review_decision,
            created_at=created_at,
            version=version,
        )

        assessment_summary.additional_properties = d
        return assessment_summary

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
