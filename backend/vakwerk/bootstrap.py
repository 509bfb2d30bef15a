"""First start: the superuser from the environment, and the demo organisation."""

from __future__ import annotations

import logging
import uuid
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk import demo
from vakwerk.core import clock
from vakwerk.core.config import Settings
from vakwerk.core.db import Database
from vakwerk.core.policy import Actor, Grant, Op, Scope
from vakwerk.onboarding import create_organisation
from vakwerk.people import absences, members, users
from vakwerk.people.models import Organisation, User
from vakwerk.people.schemas import AbsenceCreate, MemberWrite, TeamCreate, UserCreate

log = logging.getLogger("vakwerk")

DEMO_ORGANISATION = "Gemeente Vakdorp (demo)"
DEMO_PASSWORD = "vakwerk-demo-2026"  # noqa: S105 - fictional demo accounts, printed in the README
DEMO_DOMAIN = "demo.vakwerk.example"

# (e-mail local part, display name, roles, team, working days)
DEMO_PEOPLE: list[tuple[str, str, list[str], str | None, list[int]]] = [
    ("beheer", "Beheerder Vakdorp", ["beheerder"], None, [1, 2, 3, 4, 5]),
    ("teamleider", "Tessa Teamleider", ["teamleider"], "wi", [1, 2, 3, 4, 5]),
    ("kwaliteit", "Koen Kwaliteit", ["kwaliteit"], "wi", [1, 2, 4]),
    ("km1", "Anouk Klantmanager", ["klantmanager"], "wi", [1, 2, 3, 4, 5]),
    ("km2", "Bram Klantmanager", ["klantmanager"], "wi", [1, 2, 3, 4, 5]),
    ("km3", "Chantal Klantmanager", ["klantmanager"], "wi", [1, 2, 3]),
    ("km4", "Daan Klantmanager", ["klantmanager"], "wi", [2, 3, 4, 5]),
    ("km5", "Esra Klantmanager", ["klantmanager"], "wi", [1, 2, 4, 5]),
    ("km6", "Fleur Klantmanager", ["klantmanager"], "wi", [1, 3, 5]),
    ("km7", "Gijs Klantmanager", ["klantmanager"], "wi", [1, 2, 3, 4, 5]),
    ("km8", "Hanna Klantmanager", ["klantmanager"], "wi", [2, 3, 4]),
    # a new colleague the beheerder has not put in a team yet (their start page says so)
    ("nieuw", "Iris Nieuw", ["klantmanager"], None, [1, 2, 3, 4, 5]),
    ("consulent1", "Imre Consulent", ["consulent"], "rw", [1, 2, 3, 4, 5]),
    ("consulent2", "Jolien Consulent", ["consulent"], "rw", [1, 2, 3, 4]),
]


def system_grant(organisation_id: uuid.UUID | None, superuser: bool = False) -> Grant:
    """The grant the system acts with when it seeds (the bootstrap, the demo, the CLI)."""
    actor = Actor(
        kind="user",
        id=uuid.UUID(int=0),
        organisation_id=organisation_id,
        roles=frozenset({"beheerder"}),
        is_superuser=superuser,
    )
    return Grant(actor=actor, op=Op.MANAGE_PEOPLE, scopes=frozenset({Scope.ORG}))


async def ensure_superuser(session: AsyncSession, settings: Settings) -> None:
    if not (settings.admin_email and settings.admin_password):
        return
    exists = await session.execute(select(col(User.id)).where(col(User.is_superuser).is_(True)))
    if exists.first():
        return
    await users.create_superuser(
        session, system_grant(None, True), settings.admin_email.strip(), settings.admin_password
    )
    if settings.admin_organisation:
        await create_organisation(session, system_grant(None, True), settings.admin_organisation)
    log.info("superuser created for %s", settings.admin_email)


async def load_demo(session: AsyncSession) -> bool:
    """Load the fictional demo organisation once; returns whether it was loaded now."""
    named = await session.execute(
        select(col(Organisation.id)).where(col(Organisation.name) == DEMO_ORGANISATION)
    )
    if named.first():
        return False
    demo_users = await session.execute(
        select(func.count())
        .select_from(User)
        .where(func.lower(col(User.email)).like(f"%@{DEMO_DOMAIN}"))
    )
    if demo_users.scalar_one():
        return False
    org = await create_organisation(session, system_grant(None, True), DEMO_ORGANISATION)
    grant = system_grant(org.id)
    teams = {
        "wi": await members.create_team(
            session, grant, TeamCreate(name="Werk en Inkomen", kind="werk_inkomen")
        ),
        "rw": await members.create_team(
            session,
            grant,
            TeamCreate(name="Re-integratie en Werkgeversdiensten", kind="re_integratie"),
        ),
    }
    for local, name, roles, team_key, days in DEMO_PEOPLE:
        user = await users.create_user(
            session,
            grant,
            UserCreate(
                email=f"{local}@{DEMO_DOMAIN}",
                display_name=name,
                password=DEMO_PASSWORD,
                roles=roles,
            ),
        )
        if team_key:
            await members.put_member(
                session, grant, teams[team_key].id, user.id, MemberWrite(working_days=days)
            )
        if local == "km4":
            today = clock.today()
            await absences.create_absence(
                session,
                grant,
                user.id,
                AbsenceCreate(
                    start_date=today + timedelta(days=14),
                    end_date=today + timedelta(days=25),
                    reason="Vakantie",
                ),
            )
    await session.flush()
    await demo.load(session, org.id, {k: t.id for k, t in teams.items()})
    return True


async def bootstrap(database: Database, settings: Settings) -> None:
    async with database.session(write=True) as session:
        await ensure_superuser(session, settings)
        if settings.demo and await load_demo(session):
            log.info("demo organisation loaded")
        await session.commit()
