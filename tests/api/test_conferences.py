"""Case conferences through the API — docs/domain.md §3: series and sessions in local time,
deadlines, agendas filled at the deadline, the presenter chairs, the rotation, handovers,
minutes moving cases to ``besproken``, and calendar feeds parsed back."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import icalendar
from sqlalchemy import select

from tests.api.test_cases import new_case
from tests.conftest import PASSWORD, FrozenClock, World
from tests.factories import add_members
from tests.support.statements import statements
from vakwerk.conferences.models import CalendarFeed
from vakwerk.core.audit import AuditEvent

API = "/api/v1"
PATCH = "application/merge-patch+json"
# The frozen clock starts on Monday 2 March 2026, 09:00 UTC; the series meets on Tuesdays
# at 13:00 Amsterdam every two weeks from 10 March: 10 and 24 March in winter time (12:00
# UTC), from 29 March in summer time (11:00 UTC).
FIRST = "2026-03-10"


def new_series(client, world: World, who: str = "tl", **fields: Any) -> dict:  # type: ignore[no-untyped-def]
    body = {
        "teamId": str(world.teams["wi1"]),
        "name": "Casuïstiek Noord",
        "ownerId": str(world["km"].id),
        "weekday": 2,
        "startTime": "13:00",
        "firstDate": FIRST,
        "location": "Zaal 2",
        "videoLink": "https://teams.example/overleg",
        "memberIds": [str(world["km2"].id), str(world["tl"].id)],
        **fields,
    }
    reply = client.post(f"{API}/conference-series", json=body, headers=world[who].auth)
    assert reply.status_code == 201, reply.text
    return reply.json()


def sessions_of(client, world: World, series: dict, who: str = "km") -> list[dict]:  # type: ignore[no-untyped-def]
    reply = client.get(
        f"{API}/sessions", params={"seriesId": series["id"], "limit": 200}, headers=world[who].auth
    )
    assert reply.status_code == 200, reply.text
    return reply.json()["items"]


def session_on(client, world: World, series: dict, day: str, who: str = "km") -> dict:  # type: ignore[no-untyped-def]
    return next(s for s in sessions_of(client, world, series, who) if s["date"] == day)


def get_session(client, world: World, session_id: str, who: str = "km") -> dict:  # type: ignore[no-untyped-def]
    reply = client.get(f"{API}/sessions/{session_id}", headers=world[who].auth)
    assert reply.status_code == 200, reply.text
    return reply.json()


def submit(client, world: World, who: str = "km", **fields: Any) -> dict:  # type: ignore[no-untyped-def]
    case = new_case(
        client, world, who, question=fields.pop("question", "Wat vinden jullie?"), **fields
    )
    reply = client.post(f"{API}/cases/{case['id']}/submit", headers=world[who].auth)
    assert reply.status_code == 200, reply.text
    return reply.json()


def case_status(client, world: World, case: dict) -> str:  # type: ignore[no-untyped-def]
    return str(client.get(f"{API}/cases/{case['id']}", headers=world["tl"].auth).json()["status"])


def at(frozen_clock: FrozenClock, text: str) -> None:
    frozen_clock.set(datetime.fromisoformat(text.replace("Z", "+00:00")))


def minutes_body(
    session: dict, notes: str = "Besproken: eerst een werkstage.", **extra: Any
) -> dict:
    return {
        "items": [
            {"key": i["key"], "caseId": i["caseId"], "notes": notes} for i in session["agenda"]
        ],
        **extra,
    }


def put_minutes(client, world: World, session: dict, body: dict, who: str, version: int = 0):  # type: ignore[no-untyped-def]
    return client.put(
        f"{API}/sessions/{session['id']}/minutes",
        json=body,
        headers={**world[who].auth, "If-Match": f'"{version}"'},
    )


def by_id(world: World, user_id: str | None) -> str | None:
    return next((name for name, p in world.people.items() if str(p.id) == user_id), None)


# --------------------------------------------------------------------------- sessions


def test_sessions_follow_local_time_across_both_daylight_saving_changes(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    found = sessions_of(client, world, series)
    starts = {s["date"]: s["startsAt"] for s in found}
    # generated for the 12-week horizon, every second Tuesday at 13:00 Amsterdam
    assert list(starts) == [
        "2026-03-10",
        "2026-03-24",
        "2026-04-07",
        "2026-04-21",
        "2026-05-05",
        "2026-05-19",
    ]
    assert starts["2026-03-24"] == "2026-03-24T12:00:00Z"  # winter time (CET)
    assert starts["2026-04-07"] == "2026-04-07T11:00:00Z"  # summer time (CEST) from 29 March
    assert all(s["endsAt"][11:16] == s["startsAt"][11:13] + ":30" for s in found)
    assert series["horizonDate"] == "2026-05-19"
    # later in the year the horizon moves on and the autumn change is kept too
    at(frozen_clock, "2026-10-01T08:00:00Z")
    later = {s["date"]: s["startsAt"] for s in sessions_of(client, world, series)}
    assert later["2026-10-20"] == "2026-10-20T11:00:00Z"  # still summer time
    assert later["2026-11-03"] == "2026-11-03T12:00:00Z"  # winter time from 25 October
    assert starts["2026-03-10"] == later["2026-03-10"]  # past sessions never change


def test_a_session_on_a_dutch_public_holiday_is_generated_as_cancelled(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(
        client,
        world,
        "tl_other",
        teamId=str(world.teams["wi2"]),
        ownerId=str(world["km_other"].id),
        memberIds=[],
        weekday=1,
        intervalWeeks=1,
        firstDate="2026-03-30",
    )
    easter_monday = session_on(client, world, series, "2026-04-06", "km_other")
    assert easter_monday["status"] == "geannuleerd"
    assert "Tweede paasdag" in easter_monday["cancelReason"]
    assert session_on(client, world, series, "2026-04-13", "km_other")["status"] == "gepland"


def test_a_series_has_at_most_so_many_members(
    client, world: World, frozen_clock: FrozenClock, database_url: str, monkeypatch
) -> None:
    from vakwerk.conferences import series as series_service

    monkeypatch.setattr(series_service, "MAX_MEMBERS", 3)  # the replies list every member
    extra = add_members(database_url, world, 1, frozen_clock)[0]
    crowded = [str(world["km2"].id), str(world["tl"].id), str(extra.id)]
    refused = client.post(
        f"{API}/conference-series",
        json={
            "teamId": str(world.teams["wi1"]),
            "name": "Te vol",
            "ownerId": str(world["km"].id),
            "weekday": 2,
            "startTime": "13:00",
            "firstDate": FIRST,
            "memberIds": crowded,
        },
        headers=world["tl"].auth,
    )
    assert refused.status_code == 400
    assert refused.json()["invalidParams"][0] == {
        "name": "memberIds",
        "code": "too_many",
        "reason": "Een reeks heeft ten hoogste 3 leden.",
    }
    series = new_series(client, world)  # km, km2 and tl: full
    full = client.put(
        f"{API}/conference-series/{series['id']}/members/{extra.id}", headers=world["tl"].auth
    )
    assert full.status_code == 409 and full.json()["invalidParams"][0]["code"] == "too_many"
    again = client.put(
        f"{API}/conference-series/{series['id']}/members/{world['km2'].id}",
        headers=world["tl"].auth,
    )
    assert again.status_code == 200  # who is a member already stays one


def test_a_team_has_one_active_series(client, world: World, frozen_clock: FrozenClock) -> None:
    new_series(client, world)
    body = {
        "teamId": str(world.teams["wi1"]),
        "name": "Tweede",
        "ownerId": str(world["km"].id),
        "weekday": 4,
        "startTime": "10:00",
        "firstDate": FIRST,
    }
    again = client.post(f"{API}/conference-series", json=body, headers=world["tl"].auth)
    assert again.status_code == 409
    outsider = client.post(
        f"{API}/conference-series",
        json={**body, "ownerId": str(world["km_other"].id)},
        headers=world["bh"].auth,
    )
    assert outsider.status_code == 400
    assert outsider.json()["invalidParams"][0]["code"] == "not_in_team"


def test_a_stopped_series_calls_off_its_coming_sessions_and_makes_room_for_a_new_one(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    case = submit(client, world)
    first = session_on(client, world, series, FIRST)
    client.post(
        f"{API}/sessions/{first['id']}/cases",
        json={"caseIds": [case["id"]]},
        headers={**world["km"].auth, "If-Match": f'"{first["version"]}"'},
    )
    stopped = client.patch(
        f"{API}/conference-series/{series['id']}",
        json={"active": False},
        headers={**world["tl"].auth, "If-Match": f'"{series["version"]}"', "Content-Type": PATCH},
    )
    assert stopped.status_code == 200 and stopped.json()["active"] is False
    assert {s["status"] for s in sessions_of(client, world, series)} == {"geannuleerd"}
    assert case_status(client, world, case) == "ingediend"  # back to wait for the next series
    assert new_series(client, world, name="Nieuwe reeks")["active"] is True


def test_moving_the_series_moves_future_sessions_only(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    at(frozen_clock, "2026-03-25T09:00:00Z")  # after the first two sessions
    before = {s["date"]: s for s in sessions_of(client, world, series)}
    patched = client.patch(
        f"{API}/conference-series/{series['id']}",
        json={"startTime": "09:30"},
        headers={**world["km"].auth, "If-Match": f'"{series["version"]}"', "Content-Type": PATCH},
    )
    assert patched.status_code == 200, patched.text
    after = {s["date"]: s for s in sessions_of(client, world, series)}
    for day in ("2026-03-10", "2026-03-24"):
        assert after[day]["startsAt"] == before[day]["startsAt"]
    assert after["2026-04-07"]["startsAt"] == "2026-04-07T07:30:00Z"
    assert after["2026-04-07"]["id"] == before["2026-04-07"]["id"]  # the same session, moved
    # only the owner or a team leader edits the series
    stale = client.patch(
        f"{API}/conference-series/{series['id']}",
        json={"startTime": "10:00"},
        headers={**world["km2"].auth, "If-Match": '"2"', "Content-Type": PATCH},
    )
    assert stale.status_code == 403


def test_one_session_is_moved_or_cancelled_and_past_ones_never_change(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    second = session_on(client, world, series, "2026-03-24")
    headers = {**world["km"].auth, "If-Match": f'"{second["version"]}"', "Content-Type": PATCH}
    moved = client.patch(
        f"{API}/sessions/{second['id']}",
        json={"startsAt": "2026-03-26T09:00:00Z"},
        headers=headers,
    )
    assert moved.status_code == 200, moved.text
    assert moved.json()["date"] == "2026-03-26" and moved.json()["moved"] is True
    assert moved.json()["deadlineAt"] == "2026-03-20T16:00:00Z"  # the deadline follows
    third = session_on(client, world, series, "2026-04-07")
    cancelled = client.patch(
        f"{API}/sessions/{third['id']}",
        json={"status": "geannuleerd", "cancelReason": "Teamuitje"},
        headers={**world["tl"].auth, "If-Match": f'"{third["version"]}"', "Content-Type": PATCH},
    )
    assert cancelled.status_code == 200
    assert cancelled.json()["status"] == "geannuleerd"
    assert cancelled.json()["cancelReason"] == "Teamuitje"
    at(frozen_clock, "2026-03-11T09:00:00Z")
    first = session_on(client, world, series, FIRST)
    past = client.patch(
        f"{API}/sessions/{first['id']}",
        json={"startsAt": "2026-03-12T09:00:00Z"},
        headers={**world["km"].auth, "If-Match": f'"{first["version"]}"', "Content-Type": PATCH},
    )
    assert past.status_code == 409


def test_the_owner_evaluates_after_every_so_many_sessions_that_go_ahead(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world, evaluationEvery=2)
    second = session_on(client, world, series, "2026-03-24")
    cancelled = client.patch(
        f"{API}/sessions/{second['id']}",
        json={"status": "geannuleerd", "cancelReason": "Teamuitje"},
        headers={**world["tl"].auth, "If-Match": f'"{second["version"]}"', "Content-Type": PATCH},
    )
    assert cancelled.status_code == 200, cancelled.text
    due = {s["date"]: s["evaluationDue"] for s in sessions_of(client, world, series)}
    # 10 March is the first, 24 March does not go ahead, so 7 April is the second
    assert due[FIRST] is False and due["2026-03-24"] is False
    assert due["2026-04-07"] is True and due["2026-04-21"] is False
    going_ahead = [s for s in sessions_of(client, world, series) if s["status"] != "geannuleerd"]
    assert [s["evaluationDue"] for s in going_ahead] == [
        n % 2 == 0 for n in range(1, len(going_ahead) + 1)
    ]
    # one session read on its own says the same as the list
    april = session_on(client, world, series, "2026-04-07")
    assert get_session(client, world, april["id"])["evaluationDue"] is True
    feed = client.get(f"{API}/conference-series/{series['id']}/calendar", headers=world["km"].auth)
    events = {
        e.decoded("DTSTART").date().isoformat(): str(e.get("DESCRIPTION"))
        for e in icalendar.Calendar.from_ical(feed.content).walk("VEVENT")
        if str(e.get("UID")).startswith("sessie-")
    }
    assert "evalueert de eigenaar" in events["2026-04-07"]
    assert "evalueert de eigenaar" not in events[FIRST]


def test_a_page_of_sessions_costs_the_same_statements_whatever_its_size(
    client, app, world: World, frozen_clock: FrozenClock
) -> None:
    new_series(client, world)
    other = {"teamId": str(world.teams["wi2"]), "ownerId": str(world["km_other"].id)}
    new_series(client, world, "tl_other", memberIds=[], weekday=3, **other)
    submit(client, world, "km2")
    at(frozen_clock, "2026-03-04T16:00:01Z")  # the first session becomes a case session
    client.get(f"{API}/sessions", headers=world["kw"].auth)  # the fill, not counted

    def count(limit: int) -> int:
        with statements(app) as sent:
            # the whole organisation's sessions: the two teams' series interleave
            reply = client.get(f"{API}/sessions", params={"limit": limit}, headers=world["kw"].auth)
        assert reply.status_code == 200 and len(reply.json()["items"]) == limit
        series_seen.append(len({s["seriesId"] for s in reply.json()["items"]}))
        return len(sent)

    series_seen: list[int] = []
    assert count(1) == count(6)
    assert series_seen == [1, 2]  # one series on the first page, both on the second


# --------------------------------------------------------------------------- deadlines, agendas


def test_the_case_deadline_is_the_sessions_and_a_late_submission_is_flagged(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    first = session_on(client, world, series, FIRST)
    assert first["deadlineAt"] == "2026-03-04T16:00:00Z"  # Wednesday before, 17:00 Amsterdam
    on_time = new_case(client, world, question="Op tijd?", targetSessionDate=FIRST)
    late = new_case(client, world, question="Te laat?", targetSessionDate=FIRST)
    assert on_time["submissionDeadlineAt"] == first["deadlineAt"]
    at(frozen_clock, "2026-03-04T16:00:00Z")  # exactly at the deadline is on time
    reply = client.post(f"{API}/cases/{on_time['id']}/submit", headers=world["km"].auth)
    assert reply.json()["submittedOnTime"] is True
    at(frozen_clock, "2026-03-04T16:00:01Z")
    reply = client.post(f"{API}/cases/{late['id']}/submit", headers=world["km"].auth)
    assert reply.status_code == 200 and reply.json()["submittedOnTime"] is False
    # a moved session takes its cases' target date and deadline with it
    second = session_on(client, world, series, "2026-03-24")
    target = new_case(client, world, question="Volgende keer", targetSessionDate="2026-03-24")
    client.patch(
        f"{API}/sessions/{second['id']}",
        json={"startsAt": "2026-03-25T12:00:00Z"},
        headers={**world["km"].auth, "If-Match": f'"{second["version"]}"', "Content-Type": PATCH},
    )
    followed = client.get(f"{API}/cases/{target['id']}", headers=world["km"].auth).json()
    assert followed["targetSessionDate"] == "2026-03-25"
    assert followed["submissionDeadlineAt"] == "2026-03-19T16:00:00Z"


def test_the_agenda_fills_at_the_deadline_oldest_first_and_the_rest_waits(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    at(frozen_clock, "2026-03-03T08:00:00Z")
    oldest = submit(client, world, "km2", question="Oudste")
    at(frozen_clock, "2026-03-03T09:00:00Z")
    middle = submit(client, world, "km", question="Middelste")
    at(frozen_clock, "2026-03-04T16:00:00Z")
    newest = submit(client, world, "km", question="Nieuwste")
    first = session_on(client, world, series, FIRST)
    assert first["format"] is None and first["caseIds"] == []
    # at exactly the deadline nothing happens yet; the first transaction after it fills
    assert case_status(client, world, oldest) == "ingediend"
    at(frozen_clock, "2026-03-04T16:00:01Z")
    first = get_session(client, world, first["id"])
    assert first["format"] == "casus" and first["caseIds"] == [oldest["id"]]
    assert [i["key"] for i in first["agenda"]] == ["introductie", "vragen", "ideeen", "plan"]
    assert [i["minutes"] for i in first["agenda"]] == [5, 10, 10, 5]
    assert first["chairId"] == str(world["km2"].id)  # the presenter chairs
    assert first["noteTakerId"] not in (None, str(world["km2"].id))
    assert case_status(client, world, oldest) == "geagendeerd"
    assert case_status(client, world, middle) == case_status(client, world, newest) == "ingediend"
    history = client.get(f"{API}/cases/{oldest['id']}/history", headers=world["km2"].auth).json()
    assert history["items"][-1]["toStatus"] == "geagendeerd"
    # the overflow waits for the following session, oldest first
    at(frozen_clock, "2026-03-18T16:00:01Z")
    second = session_on(client, world, series, "2026-03-24")
    assert second["caseIds"] == [middle["id"]]
    # no case at the deadline: a dilemma session with its four items
    client.post(f"{API}/cases/{newest['id']}/withdraw", headers=world["km"].auth)
    at(frozen_clock, "2026-04-01T15:00:01Z")
    third = session_on(client, world, series, "2026-04-07")
    assert third["format"] == "dilemma" and third["caseIds"] == []
    assert [i["key"] for i in third["agenda"]] == [
        "introductie",
        "stelling_a",
        "stelling_b",
        "conclusie",
    ]
    assert third["chairId"] == str(world["km"].id)  # the series owner chairs a dilemma


def test_a_longer_session_takes_one_case_per_thirty_minutes(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world, durationMinutes=60)
    cases = []
    for n in range(3):
        frozen_clock.set(datetime(2026, 3, 3, 9, n, tzinfo=UTC))
        cases.append(submit(client, world, question=f"Casus {n}"))
    at(frozen_clock, "2026-03-04T16:00:01Z")
    first = session_on(client, world, series, FIRST)
    assert first["caseIds"] == [cases[0]["id"], cases[1]["id"]]
    assert len(first["agenda"]) == 8


def test_each_presenter_chairs_their_own_case_and_may_write_the_minutes(
    client, world: World, frozen_clock: FrozenClock, database_url: str
) -> None:
    extra = add_members(database_url, world, 3, frozen_clock)
    series = new_series(
        client,
        world,
        durationMinutes=60,
        memberIds=[str(world["km2"].id), str(world["tl"].id), *(str(p.id) for p in extra)],
    )
    at(frozen_clock, "2026-03-03T08:00:00Z")
    first_case = submit(client, world, "km", question="Eerste")
    at(frozen_clock, "2026-03-03T09:00:00Z")
    second_case = submit(client, world, "km2", question="Tweede")
    at(frozen_clock, "2026-03-04T16:00:01Z")
    session = session_on(client, world, series, FIRST)
    assert session["caseIds"] == [first_case["id"], second_case["id"]]
    chairs = {(i["caseId"], i["key"]): i["chairId"] for i in session["agenda"]}
    assert len(chairs) == 8
    for (case_id, _), chair in chairs.items():
        owner = "km" if case_id == first_case["id"] else "km2"
        assert chair == str(world[owner].id), "the presenter chairs their own case's items"
    assert session["chairId"] == str(world["km"].id)  # the first presenter opens
    presenters = {str(world["km"].id), str(world["km2"].id)}
    assert session["noteTakerId"] not in presenters  # a presenter takes no notes
    at(frozen_clock, "2026-03-10T12:05:00Z")
    # at the session the second presenter, like the chair, records a takeover…
    note_taker = session["noteTakerId"]
    stand_in = next(str(p.id) for p in extra if str(p.id) != note_taker)
    takeover = {"role": "notulist", "toUserId": stand_in, "reason": "Notulist is ziek"}
    path = f"{API}/sessions/{session['id']}/handovers"
    recorded = client.post(path, json=takeover, headers=world["km2"].auth)
    assert recorded.status_code == 201, recorded.text
    # …and writes the minutes, though neither the session's chair, its note-taker nor the
    # series owner; a member without a part in it does not
    bystander = next(p for p in extra if str(p.id) not in (note_taker, stand_in))
    headers = {**bystander.auth, "If-Match": '"0"'}
    body = minutes_body(session)
    refused = client.put(f"{API}/sessions/{session['id']}/minutes", json=body, headers=headers)
    assert refused.status_code == 403
    at(frozen_clock, "2026-03-10T12:40:00Z")
    written = put_minutes(client, world, session, body, "km2")
    assert written.status_code == 200, written.text
    assert [i["chairId"] for i in written.json()["items"]] == [
        chairs[i["caseId"], i["key"]] for i in session["agenda"]
    ]
    assert case_status(client, world, first_case) == "besproken"
    assert case_status(client, world, second_case) == "besproken"


def test_the_fill_happens_in_the_first_write_that_touches_the_series(
    client, world: World, frozen_clock: FrozenClock, db
) -> None:
    from vakwerk.conferences.models import ConferenceSession

    series = new_series(client, world)
    case = submit(client, world)
    at(frozen_clock, "2026-03-05T10:00:00Z")  # nobody looked at the deadline itself
    # a write on the series (adding a member) is the first transaction after the moment
    reply = client.put(
        f"{API}/conference-series/{series['id']}/members/{world['km2'].id}",
        headers=world["tl"].auth,
    )
    assert reply.status_code == 200
    stored = db.scalars(
        select(ConferenceSession.case_ids).where(
            ConferenceSession.date == datetime(2026, 3, 10).date()
        )
    )
    assert stored == [[case["id"]]]


def test_the_owner_or_a_team_leader_puts_cases_on_takes_them_off_and_reorders(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world, durationMinutes=60)
    cases = []
    for n in range(3):
        frozen_clock.set(datetime(2026, 3, 3, 9, n, tzinfo=UTC))
        cases.append(submit(client, world, question=f"Casus {n}"))
    one, two, three = cases
    first = session_on(client, world, series, FIRST)
    path = f"{API}/sessions/{first['id']}/cases"

    def agenda(who: str, case_ids: list[str], version: int | None):  # type: ignore[no-untyped-def]
        match = {"If-Match": f'"{version}"'} if version is not None else {}
        return client.post(path, json={"caseIds": case_ids}, headers={**world[who].auth, **match})

    # the whole agenda is replaced, so only with the version it was read at
    assert agenda("km", [one["id"]], None).status_code == 428
    put = agenda("km", [two["id"], one["id"]], first["version"])
    assert put.status_code == 200, put.text
    assert put.json()["caseIds"] == [two["id"], one["id"]]
    assert put.headers["etag"] == f'"{put.json()["version"]}"'
    assert case_status(client, world, two) == "geagendeerd"
    # a colleague who read the agenda before that change does not overwrite it unseen
    stale = agenda("tl", [three["id"]], first["version"])
    assert stale.status_code == 412
    assert get_session(client, world, first["id"])["caseIds"] == [two["id"], one["id"]]
    assert case_status(client, world, three) == "ingediend"
    off = agenda("tl", [one["id"]], put.json()["version"])
    assert off.json()["caseIds"] == [one["id"]]
    assert case_status(client, world, two) == "ingediend"  # taken off before the session
    version = off.json()["version"]
    assert agenda("km2", [], version).status_code == 403
    too_many = agenda("km", [one["id"], two["id"], three["id"]], version)
    assert too_many.status_code == 400
    assert too_many.json()["invalidParams"][0]["code"] == "too_many"
    concept = new_case(client, world, question="Nog concept")
    refused = agenda("km", [concept["id"]], version)
    assert refused.json()["invalidParams"][0]["code"] == "not_submitted"
    # at the deadline the fill tops up what was put on by hand, oldest first
    at(frozen_clock, "2026-03-04T16:00:01Z")
    filled = get_session(client, world, first["id"])
    assert filled["caseIds"] == [one["id"], two["id"]]
    assert filled["version"] > version  # the fill is a change an editor must have seen
    assert agenda("km", [one["id"]], version).status_code == 412
    at(frozen_clock, "2026-03-10T12:00:00Z")  # the session has started: the agenda is fixed
    fixed = agenda("km", [one["id"]], filled["version"])
    assert fixed.status_code == 409


# --------------------------------------------------------------------------- rotation


def test_the_rotation_of_a_long_running_series_shows_the_coming_plan_and_all_counts(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world, intervalWeeks=1, rotateDilemmaChair=True)
    path = f"{API}/conference-series/{series['id']}/rotation"
    # four and a half years of weekly sessions, looked at every ten weeks (each look plans
    # up to the twelve-week horizon): over 230 sessions with two tasks each
    moment = datetime(2026, 3, 2, 9, tzinfo=UTC)
    while moment < datetime(2030, 9, 2, 9, tzinfo=UTC):
        moment = min(moment + timedelta(weeks=10), datetime(2030, 9, 2, 9, tzinfo=UTC))
        frozen_clock.set(moment)
        token = client.post(
            f"{API}/auth/token", data={"username": world["km"].email, "password": PASSWORD}
        ).json()["access_token"]
        km = {"Authorization": f"Bearer {token}"}
        reply = client.get(path, headers=km)
    assert reply.status_code == 200, reply.text
    items = reply.json()["items"]
    assert items and all(i["date"] >= "2030-09-02" for i in items)
    assert max(i["date"] for i in items) <= reply.json()["horizonDate"]
    assert len({i["sessionId"] for i in items}) <= 13  # the horizon, not the history
    before = client.get(
        f"{API}/sessions",
        params={"seriesId": series["id"], "toDate": "2030-09-01", "limit": 1},
        headers=km,
    )
    assert before.json()["total"] > 220  # the history the reply no longer carries
    counts = reply.json()["counts"]
    assert {c["userId"] for c in counts} == {str(world[n].id) for n in ("km", "km2", "tl")}


def test_rotation_plans_a_note_taker_per_session_and_re_plans_only_an_absent_ones(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    rotation = client.get(
        f"{API}/conference-series/{series['id']}/rotation", headers=world["km2"].auth
    ).json()
    plan = {i["date"]: i["userId"] for i in rotation["items"]}
    assert set(plan) == {s["date"] for s in sessions_of(client, world, series)}
    assert all(i["role"] == "notulist" and not i["flagged"] for i in rotation["items"])
    # fair: three members share six sessions, two each; the owner chairs dilemmas, so never notes
    # an undecided session
    assert sorted(list(plan.values()).count(u) for u in set(plan.values())) == [3, 3]
    assert str(world["km"].id) not in plan.values()
    # an absence re-plans only the sessions where the assigned person became ineligible
    absent_day = "2026-04-07"
    holder = by_id(world, plan[absent_day])
    assert holder is not None
    reply = client.post(
        f"{API}/users/{world[holder].id}/absences",
        json={"startDate": "2026-04-06", "endDate": "2026-04-08", "reason": "Vakantie"},
        headers=world[holder].auth,
    )
    assert reply.status_code == 201, reply.text
    again = client.get(f"{API}/conference-series/{series['id']}/rotation", headers=world["km"].auth)
    replanned = {i["date"]: i["userId"] for i in again.json()["items"]}
    assert replanned[absent_day] != plan[absent_day]
    assert {d: u for d, u in replanned.items() if d != absent_day} == {
        d: u for d, u in plan.items() if d != absent_day
    }
    # a new member joins the rotation only after the published horizon
    client.put(
        f"{API}/teams/{world.teams['wi1']}/members/{world['km_other'].id}",
        json={},
        headers=world["bh"].auth,
    )
    joined = client.put(
        f"{API}/conference-series/{series['id']}/members/{world['km_other'].id}",
        headers=world["tl"].auth,
    )
    assert joined.status_code == 201
    assert joined.json()["rotationFrom"] == "2026-05-20"
    after = client.get(f"{API}/conference-series/{series['id']}/rotation", headers=world["km"].auth)
    assert {i["date"]: i["userId"] for i in after.json()["items"]} == replanned


def test_a_session_nobody_is_eligible_for_is_flagged(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world, memberIds=[str(world["km2"].id)])
    client.put(
        f"{API}/teams/{world.teams['wi1']}/members/{world['km2'].id}",
        json={"workingDays": [1, 3, 4, 5]},
        headers=world["km2"].auth,
    )
    rotation = client.get(
        f"{API}/conference-series/{series['id']}/rotation", headers=world["km"].auth
    )
    items = rotation.json()["items"]
    assert items and all(i["flagged"] and i["userId"] is None for i in items)


def test_handovers_are_kept_and_the_task_counts_for_who_did_it(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    first = session_on(client, world, series, FIRST)
    holder = by_id(world, first["noteTakerId"])
    other = "tl" if holder == "km2" else "km2"
    assert holder is not None
    path = f"{API}/sessions/{first['id']}/handovers"
    body = {"role": "notulist", "toUserId": str(world[other].id), "reason": "Ik heb een cursus"}
    # before the session only the holder (or a team leader) hands a task over, not the owner
    assert client.post(path, json=body, headers=world["km"].auth).status_code == 403
    handed = client.post(path, json=body, headers=world[holder].auth)
    assert handed.status_code == 201, handed.text
    assert handed.json()["fromUserId"] == str(world[holder].id)
    assert get_session(client, world, first["id"])["noteTakerId"] == str(world[other].id)
    # at the session itself the chair records that an attendee took it over
    at(frozen_clock, "2026-03-10T12:05:00Z")
    takeover = {"role": "notulist", "toUserId": str(world[holder].id), "reason": "Overgenomen"}
    if holder != "tl":  # …not someone without a part in it (a team leader always may)
        assert client.post(path, json=takeover, headers=world[holder].auth).status_code == 403
    recorded = client.post(path, json=takeover, headers=world["km"].auth)  # the chair
    assert recorded.status_code == 201, recorded.text
    listing = client.get(path, headers=world["km"].auth).json()["items"]
    assert [h["atSession"] for h in listing] == [False, True]
    assert [h["toUserId"] for h in listing] == [str(world[other].id), str(world[holder].id)]
    assert all(h["plannedUserId"] == str(world[holder].id) for h in listing)
    session = get_session(client, world, first["id"])
    doer = by_id(world, session["noteTakerId"])
    assert doer == holder
    reply = put_minutes(client, world, session, {"presentIds": [str(world[doer].id)]}, "km")
    assert reply.status_code == 200, reply.text
    counts = client.get(
        f"{API}/conference-series/{series['id']}/rotation", headers=world["km"].auth
    )
    done = {c["userId"]: c["notulist"] for c in counts.json()["counts"]}
    assert done[str(world[doer].id)] == 1
    assert sum(done.values()) == 1


# --------------------------------------------------------------------------- minutes


def test_minutes_move_the_case_to_besproken_and_its_owner_records_the_outcome(
    client, world: World, frozen_clock: FrozenClock, db
) -> None:
    series = new_series(client, world)
    case = submit(client, world, "km2")
    at(frozen_clock, "2026-03-04T16:00:01Z")
    session = session_on(client, world, series, FIRST)
    body = minutes_body(
        session,
        presentIds=[str(world["km"].id), str(world["km2"].id)],
        absentIds=[str(world["tl"].id)],
        conclusion="Plan: werkstage van drie maanden.",
    )
    early = put_minutes(client, world, session, body, "km")
    assert early.status_code == 409  # minutes from the session's start
    at(frozen_clock, "2026-03-10T12:30:00Z")
    outsider = "tl" if session["noteTakerId"] != str(world["tl"].id) else "km"
    assert put_minutes(client, world, session, body, "km_other").status_code == 404
    note_taker = by_id(world, session["noteTakerId"])
    assert note_taker is not None
    assert put_minutes(client, world, session, body, note_taker, version=3).status_code == 412
    written = put_minutes(client, world, session, body, note_taker)
    assert written.status_code == 200, written.text
    assert written.headers["etag"] == '"1"'
    assert written.json()["items"][0]["title"] == "Introductie door de casusinbrenger"
    assert case_status(client, world, case) == "besproken"
    assert get_session(client, world, session["id"])["status"] == "gehouden"
    # readable by the team, absent colleagues included; reading is a read of the case
    read = client.get(f"{API}/sessions/{session['id']}/minutes", headers=world["tl"].auth)
    assert read.status_code == 200 and read.json()["absentIds"] == [str(world["tl"].id)]
    events = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "read", AuditEvent.resource_type == "case")
    )
    assert any(e.changes == {"part": "minutes"} for e in events)
    bsn = put_minutes(
        client, world, session, {**body, "conclusion": "BSN 111222333"}, note_taker, 1
    )
    assert bsn.status_code == 400 and bsn.json()["invalidParams"][0]["code"] == "bsn_detected"
    assert outsider
    version = client.get(f"{API}/cases/{case['id']}", headers=world["km2"].auth).json()["version"]
    outcome = client.put(
        f"{API}/cases/{case['id']}/outcome",
        json={"result": "anders", "conclusion": "Werkstage afgesproken"},
        headers={**world["km2"].auth, "If-Match": f'"{version}"'},
    )
    assert outcome.status_code == 200, outcome.text
    assert outcome.json()["status"] == "afgerond"


# --------------------------------------------------------------------------- calendar


def test_the_series_calendar_parses_back_with_time_zone_deadlines_and_alarms(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    reply = client.get(
        f"{API}/conference-series/{series['id']}/calendar",
        headers={**world["km"].auth, "Accept": "text/calendar"},
    )
    assert reply.status_code == 200
    assert reply.headers["content-type"].startswith("text/calendar")
    calendar = icalendar.Calendar.from_ical(reply.content)
    assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Amsterdam"]
    events = calendar.walk("VEVENT")
    meetings = [e for e in events if str(e["SUMMARY"]).startswith("Casuïstiekoverleg")]
    deadlines = [e for e in events if str(e["SUMMARY"]).startswith("Deadline")]
    assert len(meetings) == len(deadlines) == 6
    first = meetings[0]
    assert first.decoded("DTSTART") == datetime(2026, 3, 10, 12, tzinfo=UTC)
    assert str(first.decoded("DTSTART").tzinfo) == "Europe/Amsterdam"
    assert str(first["LOCATION"]) == "Zaal 2"
    assert first.walk("VALARM") and deadlines[0].walk("VALARM")
    assert deadlines[0].decoded("DTSTART") == datetime(2026, 3, 4, 16, tzinfo=UTC)


def test_a_personal_feed_works_without_login_until_it_is_revoked(
    client, world: World, frozen_clock: FrozenClock, db
) -> None:
    series = new_series(client, world)
    note_taker = by_id(world, session_on(client, world, series, FIRST)["noteTakerId"])
    assert note_taker is not None
    made = client.post(f"{API}/calendar-feeds", headers=world[note_taker].auth)
    assert made.status_code == 201, made.text
    url = made.json()["url"]
    secret = url.rsplit("/", 1)[1].removesuffix(".ics")
    assert url.startswith("/api/v1/calendar-feeds/") and url.endswith(".ics")
    assert secret not in str(db.scalars(select(CalendarFeed.secret_hash)))  # stored hashed
    feed = client.get(url)  # no credentials: the secret is the credential
    assert feed.status_code == 200
    calendar = icalendar.Calendar.from_ical(feed.content)
    summaries = [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")]
    assert any("(notulist)" in s for s in summaries)
    assert (
        client.get(f"{API}/calendar-feeds", headers=world[note_taker].auth)
        .json()["items"][0]
        .get("url")
        is None
    )
    assert (
        client.delete(
            f"{API}/calendar-feeds/{made.json()['id']}",
            headers=world["km2" if note_taker != "km2" else "tl"].auth,
        ).status_code
        == 404
    )
    # the link itself (where the new feed's Location points) names no feed to revoke
    by_link = client.delete(url, headers=world[note_taker].auth)
    assert by_link.status_code == 404
    revoked = client.delete(
        f"{API}/calendar-feeds/{made.json()['id']}", headers=world[note_taker].auth
    )
    assert revoked.status_code == 204
    assert client.get(url).status_code == 404  # revoking ends it at once
    assert client.get(f"{API}/calendar-feeds/vkc_{'x' * 43}.ics").status_code == 404


def test_every_write_is_audited_and_a_vote_only_as_the_fact_of_voting(
    client, world: World, frozen_clock: FrozenClock, db
) -> None:
    series = new_series(client, world)
    second = session_on(client, world, series, "2026-03-24")
    client.patch(
        f"{API}/sessions/{second['id']}",
        json={"startsAt": "2026-03-25T12:00:00Z"},
        headers={**world["km"].auth, "If-Match": f'"{second["version"]}"', "Content-Type": PATCH},
    )
    dilemma = client.post(
        f"{API}/dilemmas",
        json={
            "sessionId": second["id"],
            "title": "Stelling",
            "caseText": "Een fictieve klant.",
            "statementA": "Ja",
            "statementB": "Nee",
        },
        headers=world["km"].auth,
    ).json()
    client.post(
        f"{API}/dilemmas/{dilemma['id']}/votes", json={"choice": "b"}, headers=world["km2"].auth
    )
    client.post(f"{API}/calendar-feeds", headers=world["km"].auth)
    events = db.scalars(select(AuditEvent))
    kinds = {(e.action, e.resource_type) for e in events}
    assert {
        ("create", "conference_series"),
        ("update", "conference_session"),
        ("create", "dilemma"),
        ("create", "calendar_feed"),
    } <= kinds
    # a vote writes no event: its actor and time would pair with the batch it moved in
    assert not [e for e in events if e.action == "vote" or e.actor_id == world["km2"].id]
