"""The caseload import (docs/domain.md §6) through the API, on both databases."""

from __future__ import annotations

import csv
import io
import json
import uuid
from datetime import date, datetime

import openpyxl
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.pool import NullPool

from tests.conftest import FrozenClock, World
from vakwerk.clients.models import BenefitPeriod, Client, ClientRef, Exemption
from vakwerk.core.audit import AuditEvent
from vakwerk.core.config import Settings
from vakwerk.core.db import Database, sync_url
from vakwerk.integrations import caseload
from vakwerk.main import create_app

API = "/api/v1"
HEADER = [
    "Klantnummer",
    "Team",
    "Startdatum uitkering",
    "Einddatum uitkering",
    "Trede participatieladder",
    "Laatste gesprek",
    "Gemeentecode",
    "Klantmanager (e-mail)",
    "BSN",
    "Ontheffing grond",
    "Ontheffing startdatum",
    "Ontheffing einddatum",
    "Datum keuring",
    "Geboortedatum jongste kind",
]
BSN = "123456782"
OTHER_BSN = "111222333"


def row(ref: str, team: str = "W&I Noord", **cells: object) -> list[object]:
    values = {
        "start": "2022-01-01",
        "end": "",
        "rung": "2",
        "spoken": "2026-01-15",
        "municipality": "GM0753",
        "manager": "",
        "bsn": "",
        "ground": "",
        "ex_start": "",
        "ex_end": "",
        "basis": "",
        "child": "",
    } | cells
    return [ref, team, *values.values()]


def csv_file(
    rows: list[list[object]], *, encoding: str = "utf-8", bom: bool = False, header=HEADER
) -> bytes:  # type: ignore[no-untyped-def]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    return (b"\xef\xbb\xbf" if bom else b"") + buffer.getvalue().encode(encoding)


def key(world: World) -> dict[str, str]:
    return {"X-API-Key": world.api_keys["imports:write"]}


def upload(client, world: World, content: bytes, name: str = "export.csv", who=None, **form):  # type: ignore[no-untyped-def]
    headers = who.auth if who is not None else key(world)
    data = {k: (json.dumps(v) if isinstance(v, dict) else str(v).lower()) for k, v in form.items()}
    return client.post(
        f"{API}/imports/caseload",
        files={"file": (name, content, "application/octet-stream")},
        data=data,
        headers=headers,
    )


def clients_count(db) -> int:  # type: ignore[no-untyped-def]
    return db.scalar(select(func.count()).select_from(Client))


def test_a_dry_run_says_what_would_happen_and_writes_nothing(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    content = csv_file([row("A1"), row("A2"), row("A3", team="Onbekend team")])
    dry = upload(client, world, content, dryRun=True)
    assert dry.status_code == 200, dry.text
    report = dry.json()
    assert (report["status"], report["id"], report["dryRun"]) == ("proef", None, True)
    assert (report["rows"], report["created"], report["updated"], report["unchanged"]) == (
        3,
        2,
        0,
        0,
    )
    assert report["refusedRows"] == 1
    assert report["refused"] == [
        {
            "row": 4,
            "column": "Team",
            "code": "not_found",
            "reason": "Dit team bestaat niet in uw organisatie.",
        }
    ]
    assert clients_count(db) == 0
    assert client.get(f"{API}/imports", headers=key(world)).json()["total"] == 0
    assert (
        client.get(f"{API}/imports/caseload/mapping", headers=key(world)).json()["mapping"] is None
    )
    real = upload(client, world, content)
    assert real.status_code == 201, real.text
    done = real.json()
    assert done["status"] == "uitgevoerd" and (done["created"], done["refusedRows"]) == (2, 1)
    assert real.headers["location"] == f"/api/v1/imports/{done['id']}"
    assert clients_count(db) == 2


def test_the_same_file_twice_writes_nothing_the_second_time(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    content = csv_file(
        [
            row("B1", manager="KM@a.example", bsn=BSN, ground="art. 9 lid 2",
                ex_start="2025-06-01", ex_end="2026-06-30", basis="2025-05-20"),
            row("B2", start="01-02-2021", end="31-12-2021"),
            row("B3", ground="art 9a", ex_start="2025-09-01", child="2024-01-15"),
        ]
    )  # fmt: skip
    first = upload(client, world, content).json()
    assert (first["created"], first["updated"], first["unchanged"], first["refusedRows"]) == (
        3,
        0,
        0,
        0,
    )
    versions = db.rows(select(Client.id, Client.version, Client.updated_at))
    events = db.scalar(select(func.count()).select_from(AuditEvent))
    second = upload(client, world, content).json()
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 3)
    assert db.rows(select(Client.id, Client.version, Client.updated_at)) == versions
    # only the import's own event is new
    assert db.scalar(select(func.count()).select_from(AuditEvent)) == events + 1
    assert db.scalar(select(func.count()).select_from(Exemption)) == 2
    b1 = db.rows(
        select(Client.responsible_manager_id, Client.bsn_hash, Client.municipality_code)
        .join(ClientRef)
        .where(ClientRef.ref == "B1")
    )[0]
    assert b1[0] == world["km"].id and b1[1] and b1[1] != BSN and b1[2] == "GM0753"
    art9a = db.scalars(select(Exemption).where(Exemption.ground == "art_9a"))[0]
    assert art9a.end_date == date(2029, 1, 14)  # the day before the fifth birthday, by rule
    # a change in the source is an update of only what changed
    changed = csv_file([row("B2", start="01-02-2021", end="31-12-2021", rung="4")])
    third = upload(client, world, changed).json()
    assert (third["updated"], third["unchanged"]) == (1, 0)
    update_events = db.scalars(
        select(AuditEvent.changes).where(
            AuditEvent.action == "update", AuditEvent.resource_type == "client"
        )
    )
    assert update_events == [{"ladderRung": {"old": 2, "new": 4}}]


def test_refusals_name_the_row_the_column_and_the_reason(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    holder = upload(client, world, csv_file([row("C0", bsn=BSN)])).json()
    assert holder["created"] == 1
    report = upload(
        client,
        world,
        csv_file(
            [
                row("C1", manager="nobody@a.example"),
                row("C2", manager="km_other@a.example"),  # of W&I Zuid, the client of W&I Noord
                row("C3", bsn=BSN),  # C0 has that BSN
                row("C4", team=""),  # a new client needs its team
                row("C5", start="2023-05-01", end="2023-04-01"),
                row("C6", start="2023-13-01"),
                row("C1"),  # repeats a reference
                row("C7", ground="art. 9 lid 2", ex_start="2025-01-01", basis="2024-12-01"),
                row("C8", bsn="123456789"),
                row("C0", bsn=OTHER_BSN),  # C0 is known with another BSN
            ]
        ),
    ).json()
    found = [(r["row"], r["column"], r["code"]) for r in report["refused"]]
    assert found == [
        (2, "Klantmanager (e-mail)", "not_found"),
        (3, "Klantmanager (e-mail)", "not_in_team"),
        (4, "BSN", "bsn_conflict"),
        (5, "Team", "required"),
        (6, "Einddatum uitkering", "before_start"),
        (7, "Startdatum uitkering", "invalid_date"),
        (8, "Klantnummer", "duplicate_ref"),
        (9, "Ontheffing einddatum", "required"),
        (10, "BSN", "invalid_bsn"),
        (11, "BSN", "bsn_mismatch"),
    ]
    assert report["refusedRows"] == 10 and report["created"] == 0
    text_of_report = json.dumps(report)
    assert BSN not in text_of_report and "nobody@a.example" not in text_of_report


def test_a_client_under_two_references_is_updated_row_by_row(
    client, world: World, db, frozen_clock: FrozenClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two of the file's references may name one client (the second attached with
    ``clientId``): each row sees what the row before it wrote, also when the rows fall in
    different batches and a batch is written while the next is being decided."""
    monkeypatch.setattr(caseload, "BATCH", 1)
    writer = {"X-API-Key": world.api_keys["clients:write"]}
    team = str(world.teams["wi1"])
    made = client.put(f"{API}/clients/by-ref/civision/T1", json={"teamId": team}, headers=writer)
    assert made.status_code == 201, made.text
    attached = client.put(
        f"{API}/clients/by-ref/civision/T2", json={"clientId": made.json()["id"]}, headers=writer
    )
    assert attached.status_code == 200, attached.text
    client_id = uuid.UUID(made.json()["id"])
    version = db.scalar(select(Client.version))
    rows = [row("T0"), row("T1", rung="3"), row("T2", rung="5"), row("T3")]
    report = upload(client, world, csv_file(rows)).json()
    assert (report["created"], report["updated"], report["refusedRows"]) == (2, 2, 0)
    stored = db.rows(select(Client.ladder_rung, Client.version).where(Client.id == client_id))
    assert stored == [(5, version + 2)]
    changes = db.scalars(
        select(AuditEvent.changes).where(
            AuditEvent.action == "update", AuditEvent.resource_id == client_id
        )
    )
    assert {"ladderRung": {"old": 3, "new": 5}} in changes


def test_a_file_exemption_only_where_vakwerk_holds_none(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    exemption = {"ground": "art. 9 lid 5", "ex_start": "2025-01-01", "basis": "2024-12-01"}
    first = upload(client, world, csv_file([row("D1", **exemption), row("D2")])).json()
    assert first["created"] == 2
    # agreeing with what Vakwerk holds: nothing to do; D2 (none held) gets the file's
    again = upload(client, world, csv_file([row("D1", **exemption), row("D2", **exemption)])).json()
    assert (again["unchanged"], again["updated"], again["refusedRows"]) == (1, 1, 0)
    contradicting = upload(
        client, world,
        csv_file([row("D1", ground="art. 9 lid 5", ex_start="2025-02-01", basis="2024-12-01")]),
    ).json()  # fmt: skip
    assert contradicting["refused"] == [
        {
            "row": 2,
            "column": "Ontheffing grond",
            "code": "exemption_conflict",
            "reason": "Vakwerk houdt de ontheffingen van deze klant al bij, en deze ontheffing "
            "klopt daar niet mee. Pas de ontheffing in Vakwerk aan.",
        }
    ]
    assert db.scalar(select(func.count()).select_from(Exemption)) == 2


@pytest.mark.parametrize("encoding", ["cp1252", "utf-8-bom", "utf-8"])
def test_encodings_and_delimiters(
    client, world: World, db, encoding: str, frozen_clock: FrozenClock
) -> None:
    team = client.post(
        f"{API}/teams", json={"name": "Één loket", "kind": "werk_inkomen"}, headers=world["bh"].auth
    )
    assert team.status_code == 201, team.text
    rows = [row("E1", team="één LOKET"), row("E2", team="Één loket", start="15-03-2022")]
    content = csv_file(
        rows, encoding="utf-8" if encoding != "cp1252" else "cp1252", bom=encoding == "utf-8-bom"
    )
    if encoding == "utf-8":  # commas instead of semicolons
        content = content.replace(b";", b",")
    report = upload(client, world, content).json()
    assert (report["created"], report["refusedRows"]) == (2, 0), report
    teams = set(db.scalars(select(Client.team_id)))
    assert teams == {team.json()["id"]} or {str(t) for t in teams} == {team.json()["id"]}
    starts = sorted(db.scalars(select(Client.benefit_start_date)))
    assert starts == [date(2022, 1, 1), date(2022, 3, 15)]


def test_an_xlsx_workbook_with_spreadsheet_dates(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(HEADER)
    sheet.append(["X1", "W&I Noord", datetime(2021, 4, 1), None, 3, 46000, "753", None, 123456782])
    sheet.append(["X2", "W&I Noord", "2021-05-01", "31-12-2021", 2.0, None, "GM0753"])
    out = io.BytesIO()
    book.save(out)
    report = upload(client, world, out.getvalue(), name="export.xlsx").json()
    assert report["format"] == "xlsx" and (report["created"], report["refusedRows"]) == (2, 0), (
        report
    )
    x1 = db.rows(
        select(
            Client.benefit_start_date,
            Client.last_conversation_date,
            Client.municipality_code,
            Client.bsn_hash,
        )
        .join(ClientRef).where(ClientRef.ref == "X1")
    )[0]  # fmt: skip
    assert x1[:3] == (date(2021, 4, 1), date(2025, 12, 9), "GM0753") and x1[3]


def test_a_refusal_names_a_long_header_as_the_mapping_matched_it(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    spaced = "Klantmanager" + " " * 300 + "(e-mail)"  # matches as "Klantmanager (e-mail)"
    header = [spaced if h == "Klantmanager (e-mail)" else h for h in HEADER]
    content = csv_file([row("L1", manager="nobody@a.example"), row("L2")], header=header)
    mapping = upload(client, world, content, dryRun=True).json()["mapping"]
    mapping["responsibleManager"] = "Klantmanager (e-mail)"  # as the mapping spells it
    report = upload(client, world, content, mapping=mapping)
    assert report.status_code == 201, report.text
    assert [(r["row"], r["column"], r["code"]) for r in report.json()["refused"]] == [
        (2, "Klantmanager (e-mail)", "not_found")
    ]
    assert report.json()["created"] == 1


def test_strict_writes_nothing_when_a_row_is_refused(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    content = csv_file([row("S1"), row("S2", team="Onbekend")])
    report = upload(client, world, content, strict=True)
    assert report.status_code == 201
    body = report.json()
    assert body["status"] == "niet_uitgevoerd" and body["refusedRows"] == 1
    assert clients_count(db) == 0
    assert (
        db.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.resource_type == "client")
        )
        == 0
    )
    record = client.get(f"{API}/imports/{body['id']}", headers=key(world)).json()
    assert record["status"] == "niet_uitgevoerd" and record["refused"][0]["code"] == "not_found"
    clean = upload(client, world, csv_file([row("S1")]), strict=True).json()
    assert clean["status"] == "uitgevoerd" and clients_count(db) == 1


def test_a_malformed_file_writes_nothing(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    rows = [row(f"M{n}") for n in range(1500)]
    content = csv_file(rows) + b'M9999;"W&I Noord;2022-01-01\r\n'  # a quote never closed
    reply = upload(client, world, content)
    assert reply.status_code == 400, reply.text
    assert reply.json()["invalidParams"][0]["name"] == "file"
    assert reply.json()["invalidParams"][0]["code"] == "unreadable_file"
    assert clients_count(db) == 0
    assert client.get(f"{API}/imports", headers=key(world)).json()["total"] == 0
    for bad, code in ((b"", "empty_file"), (b"\xd0\xcf\x11\xe0rest", "unknown_format")):
        refused = upload(client, world, bad)
        assert refused.status_code == 400 and refused.json()["invalidParams"][0]["code"] == code


def test_a_failure_half_way_writes_nothing(
    client, world: World, db, database_url: str, frozen_clock: FrozenClock
) -> None:
    """The database refuses row 1,502 (a trigger: a real failure, in the second batch, after
    the first batch was written): the whole import is rolled back."""
    engine = create_engine(sync_url(database_url), poolclass=NullPool)
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text(
                "CREATE TRIGGER refuse_boem BEFORE INSERT ON client_refs WHEN NEW.ref = 'BOEM' "
                "BEGIN SELECT RAISE(ABORT, 'boem'); END"
            ))  # fmt: skip
        else:
            conn.execute(text(
                "CREATE FUNCTION refuse_boem() RETURNS trigger AS $$ BEGIN "
                "IF NEW.ref = 'BOEM' THEN RAISE EXCEPTION 'boem'; END IF; RETURN NEW; END $$ "
                "LANGUAGE plpgsql"
            ))  # fmt: skip
            conn.execute(text(
                "CREATE TRIGGER refuse_boem BEFORE INSERT ON client_refs FOR EACH ROW "
                "EXECUTE FUNCTION refuse_boem()"
            ))  # fmt: skip
    engine.dispose()
    rows = [row(f"F{n}") for n in range(1500)] + [row("BOEM")]
    hooks = client.event_hooks  # a failing database answers 500, which no contract promises
    client.event_hooks = {**hooks, "response": []}
    try:
        reply = upload(client, world, csv_file(rows))
    finally:
        client.event_hooks = hooks
    assert reply.status_code >= 409, reply.text
    assert reply.headers["content-type"].startswith("application/problem+json")
    assert clients_count(db) == 0
    assert db.scalar(select(func.count()).select_from(BenefitPeriod)) == 0
    assert (
        db.scalar(
            select(func.count()).select_from(AuditEvent).where(AuditEvent.resource_type == "client")
        )
        == 0
    )
    assert client.get(f"{API}/imports", headers=key(world)).json()["total"] == 0


def test_benefit_periods_kept_as_history_through_the_import(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    upload(client, world, csv_file([row("P1", start="2020-01-01", end="2021-01-31")]))
    report = upload(client, world, csv_file([row("P1", start="2022-03-01", end="")])).json()
    assert report["updated"] == 1
    periods = db.rows(
        select(BenefitPeriod.start_date, BenefitPeriod.end_date).order_by(BenefitPeriod.start_date)
    )
    assert [tuple(p) for p in periods] == [
        (date(2020, 1, 1), date(2021, 1, 31)),
        (date(2022, 3, 1), None),
    ]
    on = lambda day: client.get(  # noqa: E731
        f"{API}/dashboard/exemptions", params={"date": day}, headers=world["tl"].auth
    ).json()["clientsWithBenefit"]
    assert (on("2020-06-01"), on("2021-06-01"), on("2022-06-01")) == (1, 0, 1)
    # a correction within the latest period corrects it
    upload(client, world, csv_file([row("P1", start="2022-03-01", end="2022-12-31")]))
    assert db.rows(select(BenefitPeriod.end_date).order_by(BenefitPeriod.start_date))[-1][
        0
    ] == date(2022, 12, 31)
    # a correction back into the earlier period ends that one the day before: no overlap
    upload(client, world, csv_file([row("P1", start="2020-06-01", end="2022-12-31")]))
    periods = db.rows(
        select(BenefitPeriod.start_date, BenefitPeriod.end_date).order_by(BenefitPeriod.start_date)
    )
    assert [tuple(p) for p in periods] == [
        (date(2020, 1, 1), date(2020, 5, 31)),
        (date(2020, 6, 1), date(2022, 12, 31)),
    ]


def test_the_mapping_is_kept_per_organisation(
    client, world: World, frozen_clock: FrozenClock
) -> None:
    header = ["Nr", "Afdeling", "Begin"]
    content = csv_file([["Q1", "W&I Noord", "2022-01-01"]], header=header)
    unknown = upload(client, world, content, dryRun=True)
    assert unknown.status_code == 400 and unknown.json()["invalidParams"][0]["name"] == "mapping"
    columns = client.post(
        f"{API}/imports/caseload/columns", files={"file": ("x.csv", content)}, headers=key(world)
    ).json()
    assert columns["columns"] == header and columns["storedMapping"] is None
    mapping = {"externalRef": "Nr", "team": "Afdeling", "benefitStart": "Begin"}
    done = upload(client, world, content, mapping=mapping)
    assert done.status_code == 201 and done.json()["created"] == 1
    kept = client.get(f"{API}/imports/caseload/mapping", headers=world["bh"].auth).json()
    assert kept["mapping"]["externalRef"] == "Nr" and kept["version"] == 1
    again = upload(client, world, content).json()  # no mapping sent: the kept one
    assert again["unchanged"] == 1
    bad = upload(client, world, content, mapping={"team": "Afdeling"})
    assert bad.status_code == 400
    assert bad.json()["invalidParams"][0] == {
        "name": "mapping.externalRef",
        "code": "required",
        "reason": "Dit veld is verplicht.",
    }
    missing = upload(client, world, content, mapping={"externalRef": "Klantnummer"})
    assert (
        missing.status_code == 400
        and missing.json()["invalidParams"][0]["code"] == "missing_column"
    )
    put = client.put(
        f"{API}/imports/caseload/mapping", json={"externalRef": "Nr"}, headers=world["bh"].auth
    )
    assert put.status_code == 200 and put.json()["version"] == 2
    other = client.get(f"{API}/imports/caseload/mapping", headers=world["bh_b"].auth).json()
    assert other["mapping"] is None


def test_import_records_who_when_counts_and_refusals_never_file_data(
    client, world: World, db, frozen_clock: FrozenClock
) -> None:
    content = csv_file([row("R1", bsn=BSN), row("R2", team="Onbekend", bsn=OTHER_BSN)])
    done = upload(client, world, content, who=world["bh"]).json()
    listed = client.get(f"{API}/imports", headers=world["bh"].auth).json()
    assert listed["total"] == 1 and listed["items"][0]["actorId"] == str(world["bh"].id)
    record = client.get(f"{API}/imports/{done['id']}", headers=world["bh"].auth)
    assert record.status_code == 200
    body = record.json()
    assert (body["actorType"], body["createdAt"], body["rows"], body["created"]) == (
        "user", "2026-03-02T09:00:00Z", 2, 1,
    )  # fmt: skip
    assert body["refused"] == [
        {
            "row": 3,
            "column": "Team",
            "code": "not_found",
            "reason": "Dit team bestaat niet in uw organisatie.",
        }
    ]
    for secret in (BSN, OTHER_BSN, "R1", "R2", "Onbekend"):
        assert secret not in record.text
    stored = db.scalars(select(AuditEvent).where(AuditEvent.resource_type == "caseload_import"))
    assert [e.action for e in stored] == ["import"] and stored[0].changes["created"] == 1
    assert BSN not in json.dumps([e.changes for e in db.scalars(select(AuditEvent))])
    assert client.get(f"{API}/imports/{done['id']}", headers=world["bh_b"].auth).status_code == 404


def test_who_may_import(client, world: World, frozen_clock: FrozenClock) -> None:
    content = csv_file([row("W1")])
    for who in ("km", "tl", "kw", "co", "su"):
        assert upload(client, world, content, who=world[who]).status_code == 403, who
        assert client.get(f"{API}/imports", headers=world[who].auth).status_code == 403, who
        assert (
            client.get(f"{API}/imports/caseload/mapping", headers=world[who].auth).status_code
            == 403
        )
    for scope in ("clients:read", "clients:write", "assessments:read", "dashboard:read"):
        headers = {"X-API-Key": world.api_keys[scope]}
        reply = client.post(
            f"{API}/imports/caseload", files={"file": ("x.csv", content)}, headers=headers
        )
        assert reply.status_code == 403, scope
    assert (
        client.post(f"{API}/imports/caseload", files={"file": ("x.csv", content)}).status_code
        == 401
    )
    assert upload(client, world, content, who=world["bh"]).status_code == 201
    other_org = client.post(
        f"{API}/imports/caseload", files={"file": ("x.csv", content)},
        headers={"X-API-Key": world.api_keys["other_org"]},
    )  # fmt: skip
    assert other_org.status_code == 201 and other_org.json()["refused"][0]["code"] == "not_found"
    # JSON is not an upload
    wrong = client.post(f"{API}/imports/caseload", json={"file": "x"}, headers=key(world))
    assert wrong.status_code == 415
    no_file = client.post(f"{API}/imports/caseload", data={"dryRun": "true"}, headers=key(world))
    assert no_file.status_code in (400, 415)


def test_a_file_over_the_limit_is_refused_with_413(
    world: World, database_url: str, frozen_clock: FrozenClock
) -> None:
    settings = Settings(database_url=database_url, import_max_mb=1)
    app = create_app(settings, Database(database_url))
    big = csv_file([row(f"G{n}") for n in range(20_000)])
    assert len(big) > 1 << 20
    with TestClient(app, raise_server_exceptions=False) as local:
        reply = local.post(
            f"{API}/imports/caseload", files={"file": ("big.csv", big)}, headers=key(world)
        )
        assert reply.status_code == 413, reply.text
        assert reply.json()["detail"].startswith("Het bestand is groter dan 1 MB")
        small = local.post(
            f"{API}/imports/caseload", files={"file": ("small.csv", csv_file([row("G1")]))},
            headers=key(world), data={"dryRun": "true"},
        )  # fmt: skip
        assert small.status_code == 200
