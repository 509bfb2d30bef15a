"""The beheerder's start page items ('Mijn werk')."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import clock
from vakwerk.core.audit import AuditEvent
from vakwerk.core.policy import BH, Actor, Op, grant_for
from vakwerk.core.work import Item, Source
from vakwerk.people.api_clients import api_client_conditions
from vakwerk.people.models import ApiClient, User
from vakwerk.people.users import UserFilter, user_conditions

RECENT = timedelta(hours=24)
ITEMS = (
    Item(
        "usersWithoutTeam",
        BH,
        "Actieve gebruikers met een rol die in een team werkt (klantmanager, teamleider, "
        "consulent) die van geen team lid zijn: het totaal van "
        "GET /users?active=true&withoutTeam=true.",
    ),
    Item(
        "apiClients",
        BH,
        "API-clients met een geldige (niet ingetrokken) sleutel: het totaal van "
        "GET /api-clients?active=true.",
    ),
    Item(
        "recentFailures",
        BH,
        "Mislukte inlogpogingen op accounts van uw organisatie in de afgelopen 24 uur: de "
        "gebeurtenissen van GET /audit-events?action=login_failed&occurredFrom=<nu min 24 uur>. "
        "Pogingen op onbekende e-mailadressen horen bij geen organisatie en tellen niet mee.",
    ),
)


async def _columns(session: AsyncSession, actor: Actor, wanted: frozenset[str]) -> dict[str, Any]:
    org = actor.organisation_id
    if org is None:
        return {}
    found: dict[str, Any] = {}
    if "usersWithoutTeam" in wanted and grant_for(actor, Op.MANAGE_PEOPLE).org_wide:
        conditions = user_conditions(org, UserFilter(active=True, without_team=True))
        found["usersWithoutTeam"] = (
            select(func.count()).select_from(User).where(*conditions).scalar_subquery()
        )
    if "apiClients" in wanted and grant_for(actor, Op.MANAGE_API_CLIENTS).org_wide:
        found["apiClients"] = (
            select(func.count())
            .select_from(ApiClient)
            .where(*api_client_conditions(org, True))
            .scalar_subquery()
        )
    if "recentFailures" in wanted and grant_for(actor, Op.READ_AUDIT).org_wide:
        found["recentFailures"] = (
            select(func.count())
            .select_from(AuditEvent)
            .where(
                col(AuditEvent.organisation_id) == org,
                col(AuditEvent.occurred_at) >= clock.now() - RECENT,
                col(AuditEvent.action) == "login_failed",
            )
            .scalar_subquery()
        )
    return found


WORK = Source(ITEMS, _columns)
