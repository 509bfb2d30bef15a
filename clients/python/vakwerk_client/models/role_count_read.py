from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="RoleCountRead")


@_attrs_define
class RoleCountRead:
    """
    Attributes:
        user_id (UUID):
        voorzitter (int):
        notulist (int):
    """

    user_id: UUID
    voorzitter: int
    notulist: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        voorzitter = self.voorzitter

        notulist = self.notulist

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "voorzitter": voorzitter,
                "notulist": notulist,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("userId"))

        voorzitter = d.pop("voorzitter")

        notulist = d.pop("notulist")

        role_count_read = cls(
            user_id=user_id,
            voorzitter=voorzitter,
            notulist=notulist,
        )

        role_count_read.additional_properties = d
        return role_count_read

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
