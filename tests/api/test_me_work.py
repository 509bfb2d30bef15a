"""'Mijn werk': GET /me with the caller's grants, and GET /me/work's counts per role.

Every count is checked against a hand-built organisation where each record sits just
inside or just outside its definition (another owner, another team, another
organisation, a day on either side of a boundary), and against the total of the list it
says it is, so the start page and the list it links to never disagree.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from tests.api.test_assessments import NO_OBSTACLES_A, NO_OBSTACLES_B
from tests.conftest import PASSWORD, FrozenClock, World
from tests.support.statements import statements
from vakwerk.cases.work import first_open_session_date
from vakwerk.core.policy import SUPERUSER, TABLE

API = "/api/v1"
ROLES = {"km": "klantmanager", "tl": "teamleider", "kw": "kwaliteit", "co": "consulent"}
ROLES |= {"bh": "beheerder"}
NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)  # Monday 2 March 2026, 10:00 in Amsterdam
_words = itertools.count(1)


# --------------------------------------------------------------------------- GET /me


@pytest.mark.parametrize("who", [*ROLES, "su"])
def test_me_carries_the_grants_of_the_policy_table(client, world: World, who: str) -> None:
    role = ROLES.get(who, SUPERUSER)
    expected = {op.value: [entry[role].value] for op, entry in TABLE.items() if role in entry}
    me = client.get(f"{API}/me", headers=world[who].auth)
    assert me.status_code == 200
    assert me.json()["grants"] == expected


def test_grants_are_the_union_over_the_roles(client, world: World) -> None:
    reply = client.patch(
        f"{API}/users/{world['km'].id}",
        json={"roles": ["klantmanager", "teamleider"]},
        headers={**world["bh"].auth, "If-Match": '"1"'},
    )
    assert reply.status_code == 200, reply.text
    grants = client.get(f"{API}/me", headers=world["km"].auth).json()["grants"]
    assert grants["edit_case"] == ["own", "team"]
    assert grants["withdraw_assessment"] == ["own", "team"]
    assert grants["start_assessment"] == ["team"]
    assert "publish_tree" not in grants


# --------------------------------------------------------------------------- the world


def _ok(reply: Any, status: int = 200) -> dict:  # type: ignore[type-arg]
    assert reply.status_code == status, reply.text
    return reply.json()  # type: ignore[no-any-return]


@dataclass
class Org:
    client: Any
    world: World
    clock: FrozenClock

    def post(self, who: str, path: str, body: dict | None = None, status: int = 201) -> dict:  # type: ignore[type-arg]
        return _ok(
            self.client.post(f"{API}{path}", json=body, headers=self.world[who].auth), status
        )

    def get(self, who: str, path: str, **params: Any) -> dict:  # type: ignore[type-arg]
        return _ok(self.client.get(f"{API}{path}", params=params, headers=self.world[who].auth))

    def work(self, who: str) -> dict:  # type: ignore[type-arg]
        return self.get(who, "/me/work")

    def new_client(self, who: str, spoken: date | None = date(2026, 2, 1), **facts: Any) -> str:
        body = {"responsibleManagerId": str(self.world[who].id), **facts}
        if spoken is not None:
            body["lastConversationDate"] = spoken.isoformat()
        return str(self.post(who, "/clients", body)["id"])

    def case(self, who: str, *, target: date | None = None, submit: bool = False) -> str:
        body: dict[str, Any] = {"kind": "algemeen", "question": "Wat vinden jullie?"}
        if target is not None:
            body["targetSessionDate"] = target.isoformat()
        case = self.post(who, "/cases", body)
        if submit:
            self.post(who, f"/cases/{case['id']}/submit", status=200)
        return str(case["id"])

    def assessment(
        self, who: str, client_id: str, *, q3: str | None = "nee", twijfel: bool = False
    ) -> str:
        """Started (q3 None) or completed with ``q3``; every argument its own words."""
        found = self.post(who, "/assessments", {"clientId": client_id, "twijfel": twijfel})
        if q3 is None:
            return str(found["id"])
        n = next(_words)
        topic = f"gesprek {n} met klantnummer {client_id[:8]}"
        answers = {
            "q1": {"answer": "ja", "argument": f"De klant wil werken, zo bleek in {topic}."},
            "q2a": {
                "characteristics": NO_OBSTACLES_A,
                "argument": f"Geen schulden, verslaving of woonproblemen gemeld in {topic}.",
            },
            "q2b": {
                "characteristics": NO_OBSTACLES_B,
                "argument": f"Geen beperkingen zichtbaar in CompetenSYS, besproken in {topic}.",
            },
            "q3": {"answer": q3, "argument": f"Alles samen gewogen na {topic} en het dossier."},
        }
        url = f"/assessments/{found['id']}"
        for key, body in answers.items():
            reply = self.client.put(
                f"{API}{url}/answers/{key}",
                json={**body, "sources": ["klant"]},
                headers=self.world[who].auth,
            )
            _ok(reply)
        completion = {
            "guidelineUsed": True,
            "consultation": {"held": False},
            "conclusion": f"Afgerond na {topic}.",
        }
        self.post(who, f"{url}/complete", completion, status=200)
        return str(found["id"])

    def review(self, assessment_id: str, decision: str) -> None:
        n = next(_words)
        argument = f"Beoordeeld in overleg {n}: de argumenten zijn concreet en navolgbaar genoeg."
        self.post(
            "co",
            f"/assessments/{assessment_id}/reviews",
            {"decision": decision, "argument": argument},
        )

    def refuse_argument(self, who: str, assessment_id: str) -> None:
        reply = self.client.put(
            f"{API}/assessments/{assessment_id}/answers/q1",
            json={"answer": "ja", "argument": "Te kort.", "sources": ["klant"]},
            headers=self.world[who].auth,
        )
        assert reply.status_code == 400 and reply.json()["invalidParams"][0]["code"] == "too_short"

    def failed_login(self, email: str) -> None:
        reply = self.client.post(
            f"{API}/auth/token", data={"username": email, "password": "helemaal-fout-123"}
        )
        assert reply.status_code == 401


@pytest.fixture
def org(client, world: World, frozen_clock: FrozenClock) -> Org:
    frozen_clock.set(NOW)
    return Org(client, world, frozen_clock)


# --------------------------------------------------------------------------- cases


def test_concepts_and_the_next_deadline(org: Org) -> None:
    """Deadline 6 days before at 17:00: on Monday 2 March 10:00 the first session date whose
    deadline is still ahead is Sunday 8 March, so Tuesday 10 March is the next one used."""
    due = date(2026, 3, 10)
    org.case("km", target=due)
    org.case("km", target=due)
    org.case("km", target=date(2026, 3, 24))  # a later deadline
    org.case("km", target=date(2026, 3, 7))  # deadline Sunday 1 March 17:00: passed
    org.case("km")  # no target date
    org.case("km", target=due, submit=True)  # no longer a concept
    org.case("km2", target=due)  # a colleague's
    org.case("km_other", target=due)  # another team's
    org.case("km_b", target=due)  # another organisation's
    work = org.work("km")
    assert work["myConcepts"] == 5
    assert work["myCasesDueNextDeadline"] == 2
    assert work["nextTargetSessionDate"] == "2026-03-10"
    me = str(org.world["km"].id)
    assert org.get("km", "/cases", ownerId=me, status="concept")["total"] == 5
    listed = org.get("km", "/cases", ownerId=me, status="concept", targetSessionDate="2026-03-10")
    assert listed["total"] == 2
    assert org.work("km2")["myConcepts"] == 1
    assert org.work("km_b")["myConcepts"] == 1


def test_without_upcoming_concepts_there_is_no_next_date(org: Org) -> None:
    org.case("km", target=date(2026, 3, 3))
    work = org.work("km")
    assert work["myConcepts"] == 1
    assert work["myCasesDueNextDeadline"] == 0
    assert work["nextTargetSessionDate"] is None


def test_a_deadline_at_this_very_moment_is_still_ahead() -> None:
    # Tuesday 10 March: deadline Wednesday 4 March 17:00 (CET, 16:00 UTC)
    at_deadline = datetime(2026, 3, 4, 16, 0, tzinfo=UTC)
    assert first_open_session_date(at_deadline, 6, 17) == date(2026, 3, 10)
    assert first_open_session_date(at_deadline + timedelta(seconds=1), 6, 17) == date(2026, 3, 11)
    # across the change to summer time: Amsterdam's date and hour decide
    assert first_open_session_date(datetime(2026, 3, 28, 23, 30, tzinfo=UTC), 6, 17) == date(
        2026, 4, 4
    )


def test_the_team_leaders_waiting_cases(org: Org) -> None:
    org.case("km", submit=True)
    org.case("km2", submit=True)
    withdrawn = org.case("km", submit=True)
    org.post("km", f"/cases/{withdrawn}/withdraw", status=200)
    org.case("km")  # a concept
    org.case("km_other", submit=True)  # another team
    org.case("km_b", submit=True)  # another organisation
    assert org.work("tl")["teamCasesWaiting"] == 2
    assert org.get("tl", "/cases", status="ingediend")["total"] == 2
    assert org.work("tl_other")["teamCasesWaiting"] == 1


# --------------------------------------------------------------------------- clients


def test_client_attention_counts(org: Org) -> None:
    a_year_ago = date(2025, 3, 2)  # exactly a year ago: not yet overdue
    org.new_client("km", spoken=None)
    org.new_client("km", spoken=a_year_ago)
    org.new_client("km", spoken=a_year_ago - timedelta(days=1))
    org.new_client("km2", spoken=None)  # the team's, not km's
    org.new_client("km_other", spoken=None)  # another team
    org.new_client("km_b", spoken=None)  # another organisation

    def exemption(who: str, client_id: str, basis: date, **extra: str) -> dict:  # type: ignore[type-arg]
        body = {"ground": "art_9_lid_5", "startDate": basis.isoformat()}
        body |= {"basisDocumentDate": basis.isoformat(), **extra}
        return org.post(who, f"/clients/{client_id}/exemptions", body)

    # basis 1 March 2024: re-examination due (1 March 2026) and the basis expired
    exemption("km", org.new_client("km"), date(2024, 3, 1))
    # re-examination tomorrow: neither
    exemption("km", org.new_client("km"), date(2025, 6, 1), reexaminationDate="2026-03-03")
    # exactly two years: not expired, but re-examination due today
    exemption("km", org.new_client("km"), date(2024, 3, 2))
    exemption("km2", org.new_client("km2"), date(2023, 1, 1))  # the team's: expired, due
    exemption("km_other", org.new_client("km_other"), date(2023, 1, 1))  # another team
    ended = exemption("km", org.new_client("km"), date(2023, 1, 1))
    org.post("km", f"/exemptions/{ended['id']}/end", {"endReason": "Hersteld"}, status=200)

    km, tl = org.work("km"), org.work("tl")
    assert km["myClientsConversationOverdue"] == 2
    assert km["myClientsReexaminationDue"] == 2
    assert tl["teamClientsConversationOverdue"] == 3
    assert tl["teamClientsBasisDocumentExpired"] == 2
    assert "teamClientsConversationOverdue" not in km and "myConcepts" not in tl
    me = str(org.world["km"].id)
    lists = {
        "myClientsConversationOverdue": org.get(
            "km", "/clients", responsibleManagerId=me, conversationOverdue="true"
        ),
        "myClientsReexaminationDue": org.get(
            "km", "/clients", responsibleManagerId=me, reexaminationDue="true"
        ),
    }
    assert {key: found["total"] for key, found in lists.items()} == {key: km[key] for key in lists}
    assert org.get("tl", "/clients", conversationOverdue="true")["total"] == 3
    assert org.get("tl", "/clients", basisDocumentExpired="true")["total"] == 2
    assert org.work("tl_other")["teamClientsConversationOverdue"] == 1


# --------------------------------------------------------------------------- assessments


def test_assessment_counts_for_client_manager_consultant_team_leader_and_quality(
    org: Org,
) -> None:
    # last quarter: a doubtful referral, reviewed, and a refusal — none count this quarter
    org.clock.set(datetime(2025, 12, 20, 10, 0, tzinfo=UTC))
    old = org.assessment("km", org.new_client("km"), twijfel=True)
    org.review(old, "geaccepteerd")
    org.refuse_argument("km", org.assessment("km", org.new_client("km"), q3=None))
    org.clock.set(NOW)

    open_doubt = org.assessment("km", org.new_client("km"), q3=None, twijfel=True)
    returned = org.assessment("km", org.new_client("km"))
    org.review(returned, "teruggemeld")
    taken_up = org.new_client("km")
    org.review(org.assessment("km", taken_up), "teruggemeld")
    org.assessment("km", taken_up, q3=None)  # a new one: the return is being handled
    withdrawn_again = org.new_client("km")
    org.review(org.assessment("km", withdrawn_again), "teruggemeld")
    org.post(
        "km", f"/assessments/{org.assessment('km', withdrawn_again, q3=None)}/withdraw", status=200
    )  # withdrawn: handles nothing
    org.review(org.assessment("km", org.new_client("km")), "geaccepteerd")
    org.assessment("km", org.new_client("km"), twijfel=True)  # a referral waiting, doubtful
    org.assessment("km", org.new_client("km"), q3="ja")  # no referral
    org.assessment("km2", org.new_client("km2"), q3=None)  # a colleague's open one
    org.assessment("km_other", org.new_client("km_other"), twijfel=True)  # wi2, waiting
    org.assessment("km_other", org.new_client("km_other"), q3=None, twijfel=True)  # wi2, open
    org.assessment("km_b", org.new_client("km_b"), twijfel=True)  # another organisation
    for who in ("km", "km", "km_other"):
        org.refuse_argument(
            who,
            open_doubt
            if who == "km"
            else org.assessment("km_other", org.new_client("km_other"), q3=None),
        )
    org.refuse_argument("km_b", org.assessment("km_b", org.new_client("km_b"), q3=None))

    km = org.work("km")
    # last quarter's, the doubtful one and the one taking up a return
    assert km["myOpenAssessments"] == 3
    assert km["myReturnedReferrals"] == 2  # not the one taken up; the withdrawn one is not
    assert org.work("co")["referralsToReview"] == 2  # wi1's doubtful and wi2's
    assert org.work("tl")["teamDoubtfulAssessments"] == 1
    assert org.work("tl_other")["teamDoubtfulAssessments"] == 1
    kw = org.work("kw")
    assert kw["orgDoubtfulAssessments"] == 2  # completed this quarter: wi1's and wi2's
    assert kw["refusalsThisQuarter"] == 3
    # referrals completed this quarter: 4 reviewed (3 returned, 1 accepted), 2 waiting
    assert kw["returnRateThisQuarter"] == pytest.approx(3 / 4)

    me = str(org.world["km"].id)
    assert (
        org.get(
            "km",
            "/assessments",
            authorId=me,
            status="afgerond",
            reviewDecision="teruggemeld",
            superseded="false",
        )["total"]
        == 2
    )
    assert org.get("km", "/assessments", authorId=me, status="open")["total"] == 3
    assert (
        org.get(
            "co", "/assessments", status="afgerond", outcome="traject_mogelijk", reviewed="false"
        )["total"]
        == 2
    )
    assert org.get("tl", "/assessments", twijfel="true", status="open")["total"] == 1
    quarter = {"fromDate": "2026-01-01", "toDate": "2026-03-02"}
    assert (
        org.get(
            "kw",
            "/assessments",
            twijfel="true",
            status="afgerond",
            completedFromDate=quarter["fromDate"],
        )["total"]
        == 2
    )
    totals = org.get("kw", "/assessment-stats", **quarter)["totals"]
    assert sum(totals["refusals"].values()) == kw["refusalsThisQuarter"]
    assert totals["returnRate"] == pytest.approx(kw["returnRateThisQuarter"])


def test_no_reviews_no_return_rate(org: Org) -> None:
    work = org.work("kw")
    assert work == {
        "orgDoubtfulAssessments": 0,
        "refusalsThisQuarter": 0,
        "returnRateThisQuarter": None,
    }


# --------------------------------------------------------------------------- beheerder


def test_beheerder_counts(org: Org) -> None:
    bh = org.world["bh"]

    def user(name: str, roles: list[str], *, active: bool = True, who: str = "bh") -> str:
        body = {"email": f"{name}@a.example", "displayName": name, "password": PASSWORD}
        return str(org.post(who, "/users", body | {"roles": roles, "active": active})["id"])

    user("nieuw-km", ["klantmanager"])
    user("nieuw-co", ["consulent"])
    user("nieuw-kw", ["kwaliteit"])  # works without a team
    user("oud-km", ["klantmanager"], active=False)
    member = user("lid-km", ["klantmanager"])
    org.client.put(
        f"{API}/teams/{org.world.teams['wi1']}/members/{member}", json={}, headers=bh.auth
    )
    body = {"email": "b-km@b.example", "displayName": "B", "password": PASSWORD}
    org.post("bh_b", "/users", body | {"roles": ["klantmanager"]})  # another organisation

    revoked = org.get("bh", "/api-clients")["items"][0]["id"]
    assert org.client.delete(f"{API}/api-clients/{revoked}", headers=bh.auth).status_code == 204

    org.clock.set(NOW - timedelta(hours=25))
    org.failed_login(org.world["km"].email)  # too long ago
    org.clock.set(NOW - timedelta(hours=23))
    org.failed_login(org.world["km"].email)
    org.failed_login(org.world["tl"].email)
    org.failed_login("niemand@nergens.example")  # no organisation
    org.failed_login(org.world["km_b"].email)  # another organisation
    org.clock.set(NOW)

    work = org.work("bh")
    assert work == {"usersWithoutTeam": 2, "apiClients": 4, "recentFailures": 2}
    assert org.get("bh", "/users", active="true", withoutTeam="true")["total"] == 2
    assert org.get("bh", "/api-clients", active="true")["total"] == 4
    since = (NOW - timedelta(hours=24)).isoformat()
    events = org.get("bh", "/audit-events", action="login_failed", occurredFrom=since)
    assert len(events["items"]) == 2
    assert org.work("bh_b") == {"usersWithoutTeam": 1, "apiClients": 1, "recentFailures": 1}


# --------------------------------------------------------------------------- the request


def test_only_the_callers_roles_and_one_statement(org: Org, app) -> None:  # type: ignore[no-untyped-def]
    assert set(org.work("km")) == {
        "myConcepts",
        "myCasesDueNextDeadline",
        "nextTargetSessionDate",
        "myOpenAssessments",
        "myReturnedReferrals",
        "myClientsReexaminationDue",
        "myClientsConversationOverdue",
    }
    assert set(org.work("co")) == {"referralsToReview"}
    assert set(org.work("tl")) == {
        "teamCasesWaiting",
        "teamDoubtfulAssessments",
        "teamClientsConversationOverdue",
        "teamClientsBasisDocumentExpired",
    }
    assert org.work("su") == {}
    with statements(app) as sent:
        org.work("km")
    # the credential lookup and one statement for every count
    assert len(sent) == 2, sent


def test_me_work_needs_a_login(client) -> None:  # type: ignore[no-untyped-def]
    assert client.get(f"{API}/me/work").status_code == 401
