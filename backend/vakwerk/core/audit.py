"""The append-only audit trail: written in the same unit of work as what it records.

Writes record their changes (old and new values with wire names; free text and
secrets only as "gewijzigd"). Reads of personal data record one event per resource
and request (``read``), a list read one event with its filters (``list_read``). The
trail is read back with ``list_events`` (newest first, by cursor).
"""

from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache
from typing import Any, Protocol

from pydantic.alias_generators import to_camel
from sqlalchemy import JSON, CheckConstraint, Column, Index, Select, and_, bindparam, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel

from vakwerk.core import clock
from vakwerk.core.db import UTCDateTime, new_id
from vakwerk.core.errors import InvalidInput
from vakwerk.core.pagination import Shapes, mappings
from vakwerk.core.unit import READS_KEY, REASON_KEY

ACTOR_TYPES = ("user", "api_client", "anonymous")
CHANGED = "gewijzigd"


class AuditEvent(SQLModel, table=True):
    __tablename__ = "audit_events"
    __table_args__ = (
        CheckConstraint("actor_type IN ('user', 'api_client', 'anonymous')", name="actor_type"),
        Index("ix_audit_events_org_time", "organisation_id", "occurred_at", "id"),
        Index("ix_audit_events_resource", "resource_type", "resource_id"),
        Index("ix_audit_events_actor", "actor_id", "occurred_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    occurred_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    organisation_id: uuid.UUID | None = Field(default=None)
    actor_type: str = Field(max_length=20)
    actor_id: uuid.UUID | None = None
    action: str = Field(max_length=40)
    resource_type: str = Field(max_length=40)
    resource_id: uuid.UUID | None = None
    changes: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    reason: str | None = Field(default=None, max_length=500)


def diff(
    old: dict[str, Any] | None,
    new: dict[str, Any] | None,
    *,
    opaque: frozenset[str] = frozenset(),
) -> dict[str, Any]:
    """Changed fields as {field: {old, new}}; free text and secrets only as 'changed'."""
    old = old or {}
    new = new or {}
    changes: dict[str, Any] = {}
    keys = sorted(new) if not old else sorted(old.keys() | new.keys())
    for key in keys:
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        name = _wire(key)  # the wire names, as everywhere else
        if key in opaque:
            changes[name] = CHANGED
        else:
            changes[name] = {"old": _plain(before), "new": _plain(after)}
    return changes


_wire = lru_cache(maxsize=1024)(to_camel)  # a handful of names, converted thousands of times
_AS_IS = frozenset({str, int, float, bool, type(None)})


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _AS_IS:  # most values: no work
        return value
    if kind is uuid.UUID:
        return str(value)
    if kind is date or kind is datetime:
        return value.isoformat()
    if isinstance(value, uuid.UUID):
        return str(value)
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


class Who(Protocol):
    """Whoever caused the event (an Actor; ``None`` fields for an anonymous caller)."""

    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def organisation_id(self) -> uuid.UUID | None: ...


def event(
    session: AsyncSession,
    *,
    actor: Who | None,
    action: str,
    resource_type: str,
    resource_id: uuid.UUID | None = None,
    organisation_id: uuid.UUID | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event, not yet added: for ``ApiError.keep`` as much as for the session."""
    return AuditEvent(
        occurred_at=clock.now(),
        organisation_id=organisation_id
        if organisation_id is not None
        else (actor.organisation_id if actor else None),
        actor_type=actor.kind if actor else "anonymous",
        actor_id=actor.id if actor else None,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        changes=_plain(changes) if changes else None,
        reason=session.info.get(REASON_KEY),
    )


def event_row(
    session: AsyncSession,
    *,
    actor: Who,
    action: str,
    resource_type: str,
    resource_id: uuid.UUID | None,
    changes: dict[str, Any] | None,
    event_id: uuid.UUID | None = None,
) -> dict[str, Any]:
    """An event as a plain row for a bulk insert (the caseload import writes thousands);
    ``changes`` as ``diff`` makes them (plain values already)."""
    return {
        "id": event_id or new_id(),
        "occurred_at": clock.now(),
        "organisation_id": actor.organisation_id,
        "actor_type": actor.kind,
        "actor_id": actor.id,
        "action": action,
        "resource_type": resource_type,
        "resource_id": resource_id,
        "changes": changes or None,
        "reason": session.info.get(REASON_KEY),
    }


def by(
    session: AsyncSession,
    actor: Who,
    action: str,
    resource_type: str,
    resource_id: uuid.UUID | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """Record an event caused by this actor, in the actor's organisation."""
    found = event(
        session,
        actor=actor,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        changes=changes,
    )
    session.add(found)
    return found


def read(
    session: AsyncSession,
    actor: Who,
    resource_type: str,
    resource_id: uuid.UUID,
    part: str | None = None,
) -> None:
    """One read event per resource and request, however often the request looks at it."""
    seen: set[tuple[str, uuid.UUID]] = session.info.setdefault(READS_KEY, set())
    if (resource_type, resource_id) in seen:
        return
    seen.add((resource_type, resource_id))
    by(session, actor, "read", resource_type, resource_id, {"part": part} if part else None)


def list_read(session: AsyncSession, actor: Who, resource_type: str, filters: object) -> None:
    """A list read is one event with its filters (the caller leaves out any search text)."""
    used = {to_camel(k): v for k, v in vars(filters).items() if v is not None}
    by(session, actor, "list", resource_type, None, {"filters": used})


# --------------------------------------------------------------------------- the listing


@dataclass
class AuditFilter:
    actor_type: str | None = None
    actor_id: uuid.UUID | None = None
    action: str | None = None
    resource_type: str | None = None
    resource_id: uuid.UUID | None = None
    occurred_from: datetime | None = None
    occurred_to: datetime | None = None


COLUMNS = (
    "id",
    "occurred_at",
    "actor_type",
    "actor_id",
    "action",
    "resource_type",
    "resource_id",
    "organisation_id",
    "changes",
    "reason",
)
EQUALS = ("actor_type", "actor_id", "action", "resource_type", "resource_id")


def _listing(present: frozenset[str]) -> Select[*tuple[Any, ...]]:
    table = AuditEvent.__table__  # type: ignore[attr-defined]
    c = table.c
    query = select(*(c[name] for name in COLUMNS)).where(
        c.organisation_id == bindparam("organisation_id")
    )
    for name in EQUALS:
        if name in present:
            query = query.where(c[name] == bindparam(name))
    if "occurred_from" in present:
        query = query.where(c.occurred_at >= bindparam("occurred_from"))
    if "occurred_to" in present:
        query = query.where(c.occurred_at < bindparam("occurred_to"))
    if "cursor" in present:
        at: Any = bindparam("cursor_at", type_=c.occurred_at.type)
        last: Any = bindparam("cursor_id", type_=c.id.type)
        query = query.where(or_(c.occurred_at < at, and_(c.occurred_at == at, c.id < last)))
    return query.order_by(c.occurred_at.desc(), c.id.desc()).limit(bindparam("limit"))


LISTING = Shapes(_listing)


def encode_cursor(occurred_at: datetime, event_id: uuid.UUID) -> str:
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


async def list_events(
    session: AsyncSession,
    organisation_id: uuid.UUID,
    filters: AuditFilter,
    limit: int,
    cursor: str | None,
) -> tuple[list[dict[str, Any]], str | None]:
    """One page of an organisation's trail, newest first, and the cursor of the next."""
    values: dict[str, Any] = {
        name: value for name, value in vars(filters).items() if value is not None
    }
    if cursor:
        values["cursor_at"], values["cursor_id"] = decode_cursor(cursor)
    query = LISTING([*values, *(["cursor"] if cursor else [])])
    values |= {"organisation_id": organisation_id, "limit": limit + 1}
    connection = await session.connection()
    rows = mappings(await connection.execute(query, values))
    items = rows[:limit]
    following = (
        encode_cursor(items[-1]["occurred_at"], items[-1]["id"]) if len(rows) > limit else None
    )
    return items, following
