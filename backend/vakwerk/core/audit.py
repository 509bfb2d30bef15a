"""The append-only audit trail: written in the same transaction as the work."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, Protocol

from pydantic.alias_generators import to_camel
from sqlalchemy import JSON, CheckConstraint, Column, Index
from sqlmodel import Field, Session, SQLModel

from vakwerk.core import clock
from vakwerk.core.db import UTCDateTime, new_id

ACTOR_TYPES = ("user", "api_client", "anonymous")
CHANGED = "gewijzigd"

# The session carries the request's X-Audit-Toelichting under this key.
REASON_KEY = "audit_reason"


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
    for key in sorted(set(old) | set(new)):
        before, after = old.get(key), new.get(key)
        if before == after:
            continue
        name = to_camel(key)  # the wire names, as everywhere else
        if key in opaque:
            changes[name] = CHANGED
        else:
            changes[name] = {"old": _plain(before), "new": _plain(after)}
    return changes


def _plain(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def record(
    session: Session,
    *,
    actor_type: str,
    actor_id: uuid.UUID | None,
    organisation_id: uuid.UUID | None,
    action: str,
    resource_type: str,
    resource_id: uuid.UUID | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    event = AuditEvent(
        occurred_at=clock.now(),
        organisation_id=organisation_id,
        actor_type=actor_type,
        actor_id=actor_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        changes=_plain(changes) if changes else None,
        reason=session.info.get(REASON_KEY),
    )
    session.add(event)
    return event


class _Actor(Protocol):
    @property
    def kind(self) -> str: ...
    @property
    def id(self) -> uuid.UUID: ...
    @property
    def organisation_id(self) -> uuid.UUID | None: ...


def by(
    session: Session,
    actor: _Actor,
    action: str,
    resource_type: str,
    resource_id: uuid.UUID | None = None,
    changes: dict[str, Any] | None = None,
) -> AuditEvent:
    """An event caused by this actor, in the actor's organisation."""
    return record(
        session,
        actor_type=actor.kind,
        actor_id=actor.id,
        organisation_id=actor.organisation_id,
        action=action,
        resource_type=resource_type,
        resource_id=resource_id,
        changes=changes,
    )


def list_read(session: Session, actor: _Actor, resource_type: str, filters: object) -> AuditEvent:
    """A list read is one event with its filters (the caller leaves out any search text)."""
    used = {k: v for k, v in vars(filters).items() if v is not None}
    return by(session, actor, "list", resource_type, None, {"filters": used})
