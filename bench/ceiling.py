"""The ceiling for the audit-trail listing: a bare ASGI app on plain async psycopg.

It runs the SQL that ``people.service.list_audit_events`` runs for a first page
(the same columns, the same filter, order and ``LIMIT 51``) and answers the same
JSON shape as ``GET /api/v1/audit-events`` (``items``, ``limit``, ``nextCursor``),
with no framework, no authentication, no validation and no transaction handling
beyond psycopg's own. It is what the hardware, uvicorn and the driver allow.

    CEILING_DSN=postgresql://... CEILING_ORGANISATION_ID=<uuid> \\
        uvicorn bench.ceiling:app --workers 2 --no-access-log

``CEILING_CONNECTIONS`` (default 1) sets the connections each worker opens. There
is no pool library in the project (``psycopg-pool`` is not installed), so the
connections sit in an ``asyncio.Queue``; with one connection that is exactly "one
async connection per worker guarded by a lock".
"""

from __future__ import annotations

import asyncio
import base64
import json
import os
import uuid
from datetime import UTC, datetime
from typing import Any

import psycopg

LIMIT = 50

# The statement the service builds for a first page (read off SQLAlchemy's compiled form).
SQL = (
    "SELECT audit_events.id, audit_events.occurred_at, audit_events.actor_type, "
    "audit_events.actor_id, audit_events.action, audit_events.resource_type, "
    "audit_events.resource_id, audit_events.organisation_id, audit_events.changes, "
    "audit_events.reason FROM audit_events WHERE audit_events.organisation_id = %s "
    "ORDER BY audit_events.occurred_at DESC, audit_events.id DESC LIMIT %s"
)

Scope = dict[str, Any]
Message = dict[str, Any]

JSON_HEADERS = [(b"content-type", b"application/json")]


class Connections:
    """A fixed set of async connections handed out one request at a time."""

    def __init__(self, dsn: str, size: int) -> None:
        self.dsn = dsn
        self.size = size
        self.idle: asyncio.Queue[psycopg.AsyncConnection[Any]] | None = None
        self.opening = asyncio.Lock()

    async def _open(self) -> asyncio.Queue[psycopg.AsyncConnection[Any]]:
        async with self.opening:
            if self.idle is None:
                idle: asyncio.Queue[psycopg.AsyncConnection[Any]] = asyncio.Queue()
                for _ in range(self.size):
                    conn = await psycopg.AsyncConnection.connect(
                        self.dsn, autocommit=True, options="-c TimeZone=UTC"
                    )
                    idle.put_nowait(conn)
                self.idle = idle
        return self.idle

    async def fetch(self, sql: str, params: tuple[Any, ...]) -> list[tuple[Any, ...]]:
        idle = self.idle or await self._open()
        conn = await idle.get()
        try:
            cur = await conn.execute(sql, params)
            return await cur.fetchall()
        finally:
            idle.put_nowait(conn)


def _when(value: datetime) -> str:
    # pydantic writes UTC as "Z"; the API's reply does the same.
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _id(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _cursor(occurred_at: datetime, event_id: uuid.UUID) -> str:
    # The encoding of people.service._encode_cursor, so either server's cursor means the same.
    raw = json.dumps([occurred_at.astimezone(UTC).isoformat(), str(event_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def page(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    items = [
        {
            "id": str(row[0]),
            "occurredAt": _when(row[1]),
            "actorType": row[2],
            "actorId": _id(row[3]),
            "action": row[4],
            "resourceType": row[5],
            "resourceId": _id(row[6]),
            "organisationId": _id(row[7]),
            "changes": row[8],
            "reason": row[9],
        }
        for row in rows[:LIMIT]
    ]
    last = rows[LIMIT - 1] if len(rows) > LIMIT else None
    return {
        "items": items,
        "limit": LIMIT,
        "nextCursor": _cursor(last[1], last[0]) if last else None,
    }


async def _reply(send: Any, status: int, body: bytes) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [*JSON_HEADERS, (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body})


class Ceiling:
    def __init__(self) -> None:
        self.connections: Connections | None = None
        self.organisation_id: uuid.UUID | None = None

    def _setup(self) -> Connections:
        if self.connections is None:
            self.organisation_id = uuid.UUID(os.environ["CEILING_ORGANISATION_ID"])
            self.connections = Connections(
                os.environ["CEILING_DSN"], int(os.environ.get("CEILING_CONNECTIONS", "1"))
            )
        return self.connections

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        connections = self._setup()
        path = scope["path"]
        if path == "/health":
            await _reply(send, 200, b'{"status":"ok"}')
        elif path == "/audit-events" and scope["method"] == "GET":
            rows = await connections.fetch(SQL, (self.organisation_id, LIMIT + 1))
            body = json.dumps(page(rows), separators=(",", ":")).encode()
            await _reply(send, 200, body)
        else:
            await _reply(send, 404, b'{"status":404}')


app = Ceiling()
