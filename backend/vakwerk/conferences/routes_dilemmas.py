"""Dilemmas and their anonymous votes, standpoints, and members' secret calendar feeds."""

from __future__ import annotations

import uuid
from typing import Annotated, Literal

from fastapi import Depends, Path, Query, Response

from vakwerk.conferences import feeds, standpoints, votes
from vakwerk.conferences.schemas import (
    CalendarFeedRead,
    CalendarFeeds,
    DilemmaCreate,
    DilemmaRead,
    DilemmaResults,
    StandpointCreate,
    StandpointRead,
    VoteReceipt,
    VoteWrite,
)
from vakwerk.core.errors import NotFound
from vakwerk.core.http import Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import GrantDep, SessionDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryId

routes = router("Casuïstiekoverleg")
PagingDep = Annotated[Paging, Depends(paging)]
CALENDAR = "text/calendar"


# --------------------------------------------------------------------------- dilemmas


@routes.get(
    "/dilemmas",
    response_model=Page[DilemmaRead],
    summary="Dilemma's",
    **op(Op.READ_DILEMMAS, problems=(400,)),
)
async def list_dilemmas(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    series_id: Annotated[QueryId | None, Query(alias="seriesId")] = None,
    session_id: Annotated[QueryId | None, Query(alias="sessionId")] = None,
) -> Page[DilemmaRead]:
    filters = votes.DilemmaFilter(series_id, session_id)
    rows, total = await votes.list_dilemmas(session, grant, filters, page.limit, page.offset)
    return Page.of(DilemmaRead, rows, total, page)


@routes.post(
    "/dilemmas",
    response_model=DilemmaRead,
    status_code=201,
    summary="Dilemma voor een bijeenkomst (fictieve casus, twee stellingen)",
    **op(Op.CREATE_DILEMMA, problems=(400, 409)),
)
async def create_dilemma(
    session: SessionDep, grant: GrantDep, body: DilemmaCreate, response: Response
) -> DilemmaRead:
    dilemma = await votes.create_dilemma(session, grant, body)
    created(response, f"/api/v1/dilemmas/{dilemma.id}", dilemma.version)
    found, row = await votes.load_dilemma(session, grant, dilemma.id)
    return await votes.dilemma_read(session, grant, found, row)


@routes.get(
    "/dilemmas/{id}", response_model=DilemmaRead, summary="Eén dilemma", **op(Op.READ_DILEMMAS)
)
async def get_dilemma(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> DilemmaRead:
    dilemma, row = await votes.load_dilemma(session, grant, id)
    etag(response, dilemma.version)
    return await votes.dilemma_read(session, grant, dilemma, row)


@routes.post(
    "/dilemmas/{id}/votes",
    response_model=VoteReceipt,
    status_code=201,
    summary="Stemmen (anoniem: de stem is niet aan u te koppelen)",
    **op(Op.CAST_VOTE, problems=(400, 409)),
)
async def cast_dilemma_vote(
    session: SessionDep, grant: GrantDep, id: Id, body: VoteWrite, response: Response
) -> VoteReceipt:
    await votes.cast_vote(session, grant, id, body.choice)
    created(response, f"/api/v1/dilemmas/{id}/results")
    return VoteReceipt(dilemma_id=id, has_voted=True)


@routes.get(
    "/dilemmas/{id}/results",
    response_model=DilemmaResults,
    summary="Uitslag: na uw stem, of na sluiten; nooit onder de drempel",
    **op(Op.READ_DILEMMAS),
)
async def get_dilemma_results(session: SessionDep, grant: GrantDep, id: Id) -> DilemmaResults:
    return await votes.results(session, grant, id)


# --------------------------------------------------------------------------- standpoints


@routes.get(
    "/standpoints",
    response_model=Page[StandpointRead],
    summary="Standpunten van het team (met zoeken: q)",
    **op(Op.READ_STANDPOINTS, problems=(400,)),
)
async def list_standpoints(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    q: Annotated[str | None, Query(min_length=1, max_length=200, description="Zoekwoorden")] = None,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    status: Annotated[Literal["geldend", "ingetrokken"] | None, Query()] = None,
    dilemma_id: Annotated[QueryId | None, Query(alias="dilemmaId")] = None,
) -> Page[StandpointRead]:
    filters = standpoints.StandpointFilter(team_id, status, dilemma_id, q)
    rows, total = await standpoints.list_standpoints(
        session, grant, filters, page.limit, page.offset
    )
    return Page.of(StandpointRead, rows, total, page)


@routes.post(
    "/standpoints",
    response_model=StandpointRead,
    status_code=201,
    summary="Standpunt vastleggen (conclusie van een dilemmasessie)",
    **op(Op.RECORD_STANDPOINT, problems=(400, 409)),
)
async def create_standpoint(
    session: SessionDep, grant: GrantDep, body: StandpointCreate, response: Response
) -> StandpointRead:
    found = await standpoints.record_standpoint(session, grant, body)
    created(response, f"/api/v1/standpoints/{found.id}", found.version)
    return StandpointRead.model_validate(found)


@routes.get(
    "/standpoints/{id}",
    response_model=StandpointRead,
    summary="Eén standpunt",
    **op(Op.READ_STANDPOINTS),
)
async def get_standpoint(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> StandpointRead:
    found = await standpoints.load_standpoint(session, grant, id)
    etag(response, found.version)
    return StandpointRead.model_validate(found)


@routes.post(
    "/standpoints/{id}/withdraw",
    response_model=StandpointRead,
    summary="Standpunt intrekken (teamleider)",
    **op(Op.WITHDRAW_STANDPOINT, problems=(409,)),
)
async def withdraw_standpoint(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> StandpointRead:
    found = await standpoints.withdraw_standpoint(session, grant, id)
    etag(response, found.version)
    return StandpointRead.model_validate(found)


# --------------------------------------------------------------------------- calendar feeds


@routes.get(
    "/calendar-feeds",
    response_model=CalendarFeeds,
    summary="Mijn persoonlijke agenda-links (zonder geheim)",
    **op(Op.MANAGE_CALENDAR_FEEDS),
)
async def list_calendar_feeds(session: SessionDep, grant: GrantDep) -> CalendarFeeds:
    found = await feeds.list_feeds(session, grant)
    return CalendarFeeds(items=[CalendarFeedRead.model_validate(f) for f in found])


@routes.post(
    "/calendar-feeds",
    response_model=CalendarFeedRead,
    status_code=201,
    summary="Persoonlijke agenda-link maken (de link staat alleen in dit antwoord)",
    **op(Op.MANAGE_CALENDAR_FEEDS, problems=(409,)),
)
async def create_calendar_feed(
    session: SessionDep, grant: GrantDep, response: Response
) -> CalendarFeedRead:
    feed, url = await feeds.create_feed(session, grant)
    # The feed itself is the resource a calendar program fetches (there is no GET by id):
    # Location is its secret URL, as the reply's url (revoked with DELETE by its id).
    created(response, url)
    return CalendarFeedRead(id=feed.id, created_at=feed.created_at, url=url)


# One path template for both (calendar programs fetch <secret>.ics; the owner revokes it by
# its id): two templates that differ only in their parameter's name are one path.
@routes.delete(
    "/calendar-feeds/{feed}",
    status_code=204,
    summary="Agenda-link intrekken (werkt direct niet meer)",
    **op(Op.MANAGE_CALENDAR_FEEDS),
)
async def delete_calendar_feed(
    session: SessionDep,
    grant: GrantDep,
    feed: Annotated[
        str,
        Path(
            max_length=100,
            description="De id van de agenda-link (wat geen id is, zoals de link zelf: 404)",
        ),
    ],
) -> Response:
    try:
        feed_id = uuid.UUID(feed)
    except ValueError as error:  # a path id that is no UUID names nothing
        raise NotFound() from error
    await feeds.revoke_feed(session, grant, feed_id)
    return Response(status_code=204)


# The URL is /calendar-feeds/<secret>.ics (calendar programs look at the extension); the
# contract templates the whole last segment, so the path stays kebab-case for the linter.
@routes.get(
    "/calendar-feeds/{feed}",
    summary="Persoonlijke agenda (iCalendar) via de geheime link <geheim>.ics, zonder inloggen",
    response_class=Response,
    responses={
        200: {
            "content": {CALENDAR: {"schema": {"type": "string", "maxLength": 1000000}}},
            "description": "iCalendar (RFC 5545)",
        },
    },
    **op(Op.PUBLIC, produces=(CALENDAR,)),
)
async def get_member_calendar(
    session: SessionDep,
    feed: Annotated[
        str,
        Path(
            min_length=5,
            max_length=100,
            pattern=r"^[A-Za-z0-9_-]+\.ics$",
            description="Het geheim van de link, gevolgd door .ics",
        ),
    ],
) -> Response:
    body = await feeds.member_calendar(session, feed.removesuffix(".ics"))
    return Response(body, media_type=f"{CALENDAR}; charset=utf-8")
