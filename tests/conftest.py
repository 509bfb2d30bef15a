"""Test harness: the real API over a real database, SQLite and PostgreSQL both.

Every test gets a database of its own, copied from one the migrations built:
SQLite a copy of a template file, PostgreSQL ``CREATE DATABASE … TEMPLATE`` on a
throw-away cluster the session starts (or the server in VAKWERK_TEST_DATABASE_URL).
Nothing is truncated and nothing leaks between tests, and a test can run a real
server against its database (the concurrency tests need real commits).

The app under test is driven through Starlette's TestClient (its own event loop in a
thread); a live uvicorn server gets an app and a database of its own. Seed data is
built through the services in a short event loop of its own (``run``).
"""

from __future__ import annotations

import asyncio
import os
import shutil
import threading
import time
import uuid
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import httpx
import psycopg
import pytest
import uvicorn
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from tests.support import contract_check
from tests.support.pgcluster import free_port
from vakwerk.cli import alembic_config, uvicorn_options
from vakwerk.core import clock, security
from vakwerk.core.config import Settings
from vakwerk.core.db import Database, sync_url
from vakwerk.main import create_app
from vakwerk.models import import_all

security.use_fast_hashing()
import_all()

BACKENDS = ["sqlite", "postgresql"]
T = TypeVar("T")


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


def run(coroutine: Awaitable[T]) -> T:
    """Run seed code through the async services, in an event loop of its own."""
    return asyncio.run(coroutine)  # type: ignore[arg-type]


def _migrate(url: str) -> None:
    from alembic import command

    command.upgrade(alembic_config(url), "head")


# --------------------------------------------------------------------------- databases


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    _migrate(f"sqlite:///{path}")
    return path


@dataclass
class PostgresServer:
    url: str  # the migrated template database
    template: str

    def admin(self) -> psycopg.Connection[Any]:
        base = self.url.replace("postgresql+psycopg://", "postgresql://", 1).rsplit("/", 1)[0]
        return psycopg.connect(f"{base}/postgres", autocommit=True)

    def database_url(self, name: str) -> str:
        return self.url.rsplit("/", 1)[0] + f"/{name}"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    configured = os.environ.get("VAKWERK_TEST_DATABASE_URL")
    if configured:
        _migrate(configured)
        yield PostgresServer(configured, configured.rsplit("/", 1)[1])
        return
    from tests.support.pgcluster import cluster

    with cluster() as url:
        _migrate(url)
        yield PostgresServer(url, url.rsplit("/", 1)[1])


@pytest.fixture
def database_url(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, migrated database for this test."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        path = tmp_path / "vakwerk.db"
        shutil.copyfile(template, path)
        yield f"sqlite:///{path}"
        return
    server: PostgresServer = request.getfixturevalue("postgres")
    name = f"t_{uuid.uuid4().hex[:16]}"
    with server.admin() as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{server.template}"')
    try:
        yield server.database_url(name)
    finally:
        with server.admin() as admin:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url)


@pytest.fixture
def app(settings: Settings) -> Iterator[FastAPI]:
    application = create_app(settings, Database(settings.database_url))
    yield application


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
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


class MovableClock:
    """The server's clock, left running until a test sets it (for a live server, whose
    tokens were minted on the real clock)."""

    def set(self, at: datetime) -> None:
        clock.set_clock(FrozenClock(at))


@pytest.fixture
def movable_clock() -> Iterator[MovableClock]:
    yield MovableClock()
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
def db(database_url: str) -> Iterator[Observer]:
    engine = create_engine(sync_url(database_url), poolclass=NullPool)
    yield Observer(engine)
    engine.dispose()


# --------------------------------------------------------------------------- the world


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
def world(database_url: str) -> World:
    from tests.factories import build_world

    return run(build_world(database_url))


def seeded(database_url: str, seed: Callable[[Any], Awaitable[T]]) -> T:
    """Run ``seed(session)`` in one committed transaction through the services."""

    async def go() -> T:
        database = Database(database_url, pool=False)
        try:
            async with database.session(write=True) as session:
                result = await seed(session)
                await session.commit()
                return result
        finally:
            await database.dispose()

    return run(go())


# --------------------------------------------------------------------------- a live server


@dataclass
class LiveServer:
    url: str
    world: World
    app: FastAPI


@pytest.fixture
def live_server(settings: Settings, world: World) -> Iterator[LiveServer]:
    """uvicorn on loopback with an app and a database of its own, served as ``vakwerk
    serve`` serves it (forwarded headers trusted only from the configured addresses)."""
    application = create_app(settings, Database(settings.database_url))
    port = free_port()
    config = uvicorn.Config(
        application,
        host="127.0.0.1",
        port=port,
        log_level="warning",
        **uvicorn_options(settings),  # type: ignore[arg-type]
    )
    server = uvicorn.Server(config)
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
    yield LiveServer(url=base, world=world, app=application)
    server.should_exit = True
    thread.join(timeout=10)
