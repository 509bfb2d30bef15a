"""Cases: the Best case form, its lifecycle, the outcome, history and search."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.cases import lifecycle, service
from vakwerk.cases.access import case_read, load_case
from vakwerk.cases.models import Case
from vakwerk.cases.schemas import (
    CaseCreate,
    CaseRead,
    CaseSummary,
    CaseUpdate,
    OutcomeWrite,
    StatusChange,
)
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, SessionDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryDay, QueryId

routes = router("Casussen")
PagingDep = Annotated[Paging, Depends(paging)]


async def _reply(session: AsyncSession, response: Response, case: Case) -> CaseRead:
    etag(response, case.version)
    return await case_read(session, case)


@routes.get(
    "/cases",
    response_model=Page[CaseSummary],
    summary="Casussen (met zoeken: q)",
    **op(Op.READ_CASES, problems=(400,)),
)
async def list_cases(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Zoekwoorden")] = None,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    status: Annotated[
        Literal["concept", "ingediend", "geagendeerd", "besproken", "afgerond", "ingetrokken"]
        | None,
        Query(),
    ] = None,
    kind: Annotated[
        Literal["ontheffing", "twijfelgeval", "worst_practice", "algemeen"] | None, Query()
    ] = None,
    owner_id: Annotated[QueryId | None, Query(alias="ownerId")] = None,
    client_id: Annotated[QueryId | None, Query(alias="clientId")] = None,
    target_session_date: Annotated[
        QueryDay | None,
        Query(alias="targetSessionDate", description="Casussen voor het overleg op deze datum"),
    ] = None,
) -> Page[CaseSummary]:
    filters = service.CaseFilter(team_id, status, kind, owner_id, client_id, q, target_session_date)
    rows, total = await service.list_cases(session, grant, filters, page.limit, page.offset)
    return Page.of(CaseSummary, rows, total, page)


@routes.post(
    "/cases",
    response_model=CaseRead,
    status_code=201,
    summary="Casus aanmaken (concept)",
    **op(Op.CREATE_CASE, problems=(400,)),
)
async def create_case(
    session: SessionDep, grant: GrantDep, body: CaseCreate, response: Response
) -> CaseRead:
    case = await service.create_case(session, grant, body)
    created(response, f"/api/v1/cases/{case.id}")
    return await _reply(session, response, case)


@routes.get("/cases/{id}", response_model=CaseRead, summary="Eén casus", **op(Op.READ_CASES))
async def get_case(session: SessionDep, grant: GrantDep, id: Id, response: Response) -> CaseRead:
    return await _reply(session, response, await load_case(session, grant, id))


@routes.patch(
    "/cases/{id}",
    response_model=CaseRead,
    summary="Casus wijzigen",
    **op(Op.EDIT_CASE, problems=(400, 409, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_case(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: CaseUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> CaseRead:
    case = await service.update_case(session, grant, id, body, if_match)
    return await _reply(session, response, case)


@routes.post(
    "/cases/{id}/submit",
    response_model=CaseRead,
    summary="Casus indienen",
    **op(Op.EDIT_CASE, problems=(400, 409)),
)
async def submit_case(session: SessionDep, grant: GrantDep, id: Id, response: Response) -> CaseRead:
    return await _reply(session, response, await lifecycle.submit_case(session, grant, id))


@routes.post(
    "/cases/{id}/withdraw",
    response_model=CaseRead,
    summary="Casus intrekken",
    **op(Op.EDIT_CASE, problems=(409,)),
)
async def withdraw_case(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> CaseRead:
    return await _reply(session, response, await lifecycle.withdraw_case(session, grant, id))


@routes.put(
    "/cases/{id}/outcome",
    response_model=CaseRead,
    summary="Uitkomst vastleggen",
    **op(Op.EDIT_CASE, problems=(400, 409, 412, 428)),
)
async def record_case_outcome(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: OutcomeWrite,
    response: Response,
    if_match: IfMatch = None,
) -> CaseRead:
    case = await lifecycle.record_outcome(session, grant, id, body, if_match)
    return await _reply(session, response, case)


@routes.get(
    "/cases/{id}/history",
    response_model=Page[StatusChange],
    summary="Statusgeschiedenis van een casus, oudste eerst",
    **op(Op.READ_CASES, problems=(400,)),
)
async def get_case_history(
    session: SessionDep, grant: GrantDep, id: Id, page: PagingDep
) -> Page[StatusChange]:
    rows, total = await service.history(session, grant, id, page.limit, page.offset)
    return Page.of(StatusChange, rows, total, page)
