"""Logging in and out, and one's own profile."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Form, Request, Response

from vakwerk.core.policy import Op, grants_of
from vakwerk.core.routing import FORM, GrantDep, SessionDep, SettingsDep, op, router
from vakwerk.people import auth, members
from vakwerk.people.models import User
from vakwerk.people.schemas import MeRead, SessionLogin, SessionReply, TokenReply

routes = router("Mensen")


def _client_address(request: Request) -> str:
    return request.client.host if request.client else "onbekend"


@routes.post(
    "/auth/token",
    response_model=TokenReply,
    summary="Inloggen voor scripts: een bearer-token (OAuth2 password)",
    **op(Op.PUBLIC, problems=(401, 429), consumes=(FORM,)),
)
async def create_token(
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
    username: Annotated[str, Form(min_length=1, max_length=254)],
    password: Annotated[str, Form(min_length=1, max_length=200)],
    grant_type: Annotated[Literal["password"] | None, Form()] = None,
) -> TokenReply:
    user = await auth.login(session, username, password, _client_address(request))
    issued = await auth.issue_credential(session, user, "token", settings)
    return TokenReply(access_token=issued.secret, expires_in=settings.token_lifetime_minutes * 60)


@routes.delete(
    "/auth/token", status_code=204, summary="Het gebruikte token intrekken", **op(Op.LOGOUT)
)
async def revoke_token(session: SessionDep, grant: GrantDep) -> Response:
    await auth.revoke_credential(session, grant.actor)
    return Response(status_code=204)


@routes.post(
    "/auth/session",
    response_model=SessionReply,
    summary="Inloggen in de browser: sessiecookie en CSRF-token",
    **op(Op.PUBLIC, problems=(401, 429)),
)
async def create_session(
    session: SessionDep,
    settings: SettingsDep,
    request: Request,
    response: Response,
    body: SessionLogin,
) -> SessionReply:
    user = await auth.login(session, body.username, body.password, _client_address(request))
    issued = await auth.issue_credential(session, user, "session", settings)
    response.set_cookie(
        auth.SESSION_COOKIE,
        issued.secret,
        httponly=True,
        secure=settings.production,
        samesite="strict",
        path="/",
    )
    assert issued.csrf is not None
    return SessionReply(csrf_token=issued.csrf, expires_at=issued.credential.expires_at)


@routes.delete("/auth/session", status_code=204, summary="Uitloggen in de browser", **op(Op.LOGOUT))
async def delete_session(session: SessionDep, grant: GrantDep) -> Response:
    await auth.revoke_credential(session, grant.actor)
    response = Response(status_code=204)
    response.delete_cookie(auth.SESSION_COOKIE, path="/")
    return response


@routes.get("/me", response_model=MeRead, summary="Mijn profiel en wat ik mag", **op(Op.READ_ME))
async def read_me(session: SessionDep, grant: GrantDep) -> MeRead:
    user = await session.get(User, grant.actor.id)
    assert user is not None
    memberships = await members.memberships_of(session, user.id)
    return MeRead.model_validate(
        {
            **user.model_dump(),
            "team_ids": [m.team_id for m in memberships],
            "memberships": memberships,
            "grants": grants_of(grant.actor),
        }
    )
