from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    feed: str,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/calendar-feeds/{feed}".format(
            feed=quote(str(feed), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    feed: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | str]:
    """Persoonlijke agenda (iCalendar) via de geheime link <geheim>.ics, zonder inloggen

     Toegang: zonder inloggen.

    Args:
        feed (str): Het geheim van de link, gevolgd door .ics

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        feed=feed,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    feed: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | str | None:
    """Persoonlijke agenda (iCalendar) via de geheime link <geheim>.ics, zonder inloggen

     Toegang: zonder inloggen.

    Args:
        feed (str): Het geheim van de link, gevolgd door .ics

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        feed=feed,
        client=client,
    ).parsed


async def asyncio_detailed(
    feed: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[Problem | str]:
    """Persoonlijke agenda (iCalendar) via de geheime link <geheim>.ics, zonder inloggen

     Toegang: zonder inloggen.

    Args:
        feed (str): Het geheim van de link, gevolgd door .ics

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        feed=feed,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    feed: str,
    *,
    client: AuthenticatedClient | Client,
) -> Problem | str | None:
    """Persoonlijke agenda (iCalendar) via de geheime link <geheim>.ics, zonder inloggen

     Toegang: zonder inloggen.

    Args:
        feed (str): Het geheim van de link, gevolgd door .ics

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            feed=feed,
            client=client,
        )
    ).parsed
