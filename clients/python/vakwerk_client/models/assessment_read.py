from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.assessment_read_outcome import AssessmentReadOutcome
from ..models.assessment_read_reviewdecision import AssessmentReadReviewdecision
from ..models.assessment_read_status import AssessmentReadStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.answer_read import AnswerRead
    from ..models.assessment_read_outcomeexplanation import AssessmentReadOutcomeexplanation
    from ..models.completion import Completion
    from ..models.external_ref import ExternalRef


T = TypeVar("T", bound="AssessmentRead")


@_attrs_define
class AssessmentRead:
    """
    Attributes:
        id (UUID):
        client_id (UUID):
        client_refs (list[ExternalRef]): De nummers van de klant in de bronsystemen
        case_id (None | UUID):
        team_id (UUID):
        author_id (UUID):
        tree_version_id (UUID):
        tree_version_number (int):
        status (AssessmentReadStatus):
        twijfel (bool):
        answers (list[AnswerRead]):
        outcome (AssessmentReadOutcome | None):
        outcome_explanation (AssessmentReadOutcomeexplanation | None):
        completion (Completion | None):
        completed_at (datetime.datetime | None):
        created_at (datetime.datetime):
        review_decision (AssessmentReadReviewdecision | None):
        version (int):
        outcome_label (None | str | Unset):
    """

    id: UUID
    client_id: UUID
    client_refs: list[ExternalRef]
    case_id: None | UUID
    team_id: UUID
    author_id: UUID
    tree_version_id: UUID
    tree_version_number: int
    status: AssessmentReadStatus
    twijfel: bool
    answers: list[AnswerRead]
    outcome: AssessmentReadOutcome | None
    outcome_explanation: AssessmentReadOutcomeexplanation | None
    completion: Completion | None
    completed_at: datetime.datetime | None
    created_at: datetime.datetime
    review_decision: AssessmentReadReviewdecision | None
    version: int
    outcome_label: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assessment_read_outcomeexplanation import AssessmentReadOutcomeexplanation
        from ..models.completion import Completion

        id = str(self.id)

        client_id = str(self.client_id)

        client_refs = []
        for client_refs_item_data in self.client_refs:
            client_refs_item = client_refs_item_data.to_dict()
            client_refs.append(client_refs_item)

        case_id: None | str
        if isinstance(self.case_id, UUID):
            case_id = str(self.case_id)
        else:
            case_id = self.case_id

        team_id = str(self.team_id)

        author_id = str(self.author_id)

        tree_version_id = str(self.tree_version_id)

        tree_version_number = self.tree_version_number

        status = self.status.value

        twijfel = self.twijfel

        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.to_dict()
            answers.append(answers_item)

        outcome: None | str
        if isinstance(self.outcome, AssessmentReadOutcome):
            outcome = self.outcome.value
        else:
            outcome = self.outcome

        outcome_explanation: dict[str, Any] | None
        if isinstance(self.outcome_explanation, AssessmentReadOutcomeexplanation):
            outcome_explanation = self.outcome_explanation.to_dict()
        else:
            outcome_explanation = self.outcome_explanation

        completion: dict[str, Any] | None
        if isinstance(self.completion, Completion):
            completion = self.completion.to_dict()
        else:
            completion = self.completion

        completed_at: None | str
        if isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        created_at = self.created_at.isoformat()

        review_decision: None | str
        if isinstance(self.review_decision, AssessmentReadReviewdecision):
            review_decision = self.review_decision.value
        else:
            review_decision = self.review_decision

        version = self.version

        outcome_label: None | str | Unset
        if isinstance(self.outcome_label, Unset):
            outcome_label = UNSET
        else:
            outcome_label = self.outcome_label

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "clientId": client_id,
                "clientRefs": client_refs,
                "caseId": case_id,
                "teamId": team_id,
                "authorId": author_id,
                "treeVersionId": tree_version_id,
                "treeVersionNumber": tree_version_number,
                "status": status,
                "twijfel": twijfel,
                "answers": answers,
                "outcome": outcome,
                "outcomeExplanation": outcome_explanation,
                "completion": completion,
                "completedAt": completed_at,
                "createdAt": created_at,
                "reviewDecision": review_decision,
                "version": version,
            }
        )
        if outcome_label is not UNSET:
            field_dict["outcomeLabel"] = outcome_label

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.answer_read import AnswerRead
        from ..models.assessment_read_outcomeexplanation import AssessmentReadOutcomeexplanation
        from ..models.completion import Completion
        from ..models.external_ref import ExternalRef

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        client_id = UUID(d.pop("clientId"))

        client_refs = []
        _client_refs = d.pop("clientRefs")
        for client_refs_item_data in _client_refs:
            client_refs_item = ExternalRef.from_dict(client_refs_item_data)

            client_refs.append(client_refs_item)

        def _parse_case_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                case_id_type_0 = UUID(data)

                return case_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        case_id = _parse_case_id(d.pop("caseId"))

        team_id = UUID(d.pop("teamId"))

        author_id = UUID(d.pop("authorId"))

        tree_version_id = UUID(d.pop("treeVersionId"))

        tree_version_number = d.pop("treeVersionNumber")

        status = AssessmentReadStatus(d.pop("status"))

        twijfel = d.pop("twijfel")

        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = AnswerRead.from_dict(answers_item_data)

            answers.append(answers_item)

        def _parse_outcome(data: object) -> AssessmentReadOutcome | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                outcome_type_1 = AssessmentReadOutcome(data)

                return outcome_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentReadOutcome | None, data)

        outcome = _parse_outcome(d.pop("outcome"))

        def _parse_outcome_explanation(data: object) -> AssessmentReadOutcomeexplanation | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                outcome_explanation_type_0 = AssessmentReadOutcomeexplanation.from_dict(data)

                return outcome_explanation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentReadOutcomeexplanation | None, data)

        outcome_explanation = _parse_outcome_explanation(d.pop("outcomeExplanation"))

        def _parse_completion(data: object) -> Completion | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                completion_type_0 = Completion.from_dict(data)

                return completion_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Completion | None, data)

        completion = _parse_completion(d.pop("completion"))

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

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        def _parse_review_decision(data: object) -> AssessmentReadReviewdecision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_decision_type_1 = AssessmentReadReviewdecision(data)

                return review_decision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AssessmentReadReviewdecision | None, data)

        review_decision = _parse_review_decision(d.pop("reviewDecision"))

        version = d.pop("version")

        def _parse_outcome_label(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outcome_label = _parse_outcome_label(d.pop("outcomeLabel", UNSET))

        assessment_read = cls(
            id=id,
            client_id=client_id,
            client_refs=client_refs,
            case_id=case_id,
            team_id=team_id,
            author_id=author_id,
            tree_version_id=tree_version_id,
            tree_version_number=tree_version_number,
            status=status,
            twijfel=twijfel,
            answers=answers,
            outcome=outcome,
            outcome_explanation=outcome_explanation,
            completion=completion,
            completed_at=completed_at,
            created_at=created_at,
            review_decision=review_decision,
            version=version,
            outcome_label=outcome_label,
        )

        assessment_read.additional_properties = d
        return assessment_read

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
