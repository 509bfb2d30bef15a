from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberWrite")


@_attrs_define
class MemberWrite:
    """
    Attributes:
        working_days (list[int] | Unset):
    """

    working_days: list[int] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        working_days: list[int] | Unset = UNSET
        if not isinstance(self.working_days, Unset):
            working_days = self.working_days

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if working_days is not UNSET:
            field_dict["workingDays"] = working_days

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        working_days = cast(list[int], d.pop("workingDays", UNSET))

        member_write = cls(
            working_days=working_days,
        )

        return member_write
