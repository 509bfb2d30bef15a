"""Cases: the form, its limits, the lifecycle, the outcome, two editors, search —
docs/domain.md §1."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select

from tests.api.test_clients import new_client
from tests.conftest import FrozenClock, World
from vakwerk.core.audit import AuditEvent

API = "/api/v1"


def new_case(client, world: World, who: str = "km", **fields) -> dict:  # type: ignore[no-untyped-def]
    body = {"kind": "algemeen", **fields}
    reply = client.post(f"{API}/cases", json=body, headers=world[who].auth)
    assert reply.status_code == 201, reply.text
    return reply.json()


def submitted_case(client, world: World, who: str = "km", **fields) -> dict:  # type: ignore[no-untyped-def]
    fields.setdefault("question", "Wat vinden jullie?")
    case = new_case(client, world, who, **fields)
    reply = client.post(f"{API}/cases/{case['id']}/submit", headers=world[who].auth)
    assert reply.status_code == 200, reply.text
    return reply.json()


def _if_match(world: World, who: str, case: dict) -> dict[str, str]:
    return {**world[who].auth, "If-Match": f'"{case["version"]}"'}


def test_a_case_starts_as_concept_in_the_owners_team(client, world: World) -> None:
    case = new_case(client, world, question="Hoe motiveer ik deze klant?", age=45, gender="man")
    assert case["status"] == "concept" and case["ownerId"] == str(world["km"].id)
    assert case["teamId"] == str(world.teams["wi1"])
    assert case["allowedNextStates"] == ["ingediend", "ingetrokken"]
    assert (
        client.post(f"{API}/cases", json={"kind": "algemeen"}, headers=world["kw"].auth).status_code
        == 403
    )


def test_field_limits_are_checked_all_at_once(client, world: World) -> None:
    reply = client.post(
        f"{API}/cases",
        json={
            "kind": "ontheffing",
            "question": "x" * 1001,
            "attitude": "y" * 2001,
            "socialNetwork": 5,
        },
        headers=world["km"].auth,
    )
    assert reply.status_code == 400
    found = {(p["name"], p["code"]) for p in reply.json()["invalidParams"]}
    assert found == {
        ("question", "max_length"),
        ("attitude", "max_length"),
        ("socialNetwork", "invalid_type"),
    }
    at_limit = client.post(
        f"{API}/cases",
        json={"kind": "algemeen", "question": "x" * 1000, "attitude": "y" * 2000},
        headers=world["km"].auth,
    )
    assert at_limit.status_code == 201


def test_a_bsn_in_free_text_is_refused_naming_the_member(client, world: World) -> None:
    for written in ("111222333", "111 222 333", "11.12.22.33.3", "bsn:111222333."):
        reply = client.post(
            f"{API}/cases",
            json={"kind": "algemeen", "otherInformation": written},
            headers=world["km"].auth,
        )
        assert reply.status_code == 400, written
        assert reply.json()["invalidParams"] == [
            {
                "name": "otherInformation",
                "code": "bsn_detected",
                "reason": reply.json()["invalidParams"][0]["reason"],
            }
        ]
    # not a BSN: fails the 11-proef, or more digits around it, or a longer separator
    for harmless in ("123456789", "1112223334", "111 - 222 - 333", "tel 0612345678"):
        ok = client.post(
            f"{API}/cases",
            json={"kind": "algemeen", "otherInformation": harmless},
            headers=world["km"].auth,
        )
        assert ok.status_code == 201, harmless


def test_client_must_be_readable_and_of_the_cases_team(client, world: World) -> None:
    other = new_client(client, world, who="km_other")
    reply = client.post(
        f"{API}/cases",
        json={"kind": "ontheffing", "clientId": other["id"]},
        headers=world["km"].auth,
    )
    assert reply.status_code == 400 and reply.json()["invalidParams"][0]["code"] == "not_found"
    # a team leader in both teams reads the client, but it is not of the case's team
    client.put(
        f"{API}/teams/{world.teams['wi2']}/members/{world['tl'].id}",
        json={"workingDays": [1]},
        headers=world["bh"].auth,
    )
    mixed = client.post(
        f"{API}/cases",
        json={"kind": "ontheffing", "clientId": other["id"], "teamId": str(world.teams["wi1"])},
        headers=world["tl"].auth,
    )
    assert mixed.status_code == 400 and mixed.json()["invalidParams"][0]["code"] == "not_in_team"


def test_a_colleagues_concept_is_invisible_until_submitted(client, world: World) -> None:
    case = new_case(client, world, question="Concept")
    url = f"{API}/cases/{case['id']}"
    assert client.get(url, headers=world["km2"].auth).status_code == 404
    assert client.get(f"{API}/cases", headers=world["km2"].auth).json()["total"] == 0
    assert client.get(url, headers=world["tl"].auth).status_code == 200
    assert client.get(url, headers=world["kw"].auth).status_code == 200
    assert client.get(url, headers=world["km_other"].auth).status_code == 404
    client.post(f"{url}/submit", headers=world["km"].auth)
    assert client.get(url, headers=world["km2"].auth).status_code == 200


def test_submit_needs_question_and_client_reported_together(client, world: World) -> None:
    case = new_case(client, world, kind="ontheffing")
    reply = client.post(f"{API}/cases/{case['id']}/submit", headers=world["km"].auth)
    assert reply.status_code == 400
    assert {(p["name"], p["code"]) for p in reply.json()["invalidParams"]} == {
        ("question", "required"),
        ("clientId", "required"),
    }


def test_late_submission_is_accepted_and_flagged(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    # session Tuesday 2026-03-10: the deadline is Wednesday 2026-03-04 17:00 Amsterdam (16:00 UTC)
    case = new_case(client, world, question="Op tijd?", targetSessionDate="2026-03-10")
    assert case["submissionDeadlineAt"] == "2026-03-04T16:00:00Z"
    frozen_clock.set(datetime(2026, 3, 4, 15, 59, tzinfo=UTC))
    on_time = client.post(f"{API}/cases/{case['id']}/submit", headers=world["km"].auth).json()
    assert on_time["submittedOnTime"] is True and on_time["submittedAt"] == "2026-03-04T15:59:00Z"
    late_case = new_case(client, world, question="Te laat?", targetSessionDate="2026-03-10")
    frozen_clock.set(datetime(2026, 3, 4, 16, 1, tzinfo=UTC))
    late = client.post(f"{API}/cases/{late_case['id']}/submit", headers=world["km"].auth)
    assert late.status_code == 200 and late.json()["submittedOnTime"] is False
    undated = new_case(client, world, question="Geen datum")
    assert (
        client.post(f"{API}/cases/{undated['id']}/submit", headers=world["km"].auth).json()[
            "submittedOnTime"
        ]
        is None
    )


def test_wrong_transitions_list_the_allowed_next_states(client, world: World) -> None:
    case = submitted_case(client, world)
    again = client.post(f"{API}/cases/{case['id']}/submit", headers=world["km"].auth)
    assert again.status_code == 409 and again.json()["allowedNextStates"] == [
        "geagendeerd",  # once conferences exist (docs/domain.md §1)
        "afgerond",
        "ingetrokken",
    ]
    withdrawn = client.post(f"{API}/cases/{case['id']}/withdraw", headers=world["km"].auth)
    assert withdrawn.json()["status"] == "ingetrokken"
    stuck = client.post(f"{API}/cases/{case['id']}/withdraw", headers=world["km"].auth)
    assert stuck.status_code == 409 and stuck.json()["allowedNextStates"] == []
    patch = client.patch(
        f"{API}/cases/{case['id']}",
        json={"age": 50},
        headers=_if_match(world, "km", withdrawn.json()),
    )
    assert patch.status_code == 409


def test_only_owner_or_team_leader_edits(client, world: World) -> None:
    case = submitted_case(client, world)
    url = f"{API}/cases/{case['id']}"
    assert (
        client.patch(url, json={"age": 50}, headers=_if_match(world, "km2", case)).status_code
        == 403
    )
    assert client.post(f"{url}/withdraw", headers=world["km2"].auth).status_code == 403
    assert (
        client.patch(url, json={"age": 50}, headers=_if_match(world, "tl_other", case)).status_code
        == 404
    )
    assert (
        client.patch(url, json={"age": 50}, headers=_if_match(world, "kw", case)).status_code == 403
    )
    led = client.patch(url, json={"age": 50}, headers=_if_match(world, "tl", case))
    assert led.status_code == 200 and led.json()["age"] == 50


def test_two_editors_never_overwrite_each_other(client, world: World) -> None:
    case = submitted_case(client, world)
    url = f"{API}/cases/{case['id']}"
    assert client.patch(url, json={"age": 51}, headers=world["km"].auth).status_code == 428
    first = client.patch(
        url, json={"attitude": "Gemotiveerd"}, headers=_if_match(world, "km", case)
    )
    assert first.status_code == 200
    second = client.patch(
        url, json={"attitude": "Afwachtend"}, headers=_if_match(world, "tl", case)
    )
    assert second.status_code == 412
    outcome = client.put(
        f"{url}/outcome",
        json={"result": "anders", "conclusion": "Afgesproken"},
        headers=_if_match(world, "tl", case),
    )
    assert outcome.status_code == 412
    assert client.get(url, headers=world["km"].auth).json()["attitude"] == "Gemotiveerd"


def test_outcome_grants_an_exemption_in_the_same_transaction(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    c = new_client(client, world)
    case = submitted_case(client, world, kind="ontheffing", clientId=c["id"])
    url = f"{API}/cases/{case['id']}/outcome"
    bad = client.put(
        url,
        json={
            "result": "ontheffing_verleend",
            "exemption": {
                "ground": "art_9_lid_2",
                "startDate": "2026-03-01",
                "basisDocumentDate": "2026-02-01",
            },
        },
        headers=_if_match(world, "km", case),
    )
    assert bad.status_code == 400 and bad.json()["invalidParams"][0]["name"] == "exemption.endDate"
    assert (
        client.get(f"{API}/clients/{c['id']}", headers=world["km"].auth).json()["activeExemption"]
        is None
    )
    assert (
        client.get(f"{API}/cases/{case['id']}", headers=world["km"].auth).json()["status"]
        == "ingediend"
    )
    ok = client.put(
        url,
        json={
            "result": "ontheffing_verleend",
            "conclusion": "Tijdelijk ontheffen",
            "plan": "Over zes maanden opnieuw",
            "provisions": ["Schuldhulpverlening"],
            "exemption": {
                "ground": "art_9_lid_2",
                "startDate": "2026-03-01",
                "endDate": "2026-08-31",
                "basisDocumentDate": "2026-02-01",
            },
        },
        headers=_if_match(world, "km", case),
    )
    assert ok.status_code == 200, ok.text
    body = ok.json()
    assert body["status"] == "afgerond" and body["outcome"]["result"] == "ontheffing_verleend"
    assert body["outcome"]["recordedBy"] == str(world["km"].id) and body["outcome"][
        "provisions"
    ] == ["Schuldhulpverlening"]
    active = client.get(f"{API}/clients/{c['id']}", headers=world["km"].auth).json()[
        "activeExemption"
    ]
    assert active["id"] == body["outcome"]["exemptionId"] and active["endDate"] == "2026-08-31"
    once = client.put(
        url,
        json={"result": "anders", "conclusion": "Nog eens"},
        headers=_if_match(world, "km", body),
    )
    assert once.status_code == 409


def test_outcome_ends_or_keeps_an_existing_exemption(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    c = new_client(client, world)
    client.post(
        f"{API}/clients/{c['id']}/exemptions",
        json={
            "ground": "art_9_lid_5",
            "startDate": "2025-01-01",
            "basisDocumentDate": "2024-12-01",
        },
        headers=world["km"].auth,
    )
    kept_case = submitted_case(client, world, kind="ontheffing", clientId=c["id"])
    kept = client.put(
        f"{API}/cases/{kept_case['id']}/outcome",
        json={"result": "ontheffing_gehandhaafd", "basisDocumentDate": "2026-02-20"},
        headers=_if_match(world, "km", kept_case),
    )
    assert kept.status_code == 200
    active = client.get(f"{API}/clients/{c['id']}", headers=world["km"].auth).json()[
        "activeExemption"
    ]
    assert (
        active["basisDocumentDate"] == "2026-02-20" and active["reexaminationDate"] == "2028-02-20"
    )
    end_case = submitted_case(client, world, kind="ontheffing", clientId=c["id"])
    wrong_member = client.put(
        f"{API}/cases/{end_case['id']}/outcome",
        json={"result": "ontheffing_beeindigd", "basisDocumentDate": "2026-02-20"},
        headers=_if_match(world, "km", end_case),
    )
    assert {(p["name"], p["code"]) for p in wrong_member.json()["invalidParams"]} == {
        ("basisDocumentDate", "not_allowed"),
        ("exemptionEnd", "required"),
    }
    ended = client.put(
        f"{API}/cases/{end_case['id']}/outcome",
        json={
            "result": "ontheffing_beeindigd",
            "exemptionEnd": {"endedOn": "2026-03-01", "endReason": "Hersteld"},
        },
        headers=_if_match(world, "km", end_case),
    )
    assert ended.status_code == 200
    assert (
        client.get(f"{API}/clients/{c['id']}", headers=world["km"].auth).json()["activeExemption"]
        is None
    )
    no_exemption = submitted_case(client, world, kind="ontheffing", clientId=c["id"])
    refused = client.put(
        f"{API}/cases/{no_exemption['id']}/outcome",
        json={"result": "ontheffing_gehandhaafd"},
        headers=_if_match(world, "km", no_exemption),
    )
    assert refused.status_code == 409 and "actieve ontheffing" in refused.json()["detail"]


def test_outcome_requirements_on_the_case(client, world: World) -> None:
    general = submitted_case(client, world)
    url = f"{API}/cases/{general['id']}/outcome"
    assert (
        client.put(
            url, json={"result": "ontheffing_voorkomen"}, headers=_if_match(world, "km", general)
        ).status_code
        == 409
    )
    assert (
        client.put(
            url, json={"result": "verwezen_rw"}, headers=_if_match(world, "km", general)
        ).status_code
        == 409
    )
    assert (
        client.put(
            url, json={"result": "anders"}, headers=_if_match(world, "km", general)
        ).status_code
        == 400
    )
    concept = new_case(client, world)
    assert (
        client.put(
            f"{API}/cases/{concept['id']}/outcome",
            json={"result": "anders", "conclusion": "x"},
            headers=_if_match(world, "km", concept),
        ).status_code
        == 409
    )
    ok = client.put(
        url,
        json={"result": "anders", "conclusion": "Besproken"},
        headers=_if_match(world, "km", general),
    )
    assert ok.status_code == 200


def test_after_the_outcome_only_the_decision_letter_date_changes(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    case = submitted_case(client, world)
    done = client.put(
        f"{API}/cases/{case['id']}/outcome",
        json={"result": "anders", "conclusion": "Klaar"},
        headers=_if_match(world, "km", case),
    ).json()
    url = f"{API}/cases/{case['id']}"
    assert (
        client.patch(url, json={"age": 60}, headers=_if_match(world, "km", done)).status_code == 409
    )
    early = client.patch(
        url, json={"decisionLetterSentOn": "2026-03-01"}, headers=_if_match(world, "km", done)
    )
    assert early.status_code == 400 and early.json()["invalidParams"][0]["code"] == "before_outcome"
    sent = client.patch(
        url, json={"decisionLetterSentOn": "2026-03-05"}, headers=_if_match(world, "km", done)
    )
    assert (
        sent.status_code == 200 and sent.json()["outcome"]["decisionLetterSentOn"] == "2026-03-05"
    )


def test_history_keeps_every_status_change(client, world: World) -> None:
    case = submitted_case(client, world)
    client.put(
        f"{API}/cases/{case['id']}/outcome",
        json={"result": "anders", "conclusion": "Klaar"},
        headers=_if_match(world, "tl", case),
    )
    items = client.get(f"{API}/cases/{case['id']}/history", headers=world["km2"].auth).json()[
        "items"
    ]
    assert [(i["fromStatus"], i["toStatus"]) for i in items] == [
        (None, "concept"),
        ("concept", "ingediend"),
        ("ingediend", "afgerond"),
    ]
    # a page at a time, oldest first: a case on and off agendas gathers changes without end
    later = client.get(
        f"{API}/cases/{case['id']}/history",
        params={"limit": 2, "offset": 1},
        headers=world["km2"].auth,
    ).json()
    assert later["total"] == 3
    assert [i["toStatus"] for i in later["items"]] == ["ingediend", "afgerond"]
    assert items[2]["actorId"] == str(world["tl"].id)


def test_search_matches_word_prefixes_ignoring_case_and_accents(client, world: World, db) -> None:
    one = submitted_case(
        client,
        world,
        otherInformation="Zij werkte als caféhulp in Eindhoven",
        attitude="Gemotiveerd voor fietsenmaker",
    )
    two = submitted_case(client, world, question="Schulden en verslaving spelen mee")
    theirs = new_case(client, world, who="km_other", otherInformation="Cafébezoek in Eindhoven")

    def found(q: str, who: str = "km", **params) -> set[str]:  # type: ignore[no-untyped-def]
        reply = client.get(f"{API}/cases", params={"q": q, **params}, headers=world[who].auth)
        assert reply.status_code == 200, reply.text
        return {c["id"] for c in reply.json()["items"]}

    assert found("CAFE eind") == {one["id"]}
    assert found("fiets") == {one["id"]}
    assert found("verslav schuld") == {two["id"]}
    assert found("eindhoven verslaving") == set()
    assert found("schulden", status="afgerond") == set()
    assert found("eindhoven", who="km_other") == {theirs["id"]}  # scope: never the other team's
    assert client.get(f"{API}/cases", params={"q": ""}, headers=world["km"].auth).status_code == 400
    assert (
        client.get(f"{API}/cases", params={"q": "x" * 201}, headers=world["km"].auth).status_code
        == 400
    )
    trail = db.scalars(select(AuditEvent.changes).where(AuditEvent.action == "list"))
    assert "verslav" not in str(trail) and "gezocht" in str(trail)
