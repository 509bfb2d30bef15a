"""Who sees which case, the one loader by id, and the case's reply.

Scope (docs/domain.md §0): the cases of one's teams — a klantmanager never a colleague's
concept — or the organisation's. Editing is for the owner or a team leader of the
case's team.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases.models import FREE_TEXT, PERSON, Case
from vakwerk.cases.schemas import CaseRead, OutcomeRead
from vakwerk.clients.access import refs_of
from vakwerk.core import audit
from vakwerk.core.dates import deadline_before
from vakwerk.core.errors import Forbidden, NotFound
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Actor, Grant, Op, Scope, grant_for
from vakwerk.people.organisations import settings_of

NEXT_STATES: dict[str, list[str]] = {
    "concept": ["ingediend", "ingetrokken"],
    "ingediend": ["geagendeerd", "afgerond", "ingetrokken"],
    "geagendeerd": ["besproken", "ingediend"],
    "besproken": ["afgerond"],
    "afgerond": [],
    "ingetrokken": [],
}
# Free text (checked for a BSN, audited as "changed" only) and what the search covers.
TEXT_FIELDS = ("question", *FREE_TEXT)
SEARCHED = ("question", *PERSON, *FREE_TEXT)


def readable(grant: Grant) -> ColumnElement[bool]:
    """Team cases (a klantmanager sees a colleague's concept never), or the organisation's."""
    org = col(Case.organisation_id) == grant.organisation_id()
    if grant.org_wide:
        return org
    if Scope.TEAM not in grant.scopes or not grant.actor.team_ids:
        return false()
    team = col(Case.team_id).in_(grant.actor.team_ids)
    if "teamleider" in grant.actor.roles:
        return and_(org, team)
    own_or_submitted = or_(col(Case.status) != "concept", col(Case.owner_id) == grant.actor.id)
    return and_(org, team, own_or_submitted)


async def find_case(
    session: AsyncSession, actor: Actor, case_id: uuid.UUID, *, for_update: bool = False
) -> Case | None:
    """The case if the actor may read it — without an audit event (for links and checks)."""
    query = select(Case).where(col(Case.id) == case_id, readable(grant_for(actor, Op.READ_CASES)))
    return (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()


async def load_case(
    session: AsyncSession,
    grant: Grant,
    case_id: uuid.UUID,
    *,
    for_update: bool = False,
    part: str | None = None,
) -> Case:
    """The case within the actor's read scope, or 404; a read is audited (once). A write
    loads it locked, so two requests on one case decide one after the other."""
    case = await find_case(session, grant.actor, case_id, for_update=for_update)
    if case is None:
        raise NotFound()
    if grant.op is Op.READ_CASES:
        audit.read(session, grant.actor, "case", case.id, part)
    return case


def require_edit(grant: Grant, case: Case) -> None:
    """Step 5: the owner, or a team leader of the case's team."""
    if case.owner_id == grant.actor.id:
        return
    if Scope.TEAM in grant.scopes and case.team_id in grant.actor.team_ids:
        return
    raise Forbidden("Alleen de inbrenger of de teamleider van het team wijzigt deze casus.")


# How a later capability names the deadline of the session a case targets (conferences:
# the session of the team's series on ``targetSessionDate``); wired by the composition.
SessionDeadline = Callable[[AsyncSession, Case], Awaitable[datetime | None]]
_session_deadlines: list[SessionDeadline] = []


def use_session_deadlines(lookup: SessionDeadline) -> None:
    _session_deadlines[:] = [lookup]


async def deadline(session: AsyncSession, case: Case) -> datetime | None:
    """The target session's deadline; without such a session, the target date minus the
    organisation's deadline setting, Amsterdam time."""
    if case.target_session_date is None:
        return None
    for lookup in _session_deadlines:
        found = await lookup(session, case)
        if found is not None:
            return found
    settings = await settings_of(session, case.organisation_id)
    return deadline_before(
        case.target_session_date, settings.case_deadline_days_before, settings.case_deadline_hour
    )


async def case_read(session: AsyncSession, case: Case) -> CaseRead:
    outcome = None
    if case.outcome_result is not None:
        assert case.outcome_recorded_at is not None and case.outcome_recorded_by is not None
        outcome = OutcomeRead(
            result=case.outcome_result,
            conclusion=case.outcome_conclusion,
            plan=case.outcome_plan,
            provisions=case.outcome_provisions or [],
            decision_letter_sent_on=case.decision_letter_sent_on,
            exemption_id=(case.outcome_details or {}).get("exemptionId"),
            recorded_at=case.outcome_recorded_at,
            recorded_by=case.outcome_recorded_by,
        )
    refs = await refs_of(session, [case.client_id] if case.client_id else [])
    return CaseRead.model_validate(
        {
            **case.model_dump(),
            "client_refs": refs.get(case.client_id, []) if case.client_id else [],
            "submission_deadline_at": await deadline(session, case),
            "outcome": outcome,
            "allowed_next_states": NEXT_STATES[case.status],
        }
    )
