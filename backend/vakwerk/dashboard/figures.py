"""The exemption dashboard's figures, each aggregated in SQL (docs/domain.md §5).

"Active on D": an exemption from ``start_date`` to its last exempt day (the earlier of
``end_date`` and ``ended_on``); a benefit within one of the client's benefit periods. The
rate on D counts the clients with a benefit period active on D, and of those the clients
with an exemption active on D — for every date of the trend at once, one statement each
(the dates as a small union joined to the periods). ``dashboard.periods`` holds the same
rules in Python; the tests check the SQL against it.

``teams`` narrows every figure to the clients (cases, counts) of those teams; ``None``
means the whole organisation.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    and_,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.cases.models import Case, CaseStatusChange
from vakwerk.clients.models import BenefitPeriod, Client, Exemption
from vakwerk.core.clock import AMSTERDAM
from vakwerk.dashboard.models import Benchmark, ExemptionCount
from vakwerk.dashboard.periods import GROUNDS, DayCounts, NewBenefits, Period

PERIODS: Any = BenefitPeriod.__table__  # type: ignore[attr-defined]
EXEMPTIONS: Any = Exemption.__table__  # type: ignore[attr-defined]
CLIENTS: Any = Client.__table__  # type: ignore[attr-defined]
CASES: Any = Case.__table__  # type: ignore[attr-defined]
CHANGES: Any = CaseStatusChange.__table__  # type: ignore[attr-defined]
COUNTS: Any = ExemptionCount.__table__  # type: ignore[attr-defined]
BENCHMARKS: Any = Benchmark.__table__  # type: ignore[attr-defined]

Teams = frozenset[uuid.UUID] | None


def last_exempt_day(exemption: Any) -> ColumnElement[Any]:
    """The earlier of ``end_date`` and ``ended_on`` (NULL when both are): portable SQL
    (PostgreSQL's LEAST skips NULLs, SQLite's min() returns NULL)."""
    c = exemption.c
    return case(
        (c.end_date.is_(None), c.ended_on),
        (c.ended_on.is_(None), c.end_date),
        (c.ended_on < c.end_date, c.ended_on),
        else_=c.end_date,
    )


def exemption_active_on(exemption: Any, day: Any) -> ColumnElement[bool]:
    last = last_exempt_day(exemption)
    return and_(exemption.c.start_date <= day, or_(last.is_(None), last >= day))


def benefit_active_on(period: Any, day: Any) -> ColumnElement[bool]:
    return and_(
        period.c.start_date <= day, or_(period.c.end_date.is_(None), period.c.end_date >= day)
    )


def _days(dates: Sequence[date]) -> Any:
    """The dates as a one-column table ``days(d)``: a union of one-row selects, which
    both databases plan as a tiny constant scan."""
    rows = [select(literal(day, Date).label("d")) for day in dates]
    return (union_all(*rows) if len(rows) > 1 else rows[0]).cte("days")


def _in_teams(query: Any, client_id: Any, teams: Teams) -> Any:
    if teams is None:
        return query
    return query.join(CLIENTS, CLIENTS.c.id == client_id).where(CLIENTS.c.team_id.in_(teams))


async def counts_on(
    session: AsyncSession, organisation_id: uuid.UUID, teams: Teams, dates: Sequence[date]
) -> dict[date, DayCounts]:
    """Per date: clients with a benefit, clients with an exemption among them, per ground.

    A client with two exemptions active on one day (history may overlap) counts once, under
    the ground of the one that started last."""
    days = _days(sorted(set(dates)))
    # A client's periods never overlap (clients.benefits), so counting periods counts
    # clients — without the sort a DISTINCT costs.
    benefit = _in_teams(
        select(days.c.d, func.count())
        .select_from(days)
        .join(PERIODS, benefit_active_on(PERIODS, days.c.d))
        .where(PERIODS.c.organisation_id == organisation_id),
        PERIODS.c.client_id,
        teams,
    ).group_by(days.c.d)
    period = PERIODS.alias("p")
    with_benefit = exists().where(
        period.c.client_id == EXEMPTIONS.c.client_id, benefit_active_on(period, days.c.d)
    )
    pick = func.row_number().over(
        partition_by=(days.c.d, EXEMPTIONS.c.client_id),
        order_by=(EXEMPTIONS.c.start_date.desc(), EXEMPTIONS.c.id.desc()),
    )
    active = (
        _in_teams(
            select(days.c.d.label("d"), EXEMPTIONS.c.ground, pick.label("pick"))
            .select_from(days)
            .join(EXEMPTIONS, exemption_active_on(EXEMPTIONS, days.c.d))
            .where(EXEMPTIONS.c.organisation_id == organisation_id, with_benefit),
            EXEMPTIONS.c.client_id,
            teams,
        )
    ).subquery()
    grounds = (
        select(active.c.d, active.c.ground, func.count())
        .where(active.c.pick == 1)
        .group_by(active.c.d, active.c.ground)
    )
    found: dict[date, dict[str, int]] = {day: dict.fromkeys(GROUNDS, 0) for day in dates}
    benefits: dict[date, int] = dict.fromkeys(dates, 0)
    for day, n in (await session.execute(benefit)).all():
        benefits[_day(day)] = int(n)
    for day, ground, n in (await session.execute(grounds)).all():
        found[_day(day)][ground] = int(n)
    return {
        day: DayCounts(day, benefits[day], sum(found[day].values()), found[day]) for day in dates
    }


def _day(value: Any) -> date:
    """A date from a union column (SQLite hands back the text it compared)."""
    return value if isinstance(value, date) else date.fromisoformat(str(value))


async def new_benefits(
    session: AsyncSession, organisation_id: uuid.UUID, teams: Teams, period: Period
) -> NewBenefits:
    """Benefit periods that started in the period; of those, how many had an exemption of
    that client active on some day from that start to the period's end."""
    last = last_exempt_day(EXEMPTIONS)
    exempted = exists().where(
        EXEMPTIONS.c.client_id == PERIODS.c.client_id,
        EXEMPTIONS.c.start_date <= period.end,
        or_(last.is_(None), last >= PERIODS.c.start_date),
    )
    query = _in_teams(
        select(func.count(), func.coalesce(func.sum(case((exempted, 1), else_=0)), 0)).where(
            PERIODS.c.organisation_id == organisation_id,
            PERIODS.c.start_date >= period.start,
            PERIODS.c.start_date <= period.end,
        ),
        PERIODS.c.client_id,
        teams,
    )
    started, with_exemption = (await session.execute(query)).one()
    return NewBenefits(int(started), int(with_exemption))


def day_bounds(period: Period) -> tuple[datetime, datetime]:
    """The period's first and last day as instants: Amsterdam midnight to midnight, in UTC."""
    start = datetime.combine(period.start, time(0), AMSTERDAM).astimezone(UTC)
    end = datetime.combine(period.end + timedelta(days=1), time(0), AMSTERDAM).astimezone(UTC)
    return start, end


async def avoided(
    session: AsyncSession, organisation_id: uuid.UUID, teams: Teams, period: Period
) -> tuple[int, int]:
    """Cases whose outcome ``ontheffing_voorkomen`` was recorded in the period, and of those
    the ones that went through a conference (were ``besproken``)."""
    start, end = day_bounds(period)
    discussed = exists().where(CHANGES.c.case_id == CASES.c.id, CHANGES.c.to_status == "besproken")
    query = select(func.count(), func.coalesce(func.sum(case((discussed, 1), else_=0)), 0)).where(
        CASES.c.organisation_id == organisation_id,
        CASES.c.outcome_result == "ontheffing_voorkomen",
        CASES.c.outcome_recorded_at >= start,
        CASES.c.outcome_recorded_at < end,
    )
    if teams is not None:
        query = query.where(CASES.c.team_id.in_(teams))
    total, through_conference = (await session.execute(query)).one()
    return int(total), int(through_conference)


async def manual_counts(
    session: AsyncSession, organisation_id: uuid.UUID, teams: Teams, period: Period
) -> list[dict[str, Any]]:
    query = select(
        COUNTS.c.id,
        COUNTS.c.team_id,
        COUNTS.c.count_date.label("date"),
        COUNTS.c.clients_with_benefit,
        COUNTS.c.clients_with_exemption,
        COUNTS.c.source,
    ).where(
        COUNTS.c.organisation_id == organisation_id,
        COUNTS.c.count_date >= period.start,
        COUNTS.c.count_date <= period.end,
    )
    if teams is not None:
        query = query.where(COUNTS.c.team_id.in_(teams))
    query = query.order_by(COUNTS.c.count_date, COUNTS.c.team_id).limit(500)
    return [dict(row) for row in (await session.execute(query)).mappings()]


async def benchmark_on(
    session: AsyncSession, organisation_id: uuid.UUID, day: date
) -> tuple[int, float] | None:
    """The latest year at or before the date's year that has a figure."""
    query = (
        select(BENCHMARKS.c.year, BENCHMARKS.c.rate)
        .where(BENCHMARKS.c.organisation_id == organisation_id, BENCHMARKS.c.year <= day.year)
        .order_by(BENCHMARKS.c.year.desc())
        .limit(1)
    )
    found = (await session.execute(query)).first()
    return (int(found[0]), float(found[1])) if found else None
