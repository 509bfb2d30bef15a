"""Test harness: the real API over a real database, SQLite and PostgreSQL both.

SQLite: every test gets a fresh copy of a template file the migrations built.
PostgreSQL: one throw-away cluster per session (or VAKWERK_TEST_DATABASE_URL),
migrated once; every test starts from empty tables (truncated after each test).
"""

from __future__ import annotations

import os
import shutil
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi.testclient import TestClient
from sqlalchemy import Engine, text
from sqlmodel import Session

from tests.support import contract_check
from tests.support.pgcluster import free_port
from vakwerk.cli import alembic_config
from vakwerk.core import clock, security
from vakwerk.core.config import Settings
from vakwerk.core.db import make_engine, metadata
from vakwerk.main import create_app
from vakwerk.models import REFERENCE_TABLES, import_all

security.use_fast_hashing()
import_all()

BACKENDS = ["sqlite", "postgresql"]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--backend",
        action="append",
        choices=BACKENDS,
        help="run API tests on this database only (repeatable)",
    )


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" in metafunc.fixturenames:
        chosen = metafunc.config.getoption("backend") or BACKENDS
        metafunc.parametrize("backend", chosen, scope="session")


def _migrate(url: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(url), "head")


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    _migrate(f"sqlite:///{path}")
    return path


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str]:
    configured = os.environ.get("VAKWERK_TEST_DATABASE_URL")
    if configured:
        _migrate(configured)
        yield configured
        return
    from tests.support.pgcluster import cluster

    with cluster() as url:
        _migrate(url)
        yield url


@pytest.fixture(scope="session")
def postgres_engine(postgres_url: str) -> Iterator[Engine]:
    engine = make_engine(postgres_url)
    yield engine
    engine.dispose()


def _truncate(engine: Engine) -> None:
    tables = [t.name for t in metadata.sorted_tables if t.name not in REFERENCE_TABLES]
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {', '.join(tables)} CASCADE"))


@pytest.fixture
def engine(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Engine]:
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "vakwerk.db"
        shutil.copyfile(template, path)
        sqlite_engine = make_engine(f"sqlite:///{path}")
        yield sqlite_engine
        sqlite_engine.dispose()
        return
    pg: Engine = request.getfixturevalue("postgres_engine")
    try:
        yield pg
    finally:
        _truncate(pg)


@pytest.fixture
def settings(engine: Engine) -> Settings:
    return Settings(database_url=str(engine.url.render_as_string(hide_password=False)))


@pytest.fixture
def app(settings: Settings, engine: Engine):  # type: ignore[no-untyped-def]
    return create_app(settings, engine)


@pytest.fixture
def client(app) -> Iterator[TestClient]:  # type: ignore[no-untyped-def]
    with TestClient(app, raise_server_exceptions=False) as test_client:
        # Every reply is checked against the committed contract: a mismatch fails the test.
        contract_check.attach(test_client)
        yield test_client


class FrozenClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> datetime:
        return self.at

    def set(self, at: datetime) -> None:
        self.at = at


@pytest.fixture
def frozen_clock() -> Iterator[FrozenClock]:
    frozen = FrozenClock(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    clock.set_clock(frozen)
    yield frozen
    clock.set_clock(None)


class Observer:
    """Looks at what the API stored, each look in a transaction of its own (never writes)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    def scalar(self, query: Any) -> Any:
        with Session(self.engine) as session:
            return session.execute(query).scalar_one()

    def scalars(self, query: Any) -> list[Any]:
        with Session(self.engine, expire_on_commit=False) as session:
            return list(session.execute(query).scalars())

    def rows(self, query: Any) -> list[Any]:
        with Session(self.engine) as session:
            return list(session.execute(query).all())


@pytest.fixture
def db(engine: Engine) -> Iterator[Observer]:
    if engine.dialect.name != "sqlite":
        yield Observer(engine)
        return
    observer = make_engine(engine.url.render_as_string(hide_password=False), immediate=False)
    yield Observer(observer)
    observer.dispose()


@dataclass
class Person:
    id: uuid.UUID
    email: str
    roles: list[str]
    token: str = ""

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


@dataclass
class World:
    """A seeded organisation: a user of every role, two W&I teams, an R&W team, API keys."""

    organisation_id: uuid.UUID
    other_organisation_id: uuid.UUID
    teams: dict[str, uuid.UUID]
    people: dict[str, Person]
    api_keys: dict[str, str] = field(default_factory=dict)
    api_client_ids: dict[str, uuid.UUID] = field(default_factory=dict)

    def __getitem__(self, name: str) -> Person:
        return self.people[name]


PASSWORD = "correct-horse-battery"


@pytest.fixture
def world(engine: Engine) -> World:
    from tests.factories import build_world

    return build_world(engine)


@dataclass
class LiveServer:
    url: str
    world: World


@pytest.fixture
def live_server(app, world: World) -> Iterator[LiveServer]:  # type: ignore[no-untyped-def]
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", access_log=False)
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError("test server did not start")
        time.sleep(0.05)
    yield LiveServer(url=base, world=world)
    server.should_exit = True
    thread.join(timeout=10)
