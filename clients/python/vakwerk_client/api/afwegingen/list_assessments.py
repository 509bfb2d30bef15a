import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.list_assessments_outcome import ListAssessmentsOutcome
from ...models.list_assessments_reviewdecision import ListAssessmentsReviewdecision
from ...models.list_assessments_status import ListAssessmentsStatus
from ...models.page_assessment_summary import PageAssessmentSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    client_id: UUID | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    status: ListAssessmentsStatus | Unset = UNSET,
    twijfel: bool | Unset = UNSET,
    outcome: ListAssessmentsOutcome | Unset = UNSET,
    review_decision: ListAssessmentsReviewdecision | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    superseded: bool | Unset = UNSET,
    completed_from_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_client_id: str | Unset = UNSET
    if not isinstance(client_id, Unset):
        json_client_id = str(client_id)
    params["clientId"] = json_client_id

    json_team_id: str | Unset = UNSET
    if not isinstance(team_id, Unset):
        json_team_id = str(team_id)
    params["teamId"] = json_team_id

    json_author_id: str | Unset = UNSET
    if not isinstance(author_id, Unset):
        json_author_id = str(author_id)
    params["authorId"] = json_author_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["twijfel"] = twijfel

    json_outcome: str | Unset = UNSET
    if not isinstance(outcome, Unset):
        json_outcome = outcome.value

    params["outcome"] = json_outcome

    json_review_decision: str | Unset = UNSET
    if not isinstance(review_decision, Unset):
        json_review_decision = review_decision.value

    params["reviewDecision"] = json_review_decision

    params["reviewed"] = reviewed

    params["superseded"] = superseded

    json_completed_from_date: str | Unset = UNSET
    if not isinstance(completed_from_date, Unset):
        json_completed_from_date = completed_from_date.isoformat()
    params["completedFromDate"] = json_completed_from_date

    params["limit"] = limit

    params["offset"] = offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/assessments",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageAssessmentSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageAssessmentSummary.from_dict(response.json())

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
) -> Response[PageAssessmentSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    client_id: UUID | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    status: ListAssessmentsStatus | Unset = UNSET,
    twijfel: bool | Unset = UNSET,
    outcome: ListAssessmentsOutcome | Unset = UNSET,
    review_decision: ListAssessmentsReviewdecision | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    superseded: bool | Unset = UNSET,
    completed_from_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageAssessmentSummary | Problem]:
    """Afwegingen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope assessments:read.

    Args:
        client_id (UUID | Unset):
        team_id (UUID | Unset):
        author_id (UUID | Unset):
        status (ListAssessmentsStatus | Unset):
        twijfel (bool | Unset):
        outcome (ListAssessmentsOutcome | Unset):
        review_decision (ListAssessmentsReviewdecision | Unset):
        reviewed (bool | Unset): Wel of nog niet beoordeeld door R&W
        superseded (bool | Unset): Wel of geen latere afweging (open of afgerond, gestart na het
            afronden van deze) over dezelfde klant: `false` met `reviewDecision=teruggemeld` zijn de
            terugmeldingen die nog op een nieuwe afweging wachten
        completed_from_date (datetime.date | Unset): Afgerond op of na deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAssessmentSummary | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        team_id=team_id,
        author_id=author_id,
        status=status,
        twijfel=twijfel,
        outcome=outcome,
        review_decision=review_decision,
        reviewed=reviewed,
        superseded=superseded,
        completed_from_date=completed_from_date,
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
    client_id: UUID | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    status: ListAssessmentsStatus | Unset = UNSET,
    twijfel: bool | Unset = UNSET,
    outcome: ListAssessmentsOutcome | Unset = UNSET,
    review_decision: ListAssessmentsReviewdecision | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    superseded: bool | Unset = UNSET,
    completed_from_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageAssessmentSummary | Problem | None:
    """Afwegingen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope assessments:read.

    Args:
        client_id (UUID | Unset):
        team_id (UUID | Unset):
        author_id (UUID | Unset):
        status (ListAssessmentsStatus | Unset):
        twijfel (bool | Unset):
        outcome (ListAssessmentsOutcome | Unset):
        review_decision (ListAssessmentsReviewdecision | Unset):
        reviewed (bool | Unset): Wel of nog niet beoordeeld door R&W
        superseded (bool | Unset): Wel of geen latere afweging (open of afgerond, gestart na het
            afronden van deze) over dezelfde klant: `false` met `reviewDecision=teruggemeld` zijn de
            terugmeldingen die nog op een nieuwe afweging wachten
        completed_from_date (datetime.date | Unset): Afgerond op of na deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAssessmentSummary | Problem
    """

    return sync_detailed(
        client=client,
        client_id=client_id,
        team_id=team_id,
        author_id=author_id,
        status=status,
        twijfel=twijfel,
        outcome=outcome,
        review_decision=review_decision,
        reviewed=reviewed,
        superseded=superseded,
        completed_from_date=completed_from_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    client_id: UUID | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    status: ListAssessmentsStatus | Unset = UNSET,
    twijfel: bool | Unset = UNSET,
    outcome: ListAssessmentsOutcome | Unset = UNSET,
    review_decision: ListAssessmentsReviewdecision | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    superseded: bool | Unset = UNSET,
    completed_from_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> Response[PageAssessmentSummary | Problem]:
    """Afwegingen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope assessments:read.

    Args:
        client_id (UUID | Unset):
        team_id (UUID | Unset):
        author_id (UUID | Unset):
        status (ListAssessmentsStatus | Unset):
        twijfel (bool | Unset):
        outcome (ListAssessmentsOutcome | Unset):
        review_decision (ListAssessmentsReviewdecision | Unset):
        reviewed (bool | Unset): Wel of nog niet beoordeeld door R&W
        superseded (bool | Unset): Wel of geen latere afweging (open of afgerond, gestart na het
            afronden van deze) over dezelfde klant: `false` met `reviewDecision=teruggemeld` zijn de
            terugmeldingen die nog op een nieuwe afweging wachten
        completed_from_date (datetime.date | Unset): Afgerond op of na deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageAssessmentSummary | Problem]
    """

    kwargs = _get_kwargs(
        client_id=client_id,
        team_id=team_id,
        author_id=author_id,
        status=status,
        twijfel=twijfel,
        outcome=outcome,
        review_decision=review_decision,
        reviewed=reviewed,
        superseded=superseded,
        completed_from_date=completed_from_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    client_id: UUID | Unset = UNSET,
    team_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    status: ListAssessmentsStatus | Unset = UNSET,
    twijfel: bool | Unset = UNSET,
    outcome: ListAssessmentsOutcome | Unset = UNSET,
    review_decision: ListAssessmentsReviewdecision | Unset = UNSET,
    reviewed: bool | Unset = UNSET,
    superseded: bool | Unset = UNSET,
    completed_from_date: datetime.date | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | Unset = 0,
) -> PageAssessmentSummary | Problem | None:
    """Afwegingen

     Toegang: klantmanager (eigen teams), teamleider (eigen teams), kwaliteit (hele organisatie),
    consulent (doorverwezen klanten), API-client met scope assessments:read.

    Args:
        client_id (UUID | Unset):
        team_id (UUID | Unset):
        author_id (UUID | Unset):
        status (ListAssessmentsStatus | Unset):
        twijfel (bool | Unset):
        outcome (ListAssessmentsOutcome | Unset):
        review_decision (ListAssessmentsReviewdecision | Unset):
        reviewed (bool | Unset): Wel of nog niet beoordeeld door R&W
        superseded (bool | Unset): Wel of geen latere afweging (open of afgerond, gestart na het
            afronden van deze) over dezelfde klant: `false` met `reviewDecision=teruggemeld` zijn de
            terugmeldingen die nog op een nieuwe afweging wachten
        completed_from_date (datetime.date | Unset): Afgerond op of na deze datum
        limit (int | Unset): Aantal per pagina Default: 50.
        offset (int | Unset): Beginpositie Default: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageAssessmentSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            client_id=client_id,
            team_id=team_id,
            author_id=author_id,
            status=status,
            twijfel=twijfel,
            outcome=outcome,
            review_decision=review_decision,
            reviewed=reviewed,
            superseded=superseded,
            completed_from_date=completed_from_date,
            limit=limit,
            offset=offset,
        )
    ).parsed
