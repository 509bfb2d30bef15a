from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="VoteReceipt")


@_attrs_define
class VoteReceipt:
    """Nothing about the voter, ever: only that the dilemma has the caller's vote.

    Attributes:
        dilemma_id (UUID):
        has_voted (bool):
    """

    dilemma_id: UUID
    has_voted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dilemma_id = str(self.dilemma_id)

        has_voted = self.has_voted

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dilemmaId": dilemma_id,
                "hasVoted": has_voted,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        dilemma_id = UUID(d.pop("dilemmaId"))

        has_voted = d.pop("hasVoted")

        vote_receipt = cls(
            dilemma_id=dilemma_id,
            has_voted=has_voted,
        )

        vote_receipt.additional_properties = d
        return vote_receipt

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
