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
what is stored, and written with one statement per table — so a row that changes nothing
writes nothing, and a second import of the same file is a no-op. All of it is one
transaction: a malformed file or a failure while writing leaves nothing behind; a refused
row is skipped and reported; ``strict`` rolls the writes back when any row is refused;
``dryRun`` writes nothing at all.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
import unicodedata
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from itertools import islice
from types import SimpleNamespace
from typing import IO, Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy import column as sa_column
from sqlalchemy import values as sa_values
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col
from starlette.concurrency import run_in_threadpool

from vakwerk.clients import benefits
from vakwerk.clients.exemptions import validate_exemption
from vakwerk.clients.models import BenefitPeriod, Client, ClientRef, Exemption, ExemptionGround
from vakwerk.clients.service import FACTS
from vakwerk.core import audit, clock
from vakwerk.core.audit import AuditEvent
from vakwerk.core.bsn import hash_bsn
from vakwerk.core.errors import InvalidInput
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Grant
from vakwerk.integrations.caseload_file import (
    FIELD_LABELS,
    CaseloadFile,
    CaseloadFileError,
    CaseloadRow,
    ColumnMapping,
    Refusal,
    RefusedRow,
    RowResult,
    exemption_agrees,
    open_caseload,
)
from vakwerk.integrations.models import CaseloadImport, CaseloadMapping
from vakwerk.people.models import Membership, Team, User
from vakwerk.people.organisations import settings_of

SYSTEM = "civision"  # the client-tracking system whose export this is
BATCH = 1000
MAX_REFUSALS = 1000
CLIENTS: Any = Client.__table__  # type: ignore[attr-defined]
REFS: Any = ClientRef.__table__  # type: ignore[attr-defined]
PERIODS: Any = BenefitPeriod.__table__  # type: ignore[attr-defined]
EXEMPTIONS: Any = Exemption.__table__  # type: ignore[attr-defined]
AUDIT: Any = AuditEvent.__table__  # type: ignore[attr-defined]
EXEMPTION_MEMBERS = {
    "startDate": "exemption_start",
    "endDate": "exemption_end",
    "basisDocumentDate": "exemption_basis_document",
    "reexaminationDate": "exemption_reexamination",
    "youngestChildBirthDate": "exemption_youngest_child_birth",
    "ground": "exemption_ground",
}
STORED = (
    "id",
    "team_id",
    "responsible_manager_id",
    "municipality_code",
    "benefit_start_date",
    "benefit_end_date",
    "ladder_rung",
    "last_conversation_date",
    "bsn_hash",
    "version",
)


@dataclass
class Options:
    dry_run: bool = False
    strict: bool = False
    mapping: ColumnMapping | None = None


@dataclass
class Report:
    status: str
    dry_run: bool
    strict: bool
    format: str
    file_size: int
    mapping: ColumnMapping
    created_at: datetime
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    refused_rows: int = 0
    refused: list[dict[str, Any]] = field(default_factory=list)
    duration_ms: int = 0
    id: uuid.UUID | None = None

    def refuse(self, refusals: tuple[Refusal, ...] | list[Refusal]) -> None:
        self.refused_rows += 1
        room = MAX_REFUSALS - len(self.refused)
        self.refused.extend(r.as_dict() for r in refusals[:room])

    @property
    def refusals_truncated(self) -> bool:
        return self.refused_rows > 0 and len(self.refused) >= MAX_REFUSALS


def _name_key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def _header_key(name: str) -> str:
    return " ".join(name.split()).casefold()


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


# --------------------------------------------------------------------------- what is known


@dataclass
class Known:
    """The organisation's teams and people, read once per import."""

    teams: dict[str, uuid.UUID]
    people: dict[str, tuple[uuid.UUID, frozenset[uuid.UUID]]]  # e-mail → (user, teams)


async def _known(session: AsyncSession, organisation_id: uuid.UUID) -> Known:
    teams = {
        _name_key(name): team_id
        for team_id, name in (
            await session.execute(
                select(col(Team.id), col(Team.name)).where(
                    col(Team.organisation_id) == organisation_id
                )
            )
        ).all()
    }
    people: dict[str, tuple[uuid.UUID, set[uuid.UUID]]] = {}
    result = await session.execute(
        select(col(User.id), col(User.email), col(Membership.team_id))
        .outerjoin(Membership, col(Membership.user_id) == col(User.id))
        .where(col(User.organisation_id) == organisation_id, col(User.active).is_(True))
    )
    for user_id, email, team_id in result.all():
        entry = people.setdefault(email.lower(), (user_id, set()))
        if team_id is not None:
            entry[1].add(team_id)
    return Known(teams, {k: (v[0], frozenset(v[1])) for k, v in people.items()})


# --------------------------------------------------------------------------- one batch


@dataclass
class Plan:
    """What a batch writes."""

    new_clients: list[dict[str, Any]] = field(default_factory=list)
    new_refs: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    periods_new: list[dict[str, Any]] = field(default_factory=list)
    periods_follow: list[tuple[uuid.UUID, date | None, date | None, date | None, date | None]] = (
        field(default_factory=list)
    )
    exemptions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)


class Importer:
    def __init__(
        self,
        session: AsyncSession,
        grant: Grant,
        export: CaseloadFile,
        mapping: ColumnMapping,
        known: Known,
        bsn_key: str,
        report: Report,
    ) -> None:
        self.session = session
        self.grant = grant
        self.org = grant.organisation_id()
        self.known = known
        self.bsn_key = bsn_key
        self.report = report
        self.today = clock.today()
        self.now = clock.now()
        self.postgres = session.get_bind().dialect.name == "postgresql"
        self.grounds: list[Any] = []  # held, so the identity map keeps them for every row
        keys = {_header_key(name): name for name in export.header}
        self.columns = {
            name_field: keys.get(_header_key(name), name)
            for name_field, name in mapping.columns().items()
        }

    def among(self, query: Any, column: Any, values: Any) -> Any:
        """``query`` narrowed to rows whose ``column`` is one of ``values`` (a batch).

        On PostgreSQL as a join with the values as a table: ``IN (…)`` is checked value by
        value against every row when the planner chooses a scan, which it does while the
        statistics still describe the table before this import (quadratic: 25,000 rows
        took 30 s instead of a few). SQLite looks ``IN`` up in the index.
        """
        if not self.postgres:
            return query.where(column.in_(values))
        wanted = sa_values(sa_column("v", column.type), name="wanted").data([(v,) for v in values])
        return query.join(wanted, wanted.c.v == column)

    def refusal(self, row: int, name_field: str, code: str, reason: str) -> Refusal:
        column = self.columns.get(name_field) or self.columns.get("external_ref")
        return Refusal(row, column, code, reason)

    async def _stored(self, rows: list[CaseloadRow], lock: bool) -> dict[str, dict[str, Any]]:
        query = self.among(
            select(REFS.c.ref, *(CLIENTS.c[name] for name in STORED))
            .select_from(REFS)
            .join(CLIENTS, CLIENTS.c.id == REFS.c.client_id)
            .where(REFS.c.organisation_id == self.org, REFS.c.system == SYSTEM),
            REFS.c.ref,
            [row.external_ref for row in rows],
        )
        if lock:
            query = query.with_for_update(of=CLIENTS)
        return {row["ref"]: dict(row) for row in (await self.session.execute(query)).mappings()}

    async def _bsn_owners(self, hashes: set[str]) -> dict[str, uuid.UUID]:
        if not hashes:
            return {}
        result = await self.session.execute(
            self.among(
                select(CLIENTS.c.bsn_hash, CLIENTS.c.id)
                .select_from(CLIENTS)
                .where(CLIENTS.c.organisation_id == self.org),
                CLIENTS.c.bsn_hash,
                sorted(hashes),
            )
        )
        return dict(result.tuples().all())

    async def _exemptions(self, client_ids: list[uuid.UUID]) -> dict[uuid.UUID, list[Any]]:
        found: dict[uuid.UUID, list[Any]] = {}
        if client_ids:
            exemptions = select(EXEMPTIONS).select_from(EXEMPTIONS)
            result = await self.session.execute(
                self.among(exemptions, EXEMPTIONS.c.client_id, client_ids)
            )
            for row in result.all():
                found.setdefault(row.client_id, []).append(row)
        return found

    async def plan(self, batch: list[RowResult], lock: bool) -> Plan:
        plan = Plan()
        rows = [row for row in batch if isinstance(row, CaseloadRow)]
        stored = await self._stored(rows, lock) if rows else {}
        hashes = {row.external_ref: hash_bsn(self.bsn_key, row.bsn) for row in rows if row.bsn}
        owners = await self._bsn_owners(set(hashes.values()))
        held = await self._exemptions([client["id"] for client in stored.values()])
        for row in batch:  # in file order, so the refusals are reported by row
            if isinstance(row, RefusedRow):
                self.report.refuse(row.refusals)
                continue
            ref = row.external_ref
            await self._row(plan, row, stored.get(ref), hashes.get(ref), owners, held)
        return plan

    async def _row(
        self,
        plan: Plan,
        row: CaseloadRow,
        client: dict[str, Any] | None,
        bsn_hash: str | None,
        owners: dict[str, uuid.UUID],
        held: dict[uuid.UUID, list[Any]],
    ) -> None:
        refusals: list[Refusal] = []
        number = row.row
        values = row.facts()
        team_id: uuid.UUID | None = None
        if row.team is not None:
            team_id = self.known.teams.get(_name_key(row.team))
            if team_id is None:
                refusals.append(
                    self.refusal(
                        number, "team", "not_found", "Dit team bestaat niet in uw organisatie."
                    )
                )
        elif client is None:
            refusals.append(
                self.refusal(
                    number,
                    "team",
                    "required",
                    "Een nieuwe klant heeft een team nodig: vul het team in.",
                )
            )
        target_team = client["team_id"] if client is not None else team_id
        if "responsible_manager" in row.mapped:
            email = row.responsible_manager_email
            person = self.known.people.get(email) if email else None
            if email is None:
                values["responsible_manager_id"] = None
            elif person is None:
                refusals.append(
                    self.refusal(
                        number,
                        "responsible_manager",
                        "not_found",
                        "Er is geen klantmanager met dit e-mailadres in uw organisatie.",
                    )
                )
            elif target_team is not None and target_team not in person[1]:
                refusals.append(
                    self.refusal(
                        number,
                        "responsible_manager",
                        "not_in_team",
                        "Deze klantmanager is geen lid van het team van de klant.",
                    )
                )
            else:
                values["responsible_manager_id"] = person[0]
        stored_start = client["benefit_start_date"] if client else None
        stored_end = client["benefit_end_date"] if client else None
        benefits.merge(stored_start, stored_end, values)
        start = values.get("benefit_start_date", stored_start)
        end = values.get("benefit_end_date", stored_end)
        if start is not None and end is not None and end < start:
            refusals.append(
                self.refusal(
                    number,
                    "benefit_end" if "benefit_end" in self.columns else "benefit_start",
                    "before_start",
                    "De einddatum van de uitkering ligt voor de startdatum die Vakwerk kent.",
                )
            )
        if bsn_hash is not None:
            if client is not None and client["bsn_hash"] not in (None, bsn_hash):
                refusals.append(
                    self.refusal(
                        number,
                        "bsn",
                        "bsn_mismatch",
                        "Dit BSN verschilt van het BSN dat Vakwerk bij deze klant kent.",
                    )
                )
            owner = owners.get(bsn_hash)
            if owner is not None and (client is None or owner != client["id"]):
                refusals.append(
                    self.refusal(
                        number,
                        "bsn",
                        "bsn_conflict",
                        "Dit BSN hoort in Vakwerk bij een andere klant.",
                    )
                )
        exemption = await self._exemption(row, client, end, held, refusals)
        if refusals:
            self.report.refuse(refusals)
            return
        if client is None:
            self._create(plan, row, team_id, values, bsn_hash, exemption)
        else:
            self._update(plan, row, client, values, bsn_hash, exemption)

    async def _exemption(
        self,
        row: CaseloadRow,
        client: dict[str, Any] | None,
        benefit_end: date | None,
        held: dict[uuid.UUID, list[Any]],
        refusals: list[Refusal],
    ) -> dict[str, Any] | None:
        source = row.exemption
        if source is None:
            return None
        stored = held.get(client["id"], []) if client else []
        if stored:
            if not any(exemption_agrees(source, known) for known in stored):
                refusals.append(
                    self.refusal(
                        row.row,
                        "exemption_ground",
                        "exemption_conflict",
                        "Vakwerk houdt de ontheffingen van deze klant al bij, en deze ontheffing "
                        "klopt daar niet mee. Pas de ontheffing in Vakwerk aan.",
                    )
                )
            return None
        # what validate_exemption reads of the client (a plain object: thousands of rows)
        subject = SimpleNamespace(
            id=client["id"] if client else uuid.uuid4(),
            organisation_id=self.org,
            benefit_end_date=benefit_end,
        )
        try:
            return await validate_exemption(self.session, subject, source, self.today)  # type: ignore[arg-type]
        except InvalidInput as problem:
            for param in problem.params:
                name_field = EXEMPTION_MEMBERS.get(param.name, "exemption_ground")
                if name_field not in self.columns:
                    name_field = "exemption_ground"
                refusals.append(self.refusal(row.row, name_field, param.code, param.reason))
            return None

    def _event(
        self, action: str, kind: str, resource_id: uuid.UUID, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return audit.event_row(
            self.session, actor=self.grant.actor, action=action, resource_type=kind,
            resource_id=resource_id, changes=changes,
        )  # fmt: skip

    def _period(self, client_id: uuid.UUID, start: date, end: date | None) -> dict[str, Any]:
        return {
            "id": uuid.uuid4(),
            "organisation_id": self.org,
            "client_id": client_id,
            "start_date": start,
            "end_date": end,
        }

    def _add_exemption(self, plan: Plan, client_id: uuid.UUID, values: dict[str, Any]) -> None:
        exemption_id = uuid.uuid4()
        plan.exemptions.append(
            {
                "id": exemption_id,
                "organisation_id": self.org,
                "client_id": client_id,
                "ended_on": None,
                "end_reason": None,
                "created_at": self.now,
                "version": 1,
                **values,
            }
        )
        plan.events.append(
            self._event("create", "exemption", exemption_id, audit.diff(None, values))
        )

    def _create(
        self,
        plan: Plan,
        row: CaseloadRow,
        team_id: uuid.UUID | None,
        values: dict[str, Any],
        bsn_hash: str | None,
        exemption: dict[str, Any] | None,
    ) -> None:
        assert team_id is not None
        client_id = uuid.uuid4()
        facts = {name: values.get(name) for name in FACTS}
        plan.new_clients.append(
            {
                "id": client_id,
                "organisation_id": self.org,
                "team_id": team_id,
                "bsn_hash": bsn_hash,
                "referred": False,
                "created_at": self.now,
                "updated_at": self.now,
                "version": 1,
                **facts,
            }
        )
        ref = {"system": SYSTEM, "ref": row.external_ref}
        plan.new_refs.append(
            {"id": uuid.uuid4(), "organisation_id": self.org, "client_id": client_id, **ref}
        )
        if facts["benefit_start_date"] is not None:
            plan.periods_new.append(
                self._period(client_id, facts["benefit_start_date"], facts["benefit_end_date"])
            )
        changes = audit.diff(None, {"team_id": team_id, **values})
        if bsn_hash:
            changes["bsn"] = audit.CHANGED
        plan.events.append(self._event("create", "client", client_id, changes))
        if exemption is not None:
            self._add_exemption(plan, client_id, exemption)
        self.report.created += 1

    def _update(
        self,
        plan: Plan,
        row: CaseloadRow,
        client: dict[str, Any],
        values: dict[str, Any],
        bsn_hash: str | None,
        exemption: dict[str, Any] | None,
    ) -> None:
        before = {name: client[name] for name in values}
        changes = audit.diff(before, values)
        new_bsn = bsn_hash is not None and client["bsn_hash"] is None
        if new_bsn:
            changes["bsn"] = audit.CHANGED
        if not changes and exemption is None:
            self.report.unchanged += 1
            return
        if changes:
            merged = {name: client[name] for name in FACTS} | values
            plan.changed.append(
                {
                    "b_id": client["id"],
                    "b_version": client["version"] + 1,
                    "b_updated_at": self.now,
                    "b_bsn_hash": bsn_hash if new_bsn else client["bsn_hash"],
                    **{f"b_{name}": merged[name] for name in FACTS},
                }
            )
            plan.events.append(self._event("update", "client", client["id"], changes))
            stored = client["benefit_start_date"], client["benefit_end_date"]
            if stored != (merged["benefit_start_date"], merged["benefit_end_date"]):
                plan.periods_follow.append(
                    (
                        client["id"],
                        *stored,
                        merged["benefit_start_date"],
                        merged["benefit_end_date"],
                    )
                )
        if exemption is not None:
            self._add_exemption(plan, client["id"], exemption)
        self.report.updated += 1

    async def write(self, plan: Plan) -> None:
        s = self.session
        if plan.new_clients:
            await s.execute(insert(CLIENTS), plan.new_clients)
            await s.execute(insert(REFS), plan.new_refs)
        if plan.changed:
            statement = (
                update(CLIENTS)
                .where(CLIENTS.c.id == bindparam("b_id"))
                .values(
                    version=bindparam("b_version"),
                    updated_at=bindparam("b_updated_at"),
                    bsn_hash=bindparam("b_bsn_hash"),
                    **{name: bindparam(f"b_{name}") for name in FACTS},
                )
            )
            await s.execute(statement, plan.changed)
        await self._follow_periods(plan)
        if plan.periods_new:
            await s.execute(insert(PERIODS), plan.periods_new)
        if plan.exemptions:
            await s.execute(insert(EXEMPTIONS), plan.exemptions)
        if plan.events:
            await s.execute(insert(AUDIT), plan.events)

    async def _follow_periods(self, plan: Plan) -> None:
        """``clients.benefits.follow`` for a batch: the latest periods in one statement."""
        if not plan.periods_follow:
            return
        ids = [entry[0] for entry in plan.periods_follow]
        held: dict[uuid.UUID, list[tuple[uuid.UUID, date, date | None]]] = {}
        result = await self.session.execute(
            self.among(
                select(
                    PERIODS.c.id, PERIODS.c.client_id, PERIODS.c.start_date, PERIODS.c.end_date
                ).select_from(PERIODS),
                PERIODS.c.client_id,
                ids,
            )
        )
        for period_id, client_id, start, end in result.all():
            held.setdefault(client_id, []).append((period_id, start, end))
        updates: list[dict[str, Any]] = []
        removed: list[uuid.UUID] = []
        for client_id, _, stored_end, start, end in plan.periods_follow:
            periods = sorted(held.get(client_id, []), key=lambda p: p[1])
            current = periods[-1] if periods else None
            if start is None:
                if current is not None:
                    removed.append(current[0])
            elif current is None or benefits.starts_new_period(stored_end, start):
                plan.periods_new.append(self._period(client_id, start, end))
            else:
                updates.append({"p_id": current[0], "p_start": start, "p_end": end})
                for period_id, earlier_start, earlier_end in periods[:-1]:
                    action = benefits.clip(earlier_start, earlier_end, start)
                    if action == "remove":
                        removed.append(period_id)
                    elif action is not None:
                        updates.append(
                            {"p_id": period_id, "p_start": earlier_start, "p_end": action}
                        )
        if updates:
            await self.session.execute(
                update(PERIODS)
                .where(PERIODS.c.id == bindparam("p_id"))
                .values(start_date=bindparam("p_start"), end_date=bindparam("p_end")),
                updates,
            )
        if removed:
            await self.session.execute(delete(PERIODS).where(PERIODS.c.id.in_(removed)))


# --------------------------------------------------------------------------- the run


def _next_batch(rows: Iterator[RowResult]) -> list[RowResult]:
    return list(islice(rows, BATCH))


async def _in_thread(function: Any, *args: Any) -> Any:
    """Run file reading in a worker thread; a malformed file is a 400 that writes nothing."""
    try:
        return await run_in_threadpool(function, *args)
    except CaseloadFileError as error:
        raise error.as_invalid_input() from None


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
        known = await _known(session, grant.organisation_id())
        importer = Importer(session, grant, export, mapping, known, bsn_key, report)
        importer.grounds = list((await session.execute(select(ExemptionGround))).scalars())
        await settings_of(session, grant.organisation_id())
        rows: Iterator[RowResult] = await _in_thread(
            lambda: export.rows(mapping, today=clock.today())
        )
        savepoint = await session.begin_nested() if options.strict and not options.dry_run else None
        # Read the next batch in its worker thread while this one is looked up and written.
        following = asyncio.ensure_future(_in_thread(_next_batch, rows))
        try:
            while batch := await following:
                following = asyncio.ensure_future(_in_thread(_next_batch, rows))
                plan = await importer.plan(batch, lock=not options.dry_run)
                if not options.dry_run:
                    await importer.write(plan)
        finally:
            # a failure on the way: let the read in flight finish before the file is closed
            with contextlib.suppress(Exception):
                await following
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
