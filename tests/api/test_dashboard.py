"""The exemption dashboard (DOMAIN.md §5): every figure against hand-computed fixtures."""

from __future__ import annotations

from tests.api.dashboard_fixtures import best
from tests.conftest import FrozenClock, World

API = "/api/v1"


def dashboard(client, who, **query):  # type: ignore[no-untyped-def]
    reply = client.get(f"{API}/dashboard/exemptions", params=query, headers=who.auth)
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_best_on_its_two_moments(client, world: World, database_url: str, frozen_clock: FrozenClock) -> None:
    best(database_url, world)
    january = dashboard(client, world["tl"], date="2023-01-30")
    assert (january["clientsWithBenefit"], january["clientsWithExemption"]) == (480, 118)
    assert january["rate"] == 0.2458
    assert {g["ground"]: g["count"] for g in january["byGround"]} == {
        "art_9_lid_2": 85, "art_9_lid_5": 25, "art_9a": 8,
    }
    april = dashboard(client, world["tl"], date="2023-04-03")
    assert (april["clientsWithBenefit"], april["clientsWithExemption"]) == (458, 110)
    assert april["rate"] == 0.2402
    assert april["benchmark"] == {"year": 2021, "rate": 0.095, "gap": 0.1452}
