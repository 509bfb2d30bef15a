"""The demo organisation's clients, exemptions and cases (fictional, deterministic).

The caseload arrives as the client-tracking system's export through the caseload import
(with the exemptions that system tracked, and a later export in which benefits start
again), so the demo's history holds Best's two moments on the dashboard.
"""

from __future__ import annotations

import csv
import io
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
from vakwerk.clients.models import Client, ClientRef
from vakwerk.clients.schemas import ExemptionCreate
from vakwerk.core import clock
from vakwerk.core.dates import add_years
from vakwerk.core.policy import Actor, Op, authorize
from vakwerk.integrations import caseload
from vakwerk.integrations.caseload_mapping import ColumnMapping
from vakwerk.people.models import Membership, Team, User

DEMO_CLIENTS = 480  # the size of Best's caseload in January 2023
NEW_CLIENTS = 40  # benefits started in the last twelve months
# Best, 30 January 2023: 118 of 480 exempted, 85 of them on art. 9 lid 2; 3 April 2023:
# 110 of 458. The history below is dated so that the dashboard shows exactly that:
# 22 benefits end between the two dates, 8 art. 9 lid 2 exemptions end before April.
BEST_JANUARY = date(2023, 1, 30)
BEST_APRIL = date(2023, 4, 3)
DEMO_MAPPING = ColumnMapping(
    external_ref="Klantnummer",
    team="Team",
    benefit_start="Startdatum uitkering",
    benefit_end="Einddatum uitkering",
    ladder_rung="Trede",
    last_conversation="Laatste gesprek",
    municipality_code="Gemeentecode",
    responsible_manager="Klantmanager",
    exemption_ground="Grond ontheffing",
    exemption_start="Startdatum ontheffing",
    exemption_end="Einddatum ontheffing",
    exemption_basis_document="Datum keuring",
    exemption_youngest_child_birth="Geboortedatum jongste kind",
)
HEADER = [
    "Klantnummer", "Team", "Startdatum uitkering", "Einddatum uitkering", "Trede",
    "Laatste gesprek", "Gemeentecode", "Klantmanager", "Grond ontheffing",
    "Startdatum ontheffing", "Einddatum ontheffing", "Datum keuring",
    "Geboortedatum jongste kind",
]  # fmt: skip


def _day(rng: random.Random, first: date, last: date) -> date:
    return first + timedelta(days=rng.randint(0, (last - first).days))


def _text(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""  # the export's Dutch date form


async def _managers(session: AsyncSession, team_id: uuid.UUID) -> list[User]:
    result = await session.execute(
        select(User)
        .join(Membership, col(Membership.user_id) == col(User.id))
        .where(col(Membership.team_id) == team_id)
        .order_by(col(User.email))
    )
    return [u for u in result.scalars().all() if "klantmanager" in u.roles]


def _actor(user: User, team_id: uuid.UUID) -> Actor:
    return Actor(
        kind="user",
        id=user.id,
        organisation_id=user.organisation_id,
        roles=frozenset(user.roles),
        team_ids=frozenset({team_id}),
    )


def _caseload(rng: random.Random, team: str, emails: list[str], today: date) -> tuple[str, str]:
    """Two exports of the client-tracking system: the caseload (with the exemptions it
    tracked before the team moved to Vakwerk) and a later one in which some clients whose
    benefit had ended start a new benefit period."""
    rows: list[list[str]] = []
    restarts: list[list[str]] = []
    ended_later = set(rng.sample(range(118, 458), 40))
    for n in range(DEMO_CLIENTS + NEW_CLIENTS):
        ref = f"CV{100001 + n}"
        if n < DEMO_CLIENTS:
            start = _day(rng, date(2015, 1, 1), date(2022, 12, 31))
        else:
            start = _day(rng, today - timedelta(days=360), today - timedelta(days=10))
        end: date | None = None
        if 458 <= n < DEMO_CLIENTS:  # 480 → 458 between the two moments
            end = _day(rng, BEST_JANUARY + timedelta(days=1), BEST_APRIL - timedelta(days=1))
        elif n in ended_later:
            end = _day(rng, date(2023, 6, 1), min(today, date(2026, 6, 30)))
            if len(restarts) < 15:
                again = end + timedelta(days=rng.randint(30, 300))
                if again < today:  # a new benefit period, the old one kept as history
                    email = emails[n % len(emails)]
                    restarts.append([ref, team, _text(again), "", "3", "", "753", email])
        # most were spoken to this year; some are overdue for their yearly conversation
        overdue = rng.random() < 0.15
        spoken = today - timedelta(days=rng.randint(370, 900) if overdue else rng.randint(10, 330))
        exemption = ["", "", "", "", ""]
        if n < 85:  # art. 9 lid 2: temporary; 8 end before April 2023
            begins = _day(rng, date(2022, 3, 1), date(2023, 1, 15))
            ends = (
                _day(rng, date(2023, 2, 1), date(2023, 4, 1))
                if n < 8
                else _day(rng, date(2023, 4, 10), date(2024, 12, 31))
            )
            basis = begins - timedelta(days=rng.randint(5, 30))
            exemption = ["art. 9 lid 2", _text(begins), _text(ends), _text(basis), ""]
        elif n < 110:  # art. 9 lid 5: fully incapacitated, on an assessment from 2021-2022
            begins = _day(rng, date(2021, 1, 1), date(2022, 12, 31))
            basis = begins - timedelta(days=rng.randint(5, 30))
            exemption = ["art. 9 lid 5", _text(begins), "", _text(basis), ""]
        elif n < 118:  # art. 9a: a child under five; ends by rule before its birthday
            born = _day(rng, date(2019, 6, 1), date(2021, 6, 30))
            begins = max(born + timedelta(days=60), date(2021, 9, 1))
            exemption = ["art. 9a", _text(begins), "", "", _text(born)]
        rows.append(
            [
                ref, team, _text(start), _text(end), str(rng.randint(1, 5)),
                _text(spoken) if rng.random() > 0.04 else "", "753", emails[n % len(emails)],
                *exemption,
            ]
        )  # fmt: skip
    return _csv(HEADER, rows), _csv(HEADER, [[*r, "", "", "", "", ""] for r in restarts])


def _csv(header: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


async def load(
    session: AsyncSession, organisation_id: uuid.UUID, teams: dict[str, uuid.UUID]
) -> None:
    rng = random.Random(2023)  # noqa: S311 - demo data, not security
    team_id = teams["wi"]
    team = await session.get(Team, team_id)
    assert team is not None
    users = await _managers(session, team_id)
    today = clock.today()
    first, later = _caseload(rng, team.name, [u.email for u in users], today)
    system = Actor(
        kind="user",
        id=uuid.UUID(int=0),
        organisation_id=organisation_id,
        roles=frozenset({"beheerder"}),
    )
    importer = authorize(system, Op.IMPORT_CASELOAD)
    for export, mapping in ((first, DEMO_MAPPING), (later, None)):
        data = export.encode("cp1252")
        await caseload.run_import(
            session, importer, io.BytesIO(data), len(data), caseload.Options(mapping=mapping), ""
        )
    result = await session.execute(
        select(col(ClientRef.ref), col(Client.id), col(Client.responsible_manager_id))
        .join(Client, col(Client.id) == col(ClientRef.client_id))
        .where(col(ClientRef.organisation_id) == organisation_id)
        .order_by(col(ClientRef.ref))
    )
    by_id = {u.id: _actor(u, team_id) for u in users}
    anyone = next(iter(by_id.values()))
    made = [
        (client_id, by_id.get(manager, anyone) if manager else anyone)
        for _, client_id, manager in result.all()
    ]
    await _current_exemptions(session, rng, made, today)
    await _cases(session, made, today)


async def _current_exemptions(
    session: AsyncSession, rng: random.Random, made: list[tuple[uuid.UUID, Actor]], today: date
) -> None:
    """Exemptions granted in Vakwerk since: some end, or a child turns five, within weeks."""
    for client_id, manager in made[8:30]:  # their art. 9 lid 2 exemption lapsed in 2023-2024
        grant = authorize(manager, Op.MANAGE_EXEMPTIONS)
        begins = today - timedelta(days=rng.randint(60, 300))
        await exemptions.create_exemption(
            session,
            grant,
            client_id,
            ExemptionCreate(
                ground="art_9_lid_2",
                start_date=begins,
                basis_document_date=begins - timedelta(days=10),
                end_date=today + timedelta(days=rng.randint(5, 300)),
            ),
        )
    for offset, (client_id, manager) in zip(
        (12, 30, 70), made[DEMO_CLIENTS : DEMO_CLIENTS + 3], strict=True
    ):
        born = add_years(today, -5) + timedelta(days=offset)
        await exemptions.create_exemption(
            session,
            authorize(manager, Op.MANAGE_EXEMPTIONS),
            client_id,
            ExemptionCreate(
                ground="art_9a",
                start_date=today - timedelta(days=90),
                youngest_child_birth_date=born,
            ),
        )
    for client_id, manager in made[DEMO_CLIENTS + 3 : DEMO_CLIENTS + 8]:  # among the new benefits
        begins = today - timedelta(days=rng.randint(5, 60))
        await exemptions.create_exemption(
            session,
            authorize(manager, Op.MANAGE_EXEMPTIONS),
            client_id,
            ExemptionCreate(
                ground="art_9_lid_2",
                start_date=begins,
                basis_document_date=begins - timedelta(days=3),
                end_date=today + timedelta(days=rng.randint(30, 200)),
            ),
        )


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
