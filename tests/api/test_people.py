"""Organisations, settings, teams, users, memberships, absences — and their audit trail."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.conftest import PASSWORD, World
from vakwerk.core.audit import AuditEvent

API = "/api/v1"


def _events(db, **where) -> list[AuditEvent]:  # type: ignore[no-untyped-def]
    query = select(AuditEvent)
    for key, value in where.items():
        query = query.where(getattr(AuditEvent, key) == value)
    return db.scalars(query)


def test_superuser_creates_organisation_and_its_first_beheerder(client, world: World) -> None:
    su = world["su"].auth
    reply = client.post(f"{API}/organisations", json={"name": "Gemeente Celand"}, headers=su)
    assert reply.status_code == 201
    org = reply.json()
    assert reply.headers["location"] == f"{API}/organisations/{org['id']}"
    assert reply.headers["etag"] == '"1"'
    beheerder = {
        "email": "beheer@celand.example",
        "displayName": "Beheer Celand",
        "password": PASSWORD,
        "roles": ["beheerder"],
        "organisationId": org["id"],
    }
    created = client.post(f"{API}/users", json=beheerder, headers=su)
    assert created.status_code == 201 and created.json()["organisationId"] == org["id"]
    # the superuser makes beheerders only, and sees no people
    other = {**beheerder, "email": "km@celand.example", "roles": ["klantmanager"]}
    assert client.post(f"{API}/users", json=other, headers=su).status_code == 403
    assert client.get(f"{API}/users", headers=su).status_code == 403
    # a beheerder cannot create organisations
    assert (
        client.post(
            f"{API}/organisations", json={"name": "X"}, headers=world["bh"].auth
        ).status_code
        == 403
    )


def test_beheerder_creates_users_only_in_own_organisation(client, world: World) -> None:
    body = {
        "email": "nieuw@a.example",
        "displayName": "Nieuw",
        "password": PASSWORD,
        "roles": ["klantmanager"],
        "organisationId": str(world.other_organisation_id),
    }
    reply = client.post(f"{API}/users", json=body, headers=world["bh"].auth)
    assert reply.status_code == 400 and reply.json()["invalidParams"][0]["code"] == "not_found"
    del body["organisationId"]
    assert client.post(f"{API}/users", json=body, headers=world["bh"].auth).status_code == 201


def test_email_is_unique_whatever_its_case(client, world: World) -> None:
    body = {
        "email": "KM@A.example",
        "displayName": "Dubbel",
        "password": PASSWORD,
        "roles": ["klantmanager"],
    }
    reply = client.post(f"{API}/users", json=body, headers=world["bh"].auth)
    assert reply.status_code == 409


def test_user_creation_is_audited_without_the_password(client, world: World, db) -> None:
    body = {
        "email": "audit@a.example",
        "displayName": "Audit Persoon",
        "password": "geheim-wachtwoord-1",
        "roles": ["klantmanager", "teamleider"],
    }
    user_id = client.post(f"{API}/users", json=body, headers=world["bh"].auth).json()["id"]
    (event,) = _events(db, action="create", resource_type="user", actor_id=world["bh"].id)
    assert str(event.resource_id) == user_id
    assert event.changes["password"] == "gewijzigd"
    assert event.changes["displayName"] == {"old": None, "new": "Audit Persoon"}
    assert "geheim-wachtwoord-1" not in str(event.changes)
    assert event.changes["roles"]["new"] == ["klantmanager", "teamleider"]


def test_audit_reason_header_is_stored(client, world: World, db) -> None:
    client.post(
        f"{API}/teams",
        json={"name": "Team Oost", "kind": "werk_inkomen"},
        headers={**world["bh"].auth, "X-Audit-Toelichting": "Reorganisatie 2026"},
    )
    (event,) = _events(db, action="create", resource_type="team", actor_id=world["bh"].id)
    assert event.reason == "Reorganisatie 2026"
    too_long = client.post(
        f"{API}/teams",
        json={"name": "Team West", "kind": "werk_inkomen"},
        headers={**world["bh"].auth, "X-Audit-Toelichting": "x" * 501},
    )
    assert too_long.status_code == 400


def test_failed_write_leaves_no_record_and_no_event(client, world: World, db) -> None:
    before = db.scalar(select(func.count()).select_from(AuditEvent))
    duplicate = client.post(
        f"{API}/teams", json={"name": "w&i noord", "kind": "werk_inkomen"}, headers=world["bh"].auth
    )
    assert duplicate.status_code == 409
    assert db.scalar(select(func.count()).select_from(AuditEvent)) == before


def test_settings_read_by_all_changed_by_beheerder_with_if_match(client, world: World) -> None:
    url = f"{API}/organisations/{world.organisation_id}/settings"
    reply = client.get(url, headers=world["km"].auth)
    assert reply.status_code == 200
    assert reply.json()["argumentMinChars"] == 40 and reply.json()["caseDeadlineDaysBefore"] == 6
    assert (
        client.patch(
            url, json={"argumentMinChars": 60}, headers={**world["km"].auth, "If-Match": '"1"'}
        ).status_code
        == 403
    )
    bad = client.patch(
        url, json={"smallGroupThreshold": 2}, headers={**world["bh"].auth, "If-Match": '"1"'}
    )
    assert (
        bad.status_code == 400 and bad.json()["invalidParams"][0]["name"] == "smallGroupThreshold"
    )
    ok = client.patch(
        url, json={"argumentMinChars": 60}, headers={**world["bh"].auth, "If-Match": '"1"'}
    )
    assert (
        ok.status_code == 200 and ok.json()["argumentMinChars"] == 60 and ok.json()["version"] == 2
    )
    assert (
        client.get(
            f"{API}/organisations/{world.other_organisation_id}/settings", headers=world["bh"].auth
        ).status_code
        == 404
    )


def test_team_members_and_working_days(client, world: World) -> None:
    team = world.teams["wi1"]
    members = client.get(f"{API}/teams/{team}/members", headers=world["km"].auth).json()
    assert members["total"] == 3
    url = f"{API}/teams/{team}/members/{world['km'].id}"
    # own working days: yes; a colleague's: no; team leader of the team: yes
    assert client.put(url, json={"workingDays": [1, 2, 3]}, headers=world["km"].auth).json()[
        "workingDays"
    ] == [1, 2, 3]
    colleague = f"{API}/teams/{team}/members/{world['km2'].id}"
    assert (
        client.put(colleague, json={"workingDays": [1]}, headers=world["km"].auth).status_code
        == 403
    )
    assert client.put(colleague, json={"workingDays": [4, 1]}, headers=world["tl"].auth).json()[
        "workingDays"
    ] == [1, 4]
    assert (
        client.put(colleague, json={"workingDays": [1]}, headers=world["tl_other"].auth).status_code
        == 403
    )
    bad = client.put(url, json={"workingDays": [1, 1, 6]}, headers=world["km"].auth)
    assert bad.status_code == 400
    # adding a membership is the beheerder's
    new = f"{API}/teams/{team}/members/{world['km_other'].id}"
    assert client.put(new, json={"workingDays": [2]}, headers=world["tl"].auth).status_code == 403
    added = client.put(new, json={"workingDays": [2]}, headers=world["bh"].auth)
    assert added.status_code == 201
    assert client.delete(new, headers=world["bh"].auth).status_code == 204
    assert client.delete(new, headers=world["bh"].auth).status_code == 404


def test_a_user_is_a_member_of_at_most_so_many_teams(client, world: World, monkeypatch) -> None:
    from vakwerk.people import members

    monkeypatch.setattr(members, "MAX_TEAMS", 2)  # their replies list every team
    user = world["km_other"].id  # in W&I Zuid
    north = f"{API}/teams/{world.teams['wi1']}/members/{user}"
    assert client.put(north, json={}, headers=world["bh"].auth).status_code == 201
    third = client.put(
        f"{API}/teams/{world.teams['rw']}/members/{user}", json={}, headers=world["bh"].auth
    )
    assert third.status_code == 409 and third.json()["invalidParams"][0]["code"] == "too_many"
    # working days in a team they are in stay theirs to change
    assert client.put(north, json={"workingDays": [1]}, headers=world["bh"].auth).status_code == 200
    reply = client.get(f"{API}/users/{user}", headers=world["bh"].auth).json()
    assert len(reply["teamIds"]) == 2


def test_absences_scope_and_reason_privacy(client, world: World) -> None:
    km, km2 = world["km"], world["km2"]
    own = client.post(
        f"{API}/users/{km.id}/absences",
        json={"startDate": "2026-04-01", "endDate": "2026-04-10", "reason": "Operatie"},
        headers=km.auth,
    )
    assert own.status_code == 201
    overlap = client.post(
        f"{API}/users/{km.id}/absences",
        json={"startDate": "2026-04-10", "endDate": "2026-04-12"},
        headers=km.auth,
    )
    assert overlap.status_code == 409
    backwards = client.post(
        f"{API}/users/{km.id}/absences",
        json={"startDate": "2026-05-10", "endDate": "2026-05-01"},
        headers=km.auth,
    )
    assert (
        backwards.status_code == 400 and backwards.json()["invalidParams"][0]["name"] == "endDate"
    )
    # a colleague of the team sees the dates, never the reason
    seen = client.get(f"{API}/users/{km.id}/absences", headers=km2.auth).json()["items"]
    assert seen[0]["startDate"] == "2026-04-01" and seen[0]["reason"] is None
    assert (
        client.get(f"{API}/users/{km.id}/absences", headers=km.auth).json()["items"][0]["reason"]
        == "Operatie"
    )
    assert (
        client.get(f"{API}/users/{km.id}/absences", headers=world["bh"].auth).json()["items"][0][
            "reason"
        ]
        == "Operatie"
    )
    # another team: not readable; a colleague may not record for someone else
    assert (
        client.get(f"{API}/users/{km.id}/absences", headers=world["km_other"].auth).status_code
        == 404
    )
    assert (
        client.post(
            f"{API}/users/{km.id}/absences",
            json={"startDate": "2026-06-01", "endDate": "2026-06-02"},
            headers=km2.auth,
        ).status_code
        == 403
    )
    assert (
        client.post(
            f"{API}/users/{km.id}/absences",
            json={"startDate": "2026-06-01", "endDate": "2026-06-02"},
            headers=world["tl"].auth,
        ).status_code
        == 201
    )
    # the consultant reads only their own
    assert client.get(f"{API}/users/{km.id}/absences", headers=world["co"].auth).status_code == 404
    absence_id = own.json()["id"]
    assert (
        client.delete(f"{API}/users/{km.id}/absences/{absence_id}", headers=km.auth).status_code
        == 204
    )


def test_lists_are_paginated(client, world: World) -> None:
    first = client.get(f"{API}/users", params={"limit": 3}, headers=world["bh"].auth).json()
    second = client.get(
        f"{API}/users", params={"limit": 3, "offset": 3}, headers=world["bh"].auth
    ).json()
    assert first["total"] == second["total"] == 8
    assert len(first["items"]) == 3 and not {u["id"] for u in first["items"]} & {
        u["id"] for u in second["items"]
    }
    by_role = client.get(
        f"{API}/users", params={"role": "teamleider"}, headers=world["bh"].auth
    ).json()
    assert by_role["total"] == 2


def test_audit_trail_pages_by_cursor_newest_first(client, world: World) -> None:
    for n in range(5):
        client.post(
            f"{API}/teams",
            json={"name": f"Team {n}", "kind": "werk_inkomen"},
            headers=world["bh"].auth,
        )
    seen: list[str] = []
    cursor = None
    while True:
        params = {"limit": 2, "resourceType": "team", "action": "create"}
        if cursor:
            params["cursor"] = cursor
        page = client.get(f"{API}/audit-events", params=params, headers=world["bh"].auth).json()
        seen += [e["id"] for e in page["items"]]
        times = [e["occurredAt"] for e in page["items"]]
        assert times == sorted(times, reverse=True)
        cursor = page["nextCursor"]
        if not cursor:
            break
    assert len(seen) == len(set(seen)) == 8  # 3 seeded teams + 5 new ones
    assert "total" not in page
    bad = client.get(f"{API}/audit-events", params={"cursor": "garbage"}, headers=world["bh"].auth)
    assert bad.status_code == 400
    other = client.get(f"{API}/audit-events", headers=world["bh_b"].auth).json()["items"]
    assert all(e["organisationId"] == str(world.other_organisation_id) for e in other)
