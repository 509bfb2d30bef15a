"""Sessions in Amsterdam time: daylight saving, holidays, moves, deadlines, capacity, agendas."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vakwerk.conferences.schedule import (
    DeadlineRule,
    ScheduledSession,
    SeriesPattern,
    cancel_session,
    case_agenda,
    case_capacity,
    case_deadline,
    change_pattern,
    dilemma_agenda,
    move_session,
    parse_start_time,
    plan_sessions,
    reinstate_session,
    session_agenda,
    session_deadline,
    submitted_on_time,
)
from vakwerk.core.clock import AMSTERDAM
from vakwerk.core.errors import Conflict, InvalidInput


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=AMSTERDAM)


def by_date(sessions: list[ScheduledSession]) -> dict[date, ScheduledSession]:
    return {s.date: s for s in sessions}


TUESDAY_13 = SeriesPattern(weekday=2, start_time=time(13), first_date=date(2026, 3, 17))


# --------------------------------------------------------------------------- generation


def test_a_13_00_series_stays_at_13_00_local_across_both_daylight_saving_changes() -> None:
    weekly = SeriesPattern(
        weekday=2, start_time=time(13), first_date=date(2026, 3, 17), interval_weeks=1
    )
    sessions = by_date(plan_sessions(weekly, [], utc(2026, 3, 1), horizon_weeks=40))
    for day in (date(2026, 3, 24), date(2026, 3, 31), date(2026, 10, 20), date(2026, 10, 27)):
        assert sessions[day].starts_at.astimezone(AMSTERDAM).time() == time(13)
    assert sessions[date(2026, 3, 24)].starts_at == utc(2026, 3, 24, 12)  # CET, +01:00
    assert sessions[date(2026, 3, 31)].starts_at == utc(2026, 3, 31, 11)  # CEST, +02:00
    assert sessions[date(2026, 10, 20)].starts_at == utc(2026, 10, 20, 11)
    assert sessions[date(2026, 10, 27)].starts_at == utc(2026, 10, 27, 12)
    assert sessions[date(2026, 10, 27)].ends_at == utc(2026, 10, 27, 12, 30)
    assert all(s.starts_at.tzinfo is UTC for s in sessions.values())


def test_sessions_come_every_interval_on_the_weekday_up_to_the_horizon() -> None:
    sessions = plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))
    assert [s.date for s in sessions] == [
        date(2026, 3, 17),
        date(2026, 3, 31),
        date(2026, 4, 14),
        date(2026, 4, 28),
        date(2026, 5, 12),
    ]  # up to 1 March + 12 weeks = 24 May
    assert [s.seq for s in sessions] == [0, 1, 2, 3, 4]
    assert all(s.duration_minutes == 30 and s.status == "gepland" for s in sessions)


def test_a_first_date_off_the_weekday_starts_on_the_next_such_weekday() -> None:
    pattern = SeriesPattern(weekday=2, start_time=time(13), first_date=date(2026, 3, 12))
    assert plan_sessions(pattern, [], utc(2026, 3, 1))[0].date == date(2026, 3, 17)


def test_slots_already_past_when_the_series_is_made_are_not_generated() -> None:
    sessions = plan_sessions(TUESDAY_13, [], utc(2026, 4, 1))
    assert sessions[0].date == date(2026, 4, 14)
    assert sessions[0].seq == 2


def test_time_passing_extends_the_horizon_and_keeps_the_sessions_it_had() -> None:
    first = plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))
    later = plan_sessions(TUESDAY_13, first, utc(2026, 4, 20))
    assert later[: len(first)] == first
    assert [s.date for s in later[len(first) :]] == [
        date(2026, 5, 26),
        date(2026, 6, 9),
        date(2026, 6, 23),
        date(2026, 7, 7),
    ]  # up to 20 April + 12 weeks = 13 July


@pytest.mark.parametrize(
    ("weekday", "day", "name"),
    [
        (2, date(2027, 4, 27), "Koningsdag"),
        (2, date(2028, 12, 26), "Tweede kerstdag"),
        (2, date(2029, 12, 25), "Eerste kerstdag"),
        (1, date(2026, 4, 6), "Tweede paasdag"),
        (4, date(2026, 5, 14), "Hemelvaartsdag"),
    ],
)
def test_a_session_on_a_dutch_public_holiday_is_generated_cancelled_naming_it(
    weekday: int, day: date, name: str
) -> None:
    pattern = SeriesPattern(
        weekday=weekday, start_time=time(13), first_date=day - timedelta(weeks=1), interval_weeks=1
    )
    now = datetime.combine(day - timedelta(weeks=2), time(9), tzinfo=UTC)
    sessions = by_date(plan_sessions(pattern, [], now))
    assert sessions[day].status == "geannuleerd"
    assert sessions[day].cancel_reason == f"Vervalt wegens een feestdag: {name}."
    assert not sessions[day].cancelled_by_hand
    assert sessions[day - timedelta(weeks=1)].status == "gepland"


def test_a_start_time_is_hh_mm() -> None:
    assert parse_start_time("09:30") == time(9, 30)
    for wrong in ("9:30", "24:00", "09:60", "0930", "09:30:00"):
        with pytest.raises(InvalidInput) as refused:
            parse_start_time(wrong)
        assert refused.value.params[0].name == "startTime"


# --------------------------------------------------------------------------- moving the series


NOW = utc(2026, 4, 20, 8)  # a Monday; sessions of 17 Mar, 31 Mar and 14 Apr lie behind


def generated() -> list[ScheduledSession]:
    return plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))


def test_moving_the_series_to_the_morning_moves_only_sessions_after_now() -> None:
    before = plan_sessions(TUESDAY_13, generated(), NOW)
    pattern = change_pattern(TUESDAY_13, before, NOW, start_time=time(9, 30))
    after = plan_sessions(pattern, before, NOW)
    past = [s for s in before if s.starts_at <= NOW]
    assert [s.date for s in past] == [date(2026, 3, 17), date(2026, 3, 31), date(2026, 4, 14)]
    assert after[: len(past)] == past
    future = after[len(past) :]
    assert [s.seq for s in future] == [s.seq for s in before[len(past) :]]
    assert [s.date for s in future] == [s.date for s in before[len(past) :]]
    assert {s.starts_at.astimezone(AMSTERDAM).time() for s in future} == {time(9, 30)}


def test_moving_the_series_to_thursday_keeps_each_session_in_its_week() -> None:
    before = plan_sessions(TUESDAY_13, generated(), NOW)
    pattern = change_pattern(TUESDAY_13, before, NOW, weekday=4)
    after = plan_sessions(pattern, before, NOW)
    moved = [s for s in after if s.starts_at > NOW]
    assert [s.date for s in moved[:3]] == [date(2026, 4, 30), date(2026, 5, 14), date(2026, 5, 28)]
    assert moved[1].status == "geannuleerd"  # Hemelvaartsdag: the new day has its own holidays
    assert moved[0].status == "gepland"
    assert [s.date for s in after if s.starts_at <= NOW][-1] == date(2026, 4, 14)


def test_a_holiday_cancellation_does_not_follow_the_session_to_its_new_day() -> None:
    pattern = SeriesPattern(weekday=2, start_time=time(13), first_date=date(2027, 4, 27))
    now = utc(2027, 4, 1)
    sessions = plan_sessions(pattern, [], now)
    assert sessions[0].status == "geannuleerd"  # Koningsdag
    moved = plan_sessions(change_pattern(pattern, sessions, now, weekday=3), sessions, now)
    assert (moved[0].date, moved[0].status, moved[0].cancel_reason) == (
        date(2027, 4, 28),
        "gepland",
        None,
    )


def test_moving_to_a_day_of_this_week_that_has_passed_takes_the_same_day_a_week_on() -> None:
    now = utc(2026, 4, 28, 9)  # Tuesday morning; today's 13:00 session is still to come
    before = plan_sessions(TUESDAY_13, generated(), now)
    assert min(s.date for s in before if s.starts_at > now) == date(2026, 4, 28)
    after = plan_sessions(change_pattern(TUESDAY_13, before, now, weekday=1), before, now)
    future = sorted(s.date for s in after if s.starts_at > now)
    assert future[:3] == [date(2026, 5, 4), date(2026, 5, 18), date(2026, 6, 1)]


def test_a_new_interval_counts_from_the_next_session() -> None:
    before = plan_sessions(TUESDAY_13, generated(), NOW)
    after = plan_sessions(change_pattern(TUESDAY_13, before, NOW, interval_weeks=3), before, NOW)
    future = [s.date for s in after if s.starts_at > NOW]
    assert future[:3] == [date(2026, 4, 28), date(2026, 5, 19), date(2026, 6, 9)]
    assert len({s.seq for s in after}) == len(after)


def test_a_longer_duration_moves_the_end_of_future_sessions_only() -> None:
    before = plan_sessions(TUESDAY_13, generated(), NOW)
    after = plan_sessions(change_pattern(TUESDAY_13, before, NOW, duration_minutes=60), before, NOW)
    assert {s.duration_minutes for s in after if s.starts_at > NOW} == {60}
    assert {s.duration_minutes for s in after if s.starts_at <= NOW} == {30}


# --------------------------------------------------------------------------- one session


def test_one_session_moves_on_its_own_and_keeps_its_time_when_the_series_moves() -> None:
    before = plan_sessions(TUESDAY_13, generated(), NOW)
    target = next(s for s in before if s.date == date(2026, 5, 12))
    moved = move_session(target, local(2026, 5, 13, 10), NOW)
    assert moved.date == date(2026, 5, 13)
    assert moved.starts_at == utc(2026, 5, 13, 8)
    assert moved.duration_minutes == 30 and moved.moved
    sessions = [moved if s.seq == target.seq else s for s in before]
    after = plan_sessions(change_pattern(TUESDAY_13, sessions, NOW, weekday=4), sessions, NOW)
    assert next(s for s in after if s.seq == target.seq) == moved
    others = [s for s in after if s.starts_at > NOW and s.seq != target.seq]
    assert {s.date.isoweekday() for s in others} == {4}


def test_a_cancelled_session_stays_cancelled_with_its_reason_when_the_series_moves() -> None:
    before = plan_sessions(TUESDAY_13, generated(), NOW)
    target = next(s for s in before if s.date == date(2026, 4, 28))
    cancelled = cancel_session(target, "  Teamuitje  ", NOW)
    assert (cancelled.status, cancelled.cancel_reason) == ("geannuleerd", "Teamuitje")
    sessions = [cancelled if s.seq == target.seq else s for s in before]
    after = plan_sessions(change_pattern(TUESDAY_13, sessions, NOW, weekday=4), sessions, NOW)
    now_on = next(s for s in after if s.seq == target.seq)
    assert now_on.date == date(2026, 4, 30)
    assert (now_on.status, now_on.cancel_reason) == ("geannuleerd", "Teamuitje")
    thursdays = change_pattern(TUESDAY_13, sessions, NOW, weekday=4)
    reinstated = reinstate_session(thursdays, now_on, NOW)
    assert reinstated.status == "gepland" and reinstated.cancel_reason is None


def test_a_holiday_session_can_be_moved_and_then_goes_ahead() -> None:
    pattern = SeriesPattern(weekday=2, start_time=time(13), first_date=date(2027, 4, 27))
    now = utc(2027, 4, 1)
    koningsdag = plan_sessions(pattern, [], now)[0]
    assert koningsdag.status == "geannuleerd"
    moved = move_session(koningsdag, local(2027, 4, 26, 13), now)
    assert (moved.status, moved.cancel_reason, moved.date) == ("gepland", None, date(2027, 4, 26))


def test_a_session_that_started_never_changes() -> None:
    session = plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))[0]
    started = session.starts_at
    with pytest.raises(Conflict):
        move_session(session, started + timedelta(days=7), started)
    with pytest.raises(Conflict):
        cancel_session(session, "Te laat", started + timedelta(minutes=1))


def test_a_session_moves_only_to_a_future_working_day() -> None:
    session = plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))[1]
    with pytest.raises(InvalidInput) as past:
        move_session(session, utc(2026, 2, 1, 12), utc(2026, 3, 1))
    assert past.value.params[0].code == "in_past"
    with pytest.raises(InvalidInput) as weekend:
        move_session(session, local(2026, 4, 4, 10), utc(2026, 3, 1))
    assert weekend.value.params[0].code == "not_working_day"


def test_a_cancellation_needs_a_reason() -> None:
    session = plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))[1]
    with pytest.raises(InvalidInput) as refused:
        cancel_session(session, "   ", utc(2026, 3, 1))
    assert refused.value.params[0].name == "cancelReason"


# --------------------------------------------------------------------------- deadlines


def test_the_deadline_of_a_tuesday_session_is_the_wednesday_before_at_17_00() -> None:
    assert case_deadline(date(2026, 3, 24)) == local(2026, 3, 18, 17)
    assert case_deadline(date(2026, 4, 7)) == utc(2026, 4, 1, 15)  # summer time
    assert case_deadline(date(2026, 3, 31)) == utc(2026, 3, 25, 16)  # still winter time


def test_the_deadline_follows_the_organisation_settings() -> None:
    rule = DeadlineRule(days_before=1, hour=12)
    assert case_deadline(date(2026, 3, 24), rule) == local(2026, 3, 23, 12)


def test_a_submission_exactly_at_the_deadline_is_on_time() -> None:
    deadline = case_deadline(date(2026, 3, 24))
    assert submitted_on_time(deadline, deadline)
    assert submitted_on_time(deadline - timedelta(hours=1), deadline)
    assert not submitted_on_time(deadline + timedelta(microseconds=1), deadline)


def test_a_deadline_never_lies_after_the_session_starts() -> None:
    morning = SeriesPattern(weekday=2, start_time=time(9, 30), first_date=date(2026, 3, 24))
    session = plan_sessions(morning, [], utc(2026, 3, 1))[0]
    assert session_deadline(session, DeadlineRule(days_before=0, hour=17)) == session.starts_at
    assert session_deadline(session) == local(2026, 3, 18, 17)


def test_voting_closes_when_the_session_starts_and_follows_a_move() -> None:
    session = plan_sessions(TUESDAY_13, [], utc(2026, 3, 1))[1]
    assert session.voting_closes_at == session.starts_at
    moved = move_session(session, local(2026, 4, 1, 10), utc(2026, 3, 1))
    assert moved.voting_closes_at == utc(2026, 4, 1, 8)


# --------------------------------------------------------------------------- capacity, agendas


@pytest.mark.parametrize(("minutes", "cases"), [(30, 1), (60, 2), (45, 1), (20, 1), (90, 3)])
def test_a_session_holds_one_case_per_30_minutes_and_at_least_one(minutes: int, cases: int) -> None:
    assert case_capacity(minutes) == cases


def test_a_case_session_has_four_timeboxed_items_per_case() -> None:
    first, second = uuid.uuid4(), uuid.uuid4()
    items = case_agenda([first, second])
    assert [(i.key, i.minutes) for i in items[:4]] == [
        ("introductie", 5),
        ("vragen", 10),
        ("ideeen", 10),
        ("plan", 5),
    ]
    assert items[0].title == "Introductie door de casusinbrenger"
    assert items[3].title == "Plan en conclusie door de casusinbrenger"
    assert [i.case_id for i in items] == [first] * 4 + [second] * 4
    assert len({(i.key, i.case_id) for i in items}) == 8


def test_a_dilemma_session_has_its_four_items_in_thirty_minutes() -> None:
    items = dilemma_agenda()
    assert [(i.key, i.minutes) for i in items] == [
        ("introductie", 5),
        ("stelling_a", 10),
        ("stelling_b", 10),
        ("conclusie", 5),
    ]
    assert items[3].title == "Conclusie: welke stelling past het best bij onze gemeente?"
    assert all(i.case_id is None for i in items)
    assert session_agenda("dilemma") == items


# --------------------------------------------------------------------------- as a property


@settings(max_examples=150, deadline=None)
@given(
    weekday=st.integers(1, 5),
    start=st.times(),
    interval=st.integers(1, 3),
    days_on=st.integers(0, 140),
    minutes_on=st.integers(0, 24 * 60 - 1),
    new_weekday=st.integers(1, 5),
    new_start=st.times(),
    new_interval=st.integers(1, 3),
)
def test_a_series_change_moves_only_future_sessions_and_keeps_their_rhythm(
    weekday: int,
    start: time,
    interval: int,
    days_on: int,
    minutes_on: int,
    new_weekday: int,
    new_start: time,
    new_interval: int,
) -> None:
    start, new_start = (
        start.replace(second=0, microsecond=0),
        new_start.replace(second=0, microsecond=0),
    )
    pattern = SeriesPattern(weekday, start, date(2026, 1, 5), interval_weeks=interval)
    made = utc(2026, 1, 1)
    now = made + timedelta(days=days_on, minutes=minutes_on)
    before = plan_sessions(pattern, plan_sessions(pattern, [], made), now)
    changed = change_pattern(
        pattern, before, now, weekday=new_weekday, start_time=new_start, interval_weeks=new_interval
    )
    after = plan_sessions(changed, before, now)
    started = [s for s in before if s.starts_at <= now]
    assert after[: len(started)] == started
    future = after[len(started) :]
    assert len({s.seq for s in after}) == len(after)
    assert all(s.starts_at > now for s in future)
    for s in future:
        at = s.starts_at.astimezone(AMSTERDAM)
        assert (at.isoweekday(), at.time()) == (new_weekday, new_start)
    gaps = {(b.date - a.date).days for a, b in pairwise(future)}
    assert gaps <= {7 * new_interval}
    upcoming = [s for s in before if s.starts_at > now]
    if upcoming and future:
        # the next session stays in its week, or goes a week on when that moment has passed
        week = (future[0].date - timedelta(days=future[0].date.weekday())) - (
            upcoming[0].date - timedelta(days=upcoming[0].date.weekday())
        )
        assert week in (timedelta(0), timedelta(weeks=1))
