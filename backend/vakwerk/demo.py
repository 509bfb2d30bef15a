"""The demo organisation's clients, exemptions and cases (fictional, deterministic)."""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases import lifecycle
from vakwerk.cases import service as cases
from vakwerk.cases.schemas import CaseCreate, OutcomeWrite
from vakwerk.clients import exemptions
from vakwerk.clients import service as clients
from vakwerk.clients.schemas import ClientCreate, ExemptionCreate, ExemptionEnd
from vakwerk.conferences import demo as conference_demo
from vakwerk.core import clock
from vakwerk.core.policy import Actor, Op, authorize
from vakwerk.people.models import Membership, User

DEMO_CLIENTS = 480  # the size of Best's caseload in January 2023
# Best, 30 January 2023: 118 exemptions, 85 of them on art. 9 lid 2
GROUNDS = ["art_9_lid_2"] * 85 + ["art_9_lid_5"] * 25 + ["art_9a"] * 8


async def _actors(session: AsyncSession, team_id: uuid.UUID) -> list[Actor]:
    result = await session.execute(
        select(User)
        .join(Membership, col(Membership.user_id) == col(User.id))
        .where(col(Membership.team_id) == team_id)
        .order_by(col(User.email))
    )
    rows = result.scalars().all()
    return [
        Actor(
            kind="user",
            id=u.id,
            organisation_id=u.organisation_id,
            roles=frozenset(u.roles),
            team_ids=frozenset({team_id}),
        )
        for u in rows
        if "klantmanager" in u.roles
    ]


async def load(
    session: AsyncSession, organisation_id: uuid.UUID, teams: dict[str, uuid.UUID]
) -> None:
    rng = random.Random(2023)  # noqa: S311 - demo data, not security
    team_id = teams["wi"]
    managers = await _actors(session, team_id)
    today = clock.today()
    made: list[tuple[uuid.UUID, Actor]] = []
    for n in range(DEMO_CLIENTS):
        manager = managers[n % len(managers)]
        grant = authorize(manager, Op.WRITE_CLIENTS)
        start = today - timedelta(days=rng.randint(30, 11 * 365))
        spoken = today - timedelta(days=rng.choice([rng.randint(10, 330), rng.randint(370, 900)]))
        ended = start + timedelta(days=rng.randint(200, 3000)) if rng.random() < 0.05 else None
        client = await clients.create_client(
            session,
            grant,
            ClientCreate(
                responsible_manager_id=manager.id,
                municipality_code="GM0753",
                benefit_start_date=start,
                benefit_end_date=ended if ended and ended < today else None,
                ladder_rung=rng.randint(1, 5),
                last_conversation_date=spoken if rng.random() > 0.04 else None,
            ),
        )
        made.append((client.id, manager))
    for (client_id, manager), ground in zip(made, GROUNDS, strict=False):
        grant = authorize(manager, Op.MANAGE_EXEMPTIONS)
        basis = today - timedelta(days=rng.randint(20, 1100))  # some older than two years
        start = basis + timedelta(days=rng.randint(1, 20))
        if ground == "art_9_lid_2":
            body = ExemptionCreate(
                ground=ground,
                start_date=start,
                basis_document_date=basis,
                end_date=max(
                    today + timedelta(days=30), start + timedelta(days=rng.randint(180, 720))
                ),
            )
        elif ground == "art_9_lid_5":
            body = ExemptionCreate(ground=ground, start_date=start, basis_document_date=basis)
        else:
            child = today - timedelta(days=rng.randint(100, 1200))
            body = ExemptionCreate(
                ground=ground,
                start_date=max(child, today - timedelta(days=90)),
                youngest_child_birth_date=child,
            )
        await exemptions.create_exemption(session, grant, client_id, body)
    # some ended exemptions, kept in the history
    for client_id, manager in made[len(GROUNDS) : len(GROUNDS) + 20]:
        grant = authorize(manager, Op.MANAGE_EXEMPTIONS)
        basis = today - timedelta(days=rng.randint(400, 900))
        exemption = await exemptions.create_exemption(
            session,
            grant,
            client_id,
            ExemptionCreate(
                ground="art_9_lid_2",
                start_date=basis,
                basis_document_date=basis,
                end_date=today + timedelta(days=100),
            ),
        )
        await exemptions.end_exemption(
            session,
            grant,
            exemption.id,
            ExemptionEnd(
                ended_on=basis + timedelta(days=rng.randint(60, 300)),
                end_reason="Klant is hersteld en werkt mee",
            ),
        )
    await _cases(session, made, today)
    await conference_demo.load(session, organisation_id, team_id)


async def _cases(session: AsyncSession, made: list[tuple[uuid.UUID, Actor]], today: date) -> None:
    next_tuesday = today + timedelta(days=(1 - today.weekday()) % 7 or 7)
    texts = [
        (
            "ontheffing",
            "Moet ik deze klant met langdurige psychische klachten ontheffen?",
            "Geen werkervaring in de laatste tien jaar",
            "Wil graag iets doen, maar weet niet wat",
        ),
        (
            "twijfelgeval",
            "Kan deze klant met schulden en een verslavingsverleden naar R&W?",
            "Heeft als heftruckchauffeur gewerkt",
            "Wisselend gemotiveerd",
        ),
        (
            "ontheffing",
            "Alleenstaande ouder met een kind van drie: ontheffing of parttime traject?",
            "Mbo-diploma zorg",
            "Gemotiveerd om later in de zorg te werken",
        ),
        (
            "worst_practice",
            "Wat ging er mis bij deze terugmelding door R&W?",
            "Onbekend",
            "Klant voelde zich van het kastje naar de muur gestuurd",
        ),
        (
            "algemeen",
            "Hoe gaan we om met klanten die een taalcursus weigeren?",
            "Wisselend",
            "Afwachtend",
        ),
    ]
    for index, (kind, question, work, attitude) in enumerate(texts * 3):
        client_id, manager = made[150 + index]
        grant = authorize(manager, Op.CREATE_CASE)
        case = await cases.create_case(
            session,
            grant,
            CaseCreate(
                kind=kind,
                client_id=client_id if kind in ("ontheffing", "twijfelgeval") else None,
                question=question,
                work_experience=work,
                attitude=attitude,
                age=str(25 + index * 3),
                target_session_date=next_tuesday + timedelta(days=14 * (index % 3) - 14),
            ),
        )
        if index % 5 == 4:
            continue  # stays a concept
        edit = authorize(manager, Op.EDIT_CASE)
        await lifecycle.submit_case(session, edit, case.id)
        if index < 3 and kind in ("ontheffing", "twijfelgeval"):
            # Best: three exemptions avoided through the conferences in two months
            await lifecycle.record_outcome(
                session,
                edit,
                case.id,
                OutcomeWrite(
                    result="ontheffing_voorkomen",
                    conclusion="Geen ontheffing: eerst een werkstage",
                    plan="Werkstage van drie maanden, daarna evalueren",
                    provisions=["Werkstage", "Budgetcoaching"],
                ),
                f'"{case.version}"',
            )
