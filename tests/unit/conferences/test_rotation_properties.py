"""The rotation's rules as properties over generated teams, working days and absences."""

from __future__ import annotations

import uuid
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.unit.conferences.builders import (
    BEFORE_ALL,
    by_session,
    chair_of,
    holders,
    may_do,
    member,
    sessions,
    user,
)
from vakwerk.conferences.rotation import (
    VOORZITTER,
    Absence,
    DoneTask,
    RotationMember,
    RotationPlan,
    RotationSeries,
    RotationSession,
    plan_rotation,
    rotation_start_for_new_member,
    session_chair,
)

WEEK_ONE = date(2026, 3, 2)  # a Monday
PROPERTY = settings(max_examples=200, deadline=None)


@dataclass(frozen=True)
class Team:
    series: RotationSeries
    sessions: list[RotationSession]
    members: list[RotationMember]

    @property
    def span(self) -> tuple[date, date]:
        return self.sessions[0].date, self.sessions[-1].date

    def with_members(self, members: list[RotationMember]) -> Team:
        return replace(self, members=members)


def absences(first: date, last: date) -> st.SearchStrategy[Absence]:
    days = (last - first).days
    return st.builds(
        lambda start, length: Absence(
            first + timedelta(days=start), first + timedelta(days=start + length)
        ),
        st.integers(0, max(days, 0)),
        st.integers(0, 21),
    )


@st.composite
def teams(draw: st.DrawFn) -> Team:
    weekday = draw(st.integers(1, 5))
    every = draw(st.integers(1, 2))
    planned = sessions(
        draw(st.integers(1, 10)), first=WEEK_ONE, every=every, weekday_shift=weekday - 1
    )
    for i in draw(st.sets(st.integers(0, len(planned) - 1), max_size=2)):
        planned[i] = replace(planned[i], status="geannuleerd")
    first, last = planned[0].date, planned[-1].date
    members = []
    for n in range(1, draw(st.integers(2, 6)) + 1):
        days = set(draw(st.frozensets(st.integers(1, 5))))
        if draw(st.integers(0, 3)):  # mostly on the series' weekday, sometimes not
            days.add(weekday)
        away = draw(st.lists(absences(first, last), max_size=2))
        members.append(member(n, days, [(a.start_date, a.end_date) for a in away]))
    owner = draw(st.sampled_from([*(m.user_id for m in members), user(99)]))
    series = RotationSeries(owner, rotate_dilemma_chair=draw(st.booleans()))
    return Team(series, planned, members)


def held_sessions(team: Team) -> list[RotationSession]:
    return [s for s in team.sessions if s.status != "geannuleerd"]


def check_rules(team: Team, plan: RotationPlan, now: datetime = BEFORE_ALL) -> None:
    """Every future task is held by an eligible member, or flagged exactly when nobody is."""
    for session in held_sessions(team):
        if session.has_started(now):
            continue
        chair = chair_of(team.series, session, plan)
        for role in team.series.roles:
            assignment = plan.get(session.session_id, role)
            assert assignment is not None
            if role == VOORZITTER and session.format == "casus":
                continue
            eligible = {m.user_id for m in team.members if may_do(m, session, role, chair)}
            if assignment.user_id is None:
                assert assignment.flagged and not eligible
            else:
                assert not assignment.flagged and assignment.user_id in eligible
    cancelled = {s.session_id for s in team.sessions if s.status == "geannuleerd"}
    assert not any(a.session_id in cancelled for a in plan.assignments)


def unchanged_unless_a_holder_became_ineligible(
    team: Team, before: RotationPlan, after: RotationPlan, now: datetime = BEFORE_ALL
) -> None:
    old, new = by_session(before), by_session(after)
    members = {m.user_id: m for m in team.members}
    for session in held_sessions(team):
        if session.has_started(now):
            assert new.get(session.session_id) == old.get(session.session_id)
            continue
        chair = chair_of(team.series, session, before)
        tasks = old[session.session_id]
        replan = any(
            a.user_id is None
            or a.user_id not in members
            or not may_do(members[a.user_id], session, role, chair)
            for role, a in tasks.items()
        )
        if not replan:
            assert new[session.session_id] == tasks


def first_plan(team: Team) -> RotationPlan:
    return plan_rotation(team.series, team.sessions, team.members, now=BEFORE_ALL)


def replan(before: RotationPlan, changed: Team, now: datetime = BEFORE_ALL) -> RotationPlan:
    """Re-plan after a change and check the rules and stability hold for the result."""
    after = plan_rotation(
        changed.series, changed.sessions, changed.members, now=now, previous=before
    )
    check_rules(changed, after, now)
    unchanged_unless_a_holder_became_ineligible(changed, before, after, now)
    return after


def with_absence(
    members: list[RotationMember], who: RotationMember, absence: Absence
) -> list[RotationMember]:
    return [replace(m, absences=(*m.absences, absence)) if m == who else m for m in members]


@PROPERTY
@given(teams())
def test_no_assigned_person_is_ineligible_and_a_slot_is_flagged_iff_nobody_is_eligible(
    team: Team,
) -> None:
    check_rules(team, first_plan(team))


@PROPERTY
@given(teams())
def test_counts_never_differ_by_more_than_one_among_members_who_were_always_eligible(
    team: Team,
) -> None:
    plan = first_plan(team)
    for role in team.series.roles:
        always = [
            m
            for m in team.members
            if all(may_do(m, s, role, chair_of(team.series, s, plan)) for s in held_sessions(team))
        ]
        counts = holders(plan, role)
        values = [counts[m.user_id] for m in always]
        if values:
            assert max(values) - min(values) <= 1


@PROPERTY
@given(teams(), st.data())
def test_each_task_goes_to_the_eligible_member_with_the_fewest_so_far_ties_to_the_longest_wait(
    team: Team, data: st.DataObject
) -> None:
    history = data.draw(
        st.lists(
            st.tuples(
                st.sampled_from(team.series.roles),
                st.sampled_from(team.members),
                st.integers(1, 60),
            ),
            max_size=8,
        )
    )
    done = [
        DoneTask(uuid.uuid4(), WEEK_ONE - timedelta(days=ago), role, m.user_id)
        for role, m, ago in history
    ]
    plan = plan_rotation(team.series, team.sessions, team.members, now=BEFORE_ALL, done=done)
    count: Counter[tuple[str, uuid.UUID]] = Counter((t.role, t.user_id) for t in done)
    last: dict[tuple[str, uuid.UUID], date] = {}
    for t in sorted(done, key=lambda t: t.date):
        last[t.role, t.user_id] = t.date
    for session in held_sessions(team):
        chair = chair_of(team.series, session, plan)
        for role in team.series.roles:
            holder = plan.get(session.session_id, role)
            assert holder is not None
            if holder.user_id is None:
                continue
            rivals = [m.user_id for m in team.members if may_do(m, session, role, chair)]
            standing = {u: (count[role, u], last.get((role, u), date.min)) for u in rivals}
            assert standing[holder.user_id] == min(standing.values())
            count[role, holder.user_id] += 1
            last[role, holder.user_id] = session.date


@PROPERTY
@given(teams(), st.data())
def test_after_adding_an_absence_only_sessions_whose_assignee_became_ineligible_change(
    team: Team, data: st.DataObject
) -> None:
    who = data.draw(st.sampled_from(team.members))
    absence = data.draw(absences(*team.span))
    now = data.draw(
        st.sampled_from([BEFORE_ALL, *(s.starts_at + timedelta(minutes=1) for s in team.sessions)])
    )
    replan(first_plan(team), team.with_members(with_absence(team.members, who, absence)), now)


@PROPERTY
@given(teams(), st.data())
def test_after_a_changed_working_day_only_sessions_whose_assignee_became_ineligible_change(
    team: Team, data: st.DataObject
) -> None:
    who = data.draw(st.sampled_from(team.members))
    days = data.draw(st.frozensets(st.integers(1, 5)))
    members = [replace(m, working_days=days) if m == who else m for m in team.members]
    replan(first_plan(team), team.with_members(members))


@PROPERTY
@given(teams(), st.data())
def test_a_new_member_gets_nothing_within_the_published_horizon(
    team: Team, data: st.DataObject
) -> None:
    before = first_plan(team)
    start = rotation_start_for_new_member(before)
    assert start is not None and start > team.span[1]
    newcomer = member(50, rotation_from=start)
    members = [*team.members, newcomer]
    if data.draw(st.booleans()):  # and someone falls ill at the same time
        who = data.draw(st.sampled_from(team.members))
        members = with_absence(members, who, data.draw(absences(*team.span)))
    after = replan(before, team.with_members(members))
    assert newcomer.user_id not in {a.user_id for a in after.assignments}


@PROPERTY
@given(teams(), st.data())
def test_a_presenter_chairs_and_is_never_note_taker(team: Team, data: st.DataObject) -> None:
    before = first_plan(team)
    session = data.draw(st.sampled_from(held_sessions(team))) if held_sessions(team) else None
    if session is None:
        return
    presenters = data.draw(
        st.lists(st.sampled_from(team.members), min_size=1, max_size=2, unique=True)
    )
    decided = replace(session, format="casus", presenter_ids=tuple(m.user_id for m in presenters))
    changed = replace(team, sessions=[decided if s == session else s for s in team.sessions])
    replan(before, changed)
    assert session_chair(changed.series, decided, None) == presenters[0].user_id
