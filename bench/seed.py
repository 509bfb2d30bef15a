"""Fill a migrated PostgreSQL database for the audit-trail benchmark.

The organisations and the benchmarked beheerder come from the services, as in the
product; the bulk (users and audit events) goes in through psycopg ``COPY``: a
million rows through the services would take far longer than the benchmark itself.
"""

from __future__ import annotations

import json
import random
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg
from sqlmodel import Session

from vakwerk.bootstrap import _system_grant
from vakwerk.core.config import Settings
from vakwerk.core.db import make_engine
from vakwerk.core.hooks import organisation_created
from vakwerk.core.security import hash_password
from vakwerk.models import import_all
from vakwerk.people import service
from vakwerk.people.schemas import UserCreate

# Events are spread over the year before this instant (fixed, so runs compare).
NEWEST = datetime(2026, 10, 1, tzinfo=UTC)
SPAN_SECONDS = 365 * 24 * 3600

ACTIONS = (
    ("read", 0.55),
    ("update", 0.2),
    ("create", 0.12),
    ("delete", 0.03),
    ("login", 0.08),
    ("logout", 0.02),
)
RESOURCES = (
    "case",
    "client",
    "assessment",
    "conference_session",
    "survey",
    "user",
    "team",
    "absence",
    "exemption",
)
FIELDS = (
    "status",
    "deadline",
    "outcome",
    "team_id",
    "working_days",
    "name",
    "kind",
    "start_date",
    "end_date",
    "score",
)
REASONS = (
    "Opgevraagd voor het casusoverleg",
    "Controle door kwaliteit",
    "Verzoek van de klant om inzage",
    "Bezwaarprocedure",
)


@dataclass
class Seeded:
    """What the benchmark needs to know about the filled database."""

    organisation_id: uuid.UUID
    beheerder_id: uuid.UUID
    token: str
    organisations: int
    users: int
    events: int
    events_in_organisation: int
    timings: dict[str, float] = field(default_factory=dict)


def libpq_url(url: str) -> str:
    """The SQLAlchemy URL as a plain libpq URI."""
    return url.replace("postgresql+psycopg://", "postgresql://", 1)


def _copy_text(value: str) -> str:
    """Escape a value for COPY's text format."""
    return (
        value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
    )


def _uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _changes_pool(rng: random.Random, size: int = 400) -> list[str]:
    """Pre-rendered `changes` values for write events, shaped like audit.diff output."""
    pool = []
    for _ in range(size):
        names = rng.sample(FIELDS, rng.randint(1, 3))
        changes: dict[str, Any] = {}
        for name in names:
            if name in ("status", "outcome", "kind"):
                changes[name] = {
                    "old": rng.choice(["open", "ingediend", "besproken"]),
                    "new": rng.choice(["afgerond", "in_behandeling", "gesloten"]),
                }
            elif name in ("deadline", "start_date", "end_date"):
                day = NEWEST.date() - timedelta(days=rng.randint(0, 400))
                changes[name] = {"old": None, "new": day.isoformat()}
            elif name == "team_id":
                changes[name] = {"old": _uuid(rng), "new": _uuid(rng)}
            elif name == "working_days":
                changes[name] = {"old": [1, 2, 3, 4, 5], "new": sorted(rng.sample(range(1, 6), 3))}
            elif name == "score":
                changes[name] = {"old": rng.randint(0, 10), "new": rng.randint(0, 10)}
            else:
                changes[name] = "gewijzigd"
        pool.append(_copy_text(json.dumps(changes)))
    return pool


def _weighted(rng: random.Random, options: tuple[tuple[str, float], ...], n: int) -> list[str]:
    names = [name for name, _ in options]
    weights = [weight for _, weight in options]
    return rng.choices(names, weights, k=n)


def _services_part(
    url: str, other_organisations: int
) -> tuple[uuid.UUID, uuid.UUID, str, list[uuid.UUID]]:
    """The benchmarked organisation, its beheerder and token, and the other organisations."""
    import_all()
    engine = make_engine(url)
    settings = Settings(database_url=url)
    try:
        with Session(engine, expire_on_commit=False) as session:
            platform = _system_grant(None, superuser=True)
            org = service.create_organisation(session, platform, "Gemeente Benchdorp")
            organisation_created(session, org.id)
            beheerder = service.create_user(
                session,
                _system_grant(org.id),
                UserCreate(
                    email="beheerder@bench.example",
                    display_name="Beheerder Benchdorp",
                    password=secrets.token_urlsafe(18),
                    roles=["beheerder"],
                ),
            )
            token = service.issue_credential(session, beheerder, "token", settings).secret
            others = []
            for number in range(1, other_organisations + 1):
                other = service.create_organisation(session, platform, f"Gemeente {number:03d}")
                organisation_created(session, other.id)
                others.append(other.id)
            session.commit()
            return org.id, beheerder.id, token, others
    finally:
        engine.dispose()


def _copy_users(
    conn: psycopg.Connection[Any], rng: random.Random, organisations: list[uuid.UUID], count: int
) -> dict[uuid.UUID, list[str]]:
    """Bulk users over the organisations; returns user ids per organisation (as text)."""
    password_hash = hash_password(secrets.token_urlsafe(18))
    roles = (
        '["klantmanager"]',
        '["klantmanager"]',
        '["klantmanager"]',
        '["teamleider"]',
        '["kwaliteit"]',
        '["consulent"]',
        '["beheerder"]',
    )
    created = "2025-01-06 09:00:00+00"
    per_org: dict[uuid.UUID, list[str]] = {org: [] for org in organisations}
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY users (id, organisation_id, email, display_name, password_hash, roles, "
            "is_superuser, active, created_at, version) FROM STDIN"
        ) as copy,
    ):
        lines = []
        for number in range(count):
            org = organisations[number % len(organisations)]
            user_id = _uuid(rng)
            per_org[org].append(user_id)
            lines.append(
                f"{user_id}\t{org}\tgebruiker{number:05d}@bench.example\t"
                f"Gebruiker {number:05d}\t{password_hash}\t{rng.choice(roles)}\tf\tt\t"
                f"{created}\t1\n"
            )
        copy.write("".join(lines))
    return per_org


def _copy_events(
    conn: psycopg.Connection[Any],
    rng: random.Random,
    plan: list[tuple[uuid.UUID, int]],
    actors: dict[uuid.UUID, list[str]],
) -> int:
    """Bulk audit events for (organisation, count) pairs, at random times over a year."""
    changes_pool = _changes_pool(rng)
    reasons = [_copy_text(r) for r in REASONS]
    newest = NEWEST.timestamp()
    total = 0
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY audit_events (id, occurred_at, organisation_id, actor_type, actor_id, action, "
            "resource_type, resource_id, changes, reason) FROM STDIN"
        ) as copy,
    ):
        for org, count in plan:
            people = actors[org]
            done = 0
            while done < count:
                n = min(50_000, count - done)
                actions = _weighted(rng, ACTIONS, n)
                lines = []
                for action in actions:
                    at = datetime.fromtimestamp(newest - rng.random() * SPAN_SECONDS, UTC)
                    if action in ("login", "logout"):
                        actor = rng.choice(people)
                        resource, resource_id, changes = "user", actor, "\\N"
                    else:
                        actor = rng.choice(people)
                        resource, resource_id = rng.choice(RESOURCES), _uuid(rng)
                        changes = "\\N" if action == "read" else rng.choice(changes_pool)
                    reason = rng.choice(reasons) if rng.random() < 0.1 else "\\N"
                    lines.append(
                        f"{_uuid(rng)}\t{at.isoformat()}\t{org}\tuser\t{actor}\t{action}\t"
                        f"{resource}\t{resource_id}\t{changes}\t{reason}\n"
                    )
                copy.write("".join(lines))
                done += n
            total += count
    return total


def _secondary_indexes(conn: psycopg.Connection[Any], table: str) -> list[tuple[str, str]]:
    """The table's indexes other than its primary key, as (name, CREATE INDEX statement)."""
    rows = conn.execute(
        "SELECT i.indexname, i.indexdef FROM pg_indexes i "
        "JOIN pg_class c ON c.relname = i.indexname "
        "JOIN pg_index x ON x.indexrelid = c.oid "
        "WHERE i.schemaname = 'public' AND i.tablename = %s AND NOT x.indisprimary "
        "ORDER BY i.indexname",
        (table,),
    ).fetchall()
    return [(name, definition) for name, definition in rows]


def fill(
    url: str,
    *,
    users: int,
    events: int,
    organisations: int,
    events_in_organisation: int,
    seed: int = 20261101,
) -> Seeded:
    """Seed through the services, then COPY the bulk; VACUUM ANALYZE afterwards.

    ``organisations`` counts the other organisations besides the benchmarked one.
    """
    timings: dict[str, float] = {}
    rng = random.Random(seed)
    started = time.perf_counter()
    org_id, beheerder_id, token, others = _services_part(url, organisations)
    timings["services_s"] = time.perf_counter() - started

    all_orgs = [org_id, *others]
    rest = events - events_in_organisation
    plan = [(org_id, events_in_organisation)]
    plan += [
        (other, rest // len(others) + (1 if i < rest % len(others) else 0))
        for i, other in enumerate(others)
    ]

    with psycopg.connect(libpq_url(url)) as conn:
        mark = time.perf_counter()
        actors = _copy_users(conn, rng, all_orgs, users)
        actors[org_id].append(str(beheerder_id))
        conn.commit()
        timings["copy_users_s"] = time.perf_counter() - mark

        # Loading without the secondary indexes and building them afterwards is the
        # usual bulk-load idiom; the definitions come from the migrated schema itself.
        mark = time.perf_counter()
        indexes = _secondary_indexes(conn, "audit_events")
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        written = _copy_events(conn, rng, plan, actors)
        conn.commit()
        timings["copy_events_s"] = time.perf_counter() - mark

        mark = time.perf_counter()
        for _, definition in indexes:
            conn.execute(definition)
        conn.commit()
        timings["create_indexes_s"] = time.perf_counter() - mark

    with psycopg.connect(libpq_url(url), autocommit=True) as conn:
        mark = time.perf_counter()
        conn.execute("VACUUM (ANALYZE)")
        timings["vacuum_analyze_s"] = time.perf_counter() - mark

    timings["total_s"] = time.perf_counter() - started
    return Seeded(
        organisation_id=org_id,
        beheerder_id=beheerder_id,
        token=token,
        organisations=len(all_orgs),
        users=users + 1,
        events=written,
        events_in_organisation=events_in_organisation,
        timings=timings,
    )
