"""The authorisation matrix, transcribed from docs/domain.md §0 and docs/integration.md
independently of the code: which operation each (method, path) is, which routes are
public, which role has which scope — and then every route × role probed for its exact
status.

1. ``ROUTES`` is the independent (method, path) → operation table; the app must serve
   exactly these routes and declare exactly these operations.
2. For every route, every role, every API scope and no credentials: "—" → 403 before any
   lookup or validation; no credentials → 401; a scope → 400 for an invalid body, 404 for
   a path id that names nothing, 200 for a list. Every status is one exact value.
3. Scope probes with real records — the actor's own, a colleague's in the same team,
   another team's, another organisation's, a referred one: a read is 200 inside the
   scope and 404 outside; a write the actor may not do to a readable record is 403, one
   it may do stops at the next check (428 without If-Match, 400 for a body the rules
   refuse), so the probes change nothing.

A 500 anywhere fails.
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from fastapi.routing import iter_route_contexts

from tests.api.test_assessments import completed, start
from tests.api.test_cases import new_case, submitted_case
from tests.api.test_clients import new_client
from tests.conftest import World
from vakwerk.core.policy import API_SCOPE_FOR, TABLE, Op

API = "/api/v1"

# (method, path under /api/v1) → operation, from docs/integration.md's spine and
# docs/domain.md §0's rows.
ROUTES: dict[tuple[str, str], str] = {
    ("GET", "/health"): "public",
    ("POST", "/auth/token"): "public",
    ("DELETE", "/auth/token"): "logout",
    ("POST", "/auth/session"): "public",
    ("DELETE", "/auth/session"): "logout",
    ("GET", "/me"): "read_me",
    ("GET", "/me/work"): "read_me",
    ("POST", "/organisations"): "create_organisation",
    ("GET", "/organisations"): "read_organisations",
    ("GET", "/organisations/{id}"): "read_organisation",
    ("GET", "/organisations/{id}/settings"): "read_settings",
    ("PATCH", "/organisations/{id}/settings"): "update_settings",
    ("GET", "/teams"): "read_people",
    ("POST", "/teams"): "manage_people",
    ("GET", "/teams/{id}"): "read_people",
    ("PATCH", "/teams/{id}"): "manage_people",
    ("GET", "/teams/{id}/members"): "read_people",
    ("PUT", "/teams/{id}/members/{userId}"): "record_availability",
    ("DELETE", "/teams/{id}/members/{userId}"): "manage_people",
    ("GET", "/users"): "read_people",
    ("POST", "/users"): "create_user",
    ("GET", "/users/{id}"): "read_people",
    ("PATCH", "/users/{id}"): "manage_people",
    ("GET", "/users/{id}/absences"): "read_absences",
    ("POST", "/users/{id}/absences"): "record_availability",
    ("GET", "/users/{id}/absences/{absenceId}"): "read_absences",
    ("DELETE", "/users/{id}/absences/{absenceId}"): "record_availability",
    ("GET", "/api-clients"): "manage_api_clients",
    ("POST", "/api-clients"): "manage_api_clients",
    ("DELETE", "/api-clients/{id}"): "manage_api_clients",
    ("GET", "/audit-events"): "read_audit",
    ("GET", "/clients"): "read_clients",
    ("POST", "/clients"): "write_clients",
    ("PUT", "/clients/by-ref/{system}/{ref}"): "upsert_client",
    ("GET", "/clients/{id}"): "read_clients",
    ("PATCH", "/clients/{id}"): "write_clients",
    ("PUT", "/clients/{id}/diagnosis"): "record_diagnosis",
    ("GET", "/clients/{id}/exemptions"): "read_clients",
    ("POST", "/clients/{id}/exemptions"): "manage_exemptions",
    ("GET", "/exemptions/{id}"): "read_clients",
    ("POST", "/exemptions/{id}/end"): "manage_exemptions",
    ("GET", "/cases"): "read_cases",
    ("POST", "/cases"): "create_case",
    ("GET", "/cases/{id}"): "read_cases",
    ("PATCH", "/cases/{id}"): "edit_case",
    ("POST", "/cases/{id}/submit"): "edit_case",
    ("POST", "/cases/{id}/withdraw"): "edit_case",
    ("PUT", "/cases/{id}/outcome"): "edit_case",
    ("GET", "/cases/{id}/history"): "read_cases",
    ("GET", "/decision-trees"): "read_trees",
    ("POST", "/decision-trees"): "publish_tree",
    ("GET", "/decision-trees/{id}"): "read_trees",
    ("GET", "/boilerplate-phrases"): "read_trees",
    ("POST", "/boilerplate-phrases"): "maintain_boilerplate",
    ("GET", "/boilerplate-phrases/{id}"): "read_trees",
    ("DELETE", "/boilerplate-phrases/{id}"): "maintain_boilerplate",
    ("GET", "/assessments"): "read_assessments",
    ("POST", "/assessments"): "start_assessment",
    ("GET", "/assessments/{id}"): "read_assessments",
    ("PATCH", "/assessments/{id}"): "answer_assessment",
    ("PUT", "/assessments/{id}/answers/{questionKey}"): "answer_assessment",
    ("POST", "/assessments/{id}/complete"): "answer_assessment",
    ("POST", "/assessments/{id}/withdraw"): "withdraw_assessment",
    ("POST", "/assessments/{id}/reviews"): "review_referral",
    ("GET", "/assessments/{id}/reviews"): "read_assessments",
    ("GET", "/assessments/{id}/handover"): "read_assessments",
    ("GET", "/assessment-stats"): "assessment_stats",
    # conferences
    ("GET", "/calendar-feeds"): "manage_calendar_feeds",
    ("POST", "/calendar-feeds"): "manage_calendar_feeds",
    ("DELETE", "/calendar-feeds/{feed}"): "manage_calendar_feeds",
    ("GET", "/calendar-feeds/{feed}"): "public",
    ("GET", "/conference-series"): "read_series",
    ("POST", "/conference-series"): "manage_series",
    ("GET", "/conference-series/{id}"): "read_series",
    ("PATCH", "/conference-series/{id}"): "edit_series",
    ("GET", "/conference-series/{id}/calendar"): "read_conferences",
    ("GET", "/conference-series/{id}/members"): "read_series",
    ("DELETE", "/conference-series/{id}/members/{userId}"): "manage_series",
    ("PUT", "/conference-series/{id}/members/{userId}"): "manage_series",
    ("GET", "/conference-series/{id}/rotation"): "read_conferences",
    ("GET", "/dilemmas"): "read_dilemmas",
    ("POST", "/dilemmas"): "create_dilemma",
    ("GET", "/dilemmas/{id}"): "read_dilemmas",
    ("GET", "/dilemmas/{id}/results"): "read_dilemmas",
    ("POST", "/dilemmas/{id}/votes"): "cast_vote",
    ("GET", "/sessions"): "read_conferences",
    ("GET", "/sessions/{id}"): "read_conferences",
    ("PATCH", "/sessions/{id}"): "edit_series",
    ("POST", "/sessions/{id}/cases"): "edit_series",
    ("GET", "/sessions/{id}/handovers"): "read_conferences",
    ("POST", "/sessions/{id}/handovers"): "hand_over_task",
    ("GET", "/sessions/{id}/minutes"): "read_conferences",
    ("PUT", "/sessions/{id}/minutes"): "write_minutes",
    ("GET", "/standpoints"): "read_standpoints",
    ("POST", "/standpoints"): "record_standpoint",
    ("GET", "/standpoints/{id}"): "read_standpoints",
    ("POST", "/standpoints/{id}/withdraw"): "withdraw_standpoint",
    # dashboard and import
    ("GET", "/benchmarks"): "read_benchmarks",
    ("GET", "/benchmarks/{year}"): "read_benchmarks",
    ("PUT", "/benchmarks/{year}"): "record_benchmark",
    ("GET", "/dashboard/attention"): "read_dashboard",
    ("GET", "/dashboard/attention-counts"): "read_dashboard",
    ("GET", "/dashboard/exemptions"): "read_dashboard",
    ("GET", "/exemption-counts"): "manual_counts",
    ("POST", "/exemption-counts"): "manual_counts",
    ("DELETE", "/exemption-counts/{id}"): "manual_counts",
    ("GET", "/exemption-counts/{id}"): "manual_counts",
    ("PUT", "/exemption-counts/{id}"): "manual_counts",
    ("GET", "/imports"): "import_caseload",
    ("POST", "/imports/caseload"): "import_caseload",
    ("POST", "/imports/caseload/columns"): "import_caseload",
    ("GET", "/imports/caseload/mapping"): "import_caseload",
    ("PUT", "/imports/caseload/mapping"): "import_caseload",
    ("GET", "/imports/{id:uuid}"): "import_caseload",
}
PUBLIC = {route for route, operation in ROUTES.items() if operation == "public"}

# operation: (klantmanager, teamleider, kwaliteit, consulent, beheerder, superuser, api scope)
# "—" = no access; any other word = a scope (own, team, org, referred, any).
EXPECTED: dict[str, tuple[str, str, str, str, str, str, str | None]] = {
    "read_me": ("own", "own", "own", "own", "own", "any", None),
    "logout": ("own", "own", "own", "own", "own", "any", None),
    "create_organisation": ("—", "—", "—", "—", "—", "any", None),
    "read_organisations": ("org", "org", "org", "org", "org", "any", None),
    "read_organisation": ("org", "org", "org", "org", "org", "any", None),
    "read_people": ("org", "org", "org", "org", "org", "—", None),
    "read_settings": ("org", "org", "org", "org", "org", "—", None),
    "update_settings": ("—", "—", "—", "—", "org", "—", None),
    "manage_people": ("—", "—", "—", "—", "org", "—", None),
    "create_user": ("—", "—", "—", "—", "org", "any", None),
    "record_availability": ("own", "team", "—", "own", "org", "—", None),
    "read_absences": ("team", "team", "—", "own", "org", "—", None),
    "manage_api_clients": ("—", "—", "—", "—", "org", "—", None),
    "read_audit": ("—", "—", "—", "—", "org", "—", None),
    "read_clients": ("team", "team", "org", "referred", "—", "—", "clients:read"),
    "write_clients": ("team", "team", "—", "—", "—", "—", None),
    "upsert_client": ("—", "—", "—", "—", "—", "—", "clients:write"),
    "record_diagnosis": ("team", "team", "—", "—", "—", "—", "clients:write"),
    "manage_exemptions": ("team", "team", "—", "—", "—", "—", None),
    "create_case": ("team", "team", "—", "—", "—", "—", None),
    "read_cases": ("team", "team", "org", "—", "—", "—", None),
    "edit_case": ("own", "team", "—", "—", "—", "—", None),
    "read_trees": ("org", "org", "org", "org", "org", "—", None),
    "publish_tree": ("—", "—", "—", "—", "org", "—", None),
    "maintain_boilerplate": ("—", "—", "org", "—", "org", "—", None),
    "start_assessment": ("team", "—", "—", "—", "—", "—", None),
    "answer_assessment": ("own", "—", "—", "—", "—", "—", None),
    "withdraw_assessment": ("own", "team", "—", "—", "—", "—", None),
    "read_assessments": ("team", "team", "org", "referred", "—", "—", "assessments:read"),
    "review_referral": ("—", "—", "—", "referred", "—", "—", None),
    "assessment_stats": ("own", "team", "org", "org", "—", "—", None),
    "assessment_stats_per_person": ("own", "team", "org", "—", "—", "—", None),
    # conferences (a klantmanager's "own": series owner, chair or note-taker, own task)
    "manage_series": ("—", "team", "—", "—", "org", "—", None),
    "read_series": ("team", "team", "org", "—", "org", "—", None),
    "read_conferences": ("team", "team", "org", "—", "—", "—", None),
    "write_minutes": ("own", "team", "—", "—", "—", "—", None),
    "edit_series": ("own", "team", "—", "—", "org", "—", None),
    "hand_over_task": ("own", "team", "—", "—", "—", "—", None),
    "record_takeover": ("own", "team", "—", "—", "—", "—", None),
    "create_dilemma": ("team", "team", "—", "—", "—", "—", None),
    "cast_vote": ("team", "team", "—", "—", "—", "—", None),
    "read_dilemmas": ("team", "team", "org", "—", "—", "—", None),
    "read_standpoints": ("team", "team", "org", "—", "—", "—", None),
    "record_standpoint": ("own", "team", "—", "—", "—", "—", None),
    "withdraw_standpoint": ("—", "team", "—", "—", "—", "—", None),
    "manage_calendar_feeds": ("own", "own", "own", "—", "—", "—", None),
    # dashboard and import
    "read_dashboard": ("team", "team", "org", "—", "—", "—", "dashboard:read"),
    "manual_counts": ("—", "team", "—", "—", "—", "—", None),
    "read_benchmarks": ("org", "org", "org", "org", "org", "—", "dashboard:read"),
    "record_benchmark": ("—", "—", "—", "—", "org", "—", None),
    "import_caseload": ("—", "—", "—", "—", "org", "—", "imports:write"),
}
ROLE_COLUMNS = ["km", "tl", "kw", "co", "bh", "su"]
ROLE_NAMES = {
    "km": "klantmanager",
    "tl": "teamleider",
    "kw": "kwaliteit",
    "co": "consulent",
    "bh": "beheerder",
    "su": "superuser",
}
API_SCOPES = [
    "clients:read",
    "clients:write",
    "assessments:read",
    "dashboard:read",
    "imports:write",
]


def _body_kind(route: object, extra: dict[str, object]) -> str | None:
    """ "json", "multipart" (an upload) or None for a route without a body."""
    if getattr(route, "body_field", None) is None:
        return None
    consumes = extra.get("x-consumes") or ()
    return "multipart" if "multipart/form-data" in consumes else "json"  # type: ignore[operator]


def _served(app) -> Iterator[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    """(method, path, declared operation, has a body) of every API route the app serves."""
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        if not context.path.startswith(f"{API}/") or not getattr(route, "include_in_schema", 0):
            continue
        extra = getattr(route, "openapi_extra", None) or {}
        for method in sorted((context.methods or set()) - {"HEAD"}):
            yield (
                method,
                context.path[len(API) :],
                extra.get("x-operation"),
                _body_kind(route, extra),
            )


def test_the_app_serves_exactly_the_routes_of_the_table(app) -> None:
    served = {(method, path): operation for method, path, operation, _ in _served(app)}
    assert set(served) - set(ROUTES) == set(), "routes the table does not know"
    assert set(ROUTES) - set(served) == set(), "routes the app does not serve"
    wrong = {
        route: (served[route], ROUTES[route]) for route in ROUTES if served[route] != ROUTES[route]
    }
    assert wrong == {}, "routes declaring another operation than the table says"


def test_only_the_listed_routes_are_public(app) -> None:
    assert {(m, p) for m, p, op, _ in _served(app) if op == "public"} == PUBLIC


def test_policy_table_matches_domain_table() -> None:
    assert set(EXPECTED) == {op.value for op in TABLE}
    for operation, row in EXPECTED.items():
        entry = TABLE[Op(operation)]
        for column, expected in zip(ROLE_COLUMNS, row[:6], strict=True):
            actual = entry.get(ROLE_NAMES[column])
            assert (actual.value if actual else "—") == expected, (operation, column)
        assert API_SCOPE_FOR.get(Op(operation)) == row[6], operation


# --------------------------------------------------------------------------- roles × routes


def _actors(world: World) -> dict[str, dict[str, str]]:
    actors = {name: world[name].auth for name in ROLE_COLUMNS}
    for scope in API_SCOPES:
        actors[scope] = {"X-API-Key": world.api_keys[scope]}
    return actors


def _allowed(operation: str, actor: str) -> bool:
    row = EXPECTED[operation]
    if actor in ROLE_COLUMNS:
        return row[ROLE_COLUMNS.index(actor)] != "—"
    return row[6] == actor


def _expected_status(method: str, path: str, operation: str, actor: str, has_body: bool) -> int:
    """What a request with random ids and (for a body) an invalid body answers."""
    if not _allowed(operation, actor):
        return 403
    if has_body:
        return 400  # invalid input, checked before any lookup (step 3)
    if "{" in path:
        return 404  # the id names nothing (step 4)
    return 201 if method == "POST" else 200  # a POST without a body makes something


# What a path placeholder or a required query parameter takes to name nothing that exists
REQUIRED_QUERY = {("GET", "/dashboard/attention"): "?list=geen_gesprek"}


def _absent(match: re.Match[str]) -> str:
    return "2099" if match.group(0) == "{year}" else str(uuid.uuid4())  # no figure for 2099


def test_every_route_answers_every_role_exactly(app, client, world: World) -> None:
    failures = []
    actors = _actors(world)
    bodies = {(method, path): has_body for method, path, _, has_body in _served(app)}
    for (method, path), operation in sorted(ROUTES.items()):
        if operation in ("public", "logout"):  # logout ends the token: tested on its own
            continue
        url = API + re.sub(r"\{[^}]+\}", _absent, path) + REQUIRED_QUERY.get((method, path), "")
        body: dict[str, object] = {}
        if bodies[(method, path)] == "multipart":  # an upload without its file
            body = {"files": {"surelyNotAMember": ("x.txt", b"x", "text/plain")}}
        elif bodies[(method, path)]:
            body = {"json": {"surelyNotAMember": True}}
        anonymous = client.request(method, url, **body)
        if anonymous.status_code != 401:
            failures.append(f"anonymous {method} {path}: {anonymous.status_code}, expected 401")
        for actor, headers in actors.items():
            reply = client.request(method, url, headers=headers, **body)
            expected = _expected_status(method, path, operation, actor, bool(body))
            if reply.status_code != expected:
                failures.append(
                    f"{actor} {method} {path}: {reply.status_code}, expected {expected}"
                )
            if reply.status_code >= 400:
                assert reply.headers["content-type"].startswith("application/problem+json")
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("scope", API_SCOPES)
def test_api_key_never_reads_people(client, world: World, scope: str) -> None:
    reply = client.get(f"{API}/users", headers={"X-API-Key": world.api_keys[scope]})
    assert reply.status_code == 403


# --------------------------------------------------------------------------- scope probes


@dataclass
class Records:
    """One record of each kind per probe position."""

    clients: dict[str, str]  # own team, other team, other organisation, referred
    cases: dict[str, str]  # own concept, colleague's submitted, colleague's concept, other team
    assessments: dict[str, str]  # own open, referred completed of another team


def _records(client, world: World) -> Records:  # type: ignore[no-untyped-def]
    referral = completed(client, world)  # a referral to R&W of a client of km's team
    return Records(
        clients={
            "own_team": new_client(client, world, who="km")["id"],
            "other_team": new_client(client, world, who="km_other")["id"],
            "other_org": new_client(client, world, who="km_b")["id"],
            "referred": referral["clientId"],
        },
        cases={
            "own": new_case(client, world, who="km")["id"],
            "team_submitted": submitted_case(client, world, who="km2")["id"],
            "team_concept": new_case(client, world, who="km2")["id"],
            "other_team": submitted_case(client, world, who="km_other")["id"],
            "other_org": submitted_case(client, world, who="km_b")["id"],
        },
        assessments={
            "own_open": start(client, world, new_client(client, world)["id"]).json()["id"],
            "referred": referral["id"],
        },
    )


# probe → actor → expected status of GET on the record
CLIENT_READS = {
    "own_team": {
        "km": 200,
        "km2": 200,
        "tl": 200,
        "km_other": 404,
        "kw": 200,
        "co": 404,
        "km_b": 404,
    },
    "other_team": {"km": 404, "tl": 404, "km_other": 200, "kw": 200, "co": 404, "km_b": 404},
    "other_org": {"km": 404, "tl": 404, "kw": 404, "co": 404, "km_b": 200},
    "referred": {"km": 200, "km_other": 404, "kw": 200, "co": 200, "km_b": 404},
}
CASE_READS = {
    "own": {"km": 200, "km2": 404, "tl": 200, "km_other": 404, "kw": 200, "km_b": 404},
    "team_submitted": {"km": 200, "km2": 200, "tl": 200, "km_other": 404, "kw": 200},
    "team_concept": {"km": 404, "km2": 200, "tl": 200, "kw": 200},
    "other_team": {"km": 404, "tl": 404, "tl_other": 200, "km_other": 200, "kw": 200},
    "other_org": {"km": 404, "tl": 404, "kw": 404, "km_b": 200},
}
# a write without If-Match stops at 428 when allowed; 403 when readable only; 404 outside
CASE_PATCHES = {
    "own": {"km": 428, "tl": 428, "km2": 404},
    "team_submitted": {"km": 403, "km2": 428, "tl": 428, "km_other": 404},
    "other_team": {"km": 404, "tl": 404, "tl_other": 428},
    "other_org": {"km": 404, "tl": 404},
}
CLIENT_PATCHES = {
    "own_team": {"km": 428, "km2": 428, "tl": 428, "km_other": 404},
    "other_team": {"km": 404, "tl": 404, "tl_other": 428},
    "other_org": {"km": 404},
}
ASSESSMENT_READS = {
    "own_open": {"km": 200, "km2": 200, "tl": 200, "km_other": 404, "kw": 200, "co": 404},
    "referred": {"km": 200, "km2": 200, "km_other": 404, "kw": 200, "co": 200, "km_b": 404},
}
# answering: own only (a colleague in the team reads it: 403; another team: 404)
ASSESSMENT_TWIJFEL = {"own_open": {"km": 428, "km2": 403, "km_other": 404}}


def test_reads_and_writes_follow_the_scope_of_each_role(client, world: World) -> None:
    records = _records(client, world)
    patch = {"headers": {"Content-Type": "application/merge-patch+json"}, "content": b"{}"}
    failures = []

    def check(
        method: str, url: str, table: dict[str, dict[str, int]], ids: dict[str, str], **kw
    ) -> None:  # type: ignore[no-untyped-def]
        for probe, expected_by_actor in table.items():
            for who, expected in expected_by_actor.items():
                target = url.format(id=ids[probe])
                headers = {**world[who].auth, **kw.get("headers", {})}
                reply = client.request(method, target, headers=headers, content=kw.get("content"))
                if reply.status_code != expected:
                    failures.append(
                        f"{who} {method} {probe} {target}: {reply.status_code} ≠ {expected}"
                    )

    check("GET", f"{API}/clients/{{id}}", CLIENT_READS, records.clients)
    check("GET", f"{API}/clients/{{id}}/exemptions", CLIENT_READS, records.clients)
    check("PATCH", f"{API}/clients/{{id}}", CLIENT_PATCHES, records.clients, **patch)
    check("GET", f"{API}/cases/{{id}}", CASE_READS, records.cases)
    check("GET", f"{API}/cases/{{id}}/history", CASE_READS, records.cases)
    check("PATCH", f"{API}/cases/{{id}}", CASE_PATCHES, records.cases, **patch)
    check("GET", f"{API}/assessments/{{id}}", ASSESSMENT_READS, records.assessments)
    twijfel = {**patch, "content": b'{"twijfel": true}'}
    check("PATCH", f"{API}/assessments/{{id}}", ASSESSMENT_TWIJFEL, records.assessments, **twijfel)
    assert failures == [], "\n".join(failures)


def test_exemptions_are_granted_only_in_the_clients_team(client, world: World) -> None:
    records = _records(client, world)
    # dates that contradict each other: allowed writers stop at the business rule (400)
    body = {"ground": "art_9_lid_2", "startDate": "2026-03-01", "endDate": "2026-02-01",
            "basisDocumentDate": "2026-02-01"}  # fmt: skip
    expected = {
        ("own_team", "km"): 400,
        ("own_team", "tl"): 400,
        ("own_team", "km_other"): 404,
        ("other_team", "km"): 404,
        ("other_org", "km"): 404,
        ("own_team", "tl_other"): 404,
        ("referred", "co"): 403,  # a consultant reads a referred client but grants nothing
    }
    found = {
        (probe, who): client.post(
            f"{API}/clients/{records.clients[probe]}/exemptions", json=body, headers=world[who].auth
        ).status_code
        for probe, who in expected
    }
    assert found == expected


def test_consultants_review_referrals_but_never_their_own(client, world: World) -> None:
    records = _records(client, world)
    url = f"{API}/assessments/{records.assessments['referred']}/reviews"
    empty = {"decision": "geaccepteerd", "argument": ""}  # the rule refuses it: 400, nothing stored
    assert client.post(url, json=empty, headers=world["co"].auth).status_code == 400
    own_open = f"{API}/assessments/{records.assessments['own_open']}/reviews"
    assert client.post(own_open, json=empty, headers=world["co"].auth).status_code == 404
    assert client.post(url, json=empty, headers=world["km"].auth).status_code == 403


def test_absences_are_read_within_the_team_and_reasons_stay_private(client, world: World) -> None:
    own = client.post(
        f"{API}/users/{world['km'].id}/absences",
        json={"startDate": "2026-07-01", "endDate": "2026-07-05", "reason": "Verlof"},
        headers=world["km"].auth,
    ).json()
    url = f"{API}/users/{world['km'].id}/absences/{own['id']}"
    readers = ("km", "km2", "tl", "km_other", "tl_other", "bh", "co", "kw", "bh_b")
    statuses = {who: client.get(url, headers=world[who].auth).status_code for who in readers}
    assert statuses == {
        "km": 200,
        "km2": 200,
        "tl": 200,
        "km_other": 404,
        "tl_other": 404,
        "bh": 200,
        "co": 404,
        "kw": 403,
        "bh_b": 404,
    }
    seen = client.get(url, headers=world["km2"].auth).json()
    assert seen["reason"] is None
    assert client.get(url, headers=world["bh"].auth).json()["reason"] == "Verlof"
