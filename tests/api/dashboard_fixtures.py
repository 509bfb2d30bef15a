"""Seed histories for the dashboard tests, built through the services (never SQL).

``best`` is Best's caseload as docs/domain.md §5 reports it: 480 clients with a benefit on
30 Jan 2023, 118 of them exempted (85 on art. 9 lid 2); on 3 Apr 2023 458 clients,
110 exempted. Hand-computed: 22 benefits end on 15 Feb 2023 (clients without an
exemption), 8 art. 9 lid 2 exemptions end on 28 Feb 2023.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from tests.conftest import World, seeded
from vakwerk.clients import exemptions, service
from vakwerk.clients.access import load_client
from vakwerk.clients.schemas import ClientCreate, ClientUpdate, ExemptionCreate, ExemptionEnd
from vakwerk.core.policy import Actor, Op, authorize

BENEFIT_START = date(2022, 6, 1)
EXEMPTION_START = date(2022, 9, 1)
BASIS = date(2022, 8, 15)


def actor(world: World, name: str, team: str) -> Actor:
    person = world[name]
    return Actor(
        kind="user",
        id=person.id,
        organisation_id=world.organisation_id,
        roles=frozenset(person.roles),
        team_ids=frozenset({world.teams[team]}),
    )


@dataclass
class Made:
    clients: list[uuid.UUID] = field(default_factory=list)


async def add_client(session: AsyncSession, who: Actor, **facts: Any) -> uuid.UUID:
    client = await service.create_client(
        session, authorize(who, Op.WRITE_CLIENTS), ClientCreate(**facts)
    )
    return client.id


async def add_exemption(
    session: AsyncSession, who: Actor, client_id: uuid.UUID, **body: Any
) -> uuid.UUID:
    created = await exemptions.create_exemption(
        session, authorize(who, Op.MANAGE_EXEMPTIONS), client_id, ExemptionCreate(**body)
    )
    return created.id


async def end(session: AsyncSession, who: Actor, exemption_id: uuid.UUID, on: date) -> None:
    await exemptions.end_exemption(
        session,
        authorize(who, Op.MANAGE_EXEMPTIONS),
        exemption_id,
        ExemptionEnd(ended_on=on, end_reason="Hersteld"),
    )


async def patch(session: AsyncSession, who: Actor, client_id: uuid.UUID, **facts: Any) -> None:
    client = await load_client(
        session, authorize(who, Op.WRITE_CLIENTS), client_id, for_update=True
    )
    await service.update_client(
        session,
        authorize(who, Op.WRITE_CLIENTS),
        client_id,
        ClientUpdate(**facts),
        f'"{client.version}"',
    )


def best(database_url: str, world: World, team: str = "wi1", who: str = "km") -> Made:
    km = actor(world, who, team)

    async def seed(session: AsyncSession) -> Made:
        made = Made()
        for n in range(480):
            ended = date(2023, 2, 15) if n >= 458 else None
            made.clients.append(
                await add_client(
                    session, km, benefit_start_date=BENEFIT_START, benefit_end_date=ended
                )
            )
        for n, client_id in enumerate(made.clients[:118]):
            common = {"start_date": EXEMPTION_START}
            if n < 85:
                ends = date(2023, 2, 28) if n < 8 else date(2023, 12, 31)
                await add_exemption(
                    session, km, client_id, ground="art_9_lid_2", end_date=ends,
                    basis_document_date=BASIS, **common,
                )  # fmt: skip
            elif n < 110:
                await add_exemption(
                    session, km, client_id, ground="art_9_lid_5", basis_document_date=BASIS,
                    **common,
                )  # fmt: skip
            else:
                await add_exemption(
                    session, km, client_id, ground="art_9a",
                    youngest_child_birth_date=date(2020, 3, 1), **common,
                )  # fmt: skip
        return made

    return seeded(database_url, seed)
