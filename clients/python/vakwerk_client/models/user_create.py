from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.user_create_roles_item import UserCreateRolesItem
from ..types import UNSET, Unset

T = TypeVar("T", bound="UserCreate")


@_attrs_define
class UserCreate:
    """
    Attributes:
        email (str):
        display_name (str):
        password (str):
        roles (list[UserCreateRolesItem]):
        active (bool | Unset):  Default: True.
        organisation_id (None | Unset | UUID):
    """

    email: str
    display_name: str
    password: str
    roles: list[UserCreateRolesItem]
    active: bool | Unset = True
    organisation_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        display_name = self.display_name

        password = self.password

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        active = self.active

        organisation_id: None | str | Unset
        if isinstance(self.organisation_id, Unset):
            organisation_id = UNSET
        elif isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "displayName": display_name,
                "password": password,
                "roles": roles,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if organisation_id is not UNSET:
            field_dict["organisationId"] = organisation_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        display_name = d.pop("displayName")

        password = d.pop("password")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = UserCreateRolesItem(roles_item_data)

            roles.append(roles_item)

        active = d.pop("active", UNSET)

        def _parse_organisation_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisationId", UNSET))

        user_create = cls(
            email=email,
            display_name=display_name,
            password=password,
            roles=roles,
            active=active,
            organisation_id=organisation_id,
        )

        return user_create
