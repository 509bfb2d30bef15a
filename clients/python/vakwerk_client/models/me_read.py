from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.me_read_roles_item import MeReadRolesItem

if TYPE_CHECKING:
    from ..models.me_read_grants import MeReadGrants
    from ..models.member_read import MemberRead


T = TypeVar("T", bound="MeRead")


@_attrs_define
class MeRead:
    """
    Attributes:
        id (UUID):
        organisation_id (None | UUID):
        email (str):
        display_name (str):
        roles (list[MeReadRolesItem]):
        active (bool):
        team_ids (list[UUID]):
        version (int):
        is_superuser (bool):
        memberships (list[MemberRead]):
        grants (MeReadGrants): Wat u mag: per handeling uit de autorisatietabel de reikwijdte (own: uw eigen records,
            team: die van uw teams, org: de hele organisatie, referred: verwezen naar R&W, any: platformbeheer),
            samengevoegd over uw rollen. Een handeling die ontbreekt, mag u niet.
    """

    id: UUID
    organisation_id: None | UUID
    email: str
    display_name: str
    roles: list[MeReadRolesItem]
    active: bool
    team_ids: list[UUID]
    version: int
    is_superuser: bool
    memberships: list[MemberRead]
    grants: MeReadGrants
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        organisation_id: None | str
        if isinstance(self.organisation_id, UUID):
            organisation_id = str(self.organisation_id)
        else:
            organisation_id = self.organisation_id

        email = self.email

        display_name = self.display_name

        roles = []
        for roles_item_data in self.roles:
            roles_item = roles_item_data.value
            roles.append(roles_item)

        active = self.active

        team_ids = []
        for team_ids_item_data in self.team_ids:
            team_ids_item = str(team_ids_item_data)
            team_ids.append(team_ids_item)

        version = self.version

        is_superuser = self.is_superuser

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        grants = self.grants.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "organisationId": organisation_id,
                "email": email,
                "displayName": display_name,
                "roles": roles,
                "active": active,
                "teamIds": team_ids,
                "version": version,
                "isSuperuser": is_superuser,
                "memberships": memberships,
                "grants": grants,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.me_read_grants import MeReadGrants
        from ..models.member_read import MemberRead

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        def _parse_organisation_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                organisation_id_type_0 = UUID(data)

                return organisation_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        organisation_id = _parse_organisation_id(d.pop("organisationId"))

        email = d.pop("email")

        display_name = d.pop("displayName")

        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = MeReadRolesItem(roles_item_data)

            roles.append(roles_item)

        active = d.pop("active")

        team_ids = []
        _team_ids = d.pop("teamIds")
        for team_ids_item_data in _team_ids:
            team_ids_item = UUID(team_ids_item_data)

            team_ids.append(team_ids_item)

        version = d.pop("version")

        is_superuser = d.pop("isSuperuser")

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MemberRead.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        grants = MeReadGrants.from_dict(d.pop("grants"))

        me_read = cls(
            id=id,
            organisation_id=organisation_id,
            email=email,
            display_name=display_name,
            roles=roles,
            active=active,
            team_ids=team_ids,
            version=version,
            is_superuser=is_superuser,
            memberships=memberships,
            grants=grants,
        )

        me_read.additional_properties = d
        return me_read

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
