"""One batch of the caseload import: looked up, compared with what is stored, planned.

A batch of rows is looked up with a handful of statements (the stored clients by
reference, the owners of the batch's BSNs, the stored clients' exemptions), then each row
is decided in file order: refused with its problems, unchanged, or planned as the rows and
audit events :mod:`vakwerk.integrations.caseload_write` writes. The rules are those of
``PUT /clients/by-ref/civision/{ref}`` (``clients.service``) and ``clients.benefits``;
the file's exemption is checked by ``clients.exemptions``' own rules.
"""

from __future__ import annotations

import asyncio
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.clients import benefits
from vakwerk.clients.exemptions import exemption_problems, exemption_values
from vakwerk.clients.models import BenefitPeriod, Client, ClientRef, Exemption, ExemptionGround
from vakwerk.clients.service import FACTS
from vakwerk.core import audit, clock
from vakwerk.core.audit import AuditEvent
from vakwerk.core.bsn import hash_bsn
from vakwerk.core.bulk import among
from vakwerk.core.db import new_ids
from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.core.policy import Grant
from vakwerk.integrations.caseload_file import (
    CaseloadRow,
    ColumnMapping,
    Refusal,
    RefusedRow,
    RowResult,
    exemption_agrees,
)
from vakwerk.people.models import Membership, Team, User
from vakwerk.people.organisations import settings_of

SYSTEM = "civision"  # the client-tracking system whose export this is
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
STORED = ("id", "team_id", *FACTS, "bsn_hash", "version")
_NOT_FOUND = object()


def name_key(name: str) -> str:
    return unicodedata.normalize("NFC", " ".join(name.split())).casefold()


def header_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def period_row(
    period_id: uuid.UUID,
    organisation_id: uuid.UUID,
    client_id: uuid.UUID,
    start: date,
    end: date | None,
) -> dict[str, Any]:
    return {
        "id": period_id,
        "organisation_id": organisation_id,
        "client_id": client_id,
        "start_date": start,
        "end_date": end,
    }


# --------------------------------------------------------------------------- what is known


@dataclass
class Known:
    """What every row is checked against, read once per import: the organisation's teams
    and people, the exemption grounds that are temporary, the art 9a maximum."""

    teams: dict[str, uuid.UUID]
    people: dict[str, tuple[uuid.UUID, frozenset[uuid.UUID]]]  # e-mail → (user, teams)
    temporary_grounds: frozenset[str] = frozenset()
    art9a_max_years: int = 0


async def read_known(session: AsyncSession, organisation_id: uuid.UUID) -> Known:
    teams = {
        name_key(name): team_id
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
    grounds = await session.execute(select(ExemptionGround))
    temporary = frozenset(ground.code for ground in grounds.scalars() if ground.temporary)
    settings = await settings_of(session, organisation_id)
    return Known(
        teams,
        {k: (v[0], frozenset(v[1])) for k, v in people.items()},
        temporary,
        settings.art9a_max_years,
    )


# --------------------------------------------------------------------------- one batch

YIELD_EVERY = 50


@dataclass
class Found:
    """A batch and what its rows are compared with (``Planner.look_up``)."""

    batch: list[RowResult]
    stored: dict[str, dict[str, Any]]  # reference → the stored client's columns
    hashes: dict[str, str]  # reference → the row's BSN hash
    owners: dict[str, uuid.UUID]  # BSN hash → the client that has it
    held: dict[uuid.UUID, list[Any]]  # client → its exemptions

    def finds_any(self, clients: set[uuid.UUID]) -> bool:
        return any(client["id"] in clients for client in self.stored.values())


@dataclass
class Plan:
    """What a batch writes: rows per table by column name, and the audit events."""

    new_clients: list[dict[str, Any]] = field(default_factory=list)
    new_refs: list[dict[str, Any]] = field(default_factory=list)
    changed: list[dict[str, Any]] = field(default_factory=list)
    periods_new: list[dict[str, Any]] = field(default_factory=list)
    periods_follow: list[tuple[uuid.UUID, date | None, date | None, date | None, date | None]] = (
        field(default_factory=list)
    )
    exemptions: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    touched: set[uuid.UUID] = field(default_factory=set)  # stored clients it changes


@dataclass
class Report:
    """An import's outcome: what the reply says and the import's record keeps."""

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


class Planner:
    """Decides each row of a batch; ``record`` false (a dry run) counts without planning
    rows to write."""

    def __init__(
        self,
        session: AsyncSession,
        grant: Grant,
        columns: dict[str, str],
        known: Known,
        bsn_key: str,
        counts: Report,
        *,
        record: bool,
    ) -> None:
        self.session = session
        self.grant = grant
        self.org = grant.organisation_id()
        self.known = known
        self.bsn_key = bsn_key
        self.counts = counts
        self.record = record
        self.today = clock.today()
        self.now = clock.now()
        self.columns = columns  # field → the file's header name
        self.team_ids: dict[str, Any] = {}  # the file's spelling → team id or _NOT_FOUND
        self.ids = new_ids()

    def refusal(self, row: int, name_field: str, code: str, reason: str) -> Refusal:
        column = self.columns.get(name_field) or self.columns.get("external_ref")
        return Refusal(row, column, code, reason)

    # ----------------------------------------------------------------- look-ups

    async def _stored(self, rows: list[CaseloadRow], lock: bool) -> dict[str, dict[str, Any]]:
        query = (
            select(REFS.c.ref, *(CLIENTS.c[name] for name in STORED))
            .select_from(REFS)
            .join(CLIENTS, CLIENTS.c.id == REFS.c.client_id)
            .where(REFS.c.organisation_id == self.org, REFS.c.system == SYSTEM)
        )
        if lock:
            query = query.with_for_update(of=CLIENTS)
        query = among(self.session, query, REFS.c.ref, [row.external_ref for row in rows])
        return {row["ref"]: dict(row) for row in (await self.session.execute(query)).mappings()}

    async def _bsn_owners(self, hashes: set[str]) -> dict[str, uuid.UUID]:
        if not hashes:
            return {}
        result = await self.session.execute(
            among(
                self.session,
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
                among(self.session, exemptions, EXEMPTIONS.c.client_id, client_ids)
            )
            for row in result.all():
                found.setdefault(row.client_id, []).append(row)
        return found

    async def look_up(self, batch: list[RowResult], lock: bool) -> Found:
        """What the batch's rows are compared with: a handful of statements."""
        rows = [row for row in batch if isinstance(row, CaseloadRow)]
        stored = await self._stored(rows, lock) if rows else {}
        hashes = {row.external_ref: hash_bsn(self.bsn_key, row.bsn) for row in rows if row.bsn}
        owners = await self._bsn_owners(set(hashes.values()))
        held = await self._exemptions([client["id"] for client in stored.values()])
        return Found(batch, stored, hashes, owners, held)

    async def decide(self, found: Found) -> Plan:
        """Each row in file order (so the refusals are reported by row), touching no
        statement: it lets the event loop run the previous batch's writes every
        ``YIELD_EVERY`` rows, so PostgreSQL works on them meanwhile."""
        plan = Plan()
        for number, row in enumerate(found.batch, start=1):
            if number % YIELD_EVERY == 0:
                await asyncio.sleep(0)
            if isinstance(row, RefusedRow):
                self.counts.refuse(row.refusals)
                continue
            ref = row.external_ref
            client = found.stored.get(ref)
            self._row(plan, row, client, found.hashes.get(ref), found.owners, found.held)
        return plan

    # ----------------------------------------------------------------- one row

    def _team(self, name: str) -> uuid.UUID | None:
        found = self.team_ids.get(name)
        if found is None:
            found = self.team_ids[name] = self.known.teams.get(name_key(name), _NOT_FOUND)
        return None if found is _NOT_FOUND else found

    def _row(
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
            team_id = self._team(row.team)
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
        exemption = self._exemption(row, client, end, held, refusals)
        if refusals:
            self.counts.refuse(refusals)
            return
        if client is None:
            self.counts.created += 1
            if self.record:
                self._create(plan, row, team_id, values, bsn_hash, exemption)
        else:
            self._update(plan, client, values, bsn_hash, exemption)

    def _exemption(
        self,
        row: CaseloadRow,
        client: dict[str, Any] | None,
        benefit_end: date | None,
        held: dict[uuid.UUID, list[Any]],
        refusals: list[Refusal],
    ) -> dict[str, Any] | None:
        """The file's exemption as values to store, for a client Vakwerk holds none for.

        ``clients.exemptions``' rules, with what they read known already: such a client
        has no earlier art 9a exemption (a new one none at all), and the grounds and the
        organisation's art 9a maximum are read once per import.
        """
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
        temporary = source.ground in self.known.temporary_grounds
        problems = exemption_problems(source, self.today, temporary=temporary)
        if not problems:
            try:
                return exemption_values(
                    source,
                    max_years=self.known.art9a_max_years,
                    earlier=[],
                    benefit_end=benefit_end,
                )
            except InvalidInput as problem:
                problems = problem.params
        self._exemption_refusals(row.row, problems, refusals)
        return None

    def _exemption_refusals(
        self, number: int, problems: list[InvalidParam], refusals: list[Refusal]
    ) -> None:
        for param in problems:
            name_field = EXEMPTION_MEMBERS.get(param.name, "exemption_ground")
            if name_field not in self.columns:
                name_field = "exemption_ground"
            refusals.append(self.refusal(number, name_field, param.code, param.reason))

    # ----------------------------------------------------------------- the rows to write

    def _event(
        self, action: str, kind: str, resource_id: uuid.UUID, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return audit.event_row(
            self.session, actor=self.grant.actor, action=action, resource_type=kind,
            resource_id=resource_id, changes=changes, event_id=next(self.ids),
        )  # fmt: skip

    def _add_exemption(self, plan: Plan, client_id: uuid.UUID, values: dict[str, Any]) -> None:
        exemption_id = next(self.ids)
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
        client_id = next(self.ids)
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
            {"id": next(self.ids), "organisation_id": self.org, "client_id": client_id, **ref}
        )
        if facts["benefit_start_date"] is not None:
            plan.periods_new.append(
                period_row(
                    next(self.ids),
                    self.org,
                    client_id,
                    facts["benefit_start_date"],
                    facts["benefit_end_date"],
                )
            )
        changes = audit.diff(None, {"team_id": team_id, **values})
        if bsn_hash:
            changes["bsn"] = audit.CHANGED
        plan.events.append(self._event("create", "client", client_id, changes))
        if exemption is not None:
            self._add_exemption(plan, client_id, exemption)

    def _update(
        self,
        plan: Plan,
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
            self.counts.unchanged += 1
            return
        self.counts.updated += 1
        if not self.record:
            return
        plan.touched.add(client["id"])
        if changes:
            merged = {name: client[name] for name in FACTS} | values
            plan.changed.append(
                {
                    "id": client["id"],
                    "version": client["version"] + 1,
                    "updated_at": self.now,
                    "bsn_hash": bsn_hash if new_bsn else client["bsn_hash"],
                    **{name: merged[name] for name in FACTS},
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
