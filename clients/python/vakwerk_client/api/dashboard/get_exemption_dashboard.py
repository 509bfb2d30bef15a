import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.exemption_dashboard import ExemptionDashboard
from ...models.get_exemption_dashboard_interval import GetExemptionDashboardInterval
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    team_id: UUID | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    interval: GetExemptionDashboardInterval | Unset = GetExemptionDashboardInterval.MONTH,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    json_date: str | Unset = UNSET
    if not isinstance(date, Unset):
        json_date = date.isoformat()
    params["date"] = json_date

    json_from_date: str | Unset = UNSET
    if not isinstance(from_date, Unset):
        json_from_date = from_date.isoformat()
    params["fromDate"] = json_from_date

    json_to_date: str | Unset = UNSET
    if not isinstance(to_date, Unset):
        json_to_date = to_date.isoformat()
    params["toDate"] = json_to_date

    json_interval: str | Unset = UNSET
    if not isinstance(interval, Unset):
        json_interval = interval.value

    params["interval"] = json_interval

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/dashboard/exemptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ExemptionDashboard | Problem | None:
    if response.status_code == 200:
        response_200 = ExemptionDashboard.from_dict(response.json())

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
) -> Response[ExemptionDashboard | Problem]:
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
    date: datetime.date | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    interval: GetExemptionDashboardInterval | Unset = GetExemptionDashboardInterval.MONTH,
) -> Response[ExemptionDashboard | Problem]:
    """Ontheffingendashboard: percentage, verloop, gronden, nieuwe uitkeringen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        team_id (UUID | Unset): Eén team
        date (datetime.date | Unset): Standaard vandaag
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        interval (GetExemptionDashboardInterval | Unset):  Default:
            GetExemptionDashboardInterval.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExemptionDashboard | Problem]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        date=date,
        from_date=from_date,
        to_date=to_date,
        interval=interval,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    interval: GetExemptionDashboardInterval | Unset = GetExemptionDashboardInterval.MONTH,
) -> ExemptionDashboard | Problem | None:
    """Ontheffingendashboard: percentage, verloop, gronden, nieuwe uitkeringen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        team_id (UUID | Unset): Eén team
        date (datetime.date | Unset): Standaard vandaag
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        interval (GetExemptionDashboardInterval | Unset):  Default:
            GetExemptionDashboardInterval.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExemptionDashboard | Problem
    """

    return sync_detailed(
        client=client,
        team_id=team_id,
        date=date,
        from_date=from_date,
        to_date=to_date,
        interval=interval,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    interval: GetExemptionDashboardInterval | Unset = GetExemptionDashboardInterval.MONTH,
) -> Response[ExemptionDashboard | Problem]:
    """Ontheffingendashboard: percentage, verloop, gronden, nieuwe uitkeringen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        team_id (UUID | Unset): Eén team
        date (datetime.date | Unset): Standaard vandaag
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        interval (GetExemptionDashboardInterval | Unset):  Default:
            GetExemptionDashboardInterval.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ExemptionDashboard | Problem]
    """

    kwargs = _get_kwargs(
        team_id=team_id,
        date=date,
        from_date=from_date,
        to_date=to_date,
        interval=interval,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    team_id: UUID | Unset = UNSET,
    date: datetime.date | Unset = UNSET,
    from_date: datetime.date | Unset = UNSET,
    to_date: datetime.date | Unset = UNSET,
    interval: GetExemptionDashboardInterval | Unset = GetExemptionDashboardInterval.MONTH,
) -> ExemptionDashboard | Problem | None:
    """Ontheffingendashboard: percentage, verloop, gronden, nieuwe uitkeringen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie), API-
    client met scope dashboard:read.

    Args:
        team_id (UUID | Unset): Eén team
        date (datetime.date | Unset): Standaard vandaag
        from_date (datetime.date | Unset):
        to_date (datetime.date | Unset):
        interval (GetExemptionDashboardInterval | Unset):  Default:
            GetExemptionDashboardInterval.MONTH.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ExemptionDashboard | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            team_id=team_id,
            date=date,
            from_date=from_date,
            to_date=to_date,
            interval=interval,
        )
    ).parsed
