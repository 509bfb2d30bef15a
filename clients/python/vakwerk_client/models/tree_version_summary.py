from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TreeVersionSummary")


@_attrs_define
class TreeVersionSummary:
    """
    Attributes:
        id (UUID):
        number (int):
        current (bool):
        published_at (datetime.datetime):
        published_by (None | UUID):
    """

    id: UUID
    number: int
    current: bool
    published_at: datetime.datetime
    published_by: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        number = self.number

        current = self.current

        published_at = self.published_at.isoformat()

        published_by: None | str
        if isinstance(self.published_by, UUID):
            published_by = str(self.published_by)
        else:
            published_by = self.published_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "number": number,
                "current": current,
                "publishedAt": published_at,
                "publishedBy": published_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        number = d.pop("number")

        current = d.pop("current")

        published_at = datetime.datetime.fromisoformat(d.pop("publishedAt"))

        def _parse_published_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_by_type_0 = UUID(data)

                return published_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        published_by = _parse_published_by(d.pop("publishedBy"))

        tree_version_summary = cls(
            id=id,
            number=number,
            current=current,
            published_at=published_at,
            published_by=published_by,
        )

        tree_version_summary.additional_properties = d
        return tree_version_summary

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
