"""The exemption dashboard (docs/domain.md §5): every figure against hand-computed fixtures,
the SQL against the Python reference, the scopes, manual counts and benchmarks."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from tests.api.dashboard_fixtures import actor, add_client, add_exemption, best, end, patch
from tests.api.test_cases import submitted_case
from tests.api.test_clients import new_client, upsert
from tests.conftest import FrozenClock, World, seeded
from vakwerk.clients.models import BenefitPeriod
from vakwerk.core.audit import AuditEvent
from vakwerk.dashboard.periods import (
    BenefitPeriod as Period,
)
from vakwerk.dashboard.periods import (
    ClientHistory,
    ExemptionSpan,
    counts_on,
    new_benefits,
)
from vakwerk.dashboard.periods import (
    Period as Span,
)

API = "/api/v1"


def dashboard(client, who, **query):  # type: ignore[no-untyped-def]
    headers = who if isinstance(who, dict) else who.auth
    reply = client.get(f"{API}/dashboard/exemptions", params=query, headers=headers)
    assert reply.status_code == 200, reply.text
    return reply.json()


def pair(figure: dict) -> tuple[int, int]:
    return figure["clientsWithBenefit"], figure["clientsWithExemption"]


# --------------------------------------------------------------------------- Best


def test_best_on_its_two_moments_and_a_past_date(
    client, world: World, database_url: str, frozen_clock: FrozenClock
) -> None:
    best(database_url, world)
    january = dashboard(client, world["tl"], date="2023-01-30")
    assert pair(january) == (480, 118) and january["rate"] == 0.2458
    assert {g["ground"]: g["count"] for g in january["byGround"]} == {
        "art_9_lid_2": 85,
        "art_9_lid_5": 25,
        "art_9a": 8,
    }
    assert january["byGround"][0]["share"] == 0.7203  # 85 / 118
    april = dashboard(client, world["tl"], date="2023-04-03")
    assert pair(april) == (458, 110) and april["rate"] == 0.2402
    # The benchmark is the latest year at or before 2023 with a figure: 2021's 9.5%.
    assert april["benchmark"] == {"year": 2021, "rate": 0.095, "gap": 0.1452}
    # Before the exemptions began: every benefit, no exemption.
    before = dashboard(client, world["tl"], date="2022-07-01")
    assert pair(before) == (480, 0) and before["rate"] == 0.0
    assert before["benchmark"]["year"] == 2021
    # Before any benefit: nothing, and no rate rather than a division by zero.
    empty = dashboard(client, world["tl"], date="2020-06-01")
    assert pair(empty) == (0, 0) and empty["rate"] is None
    assert empty["benchmark"] == {"year": 2020, "rate": 0.1, "gap": None}


def test_trend_at_month_and_quarter_ends_ends_on_the_date(
    client, world: World, database_url: str, frozen_clock: FrozenClock
) -> None:
    best(database_url, world)
    monthly = dashboard(
        client, world["tl"], date="2023-04-03", fromDate="2023-01-01", toDate="2023-04-03"
    )
    assert [(p["date"], pair(p)) for p in monthly["trend"]] == [
        ("2023-01-31", (480, 118)),
        ("2023-02-28", (458, 118)),  # benefits ended 15 Feb; lid 2 exemptions end 28 Feb
        ("2023-03-31", (458, 110)),
        ("2023-04-03", (458, 110)),
    ]
    quarterly = dashboard(
        client,
        world["tl"],
        date="2023-04-03",
        fromDate="2022-04-01",
        toDate="2023-04-03",
        interval="quarter",
    )
    assert [p["date"] for p in quarterly["trend"]] == [
        "2022-06-30",
        "2022-09-30",
        "2022-12-31",
        "2023-03-31",
        "2023-04-03",
    ]
    assert pair(quarterly["trend"][0]) == (480, 0) and pair(quarterly["trend"][1]) == (480, 118)


def test_new_benefits_in_the_period(
    client, world: World, database_url: str, frozen_clock: FrozenClock
) -> None:
    best(database_url, world)
    km = actor(world, "km", "wi1")

    async def later(session):  # type: ignore[no-untyped-def]
        # three benefits start in March 2023; one gets an exemption in April, after the period
        ids = [
            await add_client(session, km, benefit_start_date=date(2023, 3, day))
            for day in (1, 2, 3)
        ]
        await add_exemption(
            session, km, ids[0], ground="art_9_lid_5", start_date=date(2023, 3, 20),
            basis_document_date=date(2023, 3, 10),
        )  # fmt: skip
        await add_exemption(
            session, km, ids[1], ground="art_9_lid_5", start_date=date(2023, 4, 5),
            basis_document_date=date(2023, 3, 10),
        )  # fmt: skip

    seeded(database_url, later)
    march = dashboard(
        client, world["tl"], date="2023-03-31", fromDate="2023-03-01", toDate="2023-03-31"
    )
    assert march["newBenefits"] == {"started": 3, "withExemption": 1, "rate": 0.3333}
    # Best's 480 started 1 Jun 2022; 118 of them had an exemption by the end of the period.
    year = dashboard(
        client, world["tl"], date="2023-04-03", fromDate="2022-05-01", toDate="2023-04-03"
    )
    assert year["newBenefits"] == {"started": 483, "withExemption": 119, "rate": 0.2464}


# --------------------------------------------------------------------------- SQL = reference


def test_the_sql_counts_what_the_reference_counts(
    client, world: World, database_url: str, frozen_clock: FrozenClock
) -> None:
    """Random histories (ended, lapsed and restarted; benefit periods restarting) built
    through the services; the API's figures equal ``dashboard.periods`` on many dates."""
    rng = random.Random(13)
    km = actor(world, "km", "wi1")
    histories: list[ClientHistory] = []
    base = date(2023, 1, 1)

    def day(lo: int, hi: int) -> date:
        return base + timedelta(days=rng.randint(lo, hi))

    async def seed(session):  # type: ignore[no-untyped-def]
        for _ in range(60):
            start = day(-400, 300)
            first_end = start + timedelta(days=rng.randint(0, 400)) if rng.random() < 0.5 else None
            client_id = await add_client(
                session, km, benefit_start_date=start, benefit_end_date=first_end
            )
            periods = [Period(start, first_end)]
            if first_end is not None and rng.random() < 0.6:
                again = first_end + timedelta(days=rng.randint(1, 200))
                await patch(session, km, client_id, benefit_start_date=again)
                periods.append(Period(again, None))
            spans: list[ExemptionSpan] = []
            at = start + timedelta(days=rng.randint(-30, 60))
            for _ in range(rng.randint(0, 2)):
                ground = rng.choice(["art_9_lid_2", "art_9_lid_5"])
                end_date = None
                if ground == "art_9_lid_2":  # lapsed long ago, or running until next year
                    far = rng.random() < 0.3
                    end_date = date(2027, 1, 1) if far else at + timedelta(days=rng.randint(0, 300))
                exemption_id = await add_exemption(
                    session, km, client_id, ground=ground, start_date=at, end_date=end_date,
                    basis_document_date=at - timedelta(days=5),
                )  # fmt: skip
                ended = None
                still_active = end_date is None or end_date >= date(2026, 3, 2)
                if still_active and rng.random() < 0.7:  # ended early, kept as history
                    ended = at + timedelta(days=rng.randint(0, 200))
                    await end(session, km, exemption_id, ended)
                elif still_active:
                    spans.append(ExemptionSpan(ground, at, end_date, None))
                    break
                spans.append(ExemptionSpan(ground, at, end_date, ended))
                last = min(d for d in (end_date, ended) if d) if (end_date or ended) else None
                if last is None:
                    break
                at = last + timedelta(days=rng.randint(1, 90))
            histories.append(ClientHistory(tuple(periods), tuple(spans)))

    seeded(database_url, seed)
    for probe in [base + timedelta(days=n) for n in range(-420, 800, 37)]:
        figure = dashboard(client, world["tl"], date=probe.isoformat())
        expected = counts_on(probe, histories)
        assert pair(figure) == (expected.clients_with_benefit, expected.clients_with_exemption), (
            probe
        )
        assert {g["ground"]: g["count"] for g in figure["byGround"]} == expected.by_ground, probe
    for first, last in [
        (date(2022, 6, 1), date(2023, 5, 31)),
        (date(2023, 2, 1), date(2023, 2, 28)),
    ]:
        figure = dashboard(
            client, world["tl"], date=last.isoformat(), fromDate=first.isoformat(),
            toDate=last.isoformat(),
        )  # fmt: skip
        expected_new = new_benefits(Span(first, last), histories)
        assert figure["newBenefits"]["started"] == expected_new.started
        assert figure["newBenefits"]["withExemption"] == expected_new.with_exemption


# --------------------------------------------------------------------------- benefit history


def test_benefit_periods_are_kept_as_history(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    """A start after the stored end begins a new period (by reference and by hand); a past
    date counts the period valid then."""
    first = upsert(
        client, world, "H-1",
        {"teamId": str(world.teams["wi1"]), "benefitStartDate": "2020-01-01",
         "benefitEndDate": "2021-01-31"},
    )  # fmt: skip
    assert first.status_code == 201
    again = upsert(client, world, "H-1", {"benefitStartDate": "2022-03-01"})
    assert again.status_code == 200, again.text
    assert again.json()["benefitEndDate"] is None  # the new period names no end
    by_hand = new_client(client, world, benefitStartDate="2019-05-01", benefitEndDate="2020-06-30")
    reply = client.patch(
        f"{API}/clients/{by_hand['id']}",
        json={"benefitStartDate": "2021-06-01", "benefitEndDate": "2021-12-31"},
        headers={**world["km"].auth, "If-Match": '"1"'},
    )
    assert reply.status_code == 200, reply.text
    # a correction within the latest period changes that period, no new one
    corrected = client.patch(
        f"{API}/clients/{by_hand['id']}",
        json={"benefitEndDate": "2022-01-31"},
        headers={**world["km"].auth, "If-Match": '"2"'},
    )
    assert corrected.status_code == 200
    periods = db.rows(
        select(BenefitPeriod.start_date, BenefitPeriod.end_date).order_by(BenefitPeriod.start_date)
    )
    assert [tuple(p) for p in periods] == [
        (date(2019, 5, 1), date(2020, 6, 30)),
        (date(2020, 1, 1), date(2021, 1, 31)),
        (date(2021, 6, 1), date(2022, 1, 31)),
        (date(2022, 3, 1), None),
    ]
    on = {
        probe: pair(dashboard(client, world["tl"], date=probe))
        for probe in ("2020-03-01", "2021-03-01", "2021-07-01", "2022-02-15", "2022-04-01")
    }
    assert on == {
        "2020-03-01": (2, 0),
        "2021-03-01": (0, 0),
        "2021-07-01": (1, 0),
        "2022-02-15": (0, 0),
        "2022-04-01": (1, 0),
    }
    # A correction back into an earlier period ends that period the day before: a
    # client's periods never overlap, so the dashboard counts each client once.
    back = client.patch(
        f"{API}/clients/{by_hand['id']}",
        json={"benefitStartDate": "2020-01-01"},
        headers={**world["km"].auth, "If-Match": '"3"'},
    )
    assert back.status_code == 200, back.text
    mine = db.rows(
        select(BenefitPeriod.start_date, BenefitPeriod.end_date)
        .where(BenefitPeriod.client_id == uuid.UUID(by_hand["id"]))
        .order_by(BenefitPeriod.start_date)
    )
    assert [tuple(p) for p in mine] == [
        (date(2019, 5, 1), date(2019, 12, 31)),
        (date(2020, 1, 1), date(2022, 1, 31)),
    ]
    assert pair(dashboard(client, world["tl"], date="2020-03-01")) == (2, 0)


# --------------------------------------------------------------------------- scope


def test_team_and_organisation_level_never_per_client_manager(
    client, world: World, database_url: str, frozen_clock: FrozenClock
) -> None:
    best(database_url, world)  # team W&I Noord
    km_other = actor(world, "km_other", "wi2")

    async def south(session):  # type: ignore[no-untyped-def]
        for _ in range(20):
            await add_client(session, km_other, benefit_start_date=date(2022, 1, 1))

    seeded(database_url, south)
    on = {"date": "2023-01-30"}
    assert pair(dashboard(client, world["tl"], **on)) == (480, 118)
    assert pair(dashboard(client, world["km"], **on)) == (480, 118)  # a klantmanager sees the team
    assert pair(dashboard(client, world["tl_other"], **on)) == (20, 0)
    assert pair(dashboard(client, world["kw"], **on)) == (500, 118)
    key = {"X-API-Key": world.api_keys["dashboard:read"]}
    organisation = dashboard(client, key, **on)
    assert pair(organisation) == (500, 118) and organisation["teamId"] is None
    south_only = dashboard(client, key, teamId=str(world.teams["wi2"]), **on)
    assert pair(south_only) == (20, 0)
    assert pair(dashboard(client, world["kw"], teamId=str(world.teams["wi1"]), **on)) == (480, 118)
    # A filter never widens the scope: another team, or another organisation's team → 400.
    for who, team in (("tl", "wi2"), ("km", "wi2"), ("kw", "b_wi")):
        reply = client.get(
            f"{API}/dashboard/exemptions",
            params={"teamId": str(world.teams[team])},
            headers=world[who].auth,
        )
        assert reply.status_code == 400, (who, team)
        assert reply.json()["invalidParams"][0] == {
            "name": "teamId",
            "code": "not_found",
            "reason": "Dit team bestaat niet of valt buiten uw teams.",
        }
    other_org = dashboard(client, {"X-API-Key": world.api_keys["other_org"]}, **on)
    assert pair(other_org) == (0, 0)
    # Nothing in the reply names a client manager: no ranking, no breakdown by person.
    text = client.get(f"{API}/dashboard/exemptions", headers=world["tl"].auth).text
    assert "Manager" not in text and str(world["km"].id) not in text


def test_who_may_read_the_dashboard(client, world: World) -> None:
    url = f"{API}/dashboard/exemptions"
    for who in ("co", "bh", "su"):
        assert client.get(url, headers=world[who].auth).status_code == 403, who
    for scope in ("clients:read", "clients:write", "assessments:read", "imports:write"):
        assert client.get(url, headers={"X-API-Key": world.api_keys[scope]}).status_code == 403
    assert client.get(url).status_code == 401
    for who in ("km", "tl", "kw"):
        assert client.get(url, headers=world[who].auth).status_code == 200, who


def test_the_period_is_checked(client, world: World) -> None:
    reply = client.get(
        f"{API}/dashboard/exemptions",
        params={"fromDate": "2023-05-01", "toDate": "2023-04-01"},
        headers=world["tl"].auth,
    )
    assert reply.status_code == 400 and reply.json()["invalidParams"][0]["name"] == "toDate"
    bad = client.get(
        f"{API}/dashboard/exemptions", params={"interval": "week"}, headers=world["tl"].auth
    )
    assert bad.status_code == 400


def test_default_date_is_today_and_the_period_the_last_twelve_months(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    figure = dashboard(client, world["tl"])
    assert (figure["date"], figure["fromDate"], figure["toDate"]) == (
        "2026-03-02",
        "2025-03-03",
        "2026-03-02",
    )
    assert len(figure["trend"]) == 13 and figure["trend"][-1]["date"] == "2026-03-02"


# --------------------------------------------------------------------------- avoided


def test_avoided_counts_outcomes_in_the_period(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    person = new_client(client, world)

    def avoid(when: datetime) -> None:
        frozen_clock.set(when)
        case = submitted_case(client, world, kind="ontheffing", clientId=person["id"])
        reply = client.put(
            f"{API}/cases/{case['id']}/outcome",
            json={"result": "ontheffing_voorkomen", "conclusion": "Eerst een werkstage"},
            headers={**world["km"].auth, "If-Match": f'"{case["version"]}"'},
        )
        assert reply.status_code == 200, reply.text

    avoid(datetime(2026, 1, 31, 22, 30, tzinfo=UTC))  # still 31 Jan in Amsterdam
    avoid(datetime(2026, 1, 31, 23, 30, tzinfo=UTC))  # 1 Feb in Amsterdam
    avoid(datetime(2026, 2, 15, 9, 0, tzinfo=UTC))
    avoid(datetime(2026, 2, 28, 23, 30, tzinfo=UTC))  # 1 Mar in Amsterdam
    frozen_clock.set(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    february = dashboard(client, world["tl"], fromDate="2026-02-01", toDate="2026-02-28")
    assert february["avoided"] == 2 and february["avoidedThroughConference"] == 0
    assert dashboard(client, world["tl_other"], fromDate="2026-02-01")["avoided"] == 0


# --------------------------------------------------------------------------- manual counts


def test_manual_counts_stand_beside_the_computed_figures(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    new_client(client, world, benefitStartDate="2022-01-01")
    body = {
        "teamId": str(world.teams["wi1"]),
        "date": "2023-01-30",
        "clientsWithBenefit": 480,
        "clientsWithExemption": 118,
        "source": "Excel-export cliëntvolgsysteem",
    }
    made = client.post(f"{API}/exemption-counts", json=body, headers=world["tl"].auth)
    assert made.status_code == 201, made.text
    count = made.json()
    assert count["rate"] == 0.2458 and count["createdBy"] == str(world["tl"].id)
    assert made.headers["location"] == f"/api/v1/exemption-counts/{count['id']}"
    figure = dashboard(client, world["tl"], date="2023-01-30", fromDate="2023-01-01")
    assert pair(figure) == (1, 0)  # never mixed into the computed figures
    assert figure["manualCounts"] == [
        {
            "id": count["id"],
            "teamId": str(world.teams["wi1"]),
            "date": "2023-01-30",
            "clientsWithBenefit": 480,
            "clientsWithExemption": 118,
            "rate": 0.2458,
            "source": "Excel-export cliëntvolgsysteem",
        }
    ]
    assert all(pair(p) in ((1, 0), (0, 0)) for p in figure["trend"])
    # One count per team and date.
    again = client.post(f"{API}/exemption-counts", json=body, headers=world["tl"].auth)
    assert again.status_code == 409
    url = f"{API}/exemption-counts/{count['id']}"
    # Only the two numbers are editable, with If-Match.
    other = client.put(
        url, json={"clientsWithBenefit": 481, "clientsWithExemption": 118, "date": "2023-02-01"},
        headers={**world["tl"].auth, "If-Match": '"1"'},
    )  # fmt: skip
    assert other.status_code == 400
    assert other.json()["invalidParams"][0] == {
        "name": "date",
        "code": "unknown_member",
        "reason": "Dit veld bestaat niet.",
    }
    numbers = {"clientsWithBenefit": 481, "clientsWithExemption": 119}
    assert client.put(url, json=numbers, headers=world["tl"].auth).status_code == 428
    stale = client.put(url, json=numbers, headers={**world["tl"].auth, "If-Match": '"7"'})
    assert stale.status_code == 412
    more = client.put(
        url, json={"clientsWithBenefit": 10, "clientsWithExemption": 11},
        headers={**world["tl"].auth, "If-Match": '"1"'},
    )  # fmt: skip
    assert more.status_code == 400
    assert more.json()["invalidParams"][0]["code"] == "more_than_total"
    fixed = client.put(url, json=numbers, headers={**world["tl"].auth, "If-Match": '"1"'})
    assert fixed.status_code == 200 and fixed.headers["etag"] == '"2"'
    assert (fixed.json()["clientsWithBenefit"], fixed.json()["date"]) == (481, "2023-01-30")
    listed = client.get(f"{API}/exemption-counts", headers=world["tl"].auth).json()
    assert listed["total"] == 1 and listed["items"][0]["clientsWithExemption"] == 119
    # Another team's leader does not see it; others may not touch manual counts at all.
    assert client.get(url, headers=world["tl_other"].auth).status_code == 404
    assert client.delete(url, headers=world["tl_other"].auth).status_code == 404
    for who in ("km", "kw", "co", "bh"):
        assert client.get(url, headers=world[who].auth).status_code == 403, who
        assert (
            client.post(f"{API}/exemption-counts", json=body, headers=world[who].auth).status_code
            == 403
        )
    key = {"X-API-Key": world.api_keys["dashboard:read"]}
    assert client.get(f"{API}/exemption-counts", headers=key).status_code == 403
    assert client.delete(url, headers=world["tl"].auth).status_code == 204
    assert client.get(url, headers=world["tl"].auth).status_code == 404
    events = dict(
        db.rows(
            select(AuditEvent.action, AuditEvent.changes).where(
                AuditEvent.resource_type == "exemption_count"
            )
        )
    )
    assert set(events) == {"create", "update", "delete"}
    assert events["update"] == {
        "clientsWithBenefit": {"old": 480, "new": 481},
        "clientsWithExemption": {"old": 118, "new": 119},
    }


def test_a_manual_count_names_a_team_of_ones_own_and_a_past_date(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    body = {"date": "2023-01-30", "clientsWithBenefit": 1, "clientsWithExemption": 0}
    other_team = client.post(
        f"{API}/exemption-counts",
        json={**body, "teamId": str(world.teams["wi2"])},
        headers=world["tl"].auth,
    )
    assert other_team.status_code == 400
    assert other_team.json()["invalidParams"][0]["code"] == "not_found"
    future = client.post(
        f"{API}/exemption-counts",
        json={**body, "teamId": str(world.teams["wi1"]), "date": "2026-03-03"},
        headers=world["tl"].auth,
    )
    assert future.status_code == 400 and future.json()["invalidParams"][0]["code"] == "in_future"


# --------------------------------------------------------------------------- benchmarks


def test_the_beheerder_records_benchmarks_and_the_latest_year_counts(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    seeded_years = client.get(f"{API}/benchmarks", headers=world["tl"].auth).json()
    assert [(b["year"], b["rate"]) for b in seeded_years["items"]] == [(2020, 0.1), (2021, 0.095)]
    created = client.put(f"{API}/benchmarks/2023", json={"rate": 0.09}, headers=world["bh"].auth)
    assert created.status_code == 201 and created.json()["rate"] == 0.09
    updated = client.put(f"{API}/benchmarks/2023", json={"rate": 0.085}, headers=world["bh"].auth)
    assert updated.status_code == 200 and updated.headers["etag"] == '"2"'
    assert client.get(f"{API}/benchmarks/2023", headers=world["km"].auth).json()["rate"] == 0.085
    assert client.get(f"{API}/benchmarks/2022", headers=world["km"].auth).status_code == 404
    assert dashboard(client, world["tl"], date="2023-06-01")["benchmark"]["year"] == 2023
    assert dashboard(client, world["tl"], date="2022-06-01")["benchmark"]["year"] == 2021
    # Another organisation keeps its own figures.
    other = client.get(f"{API}/benchmarks/2023", headers=world["bh_b"].auth)
    assert other.status_code == 404
    for who in ("tl", "km", "kw", "co"):
        reply = client.put(f"{API}/benchmarks/2024", json={"rate": 0.1}, headers=world[who].auth)
        assert reply.status_code == 403, who
    out_of_range = client.put(
        f"{API}/benchmarks/2024", json={"rate": 1.5}, headers=world["bh"].auth
    )
    assert out_of_range.status_code == 400
    changes = db.scalars(select(AuditEvent.changes).where(AuditEvent.resource_type == "benchmark"))
    assert {"year": 2023, "rate": {"old": 0.09, "new": 0.085}} in changes


# --------------------------------------------------------------------------- the demo


def test_the_demo_shows_bests_two_moments(client, database_url: str) -> None:
    """The demo organisation's history, loaded by the bootstrap as ``make run`` does."""
    from vakwerk.bootstrap import DEMO_DOMAIN, DEMO_PASSWORD, load_demo

    assert seeded(database_url, load_demo) is True
    token = client.post(
        f"{API}/auth/token",
        data={"username": f"teamleider@{DEMO_DOMAIN}", "password": DEMO_PASSWORD},
    ).json()["access_token"]
    leader = {"Authorization": f"Bearer {token}"}
    january = dashboard(client, leader, date="2023-01-30")
    assert pair(january) == (480, 118) and january["rate"] == 0.2458
    assert january["byGround"][0] == {"ground": "art_9_lid_2", "count": 85, "share": 0.7203}
    april = dashboard(client, leader, date="2023-04-03")
    assert pair(april) == (458, 110) and april["rate"] == 0.2402
    today = dashboard(client, leader)
    assert today["newBenefits"]["started"] >= 40 and today["avoided"] == 3
    counts = client.get(f"{API}/dashboard/attention-counts", headers=leader).json()
    assert counts["basisVerlopen"] >= 25 and counts["kindWordtVijf"] >= 1
    assert counts["eindeNadert"] >= 1 and counts["geenGesprek"] >= 1
    people = client.get(f"{API}/clients", params={"limit": 1}, headers=leader).json()
    assert people["items"][0]["externalRefs"][0]["system"] == "civision"
