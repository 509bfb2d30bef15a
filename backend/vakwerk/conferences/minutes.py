"""Minutes: attendance, notes per agenda item and the conclusion.

Written from the session's start by its note-taker, its chair (in a case session each
case's presenter chairs that case's items), the series owner or a team leader; the first
write marks the session held. Notes on a case's items move that case ``geagendeerd →
besproken``, after which its owner records the outcome. Minutes hold case data (the notes
on a case), so reading them is audited as a read of each case they discuss.
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases.lifecycle import transition
from vakwerk.cases.models import Case
from vakwerk.conferences import planning, schedule
from vakwerk.conferences.access import (
    chairs,
    is_team_leader,
    load_session,
    series_of,
    session_read,
)
from vakwerk.conferences.models import ConferenceSeries, ConferenceSession, Minutes
from vakwerk.conferences.schemas import MinutesItemRead, MinutesRead, MinutesWrite
from vakwerk.conferences.sessions import current_session
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Grant


def _agenda(row: ConferenceSession) -> list[schedule.AgendaItem]:
    if row.format is None:
        return []
    return schedule.session_agenda(row.format, [uuid.UUID(c) for c in row.case_ids])  # type: ignore[arg-type]


def _problems(
    data: MinutesWrite, members: set[uuid.UUID], row: ConferenceSession
) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    for name, ids in (("presentIds", data.present_ids), ("absentIds", data.absent_ids)):
        for index, user_id in enumerate(ids):
            if user_id not in members:
                problems.append(
                    InvalidParam(f"{name}.{index}", "not_member", "Kies leden van de reeks.")
                )
    for index, user_id in enumerate(data.absent_ids):
        if user_id in data.present_ids:
            problems.append(
                InvalidParam(
                    f"absentIds.{index}", "both", "Een collega is aanwezig of afwezig, niet beide."
                )
            )
    known = {(i.key, i.case_id) for i in _agenda(row)}
    seen: set[tuple[str, uuid.UUID | None]] = set()
    for index, item in enumerate(data.items):
        pair = (item.key, item.case_id)
        if pair not in known:
            problems.append(
                InvalidParam(
                    f"items.{index}.key", "unknown_item", "Dit punt staat niet op de agenda."
                )
            )
        elif pair in seen:
            problems.append(
                InvalidParam(f"items.{index}.key", "duplicate", "Dit punt staat er al in.")
            )
        seen.add(pair)
    texts = [(f"items.{i}.notes", item.notes) for i, item in enumerate(data.items)]
    problems += bsn_problems([*texts, ("conclusion", data.conclusion)])
    return problems


async def _require_writer(
    session: AsyncSession, grant: Grant, series: ConferenceSeries, row: ConferenceSession
) -> None:
    if is_team_leader(grant, series.team_id):
        return
    reply = await session_read(session, series, row)
    if grant.actor.id in {reply.note_taker_id, series.owner_id} | chairs(reply):
        return
    raise Forbidden(
        "De notulen legt de notulist, een voorzitter (bij een casus de casusinbrenger) of de "
        "eigenaar van de reeks vast."
    )


async def put_minutes(
    session: AsyncSession,
    grant: Grant,
    session_id: uuid.UUID,
    data: MinutesWrite,
    if_match: str | None,
) -> Minutes:
    series, row = await current_session(session, grant, session_id, for_update=True)
    await _require_writer(session, grant, series, row)
    query = select(Minutes).where(col(Minutes.session_id) == row.id)
    existing = (await session.execute(locked(query))).scalar_one_or_none()
    # Version 0 is "nothing recorded yet" (GET shows the empty minutes with ETag "0"), so
    # two people starting the minutes at once never overwrite each other either.
    check_version(if_match, existing.version if existing is not None else 0)
    if row.status == "geannuleerd":
        raise Conflict("Deze bijeenkomst ging niet door; er zijn geen notulen.")
    now = clock.now()
    if row.starts_at > now:
        raise Conflict("De notulen worden vastgelegd vanaf het begin van de bijeenkomst.")
    state = await planning.load_state(session, series)
    members = {m.user_id for m in state.members}
    problems = _problems(data, members, row)
    if problems:
        raise InvalidInput(problems)
    items = [
        {"key": i.key, "caseId": str(i.case_id) if i.case_id else None, "notes": i.notes}
        for i in data.items
    ]
    minutes = existing or Minutes(session_id=row.id, recorded_by=grant.actor.id, recorded_at=now)
    minutes.present_ids = [str(u) for u in data.present_ids]
    minutes.absent_ids = [str(u) for u in data.absent_ids]
    minutes.items = items
    minutes.conclusion = data.conclusion
    minutes.recorded_by, minutes.recorded_at = grant.actor.id, now
    if existing is None:
        session.add(minutes)
    else:
        minutes.version += 1
    if row.status != "gehouden":
        row.status = "gehouden"
        row.version += 1
    discussed = {i.case_id for i in data.items if i.case_id and i.notes.strip()}
    if discussed:
        found = await session.execute(locked(select(Case).where(col(Case.id).in_(list(discussed)))))
        for case in found.scalars():
            if case.status == "geagendeerd":
                await transition(session, grant, case, "besproken")
    action = "create" if existing is None else "update"
    changes = {"items": audit.CHANGED, "absentIds": minutes.absent_ids}
    audit.by(session, grant.actor, action, "conference_minutes", row.id, changes)
    await session.flush()
    return minutes


async def minutes_read(
    session: AsyncSession,
    series: ConferenceSeries,
    row: ConferenceSession,
    minutes: Minutes | None,
) -> MinutesRead:
    """The minutes along the session's agenda; before anything is recorded, empty minutes
    with version 0."""
    reply = await session_read(session, series, row)
    stored = minutes.items if minutes is not None else []
    notes = {(i["key"], i.get("caseId")): i.get("notes", "") for i in stored}
    items = [
        MinutesItemRead(
            key=item.key,
            title=item.title,
            minutes=item.minutes,
            case_id=item.case_id,
            chair_id=item.chair_id,
            notes=notes.get((item.key, str(item.case_id) if item.case_id else None), ""),
        )
        for item in reply.agenda
    ]
    return MinutesRead(
        session_id=row.id,
        present_ids=[uuid.UUID(u) for u in minutes.present_ids] if minutes else [],
        absent_ids=[uuid.UUID(u) for u in minutes.absent_ids] if minutes else [],
        chair_id=reply.chair_id,
        note_taker_id=reply.note_taker_id,
        items=items,
        conclusion=minutes.conclusion if minutes else None,
        recorded_by=minutes.recorded_by if minutes else None,
        recorded_at=minutes.recorded_at if minutes else None,
        version=minutes.version if minutes else 0,
    )


async def get_minutes(session: AsyncSession, grant: Grant, session_id: uuid.UUID) -> MinutesRead:
    """Readable by the team (absent colleagues read them afterwards); the notes on a case
    are case data, so each case they discuss is audited as read."""
    row = await load_session(session, grant, session_id)
    series = await series_of(session, row)
    minutes = await session.get(Minutes, row.id)
    for item in minutes.items if minutes is not None else []:
        if item.get("caseId") and item.get("notes"):
            audit.read(session, grant.actor, "case", uuid.UUID(item["caseId"]), "minutes")
    return await minutes_read(session, series, row, minutes)
