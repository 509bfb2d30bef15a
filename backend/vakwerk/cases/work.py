"""The start page's case items ('Mijn werk'): each is the total of a case list."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases.models import Case
from vakwerk.cases.service import CaseFilter, case_conditions
from vakwerk.core import clock
from vakwerk.core.db import dialect
from vakwerk.core.policy import KM, TL, Actor, Op, grant_for
from vakwerk.core.work import Item, Source
from vakwerk.people.organisations import settings_of

ITEMS = (
    Item(
        "myConcepts",
        KM,
        "Uw eigen casussen met status concept: het totaal van "
        "GET /cases?ownerId=<uw id>&status=concept.",
    ),
    Item(
        "myCasesDueNextDeadline",
        KM,
        "Uw concepten voor de eerstvolgende inleverdatum die nog niet voorbij is: de kleinste "
        "targetSessionDate onder uw concepten waarvan de inleverdatum (die datum min de "
        "instelling caseDeadlineDaysBefore, om caseDeadlineHour uur, Nederlandse tijd; precies "
        "op dat moment telt nog als op tijd) nu of later is, en het totaal van "
        "GET /cases?ownerId=<uw id>&status=concept&targetSessionDate=<nextTargetSessionDate>.",
    ),
    Item(
        "nextTargetSessionDate",
        KM,
        "De datum van het overleg waarvoor myCasesDueNextDeadline telt; null als u geen "
        "concept hebt met een inleverdatum die nog komt.",
        date,
    ),
    Item(
        "teamCasesWaiting",
        TL,
        "Ingediende casussen van uw teams die wachten op bespreking en uitkomst: het totaal "
        "van GET /cases?status=ingediend.",
    ),
)


def first_open_session_date(now: datetime, days_before: int, hour: int) -> date:
    """The earliest target date whose deadline (``days_before`` days earlier at ``hour``,
    Amsterdam time) is now or later: a submission at exactly the deadline is on time."""
    local = now.astimezone(clock.AMSTERDAM)
    deadline_today = datetime.combine(local.date(), time(hour), tzinfo=clock.AMSTERDAM)
    return local.date() + timedelta(days=days_before + (0 if now <= deadline_today else 1))


async def _columns(session: AsyncSession, actor: Actor, wanted: frozenset[str]) -> dict[str, Any]:
    grant = grant_for(actor, Op.READ_CASES)
    if not grant.scopes or actor.organisation_id is None:
        return {}
    db = dialect(session)

    def count(filters: CaseFilter, *extra: Any) -> Any:
        return (
            select(func.count())
            .select_from(Case)
            .where(*case_conditions(grant, filters, db), *extra)
            .scalar_subquery()
        )

    found: dict[str, Any] = {}
    mine = CaseFilter(owner_id=actor.id, status="concept")
    if "myConcepts" in wanted:
        found["myConcepts"] = count(mine)
    if {"myCasesDueNextDeadline", "nextTargetSessionDate"} & wanted:
        settings = await settings_of(session, actor.organisation_id)
        first = first_open_session_date(
            clock.now(), settings.case_deadline_days_before, settings.case_deadline_hour
        )
        next_date = (
            select(func.min(col(Case.target_session_date)))
            .where(*case_conditions(grant, mine, db), col(Case.target_session_date) >= first)
            .correlate(None)
            .scalar_subquery()
        )
        found["nextTargetSessionDate"] = next_date
        found["myCasesDueNextDeadline"] = count(mine, col(Case.target_session_date) == next_date)
    if "teamCasesWaiting" in wanted:
        found["teamCasesWaiting"] = count(CaseFilter(status="ingediend"))
    return {key: value for key, value in found.items() if key in wanted}


WORK = Source(ITEMS, _columns)
