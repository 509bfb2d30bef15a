"""The demo organisation's data (fictional, deterministic), made through the services as
the systems and people would make it:

- the source systems as API clients (CiVision Samenlevingszaken, CompetenSYS); every
  client arrives in CiVision's export through the caseload import (``demo.caseload``), and
  most also carry CompetenSYS' number, so every list names clients by the numbers client
  managers know;
- Best's caseload with its history: on 30 January 2023 118 of 480 exempted (85 on art. 9
  lid 2), on 3 April 2023 110 of 458; today overdue conversations, expired keuringen,
  re-examinations due and children turning five;
- cases with varied texts in every state (concepts for the next deadline, submitted ones
  waiting, outcomes, a withdrawn one) and assessments in every state (``demo.walks``);
- the team's case conferences, past and coming (``demo.conferences``);

so every queue and list on every start page has something in it.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.cases import lifecycle
from vakwerk.cases import service as cases
from vakwerk.cases.schemas import CaseCreate, OutcomeWrite
from vakwerk.cases.work import first_open_session_date
from vakwerk.clients import service as clients
from vakwerk.clients.schemas import ClientUpsert
from vakwerk.core import clock
from vakwerk.core.policy import Actor, Grant, Op, Scope, authorize
from vakwerk.demo import caseload, walks
from vakwerk.demo import conferences as conference_demo
from vakwerk.demo.caseload import DEMO_CLIENTS, NEW_CLIENTS
from vakwerk.demo.people import team_actors
from vakwerk.demo.texts import CASES
from vakwerk.people import api_clients
from vakwerk.people.organisations import settings_of
from vakwerk.people.schemas import ApiClientCreate

SOURCES = {
    "civision": ("CiVision Samenlevingszaken", ["clients:write", "imports:write"]),
    "competensys": ("CompetenSYS", ["clients:write", "assessments:read"]),
}
WITH_COMPETENSYS = 0.8  # the share of clients CompetenSYS knows (diagnosed)


async def _actors(session: AsyncSession, team_id: uuid.UUID, role: str) -> list[Actor]:
    return [a for _, a in await team_actors(session, team_id) if role in a.roles]


async def _source_systems(session: AsyncSession, organisation_id: uuid.UUID) -> dict[str, Grant]:
    """The source systems' API clients, and the grant each upserts clients with."""
    system = Actor(
        kind="user", id=uuid.UUID(int=0), organisation_id=organisation_id, roles=frozenset()
    )
    manage = Grant(actor=system, op=Op.MANAGE_API_CLIENTS, scopes=frozenset({Scope.ORG}))
    grants = {}
    for code, (name, scopes) in SOURCES.items():
        made, _key = await api_clients.create_api_client(
            session,
            manage,
            ApiClientCreate(name=name, scopes=scopes),
        )
        actor = Actor(
            kind="api_client",
            id=made.id,
            organisation_id=organisation_id,
            api_scopes=frozenset(scopes),
        )
        grants[code] = authorize(actor, Op.UPSERT_CLIENT)
    return grants


async def load(
    session: AsyncSession, organisation_id: uuid.UUID, teams: dict[str, uuid.UUID]
) -> None:
    rng = random.Random(2023)  # noqa: S311 - demo data, not security
    team_id = teams["wi"]
    managers = await _actors(session, team_id, "klantmanager")
    consultants = await _actors(session, teams["rw"], "consulent")
    sources = await _source_systems(session, organisation_id)
    today = clock.today()
    everyone = DEMO_CLIENTS + NEW_CLIENTS
    civision = [str(n) for n in rng.sample(range(1_000_000, 10_000_000), everyone)]
    competensys = rng.sample(range(100_000, 1_000_000), everyone)
    made = await caseload.load(
        session, rng, sources["civision"].actor, team_id, managers, civision, today
    )
    with session.no_autoflush:  # the audit events go in at once, not one flush per query
        for n, (client_id, _, _) in enumerate(made):
            if rng.random() < WITH_COMPETENSYS:
                await clients.upsert_by_ref(
                    session,
                    sources["competensys"],
                    "competensys",
                    f"CS-{competensys[n]}",
                    ClientUpsert(client_id=client_id),
                    bsn_key="",
                )
    await session.flush()
    await caseload.current_exemptions(session, rng, made, today)
    await _cases(session, made, caseload.exempted_now(made))
    # assessments for clients still on benefit who have no exemption
    await walks.load(session, rng, made[158 : caseload.LEFT.start], managers, consultants)
    await conference_demo.load(session, organisation_id, team_id)


# (template, manager index, state): every state a case has, for several managers; the first
# manager (Anouk, km1) has concepts for the next deadline, a submitted case and an outcome.
CASE_PLAN = [
    (0, 0, "concept_next"),
    (2, 0, "concept_next"),
    (4, 0, "concept"),
    (1, 0, "ingediend"),
    (7, 0, "voorkomen"),
    (6, 0, "ingetrokken"),
    (5, 1, "gehandhaafd"),
    (7, 1, "ingediend"),
    (8, 2, "verwezen_rw"),
    (0, 2, "ingediend"),
    (9, 3, "anders"),
    (2, 3, "voorkomen"),
    (1, 4, "ingediend"),
    (6, 4, "concept_next"),
    (3, 5, "concept"),
    (7, 5, "voorkomen"),
    (4, 6, "ingediend"),
    (3, 6, "ingediend"),
    (8, 7, "concept_next"),
]
OUTCOMES = {
    "voorkomen": OutcomeWrite(
        result="ontheffing_voorkomen",
        conclusion="Geen ontheffing: eerst een werkstage met begeleiding.",
        plan="Werkstage van drie maanden bij de kringloop, daarna evalueren.",
        provisions=["Werkstage", "Budgetcoaching"],
    ),
    "gehandhaafd": OutcomeWrite(
        result="ontheffing_gehandhaafd",
        conclusion="De keuring bevestigt de arbeidsongeschiktheid: de ontheffing blijft.",
    ),
    "verwezen_rw": OutcomeWrite(
        result="verwezen_rw",
        conclusion="Naar R&W voor een traject met taal op de werkvloer.",
        plan="Afweging maken en aanmelden bij R&W.",
    ),
    "anders": OutcomeWrite(
        result="anders",
        conclusion="Team spreekt af: de sollicitatieplicht vervalt een jaar voor de AOW.",
    ),
}


async def _cases(session: AsyncSession, made: list[Any], with_exemption: set[uuid.UUID]) -> None:
    settings = await settings_of(session, made[0][1].organisation_id)
    first = first_open_session_date(
        clock.now(), settings.case_deadline_days_before, settings.case_deadline_hour
    )
    next_session = first + timedelta(days=(1 - first.weekday()) % 7)  # a Tuesday
    for index, (template, who, state) in enumerate(CASE_PLAN):
        texts = dict(CASES[template])
        kind = str(texts.pop("kind"))
        # a client of the presenter: one with an active exemption where it is about one
        own = [c for c in made if c[1] == made[who][1]]
        client_id = next(
            c[0] for c in own[index:] if (c[0] in with_exemption) == (state == "gehandhaafd")
        )
        manager = made[who][1]
        # concepts and waiting cases for the next session (on time); outcomes were recorded
        # after an earlier session
        target: date | None = next_session
        if state == "concept":
            target = None
        elif state in OUTCOMES or state == "ingetrokken":
            target = next_session - timedelta(days=14)
        case = await cases.create_case(
            session,
            authorize(manager, Op.CREATE_CASE),
            CaseCreate.model_validate(
                {
                    **texts,
                    "kind": kind,
                    "client_id": client_id if kind in ("ontheffing", "twijfelgeval") else None,
                    "target_session_date": target,
                }
            ),
        )
        if state in ("concept", "concept_next"):
            continue
        edit = authorize(manager, Op.EDIT_CASE)
        await lifecycle.submit_case(session, edit, case.id)
        if state == "ingetrokken":
            await lifecycle.withdraw_case(session, edit, case.id)
        elif state in OUTCOMES:
            await lifecycle.record_outcome(
                session, edit, case.id, OUTCOMES[state], f'"{case.version}"'
            )
