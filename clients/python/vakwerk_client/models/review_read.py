from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.review_read_decision import ReviewReadDecision

if TYPE_CHECKING:
    from ..models.review_read_remarks import ReviewReadRemarks


T = TypeVar("T", bound="ReviewRead")


@_attrs_define
class ReviewRead:
    """
    Attributes:
        id (UUID):
        assessment_id (UUID):
        reviewer_id (UUID):
        decision (ReviewReadDecision):
        argument (str):
        remarks (ReviewReadRemarks):
        reviewed_at (datetime.datetime):
    """

    id: UUID
    assessment_id: UUID
    reviewer_id: UUID
    decision: ReviewReadDecision
    argument: str
    remarks: ReviewReadRemarks
    reviewed_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        assessment_id = str(self.assessment_id)

        reviewer_id = str(self.reviewer_id)

        decision = self.decision.value

        argument = self.argument

        remarks = self.remarks.to_dict()

        reviewed_at = self.reviewed_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "assessmentId": assessment_id,
                "reviewerId": reviewer_id,
                "decision": decision,
                "argument": argument,
                "remarks": remarks,
                "reviewedAt": reviewed_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.review_read_remarks import ReviewReadRemarks

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        assessment_id = UUID(d.pop("assessmentId"))

        reviewer_id = UUID(d.pop("reviewerId"))

        decision = ReviewReadDecision(d.pop("decision"))

        argument = d.pop("argument")

        remarks = ReviewReadRemarks.from_dict(d.pop("remarks"))

        reviewed_at = datetime.datetime.fromisoformat(d.pop("reviewedAt"))

        review_read = cls(
            id=id,
            assessment_id=assessment_id,
            reviewer_id=reviewer_id,
            decision=decision,
            argument=argument,
            remarks=remarks,
            reviewed_at=reviewed_at,
        )

        review_read.additional_properties = d
        return review_read

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
