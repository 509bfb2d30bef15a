"""``Idempotency-Key`` on every POST: the same key and body replay the first reply.

docs/integration.md: a key is stored per API client or user for 24 hours; the same key with the same
request replays the first reply; the same key with another request → 409
``idempotency_key_reused``; while the first request with that key still runs → 409
``idempotency_in_progress`` with ``Retry-After``.

How (the edge calls this for a POST that carries the header, once the request passed
authentication, the policy and the edge's input checks):

1. **claim** — in a short transaction of its own, committed at once, the edge inserts
   ``(principal, key, fingerprint, running)`` with ``ON CONFLICT DO NOTHING``. The claim
   is visible to every other request before the work starts, so a parallel request with
   the key finds it: a different fingerprint → ``idempotency_key_reused``; running →
   ``idempotency_in_progress``; done → the stored reply is sent again (with
   ``Idempotent-Replayed: true``) and nothing runs.
2. **work** — the request runs as any other, its reply buffered by :class:`Recorder`.
3. **record** — a success's reply is written onto the claim *in the request's own
   transaction*, just before the edge commits it: the stored reply exists exactly when
   the work was committed. A refusal (4xx) is stored after the rollback, so the same
   request is refused the same way; a 5xx, or a commit that failed, releases the claim
   so the client may try again.

A claim left ``running`` by a crashed worker is taken over after ``STALE_AFTER``. The
fingerprint is the method, the path, the query, the media type and the body — for a
multipart body without its boundary, which every client draws afresh for each request.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import IO, Any

from sqlalchemy import JSON as SAJSON
from sqlalchemy import (
    CheckConstraint,
    Column,
    Index,
    LargeBinary,
    UniqueConstraint,
    delete,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import Field, SQLModel, col
from starlette.types import Message, Send

from vakwerk.core import clock
from vakwerk.core.db import Database, UTCDateTime, new_id
from vakwerk.core.errors import Conflict, InvalidInput

HEADER = "idempotency-key"
LIFETIME = timedelta(hours=24)
STALE_AFTER = timedelta(minutes=10)
RETRY_AFTER_SECONDS = 1
MAX_STORED_BODY = 4 << 20  # a larger reply is not kept: the key is released instead
KEY_PATTERN = re.compile(r"^[\x21-\x7e]{1,200}$")
REPLAYED_HEADER = (b"idempotent-replayed", b"true")
# The reply headers worth replaying (the edge adds the security headers and API-Version).
KEPT_HEADERS = frozenset({"content-type", "location", "etag", "retry-after"})


class IdempotencyKey(SQLModel, table=True):
    __tablename__ = "idempotency_keys"
    __table_args__ = (
        UniqueConstraint("principal_type", "principal_id", "key"),
        CheckConstraint("state IN ('running', 'done')", name="state"),
        Index("ix_idempotency_keys_expires", "expires_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    principal_type: str = Field(max_length=20)
    principal_id: uuid.UUID
    key: str = Field(max_length=200)
    fingerprint: str = Field(max_length=64)
    state: str = Field(max_length=10)
    status_code: int | None = None
    response_headers: list[list[str]] | None = Field(default=None, sa_column=Column(SAJSON))
    response_body: bytes | None = Field(default=None, sa_column=Column(LargeBinary))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    expires_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class KeyReused(Conflict):
    code = "idempotency_key_reused"

    def __init__(self) -> None:
        super().__init__(
            "Deze Idempotency-Key is al gebruikt voor een ander verzoek. Kies een nieuwe sleutel."
        )


class InProgress(Conflict):
    code = "idempotency_in_progress"

    def __init__(self) -> None:
        super().__init__(
            "Een verzoek met deze Idempotency-Key is nog bezig. Probeer het zo opnieuw."
        )
        self.headers = {"Retry-After": str(RETRY_AFTER_SECONDS)}


def parse_key(value: str | None) -> str | None:
    """The header's key, ``None`` without one; 400 for a key that is no 1-200 visible ASCII."""
    if value is None:
        return None
    if not KEY_PATTERN.match(value):
        raise InvalidInput.one(
            "Idempotency-Key",
            "invalid_format",
            "Een Idempotency-Key bestaat uit 1 tot 200 zichtbare tekens (ASCII), "
            "bijvoorbeeld een UUID.",
        )
    return value


def _boundary(content_type: str) -> bytes | None:
    found = re.search(r'boundary="?([^";]+)"?', content_type, re.IGNORECASE)
    return found.group(1).encode("latin-1") if found else None


def fingerprint(
    method: str, path: str, query: bytes, content_type: str | None, body: bytes | IO[bytes]
) -> str:
    """What makes two requests "the same": method, path, query, media type and body (a
    multipart body with its boundary taken out)."""
    digest = hashlib.sha256()
    media = (content_type or "").split(";")[0].strip().lower()
    for part in (method.encode(), path.encode(), query, media.encode()):
        digest.update(len(part).to_bytes(8, "big") + part)
    boundary = _boundary(content_type or "") if media.startswith("multipart/") else None
    for chunk in _chunks(body, boundary):
        digest.update(chunk)
    return digest.hexdigest()


def _chunks(body: bytes | IO[bytes], boundary: bytes | None) -> Iterable[bytes]:
    """The body in pieces, every occurrence of ``boundary`` removed (also across pieces)."""
    if isinstance(body, bytes):
        yield body.replace(boundary, b"") if boundary else body
        return
    body.seek(0)
    keep = len(boundary) - 1 if boundary else 0
    tail = b""
    while piece := body.read(1 << 16):
        data = tail + piece
        if boundary:
            data = data.replace(boundary, b"")
        if keep:
            tail, data = data[-keep:], data[:-keep]
        yield data
    yield tail
    body.seek(0)


@dataclass(frozen=True)
class Principal:
    kind: str  # "user" | "api_client"
    id: uuid.UUID


@dataclass
class Claim:
    id: uuid.UUID


@dataclass
class Replay:
    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    async def send(self, send: Send) -> None:
        await send(
            {
                "type": "http.response.start",
                "status": self.status,
                "headers": [*self.headers, REPLAYED_HEADER],
            }
        )
        await send({"type": "http.response.body", "body": self.body, "more_body": False})


def _insert(session: AsyncSession) -> Any:
    return pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert


def _mine(principal: Principal, key: str) -> Any:
    table = IdempotencyKey
    return (
        col(table.principal_type) == principal.kind,
        col(table.principal_id) == principal.id,
        col(table.key) == key,
    )


async def claim(database: Database, principal: Principal, key: str, print_: str) -> Claim | Replay:
    """Take the key for this request, or say why not (raises ``KeyReused``/``InProgress``;
    returns the first reply to send again). Runs in a transaction of its own."""
    async with database.session(write=True) as session:
        now = clock.now()
        await session.execute(
            delete(IdempotencyKey).where(
                *_mine(principal, key), col(IdempotencyKey.expires_at) <= now
            )
        )
        claim_id = new_id()
        inserted = await session.execute(
            _insert(session)(IdempotencyKey)
            .values(
                id=claim_id,
                principal_type=principal.kind,
                principal_id=principal.id,
                key=key,
                fingerprint=print_,
                state="running",
                created_at=now,
                expires_at=now + LIFETIME,
            )
            .on_conflict_do_nothing()
            .returning(col(IdempotencyKey.id))
        )
        if inserted.scalar_one_or_none() is not None:
            await session.commit()
            return Claim(claim_id)
        found = (
            await session.execute(select(IdempotencyKey).where(*_mine(principal, key)))
        ).scalar_one()
        if found.fingerprint != print_:
            await session.commit()
            raise KeyReused()
        if found.state == "running":
            if found.created_at > now - STALE_AFTER:
                await session.commit()
                raise InProgress()
            found.created_at, found.expires_at = now, now + LIFETIME  # a worker died on it
            await session.commit()
            return Claim(found.id)
        await session.commit()
        return Replay(
            status=found.status_code or 200,
            headers=[
                (k.encode("latin-1"), v.encode("latin-1")) for k, v in found.response_headers or []
            ],
            body=found.response_body or b"",
        )


def _stored(status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> dict[str, Any]:
    kept = [
        [name.decode("latin-1").lower(), value.decode("latin-1")]
        for name, value in headers
        if name.decode("latin-1").lower() in KEPT_HEADERS
    ]
    return {
        "state": "done",
        "status_code": status,
        "response_headers": kept,
        "response_body": body,
    }


async def record(
    session: AsyncSession, claimed: Claim, status: int, headers: Any, body: bytes
) -> None:
    """The reply onto the claim, in ``session``'s transaction."""
    await session.execute(
        update(IdempotencyKey)
        .where(col(IdempotencyKey.id) == claimed.id)
        .values(**_stored(status, headers, body))
    )


async def release(database: Database, claimed: Claim) -> None:
    """Give the key back: the request did not happen (a 5xx, a failed commit)."""
    async with database.session(write=True) as session:
        await session.execute(delete(IdempotencyKey).where(col(IdempotencyKey.id) == claimed.id))
        await session.commit()


class Recorder:
    """Buffers a reply so it can be stored with the claim before it is sent.

    ``before_success(status, headers, body)`` runs before the reply goes on (the edge
    commits when the start message passes); ``after(status, headers, body, committed)``
    once it has been sent.
    """

    def __init__(
        self,
        downstream: Send,
        before_success: Callable[[int, list[tuple[bytes, bytes]], bytes], Awaitable[None]],
        after: Callable[[int, list[tuple[bytes, bytes]], bytes], Awaitable[None]],
    ) -> None:
        self.downstream = downstream
        self.before_success = before_success
        self.after = after
        self.start: Message | None = None
        self.chunks: list[bytes] = []

    async def send(self, message: Message) -> None:
        if message["type"] == "http.response.start":
            self.start = message
            return
        if message["type"] != "http.response.body" or self.start is None:
            await self.downstream(message)
            return
        self.chunks.append(message.get("body", b""))
        if message.get("more_body"):
            return
        status = int(self.start["status"])
        headers = list(self.start.get("headers", []))
        body = b"".join(self.chunks)
        if status < 400:
            await self.before_success(status, headers, body)
        await self.downstream(self.start)
        await self.downstream({"type": "http.response.body", "body": body, "more_body": False})
        await self.after(status, headers, body)


async def store_refusal(
    database: Database, claimed: Claim, status: int, headers: Any, body: bytes
) -> None:
    """A refusal (4xx) is kept too: the same request is refused the same way."""
    async with database.session(write=True) as session:
        await record(session, claimed, status, headers, body)
        await session.commit()
