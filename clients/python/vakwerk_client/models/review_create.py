from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..models.review_create_decision import ReviewCreateDecision
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.review_create_remarks import ReviewCreateRemarks


T = TypeVar("T", bound="ReviewCreate")


@_attrs_define
class ReviewCreate:
    """
    Attributes:
        decision (ReviewCreateDecision):
        argument (str):
        remarks (ReviewCreateRemarks | Unset):
    """

    decision: ReviewCreateDecision
    argument: str
    remarks: ReviewCreateRemarks | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        decision = self.decision.value

        argument = self.argument

        remarks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.remarks, Unset):
            remarks = self.remarks.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "decision": decision,
                "argument": argument,
            }
        )
        if remarks is not UNSET:
            field_dict["remarks"] = remarks

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_create_remarks import ReviewCreateRemarks

        d = dict(src_dict)
        decision = ReviewCreateDecision(d.pop("decision"))

        argument = d.pop("argument")

        _remarks = d.pop("remarks", UNSET)
        remarks: ReviewCreateRemarks | Unset
        if isinstance(_remarks, Unset):
            remarks = UNSET
        else:
            remarks = ReviewCreateRemarks.from_dict(_remarks)

        review_create = cls(
            decision=decision,
            argument=argument,
            remarks=remarks,
        )

        return review_create
