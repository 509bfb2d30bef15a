import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_page import AuditPage
from ...models.list_audit_events_actortype import ListAuditEventsActortype
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    actor_type: ListAuditEventsActortype | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: UUID | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_actor_type: str | Unset = UNSET
    if not isinstance(actor_type, Unset):
        json_actor_type = actor_type.value

    params["actorType"] = json_actor_type

    json_actor_id: str | Unset = UNSET
    if not isinstance(actor_id, Unset):
        json_actor_id = str(actor_id)
    params["actorId"] = json_actor_id

    params["action"] = action

    params["resourceType"] = resource_type

    json_resource_id: str | Unset = UNSET
    if not isinstance(resource_id, Unset):
        json_resource_id = str(resource_id)
    params["resourceId"] = json_resource_id

    json_organisation_id: str | Unset = UNSET
    if not isinstance(organisation_id, Unset):
        json_organisation_id = str(organisation_id)
    params["organisationId"] = json_organisation_id

    json_occurred_from: str | Unset = UNSET
    if not isinstance(occurred_from, Unset):
        json_occurred_from = occurred_from.isoformat()
    params["occurredFrom"] = json_occurred_from

    json_occurred_to: str | Unset = UNSET
    if not isinstance(occurred_to, Unset):
        json_occurred_to = occurred_to.isoformat()
    params["occurredTo"] = json_occurred_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditPage.from_dict(response.json())

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
) -> Response[AuditPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    actor_type: ListAuditEventsActortype | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: UUID | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> Response[AuditPage | Problem]:
    """Auditspoor (nieuwste eerst)

     Toegang: beheerder (hele organisatie).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        actor_type (ListAuditEventsActortype | Unset):
        actor_id (UUID | Unset):
        action (str | Unset):
        resource_type (str | Unset):
        resource_id (UUID | Unset):
        organisation_id (UUID | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        actor_type=actor_type,
        actor_id=actor_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    actor_type: ListAuditEventsActortype | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: UUID | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> AuditPage | Problem | None:
    """Auditspoor (nieuwste eerst)

     Toegang: beheerder (hele organisatie).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        actor_type (ListAuditEventsActortype | Unset):
        actor_id (UUID | Unset):
        action (str | Unset):
        resource_type (str | Unset):
        resource_id (UUID | Unset):
        organisation_id (UUID | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        actor_type=actor_type,
        actor_id=actor_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    actor_type: ListAuditEventsActortype | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: UUID | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> Response[AuditPage | Problem]:
    """Auditspoor (nieuwste eerst)

     Toegang: beheerder (hele organisatie).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        actor_type (ListAuditEventsActortype | Unset):
        actor_id (UUID | Unset):
        action (str | Unset):
        resource_type (str | Unset):
        resource_id (UUID | Unset):
        organisation_id (UUID | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        actor_type=actor_type,
        actor_id=actor_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        organisation_id=organisation_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    actor_type: ListAuditEventsActortype | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: str | Unset = UNSET,
    resource_type: str | Unset = UNSET,
    resource_id: UUID | Unset = UNSET,
    organisation_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> AuditPage | Problem | None:
    """Auditspoor (nieuwste eerst)

     Toegang: beheerder (hele organisatie).

    Args:
        limit (int | Unset):  Default: 50.
        cursor (str | Unset):
        actor_type (ListAuditEventsActortype | Unset):
        actor_id (UUID | Unset):
        action (str | Unset):
        resource_type (str | Unset):
        resource_id (UUID | Unset):
        organisation_id (UUID | Unset):
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            actor_type=actor_type,
            actor_id=actor_id,
            action=action,
            resource_type=resource_type,
            resource_id=resource_id,
            organisation_id=organisation_id,
            occurred_from=occurred_from,
            occurred_to=occurred_to,
        )
    ).parsed
