"""The two counts by hand (the team leader) and the national benchmark figures (the
beheerder). Every change is audited; of a manual count only the two numbers change."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import Conflict, InvalidInput, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant
from vakwerk.dashboard.models import SEEDED_BENCHMARKS, Benchmark, ExemptionCount
from vakwerk.dashboard.periods import rate
from vakwerk.dashboard.schemas import (
    BenchmarkRead,
    BenchmarkWrite,
    CountCreate,
    CountRead,
    CountUpdate,
)
from vakwerk.dashboard.service import teams_in_scope

COUNT_FIELDS = ("clients_with_benefit", "clients_with_exemption")


def count_read(count: ExemptionCount) -> CountRead:
    return CountRead.model_validate(
        {
            **count.model_dump(),
            "date": count.count_date,
            "rate": rate(count.clients_with_exemption, count.clients_with_benefit),
        }
    )


def _numbers_agree(with_benefit: int, with_exemption: int) -> None:
    if with_exemption > with_benefit:
        raise InvalidInput.one(
            "clientsWithExemption",
            "more_than_total",
            "Het aantal klanten met een ontheffing kan niet groter zijn dan het aantal "
            "klanten met een uitkering.",
        )


async def create_count(session: AsyncSession, grant: Grant, data: CountCreate) -> ExemptionCount:
    await teams_in_scope(session, grant, data.team_id)  # 400 not_found outside one's teams
    _numbers_agree(data.clients_with_benefit, data.clients_with_exemption)
    refuse_bsn({"source": data.source})
    if data.date > clock.today():
        raise InvalidInput.one("date", "in_future", "Een telling gaat over vandaag of eerder.")
    now = clock.now()
    count = ExemptionCount(
        organisation_id=grant.organisation_id(),
        team_id=data.team_id,
        count_date=data.date,
        clients_with_benefit=data.clients_with_benefit,
        clients_with_exemption=data.clients_with_exemption,
        source=data.source,
        created_by=grant.actor.id,
        created_at=now,
        updated_at=now,
    )
    try:
        async with session.begin_nested():
            session.add(count)
            await session.flush()
    except IntegrityError:
        raise Conflict("Voor dit team is op deze datum al een telling vastgelegd.") from None
    values = {
        "team_id": data.team_id,
        "date": data.date,
        "clients_with_benefit": data.clients_with_benefit,
        "clients_with_exemption": data.clients_with_exemption,
    }
    audit.by(session, grant.actor, "create", "exemption_count", count.id, audit.diff(None, values))
    return count


async def load_count(
    session: AsyncSession, grant: Grant, count_id: uuid.UUID, *, for_update: bool = False
) -> ExemptionCount:
    """A count of one of the actor's teams, or 404."""
    query = select(ExemptionCount).where(
        col(ExemptionCount.id) == count_id,
        col(ExemptionCount.organisation_id) == grant.organisation_id(),
    )
    found = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if found is None or (not grant.org_wide and found.team_id not in grant.actor.team_ids):
        raise NotFound()
    return found


async def list_counts(
    session: AsyncSession,
    grant: Grant,
    team_id: uuid.UUID | None,
    from_date: date | None,
    to_date: date | None,
    limit: int,
    offset: int,
) -> tuple[list[ExemptionCount], int]:
    teams = await teams_in_scope(session, grant, team_id)
    query = select(ExemptionCount).where(
        col(ExemptionCount.organisation_id) == grant.organisation_id()
    )
    if teams is not None:
        query = query.where(col(ExemptionCount.team_id).in_(teams))
    if from_date is not None:
        query = query.where(col(ExemptionCount.count_date) >= from_date)
    if to_date is not None:
        query = query.where(col(ExemptionCount.count_date) <= to_date)
    order = (col(ExemptionCount.count_date).desc(), col(ExemptionCount.id))
    return await page(session, query, order, limit, offset)


async def update_count(
    session: AsyncSession,
    grant: Grant,
    count_id: uuid.UUID,
    data: CountUpdate,
    if_match: str | None,
) -> ExemptionCount:
    count = await load_count(session, grant, count_id, for_update=True)
    check_version(if_match, count.version)
    _numbers_agree(data.clients_with_benefit, data.clients_with_exemption)
    before = {name: getattr(count, name) for name in COUNT_FIELDS}
    after = data.model_dump()
    changes = audit.diff(before, after)
    if changes:
        for name, value in after.items():
            setattr(count, name, value)
        count.version += 1
        count.updated_at = clock.now()
        audit.by(session, grant.actor, "update", "exemption_count", count.id, changes)
        await session.flush()
    return count


async def delete_count(session: AsyncSession, grant: Grant, count_id: uuid.UUID) -> None:
    count = await load_count(session, grant, count_id, for_update=True)
    old = {name: getattr(count, name) for name in COUNT_FIELDS} | {
        "team_id": count.team_id,
        "date": count.count_date,
    }
    await session.delete(count)
    await session.flush()
    audit.by(session, grant.actor, "delete", "exemption_count", count_id, audit.diff(old, None))


# --------------------------------------------------------------------------- benchmarks


async def seed_organisation(session: AsyncSession, organisation_id: uuid.UUID) -> None:
    """Every organisation starts with the national figures of 2020 and 2021."""
    now = clock.now()
    for year, value in SEEDED_BENCHMARKS.items():
        session.add(
            Benchmark(organisation_id=organisation_id, year=year, rate=value, updated_at=now)
        )
    await session.flush()


def benchmark_read(found: Benchmark) -> BenchmarkRead:
    return BenchmarkRead.model_validate(found)


async def list_benchmarks(session: AsyncSession, grant: Grant) -> list[Benchmark]:
    query = (
        select(Benchmark)
        .where(col(Benchmark.organisation_id) == grant.organisation_id())
        .order_by(col(Benchmark.year))
        .limit(200)
    )
    return list((await session.execute(query)).scalars())


async def get_benchmark(session: AsyncSession, grant: Grant, year: int) -> Benchmark:
    found = await session.get(Benchmark, (grant.organisation_id(), year))
    if found is None:
        raise NotFound("Voor dit jaar is geen landelijk cijfer vastgelegd.")
    return found


async def put_benchmark(
    session: AsyncSession, grant: Grant, year: int, data: BenchmarkWrite
) -> tuple[Benchmark, bool]:
    """Record the figure of a year; returns (figure, created)."""
    org = grant.organisation_id()
    query = select(Benchmark).where(
        col(Benchmark.organisation_id) == org, col(Benchmark.year) == year
    )
    found = (await session.execute(locked(query))).scalar_one_or_none()
    now = clock.now()
    if found is None:
        found = Benchmark(organisation_id=org, year=year, rate=data.rate, updated_at=now)
        session.add(found)
        await session.flush()
        audit.by(
            session, grant.actor, "create", "benchmark", None, {"year": year, "rate": data.rate}
        )
        return found, True
    if found.rate != data.rate:
        changes = {"year": year, "rate": {"old": found.rate, "new": data.rate}}
        found.rate = data.rate
        found.version += 1
        found.updated_at = now
        audit.by(session, grant.actor, "update", "benchmark", None, changes)
        await session.flush()
    return found, False
