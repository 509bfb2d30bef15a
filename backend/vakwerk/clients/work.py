"""The start page's client items ('Mijn werk'): each is the total of a client list."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.clients.models import Client
from vakwerk.clients.service import ClientFilter, client_conditions, with_active_exemption
from vakwerk.core import clock
from vakwerk.core.policy import KM, TL, Actor, Op, grant_for
from vakwerk.core.work import Item, Source

ITEMS = (
    Item(
        "myClientsReexaminationDue",
        KM,
        "Klanten van wie u de verantwoordelijke klantmanager bent met een actieve ontheffing "
        "waarvan de herbeoordelingsdatum vandaag of eerder is: het totaal van "
        "GET /clients?responsibleManagerId=<uw id>&reexaminationDue=true.",
    ),
    Item(
        "myClientsConversationOverdue",
        KM,
        "Klanten van wie u de verantwoordelijke klantmanager bent zonder gesprek in het "
        "afgelopen jaar (geen lastConversationDate, of een van vóór vandaag min een jaar): "
        "het totaal van GET /clients?responsibleManagerId=<uw id>&conversationOverdue=true.",
    ),
    Item(
        "teamClientsConversationOverdue",
        TL,
        "Klanten van uw teams zonder gesprek in het afgelopen jaar: het totaal van "
        "GET /clients?conversationOverdue=true.",
    ),
    Item(
        "teamClientsBasisDocumentExpired",
        TL,
        "Klanten van uw teams met een actieve ontheffing op een keuring van meer dan twee jaar "
        "geleden: het totaal van GET /clients?basisDocumentExpired=true.",
    ),
)

FILTERS = {
    "myClientsReexaminationDue": lambda me: ClientFilter(
        responsible_manager_id=me, reexamination_due=True
    ),
    "myClientsConversationOverdue": lambda me: ClientFilter(
        responsible_manager_id=me, conversation_overdue=True
    ),
    "teamClientsConversationOverdue": lambda me: ClientFilter(conversation_overdue=True),
    "teamClientsBasisDocumentExpired": lambda me: ClientFilter(basis_document_expired=True),
}


async def _columns(session: AsyncSession, actor: Actor, wanted: frozenset[str]) -> dict[str, Any]:
    grant = grant_for(actor, Op.READ_CLIENTS)
    if not grant.scopes or actor.organisation_id is None:
        return {}
    today = clock.today()
    found: dict[str, Any] = {}
    for key in sorted(wanted):
        counted = with_active_exemption(select(func.count()).select_from(Client), today)
        conditions = client_conditions(grant, FILTERS[key](actor.id), today)
        found[key] = counted.where(*conditions).scalar_subquery()
    return found


WORK = Source(ITEMS, _columns)
