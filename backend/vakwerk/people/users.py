"""Users: reading, finding, creating and changing them, and the lookups other domains
make by user id (names, organisations)."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass

from pydantic import TypeAdapter, ValidationError
from pydantic.alias_generators import to_camel
from sqlalchemy import ColumnElement, and_, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page_rows
from vakwerk.core.policy import Grant
from vakwerk.core.schema import Email
from vakwerk.core.security import hash_password
from vakwerk.people.members import duplicate, team_in_organisation
from vakwerk.people.models import (
    ApiClient,
    Credential,
    Membership,
    Organisation,
    User,
    UserRole,
)
from vakwerk.people.schemas import (
    UserCreate,
    UserRead,
    UserUpdate,
)

USER_FIELDS = ("email", "display_name", "roles", "active")


# --------------------------------------------------------------------------- users

_USER_COLUMNS = (
    col(User.id),
    col(User.organisation_id),
    col(User.email),
    col(User.display_name),
    col(User.roles),
    col(User.active),
    col(User.version),
)


async def _team_ids(
    session: AsyncSession, user_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    found: dict[uuid.UUID, list[uuid.UUID]] = {uid: [] for uid in user_ids}
    if user_ids:
        result = await session.execute(
            select(col(Membership.user_id), col(Membership.team_id))
            .where(col(Membership.user_id).in_(user_ids))
            .order_by(col(Membership.team_id))
        )
        for uid, tid in result.all():
            found[uid].append(tid)
    return found


async def user_read(session: AsyncSession, user: User) -> UserRead:
    teams = (await _team_ids(session, [user.id]))[user.id]
    return UserRead.model_validate({**user.model_dump(), "team_ids": teams})


# Roles whose work is in a team: a user with one of them and no team cannot do it.
TEAM_ROLES = ("klantmanager", "teamleider", "consulent")


@dataclass
class UserFilter:
    team_id: uuid.UUID | None = None
    role: str | None = None
    active: bool | None = None
    without_team: bool | None = None
    q: str | None = None


def without_team() -> ColumnElement[bool]:
    """No team although a role works in one (klantmanager, teamleider, consulent)."""
    return and_(
        col(User.id).in_(select(col(UserRole.user_id)).where(col(UserRole.role).in_(TEAM_ROLES))),
        col(User.id).not_in(select(col(Membership.user_id))),
    )


def _like_prefix(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"{escaped}%"


def name_matches(q: str) -> ColumnElement[bool]:
    """``q`` starts the display name, a later word of it, or the e-mail address (any case)."""
    prefix = _like_prefix(q.strip().lower())
    name = func.lower(col(User.display_name))
    return or_(
        name.like(prefix, escape="\\"),
        name.like(f"% {prefix}", escape="\\"),
        func.lower(col(User.email)).like(prefix, escape="\\"),
    )


def user_conditions(organisation_id: uuid.UUID, filters: UserFilter) -> list[ColumnElement[bool]]:
    """The colleagues a list with these filters shows: the list and the beheerder's start page
    (``people.work``) share it."""
    conditions = [col(User.organisation_id) == organisation_id, col(User.is_superuser).is_(False)]
    if filters.team_id is not None:
        conditions.append(
            col(User.id).in_(
                select(col(Membership.user_id)).where(col(Membership.team_id) == filters.team_id)
            )
        )
    if filters.active is not None:
        conditions.append(col(User.active) == filters.active)
    if filters.role is not None:
        conditions.append(
            col(User.id).in_(
                select(col(UserRole.user_id)).where(col(UserRole.role) == filters.role)
            )
        )
    if filters.without_team is not None:
        conditions.append(without_team() if filters.without_team else ~without_team())
    if filters.q:
        conditions.append(name_matches(filters.q))
    return conditions


async def list_users(
    session: AsyncSession, grant: Grant, filters: UserFilter, limit: int, offset: int
) -> tuple[list[UserRead], int]:
    """Colleagues, without what a list has no business returning (hashes, flags)."""
    org_id = grant.organisation_id()
    if (
        filters.team_id is not None
        and await team_in_organisation(session, org_id, filters.team_id) is None
    ):
        raise InvalidInput.one("teamId", "not_found", "Dit team bestaat niet in uw organisatie.")
    query = select(*_USER_COLUMNS).where(*user_conditions(org_id, filters))
    rows, total = await page_rows(
        session, query, (col(User.display_name), col(User.id)), limit, offset
    )
    teams = await _team_ids(session, [row["id"] for row in rows])
    return [UserRead.model_validate(row | {"team_ids": teams[row["id"]]}) for row in rows], total


async def actor_in_organisation(
    session: AsyncSession, organisation_id: uuid.UUID, actor_id: uuid.UUID
) -> bool:
    """A user or an API client of the organisation (the audit trail's actorId filter)."""
    user = await session.get(User, actor_id)
    if user is not None:
        return user.organisation_id == organisation_id
    client = await session.get(ApiClient, actor_id)
    return client is not None and client.organisation_id == organisation_id


async def display_name_of(session: AsyncSession, user_id: uuid.UUID) -> str | None:
    """A user's name as colleagues see it (records name their author by id)."""
    query = select(col(User.display_name)).where(col(User.id) == user_id)
    return (await session.execute(query)).scalar_one_or_none()


async def display_names(session: AsyncSession, user_ids: list[uuid.UUID]) -> dict[uuid.UUID, str]:
    if not user_ids:
        return {}
    query = select(col(User.id), col(User.display_name)).where(col(User.id).in_(user_ids))
    return dict((await session.execute(query)).all())


async def active_user_organisation(session: AsyncSession, user_id: uuid.UUID) -> uuid.UUID | None:
    """The organisation of an active user; None for an unknown or deactivated one."""
    query = select(col(User.organisation_id)).where(
        col(User.id) == user_id, col(User.active).is_(True)
    )
    return (await session.execute(query)).scalar_one_or_none()


async def find_user(session: AsyncSession, grant: Grant, user_id: uuid.UUID) -> User | None:
    """A colleague of the actor's organisation (for id filters and links)."""
    user = await session.get(User, user_id)
    if user is None or user.organisation_id != grant.actor.organisation_id or user.is_superuser:
        return None
    return user


async def get_user(
    session: AsyncSession, grant: Grant, user_id: uuid.UUID, *, for_update: bool = False
) -> User:
    query = select(User).where(col(User.id) == user_id)
    user = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if user is None or user.organisation_id != grant.actor.organisation_id or user.is_superuser:
        raise NotFound()
    return user


async def _email_free(
    session: AsyncSession, email: str, except_id: uuid.UUID | None = None
) -> None:
    query = select(col(User.id)).where(func.lower(col(User.email)) == email.lower())
    if except_id:
        query = query.where(col(User.id) != except_id)
    if (await session.execute(query)).first():
        raise duplicate("email", "Dit e-mailadres is al in gebruik.")


async def _set_roles(session: AsyncSession, user: User, roles: list[str]) -> None:
    """The roles as JSON on the user (read on every request) and as rows (filtered on)."""
    user.roles = sorted(roles)
    existing = (
        (await session.execute(select(UserRole).where(col(UserRole.user_id) == user.id)))
        .scalars()
        .all()
    )
    for row in existing:
        if row.role not in roles:
            await session.delete(row)
    have = {row.role for row in existing}
    session.add_all(UserRole(user_id=user.id, role=role) for role in roles if role not in have)


async def create_user(session: AsyncSession, grant: Grant, data: UserCreate) -> User:
    """A user of the actor's organisation; the superuser creates only an organisation's
    first beheerder (and names the organisation)."""
    actor = grant.actor
    if actor.is_superuser:
        if data.organisation_id is None:
            raise InvalidInput.one(
                "organisationId",
                "required",
                "Geef de organisatie waarvoor u een beheerder aanmaakt.",
            )
        if await session.get(Organisation, data.organisation_id) is None:
            raise InvalidInput.one("organisationId", "not_found", "Deze organisatie bestaat niet.")
        if data.roles != ["beheerder"]:
            raise Forbidden("De platformbeheerder maakt alleen beheerders van een organisatie aan.")
        org_id = data.organisation_id
    else:
        org_id = grant.organisation_id()
        if data.organisation_id is not None and data.organisation_id != org_id:
            raise InvalidInput.one(
                "organisationId",
                "not_found",
                "U maakt gebruikers alleen in uw eigen organisatie aan.",
            )
    await _email_free(session, data.email)
    refuse_bsn({"displayName": data.display_name})
    user = User(
        organisation_id=org_id,
        email=data.email,
        display_name=data.display_name,
        password_hash=hash_password(data.password),
        roles=[],
        active=data.active,
        created_at=clock.now(),
    )
    session.add(user)
    await session.flush()
    await _set_roles(session, user, list(data.roles))
    changes = audit.diff(None, {name: getattr(user, name) for name in USER_FIELDS})
    changes["password"] = audit.CHANGED
    session.add(
        audit.event(
            session,
            actor=actor,
            action="create",
            resource_type="user",
            resource_id=user.id,
            organisation_id=org_id,
            changes=changes,
        )
    )
    await session.flush()
    return user


async def create_superuser(session: AsyncSession, grant: Grant, email: str, password: str) -> User:
    """The platform's superuser: no organisation, no roles, sees no client data. The e-mail
    address passes the same check as every user's (from the command line or the settings)."""
    try:
        email = TypeAdapter(Email).validate_python(email)
    except ValidationError as error:
        raise InvalidInput.one(
            "email", "invalid_format", "Dit is geen geldig e-mailadres."
        ) from error
    await _email_free(session, email)
    user = User(
        email=email,
        display_name="Platformbeheerder",
        password_hash=hash_password(password),
        roles=[],
        is_superuser=True,
        created_at=clock.now(),
    )
    session.add(user)
    await session.flush()
    changes = {"email": {"old": None, "new": email}, "isSuperuser": {"old": None, "new": True}}
    session.add(
        audit.event(
            session,
            actor=grant.actor,
            action="create",
            resource_type="user",
            resource_id=user.id,
            changes=changes,
        )
    )
    return user


async def update_user(
    session: AsyncSession, grant: Grant, user_id: uuid.UUID, data: UserUpdate, if_match: str | None
) -> User:
    user = await get_user(session, grant, user_id, for_update=True)
    check_version(if_match, user.version)
    values = data.model_dump(exclude_unset=True)
    nulls = [
        InvalidParam(to_camel(k), "required", "Dit veld mag niet leeg zijn.")
        for k, v in values.items()
        if v is None
    ]
    if nulls:
        raise InvalidInput(nulls)
    if "email" in values:
        await _email_free(session, values["email"], user.id)
    if user.id == grant.actor.id and (
        values.get("active") is False or ("roles" in values and "beheerder" not in values["roles"])
    ):
        raise Conflict("U kunt uzelf niet deactiveren of uw eigen beheerdersrol afnemen.")
    if "display_name" in values:
        refuse_bsn({"displayName": values["display_name"]})
    before = {name: getattr(user, name) for name in USER_FIELDS}
    for name in ("email", "display_name", "active"):
        if name in values:
            setattr(user, name, values[name])
    if "roles" in values:
        await _set_roles(session, user, values["roles"])
    changes = audit.diff(before, {name: getattr(user, name) for name in USER_FIELDS})
    if "password" in values:
        user.password_hash = hash_password(values["password"])
        changes["password"] = audit.CHANGED
    if changes:
        user.version += 1
        audit.by(session, grant.actor, "update", "user", user.id, changes)
    if values.get("active") is False or "password" in values:
        # Deactivation (and a new password) ends every token and session at once.
        await session.execute(
            update(Credential)
            .where(col(Credential.user_id) == user.id, col(Credential.revoked_at).is_(None))
            .values(revoked_at=clock.now())
        )
    await session.flush()
    return user
