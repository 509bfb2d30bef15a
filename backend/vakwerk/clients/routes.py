"""Clients, the upsert by reference, diagnosis and exemptions."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Depends, Path, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.clients import diagnosis, exemptions, service
from vakwerk.clients.access import client_read, exemption_read, load_client
from vakwerk.clients.models import Client
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
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, SessionDep, SettingsDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryFlag, QueryId

routes = router("Klanten")
PagingDep = Annotated[Paging, Depends(paging)]
SystemCode = Annotated[str, Path(max_length=40, pattern=r"^[a-z0-9_]{1,40}$")]
RefCode = Annotated[str, Path(max_length=64, pattern=r"^[A-Za-z0-9._-]{1,64}$")]


async def _reply(session: AsyncSession, response: Response, client: Client) -> ClientRead:
    etag(response, client.version)
    return await client_read(session, client)


@routes.get(
    "/clients",
    response_model=Page[ClientSummary],
    summary="Klanten (pseudoniem; zoeken op nummer in het bronsysteem: q)",
    **op(Op.READ_CLIENTS, problems=(400,)),
)
async def list_clients(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    responsible_manager_id: Annotated[QueryId | None, Query(alias="responsibleManagerId")] = None,
    exemption_status: Annotated[
        Literal["actief", "geen"] | None, Query(alias="exemptionStatus")
    ] = None,
    exemption_ground: Annotated[
        Literal["art_9_lid_2", "art_9_lid_5", "art_9a"] | None, Query(alias="exemptionGround")
    ] = None,
    conversation_overdue: Annotated[QueryFlag | None, Query(alias="conversationOverdue")] = None,
    basis_document_expired: Annotated[QueryFlag | None, Query(alias="basisDocumentExpired")] = None,
    reexamination_due: Annotated[
        QueryFlag | None,
        Query(
            alias="reexaminationDue",
            description="Een actieve ontheffing waarvan de herbeoordelingsdatum vandaag of "
            "eerder is",
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=106,
            description="Het begin van een nummer in een bronsysteem, hoofdletters maken niet "
            "uit (`a-70`); of bronsysteem en nummer met een spatie (`civision 123`)",
        ),
    ] = None,
) -> Page[ClientSummary]:
    filters = service.ClientFilter(
        team_id,
        responsible_manager_id,
        exemption_status,
        exemption_ground,
        conversation_overdue,
        basis_document_expired,
        reexamination_due,
        q,
    )
    rows, total = await service.list_clients(session, grant, filters, page.limit, page.offset)
    return Page.of(ClientSummary, rows, total, page)


@routes.post(
    "/clients",
    response_model=ClientRead,
    status_code=201,
    summary="Klant handmatig aanmaken",
    **op(Op.WRITE_CLIENTS, problems=(400,)),
)
async def create_client(
    session: SessionDep, grant: GrantDep, body: ClientCreate, response: Response
) -> ClientRead:
    client = await service.create_client(session, grant, body)
    created(response, f"/api/v1/clients/{client.id}")
    return await _reply(session, response, client)


@routes.put(
    "/clients/by-ref/{system}/{ref}",
    response_model=ClientRead,
    summary="Klant aanmaken of bijwerken via de verwijzing van een bronsysteem (idempotent)",
    responses={201: {"description": "Klant aangemaakt", "model": ClientRead}},
    **op(Op.UPSERT_CLIENT, problems=(400, 409)),
)
async def upsert_client_by_ref(
    session: SessionDep,
    grant: GrantDep,
    settings: SettingsDep,
    system: SystemCode,
    ref: RefCode,
    body: ClientUpsert,
    response: Response,
) -> ClientRead:
    client, was_created = await service.upsert_by_ref(
        session, grant, system, ref, body, settings.bsn_key
    )
    if was_created:
        created(response, f"/api/v1/clients/{client.id}")
    return await _reply(session, response, client)


@routes.get(
    "/clients/{id}",
    response_model=ClientRead,
    summary="Eén klant",
    **op(Op.READ_CLIENTS),
)
async def get_client(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> ClientRead:
    return await _reply(session, response, await load_client(session, grant, id))


@routes.patch(
    "/clients/{id}",
    response_model=ClientRead,
    summary="Gegevens van een klant wijzigen",
    **op(Op.WRITE_CLIENTS, problems=(400, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_client(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: ClientUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> ClientRead:
    client = await service.update_client(session, grant, id, body, if_match)
    return await _reply(session, response, client)


@routes.put(
    "/clients/{id}/diagnosis",
    response_model=ClientRead,
    summary="Diagnose (CompetenSYS-onderdelen) vervangen",
    **op(Op.RECORD_DIAGNOSIS, problems=(400,)),
)
async def put_client_diagnosis(
    session: SessionDep, grant: GrantDep, id: Id, body: DiagnosisWrite, response: Response
) -> ClientRead:
    client = await diagnosis.put_diagnosis(session, grant, id, body)
    return await _reply(session, response, client)


@routes.get(
    "/clients/{id}/exemptions",
    response_model=Page[ExemptionRead],
    summary="Ontheffingen van een klant (ook beëindigde)",
    **op(Op.READ_CLIENTS),
)
async def list_client_exemptions(
    session: SessionDep, grant: GrantDep, id: Id, page: PagingDep
) -> Page[ExemptionRead]:
    rows, total = await exemptions.list_exemptions(session, grant, id, page.limit, page.offset)
    return Page.of(ExemptionRead, rows, total, page)


@routes.post(
    "/clients/{id}/exemptions",
    response_model=ExemptionRead,
    status_code=201,
    summary="Ontheffing verlenen",
    **op(Op.MANAGE_EXEMPTIONS, problems=(400, 409)),
)
async def create_exemption(
    session: SessionDep, grant: GrantDep, id: Id, body: ExemptionCreate, response: Response
) -> ExemptionRead:
    exemption = await exemptions.create_exemption(session, grant, id, body)
    created(response, f"/api/v1/exemptions/{exemption.id}", exemption.version)
    return exemption_read(exemption)


@routes.get(
    "/exemptions/{id}",
    response_model=ExemptionRead,
    summary="Eén ontheffing",
    **op(Op.READ_CLIENTS),
)
async def get_exemption(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> ExemptionRead:
    exemption = await exemptions.load_exemption(session, grant, id)
    etag(response, exemption.version)
    return exemption_read(exemption)


@routes.post(
    "/exemptions/{id}/end",
    response_model=ExemptionRead,
    summary="Ontheffing beëindigen",
    **op(Op.MANAGE_EXEMPTIONS, problems=(400, 409)),
)
async def end_exemption(
    session: SessionDep, grant: GrantDep, id: Id, body: ExemptionEnd, response: Response
) -> ExemptionRead:
    exemption = await exemptions.end_exemption(session, grant, id, body)
    etag(response, exemption.version)
    return exemption_read(exemption)
