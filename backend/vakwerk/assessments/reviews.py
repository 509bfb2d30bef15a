"""R&W's review of a referral: accepted or returned, once, with an argument held to the
same rules; nobody reviews their own assessment."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.assessments.access import definition_of, load_assessment, touch
from vakwerk.assessments.arguments import check_argument
from vakwerk.assessments.models import Review
from vakwerk.assessments.quality import fingerprint
from vakwerk.assessments.schemas import ReviewCreate, ReviewRead
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam
from vakwerk.core.policy import Grant

DUPLICATE_WINDOW = timedelta(days=90)


def review_read(review: Review) -> ReviewRead:
    return ReviewRead.model_validate({**review.model_dump(), "remarks": review.remarks or {}})


async def create_review(
    session: AsyncSession, grant: Grant, assessment_id: uuid.UUID, data: ReviewCreate
) -> Review:
    assessment = await load_assessment(session, grant, assessment_id, for_update=True)
    if assessment.author_id == grant.actor.id:  # whatever route: nobody reviews their own
        raise Forbidden("U beoordeelt geen afweging die u zelf hebt gemaakt.")
    if assessment.status != "afgerond" or assessment.outcome != "traject_mogelijk":
        raise Conflict(
            "Alleen een afgeronde verwijzing naar R&W (traject mogelijk) wordt beoordeeld."
        )
    if assessment.review_decision is not None:
        raise Conflict("Deze verwijzing is al beoordeeld.")
    _, definition = await definition_of(session, assessment)
    keys = {q.key for q in definition.questions}
    problems = [
        InvalidParam(f"remarks.{k}", "not_found", "Deze vraag hoort niet bij de beslisboom.")
        for k in data.remarks
        if k not in keys
    ]
    argument = data.argument if data.argument.strip() else ""
    if not argument:
        problems.append(InvalidParam("argument", "required", "Onderbouw uw beoordeling."))
    problems += bsn_problems(
        [("argument", argument)] + [(f"remarks.{k}", v) for k, v in data.remarks.items()]
    )
    if problems:
        raise InvalidInput(problems)
    digest = fingerprint(argument)
    earlier = await session.execute(
        select(col(Review.id))
        .where(
            col(Review.reviewer_id) == grant.actor.id,
            col(Review.argument_hash) == digest,
            col(Review.reviewed_at) >= clock.now() - DUPLICATE_WINDOW,
        )
        .limit(1)
    )
    await check_argument(
        session,
        grant.actor,
        assessment.organisation_id,
        None,
        None,
        argument,
        duplicate=earlier.first() is not None,
    )
    review = Review(
        assessment_id=assessment.id,
        reviewer_id=grant.actor.id,
        decision=data.decision,
        argument=argument,
        argument_hash=digest,
        remarks=dict(data.remarks),
        reviewed_at=clock.now(),
    )
    session.add(review)
    assessment.review_decision = data.decision
    touch(assessment)
    await session.flush()
    changes = {"decision": {"old": None, "new": data.decision}, "argument": audit.CHANGED}
    audit.by(session, grant.actor, "create", "assessment_review", review.id, changes)
    return review


async def list_reviews(
    session: AsyncSession, grant: Grant, assessment_id: uuid.UUID
) -> list[ReviewRead]:
    assessment = await load_assessment(session, grant, assessment_id, part="reviews")
    result = await session.execute(
        select(Review)
        .where(col(Review.assessment_id) == assessment.id)
        .order_by(col(Review.reviewed_at))
    )
    return [review_read(r) for r in result.scalars()]
