"""Votes under real parallel load: 30 requests behind a barrier against a live server, on
both databases (``race`` from the concurrency suite)."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import func, select

from tests.api.test_concurrency import race
from tests.api.test_conferences import new_series
from tests.api.test_dilemmas import new_dilemma
from tests.conftest import FrozenClock, LiveServer
from tests.factories import add_members
from vakwerk.conferences.models import DilemmaVoter, PendingVote, Vote

API = "/api/v1"


@pytest.fixture
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


def _counted(db) -> int:  # type: ignore[no-untyped-def]
    return int(db.scalar(select(func.count()).select_from(Vote))) + int(
        db.scalar(select(func.count()).select_from(PendingVote))
    )


def test_thirty_parallel_votes_of_one_member_count_once(
    live_server: LiveServer, http: httpx.Client, db, frozen_clock: FrozenClock
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    dilemma = new_dilemma(http, world, new_series(http, world))
    path = f"{API}/dilemmas/{dilemma['id']}/votes"
    statuses = race(
        live_server.url,
        lambda c, n: c.post(path, json={"choice": "ab"[n % 2]}, headers=world["km2"].auth),
    )
    assert statuses[201] == 1 and set(statuses) <= {201, 409}, statuses
    assert db.scalar(select(func.count()).select_from(DilemmaVoter)) == 1
    assert _counted(db) == 1


def test_thirty_members_voting_at_once_each_count_once(
    live_server: LiveServer, http: httpx.Client, db, frozen_clock: FrozenClock, database_url: str
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    extra = add_members(database_url, world, 27, frozen_clock)
    voters = [world["km"], world["km2"], world["tl"], *extra]
    series = new_series(http, world, memberIds=[str(p.id) for p in voters[1:]])
    dilemma = new_dilemma(http, world, series)
    path = f"{API}/dilemmas/{dilemma['id']}/votes"
    statuses = race(
        live_server.url,
        lambda c, n: c.post(path, json={"choice": "ab"[n % 2]}, headers=voters[n].auth),
    )
    assert statuses == {201: 30}, statuses
    assert db.scalar(select(func.count()).select_from(DilemmaVoter)) == 30
    assert _counted(db) == 30
    assert db.scalar(select(func.count()).select_from(Vote)) == 30  # every batch moved
    shown = http.get(f"{API}/dilemmas/{dilemma['id']}/results", headers=world["km"].auth).json()
    assert (shown["a"], shown["b"], shown["voted"]) == (15, 15, 30)
