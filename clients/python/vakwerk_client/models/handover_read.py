from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.handover_read_role import HandoverReadRole

T = TypeVar("T", bound="HandoverRead")


@_attrs_define
class HandoverRead:
    """
    Attributes:
        id (UUID):
        session_id (UUID):
        role (HandoverReadRole):
        planned_user_id (None | UUID):
        from_user_id (None | UUID):
        to_user_id (UUID):
        reason (str):
        at_session (bool):
        created_by (UUID):
        created_at (datetime.datetime):
    """

    id: UUID
    session_id: UUID
    role: HandoverReadRole
    planned_user_id: None | UUID
    from_user_id: None | UUID
    to_user_id: UUID
    reason: str
    at_session: bool
    created_by: UUID
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        session_id = str(self.session_id)

        role = self.role.value

        planned_user_id: None | str
        if isinstance(self.planned_user_id, UUID):
            planned_user_id = str(self.planned_user_id)
        else:
            planned_user_id = self.planned_user_id

        from_user_id: None | str
        if isinstance(self.from_user_id, UUID):
            from_user_id = str(self.from_user_id)
        else:
            from_user_id = self.from_user_id

        to_user_id = str(self.to_user_id)

        reason = self.reason

        at_session = self.at_session

        created_by = str(self.created_by)

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "sessionId": session_id,
                "role": role,
                "plannedUserId": planned_user_id,
                "fromUserId": from_user_id,
                "toUserId": to_user_id,
                "reason": reason,
                "atSession": at_session,
                "createdBy": created_by,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        session_id = UUID(d.pop("sessionId"))

        role = HandoverReadRole(d.pop("role"))

        def _parse_planned_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                planned_user_id_type_0 = UUID(data)

                return planned_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        planned_user_id = _parse_planned_user_id(d.pop("plannedUserId"))

        def _parse_from_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_user_id_type_0 = UUID(data)

                return from_user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_user_id = _parse_from_user_id(d.pop("fromUserId"))

        to_user_id = UUID(d.pop("toUserId"))

        reason = d.pop("reason")

        at_session = d.pop("atSession")

        created_by = UUID(d.pop("createdBy"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        handover_read = cls(
            id=id,
            session_id=session_id,
            role=role,
            planned_user_id=planned_user_id,
            from_user_id=from_user_id,
            to_user_id=to_user_id,
            reason=reason,
            at_session=at_session,
            created_by=created_by,
            created_at=created_at,
        )

        handover_read.additional_properties = d
        return handover_read

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
