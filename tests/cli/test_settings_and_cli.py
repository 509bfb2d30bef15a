"""Settings refuse unsafe production values; the CLI migrates, bootstraps and makes admins."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine, select
from sqlmodel import Session

from tests.conftest import run, seeded
from vakwerk.bootstrap import DEMO_ORGANISATION, bootstrap, system_grant
from vakwerk.cli import main, migrate
from vakwerk.core.audit import AuditEvent
from vakwerk.core.config import Settings, SettingsError
from vakwerk.core.db import Database
from vakwerk.main import create_app
from vakwerk.onboarding import create_organisation
from vakwerk.people.models import Membership, Organisation, Team, User

STRONG = "x" * 40


@pytest.mark.parametrize("secret", [None, "short-secret"])
def test_production_refuses_a_missing_or_weak_secret(secret: str | None) -> None:
    values = {"environment": "production", "bsn_key": STRONG}
    if secret:
        values["secret_key"] = secret
    with pytest.raises(SettingsError, match="VAKWERK_SECRET_KEY"):
        create_app(Settings(**values))


def test_production_refuses_the_development_bsn_key() -> None:
    with pytest.raises(SettingsError, match="VAKWERK_BSN_KEY"):
        Settings(environment="production", secret_key=STRONG).check()


def test_cli_names_the_variable_and_exits(tmp_path: Path) -> None:
    env = {
        "VAKWERK_ENVIRONMENT": "production",
        "VAKWERK_DATABASE_URL": f"sqlite:///{tmp_path}/x.db",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "-m", "vakwerk.cli", "migrate"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "VAKWERK_SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr


def test_cors_origins_are_read_as_a_comma_separated_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAKWERK_CORS_ORIGINS", "https://a.example, https://b.example")
    assert Settings().cors_origins == ["https://a.example", "https://b.example"]


def test_bootstrap_creates_superuser_first_organisation_and_demo_once(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path}/boot.db"
    settings = Settings(
        database_url=url,
        admin_email="root@platform.example",
        admin_password="a-long-admin-password",
        admin_organisation="Gemeente Eerst",
        demo=True,
    )
    migrate(settings)

    async def start() -> None:
        database = Database(url, pool=False)
        await bootstrap(database, settings)
        await database.dispose()

    run(start())
    run(start())  # a second start changes nothing
    engine = create_engine(url)
    with Session(engine) as session:
        supers = session.execute(select(User).where(User.is_superuser.is_(True))).scalars().all()  # type: ignore[attr-defined]
        assert [u.email for u in supers] == ["root@platform.example"]
        names = set(session.execute(select(Organisation.name)).scalars())
        assert names == {"Gemeente Eerst", DEMO_ORGANISATION}
        demo = session.execute(
            select(Organisation).where(Organisation.name == DEMO_ORGANISATION)
        ).scalar_one()
        people = (
            session.execute(select(User).where(User.organisation_id == demo.id)).scalars().all()
        )
        roles = [r for u in people for r in u.roles]
        assert roles.count("klantmanager") == 9 and roles.count("consulent") == 2
        assert {"teamleider", "kwaliteit", "beheerder"} <= set(roles)
        days = session.execute(select(Membership.working_days)).scalars().all()
        assert sum(1 for d in days if len(d) < 5) >= 3  # some part-timers
        kinds = set(
            session.execute(select(Team.kind).where(Team.organisation_id == demo.id)).scalars()
        )
        assert kinds == {"werk_inkomen", "re_integratie"}
    engine.dispose()
    _demo_has_work_on_every_start_page(settings)


# Whose start page shows what; every count of the demo is above zero, except the beheerder's
# recent login failures (the trail is never seeded with events that did not happen).
DEMO_START_PAGES = {
    "km1": "klantmanager",
    "teamleider": "teamleider",
    "kwaliteit": "kwaliteit",
    "consulent1": "consulent",
    "beheer": "beheerder",
}


def _demo_has_work_on_every_start_page(settings: Settings) -> None:
    from fastapi.testclient import TestClient

    from vakwerk.bootstrap import DEMO_DOMAIN, DEMO_PASSWORD
    from vakwerk.work import SOURCES

    with TestClient(create_app(settings, Database(settings.database_url))) as client:
        for local, role in DEMO_START_PAGES.items():
            token = client.post(
                "/api/v1/auth/token",
                data={"username": f"{local}@{DEMO_DOMAIN}", "password": DEMO_PASSWORD},
            ).json()["access_token"]
            auth = {"Authorization": f"Bearer {token}"}
            work = client.get("/api/v1/me/work", headers=auth).json()
            keys = {item.key for source in SOURCES for item in source.items if item.role == role}
            assert set(work) == keys, local
            empty = [k for k, v in work.items() if not v and k != "recentFailures"]
            assert empty == [], f"{local}: nothing in {empty}"
            clients = client.get("/api/v1/clients", params={"limit": 200}, headers=auth)
            if clients.status_code == 200:
                refs = [c["externalRefs"] for c in clients.json()["items"]]
                assert all(any(r["system"] == "civision" for r in found) for found in refs)
                assert any(any(r["system"] == "competensys" for r in found) for found in refs)


def test_create_admin_makes_a_beheerder_of_an_organisation(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys
) -> None:  # type: ignore[no-untyped-def]
    url = f"sqlite:///{tmp_path}/admin.db"
    monkeypatch.setenv("VAKWERK_DATABASE_URL", url)
    from vakwerk.core import config

    config.get_settings.cache_clear()
    try:
        assert main(["migrate"]) == 0
        assert (
            main(
                ["create-admin", "--email", "root@x.example", "--password", "long-enough-password"]
            )
            == 0
        )
        seeded(url, lambda s: create_organisation(s, system_grant(None, True), "Gemeente Twee"))
        engine = create_engine(url)
        assert (
            main(
                [
                    "create-admin",
                    "--email",
                    "beheer@twee.example",
                    "--organisation",
                    "Gemeente Twee",
                    "--password",
                    "long-enough-password",
                ]
            )
            == 0
        )
        assert (
            main(
                [
                    "create-admin",
                    "--email",
                    "beheer@twee.example",
                    "--password",
                    "long-enough-password",
                ]
            )
            == 1
        )
        # a superuser's address passes the same check as everyone's
        too_long = "x" * 250 + "@twee.example"
        assert (
            main(["create-admin", "--email", too_long, "--password", "long-enough-password"]) == 1
        )
        with Session(engine) as session:
            assert session.execute(select(User).where(User.email == too_long)).first() is None
            beheerder = session.execute(
                select(User).where(User.email == "beheer@twee.example")
            ).scalar_one()
            assert beheerder.roles == ["beheerder"] and not beheerder.is_superuser
            # made through the same service as the API, so it is in the audit trail
            made = session.execute(
                select(AuditEvent).where(
                    AuditEvent.resource_id == beheerder.id, AuditEvent.action == "create"
                )
            ).scalar_one()
            assert made.changes["roles"] == {"old": None, "new": ["beheerder"]}
        engine.dispose()
    finally:
        config.get_settings.cache_clear()
