"""The demo's caseload as the client-tracking system (CiVision) delivers it: two exports
through the caseload import — the caseload with the exemptions CiVision tracked before the
team moved to Vakwerk, and a later one in which some benefits start again — dated so the
dashboard's history holds Best's two moments (30 January 2023: 118 of 480 exempted, 85 on
art. 9 lid 2; 3 April 2023: 110 of 458). Then the exemptions granted in Vakwerk since.

Client ``n`` keeps its place in the returned list, so the rest of the demo can pick
clients by what this module gave them.
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

from vakwerk.clients import exemptions
from vakwerk.clients.models import Client, ClientRef
from vakwerk.clients.schemas import ExemptionCreate
from vakwerk.core.dates import add_years
from vakwerk.core.policy import Actor, Op, authorize
from vakwerk.integrations import caseload
from vakwerk.integrations.caseload_mapping import ColumnMapping
from vakwerk.people.models import Team, User

DEMO_CLIENTS = 480  # the size of Best's caseload in January 2023
NEW_CLIENTS = 40  # benefits started in the last twelve months
# 22 benefits end between the two moments, 8 art. 9 lid 2 exemptions end before April.
BEST_JANUARY = date(2023, 1, 30)
BEST_APRIL = date(2023, 4, 3)
LEFT = range(458, DEMO_CLIENTS)  # their benefit ended between the two moments
MAPPING = ColumnMapping(
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


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("cp1252")  # as the tracking system writes it


def exports(
    rng: random.Random, team: str, emails: list[str], refs: list[str], today: date
) -> tuple[bytes, bytes]:
    rows: list[list[str]] = []
    restarts: list[list[str]] = []
    ended_later = set(rng.sample(range(118, 458), 40))
    for n, ref in enumerate(refs):
        if n < DEMO_CLIENTS:
            start = _day(rng, date(2015, 1, 1), date(2022, 12, 31))
        else:
            start = _day(rng, today - timedelta(days=360), today - timedelta(days=10))
        end: date | None = None
        if n in LEFT:
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
    return _csv(rows), _csv([[*r, "", "", "", "", ""] for r in restarts])


async def load(
    session: AsyncSession,
    rng: random.Random,
    source: Actor,
    team_id: uuid.UUID,
    managers: list[Actor],
    refs: list[str],
    today: date,
) -> list[tuple[uuid.UUID, Actor, str]]:
    """Import the exports as ``source`` (CiVision's API client); (client, manager, how the
    client is named) for client ``n`` at place ``n``."""
    team = await session.get(Team, team_id)
    assert team is not None
    users = (
        await session.execute(select(User).where(col(User.id).in_([m.id for m in managers])))
    ).scalars()
    email_of = {u.id: u.email for u in users}
    first, later = exports(rng, team.name, [email_of[m.id] for m in managers], refs, today)
    importer = authorize(source, Op.IMPORT_CASELOAD)
    for data, mapping in ((first, MAPPING), (later, None)):
        await caseload.run_import(
            session, importer, io.BytesIO(data), len(data), caseload.Options(mapping=mapping), ""
        )
    found = await session.execute(
        select(col(ClientRef.ref), col(Client.id), col(Client.responsible_manager_id))
        .join(Client, col(Client.id) == col(ClientRef.client_id))
        .where(
            col(ClientRef.organisation_id) == source.organisation_id,
            col(ClientRef.system) == caseload.SYSTEM,
        )
    )
    by_ref = {ref: (client_id, manager_id) for ref, client_id, manager_id in found.all()}
    by_id = {m.id: m for m in managers}
    made = []
    for n, ref in enumerate(refs):
        client_id, manager_id = by_ref[ref]
        manager = (by_id.get(manager_id) if manager_id else None) or managers[n % len(managers)]
        made.append((client_id, manager, f"civision {ref}"))
    return made


def exempted_now(made: list[tuple[uuid.UUID, Actor, str]]) -> set[uuid.UUID]:
    """The clients with an exemption today: art. 9 lid 5 from the export, and those that
    ``current_exemptions`` grants."""
    places = [*range(8, 30), *range(85, 110), *range(DEMO_CLIENTS, DEMO_CLIENTS + 8)]
    return {made[n][0] for n in places}


async def current_exemptions(
    session: AsyncSession,
    rng: random.Random,
    made: list[tuple[uuid.UUID, Actor, str]],
    today: date,
) -> None:
    """Exemptions granted in Vakwerk since: some end, or a child turns five, within weeks."""
    for client_id, manager, _ in made[8:30]:  # their art. 9 lid 2 exemption lapsed in 2023
        begins = today - timedelta(days=rng.randint(60, 300))
        await exemptions.create_exemption(
            session,
            authorize(manager, Op.MANAGE_EXEMPTIONS),
            client_id,
            ExemptionCreate(
                ground="art_9_lid_2",
                start_date=begins,
                basis_document_date=begins - timedelta(days=10),
                end_date=today + timedelta(days=rng.randint(5, 300)),
            ),
        )
    newcomers = made[DEMO_CLIENTS : DEMO_CLIENTS + 3]
    for offset, (client_id, manager, _) in zip((12, 30, 70), newcomers, strict=True):
        await exemptions.create_exemption(
            session,
            authorize(manager, Op.MANAGE_EXEMPTIONS),
            client_id,
            ExemptionCreate(
                ground="art_9a",
                start_date=today - timedelta(days=90),
                youngest_child_birth_date=add_years(today, -5) + timedelta(days=offset),
            ),
        )
    for client_id, manager, _ in made[DEMO_CLIENTS + 3 : DEMO_CLIENTS + 8]:  # new benefits
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
