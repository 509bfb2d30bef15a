"""API clients: external systems acting in one organisation with the scopes of their key."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import NotFound
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant
from vakwerk.core.security import new_secret, secret_hash
from vakwerk.people.models import ApiClient
from vakwerk.people.schemas import ApiClientCreate


def api_client_conditions(organisation_id: uuid.UUID, active: bool | None) -> list[Any]:
    conditions = [col(ApiClient.organisation_id) == organisation_id]
    if active is not None:
        conditions.append(col(ApiClient.active).is_(active))
    return conditions


async def list_api_clients(
    session: AsyncSession, grant: Grant, limit: int, offset: int, active: bool | None = None
) -> tuple[list[ApiClient], int]:
    query = select(ApiClient).where(*api_client_conditions(grant.organisation_id(), active))
    order = (col(ApiClient.created_at).desc(), col(ApiClient.id))
    return await page(session, query, order, limit, offset)


async def create_api_client(
    session: AsyncSession, grant: Grant, data: ApiClientCreate
) -> tuple[ApiClient, str]:
    """The key is shown once (in this reply) and stored only as a hash."""
    refuse_bsn({"name": data.name})
    key = new_secret("vk_")
    client = ApiClient(
        organisation_id=grant.organisation_id(),
        name=data.name,
        scopes=list(data.scopes),
        key_hash=secret_hash(key),
        key_prefix=key[:10],
        created_at=clock.now(),
    )
    session.add(client)
    await session.flush()
    changes = audit.diff(None, {"name": client.name, "scopes": client.scopes})
    audit.by(session, grant.actor, "create", "api_client", client.id, changes)
    return client, key


async def revoke_api_client(session: AsyncSession, grant: Grant, client_id: uuid.UUID) -> None:
    client = (
        await session.execute(locked(select(ApiClient).where(col(ApiClient.id) == client_id)))
    ).scalar_one_or_none()
    if client is None or client.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    if client.active:
        client.active = False
        client.revoked_at = clock.now()
        changes = {"active": {"old": True, "new": False}}
        audit.by(session, grant.actor, "delete", "api_client", client.id, changes)
    await session.flush()
