"""The rules for clients, their references, diagnosis and exemptions.

Clients are pseudonymous: no name, address or BSN in clear. Every read of client
data and every change is written to the audit trail in the same transaction.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, false, insert, or_, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from vakwerk.clients.models import (
    Client,
    ClientRef,
    DiagnosisElement,
    Exemption,
    ExemptionGround,
    SourceSystem,
)
from vakwerk.clients.schemas import (
    ClientCreate,
    ClientUpdate,
    ClientUpsert,
    DiagnosisWrite,
    ExemptionCreate,
    ExemptionEnd,
)
from vakwerk.core import audit, clock
from vakwerk.core.bsn import hash_bsn, passes_eleven_test, refuse_bsn
from vakwerk.core.dates import add_years, day_before
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import page, page_rows
from vakwerk.core.policy import Actor, Grant, Scope
from vakwerk.people import service as people
from vakwerk.people.models import Membership, OrganisationSettings, Team, User

FACTS = (
    "responsible_manager_id",
    "municipality_code",
    "benefit_start_date",
    "benefit_end_date",
    "ladder_rung",
    "last_conversation_date",
)
LAPSED = "einddatum_bereikt"

# Set by the assessments capability: the clients a consultant may see ("referred").
ReferredQuery = Callable[[uuid.UUID], Select[Any]]
referred_clients: ReferredQuery | None = None


# --------------------------------------------------------------------------- scope


def readable(grant: Grant) -> ColumnElement[bool]:
    """The clients this grant may read: team, org or referred (DOMAIN.md §0)."""
    org = col(Client.organisation_id) == grant.organisation_id()
    if grant.org_wide:
        return org
    parts: list[ColumnElement[bool]] = []
    if Scope.TEAM in grant.scopes and grant.actor.team_ids:
        parts.append(col(Client.team_id).in_(grant.actor.team_ids))
    if Scope.REFERRED in grant.scopes and referred_clients is not None:
        parts.append(col(Client.id).in_(referred_clients(grant.organisation_id())))
    return and_(org, or_(*parts)) if parts else false()


def get_client(session: Session, grant: Grant, client_id: uuid.UUID) -> Client:
    client = session.execute(
        select(Client).where(col(Client.id) == client_id, readable(grant))
    ).scalar_one_or_none()
    if client is None:
        raise NotFound()
    return client


def require_team_write(grant: Grant, client: Client) -> None:
    """Writes by people need the client's team (a colleague of another team reads 404 already)."""
    if grant.actor.kind == "api_client" or grant.org_wide:
        return
    if client.team_id not in grant.actor.team_ids:
        raise Forbidden("Alleen het team van de klant wijzigt haar gegevens.")


# --------------------------------------------------------------------------- views


def exemption_status(exemption: Exemption, today: date) -> str:
    if exemption.ended_on is None and (exemption.end_date is None or exemption.end_date >= today):
        return "actief"
    return "beeindigd"


def exemption_view(exemption: Exemption, today: date | None = None) -> dict[str, Any]:
    today = today or clock.today()
    status = exemption_status(exemption, today)
    lapsed = exemption.ended_on is None and status == "beeindigd"
    return {
        "id": exemption.id,
        "client_id": exemption.client_id,
        "ground": exemption.ground,
        "start_date": exemption.start_date,
        "end_date": exemption.end_date,
        "basis_document_date": exemption.basis_document_date,
        "reexamination_date": exemption.reexamination_date,
        "youngest_child_birth_date": exemption.youngest_child_birth_date,
        "status": status,
        "ended_on": exemption.end_date if lapsed else exemption.ended_on,
        "end_reason": LAPSED if lapsed else exemption.end_reason,
        "version": exemption.version,
    }


def _open_exemption(session: Session, client_id: uuid.UUID) -> Exemption | None:
    return session.execute(
        select(Exemption).where(
            col(Exemption.client_id) == client_id, col(Exemption.ended_on).is_(None)
        )
    ).scalar_one_or_none()


def active_exemption(session: Session, client_id: uuid.UUID) -> Exemption | None:
    found = _open_exemption(session, client_id)
    if found is not None and exemption_status(found, clock.today()) == "actief":
        return found
    return None


def client_view(session: Session, client: Client) -> dict[str, Any]:
    refs = (
        session.execute(
            select(col(ClientRef.system), col(ClientRef.ref))
            .where(col(ClientRef.client_id) == client.id)
            .order_by(col(ClientRef.system), col(ClientRef.ref))
        )
        .mappings()
        .all()
    )
    elements = (
        session.execute(
            select(DiagnosisElement)
            .where(col(DiagnosisElement.client_id) == client.id)
            .order_by(col(DiagnosisElement.element))
        )
        .scalars()
        .all()
    )
    current = active_exemption(session, client.id)
    return {
        **{name: getattr(client, name) for name in (*FACTS, "id", "team_id", "version")},
        "external_refs": [dict(r) for r in refs],
        "bsn_known": client.bsn_hash is not None,
        "active_exemption": exemption_view(current) if current else None,
        "diagnosis": {
            "elements": [
                {
                    "element": e.element,
                    "obstacle": e.obstacle,
                    "severity": e.severity,
                    "note": e.note,
                }
                for e in elements
            ]
        },
    }


# --------------------------------------------------------------------------- lists


@dataclass
class ClientFilter:
    team_id: uuid.UUID | None = None
    responsible_manager_id: uuid.UUID | None = None
    exemption_status: str | None = None
    exemption_ground: str | None = None
    conversation_overdue: bool | None = None
    basis_document_expired: bool | None = None


def _active_join_condition(today: date) -> ColumnElement[bool]:
    return and_(
        col(Exemption.client_id) == col(Client.id),
        col(Exemption.ended_on).is_(None),
        or_(col(Exemption.end_date).is_(None), col(Exemption.end_date) >= today),
    )


def list_clients(
    session: Session, grant: Grant, filters: ClientFilter, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    people.require_team_filter(session, grant, filters.team_id)
    today = clock.today()
    query: Any = (
        select(
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
            col(Client.created_at),
        )
        .outerjoin(Exemption, _active_join_condition(today))
        .where(readable(grant))
    )
    if filters.team_id is not None:
        query = query.where(col(Client.team_id) == filters.team_id)
    if filters.responsible_manager_id is not None:
        query = query.where(col(Client.responsible_manager_id) == filters.responsible_manager_id)
    if filters.exemption_status == "actief":
        query = query.where(col(Exemption.id).is_not(None))
    elif filters.exemption_status == "geen":
        query = query.where(col(Exemption.id).is_(None))
    if filters.exemption_ground is not None:
        query = query.where(col(Exemption.ground) == filters.exemption_ground)
    if filters.conversation_overdue is not None:
        overdue = or_(
            col(Client.last_conversation_date).is_(None),
            col(Client.last_conversation_date) < add_years(today, -1),
        )
        query = query.where(overdue if filters.conversation_overdue else ~overdue)
    if filters.basis_document_expired is not None:
        expired = and_(
            col(Exemption.id).is_not(None),
            col(Exemption.basis_document_date) < add_years(today, -2),
        )
        query = query.where(expired if filters.basis_document_expired else ~expired)
    rows, total = page_rows(
        session, query, (col(Client.created_at).desc(), col(Client.id)), limit, offset
    )
    audit.list_read(session, grant.actor, "client", filters)
    refs = _refs_of(session, [row["id"] for row in rows])
    return [row | {"external_refs": refs[row["id"]]} for row in rows], total


def _refs_of(
    session: Session, client_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, str]]]:
    """The external references of a page of clients, in one query."""
    refs: dict[uuid.UUID, list[dict[str, str]]] = {client_id: [] for client_id in client_ids}
    if client_ids:
        for row in session.execute(
            select(col(ClientRef.client_id), col(ClientRef.system), col(ClientRef.ref))
            .where(col(ClientRef.client_id).in_(client_ids))
            .order_by(col(ClientRef.system), col(ClientRef.ref))
        ).mappings():
            refs[row["client_id"]].append({"system": row["system"], "ref": row["ref"]})
    return refs


# --------------------------------------------------------------------------- create / update


def _validate_team_and_manager(
    session: Session,
    grant: Grant,
    team_id: uuid.UUID | None,
    manager_id: uuid.UUID | None,
    *,
    team_name: str = "teamId",
) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    if team_id is not None:
        team = session.get(Team, team_id)
        in_org = team is not None and team.organisation_id == grant.actor.organisation_id
        writable = in_org and (grant.actor.kind == "api_client" or team_id in grant.actor.team_ids)
        if not writable:
            problems.append(
                InvalidParam(
                    team_name, "not_found", "Dit team bestaat niet of valt buiten uw teams."
                )
            )
            return problems
    if manager_id is not None:
        manager = session.get(User, manager_id)
        if manager is None or manager.organisation_id != grant.actor.organisation_id:
            problems.append(
                InvalidParam("responsibleManagerId", "not_found", "Deze klantmanager bestaat niet.")
            )
        elif team_id is not None and session.get(Membership, (team_id, manager_id)) is None:
            problems.append(
                InvalidParam(
                    "responsibleManagerId",
                    "not_in_team",
                    "De verantwoordelijke klantmanager is geen lid van het team van de klant.",
                )
            )
    return problems


def _check_dates(values: dict[str, Any]) -> list[InvalidParam]:
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


def create_client(session: Session, grant: Grant, data: ClientCreate) -> Client:
    team_id = default_team(grant, data.team_id)
    values = data.model_dump(exclude={"team_id"})
    problems = _validate_team_and_manager(session, grant, team_id, data.responsible_manager_id)
    problems += _check_dates(values)
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
    session.flush()
    audit.by(
        session,
        grant.actor,
        "create",
        "client",
        client.id,
        audit.diff(None, {"team_id": team_id, **values}),
    )
    return client


def update_client(
    session: Session, grant: Grant, client_id: uuid.UUID, data: ClientUpdate, if_match: str | None
) -> Client:
    client = get_client(session, grant, client_id)
    require_team_write(grant, client)
    check_version(if_match, client.version)
    values = data.model_dump(exclude_unset=True)
    if "team_id" in values and values["team_id"] is None:
        raise InvalidInput.one("teamId", "required", "Een klant hoort altijd bij een team.")
    merged = {name: getattr(client, name) for name in (*FACTS, "team_id")} | values
    problems = _validate_team_and_manager(
        session, grant, merged["team_id"] if "team_id" in values else None, None
    )
    if merged["responsible_manager_id"] is not None and (
        "responsible_manager_id" in values or "team_id" in values
    ):
        problems += _validate_team_and_manager(
            session, grant, None, merged["responsible_manager_id"]
        )
        if (
            not problems
            and session.get(Membership, (merged["team_id"], merged["responsible_manager_id"]))
            is None
        ):
            problems.append(
                InvalidParam(
                    "responsibleManagerId",
                    "not_in_team",
                    "De verantwoordelijke klantmanager is geen lid van het team van de klant.",
                )
            )
    problems += _check_dates(merged)
    if problems:
        raise InvalidInput(problems)
    return _apply(session, grant.actor, client, values)


def _apply(session: Session, actor: Actor, client: Client, values: dict[str, Any]) -> Client:
    before = {name: getattr(client, name) for name in values}
    for name, value in values.items():
        setattr(client, name, value)
    changes = audit.diff(before, values)
    if changes:
        client.version += 1
        client.updated_at = clock.now()
        audit.by(session, actor, "update", "client", client.id, changes)
    session.add(client)
    session.flush()
    return client


# --------------------------------------------------------------------------- upsert by reference


def upsert_by_ref(
    session: Session, grant: Grant, system: str, ref: str, data: ClientUpsert, bsn_key: str
) -> tuple[Client, bool]:
    """Create or update idempotently by (system, ref); returns (client, created)."""
    if session.get(SourceSystem, system) is None:
        raise NotFound("Dit bronsysteem is onbekend.")
    org_id = grant.organisation_id()
    if data.bsn is not None and not passes_eleven_test(data.bsn):
        raise InvalidInput.one(
            "bsn", "invalid_bsn", "Dit is geen geldig BSN (de elfproef klopt niet)."
        )
    bsn_hash = hash_bsn(bsn_key, data.bsn) if data.bsn else None
    facts = data.model_dump(include=set(FACTS), exclude_unset=True)
    existing = _client_by_ref(session, org_id, system, ref)
    if existing is not None and data.client_id is not None and data.client_id != existing.id:
        raise Conflict(
            "Deze verwijzing hoort al bij een andere klant.", extra={"clientId": str(existing.id)}
        )
    if existing is not None:
        return _update_from_source(session, grant, existing, data, facts, bsn_hash), False
    if data.client_id is not None:
        target = session.execute(
            select(Client).where(
                col(Client.id) == data.client_id, col(Client.organisation_id) == org_id
            )
        ).scalar_one_or_none()
        if target is None:
            raise InvalidInput.one("clientId", "not_found", "Deze klant bestaat niet.")
        _attach_ref(session, org_id, target.id, system, ref)
        audit.by(
            session,
            grant.actor,
            "update",
            "client",
            target.id,
            {"externalRefs": {"old": None, "new": f"{system}:{ref}"}},
        )
        return _update_from_source(session, grant, target, data, facts, bsn_hash), False
    if data.team_id is None:
        raise InvalidInput.one("teamId", "required", "Een nieuwe klant heeft een team nodig.")
    problems = _validate_team_and_manager(session, grant, data.team_id, data.responsible_manager_id)
    problems += _check_dates(facts)
    if problems:
        raise InvalidInput(problems)
    if bsn_hash is not None:
        _refuse_known_bsn(session, org_id, bsn_hash, None)
    now = clock.now()
    savepoint = session.begin_nested()
    client = Client(
        organisation_id=org_id,
        team_id=data.team_id,
        bsn_hash=bsn_hash,
        created_at=now,
        updated_at=now,
        **facts,
    )
    session.add(client)
    session.flush()
    try:
        _attach_ref(session, org_id, client.id, system, ref)
    except Conflict:
        # Another request created this reference first: continue as an update of that client.
        savepoint.rollback()
        winner = _client_by_ref(session, org_id, system, ref)
        assert winner is not None
        return _update_from_source(session, grant, winner, data, facts, bsn_hash), False
    savepoint.commit()
    audit.by(
        session,
        grant.actor,
        "create",
        "client",
        client.id,
        audit.diff(None, {"team_id": data.team_id, **facts})
        | ({"bsn": audit.CHANGED} if bsn_hash else {}),
    )
    return client, True


def _client_by_ref(session: Session, org_id: uuid.UUID, system: str, ref: str) -> Client | None:
    return session.execute(
        select(Client)
        .join(ClientRef, col(ClientRef.client_id) == col(Client.id))
        .where(
            col(ClientRef.organisation_id) == org_id,
            col(ClientRef.system) == system,
            col(ClientRef.ref) == ref,
        )
    ).scalar_one_or_none()


def _attach_ref(
    session: Session, org_id: uuid.UUID, client_id: uuid.UUID, system: str, ref: str
) -> None:
    owner = session.execute(
        select(col(ClientRef.client_id)).where(
            col(ClientRef.organisation_id) == org_id,
            col(ClientRef.system) == system,
            col(ClientRef.ref) == ref,
        )
    ).scalar_one_or_none()
    if owner is not None and owner != client_id:
        raise Conflict(
            "Deze verwijzing hoort al bij een andere klant.", extra={"clientId": str(owner)}
        )
    if owner is None:
        try:
            with session.begin_nested():
                session.execute(
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


def _refuse_known_bsn(
    session: Session, org_id: uuid.UUID, bsn_hash: str, client_id: uuid.UUID | None
) -> None:
    other = session.execute(
        select(col(Client.id)).where(
            col(Client.organisation_id) == org_id, col(Client.bsn_hash) == bsn_hash
        )
    ).scalar_one_or_none()
    if other is not None and other != client_id:
        raise Conflict("Dit BSN hoort al bij een andere klant.", extra={"clientId": str(other)})


def _update_from_source(
    session: Session,
    grant: Grant,
    client: Client,
    data: ClientUpsert,
    facts: dict[str, Any],
    bsn_hash: str | None,
) -> Client:
    problems = []
    if data.team_id is not None:
        problems += _validate_team_and_manager(session, grant, data.team_id, None)
    if "responsible_manager_id" in facts and facts["responsible_manager_id"] is not None:
        problems += _validate_team_and_manager(
            session, grant, client.team_id, facts["responsible_manager_id"]
        )
    problems += _check_dates(
        {
            "benefit_start_date": client.benefit_start_date,
            "benefit_end_date": client.benefit_end_date,
        }
        | facts
    )
    if problems:
        raise InvalidInput(problems)
    if bsn_hash is not None:
        if client.bsn_hash is not None and client.bsn_hash != bsn_hash:
            raise Conflict("Het BSN verschilt van het BSN dat bij deze klant bekend is.")
        _refuse_known_bsn(session, client.organisation_id, bsn_hash, client.id)
        if client.bsn_hash is None:
            client.bsn_hash = bsn_hash
            client.version += 1
            audit.by(session, grant.actor, "update", "client", client.id, {"bsn": audit.CHANGED})
    return _apply(session, grant.actor, client, facts)


# --------------------------------------------------------------------------- diagnosis


def put_diagnosis(
    session: Session, grant: Grant, client_id: uuid.UUID, data: DiagnosisWrite
) -> Client:
    client = get_client(session, grant, client_id)
    require_team_write(grant, client)
    seen: set[str] = set()
    problems = []
    for index, item in enumerate(data.elements):
        if item.element in seen:
            problems.append(
                InvalidParam(
                    f"elements.{index}.element",
                    "duplicate",
                    "Elk onderdeel mag maar één keer voorkomen.",
                )
            )
        seen.add(item.element)
    if problems:
        raise InvalidInput(problems)
    refuse_bsn((f"elements.{i}.note", item.note) for i, item in enumerate(data.elements))
    before = {
        e.element: (e.obstacle, e.severity)
        for e in session.execute(
            select(DiagnosisElement).where(col(DiagnosisElement.client_id) == client.id)
        ).scalars()
    }
    for element in session.execute(
        select(DiagnosisElement).where(col(DiagnosisElement.client_id) == client.id)
    ).scalars():
        session.delete(element)
    session.flush()
    for item in data.elements:
        session.add(
            DiagnosisElement(
                client_id=client.id,
                element=item.element,
                obstacle=item.obstacle,
                severity=item.severity,
                note=item.note,
            )
        )
    after = {i.element: (i.obstacle, i.severity) for i in data.elements}
    client.version += 1
    client.updated_at = clock.now()
    session.add(client)
    audit.by(
        session,
        grant.actor,
        "update",
        "diagnosis",
        client.id,
        {
            k: {
                "old": list(before[k]) if k in before else None,
                "new": list(after[k]) if k in after else None,
            }
            for k in sorted(set(before) | set(after))
            if before.get(k) != after.get(k)
        },
    )
    session.flush()
    return client


# --------------------------------------------------------------------------- exemptions


def list_exemptions(
    session: Session, grant: Grant, client_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    client = get_client(session, grant, client_id)
    query = select(Exemption).where(col(Exemption.client_id) == client.id)
    rows, total = page(
        session, query, (col(Exemption.start_date).desc(), col(Exemption.id)), limit, offset
    )
    audit.by(session, grant.actor, "list", "exemption", client.id)
    today = clock.today()
    return [exemption_view(e, today) for e in rows], total


def get_exemption(session: Session, grant: Grant, exemption_id: uuid.UUID) -> Exemption:
    exemption = session.get(Exemption, exemption_id)
    if exemption is None:
        raise NotFound()
    get_client(session, grant, exemption.client_id)  # 404 outside the read scope
    return exemption


def _art9a_rule_end(session: Session, client: Client, data: ExemptionCreate) -> date:
    settings = session.get(OrganisationSettings, client.organisation_id)
    max_years = settings.art9a_max_years if settings else 5
    assert data.youngest_child_birth_date is not None
    earlier = (
        session.execute(
            select(Exemption).where(
                col(Exemption.client_id) == client.id, col(Exemption.ground) == "art_9a"
            )
        )
        .scalars()
        .all()
    )
    used = timedelta()
    for previous in earlier:
        last = (
            min(d for d in (previous.ended_on, previous.end_date) if d is not None)
            if (previous.ended_on or previous.end_date)
            else data.start_date
        )
        used += max(
            timedelta(),
            min(last, day_before(data.start_date)) - previous.start_date + timedelta(days=1),
        )
    candidates = [
        day_before(add_years(data.youngest_child_birth_date, 5)),
        day_before(add_years(data.start_date, max_years)) - used,
    ]
    if client.benefit_end_date is not None:
        candidates.append(client.benefit_end_date)
    return min(candidates)


def create_exemption(
    session: Session, grant: Grant, client_id: uuid.UUID, data: ExemptionCreate, *, prefix: str = ""
) -> Exemption:
    client = get_client(session, grant, client_id)
    require_team_write(grant, client)
    today = clock.today()
    current = _open_exemption(session, client.id)
    if current is not None and exemption_status(current, today) == "actief":
        raise Conflict("Deze klant heeft al een actieve ontheffing. Beëindig die eerst.")
    values = validate_exemption(session, client, data, today, prefix)
    if current is not None:  # lapsed but never closed: close it in the same transaction
        current.ended_on = current.end_date
        current.end_reason = LAPSED
        current.version += 1
        session.add(current)
        session.flush()
    exemption = Exemption(
        organisation_id=client.organisation_id,
        client_id=client.id,
        created_at=clock.now(),
        **values,
    )
    session.add(exemption)
    session.flush()
    audit.by(session, grant.actor, "create", "exemption", exemption.id, audit.diff(None, values))
    return exemption


def validate_exemption(
    session: Session, client: Client, data: ExemptionCreate, today: date, prefix: str = ""
) -> dict[str, Any]:
    """The dates an exemption must satisfy (DOMAIN.md §1); all problems at once."""
    problems: list[InvalidParam] = []
    ground = session.get(ExemptionGround, data.ground)
    values = data.model_dump()
    if data.end_date is not None and data.end_date < data.start_date:
        problems.append(
            InvalidParam(
                f"{prefix}endDate", "before_start", "De einddatum ligt voor de begindatum."
            )
        )
    if ground is not None and ground.temporary and data.end_date is None:
        problems.append(
            InvalidParam(
                f"{prefix}endDate", "required", "Een tijdelijke ontheffing heeft een einddatum."
            )
        )
    if data.ground == "art_9a":
        if data.basis_document_date is not None:
            problems.append(
                InvalidParam(
                    f"{prefix}basisDocumentDate",
                    "not_allowed",
                    "Een ontheffing op grond van art. 9a rust niet op een keuring.",
                )
            )
        if data.youngest_child_birth_date is None:
            problems.append(
                InvalidParam(
                    f"{prefix}youngestChildBirthDate",
                    "required",
                    "Geef de geboortedatum van het jongste kind.",
                )
            )
        elif data.youngest_child_birth_date > today:
            problems.append(
                InvalidParam(
                    f"{prefix}youngestChildBirthDate",
                    "in_future",
                    "De geboortedatum ligt in de toekomst.",
                )
            )
    else:
        if data.youngest_child_birth_date is not None:
            problems.append(
                InvalidParam(
                    f"{prefix}youngestChildBirthDate",
                    "not_allowed",
                    "Alleen bij art. 9a hoort een geboortedatum van een kind.",
                )
            )
        if data.basis_document_date is None:
            problems.append(
                InvalidParam(
                    f"{prefix}basisDocumentDate",
                    "required",
                    "Geef de datum van de keuring waarop de ontheffing rust.",
                )
            )
    if data.basis_document_date is not None and data.basis_document_date > today:
        problems.append(
            InvalidParam(
                f"{prefix}basisDocumentDate", "in_future", "De keuringsdatum ligt in de toekomst."
            )
        )
    if problems:
        raise InvalidInput(problems)
    if data.basis_document_date is not None and data.reexamination_date is None:
        values["reexamination_date"] = add_years(data.basis_document_date, 2)
    if data.ground == "art_9a":
        rule_end = _art9a_rule_end(session, client, data)
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


def end_exemption(
    session: Session, grant: Grant, exemption_id: uuid.UUID, data: ExemptionEnd
) -> Exemption:
    exemption = get_exemption(session, grant, exemption_id)
    client = session.get(Client, exemption.client_id)
    assert client is not None
    require_team_write(grant, client)
    if exemption_status(exemption, clock.today()) != "actief":
        raise Conflict("Deze ontheffing is al beëindigd.")
    ended_on = data.ended_on or clock.today()
    refuse_bsn({"endReason": data.end_reason})
    if ended_on < exemption.start_date:
        raise InvalidInput.one(
            "endedOn", "before_start", "De einddatum ligt voor de begindatum van de ontheffing."
        )
    exemption.ended_on = ended_on
    exemption.end_reason = data.end_reason
    exemption.version += 1
    session.add(exemption)
    session.flush()
    audit.by(
        session,
        grant.actor,
        "update",
        "exemption",
        exemption.id,
        {"endedOn": {"old": None, "new": ended_on.isoformat()}, "endReason": audit.CHANGED},
    )
    return exemption


def audit_read(session: Session, grant: Grant, resource_type: str, resource_id: uuid.UUID) -> None:
    audit.by(session, grant.actor, "read", resource_type, resource_id)
