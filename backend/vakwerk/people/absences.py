"""Absences: date ranges a member is away (rotation skips them); colleagues never see
the reason."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from vakwerk.core.pagination import page
from vakwerk.core.policy import Grant, Op, Scope, grant_for
from vakwerk.people.members import shares_team
from vakwerk.people.models import Absence, User
from vakwerk.people.schemas import AbsenceCreate, AbsenceRead
from vakwerk.people.users import get_user


async def _subject(session: AsyncSession, grant: Grant, user_id: uuid.UUID) -> User:
    """The user whose absences are read or written, within the actor's read scope for
    absences (404 outside); writing a readable colleague's is a 403 (``_record_scope``)."""
    read = grant if grant.op is Op.READ_ABSENCES else grant_for(grant.actor, Op.READ_ABSENCES)
    user = await get_user(session, read, user_id)
    if read.org_wide or user.id == read.actor.id:
        return user
    if Scope.TEAM in read.scopes and await shares_team(session, read.actor, user.id):
        return user
    raise NotFound()


def _view(absence: Absence, sees_reason: bool) -> AbsenceRead:
    read = AbsenceRead.model_validate(absence)
    return read if sees_reason else read.model_copy(update={"reason": None})


def _sees_reason(grant: Grant, user: User) -> bool:
    return user.id == grant.actor.id or grant.org_wide


async def list_absences(
    session: AsyncSession,
    grant: Grant,
    user_id: uuid.UUID,
    limit: int,
    offset: int,
    from_date: date | None,
) -> tuple[list[AbsenceRead], int]:
    user = await _subject(session, grant, user_id)
    query = select(Absence).where(col(Absence.user_id) == user.id)
    if from_date is not None:
        query = query.where(col(Absence.end_date) >= from_date)
    rows, total = await page(
        session, query, (col(Absence.start_date), col(Absence.id)), limit, offset
    )
    return [_view(a, _sees_reason(grant, user)) for a in rows], total


async def get_absence(
    session: AsyncSession, grant: Grant, user_id: uuid.UUID, absence_id: uuid.UUID
) -> AbsenceRead:
    user = await _subject(session, grant, user_id)
    absence = await session.get(Absence, absence_id)
    if absence is None or absence.user_id != user.id:
        raise NotFound()
    return _view(absence, _sees_reason(grant, user))


async def _record_scope(session: AsyncSession, grant: Grant, user: User) -> None:
    """Own absences (own), a team member's (team), anyone's (org)."""
    if grant.org_wide or user.id == grant.actor.id:
        return
    if Scope.TEAM in grant.scopes and await shares_team(session, grant.actor, user.id):
        return
    raise Forbidden("U mag alleen uw eigen afwezigheid vastleggen.")


async def create_absence(
    session: AsyncSession, grant: Grant, user_id: uuid.UUID, data: AbsenceCreate
) -> AbsenceRead:
    user = await _subject(session, grant, user_id)
    await _record_scope(session, grant, user)
    if data.end_date < data.start_date:
        raise InvalidInput.one("endDate", "before_start", "De einddatum ligt voor de begindatum.")
    overlap = await session.execute(
        select(col(Absence.id)).where(
            col(Absence.user_id) == user.id,
            col(Absence.start_date) <= data.end_date,
            col(Absence.end_date) >= data.start_date,
        )
    )
    if overlap.first():
        raise Conflict("Deze afwezigheid overlapt met een afwezigheid die al is vastgelegd.")
    refuse_bsn({"reason": data.reason})
    absence = Absence(
        user_id=user.id,
        organisation_id=grant.organisation_id(),
        start_date=data.start_date,
        end_date=data.end_date,
        reason=data.reason,
        created_at=clock.now(),
    )
    session.add(absence)
    await session.flush()
    changes = audit.diff(None, {"start_date": data.start_date, "end_date": data.end_date})
    if data.reason:
        changes["reason"] = audit.CHANGED
    audit.by(session, grant.actor, "create", "absence", absence.id, changes)
    return AbsenceRead.model_validate(absence)


async def delete_absence(
    session: AsyncSession, grant: Grant, user_id: uuid.UUID, absence_id: uuid.UUID
) -> None:
    user = await _subject(session, grant, user_id)
    absence = await session.get(Absence, absence_id)
    if absence is None or absence.user_id != user.id:
        raise NotFound()
    await _record_scope(session, grant, user)
    await session.delete(absence)
    before = {"start_date": absence.start_date, "end_date": absence.end_date}
    audit.by(session, grant.actor, "delete", "absence", absence.id, audit.diff(before, None))
    await session.flush()


async def periods_of(
    session: AsyncSession, user_ids: list[uuid.UUID]
) -> list[tuple[uuid.UUID, date, date]]:
    """Every absence of these users as (user, first day, last day), for planning."""
    if not user_ids:
        return []
    query = select(col(Absence.user_id), col(Absence.start_date), col(Absence.end_date)).where(
        col(Absence.user_id).in_(user_ids)
    )
    return [(user, first, last) for user, first, last in await session.execute(query)]
