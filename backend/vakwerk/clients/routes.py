"""Clients, the upsert by reference, diagnosis and exemptions."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response

from vakwerk.clients import service
from vakwerk.clients.schemas import (
    ClientCreate,
    ClientRead,
    ClientSummary,
    ClientUpdate,
    ClientUpsert,
    DiagnosisWrite,
    ExemptionCreate,
    ExemptionEnd,
    ExemptionRead,
)
from vakwerk.core.db import SessionDep
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, op
from vakwerk.core.schema import Page

router = APIRouter(tags=["Klanten"])
PagingDep = Annotated[Paging, Depends(paging)]
SystemCode = Annotated[str, Path(max_length=40, pattern=r"^[a-z0-9_]{1,40}$")]
RefCode = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9._-]{1,64}$")]


def _client_reply(session: SessionDep, response: Response, client: service.Client) -> ClientRead:
    etag(response, client.version)
    return ClientRead.model_validate(service.client_view(session, client))


@router.get(
    "/clients",
    response_model=Page[ClientSummary],
    summary="Klanten (pseudoniem)",
    **op(Op.READ_CLIENTS, problems=(400,), personal_data=True),
)
def list_clients(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: Annotated[uuid.UUID | None, Query(alias="teamId")] = None,
    responsible_manager_id: Annotated[uuid.UUID | None, Query(alias="responsibleManagerId")] = None,
    exemption_status: Annotated[
        Literal["actief", "geen"] | None, Query(alias="exemptionStatus")
    ] = None,
    exemption_ground: Annotated[
        Literal["art_9_lid_2", "art_9_lid_5", "art_9a"] | None, Query(alias="exemptionGround")
    ] = None,
    conversation_overdue: Annotated[bool | None, Query(alias="conversationOverdue")] = None,
    basis_document_expired: Annotated[bool | None, Query(alias="basisDocumentExpired")] = None,
) -> Page[ClientSummary]:
    filters = service.ClientFilter(
        team_id,
        responsible_manager_id,
        exemption_status,
        exemption_ground,
        conversation_overdue,
        basis_document_expired,
    )
    rows, total = service.list_clients(session, grant, filters, page.limit, page.offset)
    return Page.of(ClientSummary, rows, total, page)


@router.post(
    "/clients",
    response_model=ClientRead,
    status_code=201,
    summary="Klant handmatig aanmaken",
    **op(Op.WRITE_CLIENTS, problems=(400,), personal_data=True),
)
def create_client(
    session: SessionDep, grant: GrantDep, body: ClientCreate, response: Response
) -> ClientRead:
    client = service.create_client(session, grant, body)
    created(response, f"/api/v1/clients/{client.id}")
    return _client_reply(session, response, client)


@router.put(
    "/clients/by-ref/{system}/{ref}",
    response_model=ClientRead,
    summary="Klant aanmaken of bijwerken via de verwijzing van een bronsysteem (idempotent)",
    responses={201: {"description": "Klant aangemaakt", "model": ClientRead}},
    **op(Op.UPSERT_CLIENT, problems=(400, 409), personal_data=True),
)
def upsert_client_by_ref(
    session: SessionDep,
    grant: GrantDep,
    request: Request,
    system: SystemCode,
    ref: RefCode,
    body: ClientUpsert,
    response: Response,
) -> ClientRead:
    client, was_created = service.upsert_by_ref(
        session, grant, system, ref, body, request.app.state.settings.bsn_key
    )
    if was_created:
        created(response, f"/api/v1/clients/{client.id}")
    return _client_reply(session, response, client)


@router.get(
    "/clients/{id}",
    response_model=ClientRead,
    summary="Eén klant",
    **op(Op.READ_CLIENTS, personal_data=True),
)
def get_client(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> ClientRead:
    client = service.get_client(session, grant, id)
    service.audit_read(session, grant, "client", client.id)
    return _client_reply(session, response, client)


@router.patch(
    "/clients/{id}",
    response_model=ClientRead,
    summary="Gegevens van een klant wijzigen",
    **op(
        Op.WRITE_CLIENTS, problems=(400, 412, 428), consumes=(MERGE_PATCH, JSON), personal_data=True
    ),
)
def update_client(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: ClientUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> ClientRead:
    return _client_reply(
        session, response, service.update_client(session, grant, id, body, if_match)
    )


@router.put(
    "/clients/{id}/diagnosis",
    response_model=ClientRead,
    summary="Diagnose (CompetenSYS-onderdelen) vervangen",
    **op(Op.RECORD_DIAGNOSIS, problems=(400,), personal_data=True),
)
def put_client_diagnosis(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, body: DiagnosisWrite, response: Response
) -> ClientRead:
    return _client_reply(session, response, service.put_diagnosis(session, grant, id, body))


@router.get(
    "/clients/{id}/exemptions",
    response_model=Page[ExemptionRead],
    summary="Ontheffingen van een klant (ook beëindigde)",
    **op(Op.READ_CLIENTS, personal_data=True),
)
def list_client_exemptions(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, page: PagingDep
) -> Page[ExemptionRead]:
    rows, total = service.list_exemptions(session, grant, id, page.limit, page.offset)
    return Page.of(ExemptionRead, rows, total, page)


@router.post(
    "/clients/{id}/exemptions",
    response_model=ExemptionRead,
    status_code=201,
    summary="Ontheffing verlenen",
    **op(Op.MANAGE_EXEMPTIONS, problems=(400, 409), personal_data=True),
)
def create_exemption(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, body: ExemptionCreate, response: Response
) -> ExemptionRead:
    exemption = service.create_exemption(session, grant, id, body)
    created(response, f"/api/v1/exemptions/{exemption.id}", exemption.version)
    return ExemptionRead.model_validate(service.exemption_view(exemption))


@router.get(
    "/exemptions/{id}",
    response_model=ExemptionRead,
    summary="Eén ontheffing",
    **op(Op.READ_CLIENTS, personal_data=True),
)
def get_exemption(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> ExemptionRead:
    exemption = service.get_exemption(session, grant, id)
    service.audit_read(session, grant, "exemption", exemption.id)
    etag(response, exemption.version)
    return ExemptionRead.model_validate(service.exemption_view(exemption))


@router.post(
    "/exemptions/{id}/end",
    response_model=ExemptionRead,
    summary="Ontheffing beëindigen",
    **op(Op.MANAGE_EXEMPTIONS, problems=(400, 409), personal_data=True),
)
def end_exemption(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, body: ExemptionEnd, response: Response
) -> ExemptionRead:
    exemption = service.end_exemption(session, grant, id, body)
    etag(response, exemption.version)
    return ExemptionRead.model_validate(service.exemption_view(exemption))
