from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.api_client_read_scopes_item import ApiClientReadScopesItem

T = TypeVar("T", bound="ApiClientRead")


@_attrs_define
class ApiClientRead:
    """
    Attributes:
        id (UUID):
        name (str):
        scopes (list[ApiClientReadScopesItem]):
        active (bool):
        key_prefix (str):
        created_at (datetime.datetime):
    """

    id: UUID
    name: str
    scopes: list[ApiClientReadScopesItem]
    active: bool
    key_prefix: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        scopes = []
        for scopes_item_data in self.scopes:
            scopes_item = scopes_item_data.value
            scopes.append(scopes_item)

        active = self.active

        key_prefix = self.key_prefix

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "scopes": scopes,
                "active": active,
                "keyPrefix": key_prefix,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        name = d.pop("name")

        scopes = []
        _scopes = d.pop("scopes")
        for scopes_item_data in _scopes:
            scopes_item = ApiClientReadScopesItem(scopes_item_data)

            scopes.append(scopes_item)

        active = d.pop("active")

        key_prefix = d.pop("keyPrefix")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        api_client_read = cls(
            id=id,
            name=name,
            scopes=scopes,
            active=active,
            key_prefix=key_prefix,
            created_at=created_at,
        )

        api_client_read.additional_properties = d
        return api_client_read

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
