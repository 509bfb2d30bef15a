"""Case conferences: series, members, sessions and their agendas, the rotation, handovers,
minutes and the series' calendar. Dilemmas, votes, standpoints and personal feeds are in
``routes_dilemmas``; ``routers()`` gives main both."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Response
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.conferences import minutes, series, sessions, tasks
from vakwerk.conferences.access import series_read, session_read
from vakwerk.conferences.feeds import series_calendar
from vakwerk.conferences.models import ConferenceSeries, ConferenceSession
from vakwerk.conferences.schemas import (
    AgendaWrite,
    HandoverRead,
    Handovers,
    HandoverWrite,
    MinutesRead,
    MinutesWrite,
    RotationRead,
    SeriesCreate,
    SeriesMemberRead,
    SeriesMembers,
    SeriesRead,
    SeriesUpdate,
    SessionRead,
    SessionUpdate,
)
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, SessionDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryDay, QueryFlag, QueryId

routes = router("Casuïstiekoverleg")
PagingDep = Annotated[Paging, Depends(paging)]
UserIdPath = Annotated[Id, Path(alias="userId")]
CALENDAR = "text/calendar"
CALENDAR_RESPONSE: dict[int | str, dict[str, Any]] = {
    200: {
        "content": {CALENDAR: {"schema": {"type": "string", "maxLength": 1000000}}},
        "description": "iCalendar (RFC 5545)",
    }
}


def routers() -> list[APIRouter]:
    from vakwerk.conferences.routes_dilemmas import routes as dilemma_routes

    return [routes, dilemma_routes]


async def _series_reply(
    session: AsyncSession, response: Response, found: ConferenceSeries
) -> SeriesRead:
    etag(response, found.version)
    return await series_read(session, found)


async def _session_reply(
    session: AsyncSession, response: Response, found: tuple[ConferenceSeries, ConferenceSession]
) -> SessionRead:
    etag(response, found[1].version)
    return await session_read(session, *found)


# --------------------------------------------------------------------------- series


@routes.get(
    "/conference-series",
    response_model=Page[SeriesRead],
    summary="Reeksen casuïstiekoverleg",
    **op(Op.READ_SERIES, problems=(400,)),
)
async def list_conference_series(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    active: Annotated[QueryFlag | None, Query()] = None,
) -> Page[SeriesRead]:
    filters = series.SeriesFilter(team_id, active)
    rows, total = await series.list_series(session, grant, filters, page.limit, page.offset)
    return Page.of(SeriesRead, rows, total, page)


@routes.post(
    "/conference-series",
    response_model=SeriesRead,
    status_code=201,
    summary="Reeks aanmaken (de bijeenkomsten volgen tot de horizon)",
    **op(Op.MANAGE_SERIES, problems=(400, 409)),
)
async def create_conference_series(
    session: SessionDep, grant: GrantDep, body: SeriesCreate, response: Response
) -> SeriesRead:
    found = await series.create_series(session, grant, body)
    created(response, f"/api/v1/conference-series/{found.id}")
    return await _series_reply(session, response, found)


@routes.get(
    "/conference-series/{id}",
    response_model=SeriesRead,
    summary="Eén reeks",
    **op(Op.READ_SERIES),
)
async def get_conference_series(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> SeriesRead:
    return await _series_reply(session, response, await series.get_series(session, grant, id))


@routes.patch(
    "/conference-series/{id}",
    response_model=SeriesRead,
    summary="Reeks wijzigen (een nieuwe dag of tijd verzet alleen toekomstige bijeenkomsten)",
    **op(Op.EDIT_SERIES, problems=(400, 409, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_conference_series(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: SeriesUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> SeriesRead:
    found = await series.update_series(session, grant, id, body, if_match)
    return await _series_reply(session, response, found)


@routes.get(
    "/conference-series/{id}/members",
    response_model=SeriesMembers,
    summary="Leden van een reeks",
    **op(Op.READ_SERIES),
)
async def list_conference_series_members(
    session: SessionDep, grant: GrantDep, id: Id
) -> SeriesMembers:
    return SeriesMembers(items=await series.list_members(session, grant, id))


@routes.put(
    "/conference-series/{id}/members/{userId}",
    response_model=SeriesMemberRead,
    summary="Lid toevoegen aan een reeks (een lid van het team)",
    responses={201: {"description": "Lid toegevoegd", "model": SeriesMemberRead}},
    **op(Op.MANAGE_SERIES, problems=(400, 409)),
)
async def put_conference_series_member(
    session: SessionDep, grant: GrantDep, id: Id, user_id: UserIdPath, response: Response
) -> SeriesMemberRead:
    member, was_created = await series.put_member(session, grant, id, user_id)
    if was_created:
        created(response, f"/api/v1/conference-series/{id}/members/{user_id}")
    return member


@routes.delete(
    "/conference-series/{id}/members/{userId}",
    status_code=204,
    summary="Lid uit een reeks halen",
    **op(Op.MANAGE_SERIES, problems=(409,)),
)
async def delete_conference_series_member(
    session: SessionDep, grant: GrantDep, id: Id, user_id: UserIdPath
) -> Response:
    await series.remove_member(session, grant, id, user_id)
    return Response(status_code=204)


@routes.get(
    "/conference-series/{id}/rotation",
    response_model=RotationRead,
    summary="Rooster: notulist en dilemmavoorzitter per bijeenkomst, en de tellingen",
    **op(Op.READ_CONFERENCES),
)
async def get_conference_rotation(session: SessionDep, grant: GrantDep, id: Id) -> RotationRead:
    return await tasks.get_rotation(session, grant, id)


@routes.get(
    "/conference-series/{id}/calendar",
    summary="Agenda van de reeks (iCalendar)",
    response_class=Response,
    responses=CALENDAR_RESPONSE,
    **op(Op.READ_CONFERENCES, produces=(CALENDAR,)),
)
async def get_conference_series_calendar(session: SessionDep, grant: GrantDep, id: Id) -> Response:
    body = await series_calendar(session, grant, id)
    return Response(body, media_type=f"{CALENDAR}; charset=utf-8")


# --------------------------------------------------------------------------- sessions


@routes.get(
    "/sessions",
    response_model=Page[SessionRead],
    summary="Bijeenkomsten, op datum",
    **op(Op.READ_CONFERENCES, problems=(400,)),
)
async def list_conference_sessions(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    series_id: Annotated[QueryId | None, Query(alias="seriesId")] = None,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    status: Annotated[Literal["gepland", "gehouden", "geannuleerd"] | None, Query()] = None,
    from_date: Annotated[QueryDay | None, Query(alias="fromDate")] = None,
    to_date: Annotated[QueryDay | None, Query(alias="toDate")] = None,
) -> Page[SessionRead]:
    filters = sessions.SessionFilter(series_id, team_id, status, from_date, to_date)
    rows, total = await sessions.list_sessions(session, grant, filters, page.limit, page.offset)
    return Page.of(SessionRead, rows, total, page)


@routes.get(
    "/sessions/{id}",
    response_model=SessionRead,
    summary="Eén bijeenkomst met agenda",
    **op(Op.READ_CONFERENCES),
)
async def get_conference_session(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> SessionRead:
    return await _session_reply(session, response, await sessions.get_session(session, grant, id))


@routes.patch(
    "/sessions/{id}",
    response_model=SessionRead,
    summary="Bijeenkomst verzetten of annuleren",
    **op(Op.EDIT_SERIES, problems=(400, 409, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_conference_session(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: SessionUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> SessionRead:
    found = await sessions.update_session(session, grant, id, body, if_match)
    return await _session_reply(session, response, found)


@routes.post(
    "/sessions/{id}/cases",
    response_model=SessionRead,
    summary="Casussen op de agenda zetten, eraf halen of in volgorde zetten",
    **op(Op.EDIT_SERIES, problems=(400, 409, 412, 428)),
)
async def set_session_cases(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: AgendaWrite,
    response: Response,
    if_match: IfMatch = None,
) -> SessionRead:
    found = await sessions.set_agenda(session, grant, id, body, if_match)
    return await _session_reply(session, response, found)


@routes.post(
    "/sessions/{id}/handovers",
    response_model=HandoverRead,
    status_code=201,
    summary="Taak overdragen, of een overname tijdens de bijeenkomst vastleggen",
    **op(Op.HAND_OVER_TASK, problems=(400, 409)),
)
async def create_handover(
    session: SessionDep, grant: GrantDep, id: Id, body: HandoverWrite, response: Response
) -> HandoverRead:
    record = await tasks.hand_over(session, grant, id, body)
    created(response, f"/api/v1/sessions/{id}/handovers")
    return HandoverRead.model_validate(record)


@routes.get(
    "/sessions/{id}/handovers",
    response_model=Handovers,
    summary="Overdrachten bij een bijeenkomst",
    **op(Op.READ_CONFERENCES),
)
async def list_handovers(session: SessionDep, grant: GrantDep, id: Id) -> Handovers:
    return Handovers(items=await tasks.list_handovers(session, grant, id))


@routes.put(
    "/sessions/{id}/minutes",
    response_model=MinutesRead,
    summary="Notulen vastleggen (aanwezigheid, aantekeningen per punt, conclusie)",
    **op(Op.WRITE_MINUTES, problems=(400, 409, 412, 428)),
)
async def put_minutes(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: MinutesWrite,
    response: Response,
    if_match: IfMatch = None,
) -> MinutesRead:
    record = await minutes.put_minutes(session, grant, id, body, if_match)
    found = await sessions.get_session(session, grant, id)
    etag(response, record.version)
    return await minutes.minutes_read(session, *found, record)


@routes.get(
    "/sessions/{id}/minutes",
    response_model=MinutesRead,
    summary="Notulen van een bijeenkomst",
    **op(Op.READ_CONFERENCES),
)
async def get_minutes(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> MinutesRead:
    found = await minutes.get_minutes(session, grant, id)
    etag(response, found.version)
    return found
