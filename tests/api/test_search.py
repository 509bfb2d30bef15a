"""Finding a client by the number a client manager knows, and a colleague by name; the
client's references wherever a case or an assessment names the client."""

from __future__ import annotations

from sqlalchemy import select, text

from tests.api.test_assessments import start
from tests.api.test_clients import new_client, upsert
from tests.conftest import World
from vakwerk.core.audit import AuditEvent

API = "/api/v1"


def _ref(client, world: World, client_id: str, system: str, ref: str) -> None:  # type: ignore[no-untyped-def]
    reply = upsert(client, world, ref, {"clientId": client_id}, system=system)
    assert reply.status_code == 200, reply.text


def _found(client, world: World, who: str = "km", **params) -> list[str]:  # type: ignore[no-untyped-def]
    reply = client.get(f"{API}/clients", params=params, headers=world[who].auth)
    assert reply.status_code == 200, reply.text
    return sorted(item["id"] for item in reply.json()["items"])


def test_clients_by_a_prefix_of_a_reference_in_any_system(client, world: World, db) -> None:
    first = new_client(client, world, responsibleManagerId=str(world["km"].id))["id"]
    second = new_client(client, world, responsibleManagerId=str(world["km2"].id))["id"]
    other_team = new_client(client, world, who="km_other")["id"]
    _ref(client, world, first, "civision", "12345")
    _ref(client, world, first, "competensys", "A-7001")
    _ref(client, world, second, "civision", "12399")
    _ref(client, world, other_team, "civision", "12377")
    assert _found(client, world, q="123") == sorted([first, second])
    assert _found(client, world, q="1234") == [first]
    assert _found(client, world, q="a-70") == [first]  # any case
    assert _found(client, world, q="A-7001") == [first]
    assert _found(client, world, q="civision 123") == sorted([first, second])
    assert _found(client, world, q="comp a-7") == [first]  # a system's prefix too
    assert _found(client, world, q="competensys 123") == []
    assert _found(client, world, q="2345") == []  # a prefix, not a part
    assert _found(client, world, q="12%") == [] and _found(client, world, q="1_3") == []
    assert _found(client, world, q="123", responsibleManagerId=str(world["km"].id)) == [first]
    # never another team's client, nor another organisation's
    assert _found(client, world, who="km_other", q="123") == [other_team]
    assert _found(client, world, who="km_b", q="123") == []
    assert _found(client, world, who="kw", q="123") == sorted([first, second, other_team])
    # the fact of a search is audited, never what was typed
    events = db.scalars(
        select(AuditEvent).where(AuditEvent.action == "list", AuditEvent.resource_type == "client")
    )
    assert events and all("123" not in str(event.changes) for event in events)
    assert {"filters": {"q": "gezocht"}} in [event.changes for event in events]


def test_q_is_bounded_and_checked(client, world: World) -> None:
    assert (
        client.get(f"{API}/clients", params={"q": ""}, headers=world["km"].auth).status_code == 400
    )
    too_long = client.get(f"{API}/clients", params={"q": "1" * 107}, headers=world["km"].auth)
    assert too_long.status_code == 400
    assert too_long.json()["invalidParams"][0]["name"] == "q"


def test_the_reference_search_uses_its_index(client, world: World, database_url: str) -> None:
    from sqlalchemy import create_engine

    from vakwerk.clients.refs import ref_matches
    from vakwerk.core.db import sync_url

    engine = create_engine(sync_url(database_url))
    condition = ref_matches(world.organisation_id, "a-70")
    query = select(text("1")).where(condition)
    with engine.connect() as conn:
        compiled = query.compile(engine, compile_kwargs={"literal_binds": True})
        if engine.dialect.name == "postgresql":
            conn.execute(text("SET enable_seqscan = off"))
            plan = "\n".join(r[0] for r in conn.execute(text(f"EXPLAIN {compiled}")))
        else:
            plan = "\n".join(str(r) for r in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    engine.dispose()
    assert "ix_client_refs_ref_prefix" in plan, plan


def test_reexamination_due_filter(client, world: World) -> None:
    due = new_client(client, world)["id"]
    later = new_client(client, world)["id"]
    for client_id, basis in ((due, "2020-01-01"), (later, "2020-01-01")):
        body = {"ground": "art_9_lid_5", "startDate": basis, "basisDocumentDate": basis}
        if client_id == later:
            body["reexaminationDate"] = "2199-01-01"
        reply = client.post(
            f"{API}/clients/{client_id}/exemptions", json=body, headers=world["km"].auth
        )
        assert reply.status_code == 201, reply.text
    assert _found(client, world, reexaminationDue="true") == [due]
    listed = client.get(
        f"{API}/clients", params={"reexaminationDue": "false"}, headers=world["km"].auth
    )
    assert due not in [c["id"] for c in listed.json()["items"]]
    row = next(c for c in listed.json()["items"] if c["id"] == later)
    assert row["reexaminationDate"] == "2199-01-01"


def test_colleagues_by_a_prefix_of_name_or_email(client, world: World) -> None:
    for email, name in (
        ("anouk.de.vries@a.example", "Anouk de Vries"),
        ("bram@a.example", "Bram Özdemir"),
        ("c.anouksdochter@a.example", "Carla Janssen"),
    ):
        body = {"email": email, "displayName": name, "password": "correct-horse-battery"}
        reply = client.post(
            f"{API}/users", json=body | {"roles": ["klantmanager"]}, headers=world["bh"].auth
        )
        assert reply.status_code == 201, reply.text

    def names(q: str, who: str = "km") -> list[str]:
        reply = client.get(f"{API}/users", params={"q": q}, headers=world[who].auth)
        assert reply.status_code == 200, reply.text
        return [u["displayName"] for u in reply.json()["items"]]

    assert names("anouk") == ["Anouk de Vries"]  # not Carla, whose address has it inside
    assert names("VRIES") == ["Anouk de Vries"]  # a later word, any case
    assert names("bram@") == ["Bram Özdemir"]  # the e-mail address
    assert names("c.anouk") == ["Carla Janssen"]
    assert names("%") == [] and names("_") == []  # no wildcards
    assert names("km") == ["KM", "KM2", "KM_OTHER"]  # "KM_OTHER": the underscore is a letter
    assert names("anouk", who="km_b") == []  # another organisation's people


def test_cases_and_assessments_carry_the_clients_references(client, world: World) -> None:
    c = new_client(client, world)
    _ref(client, world, c["id"], "civision", "555")
    _ref(client, world, c["id"], "competensys", "CS-1")
    refs = [{"system": "civision", "ref": "555"}, {"system": "competensys", "ref": "CS-1"}]
    case = client.post(
        f"{API}/cases", json={"kind": "ontheffing", "clientId": c["id"]}, headers=world["km"].auth
    ).json()
    assert case["clientRefs"] == refs
    listed = client.get(f"{API}/cases", headers=world["km"].auth).json()["items"]
    assert [item["clientRefs"] for item in listed] == [refs]
    loose = client.post(f"{API}/cases", json={"kind": "algemeen"}, headers=world["km"].auth)
    assert loose.json()["clientRefs"] == []
    assessment = start(client, world, c["id"]).json()
    assert assessment["clientRefs"] == refs
    summary = client.get(f"{API}/assessments", headers=world["km"].auth).json()["items"]
    assert [item["clientRefs"] for item in summary] == [refs]
