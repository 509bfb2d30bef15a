"""The database: two async engines (reads without a transaction, writes in one), the
aware-UTC column type and the naming convention the migrations share.

Why two engines: in PostgreSQL's READ COMMITTED every statement takes its own
snapshot, so a transaction around a read buys no consistency and costs a BEGIN and a
COMMIT round trip; on SQLite a write transaction (``BEGIN IMMEDIATE``) would make
every reader queue behind every writer. Safe requests (GET, HEAD) therefore run on the
*reader* (autocommit); unsafe ones run in one transaction on the *writer*, which on
SQLite takes the write lock at BEGIN so writers queue instead of failing, and on
PostgreSQL locks the rows a write loads (``FOR UPDATE``).
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import DateTime, MetaData, TypeDecorator, event
from sqlalchemy.engine import Dialect
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, create_async_engine
from sqlalchemy.pool import NullPool
from sqlmodel import SQLModel

# One naming convention so Alembic migrations name constraints the same on both databases.
SQLModel.metadata.naming_convention = {
    "ix": "ix_%(table_name)s_%(column_0_N_name)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}
metadata: MetaData = SQLModel.metadata


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes on both databases (SQLite stores no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime refused: use vakwerk.core.clock")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


_V4_KEEP = ~((0xC000 << 48) | (0xF000 << 64)) & ((1 << 128) - 1)
_V4_SET = (0x8000 << 48) | (4 << 76)  # the RFC 4122 variant and version 4, as uuid4 sets


def new_ids(chunk: int = 1024) -> Iterator[uuid.UUID]:
    """Random (version 4) UUIDs as ``uuid4`` makes them, reading the system's random
    source once per ``chunk`` ids: for the bulk paths that need thousands."""
    while True:
        raw = os.urandom(16 * chunk)
        for start in range(0, 16 * chunk, 16):
            value = int.from_bytes(raw[start : start + 16])
            yield uuid.UUID(int=(value & _V4_KEEP) | _V4_SET)


def dialect(session: AsyncSession) -> str:
    """``sqlite`` or ``postgresql``: the few queries that differ (search, the median)."""
    return session.get_bind().dialect.name


def async_url(url: str) -> str:
    """The configured URL with its async driver (``sqlite:`` → aiosqlite, psycopg as is)."""
    if url.startswith("sqlite:"):
        return "sqlite+aiosqlite:" + url.removeprefix("sqlite:")
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sync_url(url: str) -> str:
    """The configured URL with a sync driver (Alembic, the CLI's one-off checks)."""
    if url.startswith("sqlite+aiosqlite:"):
        return "sqlite:" + url.removeprefix("sqlite+aiosqlite:")
    return url


def _sqlite_engine(url: str, *, transactional: bool, pool: bool) -> AsyncEngine:
    engine = create_async_engine(
        async_url(url),
        connect_args={"timeout": 30},
        hide_parameters=True,  # a logged database error never shows the values it held
        **({} if pool else {"poolclass": NullPool}),
    )

    @event.listens_for(engine.sync_engine, "connect")
    def _pragmas(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy (not the driver) decide where transactions begin.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        for pragma in (
            "journal_mode=WAL",
            "busy_timeout=30000",
            "foreign_keys=ON",
            "synchronous=NORMAL",
        ):
            cursor.execute(f"PRAGMA {pragma}")
        cursor.close()

    if transactional:

        @event.listens_for(engine.sync_engine, "begin")
        def _begin(conn: Any) -> None:
            # The write lock at BEGIN: concurrent writers queue (busy_timeout) and
            # every read-check-write inside the transaction is atomic.
            conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _postgres_engine(url: str, *, transactional: bool, pool_size: int) -> AsyncEngine:
    options: dict[str, Any] = {
        "pool_size": pool_size,
        "max_overflow": pool_size * 2,
        # A pre-ping costs a round trip per checkout; a dropped connection invalidates
        # the pool on its first error instead (that request answers 503).
        "pool_pre_ping": False,
        "connect_args": {"options": "-c TimeZone=UTC"},
        "hide_parameters": True,  # a logged database error never shows the values it held
    }
    if not transactional:
        options["isolation_level"] = "AUTOCOMMIT"
        options["pool_reset_on_return"] = None  # autocommit leaves nothing to roll back
    return create_async_engine(async_url(url), **options)


class Database:
    """The reader and the writer for one database URL."""

    def __init__(self, url: str, *, pool: bool = True, pool_size: int = 10) -> None:
        self.url = url
        self.dialect = "sqlite" if url.startswith("sqlite") else "postgresql"
        if self.dialect == "sqlite":
            self.writer = _sqlite_engine(url, transactional=True, pool=pool)
            self.reader = _sqlite_engine(url, transactional=False, pool=pool)
        else:
            self.writer = _postgres_engine(url, transactional=True, pool_size=pool_size)
            self.reader = _postgres_engine(url, transactional=False, pool_size=pool_size)

    def session(self, *, write: bool) -> AsyncSession:
        """A session for one unit of work.

        The reader's session never autoflushes: what a read records (its audit event)
        is written once, at the edge, when the request has succeeded.
        """
        return AsyncSession(
            self.writer if write else self.reader, expire_on_commit=False, autoflush=write
        )

    async def dispose(self) -> None:
        await self.writer.dispose()
        await self.reader.dispose()
