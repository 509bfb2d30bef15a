from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.rotation_item_read_role import RotationItemReadRole

T = TypeVar("T", bound="RotationItemRead")


@_attrs_define
class RotationItemRead:
    """
    Attributes:
        session_id (UUID):
        date (datetime.date):
        role (RotationItemReadRole):
        planned_user_id (None | UUID):
        user_id (None | UUID):
        flagged (bool):
        applies (bool): Onwaar voor een geplande dilemmavoorzitter van een casus
    """

    session_id: UUID
    date: datetime.date
    role: RotationItemReadRole
    planned_user_id: None | UUID
    user_id: None | UUID
    flagged: bool
    applies: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        session_id = str(self.session_id)

        date = self.date.isoformat()

        role = self.role.value

        planned_user_id: None | str
        if isinstance(self.planned_user_id, UUID):
            planned_user_id = str(self.planned_user_id)
        else:
            planned_user_id = self.planned_user_id

        user_id: None | str
        if isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        flagged = self.flagged

        applies = self.applies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sessionId": session_id,
                "date": date,
                "role": role,
                "plannedUserId": planned_user_id,
                "userId": user_id,
                "flagged": flagged,
                "applies": applies,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        session_id = UUID(d.pop("sessionId"))

        date = datetime.date.fromisoformat(d.pop("date"))

        role = RotationItemReadRole(d.pop("role"))

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

        def _parse_user_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                user_id_type_0 = UUID(data)

                return user_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        user_id = _parse_user_id(d.pop("userId"))

        flagged = d.pop("flagged")

        applies = d.pop("applies")

        rotation_item_read = cls(
            session_id=session_id,
            date=date,
            role=role,
            planned_user_id=planned_user_id,
            user_id=user_id,
            flagged=flagged,
            applies=applies,
        )

        rotation_item_read.additional_properties = d
        return rotation_item_read

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
