from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="SeriesMemberRead")


@_attrs_define
class SeriesMemberRead:
    """
    Attributes:
        user_id (UUID):
        display_name (str):
        joined_on (datetime.date):
        rotation_from (datetime.date | None):
    """

    user_id: UUID
    display_name: str
    joined_on: datetime.date
    rotation_from: datetime.date | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = str(self.user_id)

        display_name = self.display_name

        joined_on = self.joined_on.isoformat()

        rotation_from: None | str
        if isinstance(self.rotation_from, datetime.date):
            rotation_from = self.rotation_from.isoformat()
        else:
            rotation_from = self.rotation_from

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "displayName": display_name,
                "joinedOn": joined_on,
                "rotationFrom": rotation_from,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = UUID(d.pop("userId"))

        display_name = d.pop("displayName")

        joined_on = datetime.date.fromisoformat(d.pop("joinedOn"))

        def _parse_rotation_from(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                rotation_from_type_0 = datetime.date.fromisoformat(data)

                return rotation_from_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        rotation_from = _parse_rotation_from(d.pop("rotationFrom"))

        series_member_read = cls(
            user_id=user_id,
            display_name=display_name,
            joined_on=joined_on,
            rotation_from=rotation_from,
        )

        series_member_read.additional_properties = d
        return series_member_read

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
