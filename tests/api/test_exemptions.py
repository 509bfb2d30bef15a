"""Exemptions from the work obligation: grounds, dates, one active, art 9a rule end."""

from __future__ import annotations

from tests.api.test_clients import new_client
from tests.conftest import FrozenClock, World

API = "/api/v1"


def _grant(client, world: World, client_id: str, who: str = "km", **body):  # type: ignore[no-untyped-def]
    return client.post(f"{API}/clients/{client_id}/exemptions", json=body, headers=world[who].auth)


def test_temporary_ground_needs_an_end_and_a_basis_document(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    c = new_client(client, world)
    reply = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_2",
        startDate="2026-03-01",
        basisDocumentDate="2026-04-01",
    )
    found = {(p["name"], p["code"]) for p in reply.json()["invalidParams"]}
    assert reply.status_code == 400
    assert found == {("endDate", "required"), ("basisDocumentDate", "in_future")}
    backwards = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_5",
        startDate="2026-03-01",
        endDate="2026-02-01",
        basisDocumentDate="2026-02-01",
    )
    assert backwards.json()["invalidParams"][0]["code"] == "before_start"
    ok = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_2",
        startDate="2026-03-01",
        endDate="2026-08-31",
        basisDocumentDate="2026-02-15",
    )
    assert ok.status_code == 201
    body = ok.json()
    assert body["status"] == "actief" and body["reexaminationDate"] == "2028-02-15"
    assert (
        client.get(f"{API}/clients/{c['id']}", headers=world["km"].auth).json()["activeExemption"][
            "id"
        ]
        == body["id"]
    )


def test_at_most_one_active_exemption(client, world: World, frozen_clock: FrozenClock) -> None:
    c = new_client(client, world)
    first = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_5",
        startDate="2026-01-01",
        basisDocumentDate="2025-12-01",
    )
    assert first.status_code == 201
    second = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_2",
        startDate="2026-03-01",
        endDate="2026-06-01",
        basisDocumentDate="2026-02-01",
    )
    assert second.status_code == 409
    ended = client.post(
        f"{API}/exemptions/{first.json()['id']}/end",
        json={"endReason": "Hersteld"},
        headers=world["tl"].auth,
    )
    assert ended.status_code == 200
    assert ended.json()["status"] == "beeindigd" and ended.json()["endedOn"] == "2026-03-02"
    again = client.post(
        f"{API}/exemptions/{first.json()['id']}/end",
        json={"endReason": "Nogmaals"},
        headers=world["tl"].auth,
    )
    assert again.status_code == 409
    third = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_2",
        startDate="2026-03-02",
        endDate="2026-06-01",
        basisDocumentDate="2026-02-01",
    )
    assert third.status_code == 201
    history = client.get(f"{API}/clients/{c['id']}/exemptions", headers=world["km"].auth).json()
    assert [e["status"] for e in history["items"]] == ["actief", "beeindigd"]


def test_lapsed_exemption_reads_as_ended_and_is_closed_by_the_next(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    c = new_client(client, world)
    old = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_2",
        startDate="2025-06-01",
        endDate="2026-02-28",
        basisDocumentDate="2025-05-01",
    ).json()
    read = client.get(f"{API}/exemptions/{old['id']}", headers=world["km"].auth).json()
    assert (read["status"], read["endedOn"], read["endReason"]) == (
        "beeindigd",
        "2026-02-28",
        "einddatum_bereikt",
    )
    assert (
        client.get(f"{API}/clients/{c['id']}", headers=world["km"].auth).json()["activeExemption"]
        is None
    )
    new = _grant(
        client,
        world,
        c["id"],
        ground="art_9_lid_5",
        startDate="2026-03-01",
        basisDocumentDate="2026-02-20",
    )
    assert new.status_code == 201


def test_art_9a_ends_by_rule(client, world: World, frozen_clock: FrozenClock) -> None:
    c = new_client(client, world, benefitStartDate="2025-01-01")
    missing = _grant(
        client,
        world,
        c["id"],
        ground="art_9a",
        startDate="2026-03-01",
        basisDocumentDate="2026-01-01",
    )
    found = {(p["name"], p["code"]) for p in missing.json()["invalidParams"]}
    assert found == {("basisDocumentDate", "not_allowed"), ("youngestChildBirthDate", "required")}
    # the child turns five on 2028-06-10: the exemption ends the day before
    ok = _grant(
        client,
        world,
        c["id"],
        ground="art_9a",
        startDate="2026-03-01",
        youngestChildBirthDate="2023-06-10",
    )
    assert ok.status_code == 201 and ok.json()["endDate"] == "2028-06-09"
    assert ok.json()["basisDocumentDate"] is None
    client.post(
        f"{API}/exemptions/{ok.json()['id']}/end",
        json={"endReason": "Werk gevonden", "endedOn": "2026-03-01"},
        headers=world["km"].auth,
    )
    too_late = _grant(
        client,
        world,
        c["id"],
        ground="art_9a",
        startDate="2026-03-02",
        youngestChildBirthDate="2023-06-10",
        endDate="2028-07-01",
    )
    assert (
        too_late.status_code == 400
        and too_late.json()["invalidParams"][0]["code"] == "after_rule_end"
    )
    earlier = _grant(
        client,
        world,
        c["id"],
        ground="art_9a",
        startDate="2026-03-02",
        youngestChildBirthDate="2023-06-10",
        endDate="2027-01-01",
    )
    assert earlier.status_code == 201 and earlier.json()["endDate"] == "2027-01-01"


def test_art_9a_maximum_duration_counts_earlier_time_and_the_benefit_end(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    c = new_client(client, world, benefitEndDate="2031-12-31")
    first = _grant(
        client,
        world,
        c["id"],
        ground="art_9a",
        startDate="2025-03-01",
        youngestChildBirthDate="2025-01-01",
    ).json()
    # five years from 2025-03-01 would end 2030-02-28; the fifth birthday's eve is 2029-12-31
    assert first["endDate"] == "2029-12-31"
    client.post(
        f"{API}/exemptions/{first['id']}/end",
        json={"endReason": "Tijdelijk werk", "endedOn": "2026-02-28"},
        headers=world["km"].auth,
    )
    # a new baby: the fifth birthday's eve is 2030-12-31, but 365 days of art 9a were used:
    # five years from 2026-03-01 end 2031-02-28, less 365 days is 2030-02-28
    second = _grant(
        client,
        world,
        c["id"],
        ground="art_9a",
        startDate="2026-03-01",
        youngestChildBirthDate="2026-01-01",
    ).json()
    assert second["endDate"] == "2030-02-28"
    short = new_client(client, world, benefitEndDate="2026-12-31")
    capped = _grant(
        client,
        world,
        short["id"],
        ground="art_9a",
        startDate="2026-03-01",
        youngestChildBirthDate="2025-01-01",
    ).json()
    assert capped["endDate"] == "2026-12-31"


def test_exemptions_belong_to_the_clients_team(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    c = new_client(client, world)
    body = {"ground": "art_9_lid_5", "startDate": "2026-03-01", "basisDocumentDate": "2026-02-01"}
    assert _grant(client, world, c["id"], who="km_other", **body).status_code == 404
    assert _grant(client, world, c["id"], who="kw", **body).status_code == 403
    assert (
        client.post(
            f"{API}/clients/{c['id']}/exemptions",
            json=body,
            headers={"X-API-Key": world.api_keys["clients:write"]},
        ).status_code
        == 403
    )
    bsn = _grant(client, world, c["id"], **body).json()
    reason = client.post(
        f"{API}/exemptions/{bsn['id']}/end",
        json={"endReason": "BSN 111222333"},
        headers=world["km"].auth,
    )
    assert reason.status_code == 400 and reason.json()["invalidParams"][0]["code"] == "bsn_detected"
