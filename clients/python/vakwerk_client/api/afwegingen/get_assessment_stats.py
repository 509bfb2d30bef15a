import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.get_assessment_stats_groupby import GetAssessmentStatsGroupby
from ...models.problem import Problem
from ...models.stats import Stats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: UUID | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    group_by: GetAssessmentStatsGroupby | Unset = GetAssessmentStatsGroupby.TEAM,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["groupBy"] = json_group_by

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessment-stats",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | Stats | None:
    if response.status_code == 200:
        response_200 = Stats.from_dict(response.json())

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
) -> Response[Problem | Stats]:
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    group_by: GetAssessmentStatsGroupby | Unset = GetAssessmentStatsGroupby.TEAM,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[Problem | Stats]:
    """Cijfers over afwegingen per team of persoon

     Toegang: klantmanager (eigen), teamleider (eigen teams), kwaliteit (hele organisatie), consulent
    (hele organisatie).

    Args:
        team_id (UUID | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        group_by (GetAssessmentStatsGroupby | Unset):  Default: GetAssessmentStatsGroupby.TEAM.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Stats]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        from_date=from_date,
        to_date=to_date,
        group_by=group_by,
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
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    group_by: GetAssessmentStatsGroupby | Unset = GetAssessmentStatsGroupby.TEAM,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Problem | Stats | None:
    """Cijfers over afwegingen per team of persoon

     Toegang: klantmanager (eigen), teamleider (eigen teams), kwaliteit (hele organisatie), consulent
    (hele organisatie).

    Args:
        team_id (UUID | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        group_by (GetAssessmentStatsGroupby | Unset):  Default: GetAssessmentStatsGroupby.TEAM.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Stats
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        from_date=from_date,
        to_date=to_date,
        group_by=group_by,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    group_by: GetAssessmentStatsGroupby | Unset = GetAssessmentStatsGroupby.TEAM,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[Problem | Stats]:
    """Cijfers over afwegingen per team of persoon

     Toegang: klantmanager (eigen), teamleider (eigen teams), kwaliteit (hele organisatie), consulent
    (hele organisatie).

    Args:
        team_id (UUID | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        group_by (GetAssessmentStatsGroupby | Unset):  Default: GetAssessmentStatsGroupby.TEAM.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | Stats]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        from_date=from_date,
        to_date=to_date,
        group_by=group_by,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    group_by: GetAssessmentStatsGroupby | Unset = GetAssessmentStatsGroupby.TEAM,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Problem | Stats | None:
    """Cijfers over afwegingen per team of persoon

     Toegang: klantmanager (eigen), teamleider (eigen teams), kwaliteit (hele organisatie), consulent
    (hele organisatie).

    Args:
        team_id (UUID | Unset):
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        group_by (GetAssessmentStatsGroupby | Unset):  Default: GetAssessmentStatsGroupby.TEAM.
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | Stats
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            from_date=from_date,
            to_date=to_date,
            group_by=group_by,
            limit=limit,
            offset=offset,
        )
    ).parsed
