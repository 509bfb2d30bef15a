"""Organisations, teams, users, memberships, absences, API clients and credentials."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import JSON, CheckConstraint, Column, Index, func
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id

ROLES = ("klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder")
TEAM_KINDS = ("werk_inkomen", "re_integratie")
API_SCOPES = (
    "clients:read",
    "clients:write",
    "assessments:read",
    "dashboard:read",
    "imports:write",
)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Organisation(SQLModel, table=True):
    __tablename__ = "organisations"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    name: str = Field(max_length=200)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class OrganisationSettings(SQLModel, table=True):
    __tablename__ = "organisation_settings"
    __table_args__ = (
        CheckConstraint(
            "arguments_required IN ('altijd', 'alleen_twijfel')", name="arguments_required"
        ),
        CheckConstraint("argument_min_chars BETWEEN 1 AND 500", name="argument_min_chars"),
        CheckConstraint("argument_min_words BETWEEN 1 AND 100", name="argument_min_words"),
        CheckConstraint("case_deadline_days_before BETWEEN 0 AND 14", name="deadline_days"),
        CheckConstraint("case_deadline_hour BETWEEN 0 AND 23", name="deadline_hour"),
        CheckConstraint("art9a_max_years BETWEEN 1 AND 10", name="art9a_max_years"),
        CheckConstraint("small_group_threshold >= 3", name="small_group_threshold"),
    )

    organisation_id: uuid.UUID = Field(
        foreign_key="organisations.id", primary_key=True, ondelete="CASCADE"
    )
    arguments_required: str = Field(default="altijd", max_length=20)
    argument_min_chars: int = 40
    argument_min_words: int = 6
    case_deadline_days_before: int = 6
    case_deadline_hour: int = 17
    art9a_max_years: int = 5
    small_group_threshold: int = 3
    current_tree_version_id: uuid.UUID | None = Field(default=None)
    version: int = 1


class Team(SQLModel, table=True):
    __tablename__ = "teams"
    __table_args__ = (
        CheckConstraint(_in("kind", TEAM_KINDS), name="kind"),
        Index("uq_teams_organisation_name", "organisation_id", func.lower("name"), unique=True),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    name: str = Field(max_length=200)
    kind: str = Field(max_length=20)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class User(SQLModel, table=True):
    __tablename__ = "users"
    __table_args__ = (Index("uq_users_email", func.lower("email"), unique=True),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID | None = Field(
        default=None, foreign_key="organisations.id", index=True
    )
    email: str = Field(max_length=254)
    display_name: str = Field(max_length=200)
    password_hash: str = Field(max_length=200)
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    is_superuser: bool = False
    active: bool = True
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class UserRole(SQLModel, table=True):
    """A user's roles as rows, so lists filter on them with an index (``users.roles`` keeps
    the JSON copy the credential lookup reads)."""

    __tablename__ = "user_roles"
    __table_args__ = (
        CheckConstraint(_in("role", ROLES), name="role"),
        Index("ix_user_roles_role", "role", "user_id"),
    )

    user_id: uuid.UUID = Field(foreign_key="users.id", primary_key=True)
    role: str = Field(max_length=20, primary_key=True)


class Membership(SQLModel, table=True):
    __tablename__ = "memberships"

    team_id: uuid.UUID = Field(foreign_key="teams.id", primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", primary_key=True, index=True)
    working_days: list[int] = Field(
        default_factory=lambda: [1, 2, 3, 4, 5], sa_column=Column(JSON, nullable=False)
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Absence(SQLModel, table=True):
    __tablename__ = "absences"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="date_order"),
        Index("ix_absences_user_dates", "user_id", "start_date", "end_date"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id")
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    start_date: date
    end_date: date
    reason: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class ApiClient(SQLModel, table=True):
    __tablename__ = "api_clients"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    name: str = Field(max_length=200)
    scopes: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    key_hash: str = Field(max_length=128, unique=True)
    key_prefix: str = Field(max_length=16)
    active: bool = True
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class Credential(SQLModel, table=True):
    """A bearer token or a browser session; only hashes are stored."""

    __tablename__ = "credentials"
    __table_args__ = (CheckConstraint("kind IN ('token', 'session')", name="kind"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True)
    kind: str = Field(max_length=10)
    secret_hash: str = Field(max_length=128, unique=True)
    csrf_hash: str | None = Field(default=None, max_length=128)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    last_used_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))


class LoginFailure(SQLModel, table=True):
    """Failed login attempts: the throttle counts these (shared by all workers)."""

    __tablename__ = "login_failures"
    __table_args__ = (
        Index("ix_login_failures_username", "username", "occurred_at"),
        Index("ix_login_failures_address", "address", "occurred_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    username: str = Field(max_length=254)
    address: str = Field(max_length=64)
    occurred_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
