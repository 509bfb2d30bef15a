"""Decision-tree assessments with recorded arguments — docs/domain.md §2."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime

from sqlalchemy import select

from tests.api.test_clients import new_client, upsert
from tests.conftest import FrozenClock, World
from vakwerk.assessments.models import ArgumentRefusal

API = "/api/v1"
ARGS = {
    "q1": "Klant vertelde in het gesprek van maart dat hij graag weer als chauffeur wil "
    "werken voor zijn dochter.",
    "q2a": "Schulden zijn via de kredietbank geregeld sinds januari; de woonsituatie is stabiel "
    "volgens de klant.",
    "q2b": "CompetenSYS laat een lichte taalbeperking zien; verder geen beperkingen volgens de "
    "huisarts.",
    "q3": "De problemen zijn beheersbaar en R&W biedt taalles naast een werkstage; daarom is een "
    "traject mogelijk.",
}
NO_OBSTACLES_A = [{"key": k, "obstacle": False} for k in ("schulden", "woonsituatie", "verslaving")]
NO_OBSTACLES_B = [
    {"key": k, "obstacle": False}
    for k in (
        "taalbeperking",
        "verstandelijke_beperking",
        "lichamelijke_beperking",
        "psychische_beperking",
    )
]
COMPLETION = {
    "guidelineUsed": True,
    "consultation": {
        "held": True,
        "withWhom": "Consulent R&W",
        "explanation": "Driegesprek gepland",
    },
    "conclusion": "Aanmelden bij R&W voor een werkstage met taalles.",
}


def start(client, world: World, client_id: str, who: str = "km", **extra):  # type: ignore[no-untyped-def]
    return client.post(
        f"{API}/assessments", json={"clientId": client_id, **extra}, headers=world[who].auth
    )


def answer(client, world: World, assessment_id: str, key: str, who: str = "km", **body):  # type: ignore[no-untyped-def]
    body.setdefault("sources", ["klant"])
    return client.put(
        f"{API}/assessments/{assessment_id}/answers/{key}", json=body, headers=world[who].auth
    )


def answer_all(
    client, world: World, assessment_id: str, q3: str = "nee", args: dict | None = None
) -> None:  # type: ignore[type-arg]
    args = args or ARGS
    assert (
        answer(client, world, assessment_id, "q1", answer="ja", argument=args["q1"]).status_code
        == 200
    )
    assert (
        answer(
            client,
            world,
            assessment_id,
            "q2a",
            characteristics=NO_OBSTACLES_A,
            argument=args["q2a"],
        ).status_code
        == 200
    )
    assert (
        answer(
            client,
            world,
            assessment_id,
            "q2b",
            characteristics=NO_OBSTACLES_B,
            argument=args["q2b"],
            sources=["competensys", "andere_deskundige"],
        ).status_code
        == 200
    )
    reply = answer(client, world, assessment_id, "q3", answer=q3, argument=args["q3"])
    assert reply.status_code == 200, reply.text


_variant = itertools.count(1)


def completed(client, world: World, q3: str = "nee", who_client: str = "km") -> dict:  # type: ignore[type-arg]
    """A completed assessment; each gets its own words (the same words again are a duplicate)."""
    c = new_client(client, world, who=who_client)
    assessment = start(client, world, c["id"]).json()
    n = next(_variant)
    answer_all(
        client,
        world,
        assessment["id"],
        q3,
        {k: f"{v} Gesprek nummer {n}." for k, v in ARGS.items()},
    )
    reply = client.post(
        f"{API}/assessments/{assessment['id']}/complete", json=COMPLETION, headers=world["km"].auth
    )
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_every_organisation_starts_with_its_own_version_1(client, world: World) -> None:
    mine = client.get(f"{API}/decision-trees", headers=world["km"].auth).json()
    assert (
        mine["total"] == 1
        and mine["items"][0]["number"] == 1
        and mine["items"][0]["current"] is True
    )
    version = client.get(
        f"{API}/decision-trees/{mine['items'][0]['id']}", headers=world["kw"].auth
    ).json()
    keys = [q["key"] for q in version["definition"]["questions"]]
    assert keys == ["q1", "q2a", "q2b", "q3"]
    assert (
        version["definition"]["questions"][0]["text"]
        == "Is de klant gemotiveerd om aan het werk te gaan?"
    )
    assert version["definition"]["outcomeRule"] == {
        "questionKey": "q3",
        "outcomes": {
            "nee": "traject_mogelijk",
            "ja": "nu_geen_traject",
            "wacht_op_deskundige": "uitgesteld",
        },
    }
    theirs = client.get(f"{API}/decision-trees", headers=world["bh_b"].auth).json()["items"][0][
        "id"
    ]
    assert theirs != mine["items"][0]["id"]
    assert client.get(f"{API}/decision-trees/{theirs}", headers=world["km"].auth).status_code == 404
    settings = client.get(
        f"{API}/organisations/{world.organisation_id}/settings", headers=world["km"].auth
    ).json()
    assert settings["currentTreeVersionId"] == mine["items"][0]["id"]


def test_published_versions_are_immutable_and_pin_assessments(client, world: World) -> None:
    v1 = client.get(f"{API}/decision-trees", headers=world["bh"].auth).json()["items"][0]
    c = new_client(client, world)
    open_one = start(client, world, c["id"]).json()
    definition = client.get(f"{API}/decision-trees/{v1['id']}", headers=world["bh"].auth).json()[
        "definition"
    ]
    definition["questions"][0]["text"] = "Wil de klant werken?"
    published = client.post(
        f"{API}/decision-trees", json={"definition": definition}, headers=world["bh"].auth
    )
    assert (
        published.status_code == 201
        and published.json()["number"] == 2
        and published.json()["current"]
    )
    assert (
        client.put(
            f"{API}/decision-trees/{v1['id']}", json={}, headers=world["bh"].auth
        ).status_code
        == 405
    )
    assert (
        client.delete(f"{API}/decision-trees/{v1['id']}", headers=world["bh"].auth).status_code
        == 405
    )
    # the open assessment keeps version 1 and its texts
    kept = client.get(f"{API}/assessments/{open_one['id']}", headers=world["km"].auth).json()
    assert kept["treeVersionNumber"] == 1
    other = new_client(client, world)
    assert start(client, world, other["id"]).json()["treeVersionNumber"] == 2
    # rolling back: make version 1 current again
    settings_url = f"{API}/organisations/{world.organisation_id}/settings"
    etag = client.get(settings_url, headers=world["bh"].auth).headers["etag"]
    back = client.patch(
        settings_url,
        json={"currentTreeVersionId": v1["id"]},
        headers={**world["bh"].auth, "If-Match": etag},
    )
    assert back.status_code == 200
    third = new_client(client, world)
    assert start(client, world, third["id"]).json()["treeVersionNumber"] == 1
    foreign = client.get(f"{API}/decision-trees", headers=world["bh_b"].auth).json()["items"][0][
        "id"
    ]
    refused = client.patch(
        settings_url,
        json={"currentTreeVersionId": foreign},
        headers={**world["bh"].auth, "If-Match": back.headers["etag"]},
    )
    assert refused.status_code == 400 and refused.json()["invalidParams"][0]["code"] == "not_found"


def test_a_rule_naming_an_unknown_answer_is_refused(client, world: World) -> None:
    v1 = client.get(f"{API}/decision-trees", headers=world["bh"].auth).json()["items"][0]
    definition = client.get(f"{API}/decision-trees/{v1['id']}", headers=world["bh"].auth).json()[
        "definition"
    ]
    definition["outcomeRule"]["outcomes"]["misschien"] = "uitgesteld"
    reply = client.post(
        f"{API}/decision-trees", json={"definition": definition}, headers=world["bh"].auth
    )
    assert (
        reply.status_code == 400
        and reply.json()["invalidParams"][0]["name"] == "definition.outcomeRule.outcomes"
    )
    definition["outcomeRule"] = {"questionKey": "q9", "outcomes": {"ja": "uitgesteld"}}
    assert (
        client.post(
            f"{API}/decision-trees", json={"definition": definition}, headers=world["bh"].auth
        ).status_code
        == 400
    )
    assert (
        client.post(
            f"{API}/decision-trees", json={"definition": definition}, headers=world["kw"].auth
        ).status_code
        == 403
    )


def test_one_open_assessment_per_client(client, world: World) -> None:
    c = new_client(client, world)
    assert start(client, world, c["id"]).status_code == 201
    assert start(client, world, c["id"]).status_code == 409
    other_team = new_client(client, world, who="km_other")
    refused = start(client, world, other_team["id"])
    assert refused.status_code == 400 and refused.json()["invalidParams"][0]["code"] == "not_found"
    assert start(client, world, c["id"], who="tl").status_code == 403


def test_answer_validation(client, world: World) -> None:
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    derived = answer(client, world, a, "q2a", answer="ja", characteristics=NO_OBSTACLES_A)
    assert derived.status_code == 400 and derived.json()["invalidParams"][0]["code"] == "read_only"
    missing = answer(client, world, a, "q2a", characteristics=NO_OBSTACLES_A[:2])
    assert missing.json()["invalidParams"][0]["code"] == "incomplete"
    trend = answer(
        client,
        world,
        a,
        "q2a",
        characteristics=[{**NO_OBSTACLES_A[0], "obstacle": True}, *NO_OBSTACLES_A[1:]],
    )
    assert trend.json()["invalidParams"][0]["name"] == "characteristics.0.trend"
    ok = answer(
        client,
        world,
        a,
        "q2a",
        characteristics=[
            {"key": "schulden", "obstacle": True, "trend": "stabiel", "note": "Bewindvoering"},
            *NO_OBSTACLES_A[1:],
        ],
    )
    assert ok.status_code == 200 and ok.json()["answers"][0]["answer"] == "ja"
    chars_on_q1 = answer(client, world, a, "q1", answer="ja", characteristics=NO_OBSTACLES_A)
    assert chars_on_q1.json()["invalidParams"][0]["code"] == "not_allowed"
    assert answer(client, world, a, "q1", answer="misschien").status_code == 400
    assert answer(client, world, a, "q1", answer="ja", sources=[]).status_code == 400
    assert answer(client, world, a, "q9", answer="ja").status_code == 404
    assert answer(client, world, a, "q1", who="km2", answer="ja").status_code == 403
    assert answer(client, world, a, "q1", answer="ja", argument="x" * 4001).status_code == 400


def test_argument_quality_is_enforced_and_refusals_are_counted(client, world: World, db) -> None:
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    short = answer(client, world, a, "q1", answer="ja", argument="Klant wil werken.")
    assert short.status_code == 400
    problem = short.json()["invalidParams"][0]
    assert (problem["name"], problem["code"]) == ("argument", "too_short")
    assert "feiten" in problem["reason"]
    boiler = answer(
        client,
        world,
        a,
        "q1",
        answer="ja",
        argument="Er is geen reden om de klant niet aan te melden bij R&W. Dus aanmelden nu.",
    )
    assert boiler.json()["invalidParams"][0]["code"] == "boilerplate"
    assert answer(client, world, a, "q1", answer="ja", argument=ARGS["q1"]).status_code == 200
    again = answer(client, world, a, "q3", answer="nee", argument=ARGS["q1"].upper() + "!!")
    assert again.json()["invalidParams"][0]["code"] == "duplicate"
    refusals = db.scalars(select(ArgumentRefusal))
    assert sorted(r.reason for r in refusals) == ["boilerplate", "duplicate", "too_short"]
    assert all(r.author_id == world["km"].id and r.team_id == world.teams["wi1"] for r in refusals)
    bsn = answer(client, world, a, "q3", answer="nee", argument=ARGS["q3"] + " BSN 111222333")
    assert bsn.json()["invalidParams"][0]["code"] == "bsn_detected"


def test_the_same_argument_for_the_same_question_of_another_client_is_a_duplicate(
    client, world: World
) -> None:
    first = new_client(client, world)
    answer_all(client, world, start(client, world, first["id"]).json()["id"])
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    reply = answer(client, world, a, "q1", answer="ja", argument=ARGS["q1"])
    assert reply.status_code == 400 and reply.json()["invalidParams"][0]["code"] == "duplicate"
    # another author may write the same words
    c2 = new_client(client, world, who="km2")
    a2 = start(client, world, c2["id"], who="km2").json()["id"]
    assert (
        answer(client, world, a2, "q1", who="km2", answer="ja", argument=ARGS["q1"]).status_code
        == 200
    )


def test_boilerplate_list_is_kept_by_quality_and_beheerder(client, world: World) -> None:
    listed = client.get(f"{API}/boilerplate-phrases", headers=world["km"].auth).json()
    assert [p["text"] for p in listed["items"]] == [
        "Er is geen reden om de klant niet aan te melden bij R&W"
    ]
    phrase = {"text": "De klant is gemotiveerd en er zijn geen belemmeringen"}
    assert (
        client.post(f"{API}/boilerplate-phrases", json=phrase, headers=world["km"].auth).status_code
        == 403
    )
    created = client.post(f"{API}/boilerplate-phrases", json=phrase, headers=world["kw"].auth)
    assert created.status_code == 201
    assert (
        client.post(
            f"{API}/boilerplate-phrases",
            json={"text": "de KLANT is gemotiveerd, en er zijn geen belemmeringen!"},
            headers=world["bh"].auth,
        ).status_code
        == 409
    )
    assert (
        client.post(
            f"{API}/boilerplate-phrases", json={"text": "!!!"}, headers=world["bh"].auth
        ).status_code
        == 400
    )
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    reply = answer(
        client,
        world,
        a,
        "q1",
        answer="ja",
        argument="De klant is gemotiveerd en er zijn geen belemmeringen, echt.",
    )
    assert reply.json()["invalidParams"][0]["code"] == "boilerplate"
    assert (
        client.delete(
            f"{API}/boilerplate-phrases/{created.json()['id']}", headers=world["kw"].auth
        ).status_code
        == 204
    )


def test_completion_names_every_gap_at_once(client, world: World) -> None:
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    answer(client, world, a, "q1", answer="ja")  # no argument
    reply = client.post(
        f"{API}/assessments/{a}/complete",
        json={"consultation": {"held": True}},
        headers=world["km"].auth,
    )
    assert reply.status_code == 400
    assert {(p["name"], p["code"]) for p in reply.json()["invalidParams"]} == {
        ("answers.q1.argument", "required"),
        ("answers.q2a", "required"),
        ("answers.q2b", "required"),
        ("answers.q3", "required"),
        ("guidelineUsed", "required"),
        ("conclusion", "required"),
        ("consultation.withWhom", "required"),
    }


def test_arguments_only_for_doubtful_cases_where_the_organisation_says_so(
    client, world: World
) -> None:
    url = f"{API}/organisations/{world.organisation_id}/settings"
    etag = client.get(url, headers=world["bh"].auth).headers["etag"]
    client.patch(
        url,
        json={"argumentsRequired": "alleen_twijfel"},
        headers={**world["bh"].auth, "If-Match": etag},
    )
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    answer(client, world, a, "q1", answer="ja")
    answer(client, world, a, "q2a", characteristics=NO_OBSTACLES_A)
    answer(client, world, a, "q2b", characteristics=NO_OBSTACLES_B)
    answer(client, world, a, "q3", answer="ja")
    reply = client.post(
        f"{API}/assessments/{a}/complete", json=COMPLETION, headers=world["km"].auth
    )
    assert [p["name"] for p in reply.json()["invalidParams"]] == [
        "answers.q3.argument"
    ]  # q3 always
    answer(client, world, a, "q3", answer="ja", argument=ARGS["q3"])
    done = client.post(f"{API}/assessments/{a}/complete", json=COMPLETION, headers=world["km"].auth)
    assert done.status_code == 200 and done.json()["outcome"] == "nu_geen_traject"


def test_outcome_follows_the_rule_for_every_path(client, world: World) -> None:
    labels = {
        "nee": ("traject_mogelijk", "Ja, er is wel een traject mogelijk bij R&W"),
        "ja": ("nu_geen_traject", "Nee, er is (nu) geen traject mogelijk bij R&W"),
        "wacht_op_deskundige": ("uitgesteld", "Uitgesteld: wacht op oordeel externe deskundige"),
    }
    for q3, (outcome, label) in labels.items():
        c = new_client(client, world)
        a = start(client, world, c["id"]).json()
        assert (
            a["outcome"] is None and a["outcomeLabel"] is None and a["outcomeExplanation"] is None
        )
        args = {k: f"{v} Variant {q3}." for k, v in ARGS.items()}
        answer_all(client, world, a["id"], q3, args)
        done = client.post(
            f"{API}/assessments/{a['id']}/complete", json=COMPLETION, headers=world["km"].auth
        ).json()
        assert (done["outcome"], done["outcomeLabel"]) == (outcome, label)
        assert done["outcomeExplanation"]["rule"] == {
            "questionKey": "q3",
            "answer": q3,
            "outcome": outcome,
        }
        assert done["outcomeExplanation"]["treeVersionNumber"] == 1
        assert done["status"] == "afgerond"
        assert (
            client.post(
                f"{API}/assessments/{a['id']}/complete", json=COMPLETION, headers=world["km"].auth
            ).status_code
            == 409
        )
        assert (
            answer(client, world, a["id"], "q1", answer="nee", argument="x" * 50).status_code == 409
        )


def test_reviews_accept_or_return_a_referral_once(client, world: World) -> None:
    referral = completed(client, world, "nee")
    url = f"{API}/assessments/{referral['id']}/reviews"
    queue = client.get(
        f"{API}/assessments",
        params={"reviewed": "false", "status": "afgerond"},
        headers=world["co"].auth,
    ).json()
    assert [a["id"] for a in queue["items"]] == [referral["id"]]
    review = {
        "decision": "teruggemeld",
        "argument": "De verslaving is niet stabiel volgens de verslavingszorg; "
        "eerst de behandeling afronden.",
        "remarks": {"q2a": "Verslaving opnieuw beoordelen"},
    }
    assert client.post(url, json=review, headers=world["km2"].auth).status_code == 403
    bad_key = client.post(url, json={**review, "remarks": {"q7": "?"}}, headers=world["co"].auth)
    assert bad_key.status_code == 400 and bad_key.json()["invalidParams"][0]["name"] == "remarks.q7"
    short = client.post(url, json={**review, "argument": "Niet nu."}, headers=world["co"].auth)
    assert short.json()["invalidParams"][0]["code"] == "too_short"
    done = client.post(url, json=review, headers=world["co"].auth)
    assert done.status_code == 201 and done.json()["decision"] == "teruggemeld"
    assert (
        client.post(
            url, json={**review, "decision": "geaccepteerd"}, headers=world["co"].auth
        ).status_code
        == 409
    )
    history = client.get(url, headers=world["km"].auth).json()["items"]
    assert [r["decision"] for r in history] == ["teruggemeld"]
    returned = client.get(
        f"{API}/assessments", params={"reviewDecision": "teruggemeld"}, headers=world["km"].auth
    ).json()
    assert [a["id"] for a in returned["items"]] == [referral["id"]]
    # a return reopens the client for a new assessment
    assert start(client, world, referral["clientId"]).status_code == 201
    no_referral = completed(client, world, "ja")
    # not a referral, so outside a consultant's scope altogether
    assert (
        client.post(
            f"{API}/assessments/{no_referral['id']}/reviews", json=review, headers=world["co"].auth
        ).status_code
        == 404
    )


def test_an_unreviewed_referral_blocks_a_new_assessment(client, world: World) -> None:
    referral = completed(client, world, "nee")
    assert start(client, world, referral["clientId"]).status_code == 409
    postponed = completed(client, world, "wacht_op_deskundige")
    assert start(client, world, postponed["clientId"]).status_code == 201


def test_nobody_reviews_their_own_assessment(client, world: World) -> None:
    # a klantmanager who is also an R&W consultant
    etag = client.get(f"{API}/users/{world['km'].id}", headers=world["bh"].auth).headers["etag"]
    client.patch(
        f"{API}/users/{world['km'].id}",
        json={"roles": ["klantmanager", "consulent"]},
        headers={**world["bh"].auth, "If-Match": etag},
    )
    referral = completed(client, world, "nee")
    review = {
        "decision": "geaccepteerd",
        "argument": "Past goed bij ons aanbod van werkstages met taalondersteuning.",
    }
    assert (
        client.post(
            f"{API}/assessments/{referral['id']}/reviews", json=review, headers=world["km"].auth
        ).status_code
        == 403
    )


def test_referred_scope_for_consultants(client, world: World) -> None:
    referral = completed(client, world, "nee")
    kept = completed(client, world, "ja")
    assert (
        client.get(f"{API}/assessments/{referral['id']}", headers=world["co"].auth).status_code
        == 200
    )
    assert (
        client.get(f"{API}/assessments/{kept['id']}", headers=world["co"].auth).status_code == 404
    )
    assert (
        client.get(f"{API}/clients/{referral['clientId']}", headers=world["co"].auth).status_code
        == 200
    )
    assert (
        client.get(f"{API}/clients/{kept['clientId']}", headers=world["co"].auth).status_code == 404
    )
    assert client.get(f"{API}/cases", headers=world["co"].auth).status_code == 403
    api = client.get(
        f"{API}/assessments/{kept['id']}/handover",
        headers={"X-API-Key": world.api_keys["assessments:read"]},
    )
    assert api.status_code == 200


def test_twijfel_flag_and_withdraw(client, world: World) -> None:
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()
    url = f"{API}/assessments/{a['id']}"
    assert client.patch(url, json={"twijfel": True}, headers=world["km"].auth).status_code == 428
    flagged = client.patch(
        url, json={"twijfel": True}, headers={**world["km"].auth, "If-Match": '"1"'}
    )
    assert flagged.status_code == 200 and flagged.json()["twijfel"] is True
    assert (
        client.patch(
            url, json={"twijfel": False}, headers={**world["km"].auth, "If-Match": '"1"'}
        ).status_code
        == 412
    )
    listed = client.get(
        f"{API}/assessments", params={"twijfel": "true"}, headers=world["kw"].auth
    ).json()
    assert [x["id"] for x in listed["items"]] == [a["id"]]
    assert client.post(f"{url}/withdraw", headers=world["km2"].auth).status_code == 403
    assert (
        client.post(f"{url}/withdraw", headers=world["tl"].auth).json()["status"] == "ingetrokken"
    )
    assert start(client, world, c["id"]).status_code == 201


def test_handover_as_json_and_text(client, world: World, frozen_clock: FrozenClock) -> None:
    """A document with a header (client references CompetenSYS first, date, client manager,
    tree version, outcome label), the questions without the screens' hints (docs/domain.md §2)."""
    frozen_clock.set(datetime(2026, 12, 1, 23, 30, tzinfo=UTC))  # 2 December in Amsterdam
    c = new_client(client, world)
    for system, ref in (("civision", "12345"), ("competensys", "A-7")):
        reply = upsert(client, world, ref, {"clientId": c["id"]}, system=system)
        assert reply.status_code == 200, reply.text
    a = start(client, world, c["id"]).json()["id"]
    assert (
        client.get(f"{API}/assessments/{a}/handover", headers=world["km"].auth).status_code == 409
    )
    answer(client, world, a, "q1", answer="ja", argument=ARGS["q1"])
    answer(
        client,
        world,
        a,
        "q2a",
        argument=ARGS["q2a"],
        characteristics=[
            {
                "key": "schulden",
                "obstacle": True,
                "trend": "stabiel",
                "note": "Bewindvoering loopt",
            },
            {"key": "woonsituatie", "obstacle": False},
            {"key": "verslaving", "obstacle": False},
        ],
    )
    answer(
        client,
        world,
        a,
        "q2b",
        characteristics=NO_OBSTACLES_B,
        argument=ARGS["q2b"],
        sources=["competensys"],
    )
    answer(
        client,
        world,
        a,
        "q3",
        answer="nee",
        argument=ARGS["q3"],
        sources=["klant", "eigen_inschatting"],
    )
    client.post(f"{API}/assessments/{a}/complete", json=COMPLETION, headers=world["km"].auth)
    form = client.get(f"{API}/assessments/{a}/handover", headers=world["km"].auth).json()
    assert form["outcomeLabel"] == "Ja, er is wel een traject mogelijk bij R&W"
    assert [q["questionKey"] for q in form["questions"]] == ["q1", "q2a", "q2b", "q3"]
    assert form["clientRefs"] == [
        {"system": "competensys", "ref": "A-7"},
        {"system": "civision", "ref": "12345"},
    ]
    assert form["completedOn"] == "2026-12-02"
    assert form["authorId"] == str(world["km"].id) and form["authorName"] == "KM"
    assert form["treeVersionNumber"] == 1
    text = client.get(
        f"{API}/assessments/{a}/handover", headers={**world["km"].auth, "Accept": "text/plain"}
    )
    assert text.headers["content-type"].startswith("text/plain")
    header, *blocks = text.text.strip().split("\n\n")
    assert header.splitlines() == [
        "Overdrachtsformulier afwegingskader",
        "Klant: competensys A-7 · civision 12345",
        "Datum: 2 december 2026",
        "Klantmanager: KM",
        "Beslisboom: versie 1",
        "Uitkomst: Ja, er is wel een traject mogelijk bij R&W",
    ]
    assert "overdrachtsformulier)" not in text.text.lower()
    assert blocks[6].splitlines()[0] == (
        "Is er collegiaal overleg geweest tussen W&I en R&W over het volgen van een traject bij "
        "R&W? Ja"
    )
    assert blocks[0].splitlines() == [
        "Is de klant gemotiveerd om aan het werk te gaan?",
        "Antwoord: Ja",
        f"Argument: {ARGS['q1']}",
        "Bronnen: Klant",
    ]
    assert blocks[1].splitlines()[1:4] == [
        "Antwoord: Ja",
        "- Schulden: belemmering (stabiel) — Bewindvoering loopt",
        "- Woonsituatie: geen belemmering",
    ]
    assert blocks[3].splitlines()[-1] == "Bronnen: Klant, Eigen inschatting"
    assert blocks[4] == "Uitkomst: Ja, er is wel een traject mogelijk bij R&W"
    assert blocks[5] == "Heb je de handreiking afwegingskader gebruikt? Ja"
    assert blocks[6].splitlines()[1:] == [
        "Overleg gehad met: Consulent R&W",
        "Toelichting: Driegesprek gepland",
    ]
    assert blocks[7] == "Conclusie: Aanmelden bij R&W voor een werkstage met taalles."
