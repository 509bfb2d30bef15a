"""Clients (pseudonymous), the upsert by reference, diagnosis — docs/domain.md §1."""

from __future__ import annotations

import threading
import uuid

import httpx
from sqlalchemy import select

from tests.conftest import FrozenClock, LiveServer, World
from vakwerk.core.audit import AuditEvent

API = "/api/v1"
VALID_BSN = "111222333"  # passes the 11-proef
OTHER_BSN = "123456782"


def new_client(client, world: World, who: str = "km", **facts) -> dict:  # type: ignore[no-untyped-def]
    reply = client.post(f"{API}/clients", json=facts, headers=world[who].auth)
    assert reply.status_code == 201, reply.text
    return reply.json()


def upsert(
    client,
    world: World,
    ref: str,
    body: dict,
    scope: str = "clients:write",
    system: str = "civision",
):  # type: ignore[no-untyped-def]
    return client.put(
        f"{API}/clients/by-ref/{system}/{ref}",
        json=body,
        headers={"X-API-Key": world.api_keys[scope]},
    )


def test_client_manager_creates_a_client_of_own_team(client, world: World) -> None:
    created = new_client(
        client,
        world,
        municipalityCode="GM0753",
        ladderRung=2,
        responsibleManagerId=str(world["km2"].id),
    )
    assert created["teamId"] == str(world.teams["wi1"])
    assert created["bsnKnown"] is False and created["activeExemption"] is None
    assert created["diagnosis"] == {"elements": []}
    assert "bsn" not in created and "name" not in created


def test_client_reads_follow_the_scope(client, world: World) -> None:
    created = new_client(client, world)
    url = f"{API}/clients/{created['id']}"
    assert client.get(url, headers=world["km2"].auth).status_code == 200
    assert client.get(url, headers=world["tl"].auth).status_code == 200
    assert client.get(url, headers=world["kw"].auth).status_code == 200
    assert client.get(url, headers=world["km_other"].auth).status_code == 404
    assert client.get(url, headers=world["co"].auth).status_code == 404  # not referred
    assert client.get(url, headers=world["km_b"].auth).status_code == 404
    assert client.get(url, headers={"X-API-Key": world.api_keys["clients:read"]}).status_code == 200
    assert client.get(url, headers={"X-API-Key": world.api_keys["other_org"]}).status_code == 404
    assert client.get(url, headers=world["bh"].auth).status_code == 403


def test_reads_of_client_data_are_audited(client, world: World, db) -> None:
    created = new_client(client, world)
    client.get(f"{API}/clients/{created['id']}", headers=world["tl"].auth)
    client.get(f"{API}/clients", params={"exemptionStatus": "geen"}, headers=world["tl"].auth)
    events = db.scalars(select(AuditEvent).where(AuditEvent.actor_id == world["tl"].id))
    actions = {(e.action, e.resource_type) for e in events}
    assert {("read", "client"), ("list", "client")} <= actions
    (listed,) = [e for e in events if e.action == "list"]
    assert listed.changes == {"filters": {"exemptionStatus": "geen"}}


def test_responsible_manager_must_be_in_the_clients_team(client, world: World) -> None:
    reply = client.post(
        f"{API}/clients",
        json={"responsibleManagerId": str(world["km_other"].id)},
        headers=world["km"].auth,
    )
    assert reply.status_code == 400
    assert reply.json()["invalidParams"][0]["code"] == "not_in_team"
    other_team = client.post(
        f"{API}/clients", json={"teamId": str(world.teams["wi2"])}, headers=world["km"].auth
    )
    assert (
        other_team.status_code == 400
        and other_team.json()["invalidParams"][0]["code"] == "not_found"
    )


def test_facts_are_changed_with_if_match(client, world: World) -> None:
    created = new_client(client, world)
    url = f"{API}/clients/{created['id']}"
    assert client.patch(url, json={"ladderRung": 3}, headers=world["km"].auth).status_code == 428
    ok = client.patch(url, json={"ladderRung": 3}, headers={**world["km"].auth, "If-Match": '"1"'})
    assert ok.status_code == 200 and ok.json()["ladderRung"] == 3 and ok.headers["etag"] == '"2"'
    stale = client.patch(
        url, json={"ladderRung": 4}, headers={**world["tl"].auth, "If-Match": '"1"'}
    )
    assert stale.status_code == 412
    bad = client.patch(
        url,
        json={"ladderRung": 7, "municipalityCode": "0753"},
        headers={**world["km"].auth, "If-Match": '"2"'},
    )
    assert {p["name"] for p in bad.json()["invalidParams"]} == {"ladderRung", "municipalityCode"}
    dates = client.patch(
        url,
        json={"benefitStartDate": "2026-02-01", "benefitEndDate": "2026-01-01"},
        headers={**world["km"].auth, "If-Match": '"2"'},
    )
    assert dates.status_code == 400 and dates.json()["invalidParams"][0]["name"] == "benefitEndDate"


def test_upsert_by_ref_is_idempotent(client, world: World) -> None:
    body = {
        "teamId": str(world.teams["wi1"]),
        "ladderRung": 2,
        "lastConversationDate": "2026-01-15",
    }
    first = upsert(client, world, "CV-001", body)
    assert first.status_code == 201 and first.headers["location"].endswith(first.json()["id"])
    again = upsert(client, world, "CV-001", body)
    assert again.status_code == 200 and again.json()["id"] == first.json()["id"]
    assert again.json()["version"] == first.json()["version"]  # unchanged
    moved = upsert(
        client, world, "CV-001", {**body, "teamId": str(world.teams["wi2"]), "ladderRung": 3}
    )
    assert moved.status_code == 200
    assert moved.json()["teamId"] == str(world.teams["wi1"])  # the team changes only by hand
    assert moved.json()["ladderRung"] == 3
    assert moved.json()["externalRefs"] == [{"system": "civision", "ref": "CV-001"}]
    listed = client.get(f"{API}/clients", headers=world["km"].auth).json()
    assert listed["total"] == 1


def test_upsert_rules(client, world: World) -> None:
    team = str(world.teams["wi1"])
    assert upsert(client, world, "X1", {"teamId": team}, system="onbekend").status_code == 404
    assert upsert(client, world, "X1", {}).json()["invalidParams"][0] == {
        "name": "teamId",
        "code": "required",
        "reason": "Een nieuwe klant heeft een team nodig.",
    }
    assert upsert(client, world, "bad ref!", {"teamId": team}).status_code == 400
    assert upsert(client, world, "X1", {"teamId": team}, scope="clients:read").status_code == 403
    wrong = upsert(client, world, "X1", {"teamId": team, "bsn": "123456789"})
    assert wrong.status_code == 400 and wrong.json()["invalidParams"][0]["code"] == "invalid_bsn"


def test_bsn_is_stored_only_as_a_keyed_hash_and_matched(client, world: World, db) -> None:
    team = str(world.teams["wi1"])
    first = upsert(client, world, "A1", {"teamId": team, "bsn": VALID_BSN})
    assert first.status_code == 201 and first.json()["bsnKnown"] is True
    assert VALID_BSN not in first.text
    from vakwerk.clients.models import Client

    stored = db.scalars(select(Client.bsn_hash))
    assert stored[0] != VALID_BSN and len(stored[0]) == 64
    trail = db.scalars(select(AuditEvent.changes))
    assert VALID_BSN not in str(trail)
    clash = upsert(client, world, "A2", {"teamId": team, "bsn": VALID_BSN})
    assert clash.status_code == 409 and clash.json()["clientId"] == first.json()["id"]
    attach = upsert(client, world, "CS-9", {"clientId": first.json()["id"]}, system="competensys")
    assert attach.status_code == 200 and attach.json()["id"] == first.json()["id"]
    assert len(attach.json()["externalRefs"]) == 2
    steal = upsert(
        client, world, "CS-9", {"clientId": str(uuid.uuid4()), "teamId": team}, system="competensys"
    )
    assert steal.status_code == 409 and steal.json()["clientId"] == first.json()["id"]
    differs = upsert(client, world, "A1", {"teamId": team, "bsn": OTHER_BSN})
    assert differs.status_code == 409
    other = upsert(client, world, "B1", {"teamId": team})
    taken = client.put(
        f"{API}/clients/by-ref/competensys/CS-9",
        json={"clientId": other.json()["id"]},
        headers={"X-API-Key": world.api_keys["clients:write"]},
    )
    assert taken.status_code == 409 and taken.json()["clientId"] == first.json()["id"]


def test_a_client_holds_at_most_so_many_references(client, world: World, monkeypatch) -> None:
    from vakwerk.clients import service

    monkeypatch.setattr(service, "MAX_REFS", 2)  # every reply lists them all
    first = upsert(client, world, "R-1", {"teamId": str(world.teams["wi1"])})
    second = upsert(client, world, "R-2", {"clientId": first.json()["id"]}, system="competensys")
    assert second.status_code == 200 and len(second.json()["externalRefs"]) == 2
    third = upsert(client, world, "R-3", {"clientId": first.json()["id"]})
    assert third.status_code == 409
    assert third.json()["invalidParams"][0]["code"] == "too_many"
    assert upsert(client, world, "R-1", {"ladderRung": 2}).status_code == 200  # known: fine
    listed = client.get(f"{API}/clients/{first.json()['id']}", headers=world["km"].auth).json()
    assert len(listed["externalRefs"]) == 2


def test_same_ref_in_another_organisation_is_another_client(client, world: World) -> None:
    mine = upsert(client, world, "SHARED", {"teamId": str(world.teams["wi1"])})
    theirs = client.put(
        f"{API}/clients/by-ref/civision/SHARED",
        json={"teamId": str(world.teams["b_wi"])},
        headers={"X-API-Key": world.api_keys["other_org"]},
    )
    assert theirs.status_code == 201 and theirs.json()["id"] != mine.json()["id"]
    foreign_team = upsert(client, world, "T1", {"teamId": str(world.teams["b_wi"])})
    assert foreign_team.status_code == 400


def test_concurrent_upserts_with_one_ref_make_one_client(live_server: LiveServer) -> None:
    world = live_server.world
    barrier = threading.Barrier(6)
    replies: list[httpx.Response] = []

    def call() -> None:
        barrier.wait()
        replies.append(
            httpx.put(
                f"{live_server.url}/api/v1/clients/by-ref/civision/RACE-1",
                json={"teamId": str(world.teams["wi1"]), "ladderRung": 1},
                headers={"X-API-Key": world.api_keys["clients:write"]},
                timeout=30,
            )
        )

    threads = [threading.Thread(target=call) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(r.status_code for r in replies) == [200, 200, 200, 200, 200, 201]
    assert len({r.json()["id"] for r in replies}) == 1
    listed = httpx.get(f"{live_server.url}/api/v1/clients", headers=world["km"].auth).json()
    assert listed["total"] == 1


def test_diagnosis_replaces_the_whole_set(client, world: World) -> None:
    created = new_client(client, world)
    url = f"{API}/clients/{created['id']}/diagnosis"
    body = {
        "elements": [
            {
                "element": "werkervaring",
                "obstacle": True,
                "severity": 2,
                "note": "Tien jaar geleden gewerkt",
            },
            {"element": "houding_motivatie", "obstacle": False, "severity": 0},
        ]
    }
    reply = client.put(url, json=body, headers=world["km"].auth)
    assert reply.status_code == 200
    assert [e["element"] for e in reply.json()["diagnosis"]["elements"]] == [
        "houding_motivatie",
        "werkervaring",
    ]
    replaced = client.put(
        url,
        json={"elements": [body["elements"][0]]},
        headers={"X-API-Key": world.api_keys["clients:write"]},
    )
    assert len(replaced.json()["diagnosis"]["elements"]) == 1
    twice = client.put(url, json={"elements": [body["elements"][0]] * 2}, headers=world["km"].auth)
    assert twice.status_code == 400 and twice.json()["invalidParams"][0]["code"] == "duplicate"
    unknown = client.put(
        url,
        json={"elements": [{"element": "schoenmaat", "obstacle": False, "severity": 0}]},
        headers=world["km"].auth,
    )
    assert unknown.status_code == 400
    bsn = client.put(
        url,
        json={"elements": [{**body["elements"][0], "note": "bsn 111.222.333"}]},
        headers=world["km"].auth,
    )
    assert bsn.status_code == 400 and bsn.json()["invalidParams"][0] == {
        "name": "elements.0.note",
        "code": "bsn_detected",
        "reason": bsn.json()["invalidParams"][0]["reason"],
    }
    assert client.put(url, json=body, headers=world["kw"].auth).status_code == 403
    assert client.put(url, json=body, headers=world["km_other"].auth).status_code == 404


def test_list_filters(client, world: World, frozen_clock: FrozenClock) -> None:
    # today is 2026-03-02 (Europe/Amsterdam)
    a = new_client(
        client, world, lastConversationDate="2025-03-02"
    )  # exactly one year: not overdue
    b = new_client(client, world, lastConversationDate="2025-03-01")  # overdue
    c = new_client(client, world)  # never spoken to: overdue
    client.post(
        f"{API}/clients/{a['id']}/exemptions",
        json={
            "ground": "art_9_lid_5",
            "startDate": "2024-03-01",
            "basisDocumentDate": "2024-03-01",
        },
        headers=world["km"].auth,
    )
    client.post(
        f"{API}/clients/{b['id']}/exemptions",
        json={
            "ground": "art_9_lid_2",
            "startDate": "2026-01-01",
            "endDate": "2026-12-31",
            "basisDocumentDate": "2024-03-02",
        },
        headers=world["km"].auth,
    )

    def ids(**params) -> set[str]:  # type: ignore[no-untyped-def]
        reply = client.get(f"{API}/clients", params=params, headers=world["km"].auth)
        assert reply.status_code == 200, reply.text
        return {row["id"] for row in reply.json()["items"]}

    assert ids(conversationOverdue="true") == {b["id"], c["id"]}
    assert ids(exemptionStatus="actief") == {a["id"], b["id"]}
    assert ids(exemptionStatus="geen") == {c["id"]}
    assert ids(exemptionGround="art_9_lid_2") == {b["id"]}
    assert ids(basisDocumentExpired="true") == {a["id"]}  # 2024-03-01 is more than two years ago
    assert ids(teamId=str(world.teams["wi1"]), responsibleManagerId=str(world["km"].id)) == set()
    refused = client.get(
        f"{API}/clients", params={"teamId": str(world.teams["wi2"])}, headers=world["km"].auth
    )
    assert refused.status_code == 400 and refused.json()["invalidParams"][0]["code"] == "not_found"
