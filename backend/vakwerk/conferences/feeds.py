"""Calendar feeds: a series' feed for logged-in members, and each member's secret feed URL.

Outlook subscribes to a URL without headers, so the personal feed's URL carries a secret:
256 random bits, stored only as a hash, revocable (a revoked secret answers 404 at once).
"""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.conferences import calendar, planning
from vakwerk.conferences.access import load_series, session_reads
from vakwerk.conferences.models import (
    CalendarFeed,
    ConferenceSeries,
    ConferenceSession,
    SeriesMember,
)
from vakwerk.core import audit, clock
from vakwerk.core.errors import Conflict, NotFound
from vakwerk.core.policy import Grant
from vakwerk.core.security import new_secret, secret_hash
from vakwerk.people import users

FEED_PREFIX = "vkc_"
FEED_PATH = "/api/v1/calendar-feeds/{token}.ics"
MAX_FEEDS = 10


async def _calendar_sessions(
    session: AsyncSession, series: ConferenceSeries
) -> list[calendar.CalendarSession]:
    rows = list(
        (
            await session.execute(
                select(ConferenceSession)
                .where(col(ConferenceSession.series_id) == series.id)
                .order_by(col(ConferenceSession.starts_at))
            )
        ).scalars()
    )
    replies = await session_reads(session, [series], rows)
    return [
        calendar.CalendarSession(
            session_id=r.id,
            starts_at=r.starts_at,
            ends_at=r.ends_at,
            deadline_at=r.deadline_at,
            status=r.status,
            format=r.format,
            cancel_reason=r.cancel_reason,
            sequence=r.version,
            chair_id=r.chair_id,
            note_taker_id=r.note_taker_id,
            presenter_ids=tuple(
                dict.fromkeys(i.chair_id for i in r.agenda if i.case_id and i.chair_id)
            ),
            evaluation_due=r.evaluation_due,
        )
        for r in replies
    ]


def _calendar_series(series: ConferenceSeries) -> calendar.CalendarSeries:
    return calendar.CalendarSeries(series.id, series.name, series.location, series.video_link)


async def series_calendar(session: AsyncSession, grant: Grant, series_id: uuid.UUID) -> bytes:
    series = await planning.ensure_current(session, await load_series(session, grant, series_id))
    sessions = await _calendar_sessions(session, series)
    return calendar.series_feed(_calendar_series(series), sessions, now=clock.now())


async def create_feed(session: AsyncSession, grant: Grant) -> tuple[CalendarFeed, str]:
    """A new secret URL; the secret is in this reply only. At most ``MAX_FEEDS`` at a time
    (409): every one of them is in the list, where it can be revoked."""
    active = await session.execute(
        select(func.count()).where(
            col(CalendarFeed.user_id) == grant.actor.id, col(CalendarFeed.revoked_at).is_(None)
        )
    )
    if active.scalar_one() >= MAX_FEEDS:
        raise Conflict(
            f"U heeft al {MAX_FEEDS} agenda-links. Trek er een in voordat u een nieuwe maakt."
        )
    secret = new_secret(FEED_PREFIX)
    feed = CalendarFeed(
        user_id=grant.actor.id,
        organisation_id=grant.organisation_id(),
        secret_hash=secret_hash(secret),
        created_at=clock.now(),
    )
    session.add(feed)
    await session.flush()
    audit.by(session, grant.actor, "create", "calendar_feed", feed.id)
    return feed, FEED_PATH.format(token=secret)


async def list_feeds(session: AsyncSession, grant: Grant) -> list[CalendarFeed]:
    found = await session.execute(
        select(CalendarFeed)
        .where(col(CalendarFeed.user_id) == grant.actor.id, col(CalendarFeed.revoked_at).is_(None))
        .order_by(col(CalendarFeed.created_at))
        .limit(MAX_FEEDS)
    )
    return list(found.scalars())


async def revoke_feed(session: AsyncSession, grant: Grant, feed_id: uuid.UUID) -> None:
    """One's own feed only (another's is a 404); revoking ends it at once."""
    query = select(CalendarFeed).where(
        col(CalendarFeed.id) == feed_id,
        col(CalendarFeed.user_id) == grant.actor.id,
        col(CalendarFeed.revoked_at).is_(None),
    )
    feed = (await session.execute(query.with_for_update())).scalar_one_or_none()
    if feed is None:
        raise NotFound()
    feed.revoked_at = clock.now()
    audit.by(session, grant.actor, "delete", "calendar_feed", feed.id)
    await session.flush()


async def member_calendar(session: AsyncSession, token: str) -> bytes:
    """The member's feed by its secret: every active series they are a member of, with
    their role per session. An unknown or revoked secret, or a deactivated user → 404."""
    if not token.startswith(FEED_PREFIX) or len(token) > 100:
        raise NotFound()
    feed = (
        await session.execute(
            select(CalendarFeed).where(
                col(CalendarFeed.secret_hash) == secret_hash(token),
                col(CalendarFeed.revoked_at).is_(None),
            )
        )
    ).scalar_one_or_none()
    organisation_id = (
        None if feed is None else await users.active_user_organisation(session, feed.user_id)
    )
    if feed is None or organisation_id is None:
        raise NotFound()
    series_rows = (
        await session.execute(
            select(ConferenceSeries)
            .join(SeriesMember, col(SeriesMember.series_id) == col(ConferenceSeries.id))
            .where(
                col(SeriesMember.user_id) == feed.user_id,
                col(ConferenceSeries.organisation_id) == organisation_id,
                col(ConferenceSeries.active).is_(True),
            )
        )
    ).scalars()
    pairs = []
    for series in list(series_rows):
        series = await planning.ensure_current(session, series)
        pairs.append((_calendar_series(series), await _calendar_sessions(session, series)))
    return calendar.member_feed(feed.user_id, pairs, now=clock.now())
