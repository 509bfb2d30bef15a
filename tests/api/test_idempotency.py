"""Idempotency-Key on POST (docs/integration.md): the same key and body replay the first
reply; another body → 409 idempotency_key_reused; still running → 409 idempotency_in_progress."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import UTC, datetime, timedelta

import httpx
from sqlalchemy import func, select

from tests.api.test_caseload_import import csv_file, row
from tests.api.test_concurrency import RACERS, race_each
from tests.conftest import FrozenClock, LiveServer, World
from vakwerk.clients.models import Client
from vakwerk.core.idempotency import IdempotencyKey
from vakwerk.integrations.models import CaseloadImport

API = "/api/v1"


def _post_client(client, world: World, key: str, who: str = "km", **body):  # type: ignore[no-untyped-def]
    return client.post(
        f"{API}/clients", json=body, headers={**world[who].auth, "Idempotency-Key": key}
    )


def test_the_same_key_and_body_replay_the_first_reply(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    first = _post_client(client, world, "klant-1", ladderRung=2)
    assert first.status_code == 201 and "idempotent-replayed" not in first.headers
    again = _post_client(client, world, "klant-1", ladderRung=2)
    assert again.status_code == 201 and again.headers["idempotent-replayed"] == "true"
    assert again.json() == first.json() and again.headers["location"] == first.headers["location"]
    assert again.headers["etag"] == first.headers["etag"]
    assert db.scalar(select(func.count()).select_from(Client)) == 1
    other = _post_client(client, world, "klant-1", ladderRung=3)
    assert other.status_code == 409
    assert other.json()["type"] == "urn:vakwerk:problem:idempotency_key_reused"
    # a key belongs to its user (or API client): a colleague's same key is a new request
    colleague = _post_client(client, world, "klant-1", who="km2", ladderRung=2)
    assert colleague.status_code == 201 and "idempotent-replayed" not in colleague.headers
    assert db.scalar(select(func.count()).select_from(Client)) == 2
    # without a key every POST is a new request
    assert client.post(f"{API}/clients", json={}, headers=world["km"].auth).status_code == 201


def test_a_refusal_is_replayed_and_a_key_must_be_printable(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    refused = _post_client(client, world, "fout-1", ladderRung=9)
    assert refused.status_code == 400
    again = _post_client(client, world, "fout-1", ladderRung=9)
    assert again.status_code == 400 and again.headers["idempotent-replayed"] == "true"
    assert again.json() == refused.json()
    bad = client.post(
        f"{API}/clients", json={}, headers={**world["km"].auth, "Idempotency-Key": "x" * 201}
    )
    assert bad.status_code == 400
    assert bad.json()["invalidParams"][0]["name"] == "Idempotency-Key"


def test_a_key_lives_24_hours(client, world: World, db, frozen_clock: FrozenClock) -> None:
    first = _post_client(client, world, "dag", ladderRung=2)
    frozen_clock.set(datetime(2026, 3, 3, 8, 59, tzinfo=UTC))
    assert _post_client(client, world, "dag", ladderRung=2).headers.get("idempotent-replayed")
    frozen_clock.set(datetime(2026, 3, 2, 9, 0, tzinfo=UTC) + timedelta(hours=24, seconds=1))
    later = _post_client(client, world, "dag", ladderRung=2)
    assert later.status_code == 201 and "idempotent-replayed" not in later.headers
    assert later.json()["id"] != first.json()["id"]
    assert db.scalar(select(func.count()).select_from(IdempotencyKey)) == 1


def test_an_api_client_import_with_a_key_runs_once(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    content = csv_file([row("I1"), row("I2")])
    headers = {"X-API-Key": world.api_keys["imports:write"], "Idempotency-Key": "import-1"}
    files = {"file": ("export.csv", content, "text/csv")}
    first = client.post(f"{API}/imports/caseload", files=files, headers=headers)
    # a new multipart boundary, the same file: the same request
    again = client.post(f"{API}/imports/caseload", files=files, headers=headers)
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotent-replayed"] == "true" and again.json() == first.json()
    assert db.scalar(select(func.count()).select_from(CaseloadImport)) == 1
    other_file = {"file": ("export.csv", csv_file([row("I3")]), "text/csv")}
    reused = client.post(f"{API}/imports/caseload", files=other_file, headers=headers)
    assert reused.status_code == 409
    assert reused.json()["type"] == "urn:vakwerk:problem:idempotency_key_reused"
    dry = client.post(
        f"{API}/imports/caseload", files=files, data={"dryRun": "true"}, headers=headers
    )
    assert dry.status_code == 409  # another form field is another request


def test_thirty_parallel_replays_do_the_work_once(live_server: LiveServer, db) -> None:  # type: ignore[no-untyped-def]
    """30 requests with one key at once against a live server: one import is done; every
    other request gets that reply again, or 409 in progress with Retry-After."""
    world = live_server.world
    content = csv_file([row(f"P{n}") for n in range(300)])
    key = f"parallel-{uuid.uuid4()}"
    replies: dict[int, httpx.Response] = {}

    def send(http: httpx.Client, n: int) -> httpx.Response:
        reply = http.post(
            f"{API}/imports/caseload",
            files={"file": ("export.csv", content, "text/csv")},
            headers={"X-API-Key": world.api_keys["imports:write"], "Idempotency-Key": key},
        )
        replies[n] = reply
        return reply

    statuses = Counter(race_each(live_server.url, send).values())
    assert set(statuses) <= {201, 409}, statuses
    assert db.scalar(select(func.count()).select_from(CaseloadImport)) == 1
    assert db.scalar(select(func.count()).select_from(Client)) == 300
    bodies = {r.json()["id"] for r in replies.values() if r.status_code == 201}
    assert len(bodies) == 1
    for reply in replies.values():
        if reply.status_code == 409:
            assert reply.json()["type"] == "urn:vakwerk:problem:idempotency_in_progress"
            assert reply.headers["retry-after"] == "1"
    assert (
        sum(
            1
            for r in replies.values()
            if "idempotent-replayed" not in r.headers and r.status_code == 201
        )
        == 1
    )
    # afterwards every retry is a replay
    with httpx.Client(base_url=live_server.url, timeout=60) as http:
        later = send(http, RACERS)
    assert later.status_code == 201 and later.headers["idempotent-replayed"] == "true"
    assert later.json()["id"] in bodies
