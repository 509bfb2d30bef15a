"""The demo's people as actors: the members of a team, each acting for that team."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core.policy import Actor
from vakwerk.people.models import Membership, User


async def team_actors(session: AsyncSession, team_id: uuid.UUID) -> list[tuple[str, Actor]]:
    """The team's members in e-mail order as (e-mail, actor), each acting for that team."""
    result = await session.execute(
        select(User)
        .join(Membership, col(Membership.user_id) == col(User.id))
        .where(col(Membership.team_id) == team_id)
        .order_by(col(User.email))
    )
    return [
        (
            u.email,
            Actor(
                kind="user",
                id=u.id,
                organisation_id=u.organisation_id,
                roles=frozenset(u.roles),
                team_ids=frozenset({team_id}),
            ),
        )
        for u in result.scalars()
    ]
