from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.vote_write_choice import VoteWriteChoice

T = TypeVar("T", bound="VoteWrite")


@_attrs_define
class VoteWrite:
    """
    Attributes:
        choice (VoteWriteChoice):
    """

    choice: VoteWriteChoice

    def to_dict(self) -> dict[str, Any]:
        choice = self.choice.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "choice": choice,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        choice = VoteWriteChoice(d.pop("choice"))

        vote_write = cls(
            choice=choice,
        )

        return vote_write
