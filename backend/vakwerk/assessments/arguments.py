"""Holding an argument to the quality rules, and keeping the record of a refusal.

A refused argument fails its request (400), but the refusal — reason, question, team,
author, date; never the text — must stay for the stats: it travels on the error
(``ApiError.keep``) and the edge writes it after the rollback.
"""

from __future__ import annotations

import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.assessments.models import ArgumentRefusal
from vakwerk.assessments.quality import REASONS, first_failure
from vakwerk.assessments.trees import phrases_of
from vakwerk.core import clock
from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.core.policy import Actor
from vakwerk.people.organisations import settings_of


async def check_argument(
    session: AsyncSession,
    actor: Actor,
    organisation_id: uuid.UUID,
    team_id: uuid.UUID | None,
    question_key: str | None,
    argument: str,
    *,
    duplicate: bool,
) -> None:
    """too_short → boilerplate → duplicate, the first failure decides (docs/domain.md §2 rule 8)."""
    settings = await settings_of(session, organisation_id)
    reason = first_failure(
        argument,
        min_chars=settings.argument_min_chars,
        min_words=settings.argument_min_words,
        phrases=await phrases_of(session, organisation_id),
        is_duplicate=duplicate,
    )
    if reason is None:
        return
    refusal = ArgumentRefusal(
        organisation_id=organisation_id,
        team_id=team_id,
        author_id=actor.id,
        question_key=question_key,
        reason=reason,
        refused_on=clock.today(),
    )
    raise InvalidInput(
        [InvalidParam("argument", reason, REASONS[reason])],
        "Dit argument voldoet niet.",
        keep=[refusal],
    )
