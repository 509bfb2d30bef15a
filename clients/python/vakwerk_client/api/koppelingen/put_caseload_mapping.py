from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.column_mapping import ColumnMapping
from ...models.mapping_read import MappingRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    *,
    body: ColumnMapping,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/imports/caseload/mapping",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MappingRead | Problem | None:
    if response.status_code == 200:
        response_200 = MappingRead.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MappingRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ColumnMapping,
) -> Response[MappingRead | Problem]:
    """De koppeling van kolommen bewaren voor de volgende import

     Toegang: beheerder (hele organisatie), API-client met scope imports:write.

    Args:
        body (ColumnMapping): The beheerder's choice per organisation: only the reference column
            is required.

            A fact without a column is left as it is in Vakwerk; a fact with a column is set from
            the file, an empty cell meaning "the source system has no value".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MappingRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ColumnMapping,
) -> MappingRead | Problem | None:
    """De koppeling van kolommen bewaren voor de volgende import

     Toegang: beheerder (hele organisatie), API-client met scope imports:write.

    Args:
        body (ColumnMapping): The beheerder's choice per organisation: only the reference column
            is required.

            A fact without a column is left as it is in Vakwerk; a fact with a column is set from
            the file, an empty cell meaning "the source system has no value".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MappingRead | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ColumnMapping,
) -> Response[MappingRead | Problem]:
    """De koppeling van kolommen bewaren voor de volgende import

     Toegang: beheerder (hele organisatie), API-client met scope imports:write.

    Args:
        body (ColumnMapping): The beheerder's choice per organisation: only the reference column
            is required.

            A fact without a column is left as it is in Vakwerk; a fact with a column is set from
            the file, an empty cell meaning "the source system has no value".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MappingRead | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ColumnMapping,
) -> MappingRead | Problem | None:
    """De koppeling van kolommen bewaren voor de volgende import

     Toegang: beheerder (hele organisatie), API-client met scope imports:write.

    Args:
        body (ColumnMapping): The beheerder's choice per organisation: only the reference column
            is required.

            A fact without a column is left as it is in Vakwerk; a fact with a column is set from
            the file, an empty cell meaning "the source system has no value".

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MappingRead | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
