from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="MemberRead")


@_attrs_define
class MemberRead:
    """
    Attributes:
        team_id (UUID):
        user_id (UUID):
        display_name (str):
        working_days (list[int]):
    """

    team_id: UUID
    user_id: UUID
    display_name: str
    working_days: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        team_id = str(self.team_id)

        user_id = str(self.user_id)

        display_name = self.display_name

        working_days = self.working_days

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "teamId": team_id,
                "userId": user_id,
                "displayName": display_name,
                "workingDays": working_days,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        team_id = UUID(d.pop("teamId"))

        user_id = UUID(d.pop("userId"))

        display_name = d.pop("displayName")

        working_days = cast(list[int], d.pop("workingDays"))

        member_read = cls(
            team_id=team_id,
            user_id=user_id,
            display_name=display_name,
            working_days=working_days,
        )

        member_read.additional_properties = d
        return member_read

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
