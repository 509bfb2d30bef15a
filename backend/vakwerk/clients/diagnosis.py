"""The diagnosis: CompetenSYS' elements, each rated by the client manager (the whole set
replaced at once)."""

from __future__ import annotations

import uuid

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.clients.access import load_client, require_team_write
from vakwerk.clients.models import Client, DiagnosisElement
from vakwerk.clients.schemas import DiagnosisWrite
from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.core.policy import Grant


async def put_diagnosis(
    session: AsyncSession, grant: Grant, client_id: uuid.UUID, data: DiagnosisWrite
) -> Client:
    client = await load_client(session, grant, client_id, for_update=True)
    require_team_write(grant, client)
    seen: set[str] = set()
    problems = []
    for index, item in enumerate(data.elements):
        if item.element in seen:
            problems.append(
                InvalidParam(
                    f"elements.{index}.element",
                    "duplicate",
                    "Elk onderdeel mag maar één keer voorkomen.",
                )
            )
        seen.add(item.element)
    if problems:
        raise InvalidInput(problems)
    refuse_bsn((f"elements.{i}.note", item.note) for i, item in enumerate(data.elements))
    stored = await session.execute(
        select(DiagnosisElement).where(col(DiagnosisElement.client_id) == client.id)
    )
    before: dict[str, tuple[bool, int]] = {
        e.element: (e.obstacle, e.severity) for e in stored.scalars()
    }
    await session.execute(
        delete(DiagnosisElement).where(col(DiagnosisElement.client_id) == client.id)
    )
    session.add_all(
        DiagnosisElement(
            client_id=client.id,
            element=item.element,
            obstacle=item.obstacle,
            severity=item.severity,
            note=item.note,
        )
        for item in data.elements
    )
    after: dict[str, tuple[bool, int]] = {
        i.element: (i.obstacle, i.severity) for i in data.elements
    }
    client.version += 1
    client.updated_at = clock.now()
    changes = {
        k: {
            "old": list(before[k]) if k in before else None,
            "new": list(after[k]) if k in after else None,
        }
        for k in sorted(set(before) | set(after))
        if before.get(k) != after.get(k)
    }
    audit.by(session, grant.actor, "update", "diagnosis", client.id, changes)
    await session.flush()
    return client
