"""Filling the agenda at the deadline: oldest submission first, overflow waits, else a dilemma."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta

from vakwerk.conferences.agenda import (
    CandidateCase,
    DueSession,
    fill_agenda,
    fill_in_date_order,
    needs_filling,
)

DEADLINE = datetime(2026, 3, 18, 16, tzinfo=UTC)


def case(name: str, hours_before: float) -> CandidateCase:
    return CandidateCase(
        uuid.uuid5(uuid.NAMESPACE_URL, name), DEADLINE - timedelta(hours=hours_before)
    )


def test_a_30_minute_session_takes_the_oldest_submission_and_the_rest_wait() -> None:
    newer, oldest, middle = case("newer", 1), case("oldest", 50), case("middle", 20)
    fill = fill_agenda([newer, oldest, middle], capacity=1, deadline_at=DEADLINE)
    assert fill.format == "casus"
    assert fill.case_ids == fill.added == (oldest.case_id,)
    assert fill.waiting == (middle.case_id, newer.case_id)
    assert [item.case_id for item in fill.agenda] == [oldest.case_id] * 4


def test_a_60_minute_session_takes_the_two_oldest_in_order() -> None:
    a, b, c = case("a", 30), case("b", 40), case("c", 10)
    fill = fill_agenda([a, b, c], capacity=2, deadline_at=DEADLINE)
    assert fill.case_ids == (b.case_id, a.case_id)
    assert fill.waiting == (c.case_id,)
    assert len(fill.agenda) == 8


def test_no_case_at_the_deadline_makes_a_dilemma_session() -> None:
    fill = fill_agenda([], capacity=1, deadline_at=DEADLINE)
    assert fill.format == "dilemma"
    assert fill.case_ids == fill.added == fill.waiting == ()
    assert [item.key for item in fill.agenda] == [
        "introductie",
        "stelling_a",
        "stelling_b",
        "conclusie",
    ]


def test_a_case_submitted_exactly_at_the_deadline_is_on_it_and_a_later_one_waits() -> None:
    on_time = case("on time", 0)
    late = case("late", -0.01)
    fill = fill_agenda([late, on_time], capacity=2, deadline_at=DEADLINE)
    assert fill.case_ids == (on_time.case_id,)
    assert fill.waiting == (late.case_id,)


def test_only_a_late_case_still_makes_a_dilemma_session() -> None:
    fill = fill_agenda([case("late", -2)], capacity=1, deadline_at=DEADLINE)
    assert fill.format == "dilemma"
    assert fill.waiting == (case("late", -2).case_id,)


def test_cases_put_on_by_hand_keep_their_place_and_count_towards_capacity() -> None:
    by_hand, old, older = case("by hand", 1), case("old", 30), case("older", 60)
    fill = fill_agenda([old, older, by_hand], 2, DEADLINE, on_agenda=[by_hand.case_id])
    assert fill.case_ids == (by_hand.case_id, older.case_id)
    assert fill.added == (older.case_id,)
    assert fill.waiting == (old.case_id,)


def test_the_same_submission_time_is_broken_the_same_way_every_time() -> None:
    twins = [case(f"twin {i}", 5) for i in range(5)]
    first = fill_agenda(twins, 2, DEADLINE)
    assert all(fill_agenda(list(reversed(twins)), 2, DEADLINE) == first for _ in range(3))


def test_overdue_sessions_fill_in_date_order_so_the_earliest_takes_the_oldest() -> None:
    a, b, c = case("a", 100), case("b", 90), case("c", 80)
    early = DueSession(uuid.uuid4(), DEADLINE + timedelta(days=6), DEADLINE, capacity=1)
    later = DueSession(
        uuid.uuid4(), DEADLINE + timedelta(days=20), DEADLINE + timedelta(days=14), capacity=1
    )
    fills = fill_in_date_order([later, early], [c, b, a])
    assert fills[early.key].case_ids == (a.case_id,)
    assert fills[later.key].case_ids == (b.case_id,)
    assert fills[later.key].waiting == (c.case_id,)


def test_the_agenda_is_filled_once_and_only_after_the_deadline() -> None:
    assert not needs_filling("gepland", None, DEADLINE, DEADLINE)
    assert needs_filling("gepland", None, DEADLINE, DEADLINE + timedelta(microseconds=1))
    assert not needs_filling("gepland", "casus", DEADLINE, DEADLINE + timedelta(days=1))
    assert not needs_filling("geannuleerd", None, DEADLINE, DEADLINE + timedelta(days=1))
