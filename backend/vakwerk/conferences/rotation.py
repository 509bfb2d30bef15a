"""The published rotation of note-takers and dilemma chairs (docs/domain.md §3), as pure rules.

One walk does it all. :func:`plan_rotation` goes through the series' sessions in date order
with a running tally per member and role:

- tasks *done* in held sessions count for who did them (after handovers and takeovers);
- sessions that started but are not yet recorded as held count their current holder;
- every future task the walk plans counts too, as if done, the moment it is planned. That is
  what "so far" means for the horizon: without it the member with the fewest tasks would get
  every session in the plan. A planned dilemma chair counts only while the session may still
  be a dilemma session; once it is a case session the presenter chairs and it counts nothing.

Where the previous published plan has a holder who is still eligible, the walk keeps them;
only a slot whose holder became ineligible (or that was empty) is planned afresh. Such a
fresh pick also weighs the published tasks that stand later in the horizon: they are as
certain as the walk's own picks, and a member who already has the next two sessions should
not get this one too. The first plan is the same walk with no previous plan, so there "so
far" is plainly the tasks before the session in date order.

A member who joins a series that already has a published plan gets ``rotation_from`` = the
day after that plan's horizon (:func:`rotation_start_for_new_member`); from that day on the
walk starts their tally at the lowest tally of the members already in the rotation who work
that weekday, so they share the work from then on instead of catching up on every task the
others ever did.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Literal

from vakwerk.conferences.schedule import SessionFormat, SessionStatus
from vakwerk.core.errors import Conflict, InvalidInput

Role = Literal["voorzitter", "notulist"]
VOORZITTER: Role = "voorzitter"
NOTULIST: Role = "notulist"
ROLES: tuple[Role, ...] = (VOORZITTER, NOTULIST)
HANDOVER_REASON_MAX = 500


# --------------------------------------------------------------------------- inputs


@dataclass(frozen=True)
class Absence:
    """An absence from ``start_date`` to ``end_date``, both inclusive."""

    start_date: date
    end_date: date

    def covers(self, day: date) -> bool:
        return self.start_date <= day <= self.end_date


@dataclass(frozen=True)
class RotationMember:
    """A series member as the rotation sees them.

    ``rotation_from``: planned only for sessions on or after this date (None for the members
    the first plan was made with); see :func:`rotation_start_for_new_member`.
    """

    user_id: uuid.UUID
    joined_on: date
    working_days: frozenset[int]
    absences: tuple[Absence, ...] = ()
    rotation_from: date | None = None

    def works_on(self, day: date) -> bool:
        """Works that weekday and has no absence covering the date."""
        return day.isoweekday() in self.working_days and not any(
            a.covers(day) for a in self.absences
        )

    def plannable_on(self, day: date) -> bool:
        return self.works_on(day) and (self.rotation_from is None or day >= self.rotation_from)


@dataclass(frozen=True)
class RotationSeries:
    owner_id: uuid.UUID
    rotate_dilemma_chair: bool = False

    @property
    def roles(self) -> tuple[Role, ...]:
        """The roles the rotation plans: always the note-taker, the chair where it rotates."""
        return ROLES if self.rotate_dilemma_chair else (NOTULIST,)


@dataclass(frozen=True)
class RotationSession:
    """A session as the rotation sees it. ``format`` is None until the case deadline;
    ``presenter_ids`` are the owners of the cases on the agenda, in agenda order."""

    session_id: uuid.UUID
    date: date
    starts_at: datetime
    status: SessionStatus = "gepland"
    format: SessionFormat | None = None
    presenter_ids: tuple[uuid.UUID, ...] = ()

    def has_started(self, now: datetime) -> bool:
        return self.status == "gehouden" or self.starts_at <= now


@dataclass(frozen=True)
class Assignment:
    """One task of one session in the published plan.

    ``planned_user_id`` is what the plan says; ``user_id`` who holds the task now (the planned
    one, or whoever it was last handed to); both None and ``flagged`` when nobody is eligible.
    """

    session_id: uuid.UUID
    role: Role
    planned_user_id: uuid.UUID | None
    user_id: uuid.UUID | None
    flagged: bool = False


@dataclass(frozen=True)
class RotationPlan:
    """The published plan: the service stores one row per assignment and the horizon."""

    assignments: tuple[Assignment, ...] = ()
    horizon_date: date | None = None

    def get(self, session_id: uuid.UUID, role: Role) -> Assignment | None:
        for assignment in self.assignments:
            if assignment.session_id == session_id and assignment.role == role:
                return assignment
        return None

    def with_assignment(self, changed: Assignment) -> RotationPlan:
        kept = tuple(
            a
            for a in self.assignments
            if (a.session_id, a.role) != (changed.session_id, changed.role)
        )
        return replace(self, assignments=(*kept, changed))


@dataclass(frozen=True)
class DoneTask:
    """A task actually done at a held session (see :func:`tasks_done`)."""

    session_id: uuid.UUID
    date: date
    role: Role
    user_id: uuid.UUID


# --------------------------------------------------------------------------- eligibility


def member_order(members: Iterable[RotationMember]) -> list[RotationMember]:
    """The fixed member order that breaks the last ties: who joined first, then the user id."""
    return sorted(members, key=lambda m: (m.joined_on, str(m.user_id)))


def counts_for(role: Role, session: RotationSession) -> bool:
    """Whether the task takes place: a planned dilemma chair of a case session does nothing."""
    return role == NOTULIST or session.format != "casus"


def session_chair(
    series: RotationSeries, session: RotationSession, dilemma_chair_id: uuid.UUID | None
) -> uuid.UUID | None:
    """Who chairs: the (first) presenter of a case session; otherwise whoever chairs it as a
    dilemma session, the rotated chair or the series owner. An undecided session counts as a
    dilemma session here, so the would-be chair is never planned to take notes too."""
    if session.format == "casus":
        return session.presenter_ids[0] if session.presenter_ids else None
    return dilemma_chair_id if series.rotate_dilemma_chair else series.owner_id


def is_eligible(
    member: RotationMember,
    session: RotationSession,
    role: Role,
    *,
    chair_id: uuid.UUID | None = None,
) -> bool:
    """docs/domain.md §3: works that weekday, no absence that date; a note-taker is not the
    session's chair nor a presenter. Also: not before the member's ``rotation_from``."""
    if not member.plannable_on(session.date):
        return False
    if role == NOTULIST:
        return member.user_id != chair_id and member.user_id not in session.presenter_ids
    return True


def rotation_start_for_new_member(plan: RotationPlan) -> date | None:
    """``rotation_from`` for a member joining now: the day after the published horizon."""
    return None if plan.horizon_date is None else plan.horizon_date + timedelta(days=1)


# --------------------------------------------------------------------------- the walk


class _Tally:
    """Tasks per member and role so far, the date of each member's last one, and the
    published tasks still ahead that the walk will keep."""

    def __init__(self, order: Sequence[uuid.UUID]) -> None:
        self._rank = {user_id: i for i, user_id in enumerate(order)}
        self._count: dict[tuple[Role, uuid.UUID], int] = defaultdict(int)
        self._last: dict[tuple[Role, uuid.UUID], date] = {}
        self._ahead: dict[tuple[Role, uuid.UUID], int] = defaultdict(int)

    def expect(self, role: Role, user_id: uuid.UUID) -> None:
        self._ahead[role, user_id] += 1

    def settle(self, role: Role, user_id: uuid.UUID) -> None:
        self._ahead[role, user_id] -= 1

    def add(self, role: Role, user_id: uuid.UUID, day: date) -> None:
        self._count[role, user_id] += 1
        self._last[role, user_id] = max(day, self._last.get((role, user_id), day))

    def raise_to(self, role: Role, user_id: uuid.UUID, floor: int) -> None:
        self._count[role, user_id] = max(self._count[role, user_id], floor)

    def count(self, role: Role, user_id: uuid.UUID) -> int:
        return self._count[role, user_id]

    def fairest(self, role: Role, candidates: Sequence[uuid.UUID]) -> uuid.UUID | None:
        """Fewest tasks; then longest since the last one (never is longest); then the order."""
        if not candidates:
            return None
        return min(
            candidates,
            key=lambda u: (
                self._count[role, u] + self._ahead[role, u],
                self._last.get((role, u), date.min),
                self._rank.get(u, len(self._rank)),
            ),
        )


class _Walk:
    def __init__(
        self,
        series: RotationSeries,
        members: Sequence[RotationMember],
        previous: RotationPlan,
        now: datetime,
    ) -> None:
        self.series = series
        self.members = member_order(members)
        self.by_id = {m.user_id: m for m in self.members}
        self.previous = {(a.session_id, a.role): a for a in previous.assignments}
        self.now = now
        self.tally = _Tally([m.user_id for m in self.members])
        self.admitted = {m.user_id for m in self.members if m.rotation_from is None}
        self.planned: list[Assignment] = []

    def admit_newcomers(self, day: date) -> None:
        """From their first session on, newcomers start level with the least busy colleague
        who works that weekday (one who never does would hold the floor at nought)."""
        arriving = [
            m.user_id
            for m in self.members
            if m.user_id not in self.admitted and m.rotation_from and m.rotation_from <= day
        ]
        if not arriving:
            return
        peers = [u for u in self.admitted if day.isoweekday() in self.by_id[u].working_days]
        for role in ROLES:
            floor = min((self.tally.count(role, u) for u in peers), default=0)
            for user_id in arriving:
                self.tally.raise_to(role, user_id, floor)
        self.admitted.update(arriving)

    def record_past(self, session: RotationSession, done: Sequence[DoneTask]) -> None:
        """A session that started: its tasks never change. Once it is held (or has done
        tasks) it counts what was done; until then, its holders, as the plan expects."""
        settled = session.status == "gehouden" or bool(done)
        for role in self.series.roles:
            kept = self.previous.get((session.session_id, role))
            if kept is None:
                continue
            self.planned.append(kept)
            if not settled and kept.user_id and counts_for(role, session):
                self.tally.add(role, kept.user_id, session.date)
        for task in done:
            self.tally.add(task.role, task.user_id, session.date)

    def eligible(
        self,
        role: Role,
        session: RotationSession,
        user_id: uuid.UUID | None,
        chair_id: uuid.UUID | None,
    ) -> bool:
        member = self.by_id.get(user_id) if user_id else None
        return member is not None and is_eligible(member, session, role, chair_id=chair_id)

    def commitments(self, session: RotationSession) -> list[tuple[Role, uuid.UUID]]:
        """The published tasks of a future session that will stand (their holder is still
        eligible); they weigh on every fresh pick before them, as the walk's own picks do."""
        kept: list[tuple[Role, uuid.UUID]] = []
        chair_id = None
        chair = self.previous.get((session.session_id, VOORZITTER))
        if (
            self.series.rotate_dilemma_chair
            and chair is not None
            and chair.user_id is not None
            and session.format != "casus"
            and self.eligible(VOORZITTER, session, chair.user_id, None)
        ):
            kept.append((VOORZITTER, chair.user_id))
            chair_id = chair.user_id
        chair_id = session_chair(self.series, session, chair_id)
        note = self.previous.get((session.session_id, NOTULIST))
        if note and note.user_id and self.eligible(NOTULIST, session, note.user_id, chair_id):
            kept.append((NOTULIST, note.user_id))
        return kept

    def plan_future(self, session: RotationSession) -> None:
        for role, user_id in self.commitments(session):
            self.tally.settle(role, user_id)
        note = self.previous.get((session.session_id, NOTULIST))
        chair: Assignment | None = None
        if self.series.rotate_dilemma_chair:
            chair = self.previous.get((session.session_id, VOORZITTER))
            if session.format != "casus":
                # Handing the chair to the kept note-taker would unsettle a second task.
                chair = self.decide(VOORZITTER, session, chair, None, note)
            self.take(chair, session)
        chair_id = session_chair(self.series, session, chair.user_id if chair else None)
        self.take(self.decide(NOTULIST, session, note, chair_id, None), session)

    def decide(
        self,
        role: Role,
        session: RotationSession,
        current: Assignment | None,
        chair_id: uuid.UUID | None,
        spare: Assignment | None,
    ) -> Assignment:
        if current is not None and self.eligible(role, session, current.user_id, chair_id):
            return current
        candidates = [
            m.user_id for m in self.members if self.eligible(role, session, m.user_id, chair_id)
        ]
        spared = spare.user_id if spare else None
        preferred = [u for u in candidates if u != spared] or candidates
        pick = self.tally.fairest(role, preferred)
        return Assignment(session.session_id, role, pick, pick, flagged=pick is None)

    def take(self, assignment: Assignment | None, session: RotationSession) -> None:
        if assignment is None:
            return
        self.planned.append(assignment)
        if assignment.user_id and counts_for(assignment.role, session):
            self.tally.add(assignment.role, assignment.user_id, session.date)


def _in_date_order(sessions: Iterable[RotationSession]) -> list[RotationSession]:
    return sorted(sessions, key=lambda s: (s.starts_at, str(s.session_id)))


def plan_rotation(
    series: RotationSeries,
    sessions: Iterable[RotationSession],
    members: Sequence[RotationMember],
    *,
    now: datetime,
    previous: RotationPlan | None = None,
    done: Iterable[DoneTask] = (),
) -> RotationPlan:
    """The published plan after a change (or the first one, without ``previous``).

    ``sessions``: the series' sessions up to the horizon, past ones included as far as the
    service keeps them; ``done``: every task done at held sessions, also of sessions older
    than those passed (they count first). Cancelled sessions get no tasks. Started sessions
    keep their tasks; future ones keep a holder who is still eligible, and otherwise get the
    fairest eligible member, or a flagged empty slot when nobody is eligible.
    """
    previous = previous or RotationPlan()
    walk = _Walk(series, members, previous, now)
    ordered = _in_date_order(sessions)
    done_by_session: dict[uuid.UUID, list[DoneTask]] = defaultdict(list)
    for task in done:
        done_by_session[task.session_id].append(task)
    known = {s.session_id for s in ordered}
    older = [t for sid, tasks in done_by_session.items() if sid not in known for t in tasks]
    for task in sorted(older, key=lambda t: t.date):
        walk.tally.add(task.role, task.user_id, task.date)
    for session in ordered:
        if session.status != "geannuleerd" and not session.has_started(now):
            for role, user_id in walk.commitments(session):
                walk.tally.expect(role, user_id)
    for session in ordered:
        if session.status == "geannuleerd":
            continue
        walk.admit_newcomers(session.date)
        if session.has_started(now):
            walk.record_past(session, done_by_session.get(session.session_id, []))
        else:
            walk.plan_future(session)
    dates = [s.date for s in ordered]
    if previous.horizon_date is not None:
        dates.append(previous.horizon_date)
    return RotationPlan(tuple(walk.planned), max(dates, default=None))


# --------------------------------------------------------------------------- handovers


@dataclass(frozen=True)
class Handover:
    """A recorded handover: the service stores every one (planned, actual, reason)."""

    session_id: uuid.UUID
    role: Role
    from_user_id: uuid.UUID | None
    to_user_id: uuid.UUID
    reason: str
    at_session: bool


def _refuse(name: str, code: str, reason: str) -> InvalidInput:
    return InvalidInput.one(name, code, reason)


def hand_over(
    series: RotationSeries,
    session: RotationSession,
    members: Sequence[RotationMember],
    plan: RotationPlan,
    *,
    role: Role,
    to_user_id: uuid.UUID,
    reason: str,
    now: datetime,
) -> tuple[Assignment, Handover]:
    """A task to a colleague: before the session to an eligible one; at the session (from its
    start) to an attendee who took it over, whatever their working days. Returns the changed
    assignment (store it; :func:`RotationPlan.with_assignment`) and the handover to record.

    Who may hand over (the holder, the chair, the series owner, a team leader) is the
    service's check; this checks the task and the colleague.
    """
    if session.status == "geannuleerd":
        raise Conflict("Deze bijeenkomst gaat niet door; er is geen taak over te dragen.")
    if role not in series.roles:
        raise _refuse("role", "not_rotated", "In deze reeks zit de eigenaar de dilemma's voor.")
    if role == VOORZITTER and session.format == "casus":
        raise Conflict("Bij een casusbespreking is de casusinbrenger de voorzitter.")
    text = reason.strip()
    if not text:
        raise _refuse("reason", "required", "Geef aan waarom u de taak overdraagt.")
    if len(text) > HANDOVER_REASON_MAX:
        raise _refuse("reason", "max_length", f"Gebruik hoogstens {HANDOVER_REASON_MAX} tekens.")
    current = plan.get(session.session_id, role)
    holder = current.user_id if current else None
    member = next((m for m in members if m.user_id == to_user_id), None)
    if member is None:
        raise _refuse("toUserId", "not_member", "Kies een collega die lid is van deze reeks.")
    if to_user_id == holder:
        raise _refuse("toUserId", "same_person", "Deze collega heeft de taak al.")
    at_session = session.has_started(now)
    if not at_session and not member.works_on(session.date):
        raise _refuse(
            "toUserId", "not_available", "Deze collega werkt niet of is afwezig op die dag."
        )
    chair_task = plan.get(session.session_id, VOORZITTER)
    note_task = plan.get(session.session_id, NOTULIST)
    if role == NOTULIST:
        chair_id = session_chair(series, session, chair_task.user_id if chair_task else None)
        if to_user_id == chair_id or to_user_id in session.presenter_ids:
            raise _refuse(
                "toUserId", "is_chair", "De voorzitter of een casusinbrenger notuleert niet."
            )
    elif note_task is not None and note_task.user_id == to_user_id:
        raise _refuse(
            "toUserId", "is_note_taker", "Deze collega notuleert al bij deze bijeenkomst."
        )
    changed = Assignment(
        session.session_id,
        role,
        current.planned_user_id if current else None,
        to_user_id,
        flagged=False,
    )
    return changed, Handover(session.session_id, role, holder, to_user_id, text, at_session)


# --------------------------------------------------------------------------- reading it back


def tasks_done(
    series: RotationSeries,
    session: RotationSession,
    plan: RotationPlan,
    absent_ids: Iterable[uuid.UUID] = (),
) -> tuple[DoneTask, ...]:
    """The tasks a held session counts: each holder (after handovers) who was not absent.

    Call it when the minutes are recorded, with the minutes' ``absentIds``; store the rows
    or compute them again from the plan and the minutes, as long as the answer is the same.
    """
    absent = set(absent_ids)
    tasks: list[DoneTask] = []
    for role in series.roles:
        assignment = plan.get(session.session_id, role)
        if assignment is None or assignment.user_id is None or assignment.user_id in absent:
            continue
        if counts_for(role, session):
            tasks.append(DoneTask(session.session_id, session.date, role, assignment.user_id))
    return tuple(tasks)


@dataclass(frozen=True)
class RotationItem:
    """A row of ``GET /conference-series/{id}/rotation``; ``applies`` is False for the planned
    dilemma chair of a session that turned out a case session (the presenter chairs)."""

    session_id: uuid.UUID
    date: date
    role: Role
    planned_user_id: uuid.UUID | None
    user_id: uuid.UUID | None
    flagged: bool
    applies: bool


def rotation_items(
    series: RotationSeries, sessions: Iterable[RotationSession], plan: RotationPlan
) -> list[RotationItem]:
    """The plan per session in date order, chair before note-taker; cancelled ones left out."""
    index = {(a.session_id, a.role): a for a in plan.assignments}
    items: list[RotationItem] = []
    for session in _in_date_order(sessions):
        if session.status == "geannuleerd":
            continue
        for role in series.roles:
            a = index.get((session.session_id, role))
            if a is not None:
                items.append(
                    RotationItem(
                        session.session_id,
                        session.date,
                        role,
                        a.planned_user_id,
                        a.user_id,
                        a.flagged,
                        counts_for(role, session),
                    )
                )
    return items


@dataclass(frozen=True)
class RoleCounts:
    """Tasks done so far per role (``counts`` of the rotation reply)."""

    user_id: uuid.UUID
    voorzitter: int = 0
    notulist: int = 0


# The rows of the counts a reply holds: every current member (at most 100) comes first.
MAX_COUNTS = 200


def rotation_counts(
    members: Sequence[RotationMember], done: Iterable[DoneTask]
) -> list[RoleCounts]:
    """Done tasks per member in the fixed member order; former members who did tasks after,
    the most recent first, as many as the reply holds (``MAX_COUNTS`` rows in all)."""
    tally: dict[uuid.UUID, dict[Role, int]] = defaultdict(lambda: {VOORZITTER: 0, NOTULIST: 0})
    last: dict[uuid.UUID, date] = {}
    for task in done:
        tally[task.user_id][task.role] += 1
        last[task.user_id] = max(last.get(task.user_id, task.date), task.date)
    order = [m.user_id for m in member_order(members)]
    current = set(order)
    former = sorted(
        (u for u in tally if u not in current), key=lambda u: (-last[u].toordinal(), str(u))
    )[: max(0, MAX_COUNTS - len(order))]
    return [
        RoleCounts(u, tally[u][VOORZITTER], tally[u][NOTULIST]) if u in tally else RoleCounts(u)
        for u in (*order, *former)
    ]
