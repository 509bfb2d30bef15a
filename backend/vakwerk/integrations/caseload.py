"""The caseload import: the client-tracking system's export upserted by reference.

The same rules as ``PUT /clients/by-ref/civision/{ref}`` (``clients.service``): a new
client needs its team; on an update the team is checked and otherwise ignored (it
changes only by hand); only the source-owned facts change; the BSN is hashed at once and
never kept or reported; benefit periods follow ``clients.benefits``. The file's
exemption is created only for a client Vakwerk holds no exemption for (the initial load
of a team that moves to Vakwerk); once Vakwerk holds exemptions, a row whose exemption
contradicts them is refused.

The file is read in a worker thread (``integrations.caseload_file``, streamed), in batches
of ``BATCH`` rows; each batch is looked up with a handful of statements, compared with
what is stored (``integrations.caseload_plan``) and written with one statement per table
(``integrations.caseload_write``) — so a row that changes nothing writes nothing, and a
second import of the same file is a no-op. All of it is one transaction: a malformed file
or a failure while writing leaves nothing behind; a refused row is skipped and reported;
``strict`` rolls the writes back when any row is refused; ``dryRun`` writes nothing at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import islice
from typing import IO, Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col
from starlette.concurrency import run_in_threadpool

from vakwerk.core import audit, clock
from vakwerk.core.bulk import planned_each_time
from vakwerk.core.errors import InvalidInput
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Grant
from vakwerk.integrations.caseload_file import (
    FIELD_LABELS,
    CaseloadFile,
    CaseloadFileError,
    ColumnMapping,
    RowResult,
    open_caseload,
)
from vakwerk.integrations.caseload_plan import (
    MAX_REFUSALS,
    SYSTEM,
    Plan,
    Planner,
    Report,
    header_key,
    read_known,
)
from vakwerk.integrations.caseload_write import write
from vakwerk.integrations.models import CaseloadImport, CaseloadMapping

BATCH = 1000
__all__ = ["BATCH", "MAX_REFUSALS", "SYSTEM", "Options", "Report", "run_import"]


@dataclass
class Options:
    dry_run: bool = False
    strict: bool = False
    mapping: ColumnMapping | None = None


# --------------------------------------------------------------------------- mapping


async def stored_mapping(
    session: AsyncSession, organisation_id: uuid.UUID
) -> CaseloadMapping | None:
    return await session.get(CaseloadMapping, organisation_id)


async def put_mapping(
    session: AsyncSession, grant: Grant, mapping: ColumnMapping
) -> CaseloadMapping:
    org = grant.organisation_id()
    found = (
        await session.execute(
            locked(select(CaseloadMapping).where(col(CaseloadMapping.organisation_id) == org))
        )
    ).scalar_one_or_none()
    values = mapping.model_dump(exclude_none=True)
    now = clock.now()
    if found is None:
        found = CaseloadMapping(
            organisation_id=org,
            mapping=values,
            updated_by_type=grant.actor.kind,
            updated_by=grant.actor.id,
            updated_at=now,
        )
        session.add(found)
    elif found.mapping != values:
        found.mapping = values
        found.updated_by_type, found.updated_by = grant.actor.kind, grant.actor.id
        found.updated_at = now
        found.version += 1
    else:
        return found
    await session.flush()
    audit.by(session, grant.actor, "update", "caseload_mapping", None, {"mapping": values})
    return found


async def _mapping_for(
    session: AsyncSession, grant: Grant, export: CaseloadFile, chosen: ColumnMapping | None
) -> ColumnMapping:
    if chosen is not None:
        return chosen
    stored = await stored_mapping(session, grant.organisation_id())
    if stored is not None:
        return ColumnMapping.model_validate(stored.mapping)
    suggested = export.suggest_mapping().complete()
    if suggested is None:
        raise InvalidInput.one(
            "mapping",
            "required",
            "Kies welke kolom het klantnummer bevat: Vakwerk herkent die kolom niet vanzelf.",
        )
    return suggested


# --------------------------------------------------------------------------- the run


def _next_batch(rows: Iterator[RowResult]) -> list[RowResult]:
    return list(islice(rows, BATCH))


async def _in_thread(function: Any, *args: Any) -> Any:
    """Run file reading in a worker thread; a malformed file is a 400 that writes nothing."""
    try:
        return await run_in_threadpool(function, *args)
    except CaseloadFileError as error:
        raise error.as_invalid_input() from None


async def _batches(
    session: AsyncSession,
    grant: Grant,
    planner: Planner,
    rows: Iterator[RowResult],
    *,
    write_too: bool,
) -> None:
    """Every batch looked up, decided and (``write_too``) written, three things at once:

    the next batch is read in a worker thread while this one is looked up and decided, and
    the previous batch is written while this one is decided. So a batch is looked up
    before the previous one is written, which changes nothing it finds: the file's rows
    have distinct references and BSNs (``caseload_file`` refuses a repeat), so a batch
    finds no client, BSN or exemption the previous batch creates. Only a client with two
    of the file's references could be in both; then the previous batch is written first
    and this one looked up again.
    """
    organisation_id = grant.organisation_id()
    following = asyncio.ensure_future(_in_thread(_next_batch, rows))
    writing: asyncio.Future[None] | None = None
    previous: Plan | None = None  # decided, not yet written
    try:
        while batch := await following:
            following = asyncio.ensure_future(_in_thread(_next_batch, rows))
            found = await planner.look_up(batch, lock=write_too)
            if previous is not None and found.finds_any(previous.touched):
                await write(session, organisation_id, previous)
                previous = None
                found = await planner.look_up(batch, lock=write_too)
            if previous is not None:  # the session's only statements until it is awaited
                writing = asyncio.ensure_future(write(session, organisation_id, previous))
            plan = await planner.decide(found)
            if writing is not None:
                await writing
                writing = None
            previous = plan if write_too else None
        if previous is not None:
            await write(session, organisation_id, previous)
    finally:
        # a failure on the way: let the write and the read in flight finish first
        for pending in (writing, following):
            if pending is not None:
                with contextlib.suppress(Exception):
                    await pending


async def file_columns(source: IO[bytes]) -> CaseloadFile:
    """Open an upload (in a worker thread) to show its header; the caller closes it."""
    export: CaseloadFile = await _in_thread(open_caseload, source)
    return export


async def run_import(
    session: AsyncSession,
    grant: Grant,
    source: IO[bytes],
    size: int,
    options: Options,
    bsn_key: str,
) -> Report:
    started = time.monotonic()
    export: CaseloadFile = await _in_thread(open_caseload, source)
    try:
        mapping = await _mapping_for(session, grant, export, options.mapping)
        report = Report(
            status="proef" if options.dry_run else "uitgevoerd",
            dry_run=options.dry_run,
            strict=options.strict,
            format=export.format,
            file_size=size,
            mapping=mapping,
            created_at=clock.now(),
        )
        known = await read_known(session, grant.organisation_id())
        keys = {header_key(name): name for name in export.header}
        columns = {
            name_field: keys.get(header_key(name), name)
            for name_field, name in mapping.columns().items()
        }
        planner = Planner(
            session, grant, columns, known, bsn_key, report, record=not options.dry_run
        )
        rows: Iterator[RowResult] = await _in_thread(
            lambda: export.rows(mapping, today=clock.today())
        )
        savepoint = await session.begin_nested() if options.strict and not options.dry_run else None
        async with planned_each_time(session):
            await _batches(session, grant, planner, rows, write_too=not options.dry_run)
        if savepoint is not None:
            if report.refused_rows:
                await savepoint.rollback()
                report.status = "niet_uitgevoerd"
            else:
                await savepoint.commit()
    finally:
        await run_in_threadpool(export.close)
    report.rows = report.created + report.updated + report.unchanged + report.refused_rows
    report.duration_ms = int((time.monotonic() - started) * 1000)
    if options.dry_run:
        audit.by(session, grant.actor, "dry_run", "caseload_import", None, _counts(report))
        return report
    if options.mapping is not None:
        await put_mapping(session, grant, options.mapping)
    record = CaseloadImport(
        organisation_id=grant.organisation_id(),
        actor_type=grant.actor.kind,
        actor_id=grant.actor.id,
        created_at=report.created_at,
        status=report.status,
        strict=options.strict,
        file_format=report.format,
        file_size=size,
        rows=report.rows,
        created=report.created,
        updated=report.updated,
        unchanged=report.unchanged,
        refused_rows=report.refused_rows,
        refusals=report.refused,
        mapping=mapping.model_dump(exclude_none=True),
        duration_ms=report.duration_ms,
    )
    session.add(record)
    await session.flush()
    report.id = record.id
    audit.by(session, grant.actor, "import", "caseload_import", record.id, _counts(report))
    return report


def _counts(report: Report) -> dict[str, Any]:
    return {
        "status": report.status,
        "rows": report.rows,
        "created": report.created,
        "updated": report.updated,
        "unchanged": report.unchanged,
        "refusedRows": report.refused_rows,
    }


def label(name_field: str) -> str:
    return FIELD_LABELS[name_field]
