"""The rotation by example: ties, presenters, dilemma chairs, handovers, newcomers, counts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from tests.unit.conferences.builders import (
    BEFORE_ALL,
    by_session,
    holders,
    member,
    sessions,
    user,
)
from vakwerk.conferences.rotation import (
    MAX_COUNTS,
    NOTULIST,
    VOORZITTER,
    Absence,
    DoneTask,
    RoleCounts,
    RotationPlan,
    RotationSeries,
    hand_over,
    plan_rotation,
    rotation_counts,
    rotation_items,
    rotation_start_for_new_member,
    session_chair,
    tasks_done,
)
from vakwerk.core.errors import Conflict, InvalidInput

OUTSIDER = user(99)  # owns the series without being planned: keeps the examples small
NOTES_ONLY = RotationSeries(owner_id=OUTSIDER)
ROTATING = RotationSeries(owner_id=OUTSIDER, rotate_dilemma_chair=True)
TEAM = [member(1), member(2), member(3)]


def note_takers(plan: RotationPlan) -> list[object]:
    return [a.user_id for a in plan.assignments if a.role == NOTULIST]


def test_without_history_the_fixed_order_and_then_the_longest_wait_decide() -> None:
    plan = plan_rotation(NOTES_ONLY, sessions(6), TEAM, now=BEFORE_ALL)
    assert note_takers(plan) == [user(1), user(2), user(3), user(1), user(2), user(3)]


def test_tasks_done_before_count_and_ties_go_to_the_longest_since_the_last() -> None:
    history = [
        DoneTask(user(50), date(2025, 12, 2), NOTULIST, user(2)),
        DoneTask(user(51), date(2025, 12, 16), NOTULIST, user(2)),
    ]
    plan = plan_rotation(NOTES_ONLY, sessions(5), TEAM, now=BEFORE_ALL, done=history)
    assert note_takers(plan) == [user(1), user(3), user(1), user(3), user(2)]


def test_a_presenter_chairs_their_own_case_session() -> None:
    case_session = replace(sessions(1)[0], format="casus", presenter_ids=(user(2), user(3)))
    assert session_chair(ROTATING, case_session, dilemma_chair_id=user(1)) == user(2)
    plan = plan_rotation(ROTATING, [case_session], TEAM, now=BEFORE_ALL)
    assert plan.get(case_session.session_id, NOTULIST).user_id == user(1)  # type: ignore[union-attr]


def test_a_planned_note_taker_who_turns_out_a_presenter_is_replanned_for_that_session_only() -> (
    None
):
    planned = sessions(6)
    before = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    third = planned[2]
    presenter = before.get(third.session_id, NOTULIST).user_id  # type: ignore[union-attr]
    assert presenter is not None
    decided = [
        replace(s, format="casus", presenter_ids=(presenter,)) if s == third else s for s in planned
    ]
    after = plan_rotation(NOTES_ONLY, decided, TEAM, now=BEFORE_ALL, previous=before)
    new = after.get(third.session_id, NOTULIST)
    assert new is not None and new.user_id not in (presenter, None)
    assert new.planned_user_id == new.user_id
    old_rest = {a for a in before.assignments if a.session_id != third.session_id}
    assert old_rest == {a for a in after.assignments if a.session_id != third.session_id}


def test_a_planned_dilemma_chair_counts_only_when_the_session_is_held_as_a_dilemma() -> None:
    planned = sessions(2)
    plan = plan_rotation(ROTATING, planned, TEAM, now=BEFORE_ALL)
    chair = plan.get(planned[0].session_id, VOORZITTER)
    assert chair is not None and chair.user_id is not None
    note = plan.get(planned[0].session_id, NOTULIST)
    assert note is not None and note.user_id != chair.user_id
    as_case = replace(planned[0], status="gehouden", format="casus", presenter_ids=(user(3),))
    as_dilemma = replace(planned[1], status="gehouden", format="dilemma")
    done = tasks_done(ROTATING, as_case, plan) + tasks_done(ROTATING, as_dilemma, plan)
    assert {(t.session_id, t.role) for t in done} == {
        (as_case.session_id, NOTULIST),
        (as_dilemma.session_id, NOTULIST),
        (as_dilemma.session_id, VOORZITTER),
    }
    items = rotation_items(ROTATING, [as_case, as_dilemma], plan)
    applies = {(i.session_id, i.role): i.applies for i in items}
    assert applies[as_case.session_id, VOORZITTER] is False
    assert applies[as_dilemma.session_id, VOORZITTER] is True


def test_the_owner_who_chairs_dilemma_sessions_is_not_planned_to_take_notes() -> None:
    series = RotationSeries(owner_id=user(1))
    plan = plan_rotation(series, sessions(6), TEAM, now=BEFORE_ALL)
    assert user(1) not in holders(plan, NOTULIST)
    as_case = replace(sessions(1)[0], format="casus", presenter_ids=(user(2),))
    case_plan = plan_rotation(series, [as_case], TEAM, now=BEFORE_ALL)
    assert case_plan.get(as_case.session_id, NOTULIST).user_id == user(1)  # type: ignore[union-attr]


def test_a_session_nobody_is_eligible_for_is_flagged_never_silently_empty() -> None:
    mondays_only = [member(1, days={1}), member(2, days={1})]
    plan = plan_rotation(ROTATING, sessions(1), mondays_only, now=BEFORE_ALL)
    items = rotation_items(ROTATING, sessions(1), plan)
    assert [(i.role, i.user_id, i.planned_user_id, i.flagged) for i in items] == [
        (VOORZITTER, None, None, True),
        (NOTULIST, None, None, True),
    ]


def test_a_flagged_session_gets_a_note_taker_once_someone_is_eligible() -> None:
    planned = sessions(2)
    absent = [member(1, absences=[(planned[0].date, planned[0].date)]), member(2, days={1})]
    before = plan_rotation(NOTES_ONLY, planned, absent, now=BEFORE_ALL)
    assert before.get(planned[0].session_id, NOTULIST).flagged  # type: ignore[union-attr]
    back = [member(1), member(2, days={1})]
    after = plan_rotation(NOTES_ONLY, planned, back, now=BEFORE_ALL, previous=before)
    assert after.get(planned[0].session_id, NOTULIST).user_id == user(1)  # type: ignore[union-attr]


def test_cancelled_sessions_get_no_tasks() -> None:
    planned = sessions(3)
    planned[1] = replace(planned[1], status="geannuleerd")
    plan = plan_rotation(ROTATING, planned, TEAM, now=BEFORE_ALL)
    assert {a.session_id for a in plan.assignments} == {
        planned[0].session_id,
        planned[2].session_id,
    }
    assert note_takers(plan) == [user(2), user(1)]  # the chair of the first is user 1


def test_a_session_that_started_keeps_its_tasks_even_when_its_holder_turns_out_absent() -> None:
    planned = sessions(3)
    before = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    later = planned[0].starts_at + timedelta(hours=1)
    ill = [member(1, absences=[(planned[0].date, planned[2].date)]), member(2), member(3)]
    after = plan_rotation(NOTES_ONLY, planned, ill, now=later, previous=before)
    assert after.get(planned[0].session_id, NOTULIST) == before.get(planned[0].session_id, NOTULIST)
    assert user(1) not in {a.user_id for a in after.assignments[1:]}


# --------------------------------------------------------------------------- handovers


def test_a_takeover_at_the_session_counts_for_who_did_the_task() -> None:
    planned = sessions(4)
    first = planned[0]
    plan = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    assert plan.get(first.session_id, NOTULIST).user_id == user(1)  # type: ignore[union-attr]
    at_session = first.starts_at + timedelta(minutes=2)
    changed, handover = hand_over(
        NOTES_ONLY,
        first,
        TEAM,
        plan,
        role=NOTULIST,
        to_user_id=user(3),
        reason="Ziek gemeld",
        now=at_session,
    )
    assert (changed.planned_user_id, changed.user_id) == (user(1), user(3))
    assert (handover.from_user_id, handover.to_user_id, handover.at_session) == (
        user(1),
        user(3),
        True,
    )
    plan = plan.with_assignment(changed)
    held = replace(first, status="gehouden")
    done = tasks_done(NOTES_ONLY, held, plan, absent_ids=[user(1)])
    assert [(t.role, t.user_id) for t in done] == [(NOTULIST, user(3))]
    assert rotation_counts(TEAM, done) == [
        RoleCounts(user(1), 0, 0),
        RoleCounts(user(2), 0, 0),
        RoleCounts(user(3), 0, 1),
    ]
    only_first = RotationPlan((changed,), plan.horizon_date)
    afresh = plan_rotation(
        NOTES_ONLY, [held, *planned[1:]], TEAM, now=at_session, previous=only_first, done=done
    )
    assert note_takers(afresh) == [user(3), user(1), user(2), user(3)]


def test_a_holder_who_was_absent_and_handed_nothing_over_did_not_do_the_task() -> None:
    planned = sessions(1)
    plan = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    held = replace(planned[0], status="gehouden")
    assert tasks_done(NOTES_ONLY, held, plan, absent_ids=[user(1)]) == ()


def test_a_handover_before_the_session_goes_only_to_an_eligible_colleague() -> None:
    session = replace(sessions(1)[0], format="casus", presenter_ids=(user(4),))
    team = [
        member(1),
        member(2, days={1, 3}),
        member(3, absences=[(session.date, session.date)]),
        member(4),
        member(5),
    ]
    plan = plan_rotation(NOTES_ONLY, [session], team, now=BEFORE_ALL)
    assert plan.get(session.session_id, NOTULIST).user_id == user(1)  # type: ignore[union-attr]

    def refused(to: int, reason: str = "Op cursus") -> str:
        with pytest.raises(InvalidInput) as error:
            hand_over(
                NOTES_ONLY,
                session,
                team,
                plan,
                role=NOTULIST,
                to_user_id=user(to),
                reason=reason,
                now=BEFORE_ALL,
            )
        return error.value.params[0].code

    assert refused(2) == "not_available"  # does not work on Tuesdays
    assert refused(3) == "not_available"  # absent that day
    assert refused(4) == "is_chair"  # the presenter
    assert refused(1) == "same_person"
    assert refused(42) == "not_member"
    assert refused(5, reason="  ") == "required"
    changed, handover = hand_over(
        NOTES_ONLY,
        session,
        team,
        plan,
        role=NOTULIST,
        to_user_id=user(5),
        reason="Op cursus",
        now=BEFORE_ALL,
    )
    assert changed.user_id == user(5) and not handover.at_session


def test_the_chair_of_a_case_session_cannot_be_handed_over() -> None:
    session = replace(sessions(1)[0], format="casus", presenter_ids=(user(2),))
    plan = plan_rotation(ROTATING, [session], TEAM, now=BEFORE_ALL)
    with pytest.raises(Conflict):
        hand_over(
            ROTATING,
            session,
            TEAM,
            plan,
            role=VOORZITTER,
            to_user_id=user(3),
            reason="Vakantie",
            now=BEFORE_ALL,
        )


def test_a_handed_over_task_stays_with_the_taker_on_a_replan() -> None:
    planned = sessions(3)
    plan = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    changed, _ = hand_over(
        NOTES_ONLY,
        planned[1],
        TEAM,
        plan,
        role=NOTULIST,
        to_user_id=user(3),
        reason="Afspraak bij de tandarts",
        now=BEFORE_ALL,
    )
    plan = plan.with_assignment(changed)
    again = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL, previous=plan)
    kept = again.get(planned[1].session_id, NOTULIST)
    assert kept is not None and (kept.planned_user_id, kept.user_id) == (user(2), user(3))


# --------------------------------------------------------------------------- stability


def test_a_new_member_gets_nothing_within_the_published_horizon_then_shares_the_work() -> None:
    planned = sessions(12)
    before = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    start = rotation_start_for_new_member(before)
    assert start == planned[-1].date + timedelta(days=1)
    newcomer = member(4, rotation_from=start)
    extended = [*planned, *sessions(8, first=planned[-1].date + timedelta(weeks=2))]
    after = plan_rotation(NOTES_ONLY, extended, [*TEAM, newcomer], now=BEFORE_ALL, previous=before)
    assert after.assignments[:12] == before.assignments
    tail = [a.user_id for a in after.assignments[12:]]
    assert len(set(tail[:4])) == 4  # level with the others, not four tasks in a row
    assert tail.count(user(4)) == 2


def test_a_moved_session_is_replanned_only_when_its_holder_does_not_work_on_the_new_day() -> None:
    planned = sessions(3)
    team = [member(1, days={2}), member(2, days={2, 3}), member(3, days={2, 3})]
    before = plan_rotation(NOTES_ONLY, planned, team, now=BEFORE_ALL)
    assert note_takers(before) == [user(1), user(2), user(3)]
    wednesday = timedelta(days=1)
    moved_first = replace(
        planned[0], date=planned[0].date + wednesday, starts_at=planned[0].starts_at + wednesday
    )
    moved_second = replace(
        planned[1], date=planned[1].date + wednesday, starts_at=planned[1].starts_at + wednesday
    )
    after = plan_rotation(
        NOTES_ONLY, [moved_first, moved_second, planned[2]], team, now=BEFORE_ALL, previous=before
    )
    plan = by_session(after)
    assert (
        plan[moved_second.session_id][NOTULIST]
        == by_session(before)[moved_second.session_id][NOTULIST]
    )  # user 2 works on Wednesdays too: kept
    assert plan[moved_first.session_id][NOTULIST].user_id in (user(2), user(3))  # replanned
    assert plan[planned[2].session_id][NOTULIST].user_id == user(3)


def test_a_fresh_pick_weighs_the_published_tasks_later_in_the_horizon() -> None:
    planned = sessions(5)
    before = plan_rotation(NOTES_ONLY, planned, TEAM, now=BEFORE_ALL)
    assert note_takers(before) == [user(1), user(2), user(3), user(1), user(2)]
    away = [member(1, absences=[(planned[0].date, planned[0].date)]), member(2), member(3)]
    after = plan_rotation(NOTES_ONLY, planned, away, now=BEFORE_ALL, previous=before)
    # user 2 already has two sessions ahead, user 3 one: user 3 takes the first.
    assert note_takers(after) == [user(3), user(2), user(3), user(1), user(2)]


def test_a_new_chair_is_not_taken_from_the_kept_note_taker_when_someone_else_can() -> None:
    planned = sessions(1)
    before = plan_rotation(ROTATING, planned, TEAM, now=BEFORE_ALL)
    chair = before.get(planned[0].session_id, VOORZITTER)
    note = before.get(planned[0].session_id, NOTULIST)
    assert chair is not None and note is not None
    assert (chair.user_id, note.user_id) == (user(1), user(2))
    away = [
        replace(m, absences=(Absence(planned[0].date, planned[0].date),))
        if m.user_id == user(1)
        else m
        for m in TEAM
    ]
    after = plan_rotation(ROTATING, planned, away, now=BEFORE_ALL, previous=before)
    assert after.get(planned[0].session_id, VOORZITTER).user_id == user(3)  # type: ignore[union-attr]
    assert after.get(planned[0].session_id, NOTULIST) == note


def test_counts_list_members_in_the_fixed_order_and_former_members_after() -> None:
    done = [
        DoneTask(user(10), date(2026, 1, 6), NOTULIST, user(2)),
        DoneTask(user(11), date(2026, 1, 20), VOORZITTER, user(2)),
        DoneTask(user(12), date(2026, 2, 3), NOTULIST, user(8)),
    ]
    assert rotation_counts(TEAM, done) == [
        RoleCounts(user(1), 0, 0),
        RoleCounts(user(2), 1, 1),
        RoleCounts(user(3), 0, 0),
        RoleCounts(user(8), 0, 1),
    ]


def test_counts_keep_to_what_a_reply_holds_the_most_recent_former_members_first() -> None:
    start = date(2020, 1, 7)
    done = [  # 300 former members, each note-taker once, a week apart
        DoneTask(user(1000 + n), start + timedelta(weeks=n), NOTULIST, user(1000 + n))
        for n in range(300)
    ]
    counts = rotation_counts(TEAM, done)
    assert len(counts) == MAX_COUNTS
    assert [c.user_id for c in counts[:3]] == [user(1), user(2), user(3)]
    assert counts[3].user_id == user(1299)  # who did a task last comes first
    assert counts[-1].user_id == user(1000 + 300 - (MAX_COUNTS - 3))
