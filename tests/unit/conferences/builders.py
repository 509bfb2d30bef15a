"""Small builders for rotation tests: members, sessions and the rule checked independently."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, time, timedelta

from vakwerk.conferences.rotation import (
    NOTULIST,
    VOORZITTER,
    Absence,
    Assignment,
    Role,
    RotationMember,
    RotationPlan,
    RotationSeries,
    RotationSession,
)
from vakwerk.core.clock import AMSTERDAM

FULL_TIME = frozenset({1, 2, 3, 4, 5})
JOINED = date(2026, 1, 5)
FIRST = date(2026, 3, 3)  # a Tuesday
BEFORE_ALL = datetime(2026, 3, 1, tzinfo=UTC)


def user(n: int) -> uuid.UUID:
    return uuid.UUID(int=n)


def session_id(day: date) -> uuid.UUID:
    """One id per original date, so sessions built in two calls never share one."""
    return uuid.UUID(int=int(day.strftime("%Y%m%d")))


def member(
    n: int,
    days: Iterable[int] = FULL_TIME,
    absences: Sequence[tuple[date, date]] = (),
    rotation_from: date | None = None,
) -> RotationMember:
    return RotationMember(
        user(n),
        JOINED,
        frozenset(days),
        tuple(Absence(a, b) for a, b in absences),
        rotation_from,
    )


def sessions(
    count: int, first: date = FIRST, every: int = 2, weekday_shift: int = 0
) -> list[RotationSession]:
    out = []
    for i in range(count):
        day = first + timedelta(weeks=i * every, days=weekday_shift)
        starts = datetime.combine(day, time(13), tzinfo=AMSTERDAM).astimezone(UTC)
        out.append(RotationSession(session_id(day), day, starts))
    return out


def holders(plan: RotationPlan, role: Role) -> Counter[uuid.UUID]:
    return Counter(a.user_id for a in plan.assignments if a.role == role and a.user_id)


def chair_of(
    series: RotationSeries, session: RotationSession, plan: RotationPlan
) -> uuid.UUID | None:
    """The rule written out again, so the tests do not check the code against itself."""
    if session.format == "casus":
        return session.presenter_ids[0] if session.presenter_ids else None
    if not series.rotate_dilemma_chair:
        return series.owner_id
    chair = plan.get(session.session_id, VOORZITTER)
    return chair.user_id if chair else None


def may_do(
    m: RotationMember,
    session: RotationSession,
    role: Role,
    chair: uuid.UUID | None,
) -> bool:
    if session.date.isoweekday() not in m.working_days:
        return False
    if any(a.start_date <= session.date <= a.end_date for a in m.absences):
        return False
    if m.rotation_from is not None and session.date < m.rotation_from:
        return False
    if role == NOTULIST:
        return m.user_id != chair and m.user_id not in session.presenter_ids
    return True


def by_session(plan: RotationPlan) -> dict[uuid.UUID, dict[Role, Assignment]]:
    out: dict[uuid.UUID, dict[Role, Assignment]] = {}
    for a in plan.assignments:
        out.setdefault(a.session_id, {})[a.role] = a
    return out
