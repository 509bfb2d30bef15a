"""Who sees which assessment, the one loader by id, and the assessment's reply.

Scope (docs/domain.md §0): the assessments of the clients of one's teams, the
organisation's, one's own, or — for consultants — every completed
``traject_mogelijk`` assessment ("referred"), whatever its review.
"""

from __future__ import annotations

import uuid

from sqlalchemy import ColumnElement, and_, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.assessments.models import Answer, Assessment, TreeVersion
from vakwerk.assessments.schemas import AssessmentRead
from vakwerk.assessments.tree import OUTCOME_LABELS, TreeDefinition
from vakwerk.clients import access as clients
from vakwerk.core import audit, clock
from vakwerk.core.errors import Conflict, Forbidden, NotFound
from vakwerk.core.pagination import locked
from vakwerk.core.policy import Grant, Op, Scope, grant_for


def referral() -> ColumnElement[bool]:
    return and_(col(Assessment.status) == "afgerond", col(Assessment.outcome) == "traject_mogelijk")


def readable(grant: Grant) -> ColumnElement[bool]:
    org = col(Assessment.organisation_id) == grant.organisation_id()
    if grant.org_wide:
        return org
    parts: list[ColumnElement[bool]] = []
    if Scope.TEAM in grant.scopes and grant.actor.team_ids:
        # the client's team now (docs/domain.md §0), not the team the assessment started in
        parts.append(col(Assessment.client_id).in_(clients.ids_in_teams(grant.actor.team_ids)))
    if Scope.REFERRED in grant.scopes:
        parts.append(referral())
    if Scope.OWN in grant.scopes:
        parts.append(col(Assessment.author_id) == grant.actor.id)
    return and_(org, or_(*parts)) if parts else false()


async def load_assessment(
    session: AsyncSession,
    grant: Grant,
    assessment_id: uuid.UUID,
    *,
    for_update: bool = False,
    part: str | None = None,
) -> Assessment:
    """The assessment within the actor's read scope, or 404; a read is audited (once).

    A write locks the row, so an answer racing a completion is either part of the
    completed assessment or sees it completed (409)."""
    read = grant if grant.op is Op.READ_ASSESSMENTS else grant_for(grant.actor, Op.READ_ASSESSMENTS)
    query = select(Assessment).where(col(Assessment.id) == assessment_id, readable(read))
    found = (await session.execute(locked(query) if for_update else query)).scalar_one_or_none()
    if found is None:
        raise NotFound()
    if grant.op is Op.READ_ASSESSMENTS:
        audit.read(session, grant.actor, "assessment", found.id, part)
    return found


def require_author(grant: Grant, assessment: Assessment) -> None:
    if assessment.author_id != grant.actor.id:
        raise Forbidden("Alleen de klantmanager die de afweging maakt, vult haar in.")


def require_open(assessment: Assessment) -> None:
    if assessment.status != "open":
        raise Conflict(f"Deze afweging is {assessment.status} en kan niet meer worden gewijzigd.")


def touch(assessment: Assessment) -> None:
    assessment.version += 1
    assessment.updated_at = clock.now()


async def definition_of(
    session: AsyncSession, assessment: Assessment
) -> tuple[TreeVersion, TreeDefinition]:
    """The version the assessment was made with (it keeps it forever)."""
    version = await session.get(TreeVersion, assessment.tree_version_id)
    assert version is not None
    return version, TreeDefinition.model_validate(version.definition)


async def answers_of(session: AsyncSession, assessment_id: uuid.UUID) -> list[Answer]:
    result = await session.execute(select(Answer).where(col(Answer.assessment_id) == assessment_id))
    return list(result.scalars())


async def assessment_read(session: AsyncSession, assessment: Assessment) -> AssessmentRead:
    version, definition = await definition_of(session, assessment)
    order = {q.key: i for i, q in enumerate(definition.questions)}
    answers = sorted(
        await answers_of(session, assessment.id), key=lambda a: order.get(a.question_key, 99)
    )
    refs = await clients.refs_of(session, [assessment.client_id])
    return AssessmentRead.model_validate(
        {
            **assessment.model_dump(),
            "client_refs": refs[assessment.client_id],
            "tree_version_number": version.number,
            "outcome_label": OUTCOME_LABELS.get(assessment.outcome or ""),
            "answers": [a.model_dump() for a in answers],
        }
    )
