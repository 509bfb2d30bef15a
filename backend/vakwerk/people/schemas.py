"""Request and reply shapes for people, organisations and credentials."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator

from vakwerk.core.policy import TABLE
from vakwerk.core.schema import Email, Name, Password, Read, Schema
from vakwerk.core.types import Day, Flag, Id, Int, NoBsn

Role = Literal["klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"]
TeamKind = Literal["werk_inkomen", "re_integratie"]
ApiScope = Literal[
    "clients:read", "clients:write", "assessments:read", "dashboard:read", "imports:write"
]
Weekday = Annotated[Int, Field(ge=1, le=5)]
WeekdayRead = Annotated[int, Field(ge=1, le=5)]
GrantScope = Literal["own", "team", "org", "referred", "any"]
OperationName = Annotated[str, StringConstraints(max_length=40)]

# The teams of one user: their replies list them all, so a further membership is refused.
MAX_TEAMS = 200


class TokenReply(Read):
    """RFC 6749 reply: the one body not in camelCase."""

    model_config = Read.model_config | {"alias_generator": None}

    access_token: str = Field(max_length=200)
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type, no secret
    expires_in: int = Field(ge=0, le=10**8)


class SessionLogin(Schema):
    username: Annotated[str, StringConstraints(min_length=1, max_length=254)]
    password: Annotated[str, StringConstraints(min_length=1, max_length=200)]


class SessionReply(Read):
    csrf_token: str = Field(max_length=200)
    expires_at: datetime


class OrganisationCreate(Schema):
    name: Name


class OrganisationRead(Read):
    id: uuid.UUID
    name: str = Field(max_length=200)
    version: int = Field(ge=1)


class SettingsRead(Read):
    organisation_id: uuid.UUID
    current_tree_version_id: uuid.UUID | None
    arguments_required: Literal["altijd", "alleen_twijfel"]
    argument_min_chars: int = Field(ge=1, le=500)
    argument_min_words: int = Field(ge=1, le=100)
    case_deadline_days_before: int = Field(ge=0, le=14)
    case_deadline_hour: int = Field(ge=0, le=23)
    art9a_max_years: int = Field(ge=1, le=10, alias="art9aMaxYears")
    small_group_threshold: int = Field(ge=3, le=1000)
    version: int = Field(ge=1)


class SettingsUpdate(Schema):
    current_tree_version_id: Id | None = Field(
        default=None, description="Een eerdere versie kiezen is terugdraaien"
    )
    arguments_required: Literal["altijd", "alleen_twijfel"] | None = None
    argument_min_chars: Int | None = Field(default=None, ge=1, le=500)
    argument_min_words: Int | None = Field(default=None, ge=1, le=100)
    case_deadline_days_before: Int | None = Field(default=None, ge=0, le=14)
    case_deadline_hour: Int | None = Field(default=None, ge=0, le=23)
    art9a_max_years: Int | None = Field(default=None, ge=1, le=10, alias="art9aMaxYears")
    small_group_threshold: Int | None = Field(default=None, ge=3, le=1000)


class TeamCreate(Schema):
    name: Name
    kind: TeamKind


class TeamUpdate(Schema):
    name: Name | None = None
    kind: TeamKind | None = None


class TeamRead(Read):
    id: uuid.UUID
    organisation_id: uuid.UUID
    name: str = Field(max_length=200)
    kind: TeamKind
    version: int = Field(ge=1)


def _unique_sorted(values: list[int]) -> list[int]:
    if len(set(values)) != len(values):
        raise ValueError("elke werkdag mag maar één keer voorkomen")
    return sorted(values)


class MemberWrite(Schema):
    working_days: list[Weekday] = Field(
        default_factory=lambda: [1, 2, 3, 4, 5],
        min_length=1,
        max_length=5,
        json_schema_extra={"uniqueItems": True},
    )

    _days = field_validator("working_days")(_unique_sorted)


class MemberAdd(MemberWrite):
    user_id: Id


class MemberRead(Read):
    team_id: uuid.UUID
    user_id: uuid.UUID
    display_name: str = Field(max_length=200)
    working_days: list[WeekdayRead] = Field(max_length=5)


class UserCreate(Schema):
    email: Email
    display_name: Name
    password: Password
    roles: list[Role] = Field(min_length=1, max_length=5)
    active: Flag = True
    organisation_id: Id | None = None

    @field_validator("roles")
    @classmethod
    def _distinct_roles(cls, roles: list[str]) -> list[str]:
        return sorted(set(roles))


class UserUpdate(Schema):
    email: Email | None = None
    display_name: Name | None = None
    password: Password | None = None
    roles: list[Role] | None = Field(default=None, min_length=1, max_length=5)
    active: Flag | None = None

    @field_validator("roles")
    @classmethod
    def _distinct_roles(cls, roles: list[str] | None) -> list[str] | None:
        return sorted(set(roles)) if roles is not None else None


class UserRead(Read):
    id: uuid.UUID
    organisation_id: uuid.UUID | None
    email: str = Field(max_length=254)
    display_name: str = Field(max_length=200)
    roles: list[Role] = Field(max_length=5)
    active: bool
    team_ids: list[uuid.UUID] = Field(max_length=MAX_TEAMS)
    version: int = Field(ge=1)


class MeRead(UserRead):
    is_superuser: bool
    memberships: list[MemberRead] = Field(max_length=MAX_TEAMS)
    grants: dict[OperationName, Annotated[list[GrantScope], Field(max_length=5)]] = Field(
        max_length=len(TABLE),
        description=(
            "Wat u mag: per handeling uit de autorisatietabel de reikwijdte (own: uw eigen "
            "records, team: die van uw teams, org: de hele organisatie, referred: verwezen "
            "naar R&W, any: platformbeheer), samengevoegd over uw rollen. Een handeling die "
            "ontbreekt, mag u niet."
        ),
        json_schema_extra={"propertyNames": {"enum": [op.value for op in TABLE]}},
    )


class AbsenceCreate(Schema):
    start_date: Day
    end_date: Day
    reason: Annotated[str, StringConstraints(max_length=500), NoBsn] | None = None


class AbsenceRead(Read):
    id: uuid.UUID
    user_id: uuid.UUID
    start_date: date
    end_date: date
    reason: str | None = Field(default=None, max_length=500)


class ApiClientCreate(Schema):
    name: Name
    scopes: list[ApiScope] = Field(min_length=1, max_length=5)

    @field_validator("scopes")
    @classmethod
    def _distinct(cls, scopes: list[str]) -> list[str]:
        return sorted(set(scopes))


class ApiClientRead(Read):
    id: uuid.UUID
    name: str = Field(max_length=200)
    scopes: list[ApiScope] = Field(max_length=5)
    active: bool
    key_prefix: str = Field(max_length=16)
    created_at: datetime


class ApiClientCreated(ApiClientRead):
    key: str = Field(max_length=200, description="Alleen in dit antwoord: bewaar de sleutel nu.")


class AuditEventRead(Read):
    id: uuid.UUID
    occurred_at: datetime
    actor_type: Literal["user", "api_client", "anonymous"]
    actor_id: uuid.UUID | None
    action: str = Field(max_length=40)
    resource_type: str = Field(max_length=40)
    resource_id: uuid.UUID | None
    organisation_id: uuid.UUID | None
    changes: dict[str, object] | None
    reason: str | None = Field(default=None, max_length=500)


class AuditPage(Read):
    items: list[AuditEventRead] = Field(max_length=200)
    limit: int = Field(ge=1, le=200)
    next_cursor: str | None = Field(default=None, max_length=200)
