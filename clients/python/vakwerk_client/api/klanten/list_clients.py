from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_clients_exemptionground import ListClientsExemptionground
from ...models.list_clients_exemptionstatus import ListClientsExemptionstatus
from ...models.page_client_summary import PageClientSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: UUID | Unset = UNSET,
    responsible_manager_id: UUID | Unset = UNSET,
    exemption_status: ListClientsExemptionstatus | Unset = UNSET,
    exemption_ground: ListClientsExemptionground | Unset = UNSET,
    conversation_overdue: bool | Unset = UNSET,
    basis_document_expired: bool | Unset = UNSET,
    reexamination_due: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    json_responsible_manager_id: str | Unset = UNSET
    if not isinstance(responsible_manager_id, Unset):
        json_responsible_manager_id = str(responsible_manager_id)
    params["responsibleManagerId"] = json_responsible_manager_id

    json_exemption_status: str | Unset = UNSET
    if not isinstance(exemption_status, Unset):
        json_exemption_status = exemption_status.value

    params["exemptionStatus"] = json_exemption_status

    json_exemption_ground: str | Unset = UNSET
    if not isinstance(exemption_ground, Unset):
        json_exemption_ground = exemption_ground.value

    params["exemptionGround"] = json_exemption_ground

    params["conversationOverdue"] = conversation_overdue

    params["basisDocumentExpired"] = basis_document_expired

    params["reexaminationDue"] = reexamination_due

    params["q"] = q

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/clients",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageClientSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageClientSummary.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageClientSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    responsible_manager_id: UUID | Unset = UNSET,
    exemption_status: ListClientsExemptionstatus | Unset = UNSET,
    exemption_ground: ListClientsExemptionground | Unset = UNSET,
    conversation_overdue: bool | Unset = UNSET,
    basis_document_expired: bool | Unset = UNSET,
    reexamination_due: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageClientSummary | Problem]:
    """Klanten (pseudoniem; zoeken op nummer in het bronsysteem: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope clients:read.

    Args:
        team_id (UUID | Unset):
        responsible_manager_id (UUID | Unset):
        exemption_status (ListClientsExemptionstatus | Unset):
        exemption_ground (ListClientsExemptionground | Unset):
        conversation_overdue (bool | Unset):
        basis_document_expired (bool | Unset):
        reexamination_due (bool | Unset): Een actieve ontheffing waarvan de herbeoordelingsdatum
            vandaag of eerder is
        q (str | Unset): Het begin van een nummer in een bronsysteem, hoofdletters maken niet uit
            (`a-70`); of bronsysteem en nummer met een spatie (`civision 123`)
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageClientSummary | Problem]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        responsible_manager_id=responsible_manager_id,
        exemption_status=exemption_status,
        exemption_ground=exemption_ground,
        conversation_overdue=conversation_overdue,
        basis_document_expired=basis_document_expired,
        reexamination_due=reexamination_due,
        q=q,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    responsible_manager_id: UUID | Unset = UNSET,
    exemption_status: ListClientsExemptionstatus | Unset = UNSET,
    exemption_ground: ListClientsExemptionground | Unset = UNSET,
    conversation_overdue: bool | Unset = UNSET,
    basis_document_expired: bool | Unset = UNSET,
    reexamination_due: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageClientSummary | Problem | None:
    """Klanten (pseudoniem; zoeken op nummer in het bronsysteem: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope clients:read.

    Args:
        team_id (UUID | Unset):
        responsible_manager_id (UUID | Unset):
        exemption_status (ListClientsExemptionstatus | Unset):
        exemption_ground (ListClientsExemptionground | Unset):
        conversation_overdue (bool | Unset):
        basis_document_expired (bool | Unset):
        reexamination_due (bool | Unset): Een actieve ontheffing waarvan de herbeoordelingsdatum
            vandaag of eerder is
        q (str | Unset): Het begin van een nummer in een bronsysteem, hoofdletters maken niet uit
            (`a-70`); of bronsysteem en nummer met een spatie (`civision 123`)
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageClientSummary | Problem
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        responsible_manager_id=responsible_manager_id,
        exemption_status=exemption_status,
        exemption_ground=exemption_ground,
        conversation_overdue=conversation_overdue,
        basis_document_expired=basis_document_expired,
        reexamination_due=reexamination_due,
        q=q,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    responsible_manager_id: UUID | Unset = UNSET,
    exemption_status: ListClientsExemptionstatus | Unset = UNSET,
    exemption_ground: ListClientsExemptionground | Unset = UNSET,
    conversation_overdue: bool | Unset = UNSET,
    basis_document_expired: bool | Unset = UNSET,
    reexamination_due: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageClientSummary | Problem]:
    """Klanten (pseudoniem; zoeken op nummer in het bronsysteem: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope clients:read.

    Args:
        team_id (UUID | Unset):
        responsible_manager_id (UUID | Unset):
        exemption_status (ListClientsExemptionstatus | Unset):
        exemption_ground (ListClientsExemptionground | Unset):
        conversation_overdue (bool | Unset):
        basis_document_expired (bool | Unset):
        reexamination_due (bool | Unset): Een actieve ontheffing waarvan de herbeoordelingsdatum
            vandaag of eerder is
        q (str | Unset): Het begin van een nummer in een bronsysteem, hoofdletters maken niet uit
            (`a-70`); of bronsysteem en nummer met een spatie (`civision 123`)
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageClientSummary | Problem]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        responsible_manager_id=responsible_manager_id,
        exemption_status=exemption_status,
        exemption_ground=exemption_ground,
        conversation_overdue=conversation_overdue,
        basis_document_expired=basis_document_expired,
        reexamination_due=reexamination_due,
        q=q,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    responsible_manager_id: UUID | Unset = UNSET,
    exemption_status: ListClientsExemptionstatus | Unset = UNSET,
    exemption_ground: ListClientsExemptionground | Unset = UNSET,
    conversation_overdue: bool | Unset = UNSET,
    basis_document_expired: bool | Unset = UNSET,
    reexamination_due: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageClientSummary | Problem | None:
    """Klanten (pseudoniem; zoeken op nummer in het bronsysteem: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope clients:read.

    Args:
        team_id (UUID | Unset):
        responsible_manager_id (UUID | Unset):
        exemption_status (ListClientsExemptionstatus | Unset):
        exemption_ground (ListClientsExemptionground | Unset):
        conversation_overdue (bool | Unset):
        basis_document_expired (bool | Unset):
        reexamination_due (bool | Unset): Een actieve ontheffing waarvan de herbeoordelingsdatum
            vandaag of eerder is
        q (str | Unset): Het begin van een nummer in een bronsysteem, hoofdletters maken niet uit
            (`a-70`); of bronsysteem en nummer met een spatie (`civision 123`)
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageClientSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            responsible_manager_id=responsible_manager_id,
            exemption_status=exemption_status,
            exemption_ground=exemption_ground,
            conversation_overdue=conversation_overdue,
            basis_document_expired=basis_document_expired,
            reexamination_due=reexamination_due,
            q=q,
            limit=limit,
            offset=offset,
        )
    ).parsed
