from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.outcome_rule_outcomes import OutcomeRuleOutcomes


T = TypeVar("T", bound="OutcomeRule")


@_attrs_define
class OutcomeRule:
    """
    Attributes:
        question_key (str):
        outcomes (OutcomeRuleOutcomes):
    """

    question_key: str
    outcomes: OutcomeRuleOutcomes

    def to_dict(self) -> dict[str, Any]:
        question_key = self.question_key

        outcomes = self.outcomes.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "questionKey": question_key,
                "outcomes": outcomes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.outcome_rule_outcomes import OutcomeRuleOutcomes

        d = dict(src_dict)
        question_key = d.pop("questionKey")

        outcomes = OutcomeRuleOutcomes.from_dict(d.pop("outcomes"))

        outcome_rule = cls(
            question_key=question_key,
            outcomes=outcomes,
        )

        return outcome_rule
