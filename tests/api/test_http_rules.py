"""Errors and HTTP hygiene as docs/integration.md sets them out."""

from __future__ import annotations

import uuid

from tests.conftest import World

API = "/api/v1"


def _problem(reply, status: int) -> dict:  # type: ignore[no-untyped-def]
    assert reply.status_code == status, reply.text
    assert reply.headers["content-type"] == "application/problem+json"
    body = reply.json()
    assert body["status"] == status and body["title"] and body["detail"]
    assert "Traceback" not in reply.text
    return body


def test_unknown_route_and_trailing_slash_are_404_without_redirect(client, world: World) -> None:
    _problem(client.get(f"{API}/nothing-here", headers=world["bh"].auth), 404)
    _problem(client.get(f"{API}/teams/", headers=world["bh"].auth, follow_redirects=False), 404)
    root = client.get(f"{API}/")
    assert root.status_code == 200 and root.json()["name"] == "Vakwerk API"


def test_path_id_that_is_no_uuid_is_404_before_authentication(client) -> None:
    _problem(client.get(f"{API}/teams/not-a-uuid"), 404)


def test_wrong_method_is_405_with_allow(client, world: World) -> None:
    reply = client.put(f"{API}/teams", headers=world["bh"].auth)
    _problem(reply, 405)
    assert reply.headers.get_list("allow") == ["GET, POST"]
    assert client.options(f"{API}/teams", headers=world["bh"].auth).headers.get_list("allow") == [
        "GET, POST"
    ]


def test_wrong_content_type_is_415_after_authorisation(client, world: World) -> None:
    _problem(
        client.post(
            f"{API}/teams",
            content="name=x",
            headers={**world["bh"].auth, "Content-Type": "text/plain"},
        ),
        415,
    )
    # a role without access learns nothing about the body: 403 first
    _problem(
        client.post(
            f"{API}/teams", content="x", headers={**world["km"].auth, "Content-Type": "text/plain"}
        ),
        403,
    )
    _problem(client.post(f"{API}/teams", content="x", headers={"Content-Type": "text/plain"}), 401)


def test_unacceptable_accept_is_406(client, world: World) -> None:
    _problem(
        client.get(f"{API}/teams", headers={**world["bh"].auth, "Accept": "text/calendar"}), 406
    )
    ok = client.get(f"{API}/teams", headers={**world["bh"].auth, "Accept": "text/html,*/*;q=0.8"})
    assert ok.status_code == 200


def test_invalid_input_names_every_problem_at_once(client, world: World) -> None:
    reply = client.post(
        f"{API}/users",
        json={
            "email": "not-an-email",
            "displayName": "x" * 201,
            "password": "short",
            "roles": ["klantmanager", "koning"],
            "shoeSize": 44,
        },
        headers=world["bh"].auth,
    )
    body = _problem(reply, 400)
    found = {(p["name"], p["code"]) for p in body["invalidParams"]}
    assert found >= {
        ("email", "invalid_format"),
        ("displayName", "max_length"),
        ("password", "min_length"),
        ("roles.1", "invalid_choice"),
        ("shoeSize", "unknown_member"),
    }
    assert all(p["reason"] for p in body["invalidParams"])


def test_malformed_json_is_400(client, world: World) -> None:
    body = _problem(
        client.post(
            f"{API}/teams",
            content="{not json",
            headers={**world["bh"].auth, "Content-Type": "application/json"},
        ),
        400,
    )
    assert body["invalidParams"][0]["code"] == "invalid_json"


def test_query_limits_are_checked(client, world: World) -> None:
    body = _problem(
        client.get(f"{API}/users", params={"limit": 201, "offset": -1}, headers=world["bh"].auth),
        400,
    )
    assert {p["name"] for p in body["invalidParams"]} == {"limit", "offset"}


def test_headers_on_every_response(client, world: World) -> None:
    ok = client.get(f"{API}/me", headers=world["km"].auth)
    assert ok.headers["api-version"].count(".") == 2
    for reply in (ok, client.get(f"{API}/me"), client.get("/")):
        assert reply.headers["x-content-type-options"] == "nosniff"
        assert reply.headers["referrer-policy"] == "no-referrer"
        assert reply.headers["x-frame-options"] == "DENY"
        assert "frame-ancestors 'none'" in reply.headers["content-security-policy"]
    assert ok.headers["cache-control"] == "no-store"
    assert "api-version" not in client.get(f"{API}/me").headers


def test_contract_is_public_and_readable_from_any_origin(client) -> None:
    for path in ("/openapi.json", f"{API}/openapi.json"):
        reply = client.get(path, headers={"Origin": "https://elders.example"})
        assert reply.status_code == 200 and reply.json()["openapi"].startswith("3.")
        assert reply.headers["access-control-allow-origin"] == "*"
    other = client.get(f"{API}/health", headers={"Origin": "https://elders.example"})
    assert "access-control-allow-origin" not in other.headers


def test_docs_page_is_self_hosted(client) -> None:
    page = client.get(f"{API}/docs")
    assert page.status_code == 200
    assert "cdn" not in page.text.lower() and "https://" not in page.text
    assert client.get(f"{API}/docs-init/init.js").status_code == 200


def test_stale_and_missing_if_match(client, world: World) -> None:
    team_id = world.teams["wi1"]
    url = f"{API}/teams/{team_id}"
    _problem(client.patch(url, json={"name": "Noord"}, headers=world["bh"].auth), 428)
    _problem(
        client.patch(url, json={"name": "Noord"}, headers={**world["bh"].auth, "If-Match": "*"}),
        428,
    )
    first = client.patch(
        url, json={"name": "Noord"}, headers={**world["bh"].auth, "If-Match": '"1"'}
    )
    assert first.status_code == 200 and first.headers["etag"] == '"2"'
    stale = client.patch(
        url, json={"name": "Noord-West"}, headers={**world["bh"].auth, "If-Match": '"1"'}
    )
    _problem(stale, 412)
    assert client.get(url, headers=world["bh"].auth).json()["name"] == "Noord"


def test_other_organisation_is_404(client, world: World) -> None:
    other_team = world.teams["b_wi"]
    _problem(client.get(f"{API}/teams/{other_team}", headers=world["bh"].auth), 404)
    _problem(client.get(f"{API}/users/{world['km_b'].id}", headers=world["bh"].auth), 404)
    body = _problem(
        client.get(f"{API}/users", params={"teamId": str(other_team)}, headers=world["bh"].auth),
        400,
    )
    assert body["invalidParams"][0] == {
        "name": "teamId",
        "code": "not_found",
        "reason": body["invalidParams"][0]["reason"],
    }
    _problem(
        client.get(f"{API}/organisations/{world.other_organisation_id}", headers=world["bh"].auth),
        404,
    )


def test_random_uuid_is_404(client, world: World) -> None:
    _problem(client.get(f"{API}/users/{uuid.uuid4()}", headers=world["bh"].auth), 404)


def test_health_reports_version_and_database(client) -> None:
    reply = client.get(f"{API}/health")
    assert reply.status_code == 200
    assert reply.json() == {
        "status": "ok",
        "version": reply.headers["api-version"],
        "database": "ok",
    }


def test_health_is_503_when_the_database_is_down(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from tests.support.pgcluster import free_port
    from vakwerk.core.config import Settings
    from vakwerk.main import create_app

    url = f"postgresql+psycopg://nobody@127.0.0.1:{free_port()}/vakwerk?connect_timeout=2"
    app = create_app(Settings(database_url=url))
    with TestClient(app, raise_server_exceptions=False) as client:
        _problem(client.get(f"{API}/health"), 503)
        _problem(client.get(f"{API}/me", headers={"Authorization": "Bearer x"}), 503)
