"""Fill a migrated PostgreSQL database for the request-path benchmark.

The organisations, the benchmarked team, its beheerder and klantmanager come from the
services, as in the product; the bulk (users, teams, memberships, cases and audit
events) goes in through psycopg ``COPY``: a million rows through the services would
take far longer than the benchmark itself.
"""

from __future__ import annotations

import asyncio
import json
import random
import secrets
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import psycopg

from vakwerk.bootstrap import system_grant
from vakwerk.core.config import Settings
from vakwerk.core.db import Database
from vakwerk.core.security import hash_password
from vakwerk.models import import_all
from vakwerk.onboarding import create_organisation
from vakwerk.people import auth, members, users
from vakwerk.people.schemas import MemberWrite, TeamCreate, UserCreate

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
    team_id: uuid.UUID
    klantmanager_id: uuid.UUID
    klantmanager_token: str
    organisations: int
    users: int
    events: int
    events_in_organisation: int
    cases: int
    cases_in_team: int
    # cases of the klantmanager still open for edits (concept or ingediend), for PATCH
    editable_case_ids: list[uuid.UUID] = field(default_factory=list)
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


@dataclass
class Core:
    """What the services made: the benchmarked organisation, team and people."""

    organisation_id: uuid.UUID
    beheerder_id: uuid.UUID
    token: str
    team_id: uuid.UUID
    klantmanager_id: uuid.UUID
    klantmanager_token: str
    others: list[uuid.UUID]


def _services_part(url: str, other_organisations: int) -> Core:
    """The benchmarked organisation, its W&I team, beheerder and klantmanager with their
    tokens, and the other organisations."""
    return asyncio.run(_services_part_async(url, other_organisations))


async def _services_part_async(url: str, other_organisations: int) -> Core:
    import_all()
    database = Database(url, pool=False)
    settings = Settings(database_url=url)
    try:
        async with database.session(write=True) as session:
            platform = system_grant(None, superuser=True)
            org = await create_organisation(session, platform, "Gemeente Benchdorp")
            grant = system_grant(org.id)
            beheerder = await users.create_user(
                session,
                grant,
                UserCreate(
                    email="beheerder@bench.example",
                    display_name="Beheerder Benchdorp",
                    password=secrets.token_urlsafe(18),
                    roles=["beheerder"],
                ),
            )
            token = (await auth.issue_credential(session, beheerder, "token", settings)).secret
            team = await members.create_team(
                session, grant, TeamCreate(name="Werk en Inkomen Benchdorp", kind="werk_inkomen")
            )
            klantmanager = await users.create_user(
                session,
                grant,
                UserCreate(
                    email="klantmanager@bench.example",
                    display_name="Klantmanager Benchdorp",
                    password=secrets.token_urlsafe(18),
                    roles=["klantmanager"],
                ),
            )
            await members.put_member(
                session, grant, team.id, klantmanager.id, MemberWrite(working_days=[1, 2, 3, 4])
            )
            km_token = (
                await auth.issue_credential(session, klantmanager, "token", settings)
            ).secret
            others = []
            for number in range(1, other_organisations + 1):
                other = await create_organisation(session, platform, f"Gemeente {number:03d}")
                others.append(other.id)
            await session.commit()
            return Core(org.id, beheerder.id, token, team.id, klantmanager.id, km_token, others)
    finally:
        await database.dispose()


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


CASE_KINDS = (
    ("ontheffing", 0.55),
    ("twijfelgeval", 0.25),
    ("worst_practice", 0.1),
    ("algemeen", 0.1),
)
CASE_STATUSES = (("concept", 0.15), ("ingediend", 0.2), ("afgerond", 0.5), ("ingetrokken", 0.15))
QUESTIONS = (
    "Is een tijdelijke ontheffing hier verstandig, of zien jullie een andere weg?",
    "Hoe krijgen we deze klant weer in beweging na een lange periode thuis?",
    "Welke voorziening past bij iemand met schulden en weinig werkervaring?",
    "Zouden jullie deze klant aanmelden bij R&W, gezien de psychische klachten?",
    "Wat doen we met een klant die afspraken steeds afzegt?",
)
TEXTS = (
    "Woont alleen in een huurwoning, contact met familie is beperkt.",
    "Mbo niveau 2 afgerond, daarna kort in de logistiek gewerkt.",
    "Wil graag met de handen werken, houdt van tuinieren en koken.",
    "Komt afspraken meestal na, soms moeite met op tijd komen.",
)


def _teams_for(
    conn: psycopg.Connection[Any], rng: random.Random, organisations: list[uuid.UUID]
) -> dict[uuid.UUID, uuid.UUID]:
    """One W&I team per other organisation (through COPY)."""
    teams = {org: uuid.UUID(_uuid(rng)) for org in organisations}
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY teams (id, organisation_id, name, kind, created_at, version) FROM STDIN"
        ) as copy,
    ):
        copy.write(
            "".join(
                f"{team}\t{org}\tWerk en Inkomen\twerk_inkomen\t2025-01-06 09:00:00+00\t1\n"
                for org, team in teams.items()
            )
        )
    return teams


def _copy_memberships(
    conn: psycopg.Connection[Any], team_members: dict[uuid.UUID, list[str]]
) -> None:
    with (
        conn.cursor() as cur,
        cur.copy(
            "COPY memberships (team_id, user_id, working_days, created_at) FROM STDIN"
        ) as copy,
    ):
        copy.write(
            "".join(
                f"{team}\t{user}\t[1, 2, 3, 4, 5]\t2025-01-06 09:00:00+00\n"
                for team, users in team_members.items()
                for user in users
            )
        )


def _copy_cases(
    conn: psycopg.Connection[Any],
    rng: random.Random,
    plan: list[tuple[uuid.UUID, uuid.UUID, list[str], int]],
) -> list[tuple[str, str, str]]:
    """Bulk cases for (organisation, team, owners, count); returns (id, owner, status)."""
    from vakwerk.cases.search import search_text

    newest = NEWEST.timestamp()
    made: list[tuple[str, str, str]] = []
    columns = (
        "id, organisation_id, team_id, owner_id, kind, status, question, living_situation, "
        "education, interests, attitude, target_session_date, submitted_at, submitted_on_time, "
        "outcome_result, search_text, created_at, updated_at, version"
    )
    with conn.cursor() as cur, cur.copy(f"COPY cases ({columns}) FROM STDIN") as copy:
        for org, team, owners, count in plan:
            kinds = _weighted(rng, CASE_KINDS, count)
            statuses = _weighted(rng, CASE_STATUSES, count)
            lines = []
            for kind, status in zip(kinds, statuses, strict=True):
                case_id, owner = _uuid(rng), rng.choice(owners)
                created = datetime.fromtimestamp(newest - rng.random() * SPAN_SECONDS, UTC)
                texts = [rng.choice(QUESTIONS), *rng.sample(TEXTS, 4)]
                target = (created + timedelta(days=rng.randint(7, 21))).date()
                submitted = (
                    "\\N" if status == "concept" else (created + timedelta(hours=3)).isoformat()
                )
                on_time = "\\N" if status == "concept" else rng.choice("tf")
                result = "anders" if status == "afgerond" else "\\N"
                lines.append(
                    "\t".join(
                        [
                            case_id,
                            str(org),
                            str(team),
                            owner,
                            kind,
                            status,
                            *texts,
                            target.isoformat(),
                            submitted,
                            on_time,
                            result,
                            _copy_text(search_text(*texts)),
                            created.isoformat(),
                            created.isoformat(),
                            "1",
                        ]
                    )
                    + "\n"
                )
                made.append((case_id, owner, status))
                if len(lines) == 20_000:
                    copy.write("".join(lines))
                    lines = []
            copy.write("".join(lines))
    return made


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
    cases: int,
    cases_in_team: int,
    team_members: int = 20,
    seed: int = 20261101,
) -> Seeded:
    """Seed through the services, then COPY the bulk; VACUUM ANALYZE afterwards.

    ``organisations`` counts the other organisations besides the benchmarked one. The
    benchmarked team holds ``cases_in_team`` of the ``cases``, owned by its
    ``team_members`` klantmanagers and the benchmarked one (a tenth of them).
    """
    timings: dict[str, float] = {}
    rng = random.Random(seed)
    started = time.perf_counter()
    core = _services_part(url, organisations)
    org_id, others = core.organisation_id, core.others
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
        actors[org_id].append(str(core.beheerder_id))
        other_teams = _teams_for(conn, rng, others)
        members = {core.team_id: actors[org_id][:team_members]}
        members.update({team: actors[org][:team_members] for org, team in other_teams.items()})
        _copy_memberships(conn, members)
        conn.commit()
        timings["copy_users_s"] = time.perf_counter() - mark

        # Loading without the secondary indexes and building them afterwards is the
        # usual bulk-load idiom; the definitions come from the migrated schema itself.
        mark = time.perf_counter()
        indexes = _secondary_indexes(conn, "audit_events") + _secondary_indexes(conn, "cases")
        for name, _ in indexes:
            conn.execute(f'DROP INDEX "{name}"')
        written = _copy_events(conn, rng, plan, actors)
        conn.commit()
        timings["copy_events_s"] = time.perf_counter() - mark

        mark = time.perf_counter()
        km = str(core.klantmanager_id)
        team_owners = members[core.team_id]
        own = max(1, cases_in_team // 10)
        case_plan = [
            (org_id, core.team_id, [km], own),
            (org_id, core.team_id, team_owners, cases_in_team - own),
        ]
        rest_cases = cases - cases_in_team
        case_plan += [
            (org, team, members[team], rest_cases // len(others))
            for org, team in other_teams.items()
        ]
        made = _copy_cases(conn, rng, case_plan)
        conn.commit()
        timings["copy_cases_s"] = time.perf_counter() - mark

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
    editable = [
        uuid.UUID(case_id)
        for case_id, owner, status in made
        if owner == km and status in ("concept", "ingediend")
    ]
    return Seeded(
        organisation_id=org_id,
        beheerder_id=core.beheerder_id,
        token=core.token,
        team_id=core.team_id,
        klantmanager_id=core.klantmanager_id,
        klantmanager_token=core.klantmanager_token,
        organisations=len(all_orgs),
        users=users + 2,
        events=written,
        events_in_organisation=events_in_organisation,
        cases=len(made),
        cases_in_team=cases_in_team,
        editable_case_ids=editable,
        timings=timings,
    )
