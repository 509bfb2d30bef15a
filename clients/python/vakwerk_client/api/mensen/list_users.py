from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_users_role import ListUsersRole
from ...models.page_user_read import PageUserRead
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: UUID | Unset = UNSET,
    role: ListUsersRole | Unset = UNSET,
    active: bool | Unset = UNSET,
    without_team: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    json_role: str | Unset = UNSET
    if not isinstance(role, Unset):
        json_role = role.value

    params["role"] = json_role

    params["active"] = active

    params["withoutTeam"] = without_team

    params["q"] = q

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/users",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageUserRead | Problem | None:
    if response.status_code == 200:
        response_200 = PageUserRead.from_dict(response.json())

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
) -> Response[PageUserRead | Problem]:
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
    role: ListUsersRole | Unset = UNSET,
    active: bool | Unset = UNSET,
    without_team: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageUserRead | Problem]:
    """Collega's (zoeken op naam of e-mailadres: q)

     Toegang: klantmanager (hele organisatie), teamleider (hele organisatie), kwaliteit (hele
    organisatie), consulent (hele organisatie), beheerder (hele organisatie).

    Args:
        team_id (UUID | Unset):
        role (ListUsersRole | Unset):
        active (bool | Unset):
        without_team (bool | Unset): Geen lid van een team, terwijl een rol er een vraagt
            (klantmanager, teamleider, consulent)
        q (str | Unset): Het begin van de naam, van een woord in de naam, of van het e-mailadres;
            hoofdletters maken niet uit
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserRead | Problem]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        role=role,
        active=active,
        without_team=without_team,
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
    role: ListUsersRole | Unset = UNSET,
    active: bool | Unset = UNSET,
    without_team: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageUserRead | Problem | None:
    """Collega's (zoeken op naam of e-mailadres: q)

     Toegang: klantmanager (hele organisatie), teamleider (hele organisatie), kwaliteit (hele
    organisatie), consulent (hele organisatie), beheerder (hele organisatie).

    Args:
        team_id (UUID | Unset):
        role (ListUsersRole | Unset):
        active (bool | Unset):
        without_team (bool | Unset): Geen lid van een team, terwijl een rol er een vraagt
            (klantmanager, teamleider, consulent)
        q (str | Unset): Het begin van de naam, van een woord in de naam, of van het e-mailadres;
            hoofdletters maken niet uit
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserRead | Problem
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        role=role,
        active=active,
        without_team=without_team,
        q=q,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    role: ListUsersRole | Unset = UNSET,
    active: bool | Unset = UNSET,
    without_team: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageUserRead | Problem]:
    """Collega's (zoeken op naam of e-mailadres: q)

     Toegang: klantmanager (hele organisatie), teamleider (hele organisatie), kwaliteit (hele
    organisatie), consulent (hele organisatie), beheerder (hele organisatie).

    Args:
        team_id (UUID | Unset):
        role (ListUsersRole | Unset):
        active (bool | Unset):
        without_team (bool | Unset): Geen lid van een team, terwijl een rol er een vraagt
            (klantmanager, teamleider, consulent)
        q (str | Unset): Het begin van de naam, van een woord in de naam, of van het e-mailadres;
            hoofdletters maken niet uit
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserRead | Problem]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        role=role,
        active=active,
        without_team=without_team,
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
    role: ListUsersRole | Unset = UNSET,
    active: bool | Unset = UNSET,
    without_team: bool | Unset = UNSET,
    q: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageUserRead | Problem | None:
    """Collega's (zoeken op naam of e-mailadres: q)

     Toegang: klantmanager (hele organisatie), teamleider (hele organisatie), kwaliteit (hele
    organisatie), consulent (hele organisatie), beheerder (hele organisatie).

    Args:
        team_id (UUID | Unset):
        role (ListUsersRole | Unset):
        active (bool | Unset):
        without_team (bool | Unset): Geen lid van een team, terwijl een rol er een vraagt
            (klantmanager, teamleider, consulent)
        q (str | Unset): Het begin van de naam, van een woord in de naam, of van het e-mailadres;
            hoofdletters maken niet uit
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            role=role,
            active=active,
            without_team=without_team,
            q=q,
            limit=limit,
            offset=offset,
        )
    ).parsed
