"""Teams and memberships (with working days); the users are in ``people.users``."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page, page_rows
from vakwerk.core.policy import Actor, Grant, Scope
from vakwerk.people.models import (
    Membership,
    Team,
    User,
)
from vakwerk.people.schemas import (
    MAX_TEAMS,
    MemberRead,
    MemberWrite,
    TeamCreate,
    TeamUpdate,
)

TEAM_FIELDS = ("name", "kind")


def duplicate(member: str, reason: str) -> Conflict:
    return Conflict.on(member, "duplicate", reason)


# --------------------------------------------------------------------------- teams


async def list_teams(
    session: AsyncSession, grant: Grant, limit: int, offset: int, kind: str | None = None
) -> tuple[list[Team], int]:
    query = select(Team).where(col(Team.organisation_id) == grant.organisation_id())
    if kind:
        query = query.where(col(Team.kind) == kind)
    return await page(session, query, (col(Team.name), col(Team.id)), limit, offset)


async def require_team_filter(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID | None
) -> None:
    """A teamId filter names a team the grant may list: the actor's own teams under scope
    team, any team of the organisation under org or referred (400 not_found otherwise)."""
    if team_id is None:
        return
    team = await session.get(Team, team_id)
    allowed = (
        team is not None
        and team.organisation_id == grant.actor.organisation_id
        and (grant.org_wide or Scope.REFERRED in grant.scopes or team_id in grant.actor.team_ids)
    )
    if not allowed:
        raise InvalidInput.one(
            "teamId", "not_found", "Dit team bestaat niet of valt buiten uw teams."
        )


async def team_in_organisation(
    session: AsyncSession, organisation_id: uuid.UUID | None, team_id: uuid.UUID
) -> Team | None:
    team = await session.get(Team, team_id)
    return team if team is not None and team.organisation_id == organisation_id else None


async def get_team(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID, *, for_update: bool = False
) -> Team:
    if for_update:
        team = (
            await session.execute(locked(select(Team).where(col(Team.id) == team_id)))
        ).scalar_one_or_none()
    else:
        team = await session.get(Team, team_id)
    if team is None or team.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return team


async def _team_name_free(
    session: AsyncSession, organisation_id: uuid.UUID, name: str, except_id: uuid.UUID | None = None
) -> None:
    query = select(col(Team.id)).where(
        col(Team.organisation_id) == organisation_id,
        func.lower(col(Team.name)) == name.lower(),
    )
    if except_id:
        query = query.where(col(Team.id) != except_id)
    if (await session.execute(query)).first():
        raise duplicate("name", "Er is al een team met deze naam in de organisatie.")


async def create_team(session: AsyncSession, grant: Grant, data: TeamCreate) -> Team:
    org_id = grant.organisation_id()
    await _team_name_free(session, org_id, data.name)
    refuse_bsn({"name": data.name})
    team = Team(organisation_id=org_id, name=data.name, kind=data.kind, created_at=clock.now())
    session.add(team)
    await session.flush()
    audit.by(session, grant.actor, "create", "team", team.id, audit.diff(None, data.model_dump()))
    return team


async def update_team(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID, data: TeamUpdate, if_match: str | None
) -> Team:
    team = await get_team(session, grant, team_id, for_update=True)
    check_version(if_match, team.version)
    values = data.model_dump(exclude_unset=True)
    nulls = [
        InvalidParam(k, "required", "Dit veld mag niet leeg zijn.")
        for k, v in values.items()
        if v is None
    ]
    if nulls:
        raise InvalidInput(nulls)
    if "name" in values:
        await _team_name_free(session, team.organisation_id, values["name"], team.id)
        refuse_bsn({"name": values["name"]})
    before = {name: getattr(team, name) for name in TEAM_FIELDS}
    for name, value in values.items():
        setattr(team, name, value)
    changes = audit.diff(before, {name: getattr(team, name) for name in TEAM_FIELDS})
    if changes:
        team.version += 1
        audit.by(session, grant.actor, "update", "team", team.id, changes)
    await session.flush()
    return team


# --------------------------------------------------------------------------- memberships


def _member_query() -> Any:
    return select(
        col(Membership.team_id),
        col(Membership.user_id),
        col(User.display_name),
        col(Membership.working_days),
    ).join(User, col(User.id) == col(Membership.user_id))


async def list_members(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[MemberRead], int]:
    team = await get_team(session, grant, team_id)
    query = _member_query().where(col(Membership.team_id) == team.id)
    rows, total = await page_rows(
        session, query, (col(User.display_name), col(User.id)), limit, offset
    )
    return [MemberRead.model_validate(row) for row in rows], total


async def memberships_of(session: AsyncSession, user_id: uuid.UUID) -> list[MemberRead]:
    result = await session.execute(_member_query().where(col(Membership.user_id) == user_id))
    return [MemberRead.model_validate(row) for row in result.mappings().all()]


def require_availability_scope(grant: Grant, user_id: uuid.UUID, team_id: uuid.UUID | None) -> None:
    """Working days and absences: one's own (own), a team's (team), anyone's (org)."""
    if grant.org_wide:
        return
    if Scope.TEAM in grant.scopes and team_id is not None and team_id in grant.actor.team_ids:
        return
    if Scope.OWN in grant.scopes and user_id == grant.actor.id:
        return
    raise Forbidden("U mag alleen uw eigen werkdagen en afwezigheid vastleggen.")


async def _refuse_one_team_too_many(session: AsyncSession, user: User) -> None:
    """A user's replies list all their teams: a further membership is refused (409)."""
    await session.execute(locked(select(col(User.id)).where(col(User.id) == user.id)))
    held = await session.execute(select(func.count()).where(col(Membership.user_id) == user.id))
    if held.scalar_one() >= MAX_TEAMS:
        reason = f"Een gebruiker is lid van ten hoogste {MAX_TEAMS} teams."
        raise Conflict.on("userId", "too_many", reason)


async def put_member(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID, user_id: uuid.UUID, data: MemberWrite
) -> tuple[MemberRead, bool]:
    """Add a membership (beheerder) or record working days (own / team / org)."""
    team = await get_team(session, grant, team_id)
    user = await session.get(User, user_id)
    if user is None or user.organisation_id != team.organisation_id:
        raise NotFound()
    membership = (
        await session.execute(
            locked(
                select(Membership).where(
                    col(Membership.team_id) == team_id, col(Membership.user_id) == user_id
                )
            )
        )
    ).scalar_one_or_none()
    created = membership is None
    if membership is None:
        if not grant.org_wide:
            raise Forbidden("Alleen de beheerder voegt leden aan een team toe.")
        await _refuse_one_team_too_many(session, user)
        membership = Membership(
            team_id=team_id, user_id=user_id, working_days=data.working_days, created_at=clock.now()
        )
        session.add(membership)
        changes = {"teamId": str(team_id), "workingDays": {"old": None, "new": data.working_days}}
        audit.by(session, grant.actor, "create", "membership", user_id, changes)
    else:
        require_availability_scope(grant, user_id, team_id)
        before = list(membership.working_days)
        membership.working_days = data.working_days
        changes = audit.diff({"workingDays": before}, {"workingDays": data.working_days})
        if changes:
            changes["teamId"] = str(team_id)
            audit.by(session, grant.actor, "update", "membership", user_id, changes)
    await session.flush()
    read = MemberRead(
        team_id=team_id,
        user_id=user_id,
        display_name=user.display_name,
        working_days=membership.working_days,
    )
    return read, created


async def remove_member(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID, user_id: uuid.UUID
) -> None:
    await get_team(session, grant, team_id)
    membership = await session.get(Membership, (team_id, user_id))
    if membership is None:
        raise NotFound()
    await session.delete(membership)
    audit.by(session, grant.actor, "delete", "membership", user_id, {"teamId": str(team_id)})
    await session.flush()


async def shares_team(session: AsyncSession, actor: Actor, user_id: uuid.UUID) -> bool:
    if not actor.team_ids:
        return False
    found = await session.execute(
        select(col(Membership.user_id)).where(
            col(Membership.user_id) == user_id, col(Membership.team_id).in_(actor.team_ids)
        )
    )
    return found.first() is not None


async def team_member_ids(session: AsyncSession, team_id: uuid.UUID) -> set[uuid.UUID]:
    found = await session.execute(
        select(col(Membership.user_id)).where(col(Membership.team_id) == team_id)
    )
    return set(found.scalars())


async def working_days_in_team(
    session: AsyncSession, team_id: uuid.UUID, user_ids: list[uuid.UUID]
) -> dict[uuid.UUID, frozenset[int]]:
    """The working days each of these users has in the team; a user no longer in the
    team is missing."""
    if not user_ids:
        return {}
    found = await session.execute(
        select(col(Membership.user_id), col(Membership.working_days)).where(
            col(Membership.team_id) == team_id, col(Membership.user_id).in_(user_ids)
        )
    )
    return {user_id: frozenset(days or ()) for user_id, days in found.all()}


async def is_member(session: AsyncSession, team_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    return await session.get(Membership, (team_id, user_id)) is not None
