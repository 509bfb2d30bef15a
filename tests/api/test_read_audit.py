"""Every read of client, case or assessment data is in the audit trail — once.

The walk below makes one successful request for every route of the contract (the
independent table in ``test_authorisation_matrix``) and counts the read events
(``read`` and ``list``) each request leaves: a route that returns client, case or
assessment data writes exactly one, every other route none (writes are audited as
writes). A route the walk does not visit fails the test.
"""

from __future__ import annotations

import re
from typing import Any

import httpx
from sqlalchemy import func, select

from tests.api.test_assessments import ARGS, COMPLETION, NO_OBSTACLES_A, NO_OBSTACLES_B
from tests.api.test_authorisation_matrix import ROUTES
from tests.api.test_conferences import FIRST, at, minutes_body, submit
from tests.api.test_dilemmas import DILEMMA, SECOND
from tests.conftest import FrozenClock, World
from vakwerk.core.audit import AuditEvent

API = "/api/v1"
PATCH = {"Content-Type": "application/merge-patch+json"}
# the routes that return client, case or assessment data (one read event each)
PERSONAL = {
    ("GET", "/clients"),
    ("GET", "/clients/{id}"),
    ("GET", "/clients/{id}/exemptions"),
    ("GET", "/exemptions/{id}"),
    ("GET", "/cases"),
    ("GET", "/cases/{id}"),
    ("GET", "/cases/{id}/history"),
    ("GET", "/assessments"),
    ("GET", "/assessments/{id}"),
    ("GET", "/assessments/{id}/reviews"),
    ("GET", "/assessments/{id}/handover"),
    ("GET", "/assessment-stats"),
    ("GET", "/sessions/{id}/minutes"),  # the notes on a case are case data
    ("GET", "/dashboard/attention"),  # clients by name of their references
}
TEMPLATES = [
    (method, path, re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$"))
    for method, path in ROUTES
]


def _template(method: str, url: str) -> tuple[str, str]:
    path = url.split("?", 1)[0].removeprefix(API)
    matches = [(m, p) for m, p, rx in TEMPLATES if m == method and rx.match(path)]
    assert len(matches) >= 1, (method, path)
    # the most specific template (fewest placeholders) wins: /clients/by-ref/… over /{id}
    return min(matches, key=lambda mp: mp[1].count("{"))


class Walk:
    def __init__(self, client: httpx.Client, db: Any) -> None:
        self.client = client
        self.db = db
        self.reads: dict[tuple[str, str], int] = {}

    def _read_events(self) -> int:
        return int(
            self.db.scalar(
                select(func.count()).where(AuditEvent.action.in_(("read", "list")))  # type: ignore[attr-defined]
            )
        )

    def __call__(self, method: str, url: str, *, ok: int = 200, **kwargs: Any) -> Any:
        before = self._read_events()
        reply = self.client.request(method, API + url, **kwargs)
        assert reply.status_code == ok, (method, url, reply.status_code, reply.text[:300])
        route = _template(method, API + url)
        self.reads[route] = self._read_events() - before
        if reply.headers.get("content-type", "").startswith("application/json"):
            return reply.json()
        return reply


def test_every_route_audits_exactly_the_reads_of_personal_data(  # type: ignore[no-untyped-def]
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    walk = Walk(client, db)
    km, tl, bh, co, su = (world[n].auth for n in ("km", "tl", "bh", "co", "su"))
    api_read = {"X-API-Key": world.api_keys["clients:read"]}
    api_write = {"X-API-Key": world.api_keys["clients:write"]}

    # people and the platform
    walk("GET", "/health")
    session = walk(
        "POST",
        "/auth/session",
        json={"username": "km@a.example", "password": "correct-horse-battery"},
    )
    cookie = {"X-CSRF-Token": session["csrfToken"]}
    walk("DELETE", "/auth/session", ok=204, headers=cookie)
    token = walk(
        "POST",
        "/auth/token",
        data={"username": "kw@a.example", "password": "correct-horse-battery"},
    )
    client.cookies.clear()
    walk(
        "DELETE",
        "/auth/token",
        ok=204,
        headers={"Authorization": f"Bearer {token['access_token']}"},
    )
    walk("GET", "/me", headers=km)
    walk("GET", "/me/work", headers=km)
    org = walk("POST", "/organisations", ok=201, json={"name": "Gemeente Walk"}, headers=su)
    walk("GET", "/organisations", headers=su)
    walk("GET", f"/organisations/{org['id']}", headers=su)
    org_id = world.organisation_id
    settings = client.get(f"{API}/organisations/{org_id}/settings", headers=bh)
    walk("GET", f"/organisations/{org_id}/settings", headers=bh)
    walk(
        "PATCH",
        f"/organisations/{org_id}/settings",
        json={"argumentMinWords": 6},
        headers={**bh, **PATCH, "If-Match": settings.headers["etag"]},
    )
    team = walk(
        "POST", "/teams", ok=201, json={"name": "W&I West", "kind": "werk_inkomen"}, headers=bh
    )
    walk("GET", "/teams", headers=km)
    walk("GET", f"/teams/{team['id']}", headers=km)
    walk(
        "PATCH",
        f"/teams/{team['id']}",
        json={"name": "W&I Oost"},
        headers={**bh, **PATCH, "If-Match": '"1"'},
    )
    user = walk(
        "POST",
        "/users",
        ok=201,
        headers=bh,
        json={
            "email": "nieuw@a.example",
            "displayName": "Nieuw",
            "password": "correct-horse-battery",
            "roles": ["klantmanager"],
        },
    )
    walk("GET", "/users", headers=km)
    walk("GET", f"/users/{user['id']}", headers=km)
    walk(
        "PATCH",
        f"/users/{user['id']}",
        json={"displayName": "Nieuwe collega"},
        headers={**bh, **PATCH, "If-Match": '"1"'},
    )
    walk(
        "PUT",
        f"/teams/{team['id']}/members/{user['id']}",
        ok=201,
        json={"workingDays": [1, 2]},
        headers=bh,
    )
    walk("GET", f"/teams/{team['id']}/members", headers=km)
    walk("DELETE", f"/teams/{team['id']}/members/{user['id']}", ok=204, headers=bh)
    absence = walk(
        "POST",
        f"/users/{world['km'].id}/absences",
        ok=201,
        headers=km,
        json={"startDate": "2026-08-03", "endDate": "2026-08-07"},
    )
    walk("GET", f"/users/{world['km'].id}/absences", headers=km)
    walk("GET", f"/users/{world['km'].id}/absences/{absence['id']}", headers=km)
    walk("DELETE", f"/users/{world['km'].id}/absences/{absence['id']}", ok=204, headers=km)
    key = walk(
        "POST",
        "/api-clients",
        ok=201,
        json={"name": "Script", "scopes": ["clients:read"]},
        headers=bh,
    )
    walk("GET", "/api-clients", headers=bh)
    walk("DELETE", f"/api-clients/{key['id']}", ok=204, headers=bh)
    walk("GET", "/audit-events", headers=bh)

    # clients and exemptions
    created = walk("POST", "/clients", ok=201, json={"ladderRung": 2}, headers=km)
    walk("GET", "/clients", headers=km)
    walk("GET", f"/clients/{created['id']}", headers=api_read)
    walk(
        "PATCH",
        f"/clients/{created['id']}",
        json={"ladderRung": 3},
        headers={**km, **PATCH, "If-Match": '"1"'},
    )
    walk(
        "PUT",
        "/clients/by-ref/competensys/W-1",
        ok=201,
        json={"teamId": str(world.teams["wi1"])},
        headers=api_write,
    )
    walk(
        "PUT",
        f"/clients/{created['id']}/diagnosis",
        headers=km,
        json={"elements": [{"element": "werkervaring", "obstacle": False, "severity": 0}]},
    )
    exemption = walk(
        "POST",
        f"/clients/{created['id']}/exemptions",
        ok=201,
        headers=km,
        json={
            "ground": "art_9_lid_5",
            "startDate": "2026-01-05",
            "basisDocumentDate": "2026-01-02",
        },
    )
    walk("GET", f"/clients/{created['id']}/exemptions", headers=km)
    walk("GET", f"/exemptions/{exemption['id']}", headers=km)
    walk("POST", f"/exemptions/{exemption['id']}/end", json={"endReason": "Hersteld"}, headers=km)

    # cases
    case = walk(
        "POST",
        "/cases",
        ok=201,
        headers=km,
        json={"kind": "ontheffing", "clientId": created["id"], "question": "Wat nu?"},
    )
    walk("GET", "/cases", headers=km)
    walk("GET", f"/cases/{case['id']}", headers=km)
    walk(
        "PATCH",
        f"/cases/{case['id']}",
        json={"education": "Mbo 2"},
        headers={**km, **PATCH, "If-Match": '"1"'},
    )
    submitted = walk("POST", f"/cases/{case['id']}/submit", headers=km)
    walk(
        "PUT",
        f"/cases/{case['id']}/outcome",
        json={"result": "ontheffing_voorkomen"},
        headers={**km, "If-Match": f'"{submitted["version"]}"'},
    )
    walk("GET", f"/cases/{case['id']}/history", headers=km)
    other = client.post(f"{API}/cases", json={"kind": "algemeen"}, headers=km).json()
    walk("POST", f"/cases/{other['id']}/withdraw", headers=km)

    # trees, phrases, assessments
    trees = walk("GET", "/decision-trees", headers=km)
    current = walk("GET", f"/decision-trees/{trees['items'][0]['id']}", headers=km)
    walk("POST", "/decision-trees", ok=201, json={"definition": current["definition"]}, headers=bh)
    phrase = walk("POST", "/boilerplate-phrases", ok=201, json={"text": "Zoals altijd"}, headers=bh)
    walk("GET", "/boilerplate-phrases", headers=km)
    walk("GET", f"/boilerplate-phrases/{phrase['id']}", headers=km)
    walk("DELETE", f"/boilerplate-phrases/{phrase['id']}", ok=204, headers=bh)
    assessment = walk("POST", "/assessments", ok=201, json={"clientId": created["id"]}, headers=km)
    aid = assessment["id"]
    walk(
        "PATCH",
        f"/assessments/{aid}",
        json={"twijfel": True},
        headers={**km, **PATCH, "If-Match": '"1"'},
    )
    for key_, body in (
        ("q1", {"answer": "ja"}),
        ("q2a", {"characteristics": NO_OBSTACLES_A}),
        ("q2b", {"characteristics": NO_OBSTACLES_B}),
        ("q3", {"answer": "nee"}),
    ):
        walk(
            "PUT",
            f"/assessments/{aid}/answers/{key_}",
            headers=km,
            json={**body, "argument": ARGS[key_], "sources": ["klant"]},
        )
    walk("POST", f"/assessments/{aid}/complete", json=COMPLETION, headers=km)
    walk("GET", "/assessments", headers=km)
    walk("GET", f"/assessments/{aid}", headers=co)
    walk("GET", f"/assessments/{aid}/handover", headers=co)
    walk(
        "POST",
        f"/assessments/{aid}/reviews",
        ok=201,
        headers=co,
        json={
            "decision": "teruggemeld",
            "argument": "De klant kan nu niet zes uur per dag aanwezig zijn; eerst de schulden "
            "regelen.",
        },
    )
    walk("GET", f"/assessments/{aid}/reviews", headers=co)
    walk("GET", "/assessment-stats", headers=tl)
    another = walk("POST", "/assessments", ok=201, json={"clientId": created["id"]}, headers=km)
    walk("POST", f"/assessments/{another['id']}/withdraw", headers=km)

    _walk_conferences(walk, client, world, frozen_clock)
    _walk_dashboard_and_import(walk, world)

    assert set(walk.reads) == set(ROUTES), set(ROUTES) - set(walk.reads)
    wrong = {
        route: count
        for route, count in walk.reads.items()
        if count != (1 if route in PERSONAL else 0)
    }
    assert wrong == {}, "routes with another number of read events than they should write"


def _walk_conferences(walk: Walk, client: Any, world: World, frozen_clock: FrozenClock) -> None:
    """A series from creation to minutes, a dilemma with votes and a standpoint, a feed."""
    km, km2, tl = (world[n].auth for n in ("km", "km2", "tl"))
    series = walk(
        "POST",
        "/conference-series",
        ok=201,
        json={
            "teamId": str(world.teams["wi1"]),
            "name": "Casuïstiek Noord",
            "ownerId": str(world["km"].id),
            "weekday": 2,
            "startTime": "13:00",
            "firstDate": FIRST,
            "memberIds": [str(world["km2"].id), str(world["tl"].id)],
        },
        headers=tl,
    )
    sid = series["id"]
    walk("GET", "/conference-series", headers=km)
    walk("GET", f"/conference-series/{sid}", headers=km)
    walk(
        "PATCH",
        f"/conference-series/{sid}",
        json={"location": "Zaal 3"},
        headers={**km, **PATCH, "If-Match": f'"{series["version"]}"'},
    )
    walk("GET", f"/conference-series/{sid}/members", headers=km)
    walk("DELETE", f"/conference-series/{sid}/members/{world['km2'].id}", ok=204, headers=tl)
    walk("PUT", f"/conference-series/{sid}/members/{world['km2'].id}", ok=201, headers=tl)
    walk("GET", f"/conference-series/{sid}/rotation", headers=km)
    walk("GET", f"/conference-series/{sid}/calendar", headers=km)
    sessions = walk("GET", "/sessions", params={"seriesId": sid}, headers=km)["items"]
    first, second, third = sessions[:3]
    assert (first["date"], second["date"]) == (FIRST, SECOND)
    case = submit(client, world)  # waits for the first session
    walk(
        "POST",
        f"/sessions/{third['id']}/cases",
        json={"caseIds": []},
        headers={**km, "If-Match": f'"{third["version"]}"'},
    )
    moved = walk(
        "PATCH",
        f"/sessions/{second['id']}",
        json={"startsAt": f"{SECOND}T13:00:00Z"},
        headers={**km, **PATCH, "If-Match": f'"{second["version"]}"'},
    )
    path = f"/sessions/{first['id']}"
    takers = {"km2": km2, "tl": tl}
    note_taker = next(n for n in takers if str(world[n].id) == first["noteTakerId"])
    other = next(n for n in takers if n != note_taker)
    walk(
        "POST",
        f"{path}/handovers",
        ok=201,
        json={"role": "notulist", "toUserId": str(world[other].id), "reason": "Cursus"},
        headers=takers[note_taker],
    )
    walk("GET", f"{path}/handovers", headers=km)
    dilemma = walk(
        "POST", "/dilemmas", ok=201, json={**DILEMMA, "sessionId": moved["id"]}, headers=km
    )
    walk("GET", "/dilemmas", headers=km)
    walk("GET", f"/dilemmas/{dilemma['id']}", headers=km)
    for voter in (km, km2, tl):
        walk(
            "POST", f"/dilemmas/{dilemma['id']}/votes", ok=201, json={"choice": "a"}, headers=voter
        )
    walk("GET", f"/dilemmas/{dilemma['id']}/results", headers=km)

    at(frozen_clock, "2026-03-04T16:00:01Z")  # past the first session's deadline
    first = walk("GET", path, headers=km)
    assert {item["caseId"] for item in first["agenda"] if item["caseId"]} == {case["id"]}
    at(frozen_clock, f"{FIRST}T12:20:00Z")  # the first session runs: its minutes
    walk(
        "PUT",
        f"{path}/minutes",
        json=minutes_body(first),
        headers={**km, "If-Match": '"0"'},  # the series' owner
    )
    walk("GET", f"{path}/minutes", headers=km)
    at(frozen_clock, f"{SECOND}T13:20:00Z")  # the dilemma session runs
    standpoint = walk(
        "POST",
        "/standpoints",
        ok=201,
        json={
            "dilemmaId": dilemma["id"],
            "title": "Werk eerst",
            "position": "a",
            "reasoning": "De motivatie is nu het grootst.",
        },
        headers=km,
    )
    walk("GET", "/standpoints", headers=km)
    walk("GET", f"/standpoints/{standpoint['id']}", headers=km)
    walk("POST", f"/standpoints/{standpoint['id']}/withdraw", headers=tl)
    feed = walk("POST", "/calendar-feeds", ok=201, headers=km)
    walk("GET", "/calendar-feeds", headers=km)
    walk("GET", feed["url"].split(API, 1)[1])
    walk("DELETE", f"/calendar-feeds/{feed['id']}", ok=204, headers=km)


def _walk_dashboard_and_import(walk: Walk, world: World) -> None:
    """The figures and lists a team leader steers on, a manual count, a national figure and
    a caseload import from its columns to its record."""
    tl, bh = world["tl"].auth, world["bh"].auth
    team = str(world.teams["wi1"])
    walk("GET", f"/dashboard/exemptions?teamId={team}", headers=tl)
    walk("GET", "/dashboard/attention?list=geen_gesprek", headers=tl)
    walk("GET", "/dashboard/attention-counts", headers=tl)
    count = walk(
        "POST",
        "/exemption-counts",
        ok=201,
        json={"teamId": team, "date": "2023-01-30", "clientsWithBenefit": 480,
              "clientsWithExemption": 118},
        headers=tl,
    )  # fmt: skip
    walk("GET", "/exemption-counts", headers=tl)
    walk("GET", f"/exemption-counts/{count['id']}", headers=tl)
    walk(
        "PUT",
        f"/exemption-counts/{count['id']}",
        json={"clientsWithBenefit": 481, "clientsWithExemption": 118},
        headers={**tl, "If-Match": f'"{count["version"]}"'},
    )
    walk("DELETE", f"/exemption-counts/{count['id']}", ok=204, headers=tl)
    walk("GET", "/benchmarks", headers=tl)
    walk("PUT", "/benchmarks/2023", ok=201, json={"rate": 0.09}, headers=bh)
    walk("GET", "/benchmarks/2023", headers=tl)
    export = b"Nr;Afdeling;Begin\r\nWALK-1;W&I Noord;2022-01-01\r\n"
    walk("POST", "/imports/caseload/columns", files={"file": ("x.csv", export)}, headers=bh)
    walk("PUT", "/imports/caseload/mapping", json={"externalRef": "Nr", "team": "Afdeling",
         "benefitStart": "Begin"}, headers=bh)  # fmt: skip
    walk("GET", "/imports/caseload/mapping", headers=bh)
    record = walk(
        "POST", "/imports/caseload", ok=201, files={"file": ("x.csv", export)}, headers=bh
    )
    walk("GET", "/imports", headers=bh)
    walk("GET", f"/imports/{record['id']}", headers=bh)
