from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer_write import AnswerWrite
from ...models.assessment_read import AssessmentRead
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    id: UUID,
    question_key: str,
    *,
    body: AnswerWrite,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/assessments/{id}/answers/{question_key}".format(
            id=quote(str(id), safe=""),
            question_key=quote(str(question_key), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AssessmentRead | Problem | None:
    if response.status_code == 200:
        response_200 = AssessmentRead.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 406:
        response_406 = Problem.from_dict(response.json())

        return response_406

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[AssessmentRead | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    question_key: str,
    *,
    client: AuthenticatedClient,
    body: AnswerWrite,
) -> Response[AssessmentRead | Problem]:
    """Antwoord met argument en bronnen vastleggen

     Toegang: klantmanager (eigen).

    Args:
        id (UUID):
        question_key (str):
        body (AnswerWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentRead | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        question_key=question_key,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    question_key: str,
    *,
    client: AuthenticatedClient,
    body: AnswerWrite,
) -> AssessmentRead | Problem | None:
    """Antwoord met argument en bronnen vastleggen

     Toegang: klantmanager (eigen).

    Args:
        id (UUID):
        question_key (str):
        body (AnswerWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentRead | Problem
    """

    return sync_detailed(
        id=id,
        question_key=question_key,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    question_key: str,
    *,
    client: AuthenticatedClient,
    body: AnswerWrite,
) -> Response[AssessmentRead | Problem]:
    """Antwoord met argument en bronnen vastleggen

     Toegang: klantmanager (eigen).

    Args:
        id (UUID):
        question_key (str):
        body (AnswerWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AssessmentRead | Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        question_key=question_key,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    question_key: str,
    *,
    client: AuthenticatedClient,
    body: AnswerWrite,
) -> AssessmentRead | Problem | None:
    """Antwoord met argument en bronnen vastleggen

     Toegang: klantmanager (eigen).

    Args:
        id (UUID):
        question_key (str):
        body (AnswerWrite):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AssessmentRead | Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            question_key=question_key,
            client=client,
            body=body,
        )
    ).parsed
