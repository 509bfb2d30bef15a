"""What the request edge refuses before any route runs, and what it guarantees after.

Control characters (a NUL byte above all: PostgreSQL cannot store one) are refused in
bodies, queries, headers and form fields alike with 400 ``invalid_character`` naming the
member; tab, carriage return and line feed stay allowed in free text. If-Match follows
RFC 9110. Forwarded headers are trusted only from the configured addresses, so the login
throttle cannot be dodged by sending X-Forwarded-For. A 500 still carries the headers.
"""

from __future__ import annotations

import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests.api.test_cases import new_case
from tests.api.test_clients import new_client
from tests.conftest import LiveServer, World
from vakwerk.core.config import Settings
from vakwerk.core.policy import Op
from vakwerk.core.routing import op, router
from vakwerk.main import create_app

API = "/api/v1"


def _invalid(reply: httpx.Response, name: str) -> None:
    assert reply.status_code == 400, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    params = reply.json()["invalidParams"]
    assert {"name": name, "code": "invalid_character"} in [
        {"name": p["name"], "code": p["code"]} for p in params
    ], params


@pytest.mark.parametrize("character", ["\u0000", "\u0007", "\u001b", "\u007f", "\u0085"])
def test_a_control_character_in_a_body_is_refused_naming_the_member(
    client, world: World, character: str
) -> None:  # type: ignore[no-untyped-def]
    reply = client.post(
        f"{API}/cases",
        json={"kind": "algemeen", "education": f"Mbo{character}2"},
        headers=world["km"].auth,
    )
    _invalid(reply, "education")


def test_a_control_character_nested_in_a_list_names_its_place(client, world: World) -> None:  # type: ignore[no-untyped-def]
    created = new_client(client, world)
    reply = client.put(
        f"{API}/clients/{created['id']}/diagnosis",
        json={
            "elements": [
                {"element": "werkervaring", "obstacle": False, "severity": 0, "note": "ok\u0000"}
            ]
        },
        headers=world["km"].auth,
    )
    _invalid(reply, "elements.0.note")


def test_tab_carriage_return_and_line_feed_stay_allowed_in_free_text(client, world: World) -> None:  # type: ignore[no-untyped-def]
    text = "Eerste regel\r\nTweede regel\tmet tab"
    case = new_case(client, world, education=text)
    assert case["education"] == text


def test_a_nul_byte_in_a_query_and_in_a_form_field_is_refused(client, world: World) -> None:  # type: ignore[no-untyped-def]
    _invalid(client.get(f"{API}/cases", params={"q": "zoek\u0000"}, headers=world["km"].auth), "q")
    login = client.post(
        f"{API}/auth/token", data={"username": "km\u0000@a.example", "password": "x"}
    )
    _invalid(login, "username")


def test_a_control_character_in_a_header_is_refused(client, world: World) -> None:  # type: ignore[no-untyped-def]
    reply = client.get(
        f"{API}/cases", headers={**world["km"].auth, "X-Audit-Toelichting": "reden\u0001"}
    )
    _invalid(reply, "x-audit-toelichting")


def test_nothing_is_stored_when_a_control_character_is_refused(client, world: World) -> None:  # type: ignore[no-untyped-def]
    before = client.get(f"{API}/cases", headers=world["km"].auth).json()["total"]
    client.post(
        f"{API}/cases", json={"kind": "algemeen", "question": "\u0000"}, headers=world["km"].auth
    )
    assert client.get(f"{API}/cases", headers=world["km"].auth).json()["total"] == before


def test_a_bsn_in_the_audit_reason_is_refused(client, world: World) -> None:  # type: ignore[no-untyped-def]
    reply = client.get(
        f"{API}/cases", headers={**world["km"].auth, "X-Audit-Toelichting": "Klant 111222333"}
    )
    assert reply.status_code == 400
    assert reply.json()["invalidParams"][0]["code"] == "bsn_detected"


# --------------------------------------------------------------------------- If-Match


@pytest.mark.parametrize("header", ['"stale-0"', 'W/"1"', '"2"'])
def test_a_well_formed_tag_that_is_not_the_current_strong_one_is_stale(
    client, world: World, header: str
) -> None:  # type: ignore[no-untyped-def]
    case = new_case(client, world)
    reply = client.patch(
        f"{API}/cases/{case['id']}",
        content=b'{"education": "Hbo"}',
        headers={
            **world["km"].auth,
            "Content-Type": "application/merge-patch+json",
            "If-Match": header,
        },
    )
    assert reply.status_code == 412


def test_a_list_of_tags_holding_the_current_one_matches(client, world: World) -> None:  # type: ignore[no-untyped-def]
    case = new_case(client, world)
    reply = client.patch(
        f"{API}/cases/{case['id']}",
        content=b'{"education": "Hbo"}',
        headers={
            **world["km"].auth,
            "Content-Type": "application/merge-patch+json",
            "If-Match": '"7", "1"',
        },
    )
    assert reply.status_code == 200 and reply.headers["etag"] == '"2"'


# --------------------------------------------------------------------------- ids and scopes


def test_an_assessment_filter_on_a_client_outside_the_scope_is_a_400(client, world: World) -> None:  # type: ignore[no-untyped-def]
    theirs = new_client(client, world, who="km_other")
    for client_id in (theirs["id"], "0d8f1b7e-1111-4c8e-9f0a-2b1c3d4e5f60"):
        reply = client.get(
            f"{API}/assessments", params={"clientId": client_id}, headers=world["km"].auth
        )
        assert reply.status_code == 400
        assert reply.json()["invalidParams"][0] == {
            "name": "clientId",
            "code": "not_found",
            "reason": "Deze klant bestaat niet of valt buiten uw teams.",
        }


@pytest.mark.parametrize(
    "path",
    ["/cases/{{{id}}}", "/cases/{hex}", "/cases/urn:uuid:{id}"],
    ids=["braces", "hex", "urn"],
)
def test_a_path_id_in_another_form_than_the_canonical_names_nothing(
    client, world: World, path: str
) -> None:  # type: ignore[no-untyped-def]
    case = new_case(client, world)
    url = API + path.format(id=case["id"], hex=case["id"].replace("-", ""))
    assert client.get(url, headers=world["km"].auth).status_code == 404


# --------------------------------------------------------------------------- the throttle


def test_forwarded_headers_from_an_untrusted_caller_do_not_dodge_the_throttle(
    live_server: LiveServer,
) -> None:
    url = f"{live_server.url}{API}/auth/token"
    with httpx.Client(timeout=10) as http:
        statuses = [
            http.post(
                url,
                data={"username": f"niemand{n}@a.example", "password": "fout"},
                headers={"X-Forwarded-For": f"10.0.0.{n}"},
            ).status_code
            for n in range(21)
        ]
    # every attempt comes from 127.0.0.1 whatever the header says: the 21st is throttled
    assert statuses[:20] == [401] * 20 and statuses[20] == 429


# --------------------------------------------------------------------------- a 500


def test_an_unexpected_error_answers_500_problem_with_the_security_headers(
    settings: Settings,
) -> None:
    app: FastAPI = create_app(settings)
    broken = router("Systeem")

    @broken.get("/broken", include_in_schema=False, **op(Op.PUBLIC))
    async def broken_route() -> None:
        raise RuntimeError("kapot")

    app.router.routes.extend(broken.routes)
    with TestClient(app, raise_server_exceptions=False) as client:
        reply = client.get(f"{API}/broken")
    assert reply.status_code == 500
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert reply.headers["x-content-type-options"] == "nosniff"
    assert "frame-ancestors 'none'" in reply.headers["content-security-policy"]
    assert "kapot" not in reply.text


# --------------------------------------------------------------------------- body size


def test_a_json_body_over_one_mebibyte_is_refused_with_413_and_writes_nothing(
    client, world: World, db
) -> None:  # type: ignore[no-untyped-def]
    """With a Content-Length and without one (chunked): the edge counts what arrives."""
    from sqlalchemy import func, select

    from vakwerk.cases.models import Case

    before = db.scalar(select(func.count()).select_from(Case))
    body = b'{"kind": "algemeen", "question": "' + b"x" * (1 << 20) + b'"}'
    headers = {**world["km"].auth, "Content-Type": "application/json"}

    def chunks():  # type: ignore[no-untyped-def]
        for start in range(0, len(body), 64 * 1024):
            yield body[start : start + 64 * 1024]

    for content in (body, chunks()):
        reply = client.post(f"{API}/cases", content=content, headers=headers)
        assert reply.status_code == 413, reply.text[:200]
        assert reply.headers["content-type"].startswith("application/problem+json")
        assert "kB" in reply.json()["detail"]
    assert db.scalar(select(func.count()).select_from(Case)) == before
    just_under = {"kind": "algemeen", "question": "Past dit nog?"}
    assert client.post(f"{API}/cases", json=just_under, headers=world["km"].auth).status_code == 201
