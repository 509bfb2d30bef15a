from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handover_outcome import HandoverOutcome
from ..models.handover_reviewdecision import HandoverReviewdecision

if TYPE_CHECKING:
    from ..models.completion import Completion
    from ..models.external_ref import ExternalRef
    from ..models.handover_outcomeexplanation import HandoverOutcomeexplanation
    from ..models.handover_question import HandoverQuestion


T = TypeVar("T", bound="Handover")


@_attrs_define
class Handover:
    """The header (client references, CompetenSYS first; date; client manager; tree version;
    outcome label), then the questions in tree order and the completion.

        Attributes:
            assessment_id (UUID):
            client_id (UUID):
            client_refs (list[ExternalRef]): De nummers van de klant in de bronsystemen, CompetenSYS eerst
            completed_on (datetime.date): De datum van afronden (Nederlandse tijd)
            author_id (UUID): De klantmanager die de afweging maakte
            author_name (str): De naam van die klantmanager
            tree_version_number (int):
            questions (list[HandoverQuestion]):
            outcome (HandoverOutcome):
            outcome_label (str):
            outcome_explanation (HandoverOutcomeexplanation):
            completion (Completion):
            completed_at (datetime.datetime):
            review_decision (HandoverReviewdecision | None):
    """

    assessment_id: UUID
    client_id: UUID
    client_refs: list[ExternalRef]
    completed_on: datetime.date
    author_id: UUID
    author_name: str
    tree_version_number: int
    questions: list[HandoverQuestion]
    outcome: HandoverOutcome
    outcome_label: str
    outcome_explanation: HandoverOutcomeexplanation
    completion: Completion
    completed_at: datetime.datetime
    review_decision: HandoverReviewdecision | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        assessment_id = str(self.assessment_id)

        client_id = str(self.client_id)

        client_refs = []
        for client_refs_item_data in self.client_refs:
            client_refs_item = client_refs_item_data.to_dict()
            client_refs.append(client_refs_item)

        completed_on = self.completed_on.isoformat()

        author_id = str(self.author_id)

        author_name = self.author_name

        tree_version_number = self.tree_version_number

        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        outcome = self.outcome.value

        outcome_label = self.outcome_label

        outcome_explanation = self.outcome_explanation.to_dict()

        completion = self.completion.to_dict()

        completed_at = self.completed_at.isoformat()

        review_decision: None | str
        if isinstance(self.review_decision, HandoverReviewdecision):
            review_decision = self.review_decision.value
        else:
            review_decision = self.review_decision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "assessmentId": assessment_id,
                "clientId": client_id,
                "clientRefs": client_refs,
                "completedOn": completed_on,
                "authorId": author_id,
                "authorName": author_name,
                "treeVersionNumber": tree_version_number,
                "questions": questions,
                "outcome": outcome,
                "outcomeLabel": outcome_label,
                "outcomeExplanation": outcome_explanation,
                "completion": completion,
                "completedAt": completed_at,
                "reviewDecision": review_decision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.completion import Completion
        from ..models.external_ref import ExternalRef
        from ..models.handover_outcomeexplanation import HandoverOutcomeexplanation
        from ..models.handover_question import HandoverQuestion

        d = dict(src_dict)
        assessment_id = UUID(d.pop("assessmentId"))

        client_id = UUID(d.pop("clientId"))

        client_refs = []
        _client_refs = d.pop("clientRefs")
        for client_refs_item_data in _client_refs:
            client_refs_item = ExternalRef.from_dict(client_refs_item_data)

            client_refs.append(client_refs_item)

        completed_on = datetime.date.fromisoformat(d.pop("completedOn"))

        author_id = UUID(d.pop("authorId"))

        author_name = d.pop("authorName")

        tree_version_number = d.pop("treeVersionNumber")

        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = HandoverQuestion.from_dict(questions_item_data)

            questions.append(questions_item)

        outcome = HandoverOutcome(d.pop("outcome"))

        outcome_label = d.pop("outcomeLabel")

        outcome_explanation = HandoverOutcomeexplanation.from_dict(d.pop("outcomeExplanation"))

        completion = Completion.from_dict(d.pop("completion"))

        completed_at = datetime.datetime.fromisoformat(d.pop("completedAt"))

        def _parse_review_decision(data: object) -> HandoverReviewdecision | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                review_decision_type_1 = HandoverReviewdecision(data)

                return review_decision_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(HandoverReviewdecision | None, data)

        review_decision = _parse_review_decision(d.pop("reviewDecision"))

        handover = cls(
            assessment_id=assessment_id,
            client_id=client_id,
            client_refs=client_refs,
            completed_on=completed_on,
            author_id=author_id,
            author_name=author_name,
            tree_version_number=tree_version_number,
            questions=questions,
            outcome=outcome,
            outcome_label=outcome_label,
            outcome_explanation=outcome_explanation,
            completion=completion,
            completed_at=completed_at,
            review_decision=review_decision,
        )

        handover.additional_properties = d
        return handover

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
