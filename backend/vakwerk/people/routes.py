"""People, organisations, credentials, API clients and the audit trail."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Form, Path, Query, Request, Response

from vakwerk.core.config import get_settings
from vakwerk.core.db import SessionDep
from vakwerk.core.errors import InvalidInput
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import FORM, GrantDep, op
from vakwerk.core.schema import Page
from vakwerk.people import service
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
    MeRead,
    OrganisationCreate,
    OrganisationRead,
    SessionLogin,
    SessionReply,
    SettingsRead,
    SettingsUpdate,
    TeamCreate,
    TeamRead,
    TeamUpdate,
    TokenReply,
    UserCreate,
    UserRead,
    UserUpdate,
)

router = APIRouter(tags=["Mensen"])
PagingDep = Annotated[Paging, Depends(paging)]


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "onbekend"


# --------------------------------------------------------------------------- auth


@router.post(
    "/auth/token",
    response_model=TokenReply,
    summary="Inloggen voor scripts: een bearer-token (OAuth2 password)",
    **op(Op.PUBLIC, problems=(401, 429), consumes=(FORM,)),
)
def create_token(
    session: SessionDep,
    request: Request,
    username: Annotated[str, Form(min_length=1, max_length=254)],
    password: Annotated[str, Form(min_length=1, max_length=200)],
    grant_type: Annotated[Literal["password"] | None, Form()] = None,
) -> TokenReply:
    settings = get_settings()
    user = service.login(session, username, password, _client_address(request))
    issued = service.issue_credential(session, user, "token", settings)
    return TokenReply(access_token=issued.secret, expires_in=settings.token_lifetime_minutes * 60)


@router.delete(
    "/auth/token", status_code=204, summary="Het gebruikte token intrekken", **op(Op.LOGOUT)
)
def revoke_token(session: SessionDep, grant: GrantDep) -> Response:
    service.revoke_credential(session, grant.actor)
    return Response(status_code=204)


@router.post(
    "/auth/session",
    response_model=SessionReply,
    summary="Inloggen in de browser: sessiecookie en CSRF-token",
    **op(Op.PUBLIC, problems=(401, 429)),
)
def create_session(
    session: SessionDep, request: Request, response: Response, body: SessionLogin
) -> SessionReply:
    settings = get_settings()
    user = service.login(session, body.username, body.password, _client_address(request))
    issued = service.issue_credential(session, user, "session", settings)
    response.set_cookie(
        service.SESSION_COOKIE,
        issued.secret,
        httponly=True,
        secure=settings.production,
        samesite="strict",
        path="/",
    )
    assert issued.csrf is not None
    return SessionReply(csrf_token=issued.csrf, expires_at=issued.credential.expires_at)


@router.delete("/auth/session", status_code=204, summary="Uitloggen in de browser", **op(Op.LOGOUT))
def delete_session(session: SessionDep, grant: GrantDep) -> Response:
    service.revoke_credential(session, grant.actor)
    response = Response(status_code=204)
    response.delete_cookie(service.SESSION_COOKIE, path="/")
    return response


@router.get("/me", response_model=MeRead, summary="Mijn profiel", **op(Op.READ_ME))
def read_me(session: SessionDep, grant: GrantDep) -> MeRead:
    user = session.get(service.User, grant.actor.id)
    assert user is not None
    memberships = service.memberships_of(session, user.id)
    return MeRead.model_validate(
        {
            **user.model_dump(),
            "team_ids": [m["team_id"] for m in memberships],
            "memberships": memberships,
        }
    )


# --------------------------------------------------------------------------- organisations


@router.post(
    "/organisations",
    response_model=OrganisationRead,
    status_code=201,
    summary="Organisatie aanmaken (platformbeheerder)",
    **op(Op.CREATE_ORGANISATION),
)
def create_organisation(
    session: SessionDep, grant: GrantDep, response: Response, body: OrganisationCreate
) -> OrganisationRead:
    from vakwerk.core.hooks import organisation_created

    org = service.create_organisation(session, grant, body.name)
    organisation_created(session, org.id)
    created(response, f"/api/v1/organisations/{org.id}", org.version)
    return OrganisationRead.model_validate(org)


@router.get(
    "/organisations",
    response_model=Page[OrganisationRead],
    summary="Organisaties",
    **op(Op.READ_ORGANISATIONS),
)
def list_organisations(
    session: SessionDep, grant: GrantDep, page: PagingDep
) -> Page[OrganisationRead]:
    rows, total = service.list_organisations(session, grant, page.limit, page.offset)
    return Page.of(OrganisationRead, rows, total, page)


@router.get(
    "/organisations/{id}",
    response_model=OrganisationRead,
    summary="Eén organisatie",
    **op(Op.READ_ORGANISATION),
)
def get_organisation(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> OrganisationRead:
    org = service.get_organisation(session, grant, id)
    etag(response, org.version)
    return OrganisationRead.model_validate(org)


@router.get(
    "/organisations/{id}/settings",
    response_model=SettingsRead,
    summary="Instellingen van de organisatie",
    **op(Op.READ_SETTINGS),
)
def get_organisation_settings(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> SettingsRead:
    found = service.get_settings(session, grant, id)
    etag(response, found.version)
    return SettingsRead.model_validate(found)


@router.patch(
    "/organisations/{id}/settings",
    response_model=SettingsRead,
    summary="Instellingen wijzigen (beheerder)",
    **op(
        Op.UPDATE_SETTINGS,
        problems=(400, 412, 428),
        consumes=("application/merge-patch+json", "application/json"),
    ),
)
def update_organisation_settings(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: SettingsUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> SettingsRead:
    found = service.update_settings(session, grant, id, body, if_match)
    etag(response, found.version)
    return SettingsRead.model_validate(found)


# --------------------------------------------------------------------------- teams


@router.get("/teams", response_model=Page[TeamRead], summary="Teams", **op(Op.READ_PEOPLE))
def list_teams(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    kind: Annotated[Literal["werk_inkomen", "re_integratie"] | None, Query()] = None,
) -> Page[TeamRead]:
    rows, total = service.list_teams(session, grant, page.limit, page.offset, kind)
    return Page.of(TeamRead, rows, total, page)


@router.post(
    "/teams",
    response_model=TeamRead,
    status_code=201,
    summary="Team aanmaken",
    **op(Op.MANAGE_PEOPLE, problems=(409,)),
)
def create_team(
    session: SessionDep, grant: GrantDep, body: TeamCreate, response: Response
) -> TeamRead:
    team = service.create_team(session, grant, body)
    created(response, f"/api/v1/teams/{team.id}", team.version)
    return TeamRead.model_validate(team)


@router.get("/teams/{id}", response_model=TeamRead, summary="Eén team", **op(Op.READ_PEOPLE))
def get_team(session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response) -> TeamRead:
    team = service.get_team(session, grant, id)
    etag(response, team.version)
    return TeamRead.model_validate(team)


@router.patch(
    "/teams/{id}",
    response_model=TeamRead,
    summary="Team wijzigen",
    **op(
        Op.MANAGE_PEOPLE,
        problems=(400, 409, 412, 428),
        consumes=("application/merge-patch+json", "application/json"),
    ),
)
def update_team(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: TeamUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> TeamRead:
    team = service.update_team(session, grant, id, body, if_match)
    etag(response, team.version)
    return TeamRead.model_validate(team)


@router.get(
    "/teams/{id}/members",
    response_model=Page[MemberRead],
    summary="Leden van een team",
    **op(Op.READ_PEOPLE),
)
def list_team_members(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, page: PagingDep
) -> Page[MemberRead]:
    rows, total = service.list_members(session, grant, id, page.limit, page.offset)
    return Page.of(MemberRead, rows, total, page)


@router.put(
    "/teams/{id}/members/{userId}",
    response_model=MemberRead,
    summary="Lid toevoegen (beheerder) of werkdagen vastleggen",
    responses={201: {"description": "Lid toegevoegd", "model": MemberRead}},
    **op(Op.RECORD_AVAILABILITY),
)
def put_team_member(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    user_id: Annotated[uuid.UUID, Path(alias="userId")],
    body: MemberWrite,
    response: Response,
) -> MemberRead:
    row, was_created = service.put_member(session, grant, id, user_id, body)
    if was_created:
        response.status_code = 201
        response.headers["Location"] = f"/api/v1/teams/{id}/members/{user_id}"
    return MemberRead.model_validate(row)


@router.delete(
    "/teams/{id}/members/{userId}",
    status_code=204,
    summary="Lid verwijderen",
    **op(Op.MANAGE_PEOPLE),
)
def delete_team_member(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    user_id: Annotated[uuid.UUID, Path(alias="userId")],
) -> Response:
    service.remove_member(session, grant, id, user_id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- users


def _user_read(session: SessionDep, user: service.User) -> UserRead:
    teams = service.user_team_ids(session, [user.id])[user.id]
    return UserRead.model_validate({**user.model_dump(), "team_ids": teams})


@router.get(
    "/users",
    response_model=Page[UserRead],
    summary="Collega's",
    **op(Op.READ_PEOPLE, problems=(400,)),
)
def list_users(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: Annotated[uuid.UUID | None, Query(alias="teamId")] = None,
    role: Annotated[
        Literal["klantmanager", "teamleider", "kwaliteit", "consulent", "beheerder"] | None, Query()
    ] = None,
    active: Annotated[bool | None, Query()] = None,
) -> Page[UserRead]:
    rows, total = service.list_users(session, grant, page.limit, page.offset, team_id, role, active)
    teams = service.user_team_ids(session, [u.id for u in rows])
    return Page(
        items=[UserRead.model_validate({**u.model_dump(), "team_ids": teams[u.id]}) for u in rows],
        total=total,
        limit=page.limit,
        offset=page.offset,
    )


@router.post(
    "/users",
    response_model=UserRead,
    status_code=201,
    summary="Gebruiker aanmaken",
    **op(Op.CREATE_USER, problems=(400, 409)),
)
def create_user(
    session: SessionDep, grant: GrantDep, body: UserCreate, response: Response
) -> UserRead:
    user = service.create_user(session, grant, body)
    created(response, f"/api/v1/users/{user.id}", user.version)
    return _user_read(session, user)


@router.get("/users/{id}", response_model=UserRead, summary="Eén collega", **op(Op.READ_PEOPLE))
def get_user(session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response) -> UserRead:
    user = service.get_user(session, grant, id)
    etag(response, user.version)
    return _user_read(session, user)


@router.patch(
    "/users/{id}",
    response_model=UserRead,
    summary="Gebruiker wijzigen of deactiveren",
    **op(
        Op.MANAGE_PEOPLE,
        problems=(400, 409, 412, 428),
        consumes=("application/merge-patch+json", "application/json"),
    ),
)
def update_user(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: UserUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> UserRead:
    user = service.update_user(session, grant, id, body, if_match)
    etag(response, user.version)
    return _user_read(session, user)


@router.get(
    "/users/{id}/absences",
    response_model=Page[AbsenceRead],
    summary="Afwezigheid",
    **op(Op.READ_ABSENCES),
)
def list_absences(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    page: PagingDep,
    from_date: Annotated[date | None, Query(alias="fromDate")] = None,
) -> Page[AbsenceRead]:
    rows, total = service.list_absences(session, grant, id, page.limit, page.offset, from_date)
    return Page.of(AbsenceRead, rows, total, page)


@router.post(
    "/users/{id}/absences",
    response_model=AbsenceRead,
    status_code=201,
    summary="Afwezigheid vastleggen",
    **op(Op.RECORD_AVAILABILITY, problems=(400, 409)),
)
def create_absence(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, body: AbsenceCreate, response: Response
) -> AbsenceRead:
    row = service.create_absence(session, grant, id, body)
    created(response, f"/api/v1/users/{id}/absences/{row['id']}")
    return AbsenceRead.model_validate(row)


@router.get(
    "/users/{id}/absences/{absenceId}",
    response_model=AbsenceRead,
    summary="Eén afwezigheid",
    **op(Op.READ_ABSENCES),
)
def get_absence(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    absence_id: Annotated[uuid.UUID, Path(alias="absenceId")],
) -> AbsenceRead:
    return AbsenceRead.model_validate(service.get_absence(session, grant, id, absence_id))


@router.delete(
    "/users/{id}/absences/{absenceId}",
    status_code=204,
    summary="Afwezigheid verwijderen",
    **op(Op.RECORD_AVAILABILITY),
)
def delete_absence(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    absence_id: Annotated[uuid.UUID, Path(alias="absenceId")],
) -> Response:
    service.delete_absence(session, grant, id, absence_id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- API clients


@router.get(
    "/api-clients",
    response_model=Page[ApiClientRead],
    summary="API-clients",
    **op(Op.MANAGE_API_CLIENTS),
)
def list_api_clients(session: SessionDep, grant: GrantDep, page: PagingDep) -> Page[ApiClientRead]:
    rows, total = service.list_api_clients(session, grant, page.limit, page.offset)
    return Page.of(ApiClientRead, rows, total, page)


@router.post(
    "/api-clients",
    response_model=ApiClientCreated,
    status_code=201,
    summary="API-client aanmaken: de sleutel staat alleen in dit antwoord",
    **op(Op.MANAGE_API_CLIENTS),
)
def create_api_client(
    session: SessionDep, grant: GrantDep, body: ApiClientCreate, response: Response
) -> ApiClientCreated:
    client, key = service.create_api_client(session, grant, body)
    created(response, f"/api/v1/api-clients/{client.id}")
    return ApiClientCreated.model_validate({**client.model_dump(), "key": key})


@router.delete(
    "/api-clients/{id}",
    status_code=204,
    summary="API-sleutel intrekken",
    **op(Op.MANAGE_API_CLIENTS),
)
def revoke_api_client(session: SessionDep, grant: GrantDep, id: uuid.UUID) -> Response:
    service.revoke_api_client(session, grant, id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- audit


@router.get(
    "/audit-events",
    response_model=AuditPage,
    summary="Auditspoor (nieuwste eerst)",
    **op(Op.READ_AUDIT, problems=(400,)),
)
def list_audit_events(
    session: SessionDep,
    grant: GrantDep,
    limit: Annotated[int, Query(ge=1, le=200)] = 50,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    actor_type: Annotated[
        Literal["user", "api_client", "anonymous"] | None, Query(alias="actorType")
    ] = None,
    actor_id: Annotated[uuid.UUID | None, Query(alias="actorId")] = None,
    action: Annotated[str | None, Query(max_length=40)] = None,
    resource_type: Annotated[str | None, Query(alias="resourceType", max_length=40)] = None,
    resource_id: Annotated[uuid.UUID | None, Query(alias="resourceId")] = None,
    organisation_id: Annotated[uuid.UUID | None, Query(alias="organisationId")] = None,
    occurred_from: Annotated[datetime | None, Query(alias="occurredFrom")] = None,
    occurred_to: Annotated[datetime | None, Query(alias="occurredTo")] = None,
) -> AuditPage:
    for name, value in (("occurredFrom", occurred_from), ("occurredTo", occurred_to)):
        if value is not None and value.tzinfo is None:
            raise InvalidInput.one(
                name,
                "invalid_format",
                "Geef een tijdstip met tijdzone, bijvoorbeeld 2026-01-31T12:00:00Z.",
            )
    filters = service.AuditFilter(
        actor_type,
        actor_id,
        action,
        resource_type,
        resource_id,
        occurred_from,
        occurred_to,
        organisation_id,
    )
    items, next_cursor = service.list_audit_events(session, grant, filters, limit, cursor)
    return AuditPage(
        items=[AuditEventRead.model_validate(i) for i in items],
        limit=limit,
        next_cursor=next_cursor,
    )
