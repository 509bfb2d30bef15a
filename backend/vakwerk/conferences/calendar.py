"""RFC 5545 feeds of a series and of one member, made with ``icalendar`` (bytes, no HTTP).

Calendar programs subscribe and poll, so every event keeps one UID for life and carries the
session's ``version`` as SEQUENCE: a moved or cancelled session replaces the old entry rather
than leaving a stale one. Times are written in Europe/Amsterdam with its VTIMEZONE, so a
program shows 13:00 on both sides of a daylight-saving change.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from icalendar import STATUS, TRANSP, Alarm, Calendar, Event, Timezone, vDuration

from vakwerk.conferences.schedule import SessionFormat, SessionStatus
from vakwerk.core.clock import AMSTERDAM
from vakwerk.core.dates import WEEKDAYS, long_date

PRODID = "-//Vakwerk//Casuistiekoverleg//NL"
UID_DOMAIN = "vakwerk"
SESSION_ALARM = timedelta(minutes=15)
DEADLINE_ALARM = timedelta(days=1)
REFRESH = timedelta(hours=1)


@dataclass(frozen=True)
class CalendarSeries:
    series_id: uuid.UUID
    name: str
    location: str | None = None
    video_link: str | None = None


@dataclass(frozen=True)
class CalendarSession:
    """A session as the feeds show it.

    ``sequence``: the session's ``version``. ``chair_id``: the chair of a decided session
    (presenter, dilemma chair or owner); for an undecided one the planned dilemma chair, shown
    as such. ``note_taker_id``: who holds the note-taking now (after handovers).
    """

    session_id: uuid.UUID
    starts_at: datetime
    ends_at: datetime
    deadline_at: datetime
    status: SessionStatus = "gepland"
    format: SessionFormat | None = None
    cancel_reason: str | None = None
    sequence: int = 0
    chair_id: uuid.UUID | None = None
    note_taker_id: uuid.UUID | None = None
    presenter_ids: tuple[uuid.UUID, ...] = ()
    evaluation_due: bool = False


EVALUATION_LINE = (
    "Na deze bijeenkomst evalueert de eigenaar met de leden wat zij van het overleg nodig hebben."
)


def dutch_moment(at: datetime) -> str:
    """'dinsdag 24 maart 2026 om 13:00' in Amsterdam time."""
    local = at.astimezone(AMSTERDAM)
    return f"{WEEKDAYS[local.weekday()]} {long_date(local.date())} om {local:%H:%M}"


def member_roles(user_id: uuid.UUID, session: CalendarSession) -> list[str]:
    """The member's roles at a session, as the personal feed names them (none if cancelled)."""
    roles: list[str] = []
    if session.status == "geannuleerd":
        return roles
    if user_id in session.presenter_ids:
        # A case session has no chair of its own: each presenter chairs their own case.
        roles.append("casusinbrenger en voorzitter van uw casus")
    elif session.chair_id == user_id:
        roles.append("voorzitter" if session.format else "voorzitter als het een dilemma wordt")
    if session.note_taker_id == user_id:
        roles.append("notulist")
    return roles


def _format_line(session: CalendarSession) -> str:
    if session.format == "casus":
        return "Casusbespreking."
    if session.format == "dilemma":
        return "Dilemmasessie: er is geen casus ingebracht."
    return (
        "Is er bij de deadline een casus, dan wordt het een casusbespreking; "
        "anders een dilemmasessie."
    )


def _session_event(
    series: CalendarSeries,
    session: CalendarSession,
    *,
    uid: str,
    summary: str,
    extra_lines: Sequence[str],
    now: datetime,
    alarm: timedelta,
) -> Event:
    cancelled = session.status == "geannuleerd"
    lines = [_format_line(session), *extra_lines]
    if session.evaluation_due:
        lines.append(EVALUATION_LINE)
    if cancelled:
        lines = [f"Deze bijeenkomst gaat niet door. {session.cancel_reason or ''}".strip()]
    if series.video_link and not cancelled:
        lines.append(f"Online deelnemen: {series.video_link}")
    event = Event.new(
        uid=uid,
        stamp=now,
        start=session.starts_at.astimezone(AMSTERDAM),
        end=session.ends_at.astimezone(AMSTERDAM),
        summary=f"Vervalt: {summary}" if cancelled else summary,
        description="\n".join(lines),
        location=series.location or None,
        url=series.video_link or None,
        sequence=session.sequence,
        status=STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
    )
    if not cancelled:
        event.add_component(_alarm(f"Over {_minutes(alarm)}: {summary}", alarm))
    return event


def _deadline_event(
    series: CalendarSeries, session: CalendarSession, *, uid: str, now: datetime, alarm: timedelta
) -> Event:
    cancelled = session.status == "geannuleerd"
    # No DTEND: RFC 5545 makes it a moment, which is what a deadline is.
    event = Event.new(
        uid=uid,
        stamp=now,
        start=session.deadline_at.astimezone(AMSTERDAM),
        summary=f"Deadline casus inbrengen: {series.name}",
        description=(
            f"Wilt u een casus bespreken in het overleg van {dutch_moment(session.starts_at)}? "
            f"Dien die uiterlijk {dutch_moment(session.deadline_at)} in."
        ),
        sequence=session.sequence,
        status=STATUS.CANCELLED if cancelled else STATUS.CONFIRMED,
        transparency=TRANSP.TRANSPARENT,
    )
    if not cancelled:
        event.add_component(
            _alarm(f"De deadline voor casussen is {dutch_moment(session.deadline_at)}.", alarm)
        )
    return event


def _minutes(span: timedelta) -> str:
    minutes = int(span.total_seconds() // 60)
    return "1 minuut" if minutes == 1 else f"{minutes} minuten"


def _alarm(text: str, before: timedelta) -> Alarm:
    alarm = Alarm.new(description=text)
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", -before)
    return alarm


def _calendar(name: str, uid: str, events: Iterable[Event]) -> bytes:
    calendar = Calendar.new(
        prodid=PRODID,
        uid=uid,
        name=name,
        method="PUBLISH",
        calscale="GREGORIAN",
        refresh_interval=REFRESH,
    )
    calendar.add("x-wr-timezone", "Europe/Amsterdam")
    calendar.add("x-published-ttl", vDuration(REFRESH).to_ical().decode())  # for Outlook
    days: list[date] = []
    for event in events:
        calendar.add_component(event)
        start = event.start
        days.append(start.date() if isinstance(start, datetime) else start)
    first = min(days, default=date(2020, 1, 1))
    last = max(days, default=first)
    # The zone's rules for the years of the events (and one on), not for all of history.
    calendar.add_missing_timezones(
        first_date=date(first.year, 1, 1), last_date=date(last.year + 2, 1, 1)
    )
    if not calendar.timezones:
        # A feed with no events yet still names its zone, so subscribers know it up front.
        calendar.subcomponents.insert(0, Timezone.from_tzid("Europe/Amsterdam"))
    return calendar.to_ical()


def series_feed(
    series: CalendarSeries,
    sessions: Iterable[CalendarSession],
    *,
    now: datetime,
    session_alarm: timedelta = SESSION_ALARM,
    deadline_alarm: timedelta = DEADLINE_ALARM,
) -> bytes:
    """Every session (with location, video link and an alarm) and its case deadline."""
    events: list[Event] = []
    summary = f"Casuïstiekoverleg {series.name}"
    for session in sorted(sessions, key=lambda s: s.starts_at):
        sid = session.session_id
        events.append(
            _session_event(
                series,
                session,
                uid=f"sessie-{sid}@{UID_DOMAIN}",
                summary=summary,
                extra_lines=(),
                now=now,
                alarm=session_alarm,
            )
        )
        events.append(
            _deadline_event(
                series, session, uid=f"deadline-{sid}@{UID_DOMAIN}", now=now, alarm=deadline_alarm
            )
        )
    return _calendar(summary, f"reeks-{series.series_id}@{UID_DOMAIN}", events)


def member_feed(
    user_id: uuid.UUID,
    series_sessions: Iterable[tuple[CalendarSeries, Iterable[CalendarSession]]],
    *,
    now: datetime,
    session_alarm: timedelta = SESSION_ALARM,
    deadline_alarm: timedelta = DEADLINE_ALARM,
) -> bytes:
    """One member's feed over all their series: their role per session in the summary.

    Its UIDs differ from the series feed's, so a member who subscribes to both gets two
    entries that do not overwrite each other.
    """
    events: list[Event] = []
    for series, sessions in series_sessions:
        for session in sorted(sessions, key=lambda s: s.starts_at):
            sid = session.session_id
            roles = member_roles(user_id, session)
            summary = f"Casuïstiekoverleg {series.name}"
            if roles:
                summary = f"{summary} ({', '.join(roles)})"
            lines = [f"U bent {' en '.join(roles)}."] if roles else []
            events.append(
                _session_event(
                    series,
                    session,
                    uid=f"sessie-{sid}-{user_id}@{UID_DOMAIN}",
                    summary=summary,
                    extra_lines=lines,
                    now=now,
                    alarm=session_alarm,
                )
            )
            events.append(
                _deadline_event(
                    series,
                    session,
                    uid=f"deadline-{sid}-{user_id}@{UID_DOMAIN}",
                    now=now,
                    alarm=deadline_alarm,
                )
            )
    return _calendar("Mijn casuïstiekoverleggen", f"persoonlijk-{user_id}@{UID_DOMAIN}", events)
