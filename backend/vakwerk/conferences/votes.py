"""Dilemmas, their anonymous votes and the results.

The vote has no link to the voter (docs/domain.md §3, the same mixing as survey responses §4):

- ``dilemma_voters`` is the "has voted" mark that makes a vote once-only: the dilemma and
  the user, no time, no choice (its primary key backs the rule; on SQLite a table without a
  rowid, so its rows lie in key order, not in the order of voting).
- the vote itself lands in the holding table ``dilemma_pending_votes``: a random id and the
  choice *sealed*: an HMAC of the id and the choice under a key derived from
  ``VAKWERK_BSN_KEY`` (``use_seal_key``, wired in ``create_app``), which the database does
  not hold. A waiting vote shares its transaction with its voter's mark, so its choice must
  not be readable there. Once at least ``smallGroupThreshold`` votes wait, the whole batch
  is opened and moves to ``dilemma_votes`` in a shuffled order with fresh random ids.
- when the window closes (the first transaction that touches the dilemma after it; a
  cancelled session closes it too) the rest move, and *all* the dilemma's counted votes are
  written again in one shuffled batch, so the order of the batches is gone as well.
- every move also rewrites the dilemma's marks, so on PostgreSQL all marks and the batch
  carry the one transaction id of that move: neither row order, ids nor transaction ids
  link a counted vote to a mark. Results count only moved votes, so nobody sees a vote
  change the figures on its own.
- a vote writes no audit event: the mark is the record that a member voted, with no time.

What remains, by design: someone who reads the results before and after the window closes
sees what the last few votes (fewer than the threshold) added together.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import random
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.conferences.access import in_scope, is_team_leader
from vakwerk.conferences.models import (
    CHOICES,
    ConferenceSession,
    Dilemma,
    DilemmaVoter,
    PendingVote,
    SeriesMember,
    Vote,
)
from vakwerk.conferences.schemas import DilemmaCreate, DilemmaRead, DilemmaResults
from vakwerk.conferences.sessions import current_session
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, NotFound
from vakwerk.core.pagination import locked, page
from vakwerk.core.policy import Grant
from vakwerk.core.unit import UNIT_KEY, side_transaction
from vakwerk.people.organisations import settings_of

_shuffle = random.SystemRandom().shuffle
log = logging.getLogger("vakwerk")
_seal_key = [hashlib.sha256(b"vakwerk dilemma votes").digest()]  # create_app sets the real one


def use_seal_key(secret: str) -> None:
    """The key waiting votes are sealed with (derived from the stable BSN key: a key that
    changes while votes wait makes them unreadable, and they are not counted)."""
    _seal_key[0] = hmac.new(secret.encode(), b"vakwerk dilemma votes", "sha256").digest()


def seal(vote_id: uuid.UUID, choice: str) -> str:
    return hmac.new(_seal_key[0], f"{vote_id}:{choice}".encode(), "sha256").hexdigest()


def _opened(vote_id: uuid.UUID, sealed: str) -> str | None:
    return next((c for c in CHOICES if hmac.compare_digest(sealed, seal(vote_id, c))), None)


def dilemma_scope(grant: Grant) -> ColumnElement[bool]:
    return in_scope(grant, col(Dilemma.organisation_id), col(Dilemma.team_id))


async def load_dilemma(
    session: AsyncSession, grant: Grant, dilemma_id: uuid.UUID, *, for_update: bool = False
) -> tuple[Dilemma, ConferenceSession]:
    query = (
        select(Dilemma, ConferenceSession)
        .join(ConferenceSession, col(ConferenceSession.id) == col(Dilemma.session_id))
        .where(col(Dilemma.id) == dilemma_id, dilemma_scope(grant))
    )
    if for_update:
        query = query.with_for_update(of=Dilemma).execution_options(populate_existing=True)
    found = (await session.execute(query)).first()
    if found is None:
        raise NotFound()
    return found[0], found[1]


async def _is_member(session: AsyncSession, series_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    return await session.get(SeriesMember, (series_id, user_id)) is not None


async def _has_voted(session: AsyncSession, dilemma_id: uuid.UUID, user_id: uuid.UUID) -> bool:
    return await session.get(DilemmaVoter, (dilemma_id, user_id)) is not None


def _reply(dilemma: Dilemma, closes_at: datetime, has_voted: bool) -> DilemmaRead:
    return DilemmaRead.model_validate(
        {
            **dilemma.model_dump(),
            "voting_closes_at": closes_at,  # the session's start: follows a moved session
            "has_voted": has_voted,
        }
    )


async def dilemma_read(
    session: AsyncSession, grant: Grant, dilemma: Dilemma, row: ConferenceSession
) -> DilemmaRead:
    return _reply(dilemma, row.starts_at, await _has_voted(session, dilemma.id, grant.actor.id))


async def create_dilemma(session: AsyncSession, grant: Grant, data: DilemmaCreate) -> Dilemma:
    """For a session that has not started; by the series owner or a team leader."""
    try:
        series, row = await current_session(session, grant, data.session_id, for_update=True)
    except NotFound as error:
        raise InvalidInput.one(
            "sessionId", "not_found", "Deze bijeenkomst bestaat niet of valt buiten uw teams."
        ) from error
    if data.series_id is not None and data.series_id != series.id:
        raise InvalidInput.one(
            "seriesId", "not_in_series", "De bijeenkomst hoort niet bij deze reeks."
        )
    if not (is_team_leader(grant, series.team_id) or grant.actor.id == series.owner_id):
        raise Forbidden("Een dilemma maakt de eigenaar van de reeks of een teamleider.")
    problems = bsn_problems(
        [
            ("title", data.title),
            ("caseText", data.case_text),
            ("statementA", data.statement_a),
            ("statementB", data.statement_b),
        ]
    )
    if problems:
        raise InvalidInput(problems)
    if row.status == "geannuleerd" or row.starts_at <= clock.now():
        raise Conflict("Deze bijeenkomst is begonnen, geweest of gaat niet door.")
    taken = await session.execute(select(col(Dilemma.id)).where(col(Dilemma.session_id) == row.id))
    if taken.first():
        raise Conflict("Voor deze bijeenkomst is al een dilemma.")
    dilemma = Dilemma(
        organisation_id=series.organisation_id,
        team_id=series.team_id,
        series_id=series.id,
        session_id=row.id,
        title=data.title,
        case_text=data.case_text,
        statement_a=data.statement_a,
        statement_b=data.statement_b,
        created_by=grant.actor.id,
        created_at=clock.now(),
    )
    session.add(dilemma)
    await session.flush()
    changes = {"sessionId": str(row.id), "title": audit.CHANGED, "caseText": audit.CHANGED}
    audit.by(session, grant.actor, "create", "dilemma", dilemma.id, changes)
    return dilemma


@dataclass
class DilemmaFilter:
    series_id: uuid.UUID | None = None
    session_id: uuid.UUID | None = None


async def list_dilemmas(
    session: AsyncSession, grant: Grant, filters: DilemmaFilter, limit: int, offset: int
) -> tuple[list[DilemmaRead], int]:
    query = (
        select(Dilemma)
        .join(ConferenceSession, col(ConferenceSession.id) == col(Dilemma.session_id))
        .where(dilemma_scope(grant))
    )
    if filters.series_id is not None:
        query = query.where(col(Dilemma.series_id) == filters.series_id)
    if filters.session_id is not None:
        query = query.where(col(Dilemma.session_id) == filters.session_id)
    order = (col(ConferenceSession.starts_at).desc(), col(Dilemma.id))
    rows, total = await page(session, query, order, limit, offset)
    if not rows:
        return [], total
    ids = [d.id for d in rows]
    closes = dict(
        (
            await session.execute(
                select(col(Dilemma.id), col(ConferenceSession.starts_at))
                .join(ConferenceSession, col(ConferenceSession.id) == col(Dilemma.session_id))
                .where(col(Dilemma.id).in_(ids))
            )
        ).all()
    )
    voted = set(
        (
            await session.execute(
                select(col(DilemmaVoter.dilemma_id)).where(
                    col(DilemmaVoter.user_id) == grant.actor.id,
                    col(DilemmaVoter.dilemma_id).in_(ids),
                )
            )
        ).scalars()
    )
    return [_reply(d, closes[d.id], d.id in voted) for d in rows], total


# --------------------------------------------------------------------------- votes


async def _move(session: AsyncSession, dilemma_id: uuid.UUID, *, final: bool = False) -> None:
    """The waiting votes opened and moved to the counted ones, shuffled, with fresh ids;
    ``final`` (the window closed): every counted vote of the dilemma written again in one
    shuffled batch. The marks are rewritten in the same transaction (see the module doc)."""
    found = await session.execute(
        select(col(PendingVote.id), col(PendingVote.seal)).where(
            col(PendingVote.dilemma_id) == dilemma_id
        )
    )
    choices = []
    for vote_id, sealed in found.all():
        choice = _opened(vote_id, sealed)
        if choice is None:
            log.error("a waiting vote cannot be opened: the seal key changed")
        else:
            choices.append(choice)
    await session.execute(delete(PendingVote).where(col(PendingVote.dilemma_id) == dilemma_id))
    if final:
        counted = await session.execute(
            select(col(Vote.choice)).where(col(Vote.dilemma_id) == dilemma_id)
        )
        choices += list(counted.scalars())
        await session.execute(delete(Vote).where(col(Vote.dilemma_id) == dilemma_id))
    if not choices:
        return
    _shuffle(choices)
    session.add_all(Vote(id=uuid.uuid4(), dilemma_id=dilemma_id, choice=c) for c in choices)
    await session.execute(
        update(DilemmaVoter)
        .where(col(DilemmaVoter.dilemma_id) == dilemma_id)
        .values(user_id=DilemmaVoter.user_id)
    )
    await session.flush()


def voting_closed(row: ConferenceSession) -> bool:
    """The window closes when the session starts, or when it is cancelled."""
    return row.status == "geannuleerd" or clock.now() >= row.starts_at


async def close_if_due(session: AsyncSession, dilemma: Dilemma, row: ConferenceSession) -> None:
    """At or after ``votingClosesAt`` the remaining votes move (a time-driven step: the first
    transaction that touches the dilemma after the moment)."""
    if dilemma.closed or not voting_closed(row):
        return
    async with side_transaction(session) as step:
        query = select(Dilemma).where(col(Dilemma.id) == dilemma.id)
        fresh = (await step.execute(locked(query))).scalar_one()
        if not fresh.closed:
            await _move(step, fresh.id, final=True)
            fresh.closed = True
            await step.flush()
    unit = session.info.get(UNIT_KEY)
    if unit is not None and not unit.write:
        dilemma.closed = True  # the side transaction stored it; the read shows it
        session.expunge(dilemma)


async def cast_vote(
    session: AsyncSession, grant: Grant, dilemma_id: uuid.UUID, choice: str
) -> Dilemma:
    """Each series member once, before the window closes (at or after it → 409)."""
    dilemma, row = await load_dilemma(session, grant, dilemma_id, for_update=True)
    if not await _is_member(session, dilemma.series_id, grant.actor.id):
        raise Forbidden("Alleen leden van de reeks stemmen.")
    if voting_closed(row):
        await close_if_due(session, dilemma, row)
        raise Conflict("De stemming is gesloten.")
    if await _has_voted(session, dilemma.id, grant.actor.id):
        raise Conflict("U hebt al gestemd.")
    session.add(DilemmaVoter(dilemma_id=dilemma.id, user_id=grant.actor.id))
    vote_id = uuid.uuid4()
    session.add(PendingVote(id=vote_id, dilemma_id=dilemma.id, seal=seal(vote_id, choice)))
    await session.flush()
    threshold = (await settings_of(session, dilemma.organisation_id)).small_group_threshold
    waiting = await session.execute(
        select(func.count()).where(col(PendingVote.dilemma_id) == dilemma.id)
    )
    if waiting.scalar_one() >= threshold:
        await _move(session, dilemma.id)
    # No audit event: its actor and exact time would pair with the batch (the mark is the
    # record that the member voted).
    await session.flush()
    return dilemma


async def results(session: AsyncSession, grant: Grant, dilemma_id: uuid.UUID) -> DilemmaResults:
    """A member sees the figures after voting, everyone once the window has closed, and
    nobody before ``smallGroupThreshold`` votes are counted."""
    dilemma, row = await load_dilemma(session, grant, dilemma_id)
    await close_if_due(session, dilemma, row)
    closed = voting_closed(row)
    threshold = (await settings_of(session, dilemma.organisation_id)).small_group_threshold
    counted = dict(
        (
            await session.execute(
                select(col(Vote.choice), func.count())
                .where(col(Vote.dilemma_id) == dilemma.id)
                .group_by(col(Vote.choice))
            )
        ).all()
    )
    voted = (
        await session.execute(
            select(func.count()).where(col(DilemmaVoter.dilemma_id) == dilemma.id)
        )
    ).scalar_one()
    members = (
        await session.execute(
            select(func.count()).where(col(SeriesMember.series_id) == dilemma.series_id)
        )
    ).scalar_one()
    a, b = int(counted.get("a", 0)), int(counted.get("b", 0))
    total = a + b
    voted_self = await _has_voted(session, dilemma.id, grant.actor.id)
    reason = None
    if total < threshold:
        reason = f"De uitslag verschijnt vanaf {threshold} getelde stemmen."
    elif not (closed or voted_self):
        reason = "U ziet de uitslag nadat u hebt gestemd, of als de stemming is gesloten."
    base = {
        "dilemma_id": dilemma.id,
        "voted": voted,
        "members": members,
        "voting_closes_at": row.starts_at,
        "closed": closed,
    }
    if reason is not None:
        return DilemmaResults(visible=False, reason=reason, **base)
    return DilemmaResults(
        visible=True,
        a=a,
        b=b,
        total=total,
        percent_a=round(100 * a / total, 1),
        percent_b=round(100 * b / total, 1),
        **base,
    )
