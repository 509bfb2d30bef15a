"""The rules for organisations, teams, users, credentials and API clients.

Plain functions taking a session and a grant; they flush, never commit (except
where a refused login must be remembered although the request fails).
"""

from __future__ import annotations

import base64
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, or_, select, update
from sqlmodel import Session, col

from vakwerk.core import audit, clock
from vakwerk.core.audit import AuditEvent
from vakwerk.core.config import Settings
from vakwerk.core.errors import (
    Conflict,
    Forbidden,
    InvalidInput,
    InvalidParam,
    NotFound,
    TooManyRequests,
    Unauthorized,
)
from vakwerk.core.hooks import setting_checks
from vakwerk.core.http import check_version
from vakwerk.core.pagination import page
from vakwerk.core.policy import Actor, Grant, Scope
from vakwerk.core.security import hash_password, new_secret, same, secret_hash, verify_password
from vakwerk.people.models import (
    Absence,
    ApiClient,
    Credential,
    LoginFailure,
    Membership,
    Organisation,
    OrganisationSettings,
    Team,
    User,
)
from vakwerk.people.schemas import (
    AbsenceCreate,
    ApiClientCreate,
    MemberWrite,
    SettingsUpdate,
    TeamCreate,
    TeamUpdate,
    UserCreate,
    UserUpdate,
)

THROTTLE_WINDOW = timedelta(minutes=15)
MAX_FAILURES_PER_USERNAME = 5
MAX_FAILURES_PER_ADDRESS = 20
SESSION_TOUCH_INTERVAL = timedelta(minutes=1)
LOGIN_FAILED = "E-mailadres of wachtwoord onjuist."
SESSION_COOKIE = "vakwerk_session"


def _audit(
    session: Session,
    actor: Actor | None,
    action: str,
    resource_type: str,
    resource_id: uuid.UUID | None,
    organisation_id: uuid.UUID | None,
    changes: dict[str, Any] | None = None,
) -> None:
    audit.record(
        session,
        actor_type=actor.kind if actor else "anonymous",
        actor_id=actor.id if actor else None,
        organisation_id=organisation_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        changes=changes,
    )


def _fields(record: Any, names: Sequence[str]) -> dict[str, Any]:
    return {name: getattr(record, name) for name in names}


# --------------------------------------------------------------------------- login


def normalise_username(username: str) -> str:
    return username.strip().lower()


def _throttle(session: Session, column: Any, value: str, limit: int) -> None:
    since = clock.now() - THROTTLE_WINDOW
    count, oldest = session.execute(
        select(func.count(), func.min(col(LoginFailure.occurred_at))).where(
            column == value,
            col(LoginFailure.occurred_at) > since,
        )
    ).one()
    if count >= limit:
        oldest_at = oldest if oldest.tzinfo else oldest.replace(tzinfo=UTC)
        wait = (oldest_at + THROTTLE_WINDOW - clock.now()).total_seconds()
        raise TooManyRequests(
            int(wait) + 1,
            "Te veel mislukte inlogpogingen. Wacht even en probeer het dan opnieuw.",
        )


def login(session: Session, username: str, password: str, address: str) -> User:
    """Check the throttle, then the password; a failure is counted and audited."""
    key = normalise_username(username)[:254]
    address = address[:64]
    _throttle(session, col(LoginFailure.username), key, MAX_FAILURES_PER_USERNAME)
    _throttle(session, col(LoginFailure.address), address, MAX_FAILURES_PER_ADDRESS)
    user = session.execute(
        select(User).where(func.lower(col(User.email)) == key)
    ).scalar_one_or_none()
    ok = verify_password(password, user.password_hash if user else None)
    if not ok or user is None or not user.active:
        session.add(LoginFailure(username=key, address=address, occurred_at=clock.now()))
        _audit(
            session,
            None,
            "login_failed",
            "user",
            user.id if user else None,
            user.organisation_id if user else None,
        )
        # The request fails, but the failure must be remembered: commit it now.
        session.commit()
        raise Unauthorized(LOGIN_FAILED)
    _audit(session, _user_actor(user, frozenset()), "login", "user", user.id, user.organisation_id)
    return user


@dataclass
class IssuedCredential:
    secret: str
    csrf: str | None
    credential: Credential


def issue_credential(
    session: Session, user: User, kind: str, settings: Settings
) -> IssuedCredential:
    now = clock.now()
    secret = new_secret()
    csrf = new_secret() if kind == "session" else None
    lifetime = (
        timedelta(minutes=settings.token_lifetime_minutes)
        if kind == "token"
        else timedelta(hours=12)
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
    session.flush()
    return IssuedCredential(secret=secret, csrf=csrf, credential=credential)


def revoke_credential(session: Session, actor: Actor) -> None:
    if actor.credential_id is None:
        raise Forbidden("Met een API-sleutel is er niets om uit te loggen.")
    session.execute(
        update(Credential)
        .where(col(Credential.id) == actor.credential_id)
        .values(revoked_at=clock.now())
    )
    _audit(session, actor, "logout", "user", actor.id, actor.organisation_id)


def _user_actor(
    user: User, team_ids: frozenset[uuid.UUID], credential_id: uuid.UUID | None = None
) -> Actor:
    return Actor(
        kind="user",
        id=user.id,
        organisation_id=user.organisation_id,
        roles=frozenset(user.roles),
        team_ids=team_ids,
        is_superuser=user.is_superuser,
        credential_id=credential_id,
    )


UNSAFE = frozenset({"POST", "PUT", "PATCH", "DELETE"})


def authenticate(
    session: Session,
    headers: Mapping[str, str],
    cookies: Mapping[str, str],
    method: str,
    settings: Settings,
) -> Actor | None:
    """Resolve the caller, or None when no credentials were sent.

    Authorization and X-API-Key win over the cookie; invalid credentials → 401;
    a cookie-authenticated unsafe request without its CSRF token → 403.
    """
    api_key = headers.get("x-api-key")
    authorization = headers.get("authorization")
    now = clock.now()
    if api_key is not None and authorization is not None:
        # Two kinds of credentials at once are ambiguous: refuse rather than pick one.
        raise Unauthorized("Stuur óf een token óf een API-sleutel, niet allebei.")
    if api_key is not None:
        client = session.execute(
            select(ApiClient).where(col(ApiClient.key_hash) == secret_hash(api_key))
        ).scalar_one_or_none()
        if client is None or not client.active:
            raise Unauthorized("Deze API-sleutel is onbekend of ingetrokken.")
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
        return _credential_actor(session, token.strip(), "token", now, settings)
    cookie = cookies.get(SESSION_COOKIE)
    if cookie is None:
        return None
    actor = _credential_actor(session, cookie, "session", now, settings)
    if method in UNSAFE:
        sent = headers.get("x-csrf-token", "")
        stored = session.execute(
            select(col(Credential.csrf_hash)).where(col(Credential.id) == actor.credential_id)
        ).scalar_one()
        if not sent or stored is None or not same(secret_hash(sent), stored):
            raise Forbidden("Het CSRF-token ontbreekt of klopt niet. Laad de pagina opnieuw.")
    return actor


def _credential_actor(
    session: Session, secret: str, kind: str, now: datetime, settings: Settings
) -> Actor:
    """One query: the credential, its user and the user's teams (this runs on every request)."""
    rows = session.execute(
        select(
            col(Credential.id),
            col(Credential.revoked_at),
            col(Credential.expires_at),
            col(Credential.last_used_at),
            col(User.id).label("user_id"),
            col(User.organisation_id),
            col(User.roles),
            col(User.is_superuser),
            col(User.active),
            col(Membership.team_id),
        )
        .join(User, col(User.id) == col(Credential.user_id))
        .outerjoin(Membership, col(Membership.user_id) == col(User.id))
        .where(col(Credential.secret_hash) == secret_hash(secret), col(Credential.kind) == kind)
    ).all()
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
    if kind == "session" and now - first.last_used_at > SESSION_TOUCH_INTERVAL:
        session.execute(
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


# --------------------------------------------------------------------------- organisations

SETTINGS_FIELDS = (
    "current_tree_version_id",
    "arguments_required",
    "argument_min_chars",
    "argument_min_words",
    "case_deadline_days_before",
    "case_deadline_hour",
    "art9a_max_years",
    "small_group_threshold",
)


def create_organisation(session: Session, grant: Grant, name: str) -> Organisation:
    org = Organisation(name=name, created_at=clock.now())
    session.add(org)
    session.flush()
    session.add(OrganisationSettings(organisation_id=org.id))
    _audit(
        session,
        grant.actor,
        "create",
        "organisation",
        org.id,
        org.id,
        {"name": {"old": None, "new": name}},
    )
    session.flush()
    return org


def list_organisations(
    session: Session, grant: Grant, limit: int, offset: int
) -> tuple[list[Organisation], int]:
    query = select(Organisation)
    if not grant.actor.is_superuser:
        query = query.where(col(Organisation.id) == grant.actor.organisation_id)
    rows, total = page(
        session,
        query,
        (
            col(Organisation.name),
            col(Organisation.id),
        ),
        limit,
        offset,
    )
    return rows, total


def get_organisation(session: Session, grant: Grant, organisation_id: uuid.UUID) -> Organisation:
    org = session.get(Organisation, organisation_id)
    if org is None or (not grant.actor.is_superuser and org.id != grant.actor.organisation_id):
        raise NotFound()
    return org


def get_settings(
    session: Session, grant: Grant, organisation_id: uuid.UUID
) -> OrganisationSettings:
    if organisation_id != grant.actor.organisation_id:
        raise NotFound()
    found = session.get(OrganisationSettings, organisation_id)
    if found is None:
        raise NotFound()
    return found


def update_settings(
    session: Session,
    grant: Grant,
    organisation_id: uuid.UUID,
    data: SettingsUpdate,
    if_match: str | None,
) -> OrganisationSettings:
    current = get_settings(session, grant, organisation_id)
    check_version(if_match, current.version)
    before = _fields(current, SETTINGS_FIELDS)
    for name, value in data.model_dump(exclude_unset=True).items():
        if value is None:
            raise InvalidInput.one(_camel(name), "required", "Dit veld mag niet leeg zijn.")
        check = setting_checks.get(name)
        if check is not None and not check(session, organisation_id, value):
            raise InvalidInput.one(
                _camel(name), "not_found", "Deze waarde bestaat niet in uw organisatie."
            )
        setattr(current, name, value)
    changes = audit.diff(before, _fields(current, SETTINGS_FIELDS))
    if changes:
        current.version += 1
        _audit(
            session,
            grant.actor,
            "update",
            "organisation_settings",
            organisation_id,
            organisation_id,
            changes,
        )
    session.add(current)
    session.flush()
    return current


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


# --------------------------------------------------------------------------- teams


def list_teams(
    session: Session, grant: Grant, limit: int, offset: int, kind: str | None = None
) -> tuple[list[Team], int]:
    query = select(Team).where(col(Team.organisation_id) == grant.organisation_id())
    if kind:
        query = query.where(col(Team.kind) == kind)
    rows, total = page(
        session,
        query,
        (
            col(Team.name),
            col(Team.id),
        ),
        limit,
        offset,
    )
    return rows, total


def require_team_filter(session: Session, grant: Grant, team_id: uuid.UUID | None) -> None:
    """A teamId filter names a team the grant may list: the actor's own teams under scope
    team, any team of the organisation under org or referred (400 not_found otherwise)."""
    if team_id is None:
        return
    team = session.get(Team, team_id)
    allowed = (
        team is not None
        and team.organisation_id == grant.actor.organisation_id
        and (grant.org_wide or Scope.REFERRED in grant.scopes or team_id in grant.actor.team_ids)
    )
    if not allowed:
        raise InvalidInput.one(
            "teamId", "not_found", "Dit team bestaat niet of valt buiten uw teams."
        )


def get_team(session: Session, grant: Grant, team_id: uuid.UUID) -> Team:
    team = session.get(Team, team_id)
    if team is None or team.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return team


def _team_name_free(
    session: Session, organisation_id: uuid.UUID, name: str, except_id: uuid.UUID | None = None
) -> None:
    query = select(col(Team.id)).where(
        col(Team.organisation_id) == organisation_id,
        func.lower(col(Team.name)) == name.lower(),
    )
    if except_id:
        query = query.where(col(Team.id) != except_id)
    if session.execute(query).first():
        raise Conflict(
            "Er is al een team met deze naam in de organisatie.",
            extra={
                "invalidParams": [
                    {
                        "name": "name",
                        "code": "duplicate",
                        "reason": "Er is al een team met deze naam.",
                    }
                ]
            },
        )


def create_team(session: Session, grant: Grant, data: TeamCreate) -> Team:
    org_id = grant.organisation_id()
    _team_name_free(session, org_id, data.name)
    team = Team(organisation_id=org_id, name=data.name, kind=data.kind, created_at=clock.now())
    session.add(team)
    session.flush()
    _audit(
        session,
        grant.actor,
        "create",
        "team",
        team.id,
        org_id,
        audit.diff(None, {"name": team.name, "kind": team.kind}),
    )
    return team


def update_team(
    session: Session, grant: Grant, team_id: uuid.UUID, data: TeamUpdate, if_match: str | None
) -> Team:
    team = get_team(session, grant, team_id)
    check_version(if_match, team.version)
    before = _fields(team, ("name", "kind"))
    values = data.model_dump(exclude_unset=True)
    if "name" in values and values["name"] is not None:
        _team_name_free(session, team.organisation_id, values["name"], team.id)
    for name, value in values.items():
        if value is None:
            raise InvalidInput.one(name, "required", "Dit veld mag niet leeg zijn.")
        setattr(team, name, value)
    changes = audit.diff(before, _fields(team, ("name", "kind")))
    if changes:
        team.version += 1
        _audit(session, grant.actor, "update", "team", team.id, team.organisation_id, changes)
    session.add(team)
    session.flush()
    return team


def list_members(
    session: Session, grant: Grant, team_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    team = get_team(session, grant, team_id)
    base = (
        select(
            col(Membership.team_id),
            col(Membership.user_id),
            col(User.display_name),
            col(Membership.working_days),
        )
        .join(User, col(User.id) == col(Membership.user_id))
        .where(col(Membership.team_id) == team.id)
    )
    total = session.execute(
        select(func.count()).where(col(Membership.team_id) == team.id)
    ).scalar_one()
    rows = (
        session.execute(
            base.order_by(col(User.display_name), col(User.id)).limit(limit).offset(offset)
        )
        .mappings()
        .all()
    )
    return [dict(row) for row in rows], total


def put_member(
    session: Session, grant: Grant, team_id: uuid.UUID, user_id: uuid.UUID, data: MemberWrite
) -> tuple[dict[str, Any], bool]:
    """Add a membership (beheerder) or record working days (own / team / org)."""
    team = get_team(session, grant, team_id)
    user = session.get(User, user_id)
    if user is None or user.organisation_id != team.organisation_id:
        raise NotFound()
    membership = session.get(Membership, (team_id, user_id))
    if membership is None:
        if not grant.org_wide:
            raise Forbidden("Alleen de beheerder voegt leden aan een team toe.")
        membership = Membership(
            team_id=team_id, user_id=user_id, working_days=data.working_days, created_at=clock.now()
        )
        session.add(membership)
        _audit(
            session,
            grant.actor,
            "create",
            "membership",
            user_id,
            team.organisation_id,
            {"teamId": str(team_id), "workingDays": {"old": None, "new": data.working_days}},
        )
        created = True
    else:
        _require_availability_scope(grant, user_id, team_id)
        before = list(membership.working_days)
        membership.working_days = data.working_days
        session.add(membership)
        changes = audit.diff({"workingDays": before}, {"workingDays": data.working_days})
        if changes:
            changes["teamId"] = str(team_id)
            _audit(
                session, grant.actor, "update", "membership", user_id, team.organisation_id, changes
            )
        created = False
    session.flush()
    return {
        "team_id": team_id,
        "user_id": user_id,
        "display_name": user.display_name,
        "working_days": membership.working_days,
    }, created


def _require_availability_scope(
    grant: Grant, user_id: uuid.UUID, team_id: uuid.UUID | None
) -> None:
    if grant.org_wide:
        return
    if Scope.TEAM in grant.scopes and (team_id is not None and team_id in grant.actor.team_ids):
        return
    if Scope.OWN in grant.scopes and user_id == grant.actor.id:
        return
    raise Forbidden("U mag alleen uw eigen werkdagen en afwezigheid vastleggen.")


def remove_member(session: Session, grant: Grant, team_id: uuid.UUID, user_id: uuid.UUID) -> None:
    team = get_team(session, grant, team_id)
    membership = session.get(Membership, (team_id, user_id))
    if membership is None:
        raise NotFound()
    session.delete(membership)
    _audit(
        session,
        grant.actor,
        "delete",
        "membership",
        user_id,
        team.organisation_id,
        {"teamId": str(team_id)},
    )
    session.flush()


# --------------------------------------------------------------------------- users

USER_FIELDS = ("email", "display_name", "roles", "active")


def user_team_ids(
    session: Session, user_ids: Sequence[uuid.UUID]
) -> dict[uuid.UUID, list[uuid.UUID]]:
    result: dict[uuid.UUID, list[uuid.UUID]] = {uid: [] for uid in user_ids}
    if not user_ids:
        return result
    rows = session.execute(
        select(col(Membership.user_id), col(Membership.team_id)).where(
            col(Membership.user_id).in_(user_ids)
        )
    ).all()
    for uid, tid in rows:
        result[uid].append(tid)
    return result


def list_users(
    session: Session,
    grant: Grant,
    limit: int,
    offset: int,
    team_id: uuid.UUID | None,
    role: str | None,
    active: bool | None,
) -> tuple[list[User], int]:
    org_id = grant.organisation_id()
    query = select(User).where(col(User.organisation_id) == org_id)
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.organisation_id != org_id:
            raise InvalidInput.one(
                "teamId", "not_found", "Dit team bestaat niet in uw organisatie."
            )
        query = query.where(
            col(User.id).in_(
                select(col(Membership.user_id)).where(col(Membership.team_id) == team_id)
            )
        )
    if active is not None:
        query = query.where(col(User.active) == active)
    if role is not None:
        # roles is a short JSON list; a quoted match avoids a dialect-specific JSON operator.
        from sqlalchemy import String, cast

        query = query.where(cast(col(User.roles), String).like(f'%"{role}"%'))
    rows, total = page(
        session,
        query,
        (
            col(User.display_name),
            col(User.id),
        ),
        limit,
        offset,
    )
    return rows, total


def get_user(session: Session, grant: Grant, user_id: uuid.UUID) -> User:
    user = session.get(User, user_id)
    if user is None or user.organisation_id != grant.actor.organisation_id or user.is_superuser:
        raise NotFound()
    return user


def _email_free(session: Session, email: str, except_id: uuid.UUID | None = None) -> None:
    query = select(col(User.id)).where(func.lower(col(User.email)) == email.lower())
    if except_id:
        query = query.where(col(User.id) != except_id)
    if session.execute(query).first():
        raise Conflict(
            "Dit e-mailadres is al in gebruik.",
            extra={
                "invalidParams": [
                    {
                        "name": "email",
                        "code": "duplicate",
                        "reason": "Dit e-mailadres is al in gebruik.",
                    }
                ]
            },
        )


def create_user(session: Session, grant: Grant, data: UserCreate) -> User:
    actor = grant.actor
    if actor.is_superuser:
        if data.organisation_id is None:
            raise InvalidInput.one(
                "organisationId",
                "required",
                "Geef de organisatie waarvoor u een beheerder aanmaakt.",
            )
        if session.get(Organisation, data.organisation_id) is None:
            raise InvalidInput.one("organisationId", "not_found", "Deze organisatie bestaat niet.")
        if data.roles != ["beheerder"]:
            raise Forbidden("De platformbeheerder maakt alleen beheerders van een organisatie aan.")
        org_id = data.organisation_id
    else:
        org_id = grant.organisation_id()
        if data.organisation_id is not None and data.organisation_id != org_id:
            raise InvalidInput.one(
                "organisationId",
                "not_found",
                "U maakt gebruikers alleen in uw eigen organisatie aan.",
            )
    _email_free(session, data.email)
    user = User(
        organisation_id=org_id,
        email=data.email,
        display_name=data.display_name,
        password_hash=hash_password(data.password),
        roles=list(data.roles),
        active=data.active,
        created_at=clock.now(),
    )
    session.add(user)
    session.flush()
    changes = audit.diff(None, _fields(user, USER_FIELDS), opaque=frozenset())
    changes["password"] = audit.CHANGED
    _audit(session, actor, "create", "user", user.id, org_id, changes)
    return user


def update_user(
    session: Session, grant: Grant, user_id: uuid.UUID, data: UserUpdate, if_match: str | None
) -> User:
    user = get_user(session, grant, user_id)
    check_version(if_match, user.version)
    values = data.model_dump(exclude_unset=True)
    nulls = [
        InvalidParam(_camel(k), "required", "Dit veld mag niet leeg zijn.")
        for k, v in values.items()
        if v is None
    ]
    if nulls:
        raise InvalidInput(nulls)
    if "email" in values:
        _email_free(session, values["email"], user.id)
    if user.id == grant.actor.id and (
        values.get("active") is False or ("roles" in values and "beheerder" not in values["roles"])
    ):
        raise Conflict("U kunt uzelf niet deactiveren of uw eigen beheerdersrol afnemen.")
    before = _fields(user, USER_FIELDS)
    for name in USER_FIELDS:
        if name in values:
            setattr(user, name, values[name])
    changes = audit.diff(before, _fields(user, USER_FIELDS), opaque=frozenset())
    if "password" in values:
        user.password_hash = hash_password(values["password"])
        changes["password"] = audit.CHANGED
    if changes:
        user.version += 1
        _audit(session, grant.actor, "update", "user", user.id, user.organisation_id, changes)
    if values.get("active") is False or "password" in values:
        # Deactivation (and a new password) ends every token and session at once.
        session.execute(
            update(Credential)
            .where(col(Credential.user_id) == user.id, col(Credential.revoked_at).is_(None))
            .values(revoked_at=clock.now())
        )
    session.add(user)
    session.flush()
    return user


def memberships_of(session: Session, user_id: uuid.UUID) -> list[dict[str, Any]]:
    rows = (
        session.execute(
            select(
                col(Membership.team_id),
                col(Membership.user_id),
                col(User.display_name),
                col(Membership.working_days),
            )
            .join(User, col(User.id) == col(Membership.user_id))
            .where(col(Membership.user_id) == user_id)
        )
        .mappings()
        .all()
    )
    return [dict(row) for row in rows]


# --------------------------------------------------------------------------- absences


def _absence_subject(session: Session, grant: Grant, user_id: uuid.UUID) -> User:
    """The user whose absences are read or written, within the grant's scope (404 outside)."""
    user = get_user(session, grant, user_id)
    if grant.org_wide or user.id == grant.actor.id:
        return user
    if Scope.TEAM in grant.scopes and _shares_team(session, grant.actor, user.id):
        return user
    raise NotFound()


def _shares_team(session: Session, actor: Actor, user_id: uuid.UUID) -> bool:
    if not actor.team_ids:
        return False
    return (
        session.execute(
            select(col(Membership.user_id)).where(
                col(Membership.user_id) == user_id,
                col(Membership.team_id).in_(actor.team_ids),
            )
        ).first()
        is not None
    )


def list_absences(
    session: Session,
    grant: Grant,
    user_id: uuid.UUID,
    limit: int,
    offset: int,
    from_date: date | None,
) -> tuple[list[dict[str, Any]], int]:
    user = _absence_subject(session, grant, user_id)
    query = select(Absence).where(col(Absence.user_id) == user.id)
    if from_date is not None:
        query = query.where(col(Absence.end_date) >= from_date)
    rows, total = page(
        session,
        query,
        (
            col(Absence.start_date),
            col(Absence.id),
        ),
        limit,
        offset,
    )
    sees_reason = user.id == grant.actor.id or grant.org_wide
    return [_absence_view(a, sees_reason) for a in rows], total


def get_absence(
    session: Session, grant: Grant, user_id: uuid.UUID, absence_id: uuid.UUID
) -> dict[str, Any]:
    user = _absence_subject(session, grant, user_id)
    absence = session.get(Absence, absence_id)
    if absence is None or absence.user_id != user.id:
        raise NotFound()
    return _absence_view(absence, user.id == grant.actor.id or grant.org_wide)


def _absence_view(absence: Absence, sees_reason: bool) -> dict[str, Any]:
    return {
        "id": absence.id,
        "user_id": absence.user_id,
        "start_date": absence.start_date,
        "end_date": absence.end_date,
        "reason": absence.reason if sees_reason else None,
    }


def _record_scope(session: Session, grant: Grant, user: User) -> None:
    if grant.org_wide or user.id == grant.actor.id:
        return
    if Scope.TEAM in grant.scopes and _shares_team(session, grant.actor, user.id):
        return
    raise Forbidden("U mag alleen uw eigen afwezigheid vastleggen.")


def create_absence(
    session: Session, grant: Grant, user_id: uuid.UUID, data: AbsenceCreate
) -> dict[str, Any]:
    user = get_user(session, grant, user_id)
    if (
        not grant.org_wide
        and user.id != grant.actor.id
        and not _shares_team(session, grant.actor, user.id)
    ):
        raise NotFound()
    _record_scope(session, grant, user)
    if data.end_date < data.start_date:
        raise InvalidInput.one("endDate", "before_start", "De einddatum ligt voor de begindatum.")
    overlap = session.execute(
        select(col(Absence.id)).where(
            col(Absence.user_id) == user.id,
            col(Absence.start_date) <= data.end_date,
            col(Absence.end_date) >= data.start_date,
        )
    ).first()
    if overlap:
        raise Conflict("Deze afwezigheid overlapt met een afwezigheid die al is vastgelegd.")
    absence = Absence(
        user_id=user.id,
        organisation_id=grant.organisation_id(),
        start_date=data.start_date,
        end_date=data.end_date,
        reason=data.reason,
        created_at=clock.now(),
    )
    session.add(absence)
    session.flush()
    changes = audit.diff(None, {"start_date": data.start_date, "end_date": data.end_date})
    if data.reason:
        changes["reason"] = audit.CHANGED
    _audit(session, grant.actor, "create", "absence", absence.id, user.organisation_id, changes)
    return _absence_view(absence, True)


def delete_absence(
    session: Session, grant: Grant, user_id: uuid.UUID, absence_id: uuid.UUID
) -> None:
    user = _absence_subject(session, grant, user_id)
    absence = session.get(Absence, absence_id)
    if absence is None or absence.user_id != user.id:
        raise NotFound()
    _record_scope(session, grant, user)
    session.delete(absence)
    _audit(
        session,
        grant.actor,
        "delete",
        "absence",
        absence.id,
        user.organisation_id,
        audit.diff({"start_date": absence.start_date, "end_date": absence.end_date}, None),
    )
    session.flush()


# --------------------------------------------------------------------------- API clients


def list_api_clients(
    session: Session, grant: Grant, limit: int, offset: int
) -> tuple[list[ApiClient], int]:
    query = select(ApiClient).where(col(ApiClient.organisation_id) == grant.organisation_id())
    rows, total = page(
        session,
        query,
        (
            col(ApiClient.created_at).desc(),
            col(ApiClient.id),
        ),
        limit,
        offset,
    )
    return rows, total


def create_api_client(
    session: Session, grant: Grant, data: ApiClientCreate
) -> tuple[ApiClient, str]:
    org_id = grant.organisation_id()
    key = new_secret("vk_")
    client = ApiClient(
        organisation_id=org_id,
        name=data.name,
        scopes=list(data.scopes),
        key_hash=secret_hash(key),
        key_prefix=key[:10],
        created_at=clock.now(),
    )
    session.add(client)
    session.flush()
    _audit(
        session,
        grant.actor,
        "create",
        "api_client",
        client.id,
        org_id,
        audit.diff(None, {"name": client.name, "scopes": client.scopes}),
    )
    return client, key


def revoke_api_client(session: Session, grant: Grant, client_id: uuid.UUID) -> None:
    client = session.get(ApiClient, client_id)
    if client is None or client.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    if client.active:
        client.active = False
        client.revoked_at = clock.now()
        session.add(client)
        _audit(
            session,
            grant.actor,
            "delete",
            "api_client",
            client.id,
            client.organisation_id,
            {"active": {"old": True, "new": False}},
        )
    session.flush()


# --------------------------------------------------------------------------- audit trail


def _encode_cursor(occurred_at: datetime, event_id: uuid.UUID) -> str:
    raw = json.dumps([occurred_at.isoformat(), str(event_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> tuple[datetime, uuid.UUID]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        at, event_id = json.loads(raw)
        parsed = datetime.fromisoformat(at)
        if parsed.tzinfo is None:
            raise ValueError
        return parsed, uuid.UUID(event_id)
    except (ValueError, TypeError, json.JSONDecodeError) as exc:
        raise InvalidInput.one(
            "cursor", "invalid_format", "Deze cursor is niet geldig; begin opnieuw zonder cursor."
        ) from exc


@dataclass
class AuditFilter:
    actor_type: str | None = None
    actor_id: uuid.UUID | None = None
    action: str | None = None
    resource_type: str | None = None
    resource_id: uuid.UUID | None = None
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None
    organisation_id: uuid.UUID | None = None


AUDIT_COLUMNS = (
    col(AuditEvent.id),
    col(AuditEvent.occurred_at),
    col(AuditEvent.actor_type),
    col(AuditEvent.actor_id),
    col(AuditEvent.action),
    col(AuditEvent.resource_type),
    col(AuditEvent.resource_id),
    col(AuditEvent.organisation_id),
    col(AuditEvent.changes),
    col(AuditEvent.reason),
)


def list_audit_events(
    session: Session, grant: Grant, filters: AuditFilter, limit: int, cursor: str | None
) -> tuple[list[dict[str, Any]], str | None]:
    org_id = grant.organisation_id()
    if filters.organisation_id is not None and filters.organisation_id != org_id:
        raise InvalidInput.one(
            "organisationId", "not_found", "U ziet alleen het auditspoor van uw eigen organisatie."
        )
    event = AuditEvent
    query = select(*AUDIT_COLUMNS).where(col(event.organisation_id) == org_id)
    for column, value in (
        (col(event.actor_type), filters.actor_type),
        (col(event.actor_id), filters.actor_id),
        (col(event.action), filters.action),
        (col(event.resource_type), filters.resource_type),
        (col(event.resource_id), filters.resource_id),
    ):
        if value is not None:
            query = query.where(column == value)
    if filters.occurred_from is not None:
        query = query.where(col(event.occurred_at) >= filters.occurred_from)
    if filters.occurred_to is not None:
        query = query.where(col(event.occurred_at) < filters.occurred_to)
    if cursor:
        at, last_id = decode_cursor(cursor)
        query = query.where(
            or_(
                col(event.occurred_at) < at,
                and_(col(event.occurred_at) == at, col(event.id) < last_id),
            )
        )
    rows = (
        session.execute(
            query.order_by(col(event.occurred_at).desc(), col(event.id).desc()).limit(limit + 1)
        )
        .mappings()
        .all()
    )
    items = [dict(row) for row in rows[:limit]]
    next_cursor = (
        _encode_cursor(items[-1]["occurred_at"], items[-1]["id"]) if len(rows) > limit else None
    )
    return items, next_cursor
