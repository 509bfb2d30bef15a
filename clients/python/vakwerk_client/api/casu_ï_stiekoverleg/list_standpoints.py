from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_standpoints_status import ListStandpointsStatus
from ...models.page_standpoint_read import PageStandpointRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListStandpointsStatus | Unset = UNSET,
    dilemma_id: UUID | Unset = UNSET,
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

    json_dilemma_id: str | Unset = UNSET
    if not isinstance(dilemma_id, Unset):
        json_dilemma_id = str(dilemma_id)
    params["dilemmaId"] = json_dilemma_id

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/standpoints",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageStandpointRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageStandpointRead.from_dict(response.json())

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
) -> Response[PageStandpointRead | Problem]:
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
    status: ListStandpointsStatus | Unset = UNSET,
    dilemma_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageStandpointRead | Problem]:
    """Standpunten van het team (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListStandpointsStatus | Unset):
        dilemma_id (UUID | Unset):
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStandpointRead | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        team_id=team_id,
        status=status,
        dilemma_id=dilemma_id,
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
    status: ListStandpointsStatus | Unset = UNSET,
    dilemma_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageStandpointRead | Problem | None:
    """Standpunten van het team (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListStandpointsStatus | Unset):
        dilemma_id (UUID | Unset):
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStandpointRead | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        team_id=team_id,
        status=status,
        dilemma_id=dilemma_id,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    status: ListStandpointsStatus | Unset = UNSET,
    dilemma_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageStandpointRead | Problem]:
    """Standpunten van het team (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListStandpointsStatus | Unset):
        dilemma_id (UUID | Unset):
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageStandpointRead | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        team_id=team_id,
        status=status,
        dilemma_id=dilemma_id,
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
    status: ListStandpointsStatus | Unset = UNSET,
    dilemma_id: UUID | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageStandpointRead | Problem | None:
    """Standpunten van het team (met zoeken: q)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie).

    Args:
        q (str | Unset): Zoekwoorden
        team_id (UUID | Unset):
        status (ListStandpointsStatus | Unset):
        dilemma_id (UUID | Unset):
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageStandpointRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            team_id=team_id,
            status=status,
            dilemma_id=dilemma_id,
            limit=limit,
            offset=offset,
        )
    ).parsed
