"""Attention lists (docs/domain.md §1 boundaries): exactly one or two years ago is not yet
overdue; the window of ``weeks`` includes today and its last day; the fifth birthday."""

from __future__ import annotations

import csv
import io

from sqlalchemy import select

from tests.api.test_clients import new_client
from tests.conftest import FrozenClock, World
from vakwerk.core.audit import AuditEvent

API = "/api/v1"  # the frozen clock: Monday 2 March 2026


def attention(client, who, kind: str, **query):  # type: ignore[no-untyped-def]
    headers = who if isinstance(who, dict) else who.auth
    reply = client.get(
        f"{API}/dashboard/attention", params={"list": kind, **query}, headers=headers
    )
    assert reply.status_code == 200, reply.text
    return reply.json()


def refs(page: dict) -> list[str]:
    return [
        row["externalRefs"][0]["ref"] if row["externalRefs"] else row["id"] for row in page["items"]
    ]


def exempt(client, world: World, client_id: str, **body) -> dict:  # type: ignore[no-untyped-def]
    reply = client.post(
        f"{API}/clients/{client_id}/exemptions", json=body, headers=world["km"].auth
    )
    assert reply.status_code == 201, reply.text
    return reply.json()


def named(client, world: World, ref: str, **facts) -> dict:  # type: ignore[no-untyped-def]
    """A client of W&I Noord with a reference, made by its source system."""
    reply = client.put(
        f"{API}/clients/by-ref/civision/{ref}",
        json={"teamId": str(world.teams["wi1"]), **facts},
        headers={"X-API-Key": world.api_keys["clients:write"]},
    )
    assert reply.status_code == 201, reply.text
    return reply.json()


def test_no_conversation_for_over_a_year(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    named(client, world, "ONE-YEAR", lastConversationDate="2025-03-02")
    named(client, world, "A-DAY-MORE", lastConversationDate="2025-03-01")
    named(client, world, "NEVER")
    named(client, world, "RECENT", lastConversationDate="2026-01-10")
    named(client, world, "LONG-AGO", lastConversationDate="2023-06-01")
    named(  # a former client: the benefit ended, nobody is to speak to them
        client, world, "FORMER", lastConversationDate="2023-06-01",
        benefitStartDate="2020-01-01", benefitEndDate="2025-12-31",
    )  # fmt: skip
    page = attention(client, world["tl"], "geen_gesprek")
    assert refs(page) == ["NEVER", "LONG-AGO", "A-DAY-MORE"]  # the most overdue first
    assert page["items"][2]["dueDate"] == "2026-03-01" and page["items"][0]["dueDate"] is None
    assert page["items"][0]["dueReason"] == "gesprek"
    assert refs(attention(client, world["tl"], "geen_gesprek", sort="-dueDate")) == [
        "A-DAY-MORE",
        "LONG-AGO",
        "NEVER",
    ]
    second = attention(client, world["tl"], "geen_gesprek", limit=1, offset=1)
    assert refs(second) == ["LONG-AGO"] and second["total"] == 3
    # the list read is audited once, with its filters
    filters = db.scalars(
        select(AuditEvent.changes).where(
            AuditEvent.action == "list", AuditEvent.resource_type == "client"
        )
    )
    assert {"filters": {"list": "geen_gesprek", "weeks": 8, "sort": "dueDate"}} in filters


def test_exemptions_on_an_assessment_older_than_two_years(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    for ref, basis in (
        ("TWO-YEARS", "2024-03-02"),
        ("A-DAY-MORE", "2024-03-01"),
        ("FRESH", "2025-01-01"),
    ):
        person = named(client, world, ref, lastConversationDate="2026-01-01")
        exempt(
            client,
            world,
            person["id"],
            ground="art_9_lid_5",
            startDate="2024-03-05",
            basisDocumentDate=basis,
        )
    ended = named(client, world, "ENDED")
    old = exempt(
        client,
        world,
        ended["id"],
        ground="art_9_lid_5",
        startDate="2023-01-01",
        basisDocumentDate="2022-12-01",
    )
    client.post(
        f"{API}/exemptions/{old['id']}/end",
        json={"endReason": "Werkt weer"},
        headers=world["km"].auth,
    )
    page = attention(client, world["tl"], "basis_verlopen")
    assert refs(page) == ["A-DAY-MORE"]
    assert (
        page["items"][0]["dueDate"] == "2026-03-01" and page["items"][0]["ground"] == "art_9_lid_5"
    )


def test_exemptions_ending_or_due_for_re_examination_within_the_weeks(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    # weeks=8: today 2 March up to and including 27 April
    for ref, ends in (
        ("TODAY", "2026-03-02"),
        ("LAST-DAY", "2026-04-27"),
        ("DAY-AFTER", "2026-04-28"),
    ):
        person = named(client, world, ref)
        exempt(
            client,
            world,
            person["id"],
            ground="art_9_lid_2",
            startDate="2026-01-01",
            endDate=ends,
            basisDocumentDate="2025-12-15",
        )
    lapsed = named(client, world, "LAPSED")
    exempt(
        client,
        world,
        lapsed["id"],
        ground="art_9_lid_2",
        startDate="2026-01-01",
        endDate="2026-03-01",
        basisDocumentDate="2025-12-15",
    )
    review = named(client, world, "REVIEW")
    exempt(
        client, world, review["id"], ground="art_9_lid_5", startDate="2025-01-01",
        basisDocumentDate="2024-04-10",
    )  # fmt: skip
    child = named(client, world, "CHILD")  # art. 9a: no re-examination, ends by rule
    exempt(
        client, world, child["id"], ground="art_9a", startDate="2025-06-01",
        youngestChildBirthDate="2021-03-20",
    )  # fmt: skip
    page = attention(client, world["tl"], "einde_nadert")
    assert refs(page) == ["TODAY", "CHILD", "REVIEW", "LAST-DAY"]
    assert [(r["dueDate"], r["dueReason"]) for r in page["items"]] == [
        ("2026-03-02", "einddatum"),
        ("2026-03-19", "einddatum"),  # the day before the child's fifth birthday
        ("2026-04-10", "heronderzoek"),  # basis + two years
        ("2026-04-27", "einddatum"),
    ]
    assert refs(attention(client, world["tl"], "einde_nadert", weeks=1)) == ["TODAY"]
    assert len(refs(attention(client, world["tl"], "einde_nadert", weeks=9))) == 5


def test_art_9a_exemptions_whose_child_turns_five_within_the_weeks(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    """Art. 9a ends by rule the day before the fifth birthday, so an exemption still active
    has a birthday from tomorrow on; the last day of the window counts."""
    for ref, born in (
        ("TOMORROW", "2021-03-03"),
        ("LAST-DAY", "2021-04-27"),
        ("DAY-AFTER", "2021-04-28"),
    ):
        person = named(client, world, ref)
        exempt(
            client,
            world,
            person["id"],
            ground="art_9a",
            startDate="2026-01-01",
            youngestChildBirthDate=born,
        )
    page = attention(client, world["tl"], "kind_wordt_vijf")
    assert refs(page) == ["TOMORROW", "LAST-DAY"]
    assert [(r["dueDate"], r["dueReason"]) for r in page["items"]] == [
        ("2026-03-03", "vijf_jaar"),
        ("2026-04-27", "vijf_jaar"),
    ]
    counts = client.get(f"{API}/dashboard/attention-counts", headers=world["tl"].auth).json()
    assert counts == {
        "teamId": None,
        "weeks": 8,
        "geenGesprek": 3,
        "basisVerlopen": 0,
        "eindeNadert": 3,  # their rule ends: 2 Mar, 26 Apr and 27 Apr
        "kindWordtVijf": 2,
    }


def test_the_lists_follow_the_scope_and_export_as_csv(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    named(client, world, "NOORD-1")
    new_client(client, world, who="km_other")
    assert attention(client, world["tl"], "geen_gesprek")["total"] == 1
    assert attention(client, world["tl_other"], "geen_gesprek")["total"] == 1
    assert attention(client, world["kw"], "geen_gesprek")["total"] == 2
    key = {"X-API-Key": world.api_keys["dashboard:read"]}
    assert attention(client, key, "geen_gesprek")["total"] == 2
    assert (
        attention(client, {"X-API-Key": world.api_keys["other_org"]}, "geen_gesprek")["total"] == 0
    )
    url = f"{API}/dashboard/attention"
    assert (
        client.get(url, params={"list": "geen_gesprek"}, headers=world["co"].auth).status_code
        == 403
    )
    assert client.get(url, params={"list": "iets"}, headers=world["tl"].auth).status_code == 400
    assert client.get(url, headers=world["tl"].auth).status_code == 400  # the list is required
    exported = client.get(
        url, params={"list": "geen_gesprek"}, headers={**world["kw"].auth, "Accept": "text/csv"}
    )
    assert exported.status_code == 200
    assert exported.headers["content-type"].startswith("text/csv")
    assert "attachment" in exported.headers["content-disposition"]
    assert exported.content.startswith("\ufeff".encode())
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Klantnummer", "Klant-id", "Team", "Gesprek verlopen sinds"]
    assert len(rows) == 3 and {"civision NOORD-1", ""} == {rows[1][0], rows[2][0]}
    assert {rows[1][2], rows[2][2]} == {"W&I Noord", "W&I Zuid"}


def test_the_export_streams_the_whole_list_in_order_across_batches(
    client, world: World, frozen_clock: FrozenClock, monkeypatch
) -> None:
    from vakwerk.dashboard import attention as lists

    monkeypatch.setattr(lists, "CSV_BATCH", 2)  # seven rows: four batches
    for n, day in enumerate(
        ["2024-05-01", None, "2023-01-15", "2024-05-01", "2022-11-30", None, "2025-01-01"]
    ):
        named(client, world, f"OUD-{n}", **({"lastConversationDate": day} if day else {}))
    url = f"{API}/dashboard/attention"
    for sort in ("dueDate", "-dueDate"):
        listed = attention(client, world["tl"], "geen_gesprek", sort=sort, limit=50)
        exported = client.get(
            url,
            params={"list": "geen_gesprek", "sort": sort},
            headers={**world["tl"].auth, "Accept": "text/csv"},
        )
        assert exported.status_code == 200
        rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig")), delimiter=";"))
        # every client once, in the order the list shows them
        assert [r[1] for r in rows[1:]] == [row["id"] for row in listed["items"]]
        assert len(rows) == 1 + 7
