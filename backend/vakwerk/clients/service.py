"""The rules for clients: creating and changing them by hand, lists, and the upsert by a
source system's reference.

Clients are pseudonymous: no name, address or BSN in clear (the BSN only as a keyed
hash, for matching). Every read of client data and every change is audited in the
same unit of work.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, and_, func, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.clients import benefits, refs
from vakwerk.clients.access import (
    find_client,
    load_client,
    readable,
    refs_of,
    require_team_write,
)
from vakwerk.clients.models import Client, ClientRef, Exemption, SourceSystem
from vakwerk.clients.schemas import (
    MAX_REFS,
    ClientCreate,
    ClientSummary,
    ClientUpdate,
    ClientUpsert,
)
from vakwerk.core import audit, clock
from vakwerk.core.bsn import hash_bsn, passes_eleven_test
from vakwerk.core.dates import add_years
from vakwerk.core.errors import Conflict, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import locked, page_rows
from vakwerk.core.policy import Actor, Grant
from vakwerk.people import members, users

FACTS = (
    "responsible_manager_id",
    "municipality_code",
    "benefit_start_date",
    "benefit_end_date",
    "ladder_rung",
    "last_conversation_date",
)
ASCII_BSN = re.compile(r"[0-9]{9}")


# --------------------------------------------------------------------------- lists


@dataclass
class ClientFilter:
    team_id: uuid.UUID | None = None
    responsible_manager_id: uuid.UUID | None = None
    exemption_status: str | None = None
    exemption_ground: str | None = None
    conversation_overdue: bool | None = None
    basis_document_expired: bool | None = None
    reexamination_due: bool | None = None
    q: str | None = None


def _active_join_condition(today: date) -> ColumnElement[bool]:
    return and_(
        col(Exemption.client_id) == col(Client.id),
        col(Exemption.ended_on).is_(None),
        or_(col(Exemption.end_date).is_(None), col(Exemption.end_date) >= today),
    )


def with_active_exemption(query: Any, today: date) -> Any:
    """The clients with their active exemption (if any) joined: the filters read it."""
    return query.outerjoin(Exemption, _active_join_condition(today))


def client_conditions(
    grant: Grant, filters: ClientFilter, today: date
) -> list[ColumnElement[bool]]:
    """The clients a list with these filters shows (on a query ``with_active_exemption``),
    within the read scope: the list and the start page's counts (``clients.work``) share it,
    so a count is what its list shows."""
    conditions = [readable(grant)]
    if filters.team_id is not None:
        conditions.append(col(Client.team_id) == filters.team_id)
    if filters.responsible_manager_id is not None:
        conditions.append(col(Client.responsible_manager_id) == filters.responsible_manager_id)
    if filters.exemption_status == "actief":
        conditions.append(col(Exemption.id).is_not(None))
    elif filters.exemption_status == "geen":
        conditions.append(col(Exemption.id).is_(None))
    if filters.exemption_ground is not None:
        conditions.append(col(Exemption.ground) == filters.exemption_ground)
    if filters.conversation_overdue is not None:
        overdue = or_(
            col(Client.last_conversation_date).is_(None),
            col(Client.last_conversation_date) < add_years(today, -1),
        )
        conditions.append(overdue if filters.conversation_overdue else ~overdue)
    if filters.basis_document_expired is not None:
        expired = and_(
            col(Exemption.id).is_not(None),
            col(Exemption.basis_document_date) < add_years(today, -2),
        )
        conditions.append(expired if filters.basis_document_expired else ~expired)
    if filters.reexamination_due is not None:
        due = and_(col(Exemption.id).is_not(None), col(Exemption.reexamination_date) <= today)
        conditions.append(due if filters.reexamination_due else ~due)
    if filters.q:
        conditions.append(refs.ref_matches(grant.organisation_id(), filters.q))
    return conditions


async def list_clients(
    session: AsyncSession, grant: Grant, filters: ClientFilter, limit: int, offset: int
) -> tuple[list[ClientSummary], int]:
    await members.require_team_filter(session, grant, filters.team_id)
    await _require_manager_filter(session, grant, filters.responsible_manager_id)
    today = clock.today()
    query: Any = select(
        col(Client.id),
        col(Client.team_id),
        col(Client.responsible_manager_id),
        col(Client.municipality_code),
        col(Client.benefit_start_date),
        col(Client.benefit_end_date),
        col(Client.ladder_rung),
        col(Client.last_conversation_date),
        col(Client.version),
        col(Exemption.ground).label("exemption_ground"),
        col(Exemption.end_date).label("exemption_end_date"),
        col(Exemption.basis_document_date).label("basis_document_date"),
        col(Exemption.reexamination_date).label("reexamination_date"),
        col(Client.created_at),
    )
    query = with_active_exemption(query, today).where(*client_conditions(grant, filters, today))
    order = (col(Client.created_at).desc(), col(Client.id).desc())
    rows, total = await page_rows(session, query, order, limit, offset)
    audit.list_read(
        session, grant.actor, "client", replace(filters, q="gezocht" if filters.q else None)
    )
    found = await refs_of(session, [row["id"] for row in rows])
    items = [
        ClientSummary.model_validate(row | {"external_refs": found[row["id"]]}) for row in rows
    ]
    return items, total


async def _require_manager_filter(
    session: AsyncSession, grant: Grant, manager_id: uuid.UUID | None
) -> None:
    if manager_id is None:
        return
    if await users.find_user(session, grant, manager_id) is None:
        raise InvalidInput.one(
            "responsibleManagerId", "not_found", "Deze klantmanager bestaat niet."
        )


# --------------------------------------------------------------------------- create / update


async def _team_and_manager_problems(
    session: AsyncSession,
    grant: Grant,
    team_id: uuid.UUID | None,
    manager_id: uuid.UUID | None,
) -> list[InvalidParam]:
    """The team must be one the actor writes to; the manager a member of it."""
    problems: list[InvalidParam] = []
    if team_id is not None:
        team = await members.team_in_organisation(session, grant.actor.organisation_id, team_id)
        writable = team is not None and (
            grant.actor.kind == "api_client" or team_id in grant.actor.team_ids
        )
        if not writable:
            return [
                InvalidParam(
                    "teamId", "not_found", "Dit team bestaat niet of valt buiten uw teams."
                )
            ]
    if manager_id is not None:
        if await users.find_user(session, grant, manager_id) is None:
            problems.append(
                InvalidParam("responsibleManagerId", "not_found", "Deze klantmanager bestaat niet.")
            )
        elif team_id is not None and not await members.is_member(session, team_id, manager_id):
            problems.append(
                InvalidParam(
                    "responsibleManagerId",
                    "not_in_team",
                    "De verantwoordelijke klantmanager is geen lid van het team van de klant.",
                )
            )
    return problems


def _date_problems(values: dict[str, Any]) -> list[InvalidParam]:
    start, end = values.get("benefit_start_date"), values.get("benefit_end_date")
    if start and end and end < start:
        return [
            InvalidParam(
                "benefitEndDate",
                "before_start",
                "De einddatum van de uitkering ligt voor de begindatum.",
            )
        ]
    return []


def default_team(grant: Grant, team_id: uuid.UUID | None) -> uuid.UUID:
    if team_id is not None:
        return team_id
    if len(grant.actor.team_ids) == 1:
        return next(iter(grant.actor.team_ids))
    raise InvalidInput.one("teamId", "required", "Kies het team van de klant.")


async def create_client(session: AsyncSession, grant: Grant, data: ClientCreate) -> Client:
    team_id = default_team(grant, data.team_id)
    values = data.model_dump(exclude={"team_id"})
    problems = await _team_and_manager_problems(
        session, grant, team_id, data.responsible_manager_id
    )
    problems += _date_problems(values)
    if problems:
        raise InvalidInput(problems)
    now = clock.now()
    client = Client(
        organisation_id=grant.organisation_id(),
        team_id=team_id,
        created_at=now,
        updated_at=now,
        **values,
    )
    session.add(client)
    await session.flush()
    await benefits.record_first(session, client)
    changes = audit.diff(None, {"team_id": team_id, **values})
    audit.by(session, grant.actor, "create", "client", client.id, changes)
    return client


async def update_client(
    session: AsyncSession,
    grant: Grant,
    client_id: uuid.UUID,
    data: ClientUpdate,
    if_match: str | None,
) -> Client:
    client = await load_client(session, grant, client_id, for_update=True)
    require_team_write(grant, client)
    check_version(if_match, client.version)
    values = data.model_dump(exclude_unset=True)
    if "team_id" in values and values["team_id"] is None:
        raise InvalidInput.one("teamId", "required", "Een klant hoort altijd bij een team.")
    benefits.merge(client.benefit_start_date, client.benefit_end_date, values)
    merged = {name: getattr(client, name) for name in (*FACTS, "team_id")} | values
    team_changes = "team_id" in values
    manager_changes = "responsible_manager_id" in values or team_changes
    problems = await _team_and_manager_problems(
        session,
        grant,
        merged["team_id"] if team_changes else None,
        None,
    )
    if not problems and manager_changes and merged["responsible_manager_id"] is not None:
        problems += await _team_and_manager_problems(
            session, grant, None, merged["responsible_manager_id"]
        )
        if not problems and (
            not await members.is_member(
                session, merged["team_id"], merged["responsible_manager_id"]
            )
        ):
            problems.append(
                InvalidParam(
                    "responsibleManagerId",
                    "not_in_team",
                    "De verantwoordelijke klantmanager is geen lid van het team van de klant.",
                )
            )
    problems += _date_problems(merged)
    if problems:
        raise InvalidInput(problems)
    return await _apply(session, grant.actor, client, values)


async def _apply(
    session: AsyncSession, actor: Actor, client: Client, values: dict[str, Any]
) -> Client:
    before = {name: getattr(client, name) for name in values}
    stored_benefit = client.benefit_start_date, client.benefit_end_date
    for name, value in values.items():
        setattr(client, name, value)
    changes = audit.diff(before, values)
    if changes:
        client.version += 1
        client.updated_at = clock.now()
        audit.by(session, actor, "update", "client", client.id, changes)
    await session.flush()
    await benefits.follow(session, client, *stored_benefit)
    return client


# --------------------------------------------------------------------------- upsert by reference


def _bsn_hash(bsn: str | None, key: str) -> str | None:
    """ASCII digits passing the 11-proef, or 400 ``invalid_bsn``: a fullwidth or Arabic-Indic
    form of a known BSN would otherwise hash differently and slip past the matching."""
    if bsn is None:
        return None
    if not ASCII_BSN.fullmatch(bsn) or not passes_eleven_test(bsn):
        raise InvalidInput.one(
            "bsn",
            "invalid_bsn",
            "Dit is geen geldig BSN: negen cijfers (0-9) waarvoor de elfproef klopt.",
        )
    return hash_bsn(key, bsn)


async def upsert_by_ref(
    session: AsyncSession,
    grant: Grant,
    system: str,
    ref: str,
    data: ClientUpsert,
    bsn_key: str,
) -> tuple[Client, bool]:
    """Create or update idempotently by (system, ref); returns (client, created)."""
    if await session.get(SourceSystem, system) is None:
        raise NotFound("Dit bronsysteem is onbekend.")
    org_id = grant.organisation_id()
    bsn_hash = _bsn_hash(data.bsn, bsn_key)
    facts = data.model_dump(include=set(FACTS), exclude_unset=True)
    existing = await _client_by_ref(session, org_id, system, ref)
    if existing is not None and data.client_id is not None and data.client_id != existing.id:
        raise Conflict(
            "Deze verwijzing hoort al bij een andere klant.", extra={"clientId": str(existing.id)}
        )
    if existing is not None:
        return await _update_from_source(session, grant, existing, data, facts, bsn_hash), False
    if data.client_id is not None:
        target = await find_client(session, grant, data.client_id, for_update=True)
        if target is None:
            raise InvalidInput.one("clientId", "not_found", "Deze klant bestaat niet.")
        # the client row is locked: parallel attachments are counted one after the other
        held = await session.execute(
            select(func.count()).where(col(ClientRef.client_id) == target.id)
        )
        if held.scalar_one() >= MAX_REFS:
            reason = f"Een klant heeft ten hoogste {MAX_REFS} verwijzingen."
            raise Conflict.on("clientId", "too_many", reason)
        await _attach_ref(session, org_id, target.id, system, ref)
        attached = {"externalRefs": {"old": None, "new": f"{system}:{ref}"}}
        audit.by(session, grant.actor, "update", "client", target.id, attached)
        return await _update_from_source(session, grant, target, data, facts, bsn_hash), False
    if data.team_id is None:
        raise InvalidInput.one("teamId", "required", "Een nieuwe klant heeft een team nodig.")
    problems = await _team_and_manager_problems(
        session, grant, data.team_id, data.responsible_manager_id
    )
    problems += _date_problems(facts)
    if problems:
        raise InvalidInput(problems)
    if bsn_hash is not None:
        await _refuse_known_bsn(session, org_id, bsn_hash, None)
    now = clock.now()
    savepoint = await session.begin_nested()
    client = Client(
        organisation_id=org_id,
        team_id=data.team_id,
        bsn_hash=bsn_hash,
        created_at=now,
        updated_at=now,
        **facts,
    )
    session.add(client)
    try:
        await session.flush()
        await _attach_ref(session, org_id, client.id, system, ref)
        await benefits.record_first(session, client)
    except (Conflict, IntegrityError):
        # Another request created this reference (or this BSN) first: go on as an update
        # of the client that won.
        await savepoint.rollback()
        winner = await _client_by_ref(session, org_id, system, ref)
        if winner is None:
            raise Conflict("Dit BSN hoort al bij een andere klant.") from None
        return await _update_from_source(session, grant, winner, data, facts, bsn_hash), False
    await savepoint.commit()
    changes = audit.diff(None, {"team_id": data.team_id, **facts})
    if bsn_hash:
        changes["bsn"] = audit.CHANGED
    audit.by(session, grant.actor, "create", "client", client.id, changes)
    return client, True


async def _client_by_ref(
    session: AsyncSession, org_id: uuid.UUID, system: str, ref: str
) -> Client | None:
    query = (
        select(Client)
        .join(ClientRef, col(ClientRef.client_id) == col(Client.id))
        .where(
            col(ClientRef.organisation_id) == org_id,
            col(ClientRef.system) == system,
            col(ClientRef.ref) == ref,
        )
    )
    return (await session.execute(locked(query))).scalar_one_or_none()


async def _attach_ref(
    session: AsyncSession, org_id: uuid.UUID, client_id: uuid.UUID, system: str, ref: str
) -> None:
    owner = (
        await session.execute(
            select(col(ClientRef.client_id)).where(
                col(ClientRef.organisation_id) == org_id,
                col(ClientRef.system) == system,
                col(ClientRef.ref) == ref,
            )
        )
    ).scalar_one_or_none()
    if owner is not None and owner != client_id:
        raise Conflict(
            "Deze verwijzing hoort al bij een andere klant.", extra={"clientId": str(owner)}
        )
    if owner is None:
        try:
            async with session.begin_nested():
                await session.execute(
                    insert(ClientRef).values(
                        id=uuid.uuid4(),
                        organisation_id=org_id,
                        client_id=client_id,
                        system=system,
                        ref=ref,
                    )
                )
        except IntegrityError:
            raise Conflict(
                "Deze verwijzing is zojuist door een ander verzoek aangemaakt."
            ) from None


async def _refuse_known_bsn(
    session: AsyncSession, org_id: uuid.UUID, bsn_hash: str, client_id: uuid.UUID | None
) -> None:
    other = (
        await session.execute(
            select(col(Client.id)).where(
                col(Client.organisation_id) == org_id, col(Client.bsn_hash) == bsn_hash
            )
        )
    ).scalar_one_or_none()
    if other is not None and other != client_id:
        raise Conflict("Dit BSN hoort al bij een andere klant.", extra={"clientId": str(other)})


async def _update_from_source(
    session: AsyncSession,
    grant: Grant,
    client: Client,
    data: ClientUpsert,
    facts: dict[str, Any],
    bsn_hash: str | None,
) -> Client:
    """The source system's facts overwrite ours; the team changes only by hand."""
    problems: list[InvalidParam] = []
    if data.team_id is not None:
        problems += await _team_and_manager_problems(session, grant, data.team_id, None)
    if facts.get("responsible_manager_id") is not None:
        problems += await _team_and_manager_problems(
            session, grant, client.team_id, facts["responsible_manager_id"]
        )
    benefits.merge(client.benefit_start_date, client.benefit_end_date, facts)
    current = {
        "benefit_start_date": client.benefit_start_date,
        "benefit_end_date": client.benefit_end_date,
    }
    problems += _date_problems(current | facts)
    if problems:
        raise InvalidInput(problems)
    if bsn_hash is not None:
        if client.bsn_hash is not None and client.bsn_hash != bsn_hash:
            raise Conflict("Het BSN verschilt van het BSN dat bij deze klant bekend is.")
        await _refuse_known_bsn(session, client.organisation_id, bsn_hash, client.id)
        if client.bsn_hash is None:
            client.bsn_hash = bsn_hash
            client.version += 1
            audit.by(session, grant.actor, "update", "client", client.id, {"bsn": audit.CHANGED})
    return await _apply(session, grant.actor, client, facts)
