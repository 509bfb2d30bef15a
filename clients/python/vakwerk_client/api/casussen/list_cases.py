import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_cases_kind import ListCasesKind
from ...models.list_cases_status import ListCasesStatus
from ...models.page_case_summary import PageCaseSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListCasesStatus | Unset = UNSET,
    kind: ListCasesKind | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    client_id: UUID | Unset = UNSET,
    target_session_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["ownerId"] = json_owner_id

    json_client_id: str | Unset = UNSET
    if not isinstance(client_id, Unset):
        json_client_id = str(client_id)
    params["clientId"] = json_client_id

    json_target_session_date: str | Unset = UNSET
    if not isinstance(target_session_date, Unset):
        json_target_session_date = target_session_date.isoformat()
    params["targetSessionDate"] = json_target_session_date

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/cases",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageCaseSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageCaseSummary.from_dict(response.json())

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
) -> Response[PageCaseSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListCasesStatus | Unset = UNSET,
    kind: ListCasesKind | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    client_id: UUID | Unset = UNSET,
    target_session_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageCaseSummary | Problem]:
    """Casussen (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListCasesStatus | Unset):
        kind (ListCasesKind | Unset):
        owner_id (UUID | Unset):
        client_id (UUID | Unset):
        target_session_date (datetime.date | Unset): Casussen voor het overleg op deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCaseSummary | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        team_id=team_id,
        status=status,
        kind=kind,
        owner_id=owner_id,
        client_id=client_id,
        target_session_date=target_session_date,
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
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListCasesStatus | Unset = UNSET,
    kind: ListCasesKind | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    client_id: UUID | Unset = UNSET,
    target_session_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageCaseSummary | Problem | None:
    """Casussen (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListCasesStatus | Unset):
        kind (ListCasesKind | Unset):
        owner_id (UUID | Unset):
        client_id (UUID | Unset):
        target_session_date (datetime.date | Unset): Casussen voor het overleg op deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCaseSummary | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        team_id=team_id,
        status=status,
        kind=kind,
        owner_id=owner_id,
        client_id=client_id,
        target_session_date=target_session_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListCasesStatus | Unset = UNSET,
    kind: ListCasesKind | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    client_id: UUID | Unset = UNSET,
    target_session_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageCaseSummary | Problem]:
    """Casussen (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListCasesStatus | Unset):
        kind (ListCasesKind | Unset):
        owner_id (UUID | Unset):
        client_id (UUID | Unset):
        target_session_date (datetime.date | Unset): Casussen voor het overleg op deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageCaseSummary | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        team_id=team_id,
        status=status,
        kind=kind,
        owner_id=owner_id,
        client_id=client_id,
        target_session_date=target_session_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListCasesStatus | Unset = UNSET,
    kind: ListCasesKind | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    client_id: UUID | Unset = UNSET,
    target_session_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageCaseSummary | Problem | None:
    """Casussen (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListCasesStatus | Unset):
        kind (ListCasesKind | Unset):
        owner_id (UUID | Unset):
        client_id (UUID | Unset):
        target_session_date (datetime.date | Unset): Casussen voor het overleg op deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageCaseSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            team_id=team_id,
            status=status,
            kind=kind,
            owner_id=owner_id,
            client_id=client_id,
            target_session_date=target_session_date,
            limit=limit,
            offset=offset,
        )
    ).parsed
