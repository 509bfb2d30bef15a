"""Standpoints: the conclusion of a dilemma session, the team's searchable library.

Search (``q=``) follows the cases' rule: a standpoint matches when every word of ``q`` is a
prefix of a word of its text (title, reasoning, the dilemma's texts), ignoring case and
accents. The normalised text is stored with a leading space, so each word is one
``LIKE '% word%'`` — the same on SQLite and PostgreSQL; a team's library is small.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.conferences import planning
from vakwerk.conferences.access import in_scope, is_team_leader, series_of, session_read
from vakwerk.conferences.models import ConferenceSession, Dilemma, Standpoint
from vakwerk.conferences.schemas import StandpointCreate, StandpointRead
from vakwerk.conferences.votes import load_dilemma
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant, Op, Scope, grant_for
from vakwerk.core.text import normalise, words


def _scope(grant: Grant) -> ColumnElement[bool]:
    return in_scope(grant, col(Standpoint.organisation_id), col(Standpoint.team_id))


def search_text(standpoint: Standpoint, dilemma: Dilemma | None) -> str:
    parts = [standpoint.title, standpoint.reasoning]
    if dilemma is not None:
        parts += [dilemma.title, dilemma.case_text, dilemma.statement_a, dilemma.statement_b]
    return " " + " ".join(normalise(p) for p in parts if p)


async def load_standpoint(
    session: AsyncSession, grant: Grant, standpoint_id: uuid.UUID, *, for_update: bool = False
) -> Standpoint:
    query = select(Standpoint).where(col(Standpoint.id) == standpoint_id, _scope(grant))
    found = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


async def record_standpoint(
    session: AsyncSession, grant: Grant, data: StandpointCreate
) -> Standpoint:
    """By the chair of the dilemma session or a team leader, once the session has started."""
    read = grant_for(grant.actor, Op.READ_DILEMMAS)
    try:
        dilemma, row = await load_dilemma(session, read, data.dilemma_id, for_update=True)
    except NotFound as error:
        raise InvalidInput.one(
            "dilemmaId", "not_found", "Dit dilemma bestaat niet of valt buiten uw teams."
        ) from error
    if data.team_id is not None and data.team_id != dilemma.team_id:
        raise InvalidInput.one("teamId", "not_in_team", "Het dilemma hoort bij een ander team.")
    if not is_team_leader(grant, dilemma.team_id):
        chair = await _dilemma_chair(session, row)
        if not (Scope.OWN in grant.scopes and grant.actor.id == chair):
            raise Forbidden("Het standpunt legt de voorzitter van de dilemmasessie vast.")
    problems = bsn_problems([("title", data.title), ("reasoning", data.reasoning)])
    if problems:
        raise InvalidInput(problems)
    if row.status == "geannuleerd" or row.starts_at > clock.now():
        raise Conflict("Het standpunt volgt uit de dilemmasessie: die is nog niet begonnen.")
    await planning.ensure_current(session, await series_of(session, row))  # the agenda's fill
    if row.format != "dilemma":  # cases took the session: the dilemma was not discussed
        raise Conflict("Dit dilemma is niet besproken: in die bijeenkomst kwamen casussen.")
    current = await session.execute(
        select(col(Standpoint.id)).where(
            col(Standpoint.dilemma_id) == dilemma.id, col(Standpoint.status) == "geldend"
        )
    )
    if current.first():
        raise Conflict("Voor dit dilemma geldt al een standpunt; trek dat eerst in.")
    standpoint = Standpoint(
        organisation_id=dilemma.organisation_id,
        team_id=dilemma.team_id,
        dilemma_id=dilemma.id,
        title=data.title,
        position=data.position,
        reasoning=data.reasoning,
        decided_on=data.decided_on or row.date,
        created_by=grant.actor.id,
        created_at=clock.now(),
    )
    standpoint.search_text = search_text(standpoint, dilemma)
    session.add(standpoint)
    await session.flush()
    changes = {
        "dilemmaId": str(dilemma.id),
        "position": {"old": None, "new": data.position},
        "reasoning": audit.CHANGED,
    }
    audit.by(session, grant.actor, "create", "standpoint", standpoint.id, changes)
    return standpoint


async def _dilemma_chair(session: AsyncSession, row: ConferenceSession) -> uuid.UUID | None:
    series = await series_of(session, row)
    return (await session_read(session, series, row)).chair_id


async def withdraw_standpoint(
    session: AsyncSession, grant: Grant, standpoint_id: uuid.UUID
) -> Standpoint:
    standpoint = await load_standpoint(session, grant, standpoint_id, for_update=True)
    if standpoint.status == "ingetrokken":
        raise Conflict("Dit standpunt is al ingetrokken.", allowed_next_states=[])
    standpoint.status = "ingetrokken"
    standpoint.version += 1
    changes = {"status": {"old": "geldend", "new": "ingetrokken"}}
    audit.by(session, grant.actor, "update", "standpoint", standpoint.id, changes)
    await session.flush()
    return standpoint


@dataclass
class StandpointFilter:
    team_id: uuid.UUID | None = None
    status: str | None = None
    dilemma_id: uuid.UUID | None = None
    q: str | None = None


async def list_standpoints(
    session: AsyncSession, grant: Grant, filters: StandpointFilter, limit: int, offset: int
) -> tuple[list[StandpointRead], int]:
    """Newest decision first within scope (team data: a read is not audited)."""
    if filters.team_id is not None and not (
        grant.org_wide or filters.team_id in grant.actor.team_ids
    ):
        raise InvalidInput.one(
            "teamId", "not_found", "Dit team bestaat niet of valt buiten uw teams."
        )
    query = select(Standpoint).where(_scope(grant))
    if filters.team_id is not None:
        query = query.where(col(Standpoint.team_id) == filters.team_id)
    if filters.status is not None:
        query = query.where(col(Standpoint.status) == filters.status)
    if filters.dilemma_id is not None:
        query = query.where(col(Standpoint.dilemma_id) == filters.dilemma_id)
    for term in words(filters.q)[:20]:
        query = query.where(col(Standpoint.search_text).like(f"% {term}%"))
    order = (col(Standpoint.decided_on).desc(), col(Standpoint.id).desc())
    rows, total = await page(session, query, order, limit, offset)
    return [StandpointRead.model_validate(r) for r in rows], total
