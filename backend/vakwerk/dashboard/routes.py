"""The exemption dashboard, the manual counts, the benchmark figures, the attention lists."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, Path, Query, Request, Response
from fastapi.responses import StreamingResponse

from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, GrantDep, SessionDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryDay, QueryId, QueryInt
from vakwerk.dashboard import attention, counts, service
from vakwerk.dashboard.schemas import (
    AttentionCounts,
    AttentionList,
    AttentionRow,
    BenchmarkRead,
    BenchmarkWrite,
    CountCreate,
    CountRead,
    CountUpdate,
    ExemptionDashboard,
    Interval,
)

routes = router("Dashboard")
PagingDep = Annotated[Paging, Depends(paging)]
CSV = "text/csv"
TeamQuery = Annotated[QueryId | None, Query(alias="teamId", description="Eén team")]
Weeks = Annotated[QueryInt, Query(ge=1, le=52, description="Hoeveel weken vooruit")]
Year = Annotated[QueryInt, Path(ge=2000, le=2100)]


@routes.get(
    "/dashboard/exemptions",
    response_model=ExemptionDashboard,
    summary="Ontheffingendashboard: percentage, verloop, gronden, nieuwe uitkeringen",
    **op(Op.READ_DASHBOARD, problems=(400,)),
)
async def get_exemption_dashboard(
    session: SessionDep,
    grant: GrantDep,
    team_id: TeamQuery = None,
    on: Annotated[QueryDay | None, Query(alias="date", description="Standaard vandaag")] = None,
    from_date: Annotated[QueryDay | None, Query(alias="fromDate")] = None,
    to_date: Annotated[QueryDay | None, Query(alias="toDate")] = None,
    interval: Annotated[Interval, Query()] = "month",
) -> ExemptionDashboard:
    query = service.DashboardQuery(team_id, on, from_date, to_date, interval)
    return await service.dashboard(session, grant, query)


@routes.get(
    "/dashboard/attention",
    response_model=Page[AttentionRow],
    summary="Aandachtslijst (JSON, of CSV met Accept: text/csv)",
    responses={200: {"content": {CSV: {"schema": {"type": "string", "maxLength": 100_000_000}}}}},
    **op(Op.READ_DASHBOARD, problems=(400,), produces=(JSON, CSV)),
)
async def list_attention(
    session: SessionDep,
    grant: GrantDep,
    request: Request,
    page: PagingDep,
    kind: Annotated[AttentionList, Query(alias="list")],
    team_id: TeamQuery = None,
    weeks: Weeks = 8,
    sort: Annotated[Literal["dueDate", "-dueDate"], Query()] = "dueDate",
) -> Any:
    query = attention.AttentionQuery(kind, team_id, weeks, sort)
    accept = request.headers.get("accept", "")
    if CSV in accept and JSON not in accept:
        stream = await attention.attention_csv(session, grant, query)
        name = f"aandachtslijst-{kind.replace('_', '-')}.csv"
        return StreamingResponse(
            stream,
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="{name}"'},
        )
    rows, total = await attention.attention_list(session, grant, query, page.limit, page.offset)
    return Page.of(AttentionRow, rows, total, page)


@routes.get(
    "/dashboard/attention-counts",
    response_model=AttentionCounts,
    summary="Aantallen op de aandachtslijsten",
    **op(Op.READ_DASHBOARD, problems=(400,)),
)
async def get_attention_counts(
    session: SessionDep, grant: GrantDep, team_id: TeamQuery = None, weeks: Weeks = 8
) -> AttentionCounts:
    found = await attention.attention_counts(session, grant, team_id, weeks)
    return AttentionCounts(team_id=team_id, weeks=weeks, **found)


# --------------------------------------------------------------------------- manual counts


@routes.get(
    "/exemption-counts",
    response_model=Page[CountRead],
    summary="Handmatige tellingen",
    **op(Op.MANUAL_COUNTS, problems=(400,)),
)
async def list_exemption_counts(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: TeamQuery = None,
    from_date: Annotated[QueryDay | None, Query(alias="fromDate")] = None,
    to_date: Annotated[QueryDay | None, Query(alias="toDate")] = None,
) -> Page[CountRead]:
    rows, total = await counts.list_counts(
        session, grant, team_id, from_date, to_date, page.limit, page.offset
    )
    return Page.of(CountRead, [counts.count_read(row) for row in rows], total, page)


@routes.post(
    "/exemption-counts",
    response_model=CountRead,
    status_code=201,
    summary="Handmatige telling vastleggen (de twee aantallen op een datum)",
    **op(Op.MANUAL_COUNTS, problems=(400, 409)),
)
async def create_exemption_count(
    session: SessionDep, grant: GrantDep, body: CountCreate, response: Response
) -> CountRead:
    count = await counts.create_count(session, grant, body)
    created(response, f"/api/v1/exemption-counts/{count.id}", count.version)
    return counts.count_read(count)


@routes.get(
    "/exemption-counts/{id}",
    response_model=CountRead,
    summary="Eén handmatige telling",
    **op(Op.MANUAL_COUNTS),
)
async def get_exemption_count(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> CountRead:
    count = await counts.load_count(session, grant, id)
    etag(response, count.version)
    return counts.count_read(count)


@routes.put(
    "/exemption-counts/{id}",
    response_model=CountRead,
    summary="Handmatige telling verbeteren (alleen de twee aantallen)",
    **op(Op.MANUAL_COUNTS, problems=(400, 412, 428)),
)
async def update_exemption_count(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: CountUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> CountRead:
    count = await counts.update_count(session, grant, id, body, if_match)
    etag(response, count.version)
    return counts.count_read(count)


@routes.delete(
    "/exemption-counts/{id}",
    status_code=204,
    summary="Handmatige telling verwijderen",
    **op(Op.MANUAL_COUNTS),
)
async def delete_exemption_count(session: SessionDep, grant: GrantDep, id: Id) -> Response:
    await counts.delete_count(session, grant, id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- benchmarks


@routes.get(
    "/benchmarks",
    response_model=Page[BenchmarkRead],
    summary="Landelijke ontheffingspercentages per jaar",
    **op(Op.READ_BENCHMARKS),
)
async def list_benchmarks(session: SessionDep, grant: GrantDep) -> Page[BenchmarkRead]:
    rows = await counts.list_benchmarks(session, grant)
    items = [counts.benchmark_read(row) for row in rows]
    return Page[BenchmarkRead](items=items, total=len(items), limit=200, offset=0)


@routes.get(
    "/benchmarks/{year}",
    response_model=BenchmarkRead,
    summary="Landelijk ontheffingspercentage van een jaar",
    **op(Op.READ_BENCHMARKS),
)
async def get_benchmark(
    session: SessionDep, grant: GrantDep, year: Year, response: Response
) -> BenchmarkRead:
    found = await counts.get_benchmark(session, grant, year)
    etag(response, found.version)
    return counts.benchmark_read(found)


@routes.put(
    "/benchmarks/{year}",
    response_model=BenchmarkRead,
    summary="Landelijk ontheffingspercentage van een jaar vastleggen",
    responses={201: {"description": "Cijfer vastgelegd", "model": BenchmarkRead}},
    **op(Op.RECORD_BENCHMARK, problems=(400,)),
)
async def put_benchmark(
    session: SessionDep, grant: GrantDep, year: Year, body: BenchmarkWrite, response: Response
) -> BenchmarkRead:
    found, was_created = await counts.put_benchmark(session, grant, year, body)
    if was_created:
        created(response, f"/api/v1/benchmarks/{year}")
    etag(response, found.version)
    return counts.benchmark_read(found)
