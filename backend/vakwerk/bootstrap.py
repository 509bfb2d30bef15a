"""First start: the superuser from the environment, and the demo organisation."""

from __future__ import annotations

import logging
import uuid

from sqlalchemy import Engine, func, select
from sqlmodel import Session, col

from vakwerk.core import clock
from vakwerk.core.config import Settings
from vakwerk.core.hooks import organisation_created
from vakwerk.core.policy import Actor, Grant, Op, Scope
from vakwerk.core.security import hash_password
from vakwerk.people import service
from vakwerk.people.models import Membership, Organisation, User
from vakwerk.people.schemas import AbsenceCreate, TeamCreate, UserCreate

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
    ("consulent1", "Imre Consulent", ["consulent"], "rw", [1, 2, 3, 4, 5]),
    ("consulent2", "Jolien Consulent", ["consulent"], "rw", [1, 2, 3, 4]),
]


def _system_grant(organisation_id: uuid.UUID | None, superuser: bool = False) -> Grant:
    actor = Actor(
        kind="user",
        id=uuid.UUID(int=0),
        organisation_id=organisation_id,
        roles=frozenset({"beheerder"}),
        is_superuser=superuser,
    )
    return Grant(actor=actor, op=Op.MANAGE_PEOPLE, scopes=frozenset({Scope.ORG}))


def ensure_superuser(session: Session, settings: Settings) -> None:
    if not (settings.admin_email and settings.admin_password):
        return
    exists = session.execute(select(col(User.id)).where(col(User.is_superuser).is_(True))).first()
    if exists:
        return
    session.add(
        User(
            email=settings.admin_email.strip(),
            display_name="Platformbeheerder",
            password_hash=hash_password(settings.admin_password),
            roles=[],
            is_superuser=True,
            created_at=clock.now(),
        )
    )
    if settings.admin_organisation:
        org = service.create_organisation(
            session, _system_grant(None, True), settings.admin_organisation
        )
        organisation_created(session, org.id)
    log.info("superuser created for %s", settings.admin_email)


def load_demo(session: Session) -> bool:
    """Load the fictional demo organisation once; returns whether it was loaded now."""
    if session.execute(
        select(col(Organisation.id)).where(col(Organisation.name) == DEMO_ORGANISATION)
    ).first():
        return False
    if session.execute(
        select(func.count())
        .select_from(User)
        .where(func.lower(col(User.email)).like(f"%@{DEMO_DOMAIN}"))
    ).scalar_one():
        return False
    org = service.create_organisation(session, _system_grant(None, True), DEMO_ORGANISATION)
    organisation_created(session, org.id)
    grant = _system_grant(org.id)
    teams = {
        "wi": service.create_team(
            session, grant, TeamCreate(name="Werk en Inkomen", kind="werk_inkomen")
        ),
        "rw": service.create_team(
            session,
            grant,
            TeamCreate(name="Re-integratie en Werkgeversdiensten", kind="re_integratie"),
        ),
    }
    for local, name, roles, team_key, days in DEMO_PEOPLE:
        user = service.create_user(
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
            session.add(
                Membership(
                    team_id=teams[team_key].id,
                    user_id=user.id,
                    working_days=days,
                    created_at=clock.now(),
                )
            )
        if local == "km4":
            today = clock.today()
            session.flush()
            from datetime import timedelta

            service.create_absence(
                session,
                grant,
                user.id,
                AbsenceCreate(
                    start_date=today + timedelta(days=14),
                    end_date=today + timedelta(days=25),
                    reason="Vakantie",
                ),
            )
    session.flush()
    from vakwerk import demo

    demo.load(session, org.id, {k: t.id for k, t in teams.items()})
    return True


def bootstrap(engine: Engine, settings: Settings) -> None:
    with Session(engine, expire_on_commit=False) as session:
        ensure_superuser(session, settings)
        if settings.demo and load_demo(session):
            log.info("demo organisation loaded")
        session.commit()
