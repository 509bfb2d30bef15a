"""Cases: the Best case form, its lifecycle, the outcome, history and search."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Response
from pydantic import Field

from vakwerk.cases import service
from vakwerk.cases.schemas import (
    CaseCreate,
    CaseRead,
    CaseSummary,
    CaseUpdate,
    OutcomeWrite,
    StatusChange,
)
from vakwerk.core.db import SessionDep
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, op
from vakwerk.core.schema import Page, Read

router = APIRouter(tags=["Casussen"])
PagingDep = Annotated[Paging, Depends(paging)]


class History(Read):
    items: list[StatusChange] = Field(max_length=100)


def _reply(session: SessionDep, response: Response, case: service.Case) -> CaseRead:
    etag(response, case.version)
    return CaseRead.model_validate(service.case_view(session, case))


@router.get(
    "/cases",
    response_model=Page[CaseSummary],
    summary="Casussen (met zoeken: q)",
    **op(Op.READ_CASES, problems=(400,), personal_data=True),
)
def list_cases(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Zoekwoorden")] = None,
    team_id: Annotated[uuid.UUID | None, Query(alias="teamId")] = None,
    status: Annotated[
        Literal["concept", "ingediend", "geagendeerd", "besproken", "afgerond", "ingetrokken"]
        | None,
        Query(),
    ] = None,
    kind: Annotated[
        Literal["ontheffing", "twijfelgeval", "worst_practice", "algemeen"] | None, Query()
    ] = None,
    owner_id: Annotated[uuid.UUID | None, Query(alias="ownerId")] = None,
    client_id: Annotated[uuid.UUID | None, Query(alias="clientId")] = None,
) -> Page[CaseSummary]:
    filters = service.CaseFilter(team_id, status, kind, owner_id, client_id, q)
    rows, total = service.list_cases(session, grant, filters, page.limit, page.offset)
    return Page.of(CaseSummary, rows, total, page)


@router.post(
    "/cases",
    response_model=CaseRead,
    status_code=201,
    summary="Casus aanmaken (concept)",
    **op(Op.CREATE_CASE, problems=(400,), personal_data=True),
)
def create_case(
    session: SessionDep, grant: GrantDep, body: CaseCreate, response: Response
) -> CaseRead:
    case = service.create_case(session, grant, body)
    created(response, f"/api/v1/cases/{case.id}")
    return _reply(session, response, case)


@router.get(
    "/cases/{id}",
    response_model=CaseRead,
    summary="Eén casus",
    **op(Op.READ_CASES, personal_data=True),
)
def get_case(session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response) -> CaseRead:
    case = service.get_case(session, grant, id)
    service.audit_read(session, grant, case)
    return _reply(session, response, case)


@router.patch(
    "/cases/{id}",
    response_model=CaseRead,
    summary="Casus wijzigen",
    **op(
        Op.EDIT_CASE,
        problems=(400, 409, 412, 428),
        consumes=(MERGE_PATCH, JSON),
        personal_data=True,
    ),
)
def update_case(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: CaseUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> CaseRead:
    return _reply(session, response, service.update_case(session, grant, id, body, if_match))


@router.post(
    "/cases/{id}/submit",
    response_model=CaseRead,
    summary="Casus indienen",
    **op(Op.EDIT_CASE, problems=(400, 409), personal_data=True),
)
def submit_case(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> CaseRead:
    return _reply(session, response, service.submit_case(session, grant, id))


@router.post(
    "/cases/{id}/withdraw",
    response_model=CaseRead,
    summary="Casus intrekken",
    **op(Op.EDIT_CASE, problems=(409,), personal_data=True),
)
def withdraw_case(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> CaseRead:
    return _reply(session, response, service.withdraw_case(session, grant, id))


@router.put(
    "/cases/{id}/outcome",
    response_model=CaseRead,
    summary="Uitkomst vastleggen",
    **op(Op.EDIT_CASE, problems=(400, 409, 412, 428), personal_data=True),
)
def record_case_outcome(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: OutcomeWrite,
    response: Response,
    if_match: IfMatch = None,
) -> CaseRead:
    return _reply(session, response, service.record_outcome(session, grant, id, body, if_match))


@router.get(
    "/cases/{id}/history",
    response_model=History,
    summary="Statusgeschiedenis van een casus",
    **op(Op.READ_CASES, personal_data=True),
)
def get_case_history(session: SessionDep, grant: GrantDep, id: uuid.UUID) -> History:
    changes = service.history(session, grant, id)
    return History(items=[StatusChange.model_validate(c) for c in changes])
