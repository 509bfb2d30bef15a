"""Who may do what with conferences, route by route and role by role (docs/domain.md §0),
including the scope cases the generic matrix cannot see: another team and another
organisation answer 404, a klantmanager without the part (series owner, chair, note-taker,
own task) 403, and the record's checks after that (412 for a stale version)."""

from __future__ import annotations

from typing import Any

from tests.api.test_conferences import PATCH, at, new_series, session_on
from tests.api.test_dilemmas import DILEMMA, new_dilemma
from tests.conftest import FrozenClock, World
from vakwerk.core.policy import TABLE, Op

API = "/api/v1"
ACTORS = ("km", "km2", "tl", "kw", "co", "bh", "km_other", "tl_other", "km_b", "bh_b")
READ_SERIES = {"km": 200, "km2": 200, "tl": 200, "kw": 200, "co": 403, "bh": 200}
READ = {"km": 200, "km2": 200, "tl": 200, "kw": 200, "co": 403, "bh": 403}


ROLE_OF = {"km_other": "klantmanager", "tl_other": "teamleider", "km_b": "klantmanager"}
ROLE_OF["bh_b"] = "beheerder"


def expected(table: dict[str, int], op: str, **extra: int) -> dict[str, int]:
    """Another team's or organisation's record is a 404 for whoever the policy lets in; a
    role with "—" for the operation is refused before any lookup (403)."""
    entry = TABLE[Op(op)]
    result = {actor: 404 if role in entry else 403 for actor, role in ROLE_OF.items()}
    return {**result, **table, **extra}


def check(
    client, world: World, method: str, path: str, table: dict[str, int], **kw: Any
) -> list[str]:  # type: ignore[no-untyped-def]
    failures = []
    extra_headers = kw.pop("headers", {})
    for actor in ACTORS:
        reply = client.request(method, path, headers={**world[actor].auth, **extra_headers}, **kw)
        want = table.get(actor)
        if want is not None and reply.status_code != want:
            failures.append(f"{actor} {method} {path}: {reply.status_code}, expected {want}")
    return failures


def test_every_conference_route_by_role_and_scope(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)  # owner km; members km, km2, tl in W&I Noord
    sid = series["id"]
    session = session_on(client, world, series, "2026-03-24")
    note_taker = next(n for n in ("km2", "tl") if str(world[n].id) == session["noteTakerId"])
    dilemma = new_dilemma(client, world, series)
    failures: list[str] = []
    stale = {"If-Match": '"999"', "Content-Type": PATCH}

    # series
    failures += check(
        client, world, "GET", f"{API}/conference-series/{sid}", expected(READ_SERIES, "read_series")
    )
    failures += check(
        client,
        world,
        "GET",
        f"{API}/conference-series/{sid}/members",
        expected(READ_SERIES, "read_series"),
    )
    failures += check(
        client,
        world,
        "PATCH",
        f"{API}/conference-series/{sid}",
        expected(
            {"km": 412, "km2": 403, "tl": 412, "kw": 403, "co": 403, "bh": 412}, "edit_series"
        ),
        json={"name": "Nieuw"},
        headers=stale,
    )
    failures += check(
        client,
        world,
        "PUT",
        f"{API}/conference-series/{sid}/members/{world['km2'].id}",
        expected(
            {"km": 403, "km2": 403, "tl": 200, "kw": 403, "co": 403, "bh": 200}, "manage_series"
        ),
    )
    for path in (f"/conference-series/{sid}/rotation", f"/conference-series/{sid}/calendar"):
        failures += check(client, world, "GET", API + path, expected(READ, "read_conferences"))

    # sessions
    path = f"{API}/sessions/{session['id']}"
    failures += check(client, world, "GET", path, expected(READ, "read_conferences"))
    failures += check(client, world, "GET", f"{path}/handovers", expected(READ, "read_conferences"))
    failures += check(client, world, "GET", f"{path}/minutes", expected(READ, "read_conferences"))
    editor = {"km": 412, "km2": 403, "tl": 412, "kw": 403, "co": 403, "bh": 412}
    failures += check(
        client,
        world,
        "PATCH",
        path,
        expected(editor, "edit_series"),
        json={"status": "gepland"},
        headers=stale,
    )
    agenda = {"km": 412, "km2": 403, "tl": 412, "kw": 403, "co": 403, "bh": 412}
    failures += check(
        client,
        world,
        "POST",
        f"{path}/cases",
        expected(agenda, "edit_series"),
        json={"caseIds": []},
        headers={"If-Match": '"999"'},
    )
    nobody = "00000000-0000-4000-8000-000000000000"
    handover = {"role": "notulist", "toUserId": nobody, "reason": "Cursus"}
    own_task = {"km": 403, "km2": 403, "tl": 400, "kw": 403, "co": 403, "bh": 403}
    own_task[note_taker] = 400  # their own task: refused only for the unknown colleague
    failures += check(
        client,
        world,
        "POST",
        f"{path}/handovers",
        expected(own_task, "hand_over_task"),
        json=handover,
    )
    writer = {"km": 412, "km2": 403, "tl": 412, "kw": 403, "co": 403, "bh": 403}
    writer[note_taker] = 412
    failures += check(
        client,
        world,
        "PUT",
        f"{path}/minutes",
        expected(writer, "write_minutes"),
        json={},
        headers={"If-Match": '"999"'},
    )

    # dilemmas and votes
    dpath = f"{API}/dilemmas/{dilemma['id']}"
    failures += check(client, world, "GET", dpath, expected(READ, "read_dilemmas"))
    failures += check(client, world, "GET", f"{dpath}/results", expected(READ, "read_dilemmas"))
    failures += check(
        client,
        world,
        "POST",
        f"{dpath}/votes",
        expected({"kw": 403, "co": 403, "bh": 403}, "cast_vote"),
        json={"choice": "a"},
    )
    first = session_on(client, world, series, "2026-03-10")
    body = {**DILEMMA, "sessionId": first["id"], "caseText": "BSN 111222333"}
    failures += check(
        client,
        world,
        "POST",
        f"{API}/dilemmas",
        {
            "km": 400,
            "km2": 403,
            "tl": 400,
            "kw": 403,
            "co": 403,
            "bh": 403,
            "km_other": 400,  # a session of another team in the body: 400 not_found
            "km_b": 400,
        },
        json=body,
    )

    # standpoints (the dilemma session has started)
    at(frozen_clock, "2026-03-24T12:20:00Z")
    made = client.post(
        f"{API}/standpoints",
        json={
            "dilemmaId": dilemma["id"],
            "title": "Werk eerst",
            "position": "b",
            "reasoning": "De motivatie is nu het grootst.",
        },
        headers=world["km"].auth,
    )
    assert made.status_code == 201, made.text
    spath = f"{API}/standpoints/{made.json()['id']}"
    failures += check(
        client,
        world,
        "GET",
        spath,
        expected({"km": 200, "tl": 200, "kw": 200, "co": 403, "bh": 403}, "read_standpoints"),
    )
    failures += check(
        client,
        world,
        "POST",
        f"{API}/standpoints",
        {"km2": 403, "kw": 403, "co": 403, "bh": 403, "km_other": 400, "km_b": 400, "tl": 409},
        json={
            "dilemmaId": dilemma["id"],
            "title": "Nog een",
            "position": "a",
            "reasoning": "Anders.",
        },
    )
    failures += check(
        client,
        world,
        "POST",
        f"{spath}/withdraw",
        {"km": 403, "kw": 403, "co": 403, "bh": 403, "tl_other": 404, "bh_b": 403},
    )

    # personal feeds: one's own only
    feed = client.post(f"{API}/calendar-feeds", headers=world["km"].auth).json()
    failures += check(
        client,
        world,
        "GET",
        f"{API}/calendar-feeds",
        {"km": 200, "tl": 200, "kw": 200, "co": 403, "bh": 403, "km_b": 200},
    )
    failures += check(
        client,
        world,
        "DELETE",
        f"{API}/calendar-feeds/{feed['id']}",
        {"km2": 404, "tl": 404, "co": 403, "bh": 403, "km_b": 404},
    )
    assert failures == [], "\n".join(failures)


def test_a_list_never_shows_another_teams_conferences(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    new_dilemma(client, world, series)
    for path in ("/conference-series", "/sessions", "/dilemmas", "/standpoints"):
        mine = client.get(API + path, headers=world["km"].auth).json()
        other = client.get(API + path, headers=world["km_other"].auth).json()
        elsewhere = client.get(API + path, headers=world["km_b"].auth).json()
        assert other["total"] == elsewhere["total"] == 0, path
        assert mine["total"] >= (0 if path == "/standpoints" else 1), path
    refused = client.get(
        f"{API}/sessions", params={"seriesId": series["id"]}, headers=world["km_other"].auth
    )
    assert refused.status_code == 400 and refused.json()["invalidParams"][0]["code"] == "not_found"
    org = client.get(f"{API}/sessions", headers=world["kw"].auth).json()
    assert org["total"] >= 1  # the quality officer reads the organisation's
