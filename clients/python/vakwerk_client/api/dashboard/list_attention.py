from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_attention_list import ListAttentionList
from ...models.list_attention_sort import ListAttentionSort
from ...models.page_attention_row import PageAttentionRow
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    list_: ListAttentionList,
    team_id: UUID | Unset = UNSET,
    weeks: int | Unset = 8,
    sort: ListAttentionSort | Unset = ListAttentionSort.DUEDATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_list_ = list_.value
    params["list"] = json_list_

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    params["weeks"] = weeks

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard/attention",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAttentionRow | Problem | None:
    if response.status_code == 200:
        response_200 = PageAttentionRow.from_dict(response.json())

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
) -> Response[PageAttentionRow | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    list_: ListAttentionList,
    team_id: UUID | Unset = UNSET,
    weeks: int | Unset = 8,
    sort: ListAttentionSort | Unset = ListAttentionSort.DUEDATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageAttentionRow | Problem]:
    """Aandachtslijst (JSON, of CSV met Accept: text/csv)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        list_ (ListAttentionList):
        team_id (UUID | Unset): Eén team
        weeks (int | Unset): Hoeveel weken vooruit Default: 8.
        sort (ListAttentionSort | Unset):  Default: ListAttentionSort.DUEDATE.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAttentionRow | Problem]
    """

    kwargs = _get_kwargs(
        list_=list_,
        team_id=team_id,
        weeks=weeks,
        sort=sort,
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
    list_: ListAttentionList,
    team_id: UUID | Unset = UNSET,
    weeks: int | Unset = 8,
    sort: ListAttentionSort | Unset = ListAttentionSort.DUEDATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageAttentionRow | Problem | None:
    """Aandachtslijst (JSON, of CSV met Accept: text/csv)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        list_ (ListAttentionList):
        team_id (UUID | Unset): Eén team
        weeks (int | Unset): Hoeveel weken vooruit Default: 8.
        sort (ListAttentionSort | Unset):  Default: ListAttentionSort.DUEDATE.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAttentionRow | Problem
    """

    return sync_detailed(
        client=client,
        list_=list_,
        team_id=team_id,
        weeks=weeks,
        sort=sort,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    list_: ListAttentionList,
    team_id: UUID | Unset = UNSET,
    weeks: int | Unset = 8,
    sort: ListAttentionSort | Unset = ListAttentionSort.DUEDATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageAttentionRow | Problem]:
    """Aandachtslijst (JSON, of CSV met Accept: text/csv)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        list_ (ListAttentionList):
        team_id (UUID | Unset): Eén team
        weeks (int | Unset): Hoeveel weken vooruit Default: 8.
        sort (ListAttentionSort | Unset):  Default: ListAttentionSort.DUEDATE.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAttentionRow | Problem]
    """

    kwargs = _get_kwargs(
        list_=list_,
        team_id=team_id,
        weeks=weeks,
        sort=sort,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    list_: ListAttentionList,
    team_id: UUID | Unset = UNSET,
    weeks: int | Unset = 8,
    sort: ListAttentionSort | Unset = ListAttentionSort.DUEDATE,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageAttentionRow | Problem | None:
    """Aandachtslijst (JSON, of CSV met Accept: text/csv)

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        list_ (ListAttentionList):
        team_id (UUID | Unset): Eén team
        weeks (int | Unset): Hoeveel weken vooruit Default: 8.
        sort (ListAttentionSort | Unset):  Default: ListAttentionSort.DUEDATE.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAttentionRow | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            list_=list_,
            team_id=team_id,
            weeks=weeks,
            sort=sort,
            limit=limit,
            offset=offset,
        )
    ).parsed
