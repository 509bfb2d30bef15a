"""The dashboard page: which teams a request covers, and the figures put together.

Team and organisation level only — never a figure per client manager. A team-scoped
actor (klantmanager, teamleider) sees their own teams (one with ``teamId``); an
org-scoped one (kwaliteit, an API client with ``dashboard:read``) the organisation, or
one team of it with ``teamId``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.core.policy import Grant
from vakwerk.dashboard import figures
from vakwerk.dashboard.periods import GROUNDS, Interval, gap, rate, resolve_period, trend_dates
from vakwerk.dashboard.schemas import (
    BenchmarkFigure,
    ExemptionDashboard,
    GroundCount,
    ManualCount,
    NewBenefits,
    TrendPoint,
)
from vakwerk.people import members


async def teams_in_scope(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID | None
) -> figures.Teams:
    """The teams a figure covers: ``None`` for the whole organisation. A ``teamId`` the
    actor may not see → 400 ``not_found`` (a filter never widens the scope)."""
    if team_id is not None:
        await members.require_team_filter(session, grant, team_id)
        return frozenset({team_id})
    if grant.org_wide:
        return None
    return grant.actor.team_ids


@dataclass
class DashboardQuery:
    team_id: uuid.UUID | None = None
    on: date | None = None
    from_date: date | None = None
    to_date: date | None = None
    interval: Interval = "month"


async def dashboard(
    session: AsyncSession, grant: Grant, query: DashboardQuery
) -> ExemptionDashboard:
    day, period = resolve_period(query.on, query.from_date, query.to_date)
    teams = await teams_in_scope(session, grant, query.team_id)
    org = grant.organisation_id()
    points = trend_dates(period, query.interval)
    counted = await figures.counts_on(session, org, teams, [*points, day])
    headline = counted[day]
    started = await figures.new_benefits(session, org, teams, period)
    avoided, through_conference = await figures.avoided(session, org, teams, period)
    manual = await figures.manual_counts(session, org, teams, period)
    benchmark = await figures.benchmark_on(session, org, day)
    total = headline.clients_with_exemption
    return ExemptionDashboard(
        team_id=query.team_id,
        date=day,
        from_date=period.start,
        to_date=period.end,
        interval=query.interval,
        clients_with_benefit=headline.clients_with_benefit,
        clients_with_exemption=total,
        rate=headline.rate,
        by_ground=[
            GroundCount(
                ground=ground,
                count=headline.by_ground[ground],
                share=rate(headline.by_ground[ground], total),
            )
            for ground in GROUNDS
        ],
        trend=[
            TrendPoint(
                date=point,
                clients_with_benefit=counted[point].clients_with_benefit,
                clients_with_exemption=counted[point].clients_with_exemption,
                rate=counted[point].rate,
            )
            for point in points
        ],
        benchmark=BenchmarkFigure(
            year=benchmark[0], rate=benchmark[1], gap=gap(headline.rate, benchmark[1])
        )
        if benchmark
        else None,
        new_benefits=NewBenefits(
            started=started.started, with_exemption=started.with_exemption, rate=started.rate
        ),
        avoided=avoided,
        avoided_through_conference=through_conference,
        manual_counts=[
            ManualCount.model_validate(
                row | {"rate": rate(row["clients_with_exemption"], row["clients_with_benefit"])}
            )
            for row in manual
        ],
    )
