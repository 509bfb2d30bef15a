"""Keeping a series current: its sessions up to the horizon, the agendas filled at their
deadlines and the published rotation — the time-driven steps of docs/domain.md §3.

Every transaction that touches a series calls :func:`ensure_current` first. It loads the
series' state, works out with the pure core (``schedule``, ``agenda``, ``rotation``) what
is due at this moment, and writes only what changed: in a write request in the request's
own transaction (the series row locked, so of two requests one decides), in a read request
in a short side transaction of its own (``core.unit.side_transaction``) — and only when
something is due, so a read that finds everything current writes nothing.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases.models import Case
from vakwerk.cases.service import record_change, touch
from vakwerk.conferences import agenda, rotation, schedule
from vakwerk.conferences.models import (
    ConferenceSeries,
    ConferenceSession,
    Minutes,
    RotationSlot,
    SeriesMember,
)
from vakwerk.core import audit, clock
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Actor
from vakwerk.core.unit import UNIT_KEY, side_transaction
from vakwerk.people import absences as people_absences
from vakwerk.people import members
from vakwerk.people.organisations import settings_of

# --------------------------------------------------------------------------- conversions


def pattern_of(series: ConferenceSeries) -> schedule.SeriesPattern:
    return schedule.SeriesPattern(
        weekday=series.weekday,
        start_time=schedule.parse_start_time(series.start_time),
        first_date=series.first_date,
        duration_minutes=series.duration_minutes,
        interval_weeks=series.interval_weeks,
        anchor_seq=series.anchor_seq,
        anchor_week=series.anchor_week,
    )


def scheduled(row: ConferenceSession) -> schedule.ScheduledSession:
    return schedule.ScheduledSession(
        seq=row.seq,
        date=row.date,
        starts_at=row.starts_at,
        ends_at=row.ends_at,
        status=row.status,  # type: ignore[arg-type]
        cancel_reason=row.cancel_reason,
        moved=row.moved,
        cancelled_by_hand=row.cancelled_by_hand,
    )


def rotation_series(series: ConferenceSeries) -> rotation.RotationSeries:
    return rotation.RotationSeries(series.owner_id, series.rotate_dilemma_chair)


@dataclass
class View:
    """A session as the step sees it: a stored row's values, or a new one's."""

    id: uuid.UUID
    seq: int
    date: date
    starts_at: datetime
    ends_at: datetime
    deadline_at: datetime
    status: str
    cancel_reason: str | None
    moved: bool
    cancelled_by_hand: bool
    format: str | None
    case_ids: list[str]
    new: bool = False
    changed: bool = False
    old_date: dt.date | None = None

    def rotation_session(self, owners: dict[str, uuid.UUID]) -> rotation.RotationSession:
        return rotation.RotationSession(
            session_id=self.id,
            date=self.date,
            starts_at=self.starts_at,
            status=self.status,  # type: ignore[arg-type]
            format=self.format,  # type: ignore[arg-type]
            presenter_ids=presenters(self.case_ids, owners),
        )


def presenters(case_ids: list[str], owners: dict[str, uuid.UUID]) -> tuple[uuid.UUID, ...]:
    found = [owners[c] for c in case_ids if c in owners]
    return tuple(dict.fromkeys(found))


def view_of(row: ConferenceSession) -> View:
    return View(
        row.id,
        row.seq,
        row.date,
        row.starts_at,
        row.ends_at,
        row.deadline_at,
        row.status,
        row.cancel_reason,
        row.moved,
        row.cancelled_by_hand,
        row.format,
        list(row.case_ids),
    )


# --------------------------------------------------------------------------- the state


@dataclass
class State:
    series: ConferenceSeries
    rows: list[ConferenceSession]
    owners: dict[str, uuid.UUID]  # case id -> owner, for the cases on agendas and waiting
    candidates: list[agenda.CandidateCase]
    members: list[rotation.RotationMember]
    slots: dict[tuple[uuid.UUID, str], RotationSlot]
    absent: dict[uuid.UUID, list[uuid.UUID]]  # session id -> the minutes' absentees
    rule: schedule.DeadlineRule


async def rotation_members(
    session: AsyncSession, series: ConferenceSeries
) -> list[rotation.RotationMember]:
    """The series' members with their working days in the series' team and absences."""
    rows = (
        await session.execute(
            select(
                col(SeriesMember.user_id),
                col(SeriesMember.joined_on),
                col(SeriesMember.rotation_from),
            ).where(col(SeriesMember.series_id) == series.id)
        )
    ).all()
    ids = [r[0] for r in rows]
    working = await members.working_days_in_team(session, series.team_id, ids)
    absences: dict[uuid.UUID, list[rotation.Absence]] = defaultdict(list)
    for user_id, start, end in await people_absences.periods_of(session, ids):
        absences[user_id].append(rotation.Absence(start, end))
    return [
        rotation.RotationMember(
            user_id,
            joined_on,
            working.get(user_id, frozenset()),  # no longer in the team: works no day of it
            tuple(absences[user_id]),
            rotation_from,
        )
        for user_id, joined_on, rotation_from in rows
    ]


async def load_state(
    session: AsyncSession, series: ConferenceSeries, *, for_update: bool = False
) -> State:
    query = (
        select(ConferenceSession)
        .where(col(ConferenceSession.series_id) == series.id)
        .order_by(col(ConferenceSession.seq))
    )
    rows = list((await session.execute(locked(query) if for_update else query)).scalars())
    on_agendas = {c for row in rows for c in row.case_ids}
    # The team's waiting cases (the fill's candidates) and the owners of the cases on the
    # agendas (the presenters): never the team's whole history of cases.
    waiting = await session.execute(
        select(col(Case.id), col(Case.owner_id), col(Case.submitted_at)).where(
            col(Case.organisation_id) == series.organisation_id,
            col(Case.team_id) == series.team_id,
            col(Case.status) == "ingediend",
        )
    )
    owners: dict[str, uuid.UUID] = {}
    candidates: list[agenda.CandidateCase] = []
    for case_id, owner_id, submitted_at in waiting.all():
        owners[str(case_id)] = owner_id
        if submitted_at is not None and str(case_id) not in on_agendas:
            candidates.append(agenda.CandidateCase(case_id, submitted_at))
    if on_agendas:
        placed = await session.execute(
            select(col(Case.id), col(Case.owner_id)).where(
                col(Case.id).in_([uuid.UUID(c) for c in on_agendas])
            )
        )
        owners.update({str(case_id): owner_id for case_id, owner_id in placed.all()})
    ids = [row.id for row in rows]
    slots: dict[tuple[uuid.UUID, str], RotationSlot] = {}
    absent: dict[uuid.UUID, list[uuid.UUID]] = {}
    if ids:
        slot_query = select(RotationSlot).where(col(RotationSlot.session_id).in_(ids))
        for slot in (await session.execute(slot_query)).scalars():
            slots[slot.session_id, slot.role] = slot
        minutes = await session.execute(
            select(col(Minutes.session_id), col(Minutes.absent_ids)).where(
                col(Minutes.session_id).in_(ids)
            )
        )
        absent = {sid: [uuid.UUID(u) for u in ab] for sid, ab in minutes.all()}
    settings = await settings_of(session, series.organisation_id)
    rule = schedule.DeadlineRule(settings.case_deadline_days_before, settings.case_deadline_hour)
    members = await rotation_members(session, series)
    return State(series, rows, owners, candidates, members, slots, absent, rule)


# --------------------------------------------------------------------------- the step


@dataclass
class Step:
    views: list[View]
    agenda_moves: list[uuid.UUID] = field(default_factory=list)
    assignments: list[rotation.Assignment] = field(default_factory=list)
    slot_changes: list[rotation.Assignment] = field(default_factory=list)
    horizon_date: date | None = None
    horizon_changed: bool = False

    @property
    def due(self) -> bool:
        return (
            any(v.new or v.changed for v in self.views)
            or bool(self.agenda_moves)
            or bool(self.slot_changes)
            or self.horizon_changed
        )


def _generate(state: State, now: datetime) -> list[View]:
    views = [view_of(row) for row in state.rows]
    if not state.series.active:
        return views
    by_seq = {v.seq: v for v in views}
    for planned in schedule.plan_sessions(
        pattern_of(state.series), [scheduled(r) for r in state.rows], now
    ):
        deadline = schedule.session_deadline(planned, state.rule)
        view = by_seq.get(planned.seq)
        if view is None:
            view = View(
                uuid.uuid4(),
                planned.seq,
                planned.date,
                planned.starts_at,
                planned.ends_at,
                deadline,
                planned.status,
                planned.cancel_reason,
                planned.moved,
                planned.cancelled_by_hand,
                None,
                [],
                new=True,
            )
            views.append(view)
            continue
        values = (
            planned.date,
            planned.starts_at,
            planned.ends_at,
            planned.status,
            planned.cancel_reason,
        )
        current = (view.date, view.starts_at, view.ends_at, view.status, view.cancel_reason)
        if values != current or (
            view.deadline_at != deadline and view.status == "gepland" and view.starts_at > now
        ):
            view.old_date = view.date
            view.date, view.starts_at, view.ends_at, view.status, view.cancel_reason = values
            view.deadline_at = deadline
            view.changed = True
    return views


def _fill(state: State, views: list[View], now: datetime) -> list[uuid.UUID]:
    due = [
        v
        for v in views
        if agenda.needs_filling(v.status, v.format, v.deadline_at, now)  # type: ignore[arg-type]
    ]
    if not due:
        return []
    capacity = schedule.case_capacity(state.series.duration_minutes)
    fills = agenda.fill_in_date_order(
        [
            agenda.DueSession(
                v.id,
                v.starts_at,
                v.deadline_at,
                capacity,
                tuple(uuid.UUID(c) for c in v.case_ids),
            )
            for v in due
        ],
        state.candidates,
    )
    moved: list[uuid.UUID] = []
    for view in due:
        fill = fills[view.id]
        view.format = fill.format
        view.case_ids = [str(c) for c in fill.case_ids]
        view.changed = True
        moved.extend(fill.added)
    return moved


def _plan(state: State, views: list[View], now: datetime) -> Step:
    series = rotation_series(state.series)
    sessions = [v.rotation_session(state.owners) for v in views]
    previous = rotation.RotationPlan(
        tuple(
            rotation.Assignment(
                s.session_id,
                s.role,  # type: ignore[arg-type]
                s.planned_user_id,
                s.user_id,
                s.flagged,
            )
            for s in state.slots.values()
        ),
        state.series.horizon_date,
    )
    done = done_tasks(series, sessions, previous, state.absent)
    plan = rotation.plan_rotation(
        series, sessions, state.members, now=now, previous=previous, done=done
    )
    changes = [
        a
        for a in plan.assignments
        if (stored := state.slots.get((a.session_id, a.role))) is None
        or (stored.planned_user_id, stored.user_id, stored.flagged)
        != (a.planned_user_id, a.user_id, a.flagged)
    ]
    return Step(views, [], list(plan.assignments), changes, plan.horizon_date)


def done_tasks(
    series: rotation.RotationSeries,
    sessions: list[rotation.RotationSession],
    plan: rotation.RotationPlan,
    absent: dict[uuid.UUID, list[uuid.UUID]],
) -> list[rotation.DoneTask]:
    """The tasks of held sessions: each holder (after handovers) who was not absent."""
    done: list[rotation.DoneTask] = []
    for s in sessions:
        if s.status == "gehouden" or s.session_id in absent:
            done.extend(rotation.tasks_done(series, s, plan, absent.get(s.session_id, [])))
    return done


def compute(state: State, now: datetime) -> Step:
    views = _generate(state, now)
    moves = _fill(state, views, now)
    step = _plan(state, views, now)
    step.agenda_moves = moves
    step.horizon_changed = step.horizon_date != state.series.horizon_date
    return step


# --------------------------------------------------------------------------- applying it


async def _move_cases_onto_agendas(
    session: AsyncSession, series: ConferenceSeries, case_ids: list[uuid.UUID]
) -> None:
    """``ingediend → geagendeerd`` for the cases the deadline put on an agenda. The step is
    nobody's act: the history names the series owner, the audit event no actor."""
    if not case_ids:
        return
    found = await session.execute(locked(select(Case).where(col(Case.id).in_(case_ids))))
    owner = Actor(kind="user", id=series.owner_id, organisation_id=series.organisation_id)
    for case in found.scalars():
        if case.status != "ingediend":
            continue
        case.status = "geagendeerd"
        touch(case)
        await record_change(session, case, owner, "ingediend")
        session.add(
            audit.event(
                session,
                actor=None,
                action="update",
                resource_type="case",
                resource_id=case.id,
                organisation_id=series.organisation_id,
                changes={"status": {"old": "ingediend", "new": "geagendeerd"}, "step": "agenda"},
            )
        )


async def apply(session: AsyncSession, state: State, step: Step) -> None:
    series = state.series
    rows = {row.id: row for row in state.rows}
    for view in step.views:
        if view.new:
            session.add(
                ConferenceSession(
                    id=view.id,
                    series_id=series.id,
                    organisation_id=series.organisation_id,
                    team_id=series.team_id,
                    seq=view.seq,
                    date=view.date,
                    starts_at=view.starts_at,
                    ends_at=view.ends_at,
                    deadline_at=view.deadline_at,
                    status=view.status,
                    cancel_reason=view.cancel_reason,
                    moved=view.moved,
                    cancelled_by_hand=view.cancelled_by_hand,
                    format=view.format,
                    case_ids=view.case_ids,
                )
            )
        elif view.changed:
            row = rows[view.id]
            row.date, row.starts_at, row.ends_at = view.date, view.starts_at, view.ends_at
            row.deadline_at, row.status, row.cancel_reason = (
                view.deadline_at,
                view.status,
                view.cancel_reason,
            )
            row.format, row.case_ids = view.format, list(view.case_ids)
            row.version += 1
            if view.old_date is not None and view.old_date != view.date:
                await follow_session_date(session, series, view.old_date, view.date)
    await session.flush()
    await _move_cases_onto_agendas(session, series, step.agenda_moves)
    for a in step.slot_changes:
        slot = state.slots.get((a.session_id, a.role))
        if slot is None:
            session.add(
                RotationSlot(
                    session_id=a.session_id,
                    role=a.role,
                    planned_user_id=a.planned_user_id,
                    user_id=a.user_id,
                    flagged=a.flagged,
                )
            )
        else:
            slot.planned_user_id, slot.user_id, slot.flagged = (
                a.planned_user_id,
                a.user_id,
                a.flagged,
            )
    if step.horizon_date != series.horizon_date:
        series.horizon_date = step.horizon_date
    await session.flush()


async def follow_session_date(
    session: AsyncSession, series: ConferenceSeries, old: date, new: date
) -> None:
    """A case targets a session: when the session moves, ``targetSessionDate`` follows."""
    await session.execute(
        update(Case)
        .where(
            col(Case.team_id) == series.team_id,
            col(Case.target_session_date) == old,
            col(Case.status).in_(("concept", "ingediend", "geagendeerd")),
        )
        .values(target_session_date=new)
    )


async def lock_series(session: AsyncSession, series_id: uuid.UUID) -> ConferenceSeries:
    query = select(ConferenceSeries).where(col(ConferenceSeries.id) == series_id)
    return (await session.execute(locked(query))).scalar_one()


async def ensure_current(session: AsyncSession, series: ConferenceSeries) -> ConferenceSeries:
    """Make the series current at this moment (see the module doc); returns the series as
    stored now."""
    now = clock.now()
    unit = session.info.get(UNIT_KEY)
    if unit is not None and not unit.write:
        if not compute(await load_state(session, series), now).due:
            return series
        async with side_transaction(session) as writer:
            fresh = await lock_series(writer, series.id)
            state = await load_state(writer, fresh, for_update=True)
            await apply(writer, state, compute(state, now))
        # The read goes on with what the side transaction stored, not with what it had seen.
        for stale in [o for o in session.identity_map.values() if o not in session.new]:
            session.expunge(stale)
        found = await session.get(ConferenceSeries, series.id)
        assert found is not None
        return found
    fresh = await lock_series(session, series.id)
    state = await load_state(session, fresh, for_update=True)
    await apply(session, state, compute(state, now))
    return fresh


async def current_plan(session: AsyncSession, series: ConferenceSeries) -> tuple[State, Step]:
    """The series' state and its (already applied) plan, for the replies that show it."""
    state = await load_state(session, series)
    return state, _plan(state, [view_of(r) for r in state.rows], clock.now())


def store_moved(
    row: ConferenceSession, moved: schedule.ScheduledSession, rule: schedule.DeadlineRule
) -> None:
    """Store a session the core moved, cancelled or reinstated (its deadline follows)."""
    row.date, row.starts_at, row.ends_at = moved.date, moved.starts_at, moved.ends_at
    row.status, row.cancel_reason = moved.status, moved.cancel_reason
    row.moved, row.cancelled_by_hand = moved.moved, moved.cancelled_by_hand
    row.deadline_at = schedule.session_deadline(moved, rule)
    row.version += 1
