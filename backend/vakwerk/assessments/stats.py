"""Monitoring figures per team or person (docs/domain.md §2), every figure aggregated in SQL —
the median of argument lengths too (``percentile_cont`` on PostgreSQL, a row_number window
on SQLite) — never a ranking."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.assessments.models import Answer, ArgumentRefusal, Assessment
from vakwerk.assessments.schemas import Stats
from vakwerk.core import audit, clock
from vakwerk.core.db import dialect
from vakwerk.core.errors import InvalidInput
from vakwerk.core.policy import Grant, Op, Scope, authorize
from vakwerk.people import members


def _instant(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=clock.AMSTERDAM)


@dataclass
class StatsQuery:
    team_id: uuid.UUID | None
    from_date: date | None
    to_date: date | None
    group_by: str  # "team" | "person"


async def stats(
    session: AsyncSession, grant: Grant, query: StatsQuery, limit: int, offset: int
) -> Stats:
    """Figures per team or person, every figure aggregated in SQL (docs/domain.md §2
    Monitoring); the rows a page at a time in a fixed order (an organisation's authors over
    the years are many), the totals over all of them."""
    actor = grant.actor
    if query.group_by == "person":
        grant = authorize(actor, Op.ASSESSMENT_STATS_PER_PERSON)
    org_id = grant.organisation_id()
    await members.require_team_filter(session, grant, query.team_id)
    if query.from_date and query.to_date and query.to_date < query.from_date:
        raise InvalidInput.one("toDate", "before_start", "De einddatum ligt voor de begindatum.")
    key = col(Assessment.team_id) if query.group_by == "team" else col(Assessment.author_id)
    refusal_key = (
        col(ArgumentRefusal.team_id) if query.group_by == "team" else col(ArgumentRefusal.author_id)
    )
    scope = [col(Assessment.organisation_id) == org_id, col(Assessment.status) == "afgerond"]
    refusal_scope = [col(ArgumentRefusal.organisation_id) == org_id]
    if not grant.org_wide:
        if Scope.TEAM in grant.scopes:
            scope.append(col(Assessment.team_id).in_(actor.team_ids))
            refusal_scope.append(col(ArgumentRefusal.team_id).in_(actor.team_ids))
        else:  # own
            scope.append(col(Assessment.author_id) == actor.id)
            refusal_scope.append(col(ArgumentRefusal.author_id) == actor.id)
    if query.team_id is not None:
        scope.append(col(Assessment.team_id) == query.team_id)
        refusal_scope.append(col(ArgumentRefusal.team_id) == query.team_id)
    if query.from_date:
        scope.append(col(Assessment.completed_at) >= _instant(query.from_date))
        refusal_scope.append(col(ArgumentRefusal.refused_on) >= query.from_date)
    if query.to_date:
        scope.append(col(Assessment.completed_at) < _instant(query.to_date + timedelta(days=1)))
        refusal_scope.append(col(ArgumentRefusal.refused_on) <= query.to_date)

    def count_if(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    referral = col(Assessment.outcome) == "traject_mogelijk"
    aggregates = (
        func.count().label("assessments"),
        count_if(referral).label("traject_mogelijk"),
        count_if(col(Assessment.outcome) == "nu_geen_traject").label("nu_geen_traject"),
        count_if(col(Assessment.outcome) == "uitgesteld").label("uitgesteld"),
        count_if(col(Assessment.twijfel).is_(True)).label("twijfel"),
        count_if(and_(referral, col(Assessment.review_decision).is_not(None))).label("reviews"),
        count_if(and_(referral, col(Assessment.review_decision) == "teruggemeld")).label("returns"),
    )
    grouped = select(key.label("k"), *aggregates).where(*scope)
    rows = {r.k: dict(r._mapping) for r in await session.execute(grouped.group_by(key))}
    totals = dict((await session.execute(select(*aggregates).where(*scope))).one()._mapping)
    refusals: dict[Any, dict[str, int]] = {}
    refused = await session.execute(
        select(refusal_key, col(ArgumentRefusal.reason), func.count())
        .where(*refusal_scope)
        .group_by(refusal_key, col(ArgumentRefusal.reason))
    )
    for k, reason, n in refused:
        refusals.setdefault(k, {})[reason] = n
    medians = await _medians(session, key, scope)
    keys = [k for k in set(rows) | set(refusals) if k is not None]

    def row(
        k: Any, base: dict[str, Any] | None, refused: dict[str, int], median: float | None
    ) -> dict[str, Any]:
        base = base or {}
        reviews = int(base.get("reviews") or 0)
        returns = int(base.get("returns") or 0)
        item = {
            "assessments": int(base.get("assessments") or 0),
            "outcomes": {
                o: int(base.get(o) or 0)
                for o in ("traject_mogelijk", "nu_geen_traject", "uitgesteld")
            },
            "twijfel": int(base.get("twijfel") or 0),
            "referrals": int(base.get("traject_mogelijk") or 0),
            "reviews": reviews,
            "returns": returns,
            "return_rate": returns / reviews if reviews else None,
            "refusals": {
                r: int(refused.get(r, 0)) for r in ("too_short", "boilerplate", "duplicate")
            },
            "median_argument_length": median,
        }
        if k is not None:
            item["team_id" if query.group_by == "team" else "user_id"] = k
        return item

    all_refusals: dict[str, int] = {}
    for counts in refusals.values():
        for reason, n in counts.items():
            all_refusals[reason] = all_refusals.get(reason, 0) + n
    shown = sorted(keys, key=str)[offset : offset + limit]
    items = [row(k, rows.get(k), refusals.get(k, {}), medians.get(k)) for k in shown]
    audit.by(
        session,
        actor,
        "read",
        "assessment_stats",
        None,
        {"groupBy": query.group_by, "teamId": str(query.team_id) if query.team_id else None},
    )
    return Stats.model_validate(
        {
            "totals": row(None, totals, all_refusals, medians.get("__all__")),
            "items": items,
            "total": len(keys),
            "limit": limit,
            "offset": offset,
        }
    )


async def _medians(session: AsyncSession, key: Any, scope: list[Any]) -> dict[Any, float | None]:
    """The interpolated median of argument lengths, per group and overall, computed in SQL."""
    base = (
        select(key.label("k"), col(Answer.argument_length).label("len"))
        .join(Answer, col(Answer.assessment_id) == col(Assessment.id))
        .where(*scope, col(Answer.argument_length).is_not(None))
    )
    result: dict[Any, float | None] = {}
    if dialect(session) == "postgresql":
        lengths = base.subquery()
        median = func.percentile_cont(0.5).within_group(lengths.c.len)
        for k, value in await session.execute(select(lengths.c.k, median).group_by(lengths.c.k)):
            result[k] = float(value)
        overall = (await session.execute(select(median))).scalar_one()
        result["__all__"] = float(overall) if overall is not None else None
        return result
    # SQLite: the middle row(s) by row_number over the ordered values and the count
    for group_col, label in ((True, None), (False, "__all__")):
        lengths = base.subquery()
        partition = [lengths.c.k] if group_col else []
        ranked = select(
            lengths.c.k.label("k") if group_col else literal_column("'__all__'").label("k"),
            lengths.c.len,
            func.row_number().over(partition_by=partition, order_by=lengths.c.len).label("rn"),
            func.count().over(partition_by=partition).label("cnt"),
        ).subquery()
        middle = (
            select(ranked.c.k, func.avg(ranked.c.len))
            .where(ranked.c.rn.in_([(ranked.c.cnt + 1) // 2, (ranked.c.cnt + 2) // 2]))
            .group_by(ranked.c.k)
        )
        for k, value in await session.execute(middle):
            result[label or k] = float(value) if value is not None else None
    return result
