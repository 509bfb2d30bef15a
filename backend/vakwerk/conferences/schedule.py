"""A series' sessions in Europe/Amsterdam: generation, moves, cancellations, deadlines, agendas.

Pure rules, no database: the service stores what these functions return and hands it back.

A series is a sequence of *slots*: slot ``seq`` falls in the week ``anchor_week + (seq -
anchor_seq) * interval_weeks`` on the series' weekday and start time. A session keeps its
``seq`` for life, so the service can update a session's row in place (and keep its agenda,
rotation tasks and votes) when the series moves.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Literal

import holidays

from vakwerk.core.clock import AMSTERDAM
from vakwerk.core.errors import Conflict, InvalidInput

SessionStatus = Literal["gepland", "gehouden", "geannuleerd"]
SessionFormat = Literal["casus", "dilemma"]

DEFAULT_HORIZON_WEEKS = 12
DEFAULT_DURATION_MINUTES = 30
DEFAULT_INTERVAL_WEEKS = 2
MINUTES_PER_CASE = 30
CANCEL_REASON_MAX = 500

_HH_MM = re.compile(r"^([01]\d|2[0-3]):([0-5]\d)$")


# --------------------------------------------------------------------------- the pattern


def parse_start_time(value: str) -> time:
    """``HH:MM`` (Europe/Amsterdam) as a naive local time; anything else is a 400."""
    match = _HH_MM.match(value)
    if match is None:
        raise InvalidInput.one(
            "startTime", "invalid_format", "Geef de begintijd als UU:MM, bijvoorbeeld 09:30."
        )
    return time(int(match.group(1)), int(match.group(2)))


def format_start_time(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}"


def monday_of(day: date) -> date:
    return day - timedelta(days=day.isoweekday() - 1)


@dataclass(frozen=True)
class SeriesPattern:
    """When a series meets. ``anchor_seq``/``anchor_week`` pin the rhythm (see the module doc).

    The service stores ``anchor_seq`` and ``anchor_week`` with the series: they change only
    through :func:`change_pattern`, so the next session keeps its week when the series moves.
    """

    weekday: int
    start_time: time
    first_date: date
    duration_minutes: int = DEFAULT_DURATION_MINUTES
    interval_weeks: int = DEFAULT_INTERVAL_WEEKS
    anchor_seq: int = 0
    anchor_week: date | None = None

    def __post_init__(self) -> None:
        if not 1 <= self.weekday <= 5:
            raise ValueError("weekday is an ISO weekday from 1 (Monday) to 5 (Friday)")
        if self.start_time.tzinfo is not None:
            raise ValueError("start_time is a naive Europe/Amsterdam time")
        if self.duration_minutes < 1 or self.interval_weeks < 1:
            raise ValueError("duration and interval are positive")
        if self.anchor_week is not None and self.anchor_week.isoweekday() != 1:
            raise ValueError("anchor_week is a Monday")

    @property
    def rhythm_start(self) -> date:
        """The Monday of slot ``anchor_seq``'s week (by default the first session's week)."""
        if self.anchor_week is not None:
            return self.anchor_week
        shift = (self.weekday - self.first_date.isoweekday()) % 7
        return monday_of(self.first_date + timedelta(days=shift))


@dataclass(frozen=True)
class Occurrence:
    date: date
    starts_at: datetime
    ends_at: datetime


def local_instant(day: date, at: time) -> datetime:
    """A Europe/Amsterdam wall-clock moment as an aware UTC instant (DST is the zone's job)."""
    return datetime.combine(day, at, tzinfo=AMSTERDAM).astimezone(UTC)


def slot_week(pattern: SeriesPattern, seq: int) -> date:
    weeks = (seq - pattern.anchor_seq) * pattern.interval_weeks
    return pattern.rhythm_start + timedelta(weeks=weeks)


def occurrence(pattern: SeriesPattern, seq: int) -> Occurrence:
    """Where slot ``seq`` of the series falls under this pattern."""
    day = slot_week(pattern, seq) + timedelta(days=pattern.weekday - 1)
    starts = local_instant(day, pattern.start_time)
    return Occurrence(day, starts, starts + timedelta(minutes=pattern.duration_minutes))


def horizon_date(now: datetime, weeks: int = DEFAULT_HORIZON_WEEKS) -> date:
    """The last local date sessions are generated for: today (Amsterdam) plus ``weeks``."""
    return now.astimezone(AMSTERDAM).date() + timedelta(weeks=weeks)


# --------------------------------------------------------------------------- holidays


@lru_cache(maxsize=64)
def _holidays_in(year: int) -> dict[date, str]:
    # The library's public category for NL; its names in Dutch whatever the process locale.
    return dict(holidays.country_holidays("NL", years=year, language="nl").items())


def holiday_on(day: date) -> str | None:
    """The Dutch public holiday on ``day`` (its Dutch name), or None."""
    return _holidays_in(day.year).get(day)


def holiday_reason(name: str) -> str:
    return f"Vervalt wegens een feestdag: {name}."


# --------------------------------------------------------------------------- sessions


@dataclass(frozen=True)
class ScheduledSession:
    """One session of a series. ``moved`` and ``cancelled_by_hand`` record what a person
    decided for this one session, so a change of the series leaves those decisions alone."""

    seq: int
    date: date
    starts_at: datetime
    ends_at: datetime
    status: SessionStatus = "gepland"
    cancel_reason: str | None = None
    moved: bool = False
    cancelled_by_hand: bool = False

    @property
    def duration_minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    @property
    def voting_closes_at(self) -> datetime:
        """A dilemma's voting window closes when its session starts (and follows a move)."""
        return self.starts_at

    def has_started(self, now: datetime) -> bool:
        return self.status == "gehouden" or self.starts_at <= now


def _on_pattern(
    pattern: SeriesPattern, seq: int, *, by_hand: ScheduledSession | None = None
) -> ScheduledSession:
    """Slot ``seq`` timed by the pattern; a cancel by hand survives, a holiday cancels."""
    at = occurrence(pattern, seq)
    session = ScheduledSession(seq, at.date, at.starts_at, at.ends_at)
    if by_hand is not None and by_hand.cancelled_by_hand:
        return replace(
            session,
            status="geannuleerd",
            cancel_reason=by_hand.cancel_reason,
            cancelled_by_hand=True,
        )
    name = holiday_on(at.date)
    if name is not None:
        return replace(session, status="geannuleerd", cancel_reason=holiday_reason(name))
    return session


def plan_sessions(
    pattern: SeriesPattern,
    existing: Iterable[ScheduledSession],
    now: datetime,
    *,
    horizon_weeks: int = DEFAULT_HORIZON_WEEKS,
) -> list[ScheduledSession]:
    """Every session of the series up to the horizon, by ``seq``.

    Sessions that started (or were held) are returned unchanged; sessions moved by hand keep
    their time; the other future sessions follow ``pattern``; new slots are appended until the
    horizon, skipping slots that would lie in the past. Sessions are never dropped, so a
    session beyond the horizon (after a longer interval) keeps its row and follows the pattern.
    """
    until = horizon_date(now, horizon_weeks)
    result: list[ScheduledSession] = []
    for session in sorted(existing, key=lambda s: s.seq):
        if session.has_started(now) or session.moved:
            result.append(session)
            continue
        timed = _on_pattern(pattern, session.seq, by_hand=session)
        if timed.starts_at <= now:
            raise ValueError("the pattern puts a future session in the past: use change_pattern")
        result.append(timed)
    seq = max((s.seq for s in result), default=-1) + 1
    while (at := occurrence(pattern, seq)).date <= until:
        if at.starts_at > now:
            result.append(_on_pattern(pattern, seq))
        seq += 1
    return result


def change_pattern(
    pattern: SeriesPattern,
    sessions: Iterable[ScheduledSession],
    now: datetime,
    *,
    weekday: int | None = None,
    start_time: time | None = None,
    duration_minutes: int | None = None,
    interval_weeks: int | None = None,
) -> SeriesPattern:
    """The series' new pattern from ``now`` on; pass the result to :func:`plan_sessions`.

    The rhythm is re-anchored at the first session that has not started: it stays in its week
    (on the new weekday and time) and the new interval counts from there. When that moment has
    already passed (moved to an earlier day of this week), it goes to the same day a week on.
    """
    all_sessions = list(sessions)
    upcoming = [s.seq for s in all_sessions if not s.has_started(now)]
    first = min(upcoming, default=max((s.seq for s in all_sessions), default=-1) + 1)
    changed = replace(
        pattern,
        weekday=pattern.weekday if weekday is None else weekday,
        start_time=pattern.start_time if start_time is None else start_time,
        duration_minutes=pattern.duration_minutes if duration_minutes is None else duration_minutes,
        interval_weeks=pattern.interval_weeks if interval_weeks is None else interval_weeks,
        anchor_seq=first,
        anchor_week=slot_week(pattern, first),
    )
    while occurrence(changed, first).starts_at <= now:
        changed = replace(changed, anchor_week=slot_week(changed, first) + timedelta(weeks=1))
    return changed


def _refuse_if_started(session: ScheduledSession, now: datetime) -> None:
    if session.has_started(now):
        raise Conflict("Deze bijeenkomst is al begonnen of geweest en verandert niet meer.")


def move_session(
    session: ScheduledSession,
    starts_at: datetime,
    now: datetime,
    *,
    duration_minutes: int | None = None,
) -> ScheduledSession:
    """One session to another moment (a holiday's or a cancelled one goes ahead then)."""
    _refuse_if_started(session, now)
    if starts_at.tzinfo is None:
        raise ValueError("starts_at is an aware instant")
    if starts_at <= now:
        raise InvalidInput.one("startsAt", "in_past", "Kies een moment dat nog moet komen.")
    local = starts_at.astimezone(AMSTERDAM)
    if local.isoweekday() > 5:
        raise InvalidInput.one(
            "startsAt", "not_working_day", "Kies een werkdag, maandag tot en met vrijdag."
        )
    minutes = session.duration_minutes if duration_minutes is None else duration_minutes
    begins = starts_at.astimezone(UTC)
    return replace(
        session,
        date=local.date(),
        starts_at=begins,
        ends_at=begins + timedelta(minutes=minutes),
        status="gepland",
        cancel_reason=None,
        moved=True,
        cancelled_by_hand=False,
    )


def cancel_session(session: ScheduledSession, reason: str, now: datetime) -> ScheduledSession:
    """One session called off, with the reason members see."""
    _refuse_if_started(session, now)
    text = reason.strip()
    if not text:
        raise InvalidInput.one(
            "cancelReason", "required", "Geef aan waarom de bijeenkomst niet doorgaat."
        )
    if len(text) > CANCEL_REASON_MAX:
        raise InvalidInput.one(
            "cancelReason", "max_length", f"Gebruik hoogstens {CANCEL_REASON_MAX} tekens."
        )
    return replace(session, status="geannuleerd", cancel_reason=text, cancelled_by_hand=True)


def reinstate_session(
    pattern: SeriesPattern, session: ScheduledSession, now: datetime
) -> ScheduledSession:
    """Undo a cancellation by hand: the session follows the series again (a holiday still
    cancels it; moving it is how a holiday's session goes ahead)."""
    _refuse_if_started(session, now)
    if not session.cancelled_by_hand:
        return session
    if session.moved:
        return replace(session, status="gepland", cancel_reason=None, cancelled_by_hand=False)
    return _on_pattern(pattern, session.seq)


# --------------------------------------------------------------------------- deadlines


@dataclass(frozen=True)
class DeadlineRule:
    """The organisation settings ``caseDeadlineDaysBefore`` and ``caseDeadlineHour``."""

    days_before: int = 6
    hour: int = 17

    def __post_init__(self) -> None:
        if not 0 <= self.days_before <= 14 or not 0 <= self.hour <= 23:
            raise ValueError("days_before is 0-14 and hour 0-23")


def case_deadline(session_date: date, rule: DeadlineRule | None = None) -> datetime:
    """The moment cases for a session on ``session_date`` are due (the Wednesday before a
    Tuesday, 17:00 Amsterdam, by default), as an aware UTC instant."""
    rule = rule or DeadlineRule()
    return local_instant(session_date - timedelta(days=rule.days_before), time(rule.hour))


def session_deadline(session: ScheduledSession, rule: DeadlineRule | None = None) -> datetime:
    """A session's case deadline; never after the session starts (a same-day setting with an
    hour after a morning session would otherwise fill the agenda after the session)."""
    return min(case_deadline(session.date, rule), session.starts_at)


def submitted_on_time(submitted_at: datetime, deadline_at: datetime) -> bool:
    """A submission at exactly the deadline is on time."""
    return submitted_at <= deadline_at


# --------------------------------------------------------------------------- agendas


def case_capacity(duration_minutes: int) -> int:
    """⌊duration ÷ 30⌋ cases, at least one."""
    return max(1, duration_minutes // MINUTES_PER_CASE)


@dataclass(frozen=True)
class AgendaItem:
    """One timeboxed item; in a case session each case has its own four, so ``key`` is unique
    together with ``case_id``."""

    key: str
    title: str
    minutes: int
    case_id: uuid.UUID | None = None


# Option 1 of Best: the presenter chairs and opens and closes their own case.
CASE_ITEMS: tuple[tuple[str, str, int], ...] = (
    ("introductie", "Introductie door de casusinbrenger", 5),
    ("vragen", "Vragen van collega's", 10),
    ("ideeen", "Ideeën voor voorzieningen en andere mogelijkheden", 10),
    ("plan", "Plan en conclusie door de casusinbrenger", 5),
)

# Option 2 of Best: a dilemma with two defensible statements; the conclusion is the standpoint.
DILEMMA_ITEMS: tuple[tuple[str, str, int], ...] = (
    ("introductie", "Introductie van het dilemma", 5),
    ("stelling_a", "Argumenten voor stelling A", 10),
    ("stelling_b", "Argumenten voor stelling B", 10),
    ("conclusie", "Conclusie: welke stelling past het best bij onze gemeente?", 5),
)


def case_agenda(case_ids: Sequence[uuid.UUID]) -> list[AgendaItem]:
    """Each case's four items, the cases in agenda order."""
    return [
        AgendaItem(key, title, minutes, case_id)
        for case_id in case_ids
        for key, title, minutes in CASE_ITEMS
    ]


def dilemma_agenda() -> list[AgendaItem]:
    """The dilemma session's four items (30 minutes, whatever the session's length)."""
    return [AgendaItem(key, title, minutes) for key, title, minutes in DILEMMA_ITEMS]


def session_agenda(
    session_format: SessionFormat, case_ids: Sequence[uuid.UUID] = ()
) -> list[AgendaItem]:
    return case_agenda(case_ids) if session_format == "casus" else dilemma_agenda()
