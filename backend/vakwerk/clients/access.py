"""Who sees which client, the one loader by id, and the client's reply.

Scope (docs/domain.md §0): the teams the actor is a member of, the organisation, or —
for consultants — the clients with a completed ``traject_mogelijk`` assessment
(``clients.referred``, set by the assessments capability through ``mark_referred``).
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ColumnElement, Select, and_, false, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.clients.models import Client, ClientRef, DiagnosisElement, Exemption
from vakwerk.clients.schemas import ClientRead, DiagnosisRead, ExemptionRead, ExternalRef
from vakwerk.core import audit, clock
from vakwerk.core.errors import Forbidden, InvalidInput, NotFound
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Grant, Op, Scope, grant_for

LAPSED = "einddatum_bereikt"


def readable(grant: Grant) -> ColumnElement[bool]:
    """The clients this grant may read: team, org or referred."""
    org = col(Client.organisation_id) == grant.organisation_id()
    if grant.org_wide:
        return org
    parts: list[ColumnElement[bool]] = []
    if Scope.TEAM in grant.scopes and grant.actor.team_ids:
        parts.append(col(Client.team_id).in_(grant.actor.team_ids))
    if Scope.REFERRED in grant.scopes:
        parts.append(col(Client.referred).is_(True))
    return and_(org, or_(*parts)) if parts else false()


def ids_in_teams(team_ids: frozenset[uuid.UUID]) -> Select[uuid.UUID]:
    """The ids of the clients of these teams, as a subquery for other capabilities' scopes."""
    return select(col(Client.id)).where(col(Client.team_id).in_(team_ids))


async def find_client(
    session: AsyncSession, grant: Grant, client_id: uuid.UUID, *, for_update: bool = False
) -> Client | None:
    """The client if the grant reaches it — without an audit event (for checks of ids
    another resource names; a read goes through ``load_client``)."""
    query = select(Client).where(col(Client.id) == client_id, readable(grant))
    return (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()


async def load_client(
    session: AsyncSession,
    grant: Grant,
    client_id: uuid.UUID,
    *,
    for_update: bool = False,
    part: str | None = None,
) -> Client:
    """The client in the grant's scope, or 404; a read of it is audited (once)."""
    client = await find_client(session, grant, client_id, for_update=for_update)
    if client is None:
        raise NotFound()
    if grant.op is Op.READ_CLIENTS:
        audit.read(session, grant.actor, "client", client.id, part)
    return client


async def require_readable_client(
    session: AsyncSession, grant: Grant, client_id: uuid.UUID | None, member: str = "clientId"
) -> Client | None:
    """An id filter or link naming a client: 400 ``not_found`` unless the actor may read it."""
    if client_id is None:
        return None
    read = grant if grant.op is Op.READ_CLIENTS else grant_for(grant.actor, Op.READ_CLIENTS)
    client = await find_client(session, read, client_id)
    if client is None:
        raise InvalidInput.one(
            member, "not_found", "Deze klant bestaat niet of valt buiten uw teams."
        )
    return client


def require_team_write(grant: Grant, client: Client) -> None:
    """Writes by people need the client's team (a colleague of another team reads 404 already)."""
    if grant.actor.kind == "api_client" or grant.org_wide:
        return
    if client.team_id not in grant.actor.team_ids:
        raise Forbidden("Alleen het team van de klant wijzigt haar gegevens.")


async def mark_referred(session: AsyncSession, client_id: uuid.UUID) -> None:
    """The client now has a referral to R&W: consultants may read it from now on."""
    await session.execute(update(Client).where(col(Client.id) == client_id).values(referred=True))


# --------------------------------------------------------------------------- replies


def exemption_status(exemption: Exemption, today: date) -> str:
    if exemption.ended_on is None and (exemption.end_date is None or exemption.end_date >= today):
        return "actief"
    return "beeindigd"


def exemption_read(exemption: Exemption, today: date | None = None) -> ExemptionRead:
    """A lapsed exemption reads as ended on its end date, reason ``einddatum_bereikt``."""
    status = exemption_status(exemption, today or clock.today())
    lapsed = exemption.ended_on is None and status == "beeindigd"
    return ExemptionRead.model_validate(
        {
            **exemption.model_dump(),
            "status": status,
            "ended_on": exemption.end_date if lapsed else exemption.ended_on,
            "end_reason": LAPSED if lapsed else exemption.end_reason,
        }
    )


async def open_exemption(
    session: AsyncSession, client_id: uuid.UUID, *, for_update: bool = False
) -> Exemption | None:
    query = select(Exemption).where(
        col(Exemption.client_id) == client_id, col(Exemption.ended_on).is_(None)
    )
    return (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()


async def active_exemption(
    session: AsyncSession, client_id: uuid.UUID, *, for_update: bool = False
) -> Exemption | None:
    found = await open_exemption(session, client_id, for_update=for_update)
    if found is not None and exemption_status(found, clock.today()) == "actief":
        return found
    return None


async def refs_of(
    session: AsyncSession, client_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[ExternalRef]]:
    """The external references of some clients, in one query."""
    refs: dict[uuid.UUID, list[ExternalRef]] = {client_id: [] for client_id in client_ids}
    if client_ids:
        result = await session.execute(
            select(col(ClientRef.client_id), col(ClientRef.system), col(ClientRef.ref))
            .where(col(ClientRef.client_id).in_(client_ids))
            .order_by(col(ClientRef.system), col(ClientRef.ref))
        )
        for row in result.mappings():
            refs[row["client_id"]].append(ExternalRef(system=row["system"], ref=row["ref"]))
    return refs


async def client_read(session: AsyncSession, client: Client) -> ClientRead:
    refs = await refs_of(session, [client.id])
    elements = (
        await session.execute(
            select(DiagnosisElement)
            .where(col(DiagnosisElement.client_id) == client.id)
            .order_by(col(DiagnosisElement.element))
        )
    ).scalars()
    current = await active_exemption(session, client.id)
    return ClientRead.model_validate(
        {
            **client.model_dump(),
            "external_refs": refs[client.id],
            "bsn_known": client.bsn_hash is not None,
            "active_exemption": exemption_read(current) if current else None,
            "diagnosis": DiagnosisRead.model_validate({"elements": list(elements)}),
        }
    )
