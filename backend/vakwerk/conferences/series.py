"""A team's conference series: creating and editing it, and its members."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pydantic.alias_generators import to_camel
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.conferences import planning, rotation, schedule, sessions
from vakwerk.conferences.access import (
    load_series,
    member_ids,
    require_series_editor,
    series_scope,
)
from vakwerk.conferences.models import ConferenceSeries, SeriesMember
from vakwerk.conferences.schemas import (
    SeriesCreate,
    SeriesMemberRead,
    SeriesRead,
    SeriesUpdate,
)
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant
from vakwerk.people import members as people
from vakwerk.people import users

PATTERN_FIELDS = ("weekday", "start_time", "duration_minutes", "interval_weeks")
OPAQUE = frozenset({"name", "location", "video_link"})

# The replies hold every member (SeriesRead.memberIds); a case conference is never larger.
MAX_MEMBERS = 100


def _texts(values: dict[str, Any]) -> list[InvalidParam]:
    names = {"name": "name", "location": "location", "video_link": "videoLink"}
    return bsn_problems((wire, values.get(name)) for name, wire in names.items() if name in values)


async def _active_series(session: AsyncSession, team_id: uuid.UUID) -> uuid.UUID | None:
    found = await session.execute(
        select(col(ConferenceSeries.id)).where(
            col(ConferenceSeries.team_id) == team_id, col(ConferenceSeries.active).is_(True)
        )
    )
    return found.scalar_one_or_none()


async def create_series(
    session: AsyncSession, grant: Grant, data: SeriesCreate
) -> ConferenceSeries:
    await people.require_team_filter(session, grant, data.team_id)
    in_team = await people.team_member_ids(session, data.team_id)
    problems = _texts(data.model_dump())
    if data.owner_id not in in_team:
        problems.append(
            InvalidParam("ownerId", "not_in_team", "De eigenaar is een lid van het team.")
        )
    for index, user_id in enumerate(data.member_ids):
        if user_id not in in_team:
            problems.append(
                InvalidParam(f"memberIds.{index}", "not_in_team", "Kies leden van het team.")
            )
    if len({data.owner_id, *data.member_ids}) > MAX_MEMBERS:
        problems.append(
            InvalidParam(
                "memberIds", "too_many", f"Een reeks heeft ten hoogste {MAX_MEMBERS} leden."
            )
        )
    if problems:
        raise InvalidInput(problems)
    if await _active_series(session, data.team_id) is not None:
        raise Conflict("Dit team heeft al een lopende reeks casuïstiekoverleggen.")
    now = clock.now()
    values = data.model_dump(exclude={"member_ids"})
    series = ConferenceSeries(
        organisation_id=grant.organisation_id(), created_at=now, updated_at=now, **values
    )
    session.add(series)
    await session.flush()
    for user_id in dict.fromkeys([data.owner_id, *data.member_ids]):
        session.add(
            SeriesMember(
                series_id=series.id, user_id=user_id, joined_on=clock.today(), created_at=now
            )
        )
    changes = audit.diff(None, values, opaque=OPAQUE)
    audit.by(session, grant.actor, "create", "conference_series", series.id, changes)
    await session.flush()
    return await planning.ensure_current(session, series)


async def update_series(
    session: AsyncSession,
    grant: Grant,
    series_id: uuid.UUID,
    data: SeriesUpdate,
    if_match: str | None,
) -> ConferenceSeries:
    """Moving the series' day or time moves the sessions that have not started; started
    and past ones never change, and sessions moved or cancelled by hand keep that."""
    series = await load_series(session, grant, series_id, for_update=True)
    require_series_editor(grant, series)
    check_version(if_match, series.version)
    values = data.model_dump(exclude_unset=True)
    problems = [
        InvalidParam(to_camel(name), "required", "Dit veld mag niet leeg zijn.")
        for name, value in values.items()
        if value is None and name not in ("location", "video_link")
    ]
    problems += _texts(values)
    owner = values.get("owner_id")
    if owner is not None and owner not in await people.team_member_ids(session, series.team_id):
        problems.append(
            InvalidParam("ownerId", "not_in_team", "De eigenaar is een lid van het team.")
        )
    if problems:
        raise InvalidInput(problems)
    if values.get("active") and not series.active:
        other = await _active_series(session, series.team_id)
        if other is not None and other != series.id:
            raise Conflict("Dit team heeft al een lopende reeks casuïstiekoverleggen.")
    before = {name: getattr(series, name) for name in values}
    state = await planning.load_state(session, series, for_update=True)
    now = clock.now()
    if any(name in values and values[name] != before[name] for name in PATTERN_FIELDS):
        changed = schedule.change_pattern(
            planning.pattern_of(series),
            [planning.scheduled(r) for r in state.rows],
            now,
            weekday=values.get("weekday"),
            start_time=(
                schedule.parse_start_time(values["start_time"]) if "start_time" in values else None
            ),
            duration_minutes=values.get("duration_minutes"),
            interval_weeks=values.get("interval_weeks"),
        )
        series.anchor_seq, series.anchor_week = changed.anchor_seq, changed.anchor_week
    for name, value in values.items():
        setattr(series, name, value)
    if values.get("active") is False and before.get("active"):
        await _stop(session, grant, state, now)
    if owner is not None:
        await _ensure_member(session, series, owner)
    changes = audit.diff(before, values, opaque=OPAQUE)
    if changes:
        series.version += 1
        series.updated_at = now
        audit.by(session, grant.actor, "update", "conference_series", series.id, changes)
    await session.flush()
    return await planning.ensure_current(session, series)


async def _stop(session: AsyncSession, grant: Grant, state: planning.State, now: datetime) -> None:
    """A series that stops: its sessions that have not started are called off (their cases
    go back to wait); held ones and their minutes stay."""
    for row in state.rows:
        if row.status == "gepland" and row.starts_at > now:
            await sessions.clear_agenda(session, grant, row)
            row.status, row.cancel_reason, row.cancelled_by_hand = (
                "geannuleerd",
                "De reeks is gestopt.",
                True,
            )
            row.version += 1


@dataclass
class SeriesFilter:
    team_id: uuid.UUID | None = None
    active: bool | None = None


async def list_series(
    session: AsyncSession, grant: Grant, filters: SeriesFilter, limit: int, offset: int
) -> tuple[list[SeriesRead], int]:
    query = select(ConferenceSeries).where(series_scope(grant))
    if filters.team_id is not None:
        await people.require_team_filter(session, grant, filters.team_id)
        query = query.where(col(ConferenceSeries.team_id) == filters.team_id)
    if filters.active is not None:
        query = query.where(col(ConferenceSeries.active).is_(filters.active))
    order = (col(ConferenceSeries.name), col(ConferenceSeries.id))
    rows, total = await page(session, query, order, limit, offset)
    members: dict[uuid.UUID, list[uuid.UUID]] = {row.id: [] for row in rows}
    if rows:
        found = await session.execute(
            select(col(SeriesMember.series_id), col(SeriesMember.user_id))
            .where(col(SeriesMember.series_id).in_(list(members)))
            .order_by(col(SeriesMember.joined_on), col(SeriesMember.user_id))
        )
        for sid, uid in found.all():
            members[sid].append(uid)
    replies = [
        SeriesRead.model_validate({**row.model_dump(), "member_ids": members[row.id]})
        for row in rows
    ]
    return replies, total


async def get_series(session: AsyncSession, grant: Grant, series_id: uuid.UUID) -> ConferenceSeries:
    series = await load_series(session, grant, series_id)
    return await planning.ensure_current(session, series)


# --------------------------------------------------------------------------- members


async def list_members(
    session: AsyncSession, grant: Grant, series_id: uuid.UUID
) -> list[SeriesMemberRead]:
    series = await load_series(session, grant, series_id)
    found = (
        await session.execute(
            select(
                col(SeriesMember.user_id),
                col(SeriesMember.joined_on),
                col(SeriesMember.rotation_from),
            )
            .where(col(SeriesMember.series_id) == series.id)
            .order_by(col(SeriesMember.joined_on), col(SeriesMember.user_id))
        )
    ).all()
    names = await users.display_names(session, [row[0] for row in found])
    return [
        SeriesMemberRead(
            user_id=user_id,
            display_name=names.get(user_id, ""),
            joined_on=joined_on,
            rotation_from=rotation_from,
        )
        for user_id, joined_on, rotation_from in found
    ]


async def _ensure_member(
    session: AsyncSession, series: ConferenceSeries, user_id: uuid.UUID
) -> tuple[SeriesMember, bool]:
    query = select(SeriesMember).where(
        col(SeriesMember.series_id) == series.id, col(SeriesMember.user_id) == user_id
    )
    found = (await session.execute(locked(query))).scalar_one_or_none()
    if found is not None:
        return found, False
    # the series row is locked, so two parallel additions cannot both pass this count
    if len(await member_ids(session, series.id)) >= MAX_MEMBERS:
        raise Conflict.on("userId", "too_many", f"Een reeks heeft ten hoogste {MAX_MEMBERS} leden.")
    plan = rotation.RotationPlan(horizon_date=series.horizon_date)
    member = SeriesMember(
        series_id=series.id,
        user_id=user_id,
        joined_on=clock.today(),
        # A newcomer joins the rotation after the published horizon (docs/domain.md §3: stable).
        rotation_from=rotation.rotation_start_for_new_member(plan),
        created_at=clock.now(),
    )
    session.add(member)
    await session.flush()
    return member, True


async def put_member(
    session: AsyncSession, grant: Grant, series_id: uuid.UUID, user_id: uuid.UUID
) -> tuple[SeriesMemberRead, bool]:
    series = await load_series(session, grant, series_id, for_update=True)
    name = await users.display_name_of(session, user_id)
    organisation = await users.active_user_organisation(session, user_id)
    if name is None or organisation != series.organisation_id:
        raise NotFound()
    if user_id not in await people.team_member_ids(session, series.team_id):
        raise InvalidInput.one(
            "userId", "not_in_team", "Alleen leden van het team worden lid van de reeks."
        )
    series = await planning.ensure_current(session, series)
    member, created = await _ensure_member(session, series, user_id)
    if created:
        changes = {"userId": str(user_id), "rotationFrom": _iso(member.rotation_from)}
        audit.by(session, grant.actor, "create", "conference_series_member", series.id, changes)
        await planning.ensure_current(session, series)
    read = SeriesMemberRead(
        user_id=user_id,
        display_name=name,
        joined_on=member.joined_on,
        rotation_from=member.rotation_from,
    )
    return read, created


def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


async def remove_member(
    session: AsyncSession, grant: Grant, series_id: uuid.UUID, user_id: uuid.UUID
) -> None:
    """A member leaves: their future tasks go to colleagues, done tasks keep counting."""
    series = await load_series(session, grant, series_id, for_update=True)
    member = await session.get(SeriesMember, (series.id, user_id))
    if member is None:
        raise NotFound()
    if user_id == series.owner_id:
        raise Conflict("De eigenaar blijft lid; wijs eerst een andere eigenaar aan.")
    await session.delete(member)
    changes = {"userId": str(user_id)}
    audit.by(session, grant.actor, "delete", "conference_series_member", series.id, changes)
    await session.flush()
    await planning.ensure_current(session, series)
