"""The assessment list: filters within the read scope, audited as one list read."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased
from sqlmodel import col

from vakwerk.assessments.access import readable
from vakwerk.assessments.models import Assessment
from vakwerk.assessments.schemas import AssessmentSummary
from vakwerk.clients import access as clients
from vakwerk.core import audit, clock
from vakwerk.core.errors import InvalidInput
from vakwerk.core.pagination import page_rows
from vakwerk.core.policy import Grant
from vakwerk.people import members, users


@dataclass
class AssessmentFilter:
    client_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    status: str | None = None
    twijfel: bool | None = None
    review_decision: str | None = None
    outcome: str | None = None
    reviewed: bool | None = None
    superseded: bool | None = None
    completed_from_date: date | None = None


def superseded() -> ColumnElement[bool]:
    """Another assessment of the same client, open or completed (a withdrawn one handles
    nothing), started once this one was completed: a returned referral with one has been
    taken up. (A client has one open assessment at a time, so a later one can only start
    after the completion; an open assessment is never superseded.)"""
    newer = aliased(Assessment)
    return exists().where(
        col(newer.client_id) == col(Assessment.client_id),
        col(newer.id) != col(Assessment.id),
        col(newer.created_at) >= col(Assessment.completed_at),
        col(newer.status) != "ingetrokken",
    )


def assessment_conditions(grant: Grant, filters: AssessmentFilter) -> list[ColumnElement[bool]]:
    """The assessments a list with these filters shows, within the read scope: the list and
    the start page's counts (``assessments.work``) share it."""
    conditions = [readable(grant)]
    for column, value in (
        (Assessment.client_id, filters.client_id),
        (Assessment.team_id, filters.team_id),
        (Assessment.author_id, filters.author_id),
        (Assessment.status, filters.status),
        (Assessment.twijfel, filters.twijfel),
        (Assessment.outcome, filters.outcome),
        (Assessment.review_decision, filters.review_decision),
    ):
        if value is not None:
            conditions.append(col(column) == value)
    if filters.reviewed is not None:
        decided = col(Assessment.review_decision).is_not(None)
        conditions.append(decided if filters.reviewed else ~decided)
    if filters.superseded is not None:
        conditions.append(superseded() if filters.superseded else ~superseded())
    if filters.completed_from_date is not None:
        since = datetime.combine(filters.completed_from_date, time(0), tzinfo=clock.AMSTERDAM)
        conditions.append(col(Assessment.completed_at) >= since)
    return conditions


async def list_assessments(
    session: AsyncSession, grant: Grant, filters: AssessmentFilter, limit: int, offset: int
) -> tuple[list[AssessmentSummary], int]:
    await members.require_team_filter(session, grant, filters.team_id)
    await clients.require_readable_client(session, grant, filters.client_id)
    if (
        filters.author_id is not None
        and await users.find_user(session, grant, filters.author_id) is None
    ):
        raise InvalidInput.one("authorId", "not_found", "Deze collega bestaat niet.")
    query = select(
        col(Assessment.id),
        col(Assessment.client_id),
        col(Assessment.team_id),
        col(Assessment.author_id),
        col(Assessment.status),
        col(Assessment.twijfel),
        col(Assessment.outcome),
        col(Assessment.completed_at),
        col(Assessment.review_decision),
        col(Assessment.created_at),
        col(Assessment.version),
    ).where(*assessment_conditions(grant, filters))
    order = (col(Assessment.created_at).desc(), col(Assessment.id).desc())
    rows, total = await page_rows(session, query, order, limit, offset)
    audit.list_read(session, grant.actor, "assessment", filters)
    refs = await clients.refs_of(session, list({row["client_id"] for row in rows}))
    items = [
        AssessmentSummary.model_validate(row | {"client_refs": refs[row["client_id"]]})
        for row in rows
    ]
    return items, total
