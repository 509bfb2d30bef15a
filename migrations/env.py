"""Alembic environment wired to SQLModel.metadata; batch mode for SQLite."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine, event
from sqlalchemy.pool import NullPool

from vakwerk.core.config import get_settings
from vakwerk.core.db import metadata, sync_url
from vakwerk.models import import_all

import_all()
config = context.config


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    """The FTS5 search index is made by hand in its migration: autogenerate leaves it alone."""
    return not (type_ == "table" and name and name.startswith("cases_fts"))


def _url() -> str:
    return sync_url(config.get_main_option("sqlalchemy.url") or get_settings().database_url)


def _engine(url: str):  # type: ignore[no-untyped-def]
    """A plain sync engine: migrations run once, outside the request path."""
    engine = create_engine(url, poolclass=NullPool)
    if url.startswith("sqlite"):

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn, _record):  # type: ignore[no-untyped-def]
            # Batch ALTERs rebuild a table (copy, drop, rename): with foreign keys on, the
            # drop would cascade to the rows that point at it.
            dbapi_conn.execute("PRAGMA foreign_keys=OFF")

    return engine


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=metadata, literal_binds=True,
                      render_as_batch=True, include_object=_include)
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, include_object=_include)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = _engine(_url())
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=metadata, render_as_batch=True, include_object=_include)
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()
