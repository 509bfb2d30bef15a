"""Exactly one wins (as tests/api/test_concurrency.py): 30 parallel writes of a manual count."""

from __future__ import annotations

import uuid

import httpx
from sqlalchemy import func, select

from tests.api.test_concurrency import one_winner, race, updates_of
from tests.conftest import LiveServer
from vakwerk.dashboard.models import ExemptionCount

API = "/api/v1"


def test_one_of_thirty_counts_for_one_team_and_date_wins(live_server: LiveServer, db) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    body = {
        "teamId": str(world.teams["wi1"]),
        "date": "2023-01-30",
        "clientsWithBenefit": 480,
        "clientsWithExemption": 118,
    }
    statuses = race(
        live_server.url,
        lambda c, n: c.post(f"{API}/exemption-counts", json=body, headers=world["tl"].auth),
    )
    one_winner(statuses, 201, {409})
    assert db.scalar(select(func.count()).select_from(ExemptionCount)) == 1


def test_one_of_thirty_corrections_with_the_same_version_wins(live_server: LiveServer, db) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    with httpx.Client(base_url=live_server.url, timeout=30) as http:
        made = http.post(
            f"{API}/exemption-counts",
            json={"teamId": str(world.teams["wi1"]), "date": "2023-04-03",
                  "clientsWithBenefit": 458, "clientsWithExemption": 110},
            headers=world["tl"].auth,
        ).json()  # fmt: skip
    url = f"{API}/exemption-counts/{made['id']}"
    statuses = race(
        live_server.url,
        lambda c, n: c.put(
            url,
            # never the stored 110: a PUT that changes nothing keeps the version (and wins)
            json={"clientsWithBenefit": 458, "clientsWithExemption": 100 + n % 9 + 1},
            headers={**world["tl"].auth, "If-Match": '"1"'},
        ),
    )
    one_winner(statuses, 200, {412})
    assert len(updates_of(db, "exemption_count", made["id"])) == 1
    assert (
        db.scalar(select(ExemptionCount.version).where(ExemptionCount.id == uuid.UUID(made["id"])))
        == 2
    )
