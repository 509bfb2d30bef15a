"""Strict input (issue 11): one form per scalar type, a year range, BSNs in every free text.

Each test is a finding of issue 11 that main accepted: bodies, and the query and path
parameters and the header the routes and the request guard parse.
"""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from tests.api.test_assessments import ARGS, COMPLETION, answer_all, start
from tests.api.test_clients import new_client, upsert
from tests.api.test_exemptions import _grant
from tests.conftest import World
from vakwerk.clients.models import Client

API = "/api/v1"
BSN = "628194821"  # passes the 11-proef
FULLWIDTH_BSN = "".join(chr(0xFF10 + int(d)) for d in BSN)
ARABIC_INDIC_BSN = "".join(chr(0x0660 + int(d)) for d in BSN)


def problems(reply) -> set[tuple[str, str]]:  # type: ignore[no-untyped-def]
    assert reply.status_code == 400, reply.text
    assert reply.headers["content-type"] == "application/problem+json"
    return {(p["name"], p["code"]) for p in reply.json()["invalidParams"]}


def test_a_date_is_no_unix_timestamp(client, world: World) -> None:
    km = world["km"].auth
    reply = client.post(f"{API}/clients", json={"benefitStartDate": 0}, headers=km)
    assert problems(reply) == {("benefitStartDate", "invalid_type")}
    reply = client.post(
        f"{API}/users/{world['km'].id}/absences",
        json={"startDate": "0", "endDate": "2026-03-02"},
        headers=km,
    )
    assert problems(reply) == {("startDate", "invalid_format")}


def test_a_date_time_is_no_date(client, world: World) -> None:
    reply = client.post(
        f"{API}/cases",
        json={"kind": "algemeen", "targetSessionDate": "2026-12-01T00:00:00"},
        headers=world["km"].auth,
    )
    assert problems(reply) == {("targetSessionDate", "invalid_format")}
    reason = reply.json()["invalidParams"][0]["reason"]
    assert "JJJJ-MM-DD" in reason


def test_dates_at_the_edges_are_out_of_range(client, world: World) -> None:
    km = world["km"].auth
    for edge in ("0001-01-01", "0001-01-06", "1899-12-31", "2201-01-01", "9999-12-31"):
        reply = client.post(
            f"{API}/cases", json={"kind": "algemeen", "targetSessionDate": edge}, headers=km
        )
        assert problems(reply) == {("targetSessionDate", "out_of_range")}, edge
    person = new_client(client, world, benefitStartDate="2026-01-01")
    reply = _grant(
        client,
        world,
        person["id"],
        ground="art_9a",
        startDate="9999-12-31",
        youngestChildBirthDate="2025-06-01",
    )
    assert problems(reply) == {("startDate", "out_of_range")}
    at_the_limits = client.post(
        f"{API}/cases", json={"kind": "algemeen", "targetSessionDate": "2200-12-31"}, headers=km
    )
    assert at_the_limits.status_code == 201, at_the_limits.text


def test_integers_and_booleans_are_json_ones(client, world: World) -> None:
    km = world["km"].auth
    for rung in (True, "3", 3.5):
        reply = client.post(f"{API}/clients", json={"ladderRung": rung}, headers=km)
        assert problems(reply) == {("ladderRung", "invalid_type")}, rung
    person = new_client(client, world)
    reply = client.put(
        f"{API}/clients/{person['id']}/diagnosis",
        json={"elements": [{"element": "werkervaring", "obstacle": "false", "severity": "2"}]},
        headers=km,
    )
    assert problems(reply) == {
        ("elements.0.obstacle", "invalid_type"),
        ("elements.0.severity", "invalid_type"),
    }
    reply = start(client, world, person["id"], twijfel=1)
    assert problems(reply) == {("twijfel", "invalid_type")}


def test_ids_in_bodies_are_canonical_uuids(client, world: World) -> None:
    person = new_client(client, world)
    plain = uuid.UUID(person["id"])
    for written in ("{" + person["id"] + "}", plain.hex, plain.urn):
        reply = client.post(
            f"{API}/cases",
            json={"kind": "algemeen", "clientId": written},
            headers=world["km"].auth,
        )
        assert problems(reply) == {("clientId", "invalid_format")}, written
    upper = client.post(
        f"{API}/cases",
        json={"kind": "algemeen", "clientId": person["id"].upper()},
        headers=world["km"].auth,
    )
    assert upper.status_code == 201 and upper.json()["clientId"] == person["id"]


def test_paging_takes_plain_integers(client, world: World) -> None:
    km = world["km"].auth
    for query in ("limit=1.0", "limit=true", "offset=+1", "offset=%201", "limit=0x10"):
        assert problems(client.get(f"{API}/cases?{query}", headers=km)) == {
            (query.split("=")[0], "invalid_type")
        }, query
    assert client.get(f"{API}/cases?limit=2&offset=0", headers=km).status_code == 200


def _completed_answers(client, world: World) -> str:  # type: ignore[no-untyped-def]
    person = new_client(client, world)
    assessment = start(client, world, person["id"]).json()
    answer_all(client, world, assessment["id"], "nee", {k: f"{v} Strikt." for k, v in ARGS.items()})
    return str(assessment["id"])


@pytest.mark.parametrize("written", [BSN, "628-194-821", "628\u00a0194\u00a0821", "628.194.821"])
def test_a_bsn_in_the_completion_is_refused(client, world: World, written: str) -> None:
    assessment_id = _completed_answers(client, world)
    body = {
        **COMPLETION,
        "decidedBy": f"Besloten met klant {written}",
        "consultation": {**COMPLETION["consultation"], "withWhom": written},  # type: ignore[dict-item]
    }
    reply = client.post(
        f"{API}/assessments/{assessment_id}/complete", json=body, headers=world["km"].auth
    )
    assert problems(reply) == {
        ("decidedBy", "bsn_detected"),
        ("consultation.withWhom", "bsn_detected"),
    }


def test_a_bsn_in_names_and_reasons_is_refused(client, world: World) -> None:
    bh, su, km = world["bh"].auth, world["su"].auth, world["km"].auth
    hyphens, nbsp = "628-194-821", "628\u00a0194\u00a0821"
    refused = [
        (
            client.post(
                f"{API}/teams", json={"name": f"Team {hyphens}", "kind": "werk_inkomen"}, headers=bh
            ),
            "name",
        ),
        (
            client.post(
                f"{API}/users",
                json={
                    "email": "nieuw@a.example",
                    "displayName": f"Jan {nbsp}",
                    "password": "correct-horse-battery",
                    "roles": ["klantmanager"],
                },
                headers=bh,
            ),
            "displayName",
        ),
        (
            client.post(
                f"{API}/api-clients",
                json={"name": f"koppeling {BSN}", "scopes": ["clients:read"]},
                headers=bh,
            ),
            "name",
        ),
        (
            client.post(f"{API}/organisations", json={"name": f"Gemeente {hyphens}"}, headers=su),
            "name",
        ),
        (
            client.post(f"{API}/boilerplate-phrases", json={"text": f"Zie {nbsp}"}, headers=bh),
            "text",
        ),
        (
            client.post(
                f"{API}/users/{world['km'].id}/absences",
                json={"startDate": "2026-03-02", "endDate": "2026-03-03", "reason": hyphens},
                headers=km,
            ),
            "reason",
        ),
    ]
    for reply, name in refused:
        assert problems(reply) == {(name, "bsn_detected")}, (name, reply.text)


def test_the_by_ref_bsn_is_ascii_digits(client, world: World, db) -> None:  # type: ignore[no-untyped-def]
    body = {"teamId": str(world.teams["wi1"]), "bsn": BSN}
    assert upsert(client, world, "ref-1", body).status_code == 201
    for n, written in enumerate((FULLWIDTH_BSN, ARABIC_INDIC_BSN), 2):
        reply = upsert(client, world, f"ref-{n}", {**body, "bsn": written})
        assert problems(reply) == {("bsn", "invalid_bsn")}, written
    assert db.scalar(select(func.count()).select_from(Client)) == 1


def test_query_dates_are_strict_and_in_range(client, world: World) -> None:
    km = world["km"].auth
    assert problems(client.get(f"{API}/assessment-stats?toDate=0", headers=km)) == {
        ("toDate", "invalid_format")
    }
    assert problems(client.get(f"{API}/assessment-stats?toDate=9999-12-31", headers=km)) == {
        ("toDate", "out_of_range")
    }
    assert problems(client.get(f"{API}/assessment-stats?fromDate=0001-01-01", headers=km)) == {
        ("fromDate", "out_of_range")
    }


def test_query_instants_are_in_range(client, world: World) -> None:
    reply = client.get(
        f"{API}/audit-events?occurredTo=9999-12-31T23:59:59-14:00", headers=world["bh"].auth
    )
    assert problems(reply) == {("occurredTo", "out_of_range")}


def test_query_booleans_are_true_or_false(client, world: World) -> None:
    reply = client.get(f"{API}/clients?conversationOverdue=1", headers=world["km"].auth)
    assert problems(reply) == {("conversationOverdue", "invalid_type")}


def test_path_ids_in_another_form_name_nothing(client, world: World) -> None:
    person = new_client(client, world)
    plain = uuid.UUID(person["id"])
    for written in ("{" + person["id"] + "}", plain.hex):
        assert client.get(f"{API}/clients/{written}", headers=world["km"].auth).status_code == 404


def test_a_bsn_in_the_audit_reason_is_refused(client, world: World) -> None:
    reply = client.post(
        f"{API}/teams",
        json={"name": "Team Oost", "kind": "werk_inkomen"},
        headers={**world["bh"].auth, "X-Audit-Toelichting": "klant 628-194-821 belde"},
    )
    assert problems(reply) == {("X-Audit-Toelichting", "bsn_detected")}


# One loose form per scalar type a query parameter can have: each must be refused.
LOOSE = {
    ("boolean", None): "1",
    ("integer", None): "1.0",
    ("string", "date"): "20261201",
    ("string", "date-time"): "2026-12-01T09:00:00",
    ("string", "uuid"): "{" + str(uuid.UUID(int=1)) + "}",
}


def _scalar(schema: dict) -> tuple[str, str | None] | None:  # type: ignore[type-arg]
    for option in schema.get("anyOf", [schema]):
        key = (option.get("type"), option.get("format"))
        if key in LOOSE:
            return key  # type: ignore[return-value]
    return None


def test_every_typed_query_parameter_refuses_its_loose_form(client, world: World) -> None:
    """The rule, not the examples: every GET's typed query parameters, from the contract.

    A loose value is never accepted: no caller gets a 2xx, and a caller the operation
    admits gets 400 naming the parameter (an admitted caller is one of the seeded roles).
    """
    contract = client.get(f"{API}/openapi.json").json()
    callers = [person.auth for person in world.people.values()]
    path_values = {"organisationId": str(world.organisation_id)}
    checked = 0
    for path, item in contract["paths"].items():
        operation = item.get("get")
        if operation is None:
            continue
        url = API + path
        if "{" in path:
            if {p["name"] for p in operation["parameters"] if p["in"] == "path"} - set(path_values):
                continue  # an id of a record: its own tests
            url = API + path.format(**path_values)
        # a required choice (the attention list's ``list``) takes its first value
        required = {
            p["name"]: p["schema"]["enum"][0]
            for p in operation.get("parameters", [])
            if p["in"] == "query" and p.get("required") and "enum" in p["schema"]
        }
        for parameter in operation.get("parameters", []):
            kind = _scalar(parameter["schema"]) if parameter["in"] == "query" else None
            if kind is None:
                continue
            named = False
            loose = {**required, parameter["name"]: LOOSE[kind]}
            for auth in callers:
                reply = client.get(url, params=loose, headers=auth)
                assert not reply.is_success, (path, parameter["name"], reply.text)
                if reply.status_code == 400:
                    names = {p["name"] for p in reply.json()["invalidParams"]}
                    assert names == {parameter["name"]}, (path, names)
                    named = True
            assert named, (path, parameter["name"], "no seeded role is admitted")
            checked += 1
    assert checked >= 20
