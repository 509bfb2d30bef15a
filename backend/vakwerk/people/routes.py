"""Organisations, settings, teams, users, absences, API clients and the audit trail."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, Path, Query, Request, Response

from vakwerk.core import audit
from vakwerk.core.errors import InvalidInput
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, SessionDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryDay, QueryFlag, QueryId, QueryInstant, QueryLimit
from vakwerk.people import absences, api_clients, members, organisations, users
from vakwerk.people.schemas import (
    AbsenceCreate,
    AbsenceRead,
    ApiClientCreate,
    ApiClientCreated,
    ApiClientRead,
    AuditEventRead,
    AuditPage,
    MemberRead,
    MemberWrite,
    OrganisationRead,
    SettingsRead,
    SettingsUpdate,
    TeamCreate,
    TeamRead,
    TeamUpdate,
    UserCreate,
    UserRead,
    UserUpdate,
)

routes = router("Mensen")
PagingDep = Annotated[Paging, Depends(paging)]
UserIdPath = Annotated[Id, Path(alias="userId")]


async def setting_checks(request: Request) -> Any:
    """The checks other capabilities put on settings, wired by the composition."""
    return request.app.state.setting_checks


# --------------------------------------------------------------------------- organisations


@routes.get(
    "/organisations",
    response_model=Page[OrganisationRead],
    summary="Organisaties",
    **op(Op.READ_ORGANISATIONS),
)
async def list_organisations(
    session: SessionDep, grant: GrantDep, page: PagingDep
) -> Page[OrganisationRead]:
    rows, total = await organisations.list_organisations(session, grant, page.limit, page.offset)
    return Page.of(OrganisationRead, rows, total, page)


@routes.get(
    "/organisations/{id}",
    response_model=OrganisationRead,
    summary="Eén organisatie",
    **op(Op.READ_ORGANISATION),
)
async def get_organisation(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> OrganisationRead:
    org = await organisations.get_organisation(session, grant, id)
    etag(response, org.version)
    return OrganisationRead.model_validate(org)


@routes.get(
    "/organisations/{id}/settings",
    response_model=SettingsRead,
    summary="Instellingen van de organisatie",
    **op(Op.READ_SETTINGS),
)
async def get_organisation_settings(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> SettingsRead:
    found = await organisations.get_settings(session, grant, id)
    etag(response, found.version)
    return SettingsRead.model_validate(found)


@routes.patch(
    "/organisations/{id}/settings",
    response_model=SettingsRead,
    summary="Instellingen wijzigen (beheerder)",
    **op(Op.UPDATE_SETTINGS, problems=(400, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_organisation_settings(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: SettingsUpdate,
    response: Response,
    checks: Annotated[Any, Depends(setting_checks)],
    if_match: IfMatch = None,
) -> SettingsRead:
    found = await organisations.update_settings(session, grant, id, body, if_match, checks)
    etag(response, found.version)
    return SettingsRead.model_validate(found)


# --------------------------------------------------------------------------- teams


@routes.get("/teams", response_model=Page[TeamRead], summary="Teams", **op(Op.READ_PEOPLE))
async def list_teams(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    kind: Annotated[Literal["werk_inkomen", "re_integratie"] | None, Query()] = None,
) -> Page[TeamRead]:
    rows, total = await members.list_teams(session, grant, page.limit, page.offset, kind)
    return Page.of(TeamRead, rows, total, page)


@routes.post(
    "/teams",
    response_model=TeamRead,
    status_code=201,
    summary="Team aanmaken",
    **op(Op.MANAGE_PEOPLE, problems=(409,)),
)
async def create_team(
    session: SessionDep, grant: GrantDep, body: TeamCreate, response: Response
) -> TeamRead:
    team = await members.create_team(session, grant, body)
    created(response, f"/api/v1/teams/{team.id}", team.version)
    return TeamRead.model_validate(team)


@routes.get("/teams/{id}", response_model=TeamRead, summary="Eén team", **op(Op.READ_PEOPLE))
async def get_team(session: SessionDep, grant: GrantDep, id: Id, response: Response) -> TeamRead:
    team = await members.get_team(session, grant, id)
    etag(response, team.version)
    return TeamRead.model_validate(team)


@routes.patch(
    "/teams/{id}",
    response_model=TeamRead,
    summary="Team wijzigen",
    **op(Op.MANAGE_PEOPLE, problems=(400, 409, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_team(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: TeamUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> TeamRead:
    team = await members.update_team(session, grant, id, body, if_match)
    etag(response, team.version)
    return TeamRead.model_validate(team)


@routes.get(
    "/teams/{id}/members",
    response_model=Page[MemberRead],
    summary="Leden van een team",
    **op(Op.READ_PEOPLE),
)
async def list_team_members(
    session: SessionDep, grant: GrantDep, id: Id, page: PagingDep
) -> Page[MemberRead]:
    rows, total = await members.list_members(session, grant, id, page.limit, page.offset)
    return Page.of(MemberRead, rows, total, page)


@routes.put(
    "/teams/{id}/members/{userId}",
    response_model=MemberRead,
    summary="Lid toevoegen (beheerder) of werkdagen vastleggen",
    responses={201: {"description": "Lid toegevoegd", "model": MemberRead}},
    **op(Op.RECORD_AVAILABILITY, problems=(409,)),
)
async def put_team_member(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    user_id: UserIdPath,
    body: MemberWrite,
    response: Response,
) -> MemberRead:
    member, was_created = await members.put_member(session, grant, id, user_id, body)
    if was_created:
        created(response, f"/api/v1/teams/{id}/members/{user_id}")
    return member


@routes.delete(
    "/teams/{id}/members/{userId}",
    status_code=204,
    summary="Lid verwijderen",
    **op(Op.MANAGE_PEOPLE),
)
async def delete_team_member(
    session: SessionDep, grant: GrantDep, id: Id, user_id: UserIdPath
) -> Response:
    await members.remove_member(session, grant, id, user_id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- users


@routes.get(
    "/users",
    response_model=Page[UserRead],
    summary="Collega's (zoeken op naam of e-mailadres: q)",
    **op(Op.READ_PEOPLE, problems=(400,)),
)
async def list_users(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    role: Annotated[
        Literal["klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"] | None, Query()
    ] = None,
    active: Annotated[QueryFlag | None, Query()] = None,
    without_team: Annotated[
        QueryFlag | None,
        Query(
            alias="withoutTeam",
            description="Geen lid van een team, terwijl een rol er een vraagt (klantmanager, "
            "teamleider, consulent)",
        ),
    ] = None,
    q: Annotated[
        str | None,
        Query(
            min_length=1,
            max_length=100,
            description="Het begin van de naam, van een woord in de naam, of van het "
            "e-mailadres; hoofdletters maken niet uit",
        ),
    ] = None,
) -> Page[UserRead]:
    filters = users.UserFilter(team_id, role, active, without_team, q)
    rows, total = await users.list_users(session, grant, filters, page.limit, page.offset)
    return Page.of(UserRead, rows, total, page)


@routes.post(
    "/users",
    response_model=UserRead,
    status_code=201,
    summary="Gebruiker aanmaken",
    **op(Op.CREATE_USER, problems=(400, 409)),
)
async def create_user(
    session: SessionDep, grant: GrantDep, body: UserCreate, response: Response
) -> UserRead:
    user = await users.create_user(session, grant, body)
    created(response, f"/api/v1/users/{user.id}", user.version)
    return await users.user_read(session, user)


@routes.get("/users/{id}", response_model=UserRead, summary="Eén collega", **op(Op.READ_PEOPLE))
async def get_user(session: SessionDep, grant: GrantDep, id: Id, response: Response) -> UserRead:
    user = await users.get_user(session, grant, id)
    etag(response, user.version)
    return await users.user_read(session, user)


@routes.patch(
    "/users/{id}",
    response_model=UserRead,
    summary="Gebruiker wijzigen of deactiveren",
    **op(Op.MANAGE_PEOPLE, problems=(400, 409, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_user(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: UserUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> UserRead:
    user = await users.update_user(session, grant, id, body, if_match)
    etag(response, user.version)
    return await users.user_read(session, user)


# --------------------------------------------------------------------------- absences


@routes.get(
    "/users/{id}/absences",
    response_model=Page[AbsenceRead],
    summary="Afwezigheid",
    **op(Op.READ_ABSENCES),
)
async def list_absences(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    page: PagingDep,
    from_date: Annotated[QueryDay | None, Query(alias="fromDate")] = None,
) -> Page[AbsenceRead]:
    rows, total = await absences.list_absences(
        session, grant, id, page.limit, page.offset, from_date
    )
    return Page.of(AbsenceRead, rows, total, page)


@routes.post(
    "/users/{id}/absences",
    response_model=AbsenceRead,
    status_code=201,
    summary="Afwezigheid vastleggen",
    **op(Op.RECORD_AVAILABILITY, problems=(400, 409)),
)
async def create_absence(
    session: SessionDep, grant: GrantDep, id: Id, body: AbsenceCreate, response: Response
) -> AbsenceRead:
    absence = await absences.create_absence(session, grant, id, body)
    created(response, f"/api/v1/users/{id}/absences/{absence.id}")
    return absence


@routes.get(
    "/users/{id}/absences/{absenceId}",
    response_model=AbsenceRead,
    summary="Eén afwezigheid",
    **op(Op.READ_ABSENCES),
)
async def get_absence(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    absence_id: Annotated[Id, Path(alias="absenceId")],
) -> AbsenceRead:
    return await absences.get_absence(session, grant, id, absence_id)


@routes.delete(
    "/users/{id}/absences/{absenceId}",
    status_code=204,
    summary="Afwezigheid verwijderen",
    **op(Op.RECORD_AVAILABILITY),
)
async def delete_absence(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    absence_id: Annotated[Id, Path(alias="absenceId")],
) -> Response:
    await absences.delete_absence(session, grant, id, absence_id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- API clients


@routes.get(
    "/api-clients",
    response_model=Page[ApiClientRead],
    summary="API-clients",
    **op(Op.MANAGE_API_CLIENTS),
)
async def list_api_clients(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    active: Annotated[
        QueryFlag | None, Query(description="Alleen (niet) ingetrokken sleutels")
    ] = None,
) -> Page[ApiClientRead]:
    rows, total = await api_clients.list_api_clients(
        session, grant, page.limit, page.offset, active
    )
    return Page.of(ApiClientRead, rows, total, page)


@routes.post(
    "/api-clients",
    response_model=ApiClientCreated,
    status_code=201,
    summary="API-client aanmaken: de sleutel staat alleen in dit antwoord",
    **op(Op.MANAGE_API_CLIENTS),
)
async def create_api_client(
    session: SessionDep, grant: GrantDep, body: ApiClientCreate, response: Response
) -> ApiClientCreated:
    client, key = await api_clients.create_api_client(session, grant, body)
    created(response, f"/api/v1/api-clients/{client.id}")
    return ApiClientCreated.model_validate({**client.model_dump(), "key": key})


@routes.delete(
    "/api-clients/{id}",
    status_code=204,
    summary="API-sleutel intrekken",
    **op(Op.MANAGE_API_CLIENTS),
)
async def revoke_api_client(session: SessionDep, grant: GrantDep, id: Id) -> Response:
    await api_clients.revoke_api_client(session, grant, id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- audit


@routes.get(
    "/audit-events",
    response_model=AuditPage,
    summary="Auditspoor (nieuwste eerst)",
    **op(Op.READ_AUDIT, problems=(400,)),
)
async def list_audit_events(
    session: SessionDep,
    grant: GrantDep,
    limit: Annotated[QueryLimit, Query()] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    actor_type: Annotated[
        Literal["user", "api_client", "anonymous"] | None, Query(alias="actorType")
    ] = None,
    actor_id: Annotated[QueryId | None, Query(alias="actorId")] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    resource_type: Annotated[str | None, Query(alias="resourceType", max_length=40)] = None,
    resource_id: Annotated[QueryId | None, Query(alias="resourceId")] = None,
    organisation_id: Annotated[QueryId | None, Query(alias="organisationId")] = None,
    occurred_from: Annotated[QueryInstant | None, Query(alias="occurredFrom")] = None,
    occurred_to: Annotated[QueryInstant | None, Query(alias="occurredTo")] = None,
) -> AuditPage:
    org_id = grant.organisation_id()
    if organisation_id is not None and organisation_id != org_id:
        raise InvalidInput.one(
            "organisationId", "not_found", "U ziet alleen het auditspoor van uw eigen organisatie."
        )
    if actor_id is not None and not await users.actor_in_organisation(session, org_id, actor_id):
        raise InvalidInput.one("actorId", "not_found", "Deze gebruiker of API-client bestaat niet.")
    filters = audit.AuditFilter(
        actor_type, actor_id, action, resource_type, resource_id, occurred_from, occurred_to
    )
    items, next_cursor = await audit.list_events(session, org_id, filters, limit, cursor)
    return AuditPage(
        items=[AuditEventRead.model_validate(i) for i in items],
        limit=limit,
        next_cursor=next_cursor,
    )
