"""The iCalendar feeds, parsed back with icalendar: zone, alarms, cancellations, roles, UIDs."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta

from icalendar import Calendar, Component

from vakwerk.conferences.calendar import (
    CalendarSeries,
    CalendarSession,
    member_feed,
    series_feed,
)
from vakwerk.conferences.schedule import SeriesPattern, plan_sessions, session_deadline
from vakwerk.core.clock import AMSTERDAM

NOW = datetime(2027, 3, 1, 9, tzinfo=UTC)
SERIES = CalendarSeries(
    uuid.UUID(int=7),
    "Team Werk en Inkomen Best",
    location="Gemeentehuis, kamer 2.14",
    video_link="https://teams.example/overleg",
)
ANNA, BRAM, CEES = uuid.UUID(int=1), uuid.UUID(int=2), uuid.UUID(int=3)
FIRST = date(2027, 3, 16)
SUMMARY = "Casuïstiekoverleg Team Werk en Inkomen Best"


def calendar_sessions() -> list[CalendarSession]:
    """A weekly 13:00 Tuesday series from March to November 2027: both DST changes and
    Koningsdag (a Tuesday that year) fall in it. Bram and Anna present the first session's
    two cases."""
    pattern = SeriesPattern(weekday=2, start_time=time(13), first_date=FIRST, interval_weeks=1)
    out = []
    for i, s in enumerate(plan_sessions(pattern, [], NOW, horizon_weeks=36)):
        first = s.date == FIRST
        out.append(
            CalendarSession(
                uuid.UUID(int=100 + i),
                s.starts_at,
                s.ends_at,
                session_deadline(s),
                status=s.status,
                cancel_reason=s.cancel_reason,
                sequence=i % 3,
                format="casus" if first else None,
                chair_id=BRAM if first else ANNA,
                note_taker_id=CEES,
                presenter_ids=(BRAM, ANNA) if first else (),
            )
        )
    return out


def parse(feed: bytes) -> tuple[Calendar, list[Component], list[Component]]:
    calendar = Calendar.from_ical(feed)
    found = list(calendar.walk("VEVENT"))
    meetings = [e for e in found if text(e, "UID").startswith("sessie-")]
    deadlines = [e for e in found if text(e, "UID").startswith("deadline-")]
    return calendar, meetings, deadlines


def text(component: Component, name: str) -> str:
    return str(component.get(name, ""))


def moment(component: Component, name: str = "DTSTART") -> datetime:
    value = component.decoded(name)
    assert isinstance(value, datetime)
    return value


def triggers(component: Component) -> list[object]:
    return [alarm.decoded("TRIGGER") for alarm in component.walk("VALARM")]


def zones(calendar: Calendar) -> list[str]:
    return [text(tz, "TZID") for tz in calendar.walk("VTIMEZONE")]


def on(events: list[Component], day: date) -> Component:
    return next(e for e in events if moment(e).date() == day)


def test_the_series_feed_keeps_13_00_amsterdam_on_both_sides_of_daylight_saving() -> None:
    feed = series_feed(SERIES, calendar_sessions(), now=NOW)
    assert isinstance(feed, bytes)
    calendar, meetings, _ = parse(feed)
    assert zones(calendar) == ["Europe/Amsterdam"]
    assert b"DTSTART;TZID=Europe/Amsterdam:20270323T130000" in feed
    for day in (date(2027, 3, 23), date(2027, 3, 30), date(2027, 10, 26), date(2027, 11, 2)):
        start = moment(on(meetings, day))
        assert str(start.tzinfo) == "Europe/Amsterdam"
        assert start.time() == time(13)
        assert moment(on(meetings, day), "DTEND").time() == time(13, 30)
    utc_hours = [
        moment(on(meetings, day)).astimezone(UTC).hour
        for day in (
            date(2027, 3, 23),
            date(2027, 3, 30),
            date(2027, 10, 26),
            date(2027, 11, 2),
        )
    ]
    assert utc_hours == [12, 11, 11, 12]


def test_each_session_has_its_place_video_link_and_an_alarm_before_it() -> None:
    _, meetings, _ = parse(series_feed(SERIES, calendar_sessions(), now=NOW))
    held = [e for e in meetings if text(e, "STATUS") == "CONFIRMED"]
    assert len(held) == len(meetings) - 1
    for event in held:
        assert text(event, "LOCATION") == "Gemeentehuis, kamer 2.14"
        assert text(event, "URL") == "https://teams.example/overleg"
        assert "https://teams.example/overleg" in text(event, "DESCRIPTION")
        assert [text(a, "ACTION") for a in event.walk("VALARM")] == ["DISPLAY"]
        assert triggers(event) == [-timedelta(minutes=15)]


def test_each_case_deadline_is_an_event_with_an_alarm() -> None:
    _, _, deadlines = parse(series_feed(SERIES, calendar_sessions(), now=NOW))
    first = on(deadlines, date(2027, 3, 10))
    assert moment(first) == datetime(2027, 3, 10, 17, tzinfo=AMSTERDAM)
    assert str(moment(first).tzinfo) == "Europe/Amsterdam"
    assert "DTEND" not in first  # a moment, not a span
    assert text(first, "SUMMARY") == "Deadline casus inbrengen: Team Werk en Inkomen Best"
    assert "uiterlijk woensdag 10 maart 2027 om 17:00" in text(first, "DESCRIPTION")
    assert triggers(first) == [-timedelta(days=1)]


def test_a_cancelled_session_is_status_cancelled_with_its_reason_and_no_alarm() -> None:
    sessions = calendar_sessions()
    _, meetings, deadlines = parse(series_feed(SERIES, sessions, now=NOW))
    [off] = [e for e in meetings if text(e, "STATUS") == "CANCELLED"]
    assert moment(off).date() == date(2027, 4, 27)
    assert text(off, "SUMMARY") == f"Vervalt: {SUMMARY}"
    assert "Vervalt wegens een feestdag: Koningsdag." in text(off, "DESCRIPTION")
    assert triggers(off) == []
    koningsdag = next(s for s in sessions if s.status == "geannuleerd")
    assert off.decoded("SEQUENCE") == koningsdag.sequence
    [off_deadline] = [e for e in deadlines if text(e, "STATUS") == "CANCELLED"]
    assert text(off_deadline, "UID") == f"deadline-{koningsdag.session_id}@vakwerk"
    assert triggers(off_deadline) == []


def test_uids_are_stable_from_one_feed_to_the_next() -> None:
    first = Calendar.from_ical(series_feed(SERIES, calendar_sessions(), now=NOW))
    later = NOW + timedelta(days=3)
    again = Calendar.from_ical(series_feed(SERIES, calendar_sessions(), now=later))
    uids = [text(e, "UID") for e in first.walk("VEVENT")]
    assert uids == [text(e, "UID") for e in again.walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert text(first, "UID") == text(again, "UID")


def test_a_members_feed_names_their_role_per_session() -> None:
    sessions = calendar_sessions()
    _, bram, _ = parse(member_feed(BRAM, [(SERIES, sessions)], now=NOW))
    _, cees, _ = parse(member_feed(CEES, [(SERIES, sessions)], now=NOW))
    _, anna, _ = parse(member_feed(ANNA, [(SERIES, sessions)], now=NOW))
    # A case session: each presenter chairs their own case, the first one no more than the
    # second.
    presenter = f"{SUMMARY} (casusinbrenger en voorzitter van uw casus)"
    assert text(on(bram, FIRST), "SUMMARY") == presenter
    assert text(on(anna, FIRST), "SUMMARY") == presenter
    assert "U bent casusinbrenger en voorzitter van uw casus." in text(
        on(anna, FIRST), "DESCRIPTION"
    )
    assert text(on(bram, date(2027, 3, 23)), "SUMMARY") == SUMMARY
    for event in cees:
        if text(event, "STATUS") == "CONFIRMED":
            assert text(event, "SUMMARY") == f"{SUMMARY} (notulist)"
        else:
            assert text(event, "SUMMARY") == f"Vervalt: {SUMMARY}"
    undecided = on(anna, date(2027, 3, 23))
    assert text(undecided, "SUMMARY") == f"{SUMMARY} (voorzitter als het een dilemma wordt)"
    assert "U bent voorzitter als het een dilemma wordt." in text(undecided, "DESCRIPTION")


def test_a_members_feed_has_deadlines_alarms_and_uids_of_its_own() -> None:
    sessions = calendar_sessions()
    calendar, meetings, deadlines = parse(member_feed(CEES, [(SERIES, sessions)], now=NOW))
    assert zones(calendar) == ["Europe/Amsterdam"]
    assert len(meetings) == len(deadlines) == len(sessions)
    assert all(triggers(e) for e in meetings + deadlines if text(e, "STATUS") == "CONFIRMED")
    series = Calendar.from_ical(series_feed(SERIES, sessions, now=NOW))
    series_uids = {text(e, "UID") for e in series.walk("VEVENT")}
    assert not series_uids & {text(e, "UID") for e in meetings + deadlines}


def test_an_empty_feed_still_names_its_time_zone() -> None:
    calendar = Calendar.from_ical(series_feed(SERIES, [], now=NOW))
    assert zones(calendar) == ["Europe/Amsterdam"]
    assert calendar.walk("VEVENT") == []
