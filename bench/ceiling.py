"""The ceilings: a bare ASGI app on plain async psycopg, one endpoint per benchmarked route.

Each endpoint runs the statements the product needs for the same request and answers
the same JSON, with no framework, no validation and no ORM around it:

* ``GET /audit-events`` — the credential lookup and the first page of the audit trail
  (``LIMIT 51``, newest first), as ``GET /api/v1/audit-events``;
* ``GET /cases`` — the credential lookup, the count and the first page of the team's
  cases in the klantmanager's read scope, and the audit event for the list read, as
  ``GET /api/v1/cases``;
* ``PATCH /cases/{id}`` — in one transaction: the credential lookup, a conditional
  ``UPDATE … WHERE id AND version AND owner … RETURNING`` (the row count decides 412)
  and the audit event, as ``PATCH /api/v1/cases/{id}`` with ``If-Match``.

The credential lookup is the product's own query: the credential, its user, the
user's teams and the organisation's settings in one statement, checked in Python.
Reads run without a transaction (autocommit); the write runs in one.

    CEILING_DSN=postgresql://... uvicorn bench.ceiling:app --workers 2 --no-access-log

``CEILING_CONNECTIONS`` (default 2) sets the connections each worker keeps; they sit
in an ``asyncio.Queue`` (there is no pool library in the project).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import os
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import psycopg

from vakwerk.cases.search import search_text

LIMIT = 50
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

CREDENTIAL_SQL = (
    "SELECT c.id, c.revoked_at, c.expires_at, u.id, u.organisation_id, u.roles, u.active, "
    "s.case_deadline_days_before, s.case_deadline_hour, m.team_id "
    "FROM credentials c JOIN users u ON u.id = c.user_id "
    "LEFT JOIN organisation_settings s ON s.organisation_id = u.organisation_id "
    "LEFT JOIN memberships m ON m.user_id = u.id "
    "WHERE c.secret_hash = %s AND c.kind = 'token'"
)

AUDIT_SQL = (
    "SELECT id, occurred_at, actor_type, actor_id, action, resource_type, resource_id, "
    "organisation_id, changes, reason FROM audit_events WHERE organisation_id = %s "
    "ORDER BY occurred_at DESC, id DESC LIMIT %s"
)


# A klantmanager reads the team's cases, a colleague's concept never. The teams as an IN
# list with a parameter each, as the API sends them: with ``= ANY(array)`` PostgreSQL's
# generic plan sorts the team's cases instead of reading the index in order (20 ms, not 0.3).
def case_scope(teams: int) -> str:
    listed = ", ".join(f"%(team{i})s" for i in range(teams))
    return (
        f"organisation_id = %(org)s AND team_id IN ({listed}) "
        "AND (status <> 'concept' OR owner_id = %(me)s)"
    )


def case_count_sql(teams: int) -> str:
    return f"SELECT count(*) FROM cases WHERE {case_scope(teams)}"


def case_page_sql(teams: int) -> str:
    return (
        "SELECT id, kind, team_id, owner_id, client_id, status, question, "
        "target_session_date, submitted_at, submitted_on_time, outcome_result, created_at, "
        f"version FROM cases WHERE {case_scope(teams)} "
        "ORDER BY created_at DESC, id DESC LIMIT %(limit)s"
    )


# The clients' references on the page, in one query (only when a case names a client).
REFS_SQL = (
    "SELECT client_id, system, ref FROM client_refs WHERE client_id = ANY(%s) ORDER BY system, ref"
)

CASE_FULL_COLUMNS = (
    "id, kind, team_id, owner_id, client_id, status, question, gender, age, "
    "living_situation, education, work_experience, interests, attitude, physical_obstacles, "
    "psychological_obstacles, social_network, other_information, target_session_date, "
    "submitted_at, submitted_on_time, decision_letter_sent_on, created_at, version"
)
CASE_UPDATE_SQL = (
    "UPDATE cases SET question = %(question)s, search_text = %(search)s, "
    "version = version + 1, updated_at = %(now)s "
    "WHERE id = %(id)s AND organisation_id = %(org)s AND team_id = ANY(%(teams)s) "
    "AND owner_id = %(me)s AND version = %(version)s "
    "AND status NOT IN ('afgerond', 'ingetrokken') "
    f"RETURNING {CASE_FULL_COLUMNS}"
)
SEARCH_SOURCES_SQL = (
    "SELECT gender, age, living_situation, education, work_experience, interests, attitude, "
    "physical_obstacles, psychological_obstacles, social_network, other_information, "
    "outcome_conclusion, outcome_plan FROM cases WHERE id = %s"
)
AUDIT_INSERT_SQL = (
    "INSERT INTO audit_events (id, occurred_at, organisation_id, actor_type, actor_id, action, "
    "resource_type, resource_id, changes, reason) "
    "VALUES (%s, %s, %s, 'user', %s, %s, 'case', %s, %s, NULL)"
)

NEXT_STATES = {
    "concept": ["ingediend", "ingetrokken"],
    "ingediend": ["afgerond", "ingetrokken"],
    "geagendeerd": ["besproken", "ingediend"],
    "besproken": ["afgerond"],
    "afgerond": [],
    "ingetrokken": [],
}

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

    async def get(self) -> psycopg.AsyncConnection[Any]:
        if self.idle is None:
            async with self.opening:
                if self.idle is None:
                    idle: asyncio.Queue[psycopg.AsyncConnection[Any]] = asyncio.Queue()
                    for _ in range(self.size):
                        conn = await psycopg.AsyncConnection.connect(
                            self.dsn, autocommit=True, options="-c TimeZone=UTC"
                        )
                        idle.put_nowait(conn)
                    self.idle = idle
        return await self.idle.get()

    def put(self, conn: psycopg.AsyncConnection[Any]) -> None:
        assert self.idle is not None
        self.idle.put_nowait(conn)


def when(value: datetime | None) -> str | None:
    # pydantic writes UTC as "Z"; the API's reply does the same.
    return None if value is None else value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def _id(value: uuid.UUID | None) -> str | None:
    return None if value is None else str(value)


def _day(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def _cursor(occurred_at: datetime, event_id: uuid.UUID) -> str:
    # The encoding of the product's audit cursor, so either server's cursor means the same.
    raw = json.dumps([occurred_at.astimezone(UTC).isoformat(), str(event_id)]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


class Caller:
    """The authenticated caller, from the credential row(s)."""

    def __init__(self, rows: list[tuple[Any, ...]]) -> None:
        first = rows[0]
        self.user_id: uuid.UUID = first[3]
        self.organisation_id: uuid.UUID = first[4]
        self.deadline_days: int = first[7]
        self.deadline_hour: int = first[8]
        self.team_ids = [row[9] for row in rows if row[9] is not None]


async def authenticate(conn: psycopg.AsyncConnection[Any], scope: Scope) -> Caller | None:
    token = ""
    for key, value in scope["headers"]:
        if key == b"authorization":
            token = value.decode().partition(" ")[2].strip()
    digest = hashlib.sha256(token.encode()).hexdigest()
    cur = await conn.execute(CREDENTIAL_SQL, (digest,))
    rows = await cur.fetchall()
    if not rows:
        return None
    first = rows[0]
    if first[1] is not None or first[2] <= datetime.now(UTC) or not first[6]:
        return None
    return Caller(rows)


def audit_page(rows: list[tuple[Any, ...]]) -> dict[str, Any]:
    items = [
        {
            "id": str(row[0]),
            "occurredAt": when(row[1]),
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


async def refs_of(
    conn: psycopg.AsyncConnection[Any], client_ids: list[uuid.UUID]
) -> dict[uuid.UUID, list[dict[str, str]]]:
    refs: dict[uuid.UUID, list[dict[str, str]]] = {i: [] for i in client_ids}
    if client_ids:
        for client_id, system, ref in await (
            await conn.execute(REFS_SQL, (client_ids,))
        ).fetchall():
            refs[client_id].append({"system": system, "ref": ref})
    return refs


def case_summary(
    row: tuple[Any, ...], refs: dict[uuid.UUID, list[dict[str, str]]]
) -> dict[str, Any]:
    return {
        "id": str(row[0]),
        "kind": row[1],
        "teamId": str(row[2]),
        "ownerId": str(row[3]),
        "clientId": _id(row[4]),
        "clientRefs": refs.get(row[4], []) if row[4] else [],
        "status": row[5],
        "question": row[6],
        "targetSessionDate": _day(row[7]),
        "submittedAt": when(row[8]),
        "submittedOnTime": row[9],
        "outcomeResult": row[10],
        "createdAt": when(row[11]),
        "version": row[12],
    }


DESCRIPTIVE_WIRE = (
    "gender",
    "age",
    "livingSituation",
    "education",
    "workExperience",
    "interests",
    "attitude",
    "physicalObstacles",
    "psychologicalObstacles",
    "socialNetwork",
    "otherInformation",
)


def _deadline(target: date | None, caller: Caller) -> str | None:
    if target is None:
        return None
    local = datetime.combine(
        target - timedelta(days=caller.deadline_days), time(caller.deadline_hour), AMSTERDAM
    )
    return when(local)


def case_read(
    row: tuple[Any, ...], caller: Caller, refs: dict[uuid.UUID, list[dict[str, str]]]
) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": str(row[0]),
        "kind": row[1],
        "teamId": str(row[2]),
        "ownerId": str(row[3]),
        "clientId": _id(row[4]),
        "clientRefs": refs.get(row[4], []) if row[4] else [],
        "status": row[5],
        "question": row[6],
    }
    body.update(zip(DESCRIPTIVE_WIRE, row[7:18], strict=True))
    body.update(
        {
            "targetSessionDate": _day(row[18]),
            "submissionDeadlineAt": _deadline(row[18], caller),
            "submittedAt": when(row[19]),
            "submittedOnTime": row[20],
            "decisionLetterSentOn": _day(row[21]),
            "outcome": None,
            "allowedNextStates": NEXT_STATES[row[5]],
            "createdAt": when(row[22]),
            "version": row[23],
        }
    )
    return body


async def _reply(send: Any, status: int, body: bytes, extra: list[Any] | None = None) -> None:
    headers = [*JSON_HEADERS, (b"content-length", str(len(body)).encode()), *(extra or [])]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _dump(value: Any) -> bytes:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False).encode()


async def _read_body(receive: Any) -> bytes:
    chunks = []
    while True:
        message = await receive()
        chunks.append(message.get("body", b""))
        if not message.get("more_body"):
            return b"".join(chunks)


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope["headers"]:
        if key == name:
            return str(value.decode())
    return None


async def list_audit(conn: psycopg.AsyncConnection[Any], caller: Caller) -> bytes:
    cur = await conn.execute(AUDIT_SQL, (caller.organisation_id, LIMIT + 1))
    return _dump(audit_page(await cur.fetchall()))


async def list_cases(conn: psycopg.AsyncConnection[Any], caller: Caller) -> bytes:
    params = {
        "org": caller.organisation_id,
        "me": caller.user_id,
        "limit": LIMIT,
        **{f"team{i}": team for i, team in enumerate(caller.team_ids)},
    }
    teams = len(caller.team_ids)
    count = await (await conn.execute(case_count_sql(teams), params)).fetchone()
    rows = await (await conn.execute(case_page_sql(teams), params)).fetchall()
    now = datetime.now(UTC)
    await conn.execute(
        AUDIT_INSERT_SQL,
        (uuid.uuid4(), now, caller.organisation_id, caller.user_id, "list", None,
         json.dumps({"filters": {}})),
    )  # fmt: skip
    refs = await refs_of(conn, [row[4] for row in rows if row[4]])
    page = {
        "items": [case_summary(row, refs) for row in rows],
        "total": count[0] if count else 0,
        "limit": LIMIT,
        "offset": 0,
    }
    return _dump(page)


async def patch_case(
    conn: psycopg.AsyncConnection[Any], caller: Caller, case_id: uuid.UUID, version: int, body: Any
) -> tuple[int, bytes, int | None]:
    question = body["question"]
    now = datetime.now(UTC)
    async with conn.transaction():
        sources = await (await conn.execute(SEARCH_SOURCES_SQL, (case_id,))).fetchone()
        search = search_text(question, *(sources or ()))
        cur = await conn.execute(
            CASE_UPDATE_SQL,
            {
                "question": question,
                "search": search,
                "now": now,
                "id": case_id,
                "org": caller.organisation_id,
                "teams": caller.team_ids,
                "me": caller.user_id,
                "version": version,
            },
        )
        row = await cur.fetchone()
        if row is None:
            return 412, b'{"status":412}', None
        await conn.execute(
            AUDIT_INSERT_SQL,
            (uuid.uuid4(), now, caller.organisation_id, caller.user_id, "update", case_id,
             json.dumps({"question": "gewijzigd"})),
        )  # fmt: skip
    refs = await refs_of(conn, [row[4]] if row[4] else [])
    return 200, _dump(case_read(row, caller, refs)), int(row[23])


class Ceiling:
    def __init__(self) -> None:
        self.connections: Connections | None = None

    def _setup(self) -> Connections:
        if self.connections is None:
            self.connections = Connections(
                os.environ["CEILING_DSN"], int(os.environ.get("CEILING_CONNECTIONS", "2"))
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
        path, method = scope["path"], scope["method"]
        if path == "/health":
            await _reply(send, 200, b'{"status":"ok"}')
            return
        connections = self._setup()
        conn = await connections.get()
        try:
            caller = await authenticate(conn, scope)
            if caller is None:
                await _reply(send, 401, b'{"status":401}')
            elif path == "/audit-events" and method == "GET":
                await _reply(send, 200, await list_audit(conn, caller))
            elif path == "/cases" and method == "GET":
                await _reply(send, 200, await list_cases(conn, caller))
            elif path.startswith("/cases/") and method == "PATCH":
                case_id = uuid.UUID(path.removeprefix("/cases/"))
                version = int((_header(scope, b"if-match") or '"0"').strip('"'))
                body = json.loads(await _read_body(receive))
                status, payload, new = await patch_case(conn, caller, case_id, version, body)
                etag = [(b"etag", f'"{new}"'.encode())] if new is not None else []
                await _reply(send, status, payload, etag)
            else:
                await _reply(send, 404, b'{"status":404}')
        finally:
            connections.put(conn)


app = Ceiling()
