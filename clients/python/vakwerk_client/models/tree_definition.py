from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.outcome_rule import OutcomeRule
    from ..models.question import Question


T = TypeVar("T", bound="TreeDefinition")


@_attrs_define
class TreeDefinition:
    """
    Attributes:
        questions (list[Question]):
        outcome_rule (OutcomeRule):
    """

    questions: list[Question]
    outcome_rule: OutcomeRule

    def to_dict(self) -> dict[str, Any]:
        questions = []
        for questions_item_data in self.questions:
            questions_item = questions_item_data.to_dict()
            questions.append(questions_item)

        outcome_rule = self.outcome_rule.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "questions": questions,
                "outcomeRule": outcome_rule,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_rule import OutcomeRule
        from ..models.question import Question

        d = dict(src_dict)
        questions = []
        _questions = d.pop("questions")
        for questions_item_data in _questions:
            questions_item = Question.from_dict(questions_item_data)

            questions.append(questions_item)

        outcome_rule = OutcomeRule.from_dict(d.pop("outcomeRule"))

        tree_definition = cls(
            questions=questions,
            outcome_rule=outcome_rule,
        )

        return tree_definition
