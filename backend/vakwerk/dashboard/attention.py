"""The attention lists: who needs a conversation, a new assessment, a decision soon.

Boundaries as docs/domain.md §1 (and the client list's filters): "today" is the Amsterdam
date of the clock; no conversation for over a year means none, or one before today minus
one year (exactly one year ago is not yet overdue); an assessment older than two years
likewise. ``einde_nadert`` and ``kind_wordt_vijf`` look ``weeks`` ahead, today and the
last day of the window included. Every list holds clients of the actor's scope only, and
reading one is audited as a list read of clients.
"""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, literal, or_, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession

from vakwerk.clients.access import refs_of
from vakwerk.core import audit, clock
from vakwerk.core.dates import add_years
from vakwerk.core.pagination import page_rows
from vakwerk.core.policy import Grant
from vakwerk.dashboard.figures import CLIENTS, EXEMPTIONS, Teams
from vakwerk.dashboard.schemas import AttentionList, AttentionRow
from vakwerk.dashboard.service import teams_in_scope
from vakwerk.people.models import Team

TEAMS: Any = Team.__table__  # type: ignore[attr-defined]
LISTS: tuple[AttentionList, ...] = (
    "geen_gesprek",
    "basis_verlopen",
    "einde_nadert",
    "kind_wordt_vijf",
)
CSV_BATCH = 1000


@dataclass
class AttentionQuery:
    list: AttentionList
    team_id: uuid.UUID | None = None
    weeks: int = 8
    sort: str = "dueDate"


def fifth_birthday_births(first: date, last: date) -> tuple[date, date]:
    """The birth dates whose fifth birthday (``add_years``: 29 Feb → 28 Feb) falls in
    ``first`` … ``last``: the mapping is monotone, so an exact range."""
    low = add_years(first, -5) - timedelta(days=2)
    while add_years(low, 5) < first:
        low += timedelta(days=1)
    high = add_years(last, -5) + timedelta(days=2)
    while add_years(high, 5) > last:
        high -= timedelta(days=1)
    return low, high


def _active_today(today: date) -> ColumnElement[bool]:
    return and_(
        EXEMPTIONS.c.client_id == CLIENTS.c.id,
        EXEMPTIONS.c.ended_on.is_(None),
        or_(EXEMPTIONS.c.end_date.is_(None), EXEMPTIONS.c.end_date >= today),
    )


def _within(column: Any, first: date, last: date) -> ColumnElement[bool]:
    return and_(column >= first, column <= last)


def _select(
    kind: AttentionList, org: uuid.UUID, teams: Teams, today: date, weeks: int
) -> tuple[Any, Any]:
    """The list's query (columns of ``AttentionRow``) and the column it sorts on."""
    horizon = today + timedelta(weeks=weeks)
    e = EXEMPTIONS
    sort_key: Any
    if kind == "einde_nadert":
        # each false, never NULL, where the date is missing (an art. 9a exemption has no
        # re-examination): NULL would make the CASE below pick the missing date
        ends = and_(e.c.end_date.is_not(None), _within(e.c.end_date, today, horizon))
        reexamined = and_(
            e.c.reexamination_date.is_not(None), _within(e.c.reexamination_date, today, horizon)
        )
        sort_key = case(
            (and_(ends, or_(~reexamined, e.c.end_date <= e.c.reexamination_date)), e.c.end_date),
            else_=e.c.reexamination_date,
        )
        reason: Any = case((sort_key == e.c.end_date, "einddatum"), else_="heronderzoek")
        condition: Any = or_(ends, reexamined)
    elif kind == "kind_wordt_vijf":
        low, high = fifth_birthday_births(today, horizon)
        sort_key, reason = e.c.youngest_child_birth_date, "vijf_jaar"
        condition = and_(e.c.ground == "art_9a", _within(e.c.youngest_child_birth_date, low, high))
    elif kind == "basis_verlopen":
        sort_key, reason = e.c.basis_document_date, "keuring"
        condition = e.c.basis_document_date < add_years(today, -2)
    else:
        sort_key, reason = CLIENTS.c.last_conversation_date, "gesprek"
        condition = and_(
            or_(
                CLIENTS.c.last_conversation_date.is_(None),
                CLIENTS.c.last_conversation_date < add_years(today, -1),
            ),
            # the caseload: a client whose benefit ended is no longer spoken to
            or_(CLIENTS.c.benefit_end_date.is_(None), CLIENTS.c.benefit_end_date >= today),
        )
    needs_exemption = kind != "geen_gesprek"
    columns = (
        CLIENTS.c.id,
        CLIENTS.c.team_id,
        TEAMS.c.name.label("team_name"),
        CLIENTS.c.responsible_manager_id,
        CLIENTS.c.last_conversation_date,
        e.c.id.label("exemption_id"),
        e.c.ground,
        e.c.start_date.label("exemption_start_date"),
        e.c.end_date,
        e.c.basis_document_date,
        e.c.reexamination_date,
        e.c.youngest_child_birth_date,
        sort_key.label("sort_key"),
        (literal(reason) if isinstance(reason, str) else reason).label("due_reason"),
    )
    query = (
        select(*columns)
        .select_from(CLIENTS)
        .join(TEAMS, TEAMS.c.id == CLIENTS.c.team_id)
        .where(CLIENTS.c.organisation_id == org, condition)
    )
    query = (
        query.join(e, _active_today(today))
        if needs_exemption
        else query.outerjoin(e, _active_today(today))
    )
    if teams is not None:
        query = query.where(CLIENTS.c.team_id.in_(teams))
    return query, sort_key


def _order(sort_key: Any, sort: str) -> tuple[Any, ...]:
    """``dueDate``: the most urgent first (never spoken to before anyone else)."""
    if sort.startswith("-"):
        return (sort_key.is_(None), sort_key.desc(), CLIENTS.c.id)
    return (sort_key.is_not(None), sort_key, CLIENTS.c.id)


def _due(kind: AttentionList, row: dict[str, Any]) -> date | None:
    key = row["sort_key"]
    if isinstance(key, str):
        key = date.fromisoformat(key)
    if key is None:
        return None
    if kind == "geen_gesprek":
        return add_years(key, 1)
    if kind == "basis_verlopen":
        return add_years(key, 2)
    if kind == "kind_wordt_vijf":
        return add_years(key, 5)
    return key


def _row(kind: AttentionList, row: dict[str, Any], refs: dict[uuid.UUID, Any]) -> AttentionRow:
    return AttentionRow.model_validate(
        row | {"external_refs": refs.get(row["id"], []), "due_date": _due(kind, row)}
    )


async def attention_list(
    session: AsyncSession, grant: Grant, query: AttentionQuery, limit: int, offset: int
) -> tuple[list[AttentionRow], int]:
    teams = await teams_in_scope(session, grant, query.team_id)
    select_, sort_key = _select(
        query.list, grant.organisation_id(), teams, clock.today(), query.weeks
    )
    rows, total = await page_rows(session, select_, _order(sort_key, query.sort), limit, offset)
    audit.list_read(session, grant.actor, "client", query)
    refs = await refs_of(session, [row["id"] for row in rows])
    return [_row(query.list, row, refs) for row in rows], total


async def attention_counts(
    session: AsyncSession, grant: Grant, team_id: uuid.UUID | None, weeks: int
) -> dict[str, int]:
    teams = await teams_in_scope(session, grant, team_id)
    today, org = clock.today(), grant.organisation_id()
    counts: dict[str, int] = {}
    for kind in LISTS:
        select_, _ = _select(kind, org, teams, today, weeks)
        counted = select(func.count()).select_from(select_.subquery())
        counts[kind] = int((await session.execute(counted)).scalar_one())
    return counts


# --------------------------------------------------------------------------- CSV export

HEADER = {
    "geen_gesprek": "Gesprek verlopen sinds",
    "basis_verlopen": "Keuring verlopen sinds",
    "einde_nadert": "Einde of heronderzoek op",
    "kind_wordt_vijf": "Kind wordt vijf op",
}
GROUND_TEXT = {"art_9_lid_2": "art. 9 lid 2", "art_9_lid_5": "art. 9 lid 5", "art_9a": "art. 9a"}


def _cell(value: Any) -> str:
    """A cell Excel shows as text: no formula from a value that starts with = + - @."""
    text = "" if value is None else value.isoformat() if isinstance(value, date) else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


async def attention_csv(
    session: AsyncSession, grant: Grant, query: AttentionQuery
) -> AsyncIterator[bytes]:
    """The whole list as CSV for Excel (UTF-8 with BOM, ``;``), in batches: the caller
    streams it. The list read is audited before the first byte."""
    teams = await teams_in_scope(session, grant, query.team_id)
    today = clock.today()
    select_, sort_key = _select(query.list, grant.organisation_id(), teams, today, query.weeks)
    ordered = select_.order_by(*_order(sort_key, query.sort))
    audit.list_read(session, grant.actor, "client", query)

    async def stream() -> AsyncIterator[bytes]:
        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "Klantnummer",
                "Klant-id",
                "Team",
                HEADER[query.list],
                "Laatste gesprek",
                "Grond ontheffing",
                "Start ontheffing",
                "Einde ontheffing",
                "Datum keuring",
                "Heronderzoek",
                "Geboortedatum jongste kind",
            ]
        )
        yield "\ufeff".encode() + buffer.getvalue().encode()
        async for rows in _rows_in_batches(session, ordered):
            refs = await refs_of(session, [row["id"] for row in rows])
            buffer.seek(0)
            buffer.truncate()
            for row in rows:
                writer.writerow(
                    [
                        _cell(", ".join(f"{r.system} {r.ref}" for r in refs.get(row["id"], []))),
                        _cell(row["id"]),
                        _cell(row["team_name"]),
                        _cell(_due(query.list, row)),
                        _cell(row["last_conversation_date"]),
                        _cell(GROUND_TEXT.get(row["ground"] or "", "")),
                        _cell(row["exemption_start_date"]),
                        _cell(row["end_date"]),
                        _cell(row["basis_document_date"]),
                        _cell(row["reexamination_date"]),
                        _cell(row["youngest_child_birth_date"]),
                    ]
                )
            yield buffer.getvalue().encode()

    return stream()


async def _rows_in_batches(
    session: AsyncSession, query: Any
) -> AsyncIterator[list[dict[str, Any]]]:
    """The rows of one query, ``CSV_BATCH`` at a time, from one snapshot: a server-side
    cursor on a connection of its own, so memory stays flat and the database sorts once
    (pages by OFFSET would sort again and skip ever more rows for every batch). PostgreSQL
    keeps such a cursor only inside a transaction, so the connection reads in one
    (REPEATABLE READ: every batch sees the same moment); SQLite steps through its result."""
    engine = session.bind
    assert isinstance(engine, AsyncEngine)
    async with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            await connection.execution_options(isolation_level="REPEATABLE READ")
        async with connection.begin():
            result = await connection.stream(query, execution_options={"yield_per": CSV_BATCH})
            async for batch in result.mappings().partitions(CSV_BATCH):
                yield [dict(row) for row in batch]
