"""Who sees which series and session, the loaders by id, and the replies.

Scope (docs/domain.md §0): the series and sessions of one's teams, or the organisation's. A
klantmanager's "own" (the series owner, a session's chair or note-taker) is checked on the
loaded record (step 5, 403); the loaders decide 404 by team or organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases.models import Case
from vakwerk.conferences import schedule
from vakwerk.conferences.models import (
    ConferenceSeries,
    ConferenceSession,
    Dilemma,
    Minutes,
    RotationSlot,
    SeriesMember,
)
from vakwerk.conferences.schemas import AgendaItemRead, SeriesRead, SessionRead
from vakwerk.core.errors import Forbidden, NotFound
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Grant, Scope


def in_scope(grant: Grant, organisation: Any, team: Any) -> ColumnElement[bool]:
    """The organisation's records (org), or those of the actor's teams (team, own)."""
    org = organisation == grant.organisation_id()
    if grant.org_wide:
        return org
    if not grant.actor.team_ids:
        return false()
    return and_(org, team.in_(grant.actor.team_ids))


def series_scope(grant: Grant) -> ColumnElement[bool]:
    return in_scope(grant, col(ConferenceSeries.organisation_id), col(ConferenceSeries.team_id))


def session_scope(grant: Grant) -> ColumnElement[bool]:
    return in_scope(grant, col(ConferenceSession.organisation_id), col(ConferenceSession.team_id))


async def load_series(
    session: AsyncSession, grant: Grant, series_id: uuid.UUID, *, for_update: bool = False
) -> ConferenceSeries:
    query = select(ConferenceSeries).where(
        col(ConferenceSeries.id) == series_id, series_scope(grant)
    )
    found = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def load_session(
    session: AsyncSession, grant: Grant, session_id: uuid.UUID, *, for_update: bool = False
) -> ConferenceSession:
    query = select(ConferenceSession).where(
        col(ConferenceSession.id) == session_id, session_scope(grant)
    )
    found = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def series_of(session: AsyncSession, row: ConferenceSession) -> ConferenceSeries:
    found = await session.get(ConferenceSeries, row.series_id)
    assert found is not None
    return found


async def member_ids(session: AsyncSession, series_id: uuid.UUID) -> list[uuid.UUID]:
    result = await session.execute(
        select(col(SeriesMember.user_id))
        .where(col(SeriesMember.series_id) == series_id)
        .order_by(col(SeriesMember.joined_on), col(SeriesMember.user_id))
    )
    return list(result.scalars())


async def series_read(session: AsyncSession, series: ConferenceSeries) -> SeriesRead:
    return SeriesRead.model_validate(
        {**series.model_dump(), "member_ids": await member_ids(session, series.id)}
    )


def is_team_leader(grant: Grant, team_id: uuid.UUID) -> bool:
    """A team leader of the team (who may do for a series what its owner may)."""
    return "teamleider" in grant.actor.roles and team_id in grant.actor.team_ids


def require_series_editor(grant: Grant, series: ConferenceSeries) -> None:
    """Step 5 for editing a series, its sessions and agendas: the owner, a team leader of
    the team, the beheerder."""
    if grant.org_wide or is_team_leader(grant, series.team_id):
        return
    if Scope.OWN in grant.scopes and series.owner_id == grant.actor.id:
        return
    raise Forbidden("Alleen de eigenaar van de reeks of een teamleider wijzigt dit.")


# --------------------------------------------------------------------------- session replies


def chair_of(
    series: ConferenceSeries,
    row: ConferenceSession,
    owners: dict[str, uuid.UUID],
    planned_chair: uuid.UUID | None,
) -> uuid.UUID | None:
    """A case session's first presenter (each case's items are chaired by its own presenter,
    ``item_chair``); a dilemma session's rotated chair or the series owner (an undecided
    session shows whoever would chair it as a dilemma session)."""
    if row.format == "casus":
        return next((owners[c] for c in row.case_ids if c in owners), None)
    return planned_chair if series.rotate_dilemma_chair else series.owner_id


def item_chair(
    item: schedule.AgendaItem, owners: dict[str, uuid.UUID], session_chair: uuid.UUID | None
) -> uuid.UUID | None:
    """A case's items are chaired by its presenter (the case's owner); a dilemma's by the
    session's chair."""
    if item.case_id is not None:
        return owners.get(str(item.case_id))
    return session_chair


def chairs(reply: SessionRead) -> set[uuid.UUID]:
    """Everyone who chairs part of the session: its chair and each case's presenter."""
    return {i.chair_id for i in reply.agenda if i.chair_id} | (
        {reply.chair_id} if reply.chair_id else set()
    )


async def _ordinals(
    session: AsyncSession, series_ids: Iterable[uuid.UUID], until: datetime
) -> dict[uuid.UUID, int]:
    """Each session's place among its series' sessions that go ahead (cancelled ones do not
    count), up to ``until``: every ``evaluation_every``-th is followed by the evaluation."""
    place = (
        func.row_number()
        .over(
            partition_by=col(ConferenceSession.series_id),
            order_by=(col(ConferenceSession.starts_at), col(ConferenceSession.id)),
        )
        .label("place")
    )
    found = await session.execute(
        select(col(ConferenceSession.id), place).where(
            col(ConferenceSession.series_id).in_(list(series_ids)),
            col(ConferenceSession.status) != "geannuleerd",
            col(ConferenceSession.starts_at) <= until,
        )
    )
    return {sid: int(n) for sid, n in found}


async def session_reads(
    session: AsyncSession,
    series_of_rows: Iterable[ConferenceSeries],
    rows: Sequence[ConferenceSession],
) -> list[SessionRead]:
    """Replies for sessions of these series, in five queries whatever their number."""
    by_id = {s.id: s for s in series_of_rows}
    ids = [row.id for row in rows]
    slots: dict[tuple[uuid.UUID, str], uuid.UUID | None] = {}
    dilemmas: dict[uuid.UUID, uuid.UUID] = {}
    with_minutes: set[uuid.UUID] = set()
    owners: dict[str, uuid.UUID] = {}
    ordinals: dict[uuid.UUID, int] = {}
    if ids:
        for sid, role, user_id in (
            await session.execute(
                select(
                    col(RotationSlot.session_id), col(RotationSlot.role), col(RotationSlot.user_id)
                ).where(col(RotationSlot.session_id).in_(ids))
            )
        ).all():
            slots[sid, role] = user_id
        for did, sid in (
            await session.execute(
                select(col(Dilemma.id), col(Dilemma.session_id)).where(
                    col(Dilemma.session_id).in_(ids)
                )
            )
        ).all():
            dilemmas[sid] = did
        with_minutes = set(
            (
                await session.execute(
                    select(col(Minutes.session_id)).where(col(Minutes.session_id).in_(ids))
                )
            ).scalars()
        )
        ordinals = await _ordinals(
            session, {row.series_id for row in rows}, max(row.starts_at for row in rows)
        )
        case_ids = [uuid.UUID(c) for row in rows for c in row.case_ids]
        if case_ids:
            for cid, owner in (
                await session.execute(
                    select(col(Case.id), col(Case.owner_id)).where(col(Case.id).in_(case_ids))
                )
            ).all():
                owners[str(cid)] = owner
    replies = []
    for row in rows:
        series = by_id[row.series_id]
        items = (
            schedule.session_agenda(row.format, [uuid.UUID(c) for c in row.case_ids])  # type: ignore[arg-type]
            if row.format
            else []
        )
        chair_id = chair_of(series, row, owners, slots.get((row.id, "voorzitter")))
        replies.append(
            SessionRead(
                id=row.id,
                series_id=row.series_id,
                team_id=row.team_id,
                date=row.date,
                starts_at=row.starts_at,
                ends_at=row.ends_at,
                deadline_at=row.deadline_at,
                status=row.status,
                cancel_reason=row.cancel_reason,
                moved=row.moved,
                format=row.format,
                chair_id=chair_id,
                note_taker_id=slots.get((row.id, "notulist")),
                case_ids=[uuid.UUID(c) for c in row.case_ids],
                dilemma_id=dilemmas.get(row.id),
                agenda=[
                    AgendaItemRead(
                        key=i.key,
                        title=i.title,
                        minutes=i.minutes,
                        case_id=i.case_id,
                        chair_id=item_chair(i, owners, chair_id),
                    )
                    for i in items
                ],
                evaluation_due=row.id in ordinals
                and ordinals[row.id] % series.evaluation_every == 0,
                has_minutes=row.id in with_minutes,
                version=row.version,
            )
        )
    return replies


async def session_read(
    session: AsyncSession, series: ConferenceSeries, row: ConferenceSession
) -> SessionRead:
    return (await session_reads(session, [series], [row]))[0]


async def case_deadline(session: AsyncSession, case: Case) -> datetime | None:
    """The deadline of the session a case targets: the session of its team's active series
    on ``targetSessionDate`` (the date follows the session when it moves)."""
    found = await session.execute(
        select(col(ConferenceSession.deadline_at))
        .join(ConferenceSeries, col(ConferenceSeries.id) == col(ConferenceSession.series_id))
        .where(
            col(ConferenceSeries.team_id) == case.team_id,
            col(ConferenceSeries.active).is_(True),
            col(ConferenceSession.date) == case.target_session_date,
            col(ConferenceSession.status) != "geannuleerd",
        )
        .limit(1)
    )
    return found.scalar_one_or_none()
