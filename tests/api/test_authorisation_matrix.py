"""The authorisation matrix, generated from DOMAIN.md §0 "Who may do what".

The expected table below is transcribed from DOMAIN.md independently of the policy
module, so a mistake in either shows up here. For every route and every role,
API scope, the superuser and an anonymous caller:
- "—" → 403 before any lookup or body validation (random ids, invalid body);
- a scope → never 401/403 for that reason: 400 for the invalid body, 404 for a
  random id in the path, 200 for a list;
- no credentials → 401.
"""

from __future__ import annotations

import re
import uuid

import pytest
from fastapi.routing import iter_route_contexts

from tests.conftest import World
from vakwerk.core.policy import API_SCOPE_FOR, TABLE, Op

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
    # dashboard and import
    "read_dashboard": ("team", "team", "org", "—", "—", "—", "dashboard:read"),
    "manual_counts": ("—", "team", "—", "—", "—", "—", None),
    "read_benchmarks": ("org", "org", "org", "org", "org", "—", "dashboard:read"),
    "record_benchmark": ("—", "—", "—", "—", "org", "—", None),
    "import_caseload": ("—", "—", "—", "—", "org", "—", "imports:write"),
}
ROLE_COLUMNS = ["km", "tl", "kw", "co", "bh", "su"]
API_SCOPES = [
    "clients:read",
    "clients:write",
    "assessments:read",
    "dashboard:read",
    "imports:write",
]


def _routes(app):  # type: ignore[no-untyped-def]
    for context in iter_route_contexts(app.routes):
        route = context.original_route
        extra = getattr(route, "openapi_extra", None) or {}
        if not context.path.startswith("/api/v1/") or not getattr(
            route, "include_in_schema", False
        ):
            continue
        for method in sorted(context.methods or ()):
            body = getattr(route, "body_field", None)
            if body is not None and "multipart/form-data" in (extra.get("x-consumes") or ()):
                body = "multipart"
            yield method, context.path, extra.get("x-operation"), body


def test_every_api_route_declares_an_operation_of_the_table(app) -> None:
    missing = [(m, p) for m, p, operation, _ in _routes(app) if operation is None]
    assert missing == []
    declared = {operation for _, _, operation, _ in _routes(app)} - {"public"}
    assert declared <= set(EXPECTED), declared - set(EXPECTED)
    assert set(EXPECTED) == {op.value for op in TABLE}


def test_policy_table_matches_domain_table() -> None:
    names = {
        "km": "klantmanager",
        "tl": "teamleider",
        "kw": "kwaliteit",
        "co": "consulent",
        "bh": "beheerder",
        "su": "superuser",
    }
    for operation, row in EXPECTED.items():
        entry = TABLE[Op(operation)]
        for column, expected in zip(ROLE_COLUMNS, row[:6], strict=True):
            actual = entry.get(names[column])
            assert (actual.value if actual else "—") == expected, (operation, column)
        assert API_SCOPE_FOR.get(Op(operation)) == row[6], operation


def _call(client, method: str, path: str, headers: dict[str, str], has_body: object):  # type: ignore[no-untyped-def]
    url = re.sub(r"\{[^}]+\}", lambda _: str(uuid.uuid4()), path)
    kwargs = {"headers": headers}
    if has_body == "multipart":  # an upload without its file
        kwargs["files"] = {"surelyNotAMember": ("x.txt", b"x", "text/plain")}
    elif has_body:
        kwargs["json"] = {"surelyNotAMember": True}
    return client.request(method, url, **kwargs)


def _actors(world: World) -> dict[str, dict[str, str]]:
    actors = {name: world[name].auth for name in ROLE_COLUMNS}
    for scope in API_SCOPES:
        actors[scope] = {"X-API-Key": world.api_keys[scope]}
    return actors


def _expected_allowed(operation: str, actor: str) -> bool:
    row = EXPECTED[operation]
    if actor in ROLE_COLUMNS:
        return row[ROLE_COLUMNS.index(actor)] != "—"
    return row[6] == actor


def test_matrix(client, world: World, app) -> None:
    failures = []
    actors = _actors(world)
    for method, path, operation, body in _routes(app):
        if operation in ("public", "logout"):  # logout ends the token: tested on its own
            continue
        reply = _call(client, method, path, {}, body)
        if reply.status_code != 401:
            failures.append(f"anonymous {method} {path}: {reply.status_code}")
        for actor, headers in actors.items():
            reply = _call(client, method, path, headers, body)
            allowed = _expected_allowed(operation, actor)
            if not allowed and reply.status_code != 403:
                failures.append(f"{actor} {method} {path}: {reply.status_code}, expected 403")
            if allowed and reply.status_code in (401, 403):
                failures.append(f"{actor} {method} {path}: {reply.status_code}, expected access")
            if allowed and body is not None and reply.status_code != 400:
                failures.append(
                    f"{actor} {method} {path}: {reply.status_code}, expected 400 (invalid body)"
                )
            if (
                allowed
                and body is None
                and "{" in path
                and method != "GET"
                and reply.status_code not in (404, 204)
            ):
                failures.append(f"{actor} {method} {path}: {reply.status_code}, expected 404")
            if reply.status_code >= 400:
                assert reply.headers["content-type"].startswith("application/problem+json")
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("scope", API_SCOPES)
def test_api_key_never_reads_people(client, world: World, scope: str) -> None:
    reply = client.get("/api/v1/users", headers={"X-API-Key": world.api_keys[scope]})
    assert reply.status_code == 403
