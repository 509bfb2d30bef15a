"""Sessions: the list, one session, moving or cancelling one, and its agenda by hand."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases.lifecycle import transition
from vakwerk.cases.models import Case
from vakwerk.conferences import planning, schedule
from vakwerk.conferences.access import (
    load_series,
    load_session,
    require_series_editor,
    series_of,
    series_scope,
    session_reads,
    session_scope,
)
from vakwerk.conferences.models import ConferenceSeries, ConferenceSession
from vakwerk.conferences.schemas import AgendaWrite, SessionRead, SessionUpdate
from vakwerk.core import audit, clock
from vakwerk.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant
from vakwerk.people import members
from vakwerk.people.organisations import settings_of


@dataclass
class SessionFilter:
    series_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    status: str | None = None
    from_date: date | None = None
    to_date: date | None = None


async def _series_in_view(
    session: AsyncSession, grant: Grant, filters: SessionFilter
) -> list[ConferenceSeries]:
    if filters.series_id is not None:
        try:
            return [await load_series(session, grant, filters.series_id)]
        except NotFound as error:
            raise InvalidInput.one(
                "seriesId", "not_found", "Deze reeks bestaat niet of valt buiten uw teams."
            ) from error
    query = select(ConferenceSeries).where(
        series_scope(grant), col(ConferenceSeries.active).is_(True)
    )
    if filters.team_id is not None:
        await members.require_team_filter(session, grant, filters.team_id)
        query = query.where(col(ConferenceSeries.team_id) == filters.team_id)
    return list((await session.execute(query.limit(50))).scalars())


async def list_sessions(
    session: AsyncSession, grant: Grant, filters: SessionFilter, limit: int, offset: int
) -> tuple[list[SessionRead], int]:
    """Sessions in date order; the series in view are made current first."""
    found = [
        await planning.ensure_current(session, s)
        for s in await _series_in_view(session, grant, filters)
    ]
    query = select(ConferenceSession).where(session_scope(grant))
    if filters.series_id is not None:
        query = query.where(col(ConferenceSession.series_id) == filters.series_id)
    if filters.team_id is not None:
        query = query.where(col(ConferenceSession.team_id) == filters.team_id)
    if filters.status is not None:
        query = query.where(col(ConferenceSession.status) == filters.status)
    if filters.from_date is not None:
        query = query.where(col(ConferenceSession.date) >= filters.from_date)
    if filters.to_date is not None:
        query = query.where(col(ConferenceSession.date) <= filters.to_date)
    order = (col(ConferenceSession.starts_at), col(ConferenceSession.id))
    rows, total = await page(session, query, order, limit, offset)
    series = {s.id: s for s in found}
    missing = {row.series_id for row in rows} - series.keys()
    if missing:  # a stopped series, whose sessions stay readable
        stopped = select(ConferenceSeries).where(col(ConferenceSeries.id).in_(missing))
        series.update({s.id: s for s in (await session.execute(stopped)).scalars()})
    return await session_reads(session, series.values(), rows), total


async def current_session(
    session: AsyncSession, grant: Grant, session_id: uuid.UUID, *, for_update: bool = False
) -> tuple[ConferenceSeries, ConferenceSession]:
    """The session within scope (404 otherwise), its series made current first — the
    series locked before the session, always in that order."""
    row = await load_session(session, grant, session_id)
    series = await planning.ensure_current(session, await series_of(session, row))
    return series, await load_session(session, grant, session_id, for_update=for_update)


async def get_session(
    session: AsyncSession, grant: Grant, session_id: uuid.UUID
) -> tuple[ConferenceSeries, ConferenceSession]:
    return await current_session(session, grant, session_id)


async def clear_agenda(session: AsyncSession, grant: Grant, row: ConferenceSession) -> None:
    """A cancelled session's cases go back to wait for the next one (``geagendeerd →
    ingediend``)."""
    if not row.case_ids:
        return
    ids = [uuid.UUID(c) for c in row.case_ids]
    for case in (
        await session.execute(locked(select(Case).where(col(Case.id).in_(ids))))
    ).scalars():
        if case.status == "geagendeerd":
            await transition(session, grant, case, "ingediend")
    row.case_ids = []
    row.format = None


async def update_session(
    session: AsyncSession,
    grant: Grant,
    session_id: uuid.UUID,
    data: SessionUpdate,
    if_match: str | None,
) -> tuple[ConferenceSeries, ConferenceSession]:
    """Move one session, cancel it with a reason, or let it go ahead again. Started and
    past sessions never change (409)."""
    series, row = await current_session(session, grant, session_id, for_update=True)
    require_series_editor(grant, series)
    check_version(if_match, row.version)
    values = data.model_dump(exclude_unset=True)
    now = clock.now()
    settings = await settings_of(session, series.organisation_id)
    rule = schedule.DeadlineRule(settings.case_deadline_days_before, settings.case_deadline_hour)
    current = planning.scheduled(row)
    before = {"startsAt": row.starts_at, "status": row.status}
    if values.get("status") == "geannuleerd":
        if "starts_at" in values:
            raise InvalidInput.one(
                "startsAt", "not_allowed", "Verplaats of annuleer; niet allebei tegelijk."
            )
        changed = schedule.cancel_session(current, values.get("cancel_reason") or "", now)
        await clear_agenda(session, grant, row)
    elif "starts_at" in values and values["starts_at"] is not None:
        changed = schedule.move_session(current, values["starts_at"], now)
    elif values.get("status") == "gepland":
        changed = schedule.reinstate_session(planning.pattern_of(series), current, now)
    else:
        raise InvalidInput.one(
            "startsAt", "required", "Geef een nieuw moment, of annuleer de bijeenkomst."
        )
    old_date = row.date
    planning.store_moved(row, changed, rule)
    if old_date != row.date:
        await planning.follow_session_date(session, series, old_date, row.date)
    after = {"startsAt": row.starts_at, "status": row.status}
    changes = audit.diff(before, after)
    if row.cancel_reason:
        changes["cancelReason"] = audit.CHANGED
    audit.by(session, grant.actor, "update", "conference_session", row.id, changes)
    await session.flush()
    series = await planning.ensure_current(session, series)
    return series, await load_session(session, grant, session_id)


async def set_agenda(
    session: AsyncSession,
    grant: Grant,
    session_id: uuid.UUID,
    data: AgendaWrite,
    if_match: str | None,
) -> tuple[ConferenceSeries, ConferenceSession]:
    """The series owner or a team leader puts cases on, takes them off or reorders them,
    until the session starts: ``ingediend → geagendeerd`` and back. The whole agenda is
    replaced, so it needs the session's version: an agenda filled at the deadline or set by
    a colleague since it was read is never overwritten unseen (412)."""
    series, row = await current_session(session, grant, session_id, for_update=True)
    require_series_editor(grant, series)
    check_version(if_match, row.version)
    now = clock.now()
    if row.status != "gepland" or row.starts_at <= now:
        raise Conflict(
            "De agenda ligt vast: de bijeenkomst is begonnen, geweest of gaat niet door."
        )
    wanted = list(dict.fromkeys(data.case_ids))
    capacity = schedule.case_capacity(series.duration_minutes)
    problems: list[InvalidParam] = []
    if len(wanted) > capacity:
        problems.append(
            InvalidParam(
                "caseIds",
                "too_many",
                f"Deze bijeenkomst biedt ruimte aan {capacity} casus(sen) van 30 minuten.",
            )
        )
    current = set(row.case_ids)
    cases: dict[uuid.UUID, Case] = {}
    if wanted or current:
        ids = set(wanted) | {uuid.UUID(c) for c in current}
        query = select(Case).where(
            col(Case.id).in_(ids),
            col(Case.organisation_id) == series.organisation_id,
            col(Case.team_id) == series.team_id,
        )
        cases = {c.id: c for c in (await session.execute(locked(query))).scalars()}
    for index, case_id in enumerate(wanted):
        case = cases.get(case_id)
        name = f"caseIds.{index}"
        if case is None:
            problems.append(InvalidParam(name, "not_found", "Deze casus bestaat niet in dit team."))
        elif str(case_id) not in current and case.status != "ingediend":
            code = "on_agenda" if case.status == "geagendeerd" else "not_submitted"
            reason = (
                "Deze casus staat al op een andere agenda."
                if code == "on_agenda"
                else "Alleen ingediende casussen komen op de agenda."
            )
            problems.append(InvalidParam(name, code, reason))
    if problems:
        raise InvalidInput(problems)
    for case_id in [uuid.UUID(c) for c in row.case_ids if uuid.UUID(c) not in wanted]:
        case = cases.get(case_id)
        if case is not None and case.status == "geagendeerd":
            await transition(session, grant, case, "ingediend")
    for case_id in wanted:
        if cases[case_id].status == "ingediend":
            await transition(session, grant, cases[case_id], "geagendeerd")
    before = list(row.case_ids)
    row.case_ids = [str(c) for c in wanted]
    if now > row.deadline_at:
        row.format = "casus" if wanted else "dilemma"
    row.version += 1
    changes = {"caseIds": {"old": before, "new": row.case_ids}}
    audit.by(session, grant.actor, "update", "conference_session", row.id, changes)
    await session.flush()
    series = await planning.ensure_current(session, series)
    return series, await load_session(session, grant, session_id)
