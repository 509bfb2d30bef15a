"""Exactly one wins: 30 real parallel requests against a live server, on both databases.

Each race releases 30 requests at once (a barrier) at a server on loopback; a
sequential test cannot see a lost update. For every write that must have one winner —
an If-Match check or a state transition — one request succeeds, the others get 412
(a stale version) or 409 (a state that no longer allows it), and the stored record,
its history and the audit trail show exactly one change.
"""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from tests.api.test_assessments import ARGS, COMPLETION, answer, answer_all, completed, start
from tests.api.test_cases import new_case, submitted_case
from tests.api.test_clients import new_client
from tests.conftest import LiveServer, World
from vakwerk.cases.models import Case, CaseStatusChange
from vakwerk.clients.models import Exemption
from vakwerk.core.audit import AuditEvent

API = "/api/v1"
RACERS = 30
PATCH = "application/merge-patch+json"
ARGUMENT = (
    "De klant kreeg in april een werkstage aangeboden en kwam elke dag op tijd; R&W kan "
    "daarop voortbouwen met begeleiding op de werkvloer."
)


@pytest.fixture
def http(live_server: LiveServer) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_server.url, timeout=30) as client:
        yield client


def race_each(url: str, send: Callable[[httpx.Client, int], httpx.Response]) -> dict[int, int]:
    """``send`` from 30 threads at once (a barrier), each with its own connection; the
    status per racer."""
    barrier = threading.Barrier(RACERS)
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def one(n: int) -> None:
        with httpx.Client(base_url=url, timeout=60) as client:
            client.get(f"{API}/health")  # the connection is open before the barrier
            barrier.wait()
            reply = send(client, n)
        with lock:
            statuses[n] = reply.status_code

    threads = [threading.Thread(target=one, args=(n,)) for n in range(RACERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert len(statuses) == RACERS
    return statuses


def race(url: str, send: Callable[[httpx.Client, int], httpx.Response]) -> Counter[int]:
    return Counter(race_each(url, send).values())


def one_winner(statuses: Counter[int], win: int, lose: set[int]) -> None:
    assert statuses[win] == 1, statuses
    assert set(statuses) - {win} <= lose, statuses


def updates_of(db: Any, resource_type: str, resource_id: str) -> list[dict[str, Any]]:
    events = db.scalars(
        select(AuditEvent).where(
            AuditEvent.resource_type == resource_type,
            AuditEvent.action == "update",
            AuditEvent.resource_id == uuid.UUID(resource_id),
        )
    )
    return [e.changes for e in events]


def _patch(
    client: httpx.Client, path: str, who: Any, version: str, body: dict[str, Any]
) -> httpx.Response:
    return client.patch(
        path,
        json=body,
        headers={**who.auth, "If-Match": version, "Content-Type": PATCH},
    )


# --------------------------------------------------------------------------- If-Match


def test_one_of_thirty_case_patches_with_the_same_version_wins(
    live_server: LiveServer, http: httpx.Client, db
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    case = new_case(http, world)
    path = f"{API}/cases/{case['id']}"
    statuses = race(
        live_server.url,
        lambda c, n: _patch(c, path, world["km"], '"1"', {"question": f"Wat doen we, versie {n}?"}),
    )
    one_winner(statuses, 200, {412})
    assert db.scalar(select(Case.version).where(Case.id == uuid.UUID(case["id"]))) == 2
    assert len(updates_of(db, "case", case["id"])) == 1


@pytest.mark.parametrize("resource", ["client", "team", "user", "settings"])
def test_one_of_thirty_patches_wins_for_every_versioned_record(
    live_server: LiveServer, http: httpx.Client, db, resource: str
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    if resource == "client":
        path, who = f"{API}/clients/{new_client(http, world)['id']}", world["km"]
        body: Callable[[int], dict[str, Any]] = lambda n: {"ladderRung": n % 6 + 1}  # noqa: E731
        audit_type = "client"
    elif resource == "team":
        path, who, audit_type = f"{API}/teams/{world.teams['wi1']}", world["bh"], "team"
        body = lambda n: {"name": f"W&I Noord {n}"}  # noqa: E731
    elif resource == "user":
        path, who, audit_type = f"{API}/users/{world['km2'].id}", world["bh"], "user"
        body = lambda n: {"displayName": f"Klantmanager {n}"}  # noqa: E731
    else:
        path, who = f"{API}/organisations/{world.organisation_id}/settings", world["bh"]
        body = lambda n: {"argumentMinChars": 20 + n}  # noqa: E731
        audit_type = "organisation_settings"
    version = http.get(path, headers=who.auth).headers["etag"]
    statuses = race(live_server.url, lambda c, n: _patch(c, path, who, version, body(n)))
    one_winner(statuses, 200, {412})
    target = path.rsplit("/", 2)[-2] if resource == "settings" else path.rsplit("/", 1)[-1]
    target = str(target)
    assert len(updates_of(db, audit_type, target)) == 1
    assert (
        http.get(path, headers=who.auth).headers["etag"] == f'"{int(version.strip(chr(34))) + 1}"'
    )


def test_one_of_thirty_twijfel_flags_wins(live_server: LiveServer, http: httpx.Client, db) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    assessment = start(http, world, new_client(http, world)["id"]).json()
    path = f"{API}/assessments/{assessment['id']}"
    statuses = race(
        live_server.url, lambda c, n: _patch(c, path, world["km"], '"1"', {"twijfel": True})
    )
    one_winner(statuses, 200, {412})
    assert http.get(path, headers=world["km"].auth).json()["version"] == 2


# --------------------------------------------------------------------------- case lifecycle


def _history(db: Any, case_id: str) -> list[tuple[str | None, str]]:
    rows = db.rows(
        select(CaseStatusChange.from_status, CaseStatusChange.to_status)
        .where(CaseStatusChange.case_id == uuid.UUID(case_id))
        .order_by(CaseStatusChange.position)
    )
    return [tuple(r) for r in rows]


@pytest.mark.parametrize("action", ["submit", "withdraw"])
def test_one_of_thirty_transitions_of_a_case_wins(
    live_server: LiveServer, http: httpx.Client, db, action: str
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    case = new_case(http, world, question="Hoe krijgen we deze klant weer in beweging?")
    path = f"{API}/cases/{case['id']}/{action}"
    statuses = race(live_server.url, lambda c, n: c.post(path, headers=world["km"].auth))
    one_winner(statuses, 200, {409})
    to = "ingediend" if action == "submit" else "ingetrokken"
    assert _history(db, case["id"]) == [(None, "concept"), ("concept", to)]


def test_one_of_thirty_outcomes_is_recorded(
    live_server: LiveServer, http: httpx.Client, db
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    case = submitted_case(http, world)
    path = f"{API}/cases/{case['id']}/outcome"
    version = f'"{case["version"]}"'
    body = {"result": "anders", "conclusion": "Eerst een gesprek met de schuldhulpverlener."}
    statuses = race(
        live_server.url,
        lambda c, n: c.put(path, json=body, headers={**world["km"].auth, "If-Match": version}),
    )
    one_winner(statuses, 200, {409, 412})
    assert _history(db, case["id"])[-1] == ("ingediend", "afgerond")
    assert len(_history(db, case["id"])) == 3


# --------------------------------------------------------------------------- exemptions


def test_one_of_thirty_exemptions_is_granted(
    live_server: LiveServer, http: httpx.Client, db
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    created = new_client(http, world)
    body = {"ground": "art_9_lid_5", "startDate": "2026-01-05", "basisDocumentDate": "2026-01-02"}
    path = f"{API}/clients/{created['id']}/exemptions"
    statuses = race(live_server.url, lambda c, n: c.post(path, json=body, headers=world["km"].auth))
    one_winner(statuses, 201, {409})
    count = select(func.count()).where(Exemption.client_id == uuid.UUID(created["id"]))
    assert db.scalar(count) == 1


def test_one_of_thirty_ends_of_an_exemption_wins(
    live_server: LiveServer, http: httpx.Client, db
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    created = new_client(http, world)
    body = {"ground": "art_9_lid_5", "startDate": "2026-01-05", "basisDocumentDate": "2026-01-02"}
    exemption = http.post(
        f"{API}/clients/{created['id']}/exemptions", json=body, headers=world["km"].auth
    ).json()
    path = f"{API}/exemptions/{exemption['id']}/end"
    statuses = race(
        live_server.url,
        lambda c, n: c.post(
            path, json={"endedOn": f"2026-02-{n % 28 + 1:02d}", "endReason": "Hersteld"},
            headers=world["km"].auth,
        ),
    )  # fmt: skip
    one_winner(statuses, 200, {409})
    assert len(updates_of(db, "exemption", exemption["id"])) == 1


# --------------------------------------------------------------------------- assessments


def _ready(http: httpx.Client, world: World) -> str:
    assessment = start(http, world, new_client(http, world)["id"]).json()
    answer_all(http, world, assessment["id"])
    return str(assessment["id"])


def test_one_of_thirty_completions_wins(live_server: LiveServer, http: httpx.Client, db) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    assessment_id = _ready(http, world)
    path = f"{API}/assessments/{assessment_id}/complete"
    statuses = race(
        live_server.url, lambda c, n: c.post(path, json=COMPLETION, headers=world["km"].auth)
    )
    one_winner(statuses, 200, {409})
    completions = [c for c in updates_of(db, "assessment", assessment_id) if "outcome" in (c or {})]
    assert len(completions) == 1


def test_one_of_thirty_withdrawals_of_an_assessment_wins(
    live_server: LiveServer, http: httpx.Client, db
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    assessment = start(http, world, new_client(http, world)["id"]).json()
    path = f"{API}/assessments/{assessment['id']}/withdraw"
    statuses = race(live_server.url, lambda c, n: c.post(path, headers=world["km"].auth))
    one_winner(statuses, 200, {409})
    assert len(updates_of(db, "assessment", assessment["id"])) == 1


def test_one_of_thirty_reviews_of_a_referral_wins(
    live_server: LiveServer, http: httpx.Client, db
) -> None:  # type: ignore[no-untyped-def]
    world = live_server.world
    referral = completed(http, world)
    path = f"{API}/assessments/{referral['id']}/reviews"

    def review(client: httpx.Client, n: int) -> httpx.Response:
        body = {"decision": "geaccepteerd", "argument": f"{ARGUMENT} Beoordeling {n}."}
        return client.post(path, json=body, headers=world["co"].auth)

    statuses = race(live_server.url, review)
    one_winner(statuses, 201, {409})
    assert len(http.get(path, headers=world["co"].auth).json()["items"]) == 1


def test_an_answer_racing_the_completion_is_part_of_it_or_refused(
    live_server: LiveServer, http: httpx.Client
) -> None:
    world = live_server.world
    assessment_id = _ready(http, world)
    new_argument = (
        "Klant vertelde in oktober dat hij weer als chauffeur wil werken, voor zijn zoon."
    )

    def send(client: httpx.Client, n: int) -> httpx.Response:
        if n == 0:
            return client.post(
                f"{API}/assessments/{assessment_id}/complete",
                json=COMPLETION,
                headers=world["km"].auth,
            )
        return answer(
            client, world, assessment_id, "q1", answer="ja", argument=f"{new_argument} ({n})"
        )

    statuses = race_each(live_server.url, send)
    done = http.get(f"{API}/assessments/{assessment_id}", headers=world["km"].auth).json()
    assert statuses[0] == 200 and done["status"] == "afgerond"
    assert set(statuses.values()) <= {200, 409}
    stored = next(a for a in done["answers"] if a["questionKey"] == "q1")
    # whatever answer it holds was accepted, and none was accepted after the completion
    accepted = {f"{new_argument} ({n})" for n, status in statuses.items() if n and status == 200}
    assert stored["argument"] in accepted | {ARGS["q1"]}
    assert stored["answeredAt"] <= done["completedAt"]
