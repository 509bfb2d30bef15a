"""Exemptions from the work obligation: the date rules of the three legal grounds, one open
exemption per client, ending one.

A write loads the client (to create) or the exemption (to end) locked, so two requests
at once decide one after the other: exactly one wins, the other sees the new state.
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.clients.access import (
    LAPSED,
    exemption_read,
    exemption_status,
    find_client,
    load_client,
    open_exemption,
    require_team_write,
)
from vakwerk.clients.models import Client, Exemption, ExemptionGround
from vakwerk.clients.schemas import ExemptionCreate, ExemptionEnd, ExemptionRead
from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.dates import add_years, day_before
from vakwerk.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant, Op
from vakwerk.people.organisations import settings_of


async def list_exemptions(
    session: AsyncSession, grant: Grant, client_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[ExemptionRead], int]:
    client = await load_client(session, grant, client_id, part="exemptions")
    query = select(Exemption).where(col(Exemption.client_id) == client.id)
    order = (col(Exemption.start_date).desc(), col(Exemption.id))
    rows, total = await page(session, query, order, limit, offset)
    today = clock.today()
    return [exemption_read(e, today) for e in rows], total


async def load_exemption(
    session: AsyncSession, grant: Grant, exemption_id: uuid.UUID, *, for_update: bool = False
) -> Exemption:
    """The exemption of a client in the grant's scope, or 404; a read is audited."""
    query = select(Exemption).where(col(Exemption.id) == exemption_id)
    exemption = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if exemption is None or await find_client(session, grant, exemption.client_id) is None:
        raise NotFound()
    if grant.op is Op.READ_CLIENTS:
        audit.read(session, grant.actor, "exemption", exemption.id)
    return exemption


def art9a_rule_end(
    *,
    start: date,
    youngest_child_birth: date,
    max_years: int,
    earlier: list[tuple[date, date | None, date | None]],
    benefit_end: date | None,
) -> date:
    """Where an art 9a exemption starting on ``start`` ends by rule: the earliest of the day
    before the child's fifth birthday, the maximum duration less the art 9a time this
    client had before (``earlier``: start, end date, ended on), and the benefit's end."""
    used = timedelta()
    for previous_start, end_date, ended_on in earlier:
        ends = [d for d in (ended_on, end_date) if d is not None]
        last = min(ends) if ends else start
        span = min(last, day_before(start)) - previous_start + timedelta(days=1)
        used += max(timedelta(), span)
    candidates = [
        day_before(add_years(youngest_child_birth, 5)),
        day_before(add_years(start, max_years)) - used,
    ]
    if benefit_end is not None:
        candidates.append(benefit_end)
    return min(candidates)


async def validate_exemption(
    session: AsyncSession, client: Client, data: ExemptionCreate, today: date, prefix: str = ""
) -> dict[str, Any]:
    """The dates an exemption must satisfy (docs/domain.md §1), all problems at once; returns the
    values to store (the re-examination date and the art 9a end filled in)."""
    ground = await session.get(ExemptionGround, data.ground)
    temporary = ground is not None and ground.temporary
    problems = exemption_problems(data, today, temporary=temporary, prefix=prefix)
    if problems:
        raise InvalidInput(problems)
    max_years = 0
    earlier: list[tuple[date, date | None, date | None]] = []
    if data.ground == "art_9a":
        max_years = (await settings_of(session, client.organisation_id)).art9a_max_years
        found = await session.execute(
            select(Exemption).where(
                col(Exemption.client_id) == client.id, col(Exemption.ground) == "art_9a"
            )
        )
        earlier = [(e.start_date, e.end_date, e.ended_on) for e in found.scalars()]
    return exemption_values(
        data,
        max_years=max_years,
        earlier=earlier,
        benefit_end=client.benefit_end_date,
        prefix=prefix,
    )


def exemption_problems(
    data: ExemptionCreate, today: date, *, temporary: bool, prefix: str = ""
) -> list[InvalidParam]:
    """The date rules of :func:`validate_exemption`, which need nothing stored but whether
    the ground is temporary (the caseload import checks thousands of rows with what it read
    once)."""
    problems: list[InvalidParam] = []

    def problem(member: str, code: str, reason: str) -> None:
        problems.append(InvalidParam(f"{prefix}{member}", code, reason))

    if data.end_date is not None and data.end_date < data.start_date:
        problem("endDate", "before_start", "De einddatum ligt voor de begindatum.")
    if temporary and data.end_date is None:
        problem("endDate", "required", "Een tijdelijke ontheffing heeft een einddatum.")
    if data.ground == "art_9a":
        if data.basis_document_date is not None:
            problem(
                "basisDocumentDate",
                "not_allowed",
                "Een ontheffing op grond van art. 9a rust niet op een keuring.",
            )
        if data.youngest_child_birth_date is None:
            problem(
                "youngestChildBirthDate", "required", "Geef de geboortedatum van het jongste kind."
            )
        elif data.youngest_child_birth_date > today:
            problem("youngestChildBirthDate", "in_future", "De geboortedatum ligt in de toekomst.")
    else:
        if data.youngest_child_birth_date is not None:
            problem(
                "youngestChildBirthDate",
                "not_allowed",
                "Alleen bij art. 9a hoort een geboortedatum van een kind.",
            )
        if data.basis_document_date is None:
            problem(
                "basisDocumentDate",
                "required",
                "Geef de datum van de keuring waarop de ontheffing rust.",
            )
    if data.basis_document_date is not None and data.basis_document_date > today:
        problem("basisDocumentDate", "in_future", "De keuringsdatum ligt in de toekomst.")
    return problems


def exemption_values(
    data: ExemptionCreate,
    *,
    max_years: int,
    earlier: list[tuple[date, date | None, date | None]],
    benefit_end: date | None,
    prefix: str = "",
) -> dict[str, Any]:
    """The values to store for an exemption that passed :func:`exemption_problems`: the
    re-examination date filled in and, for art 9a, the end by rule (``max_years`` the
    organisation's, ``earlier`` the client's earlier art 9a exemptions as start, end date and
    ended on), refusing a start or an end after it."""
    values = data.model_dump()
    if data.basis_document_date is not None and data.reexamination_date is None:
        values["reexamination_date"] = add_years(data.basis_document_date, 2)
    if data.ground == "art_9a":
        assert data.youngest_child_birth_date is not None
        rule_end = art9a_rule_end(
            start=data.start_date,
            youngest_child_birth=data.youngest_child_birth_date,
            max_years=max_years,
            earlier=earlier,
            benefit_end=benefit_end,
        )
        if rule_end < data.start_date:
            raise InvalidInput.one(
                f"{prefix}startDate",
                "after_rule_end",
                "Op deze datum kan geen ontheffing op grond van art. 9a meer ingaan.",
            )
        if data.end_date is not None and data.end_date > rule_end:
            raise InvalidInput.one(
                f"{prefix}endDate",
                "after_rule_end",
                f"Volgens de regel eindigt deze ontheffing uiterlijk op {rule_end.isoformat()}.",
            )
        values["end_date"] = data.end_date or rule_end
    return values


async def create_exemption(
    session: AsyncSession,
    grant: Grant,
    client_id: uuid.UUID,
    data: ExemptionCreate,
    *,
    prefix: str = "",
) -> Exemption:
    """One exemption without an end per client: the client row is locked, so of two
    requests at once the second sees the first's exemption (409)."""
    client = await load_client(session, grant, client_id, for_update=True)
    require_team_write(grant, client)
    today = clock.today()
    current = await open_exemption(session, client.id, for_update=True)
    if current is not None and exemption_status(current, today) == "actief":
        raise Conflict("Deze klant heeft al een actieve ontheffing. Beëindig die eerst.")
    values = await validate_exemption(session, client, data, today, prefix)
    if current is not None:  # lapsed but never closed: close it in the same transaction
        current.ended_on = current.end_date
        current.end_reason = LAPSED
        current.version += 1
        await session.flush()
    exemption = Exemption(
        organisation_id=client.organisation_id,
        client_id=client.id,
        created_at=clock.now(),
        **values,
    )
    session.add(exemption)
    await session.flush()
    audit.by(session, grant.actor, "create", "exemption", exemption.id, audit.diff(None, values))
    return exemption


async def end_exemption(
    session: AsyncSession, grant: Grant, exemption_id: uuid.UUID, data: ExemptionEnd
) -> Exemption:
    exemption = await load_exemption(session, grant, exemption_id, for_update=True)
    client = await session.get(Client, exemption.client_id)
    assert client is not None
    require_team_write(grant, client)
    return await end_active(session, grant, exemption, data)


async def end_active(
    session: AsyncSession, grant: Grant, exemption: Exemption, data: ExemptionEnd
) -> Exemption:
    """End a (locked) active exemption; an ended or lapsed one → 409."""
    if exemption_status(exemption, clock.today()) != "actief":
        raise Conflict("Deze ontheffing is al beëindigd.")
    ended_on = data.ended_on or clock.today()
    if ended_on < exemption.start_date:
        raise InvalidInput.one(
            "endedOn", "before_start", "De einddatum ligt voor de begindatum van de ontheffing."
        )
    refuse_bsn({"endReason": data.end_reason})
    exemption.ended_on = ended_on
    exemption.end_reason = data.end_reason
    exemption.version += 1
    await session.flush()
    changes = {"endedOn": {"old": None, "new": ended_on.isoformat()}, "endReason": audit.CHANGED}
    audit.by(session, grant.actor, "update", "exemption", exemption.id, changes)
    return exemption
