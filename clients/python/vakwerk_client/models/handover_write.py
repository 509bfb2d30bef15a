from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

from ..models.handover_write_role import HandoverWriteRole

T = TypeVar("T", bound="HandoverWrite")


@_attrs_define
class HandoverWrite:
    """
    Attributes:
        role (HandoverWriteRole):
        to_user_id (UUID):
        reason (str):
    """

    role: HandoverWriteRole
    to_user_id: UUID
    reason: str

    def to_dict(self) -> dict[str, Any]:
        role = self.role.value

        to_user_id = str(self.to_user_id)

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
                "toUserId": to_user_id,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = HandoverWriteRole(d.pop("role"))

        to_user_id = UUID(d.pop("toUserId"))

        reason = d.pop("reason")

        handover_write = cls(
            role=role,
            to_user_id=to_user_id,
            reason=reason,
        )

        return handover_write
