"""Seed data built through the services (never hand-written SQL)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

from tests.conftest import PASSWORD, FrozenClock, Person, World, seeded
from vakwerk.bootstrap import system_grant
from vakwerk.core.config import Settings
from vakwerk.core.db import Database
from vakwerk.onboarding import create_organisation
from vakwerk.people import api_clients, auth, members, users
from vakwerk.people.models import API_SCOPES
from vakwerk.people.schemas import ApiClientCreate, MemberWrite, TeamCreate, UserCreate

SETTINGS = Settings()

# name -> (roles, team key or None, organisation "a" | "b")
PEOPLE: dict[str, tuple[list[str], str | None, str]] = {
    "km": (["klantmanager"], "wi1", "a"),
    "km2": (["klantmanager"], "wi1", "a"),
    "km_other": (["klantmanager"], "wi2", "a"),
    "tl": (["teamleider"], "wi1", "a"),
    "tl_other": (["teamleider"], "wi2", "a"),
    "kw": (["kwaliteit"], None, "a"),
    "co": (["consulent"], "rw", "a"),
    "bh": (["beheerder"], None, "a"),
    "bh_b": (["beheerder"], None, "b"),
    "km_b": (["klantmanager"], "b_wi", "b"),
}
TEAMS = {
    "wi1": ("a", "W&I Noord", "werk_inkomen"),
    "wi2": ("a", "W&I Zuid", "werk_inkomen"),
    "rw": ("a", "R&W", "re_integratie"),
    "b_wi": ("b", "W&I", "werk_inkomen"),
}


async def build_world(database_url: str) -> World:
    database = Database(database_url, pool=False)
    try:
        async with database.session(write=True) as session:
            platform = system_grant(None, superuser=True)
            orgs = {
                "a": await create_organisation(session, platform, "Gemeente Aland"),
                "b": await create_organisation(session, platform, "Gemeente Beland"),
            }
            grants = {key: system_grant(org.id) for key, org in orgs.items()}
            teams = {
                key: (
                    await members.create_team(
                        session, grants[org], TeamCreate(name=name, kind=kind)
                    )
                ).id
                for key, (org, name, kind) in TEAMS.items()
            }
            people: dict[str, Person] = {}
            for name, (roles, team, org) in PEOPLE.items():
                user = await users.create_user(
                    session,
                    grants[org],
                    UserCreate(
                        email=f"{name}@{org}.example",
                        display_name=name.upper(),
                        password=PASSWORD,
                        roles=roles,  # type: ignore[arg-type]
                    ),
                )
                if team:
                    await members.put_member(
                        session, grants[org], teams[team], user.id, MemberWrite()
                    )
                issued = await auth.issue_credential(session, user, "token", SETTINGS)
                people[name] = Person(
                    id=user.id, email=user.email, roles=roles, token=issued.secret
                )
            superuser = await users.create_superuser(
                session, platform, "su@platform.example", PASSWORD
            )
            issued = await auth.issue_credential(session, superuser, "token", SETTINGS)
            people["su"] = Person(
                id=superuser.id, email=superuser.email, roles=[], token=issued.secret
            )
            world = World(
                organisation_id=orgs["a"].id,
                other_organisation_id=orgs["b"].id,
                teams=teams,
                people=people,
            )
            for scope in API_SCOPES:
                client, key = await api_clients.create_api_client(
                    session,
                    grants["a"],
                    ApiClientCreate(name=f"client {scope}", scopes=[scope]),  # type: ignore[list-item]
                )
                world.api_keys[scope] = key
                world.api_client_ids[scope] = client.id
            _, key = await api_clients.create_api_client(
                session,
                grants["b"],
                ApiClientCreate(name="other org", scopes=list(API_SCOPES)),  # type: ignore[arg-type]
            )
            world.api_keys["other_org"] = key
            await session.commit()
            return world
    finally:
        await database.dispose()


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def add_members(
    database_url: str, world: World, count: int, frozen: FrozenClock | None = None
) -> list[Person]:
    """Extra klantmanagers in W&I Noord, through the services, each with a token that
    outlives the frozen clock's moves (issued, like the world's, at a later moment)."""

    async def seed(session: Any) -> list[Person]:
        grant = system_grant(world.organisation_id)
        made = []
        for n in range(count):
            user = await users.create_user(
                session,
                grant,
                UserCreate(
                    email=f"extra{n}-{uuid.uuid4().hex[:6]}@a.example",
                    display_name=f"Collega {n}",
                    password=PASSWORD,
                    roles=["klantmanager"],
                ),
            )
            await members.put_member(session, grant, world.teams["wi1"], user.id, MemberWrite())
            issued = await auth.issue_credential(session, user, "token", Settings())
            made.append(Person(user.id, user.email, ["klantmanager"], issued.secret))
        return made

    if frozen is None:
        return seeded(database_url, seed)
    was = frozen.at
    frozen.set(datetime(2026, 12, 1, tzinfo=UTC))
    try:
        return seeded(database_url, seed)
    finally:
        frozen.set(was)
