"""Seed data built through the services (never hand-written SQL)."""

from __future__ import annotations

import uuid

from sqlalchemy import Engine
from sqlmodel import Session

from tests.conftest import PASSWORD, Person, World
from vakwerk.bootstrap import _system_grant
from vakwerk.core import clock
from vakwerk.core.config import Settings
from vakwerk.core.hooks import organisation_created
from vakwerk.core.security import hash_password
from vakwerk.people import service
from vakwerk.people.models import API_SCOPES, Membership, User
from vakwerk.people.schemas import ApiClientCreate, TeamCreate, UserCreate

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


def build_world(engine: Engine) -> World:
    with Session(engine, expire_on_commit=False) as session:
        su_grant = _system_grant(None, superuser=True)
        org_a = service.create_organisation(session, su_grant, "Gemeente Aland")
        organisation_created(session, org_a.id)
        org_b = service.create_organisation(session, su_grant, "Gemeente Beland")
        organisation_created(session, org_b.id)
        grants = {"a": _system_grant(org_a.id), "b": _system_grant(org_b.id)}
        teams = {
            "wi1": service.create_team(
                session, grants["a"], TeamCreate(name="W&I Noord", kind="werk_inkomen")
            ).id,
            "wi2": service.create_team(
                session, grants["a"], TeamCreate(name="W&I Zuid", kind="werk_inkomen")
            ).id,
            "rw": service.create_team(
                session, grants["a"], TeamCreate(name="R&W", kind="re_integratie")
            ).id,
            "b_wi": service.create_team(
                session, grants["b"], TeamCreate(name="W&I", kind="werk_inkomen")
            ).id,
        }
        people: dict[str, Person] = {}
        for name, (roles, team, org) in PEOPLE.items():
            user = service.create_user(
                session,
                grants[org],
                UserCreate(
                    email=f"{name}@{org}.example",
                    display_name=name.upper(),
                    password=PASSWORD,
                    roles=roles,
                ),
            )  # type: ignore[arg-type]
            if team:
                session.add(
                    Membership(
                        team_id=teams[team],
                        user_id=user.id,
                        working_days=[1, 2, 3, 4, 5],
                        created_at=clock.now(),
                    )
                )
            issued = service.issue_credential(session, user, "token", SETTINGS)
            people[name] = Person(id=user.id, email=user.email, roles=roles, token=issued.secret)
        superuser = User(
            email="su@platform.example",
            display_name="SU",
            password_hash=hash_password(PASSWORD),
            roles=[],
            is_superuser=True,
            created_at=clock.now(),
        )
        session.add(superuser)
        session.flush()
        people["su"] = Person(
            id=superuser.id,
            email=superuser.email,
            roles=[],
            token=service.issue_credential(session, superuser, "token", SETTINGS).secret,
        )
        world = World(
            organisation_id=org_a.id, other_organisation_id=org_b.id, teams=teams, people=people
        )
        for scope in API_SCOPES:
            client, key = service.create_api_client(
                session, grants["a"], ApiClientCreate(name=f"client {scope}", scopes=[scope])
            )  # type: ignore[list-item]
            world.api_keys[scope] = key
            world.api_client_ids[scope] = client.id
        client, key = service.create_api_client(
            session, grants["b"], ApiClientCreate(name="other org", scopes=list(API_SCOPES))
        )  # type: ignore[arg-type]
        world.api_keys["other_org"] = key
        session.commit()
        return world


def new_id() -> uuid.UUID:
    return uuid.uuid4()
