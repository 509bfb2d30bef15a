"""Logging in: tokens, browser sessions with CSRF, throttling, revocation."""

from __future__ import annotations

from datetime import timedelta

from tests.conftest import PASSWORD, FrozenClock, World

TOKEN = "/api/v1/auth/token"
SESSION = "/api/v1/auth/session"


def _login(client, email: str, password: str = PASSWORD):  # type: ignore[no-untyped-def]
    return client.post(TOKEN, data={"username": email, "password": password})


def test_token_login_returns_oauth2_reply_and_opens_the_api(client, world: World) -> None:
    reply = _login(client, "KM@a.example ")
    assert reply.status_code == 200
    body = reply.json()
    assert body["token_type"] == "bearer" and body["expires_in"] == 480 * 60
    me = client.get("/api/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200 and me.json()["id"] == str(world["km"].id)


def test_wrong_and_unknown_login_answer_the_same(client, world: World) -> None:
    wrong = _login(client, "km@a.example", "not-the-password")
    unknown = _login(client, "nobody@a.example", "not-the-password")
    assert wrong.status_code == unknown.status_code == 401
    assert wrong.json()["detail"] == unknown.json()["detail"]
    assert wrong.headers["content-type"] == "application/problem+json"
    assert wrong.headers["www-authenticate"] == "Bearer"


def test_five_failures_throttle_the_username_even_for_the_right_password(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    start = frozen_clock.at
    for minute in range(5):
        frozen_clock.set(start + timedelta(minutes=minute))
        assert _login(client, "km@a.example", "wrong-password").status_code == 401
    frozen_clock.set(start + timedelta(minutes=6))
    refused = _login(client, "km@a.example")
    assert refused.status_code == 429
    # the oldest failure leaves the 15-minute window at start + 15 min: 9 minutes from now
    assert int(refused.headers["retry-after"]) == 9 * 60 + 1
    # refused attempts are not counted; once the oldest failure is 15 minutes old, it works
    frozen_clock.set(start + timedelta(minutes=15, seconds=1))
    assert _login(client, "km@a.example").status_code == 200


def test_throttle_is_keyed_by_username_whether_or_not_it_exists(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    for _ in range(5):
        assert _login(client, "ghost@a.example", "x").status_code == 401
    assert _login(client, "ghost@a.example", "x").status_code == 429
    assert _login(client, "km2@a.example").status_code == 200


def test_failures_are_audited_without_the_password(client, world: World) -> None:
    _login(client, "km@a.example", "secret-guess-123")
    events = client.get(
        "/api/v1/audit-events", params={"action": "login_failed"}, headers=world["bh"].auth
    ).json()["items"]
    assert len(events) == 1 and events[0]["resourceId"] == str(world["km"].id)
    trail = client.get("/api/v1/audit-events", params={"limit": 200}, headers=world["bh"].auth).text
    assert "secret-guess-123" not in trail and world["km"].token not in trail


def test_revoked_token_is_refused_at_once(client, world: World) -> None:
    token = _login(client, "km@a.example").json()["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    assert client.delete(TOKEN, headers=headers).status_code == 204
    assert client.get("/api/v1/me", headers=headers).status_code == 401


def test_browser_session_needs_csrf_token_on_writes(client, world: World) -> None:
    reply = client.post(SESSION, json={"username": "bh@a.example", "password": PASSWORD})
    assert reply.status_code == 200
    cookie = reply.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    csrf = reply.json()["csrfToken"]
    assert client.get("/api/v1/me").status_code == 200
    team = {"name": "Nieuw team", "kind": "werk_inkomen"}
    assert client.post("/api/v1/teams", json=team).status_code == 403
    assert (
        client.post("/api/v1/teams", json=team, headers={"X-CSRF-Token": "wrong"}).status_code
        == 403
    )
    assert (
        client.post("/api/v1/teams", json=team, headers={"X-CSRF-Token": csrf}).status_code == 201
    )
    assert client.delete(SESSION).status_code == 403
    assert client.delete(SESSION, headers={"X-CSRF-Token": csrf}).status_code == 204
    assert client.get("/api/v1/me").status_code == 401


def test_session_expires_after_idle_time(client, world: World, frozen_clock: FrozenClock) -> None:
    client.post(SESSION, json={"username": "km@a.example", "password": PASSWORD})
    frozen_clock.set(frozen_clock.at + timedelta(minutes=30))
    assert client.get("/api/v1/me").status_code == 200
    frozen_clock.set(frozen_clock.at + timedelta(minutes=59))
    assert client.get("/api/v1/me").status_code == 200
    frozen_clock.set(frozen_clock.at + timedelta(minutes=61))
    assert client.get("/api/v1/me").status_code == 401


def test_authorization_header_wins_over_cookie(client, world: World) -> None:
    client.post(SESSION, json={"username": "bh@a.example", "password": PASSWORD})
    me = client.get("/api/v1/me", headers=world["km"].auth)
    assert me.json()["id"] == str(world["km"].id)
    assert client.get("/api/v1/me", headers={"Authorization": "Bearer nonsense"}).status_code == 401


def test_deactivating_a_user_ends_tokens_and_sessions(client, world: World) -> None:
    target = world["km2"]
    assert client.get("/api/v1/me", headers=target.auth).status_code == 200
    etag = client.get(f"/api/v1/users/{target.id}", headers=world["bh"].auth).headers["etag"]
    reply = client.patch(
        f"/api/v1/users/{target.id}",
        json={"active": False},
        headers={**world["bh"].auth, "If-Match": etag},
    )
    assert reply.status_code == 200 and reply.json()["active"] is False
    assert client.get("/api/v1/me", headers=target.auth).status_code == 401
    assert _login(client, target.email).status_code == 401


def test_revoked_api_key_is_refused_on_the_next_request(client, world: World) -> None:
    key = world.api_keys["clients:read"]
    client_id = world.api_client_ids["clients:read"]
    assert client.get("/api/v1/users", headers={"X-API-Key": key}).status_code == 403
    assert (
        client.delete(f"/api/v1/api-clients/{client_id}", headers=world["bh"].auth).status_code
        == 204
    )
    assert client.get("/api/v1/users", headers={"X-API-Key": key}).status_code == 401
    listed = client.get("/api/v1/api-clients", headers=world["bh"].auth).json()["items"]
    assert {c["id"]: c["active"] for c in listed}[str(client_id)] is False


def test_api_key_is_shown_once_and_stored_hashed(client, world: World, db) -> None:
    reply = client.post(
        "/api/v1/api-clients",
        json={"name": "CompetenSYS", "scopes": ["clients:write"]},
        headers=world["bh"].auth,
    )
    assert reply.status_code == 201
    key = reply.json()["key"]
    listed = client.get("/api/v1/api-clients", headers=world["bh"].auth)
    assert key not in listed.text
    from sqlalchemy import text

    stored = db.scalars(text("SELECT key_hash FROM api_clients"))
    assert key not in stored and all(len(h) == 64 for h in stored)


def test_twenty_failures_from_one_address_throttle_every_username(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    for n in range(20):
        assert _login(client, f"guess{n}@a.example", "x").status_code == 401
    refused = _login(client, "km@a.example")
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) > 0


def test_token_and_api_key_together_are_refused(client, world: World) -> None:
    both = {**world["km"].auth, "X-API-Key": world.api_keys["clients:read"]}
    assert client.get("/api/v1/me", headers=both).status_code == 401
    bad_token = {"Authorization": "Bearer nonsense", "X-API-Key": world.api_keys["clients:read"]}
    assert client.get("/api/v1/clients", headers=bad_token).status_code == 401
