"""The start page's assessment items ('Mijn werk'): list totals, and the quality officer's
quarter figures as ``GET /assessment-stats`` computes them."""

from __future__ import annotations

from datetime import datetime, time
from typing import Any

from sqlalchemy import Float, case, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.assessments.lists import AssessmentFilter, assessment_conditions
from vakwerk.assessments.models import ArgumentRefusal, Assessment
from vakwerk.core import clock
from vakwerk.core.dates import quarter_start
from vakwerk.core.policy import CO, KM, KW, TL, Actor, Op, grant_for
from vakwerk.core.work import Item, Source

QUARTER = (
    "dit kwartaal: van de eerste dag van het lopende kalenderkwartaal tot en met vandaag "
    "(Nederlandse tijd)"
)
ITEMS = (
    Item(
        "myOpenAssessments",
        KM,
        "Uw open afwegingen: het totaal van GET /assessments?authorId=<uw id>&status=open.",
    ),
    Item(
        "myReturnedReferrals",
        KM,
        "Uw verwijzingen die R&W terugmeldde en waarvoor nog geen latere afweging (open of "
        "afgerond, gestart na het afronden) over dezelfde klant bestaat: het totaal van "
        "GET /assessments?authorId=<uw id>"
        "&status=afgerond&reviewDecision=teruggemeld&superseded=false.",
    ),
    Item(
        "referralsToReview",
        CO,
        "Afgeronde verwijzingen naar R&W (traject mogelijk) zonder beoordeling: het totaal van "
        "GET /assessments?status=afgerond&outcome=traject_mogelijk&reviewed=false.",
    ),
    Item(
        "teamDoubtfulAssessments",
        TL,
        "Open afwegingen over klanten van uw teams die als twijfelgeval zijn gemarkeerd: het "
        "totaal van GET /assessments?twijfel=true&status=open.",
    ),
    Item(
        "orgDoubtfulAssessments",
        KW,
        f"Twijfelgevallen in de organisatie die zijn afgerond {QUARTER}: het totaal van "
        "GET /assessments?twijfel=true&status=afgerond&completedFromDate=<eerste dag van het "
        "kwartaal>.",
    ),
    Item(
        "refusalsThisQuarter",
        KW,
        f"Geweigerde argumenten in de organisatie (te kort, standaardzin, herhaling) {QUARTER}: "
        "de som van totals.refusals in GET /assessment-stats?fromDate=<eerste dag van het "
        "kwartaal>&toDate=<vandaag>.",
    ),
    Item(
        "returnRateThisQuarter",
        KW,
        f"Het deel van de beoordeelde verwijzingen dat R&W terugmeldde, onder de verwijzingen "
        f"die zijn afgerond {QUARTER} (terugmeldingen ÷ beoordelingen, als fractie; null zonder "
        "beoordelingen): totals.returnRate in GET /assessment-stats?fromDate=<eerste dag van "
        "het kwartaal>&toDate=<vandaag>.",
        float,
    ),
)


def _count(conditions: list[Any]) -> Any:
    return select(func.count()).select_from(Assessment).where(*conditions).scalar_subquery()


async def _columns(session: AsyncSession, actor: Actor, wanted: frozenset[str]) -> dict[str, Any]:
    read = grant_for(actor, Op.READ_ASSESSMENTS)
    if not read.scopes or actor.organisation_id is None:
        return {}
    org = actor.organisation_id
    today = clock.today()
    first = quarter_start(today)
    since = datetime.combine(first, time(0), tzinfo=clock.AMSTERDAM)
    lists = {
        "myOpenAssessments": AssessmentFilter(author_id=actor.id, status="open"),
        "myReturnedReferrals": AssessmentFilter(
            author_id=actor.id, status="afgerond", review_decision="teruggemeld", superseded=False
        ),
        "referralsToReview": AssessmentFilter(
            status="afgerond", outcome="traject_mogelijk", reviewed=False
        ),
        "teamDoubtfulAssessments": AssessmentFilter(twijfel=True, status="open"),
        "orgDoubtfulAssessments": AssessmentFilter(
            twijfel=True, status="afgerond", completed_from_date=first
        ),
    }
    found: dict[str, Any] = {
        key: _count(assessment_conditions(read, filters))
        for key, filters in lists.items()
        if key in wanted
    }
    if not grant_for(actor, Op.ASSESSMENT_STATS).org_wide:
        return found  # the quarter figures are the organisation's (kwaliteit)
    if "refusalsThisQuarter" in wanted:
        found["refusalsThisQuarter"] = (
            select(func.count())
            .select_from(ArgumentRefusal)
            .where(
                col(ArgumentRefusal.organisation_id) == org,
                col(ArgumentRefusal.refused_on) >= first,
                col(ArgumentRefusal.refused_on) <= today,
            )
            .scalar_subquery()
        )
    if "returnRateThisQuarter" in wanted:
        referral = col(Assessment.outcome) == "traject_mogelijk"
        reviewed = col(Assessment.review_decision).is_not(None)
        returned = col(Assessment.review_decision) == "teruggemeld"
        reviews = func.sum(case((referral & reviewed, 1), else_=0))
        returns = func.sum(case((referral & returned, 1), else_=0))
        found["returnRateThisQuarter"] = (
            select(cast(returns, Float) / func.nullif(reviews, 0))
            .where(
                col(Assessment.organisation_id) == org,
                col(Assessment.status) == "afgerond",
                col(Assessment.completed_at) >= since,
            )
            .scalar_subquery()
        )
    return found


WORK = Source(ITEMS, _columns)
