"""Logging in, credentials and authentication on every request.

The credential lookup runs on every request, so it is one statement: the credential,
its user, the user's teams and the organisation's settings (the settings land in the
session's identity map, so a rule that needs them later costs no query).
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, timedelta
from typing import Any

from sqlalchemy import Row, bindparam, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.core import audit, clock
from vakwerk.core.config import Settings
from vakwerk.core.errors import Forbidden, TooManyRequests, Unauthorized
from vakwerk.core.policy import Actor
from vakwerk.core.security import new_secret, same, secret_hash, verify_password
from vakwerk.people.models import (
    ApiClient,
    Credential,
    LoginFailure,
    Membership,
    OrganisationSettings,
    User,
)
from vakwerk.people.organisations import SETTINGS_FIELDS, remember_settings
from vakwerk.people.schemas import SettingsRead

THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USERNAME = 5
MAX_FAILURES_PER_ADDRESS = 20
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)
SESSION_LIFETIME = timedelta(hours=12)
LOGIN_FAILED = "E-mailadres of wachtwoord onjuist."
SESSION_COOKIE = "vakwerk_session"
UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def normalise_username(username: str) -> str:
    return username.strip().lower()


# --------------------------------------------------------------------------- login


async def _throttle(session: AsyncSession, column: object, value: str, limit: int) -> None:
    since = clock.now() - THROTTLE_WINDOW
    count, oldest = (
        await session.execute(
            select(func.count(), func.min(col(LoginFailure.occurred_at))).where(
                column == value,  # type: ignore[arg-type]
                col(LoginFailure.occurred_at) > since,
            )
        )
    ).one()
    if count >= limit:
        oldest_at = oldest if oldest.tzinfo else oldest.replace(tzinfo=UTC)
        wait = (oldest_at + THROTTLE_WINDOW - clock.now()).total_seconds()
        raise TooManyRequests(
            int(wait) + 1,
            "Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.",
        )


async def login(session: AsyncSession, username: str, password: str, address: str) -> User:
    """Check the throttle, then the password. A failure is counted and audited: those two
    rows travel on the 401 and survive the rollback (``core.unit``)."""
    key = normalise_username(username)[:254]
    address = address[:64]
    await _throttle(session, col(LoginFailure.username), key, MAX_FAILURES_PER_USERNAME)
    await _throttle(session, col(LoginFailure.address), address, MAX_FAILURES_PER_ADDRESS)
    user = (
        await session.execute(select(User).where(func.lower(col(User.email)) == key))
    ).scalar_one_or_none()
    ok = verify_password(password, user.password_hash if user else None)
    if not ok or user is None or not user.active:
        raise Unauthorized(
            LOGIN_FAILED,
            keep=[
                LoginFailure(username=key, address=address, occurred_at=clock.now()),
                audit.event(
                    session,
                    actor=None,
                    action="login_failed",
                    resource_type="user",
                    resource_id=user.id if user else None,
                    organisation_id=user.organisation_id if user else None,
                ),
            ],
        )
    audit.by(session, user_actor(user), "login", "user", user.id)
    return user


@dataclass
class IssuedCredential:
    secret: str
    csrf: str | None
    credential: Credential


async def issue_credential(
    session: AsyncSession, user: User, kind: str, settings: Settings
) -> IssuedCredential:
    now = clock.now()
    secret = new_secret()
    csrf = new_secret() if kind == "session" else None
    lifetime = (
        timedelta(minutes=settings.token_lifetime_minutes) if kind == "token" else SESSION_LIFETIME
    )
    credential = Credential(
        user_id=user.id,
        kind=kind,
        secret_hash=secret_hash(secret),
        csrf_hash=secret_hash(csrf) if csrf else None,
        created_at=now,
        expires_at=now + lifetime,
        last_used_at=now,
    )
    session.add(credential)
    await session.flush()
    return IssuedCredential(secret=secret, csrf=csrf, credential=credential)


async def revoke_credential(session: AsyncSession, actor: Actor) -> None:
    if actor.credential_id is None:
        raise Forbidden("Met een API-sleutel is er niets om uit te loggen.")
    await session.execute(
        update(Credential)
        .where(col(Credential.id) == actor.credential_id)
        .values(revoked_at=clock.now())
    )
    audit.by(session, actor, "logout", "user", actor.id)


def user_actor(user: User, team_ids: frozenset[uuid.UUID] = frozenset()) -> Actor:
    return Actor(
        kind="user",
        id=user.id,
        organisation_id=user.organisation_id,
        roles=frozenset(user.roles),
        team_ids=team_ids,
        is_superuser=user.is_superuser,
    )


# --------------------------------------------------------------------------- every request

SETTINGS_COLUMNS: tuple[Any, ...] = tuple(
    col(getattr(OrganisationSettings, name)).label(f"settings_{name}")
    for name in ("organisation_id", *SETTINGS_FIELDS, "version")
)


def _remember_settings(session: AsyncSession, row: Row[Any]) -> None:
    """The organisation's settings came with the credential: keep them for the rules."""
    values = {
        name: getattr(row, f"settings_{name}")
        for name in ("organisation_id", *SETTINGS_FIELDS, "version")
    }
    if values["organisation_id"] is not None:
        remember_settings(session, SettingsRead.model_validate(values))


_CREDENTIAL: Any = (
    select(
        col(Credential.id),
        col(Credential.revoked_at),
        col(Credential.expires_at),
        col(Credential.last_used_at),
        col(Credential.csrf_hash),
        col(User.id).label("user_id"),
        col(User.organisation_id),
        col(User.roles),
        col(User.is_superuser),
        col(User.active),
        col(Membership.team_id),
        *SETTINGS_COLUMNS,
    )
    .join(User, col(User.id) == col(Credential.user_id))
    .outerjoin(Membership, col(Membership.user_id) == col(User.id))
    .outerjoin(
        OrganisationSettings,
        col(OrganisationSettings.organisation_id) == col(User.organisation_id),
    )
)
_CREDENTIAL = _CREDENTIAL.where(
    col(Credential.secret_hash) == bindparam("secret_hash"),
    col(Credential.kind) == bindparam("kind"),
)
_API_CLIENT = (
    select(ApiClient, *SETTINGS_COLUMNS)
    .outerjoin(
        OrganisationSettings,
        col(OrganisationSettings.organisation_id) == col(ApiClient.organisation_id),
    )
    .where(col(ApiClient.key_hash) == bindparam("key_hash"))
)


async def authenticate(
    session: AsyncSession,
    headers: Mapping[str, str],
    cookies: Mapping[str, str],
    method: str,
    settings: Settings,
) -> Actor | None:
    """Resolve the caller, or None when no credentials were sent.

    Authorization and X-API-Key win over the cookie; both at once are ambiguous (401);
    invalid credentials → 401; a cookie-authenticated unsafe request without its CSRF
    token → 403.
    """
    api_key = headers.get("x-api-key")
    authorization = headers.get("authorization")
    if api_key is not None and authorization is not None:
        raise Unauthorized("Stuur óf een token óf een API-sleutel, niet allebei.")
    if api_key is not None:
        found = (await session.execute(_API_CLIENT, {"key_hash": secret_hash(api_key)})).first()
        if found is None or not found[0].active:
            raise Unauthorized("Deze API-sleutel is onbekend of ingetrokken.")
        client: ApiClient = found[0]
        _remember_settings(session, found)
        return Actor(
            kind="api_client",
            id=client.id,
            organisation_id=client.organisation_id,
            api_scopes=frozenset(client.scopes),
        )
    if authorization is not None:
        scheme, _, token = authorization.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise Unauthorized()
        return await _credential_actor(session, token.strip(), "token", settings, None)
    cookie = cookies.get(SESSION_COOKIE)
    if cookie is None:
        return None
    csrf = headers.get("x-csrf-token", "") if method in UNSAFE else None
    return await _credential_actor(session, cookie, "session", settings, csrf)


async def _credential_actor(
    session: AsyncSession, secret: str, kind: str, settings: Settings, csrf: str | None
) -> Actor:
    now = clock.now()
    # This runs on every request: a statement built once, on the connection (no ORM step).
    connection = await session.connection()
    result = await connection.execute(
        _CREDENTIAL, {"secret_hash": secret_hash(secret), "kind": kind}
    )
    rows = result.all()
    if not rows:
        raise Unauthorized()
    first = rows[0]
    idle_limit = timedelta(minutes=settings.session_idle_minutes)
    if (
        first.revoked_at is not None
        or first.expires_at <= now
        or not first.active
        or (kind == "session" and first.last_used_at + idle_limit <= now)
    ):
        raise Unauthorized("Uw sessie is verlopen. Log opnieuw in.")
    if csrf is not None and (
        not csrf or first.csrf_hash is None or not same(secret_hash(csrf), first.csrf_hash)
    ):
        raise Forbidden("Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.")
    _remember_settings(session, first)
    if kind == "session" and now - first.last_used_at > SESSION_TOUCH_INTERVAL:
        await session.execute(
            update(Credential).where(col(Credential.id) == first.id).values(last_used_at=now)
        )
    return Actor(
        kind="user",
        id=first.user_id,
        organisation_id=first.organisation_id,
        roles=frozenset(first.roles),
        team_ids=frozenset(r.team_id for r in rows if r.team_id is not None),
        is_superuser=first.is_superuser,
        credential_id=first.id,
    )
