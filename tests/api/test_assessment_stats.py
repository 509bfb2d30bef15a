"""Assessment stats per team and person, checked against a known fixture."""

from __future__ import annotations

import statistics
from datetime import UTC, datetime

from tests.api.test_assessments import (
    ARGS,
    COMPLETION,
    NO_OBSTACLES_A,
    NO_OBSTACLES_B,
    answer,
    start,
)
from tests.api.test_clients import new_client
from tests.conftest import FrozenClock, World

API = "/api/v1"


def _complete(
    client, world: World, who: str, q3: str, tag: str, twijfel: bool = False
) -> tuple[dict, list[str]]:  # type: ignore[type-arg]
    c = new_client(client, world, who=who)
    a = start(client, world, c["id"], who=who, twijfel=twijfel).json()["id"]
    args = {k: f"{v} Situatie {tag}." for k, v in ARGS.items()}
    answer(client, world, a, "q1", who=who, answer="ja", argument=args["q1"])
    answer(client, world, a, "q2a", who=who, characteristics=NO_OBSTACLES_A, argument=args["q2a"])
    answer(client, world, a, "q2b", who=who, characteristics=NO_OBSTACLES_B, argument=args["q2b"])
    answer(client, world, a, "q3", who=who, answer=q3, argument=args["q3"])
    done = client.post(f"{API}/assessments/{a}/complete", json=COMPLETION, headers=world[who].auth)
    assert done.status_code == 200, done.text
    return done.json(), list(args.values())


def _review(client, world: World, assessment_id: str, decision: str, tag: str) -> None:
    reply = client.post(
        f"{API}/assessments/{assessment_id}/reviews",
        json={
            "decision": decision,
            "argument": f"Besproken met de klant en de werkgever; het aanbod past ({tag}).",
        },
        headers=world["co"].auth,
    )
    assert reply.status_code == 201, reply.text


def test_stats_per_team_and_person(client, world: World, frozen_clock: FrozenClock) -> None:
    frozen_clock.set(datetime(2026, 3, 2, 10, tzinfo=UTC))
    r1, args1 = _complete(client, world, "km", "nee", "een")
    r2, args2 = _complete(client, world, "km", "nee", "twee")
    k3, args3 = _complete(client, world, "km2", "ja", "drie", twijfel=True)
    frozen_clock.set(datetime(2026, 3, 20, 10, tzinfo=UTC))
    u4, args4 = _complete(client, world, "km_other", "wacht_op_deskundige", "vier")
    _review(client, world, r1["id"], "teruggemeld", "a")
    _review(client, world, r2["id"], "geaccepteerd", "b")
    c = new_client(client, world)
    a = start(client, world, c["id"]).json()["id"]
    assert answer(client, world, a, "q1", answer="ja", argument="Te kort.").status_code == 400

    stats = client.get(f"{API}/assessment-stats", headers=world["kw"].auth).json()
    by_team = {row["teamId"]: row for row in stats["items"]}
    wi1 = by_team[str(world.teams["wi1"])]
    assert wi1["assessments"] == 3
    assert wi1["outcomes"] == {"traject_mogelijk": 2, "nu_geen_traject": 1, "uitgesteld": 0}
    assert (wi1["twijfel"], wi1["referrals"], wi1["reviews"], wi1["returns"]) == (1, 2, 2, 1)
    assert wi1["returnRate"] == 0.5
    assert wi1["refusals"] == {"too_short": 1, "boilerplate": 0, "duplicate": 0}
    assert wi1["medianArgumentLength"] == statistics.median(len(x) for x in args1 + args2 + args3)
    wi2 = by_team[str(world.teams["wi2"])]
    assert wi2["outcomes"]["uitgesteld"] == 1 and wi2["returnRate"] is None
    assert stats["totals"]["assessments"] == 4
    assert stats["totals"]["medianArgumentLength"] == statistics.median(
        len(x) for x in args1 + args2 + args3 + args4
    )

    march_first_half = client.get(
        f"{API}/assessment-stats",
        params={"fromDate": "2026-03-01", "toDate": "2026-03-15"},
        headers=world["kw"].auth,
    ).json()
    assert march_first_half["totals"]["assessments"] == 3
    assert (
        client.get(
            f"{API}/assessment-stats",
            params={"fromDate": "2026-03-16", "toDate": "2026-03-01"},
            headers=world["kw"].auth,
        ).status_code
        == 400
    )

    leader = client.get(
        f"{API}/assessment-stats", params={"groupBy": "person"}, headers=world["tl"].auth
    ).json()
    assert {row["userId"] for row in leader["items"]} == {str(world["km"].id), str(world["km2"].id)}
    # the rows a page at a time (an organisation's authors over the years are many), the
    # totals always over all of them
    first, second = (
        client.get(
            f"{API}/assessment-stats",
            params={"groupBy": "person", "limit": 1, "offset": offset},
            headers=world["tl"].auth,
        ).json()
        for offset in (0, 1)
    )
    assert first["total"] == second["total"] == 2
    assert first["items"] + second["items"] == leader["items"]
    assert first["totals"] == second["totals"] == leader["totals"]
    own = client.get(
        f"{API}/assessment-stats", params={"groupBy": "person"}, headers=world["km"].auth
    ).json()
    assert [row["userId"] for row in own["items"]] == [str(world["km"].id)]
    assert own["totals"]["assessments"] == 2
    assert (
        client.get(
            f"{API}/assessment-stats", params={"groupBy": "person"}, headers=world["co"].auth
        ).status_code
        == 403
    )
    assert (
        client.get(f"{API}/assessment-stats", headers=world["co"].auth).json()["totals"][
            "assessments"
        ]
        == 4
    )
    assert (
        client.get(
            f"{API}/assessment-stats",
            params={"teamId": str(world.teams["wi2"])},
            headers=world["tl"].auth,
        ).status_code
        == 400
    )
    del k3, u4
