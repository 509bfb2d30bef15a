"""Dilemmas, anonymous votes, results and standpoints — docs/domain.md §3.

The vote's anonymity is checked where it has to hold: in the tables themselves.
"""

from __future__ import annotations

import uuid
from typing import Any

import pytest
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import OperationalError

from tests.api.test_conferences import PATCH, at, new_series, session_on, submit
from tests.conftest import FrozenClock, Person, World
from tests.factories import add_members
from tests.support.statements import statements
from vakwerk.conferences.models import DilemmaVoter, PendingVote, Vote

API = "/api/v1"
SECOND = "2026-03-24"  # a session 12:00 UTC; its deadline 18 March 16:00 UTC
DILEMMA = {
    "title": "Taalcursus of werkstage?",
    "caseText": "Een fictieve klant weigert de taalcursus maar wil wel direct aan het werk.",
    "statementA": "Eerst de taalcursus: zonder taal geen duurzaam werk.",
    "statementB": "Eerst de werkstage: de motivatie is nu het grootst.",
}


def new_dilemma(client, world: World, series: dict, day: str = SECOND, who: str = "km") -> dict:  # type: ignore[no-untyped-def]
    session = session_on(client, world, series, day)
    reply = client.post(
        f"{API}/dilemmas", json={**DILEMMA, "sessionId": session["id"]}, headers=world[who].auth
    )
    assert reply.status_code == 201, reply.text
    return reply.json()


def vote(client, who: Person, dilemma: dict, choice: str = "a"):  # type: ignore[no-untyped-def]
    return client.post(
        f"{API}/dilemmas/{dilemma['id']}/votes", json={"choice": choice}, headers=who.auth
    )


def results(client, who: Person, dilemma: dict) -> dict:  # type: ignore[no-untyped-def]
    reply = client.get(f"{API}/dilemmas/{dilemma['id']}/results", headers=who.auth)
    assert reply.status_code == 200, reply.text
    return reply.json()


def test_a_dilemma_is_made_by_the_owner_for_a_coming_session_and_closes_when_it_starts(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    session = session_on(client, world, series, SECOND)
    body = {**DILEMMA, "sessionId": session["id"]}
    assert client.post(f"{API}/dilemmas", json=body, headers=world["km2"].auth).status_code == 403
    bsn = client.post(
        f"{API}/dilemmas", json={**body, "caseText": "BSN 111222333"}, headers=world["km"].auth
    )
    assert bsn.status_code == 400 and bsn.json()["invalidParams"][0]["name"] == "caseText"
    dilemma = new_dilemma(client, world, series)
    assert dilemma["votingClosesAt"] == session["startsAt"] and dilemma["hasVoted"] is False
    assert client.post(f"{API}/dilemmas", json=body, headers=world["tl"].auth).status_code == 409
    moved = client.patch(
        f"{API}/sessions/{session['id']}",
        json={"startsAt": "2026-03-26T09:00:00Z"},
        headers={**world["km"].auth, "If-Match": f'"{session["version"]}"', "Content-Type": PATCH},
    )
    assert moved.status_code == 200
    again = client.get(f"{API}/dilemmas/{dilemma['id']}", headers=world["kw"].auth).json()
    assert again["votingClosesAt"] == "2026-03-26T09:00:00Z"  # follows the moved session
    assert (
        client.get(f"{API}/dilemmas/{dilemma['id']}", headers=world["km_other"].auth).status_code
        == 404
    )


def test_each_member_votes_once_before_the_window_closes(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    dilemma = new_dilemma(client, world, series)
    first = vote(client, world["km2"], dilemma, "b")
    assert first.status_code == 201
    assert first.json() == {"dilemmaId": dilemma["id"], "hasVoted": True}
    assert vote(client, world["km2"], dilemma, "a").status_code == 409
    assert client.get(f"{API}/dilemmas/{dilemma['id']}", headers=world["km2"].auth).json()[
        "hasVoted"
    ]
    assert vote(client, world["kw"], dilemma).status_code == 403  # no vote for the role
    assert vote(client, world["km_other"], dilemma).status_code == 404
    assert vote(client, world["km"], dilemma, "c").status_code == 400
    client.delete(
        f"{API}/conference-series/{series['id']}/members/{world['tl'].id}", headers=world["tl"].auth
    )
    assert vote(client, world["tl"], dilemma).status_code == 403  # not a series member
    at(frozen_clock, "2026-03-24T12:00:00Z")  # at the session's start voting is closed
    assert vote(client, world["km"], dilemma).status_code == 409


def test_the_list_says_per_dilemma_whether_i_voted_in_the_same_statements_for_any_page(
    client, app, world: World, frozen_clock: FrozenClock
) -> None:
    series = new_series(client, world)
    made = [
        new_dilemma(client, world, series, day)
        for day in ("2026-03-24", "2026-04-07", "2026-04-21")
    ]
    assert vote(client, world["km2"], made[1], "a").status_code == 201

    def listing(limit: int) -> tuple[list[dict], int]:
        with statements(app) as sent:
            reply = client.get(
                f"{API}/dilemmas", params={"limit": limit}, headers=world["km2"].auth
            )
        assert reply.status_code == 200, reply.text
        return reply.json()["items"], len(sent)

    one, few = listing(1)
    everything, many = listing(3)
    assert few == many
    # newest session first; only the dilemma km2 voted on says so
    assert [d["id"] for d in everything] == [d["id"] for d in reversed(made)]
    assert [d["hasVoted"] for d in everything] == [False, True, False]
    assert [d["votingClosesAt"] for d in everything] == [
        session_on(client, world, series, day)["startsAt"]
        for day in ("2026-04-21", "2026-04-07", "2026-03-24")
    ]
    assert one == everything[:1]


def test_results_after_voting_to_everyone_after_close_and_never_below_the_threshold(
    client, world: World, frozen_clock: FrozenClock, database_url: str
) -> None:
    extra = add_members(database_url, world, 1, frozen_clock)[0]
    series = new_series(
        client, world, memberIds=[str(world["km2"].id), str(world["tl"].id), str(extra.id)]
    )
    dilemma = new_dilemma(client, world, series)
    vote(client, world["km"], dilemma, "a")
    vote(client, world["km2"], dilemma, "b")
    shown = results(client, world["km"], dilemma)
    assert shown["visible"] is False and shown["a"] is None and shown["voted"] == 2
    assert "3" in shown["reason"]
    vote(client, world["tl"], dilemma, "a")  # the third vote: a batch is counted
    shown = results(client, world["km"], dilemma)
    assert shown["visible"] is True
    assert (shown["a"], shown["b"], shown["total"], shown["members"]) == (2, 1, 3, 4)
    assert (shown["percentA"], shown["percentB"]) == (66.7, 33.3)
    hidden = results(client, extra, dilemma)
    assert hidden["visible"] is False and hidden["a"] is None  # has not voted yet
    assert results(client, world["kw"], dilemma)["visible"] is False
    at(frozen_clock, "2026-03-24T12:00:00Z")
    assert results(client, extra, dilemma)["visible"] is True
    assert results(client, world["kw"], dilemma)["closed"] is True


def test_a_vote_has_no_link_to_its_voter_in_the_tables(
    client, world: World, frozen_clock: FrozenClock, database_url: str, db
) -> None:
    extra = add_members(database_url, world, 27, frozen_clock)
    voters = [world["km"], world["km2"], world["tl"], *extra]
    series = new_series(client, world, memberIds=[str(p.id) for p in voters[1:]])
    dilemma = new_dilemma(client, world, series)
    engine = db.engine
    columns = {
        table: {c["name"]: str(c["type"]) for c in inspect(engine).get_columns(table)}
        for table in ("dilemma_votes", "dilemma_pending_votes", "dilemma_voters")
    }
    # no user id, no time in the votes; no choice, no time in the marks
    assert set(columns["dilemma_votes"]) == {"id", "dilemma_id", "choice"}
    assert set(columns["dilemma_pending_votes"]) == {"id", "dilemma_id", "seal"}
    assert set(columns["dilemma_voters"]) == {"dilemma_id", "user_id"}
    assert not any(
        "TIME" in t.upper() or "DATE" in t.upper() for c in columns.values() for t in c.values()
    )
    sequence = ["a", "b"] * 14 + ["a"]  # 29: a last batch of two waits for the close
    pending_seen = []
    for person, choice in zip(voters[:29], sequence, strict=True):
        assert vote(client, person, dilemma, choice).status_code == 201
        pending_seen.append(len(db.scalars(select(PendingVote.id))))
        # a waiting vote's choice is sealed: not in clear, two equal choices look different
        seals = db.scalars(select(PendingVote.seal))
        assert not set(seals) & {"a", "b"} and len(set(seals)) == len(seals)
    # the holding table never holds a full batch: it moves at the small-group threshold
    assert max(pending_seen) < 3 and len(db.scalars(select(PendingVote.id))) == 2
    assert len(db.scalars(select(DilemmaVoter.user_id))) == 29
    at(frozen_clock, "2026-03-24T12:00:00Z")  # the window closes: every vote written again
    assert results(client, world["kw"], dilemma)["total"] == 29
    assert db.scalars(select(PendingVote.id)) == []
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            in_order = [
                r[0] for r in conn.execute(text("SELECT choice FROM dilemma_votes ORDER BY ctid"))
            ]
            votes_xmin = [r[0] for r in conn.execute(text("SELECT xmin::text FROM dilemma_votes"))]
            marks_xmin = {r[0] for r in conn.execute(text("SELECT xmin::text FROM dilemma_voters"))}
            # all counted votes were written again together at the close…
            assert len(set(votes_xmin)) == 1
            # …and all marks were rewritten together: no mark carries one voter's transaction
            assert len(marks_xmin) == 1
        else:
            in_order = [
                r[0] for r in conn.execute(text("SELECT choice FROM dilemma_votes ORDER BY rowid"))
            ]
            marks = [r[0] for r in conn.execute(text("SELECT user_id FROM dilemma_voters"))]
            assert marks == sorted(marks)  # key order, not the order of voting
            # no rowid to betray the order of insertion
            with pytest.raises(OperationalError):
                conn.execute(text("SELECT rowid FROM dilemma_voters"))
    # the stored order is not the order of voting (one shuffle of all 29 at the close)
    assert in_order != sequence and sorted(in_order) == sorted(sequence)
    ids = db.scalars(select(Vote.id))
    assert len(set(ids)) == 29 and all(uuid.UUID(str(i)).version == 4 for i in ids)


def test_votes_waiting_at_close_move_with_the_first_touch_after_it(
    client, world: World, frozen_clock: FrozenClock, db
) -> None:
    series = new_series(client, world)
    dilemma = new_dilemma(client, world, series)
    vote(client, world["km"], dilemma, "a")
    vote(client, world["km2"], dilemma, "a")
    assert len(db.scalars(select(PendingVote.id))) == 2
    at(frozen_clock, "2026-03-24T12:00:01Z")
    shown = results(client, world["kw"], dilemma)  # a read: the step runs on its own
    assert db.scalars(select(PendingVote.id)) == [] and len(db.scalars(select(Vote.id))) == 2
    assert shown["visible"] is False and shown["closed"] is True  # 2 is below the threshold


# --------------------------------------------------------------------------- standpoints


def dilemma_session(client, world: World, frozen_clock: FrozenClock) -> tuple[dict, dict]:  # type: ignore[no-untyped-def]
    series = new_series(client, world)
    dilemma = new_dilemma(client, world, series)
    return series, dilemma


def standpoint_body(dilemma: dict, **fields: Any) -> dict:
    return {
        "dilemmaId": dilemma["id"],
        "title": "Werk gaat vóór de taalcursus",
        "position": "anders",
        "reasoning": "Een middenweg: de werkstage begint direct, met taalles op de werkvloer.",
        **fields,
    }


def test_the_dilemma_sessions_chair_records_the_standpoint_and_a_team_leader_withdraws_it(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series, dilemma = dilemma_session(client, world, frozen_clock)
    body = standpoint_body(dilemma)
    early = client.post(f"{API}/standpoints", json=body, headers=world["km"].auth)
    assert early.status_code == 409  # the conclusion comes from the session
    at(frozen_clock, "2026-03-24T12:20:00Z")
    chair = session_on(client, world, series, SECOND)["chairId"]
    assert chair == str(world["km"].id)  # no case at the deadline: the owner chairs
    assert (
        client.post(f"{API}/standpoints", json=body, headers=world["km2"].auth).status_code == 403
    )
    made = client.post(f"{API}/standpoints", json=body, headers=world["km"].auth)
    assert made.status_code == 201, made.text
    standpoint = made.json()
    assert standpoint["status"] == "geldend" and standpoint["decidedOn"] == SECOND
    assert client.post(f"{API}/standpoints", json=body, headers=world["tl"].auth).status_code == 409
    path = f"{API}/standpoints/{standpoint['id']}/withdraw"
    assert client.post(path, headers=world["km"].auth).status_code == 403
    withdrawn = client.post(path, headers=world["tl"].auth)
    assert withdrawn.status_code == 200 and withdrawn.json()["status"] == "ingetrokken"
    assert client.post(path, headers=world["tl"].auth).status_code == 409
    assert (
        client.get(
            f"{API}/standpoints/{standpoint['id']}", headers=world["km_other"].auth
        ).status_code
        == 404
    )
    assert (
        client.get(f"{API}/standpoints/{standpoint['id']}", headers=world["kw"].auth).status_code
        == 200
    )


def test_no_standpoint_from_a_dilemma_whose_session_took_cases(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series, dilemma = dilemma_session(client, world, frozen_clock)
    at(frozen_clock, "2026-03-05T09:00:00Z")  # after the first session's deadline
    submit(client, world)  # waits for the second session, the dilemma's
    at(frozen_clock, "2026-03-24T12:20:00Z")
    assert session_on(client, world, series, SECOND)["format"] == "casus"
    refused = client.post(
        f"{API}/standpoints", json=standpoint_body(dilemma), headers=world["tl"].auth
    )
    assert refused.status_code == 409 and "niet besproken" in refused.json()["detail"]


def test_a_cancelled_session_closes_its_dilemma(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    series, dilemma = dilemma_session(client, world, frozen_clock)
    for who in ("km", "km2", "tl"):
        assert vote(client, world[who], dilemma).status_code == 201
    assert results(client, world["kw"], dilemma)["visible"] is False  # kw did not vote
    second = session_on(client, world, series, SECOND)
    cancelled = client.patch(
        f"{API}/sessions/{second['id']}",
        json={"status": "geannuleerd", "cancelReason": "Teamuitje"},
        headers={**world["tl"].auth, "If-Match": f'"{second["version"]}"', "Content-Type": PATCH},
    )
    assert cancelled.status_code == 200, cancelled.text
    closed = results(client, world["kw"], dilemma)
    assert closed["closed"] is True and closed["visible"] is True and closed["a"] == 3


def test_the_standpoint_library_is_searched_like_cases(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    _, dilemma = dilemma_session(client, world, frozen_clock)
    at(frozen_clock, "2026-03-24T12:20:00Z")
    client.post(
        f"{API}/standpoints",
        json=standpoint_body(dilemma, title="Zorgtaken en café-werk"),
        headers=world["km"].auth,
    )

    def found(q: str, who: str = "km") -> int:
        reply = client.get(f"{API}/standpoints", params={"q": q}, headers=world[who].auth)
        assert reply.status_code == 200, reply.text
        return int(reply.json()["total"])

    assert found("zorg") == 1  # a prefix of a word
    assert found("CAFE werk") == 1  # case and accents ignored, every word
    assert found("taalles") == 1  # the reasoning
    assert found("weigert") == 1  # the dilemma's case text
    assert found("orgtaken") == 0  # not inside a word
    assert found("zorg fiets") == 0
    assert found("zorg", "km_other") == 0  # another team's library
    other = client.get(
        f"{API}/standpoints", params={"teamId": str(world.teams["wi2"])}, headers=world["km"].auth
    )
    assert other.status_code == 400
