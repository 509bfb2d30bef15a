"""The schema is made by the migrations only; every migration goes down and up again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, create_engine, inspect, text
from sqlalchemy.pool import NullPool

from tests.conftest import World
from vakwerk.cli import alembic_config
from vakwerk.core.db import metadata, sync_url


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    found = create_engine(sync_url(database_url), poolclass=NullPool)
    yield found
    found.dispose()


def test_downgrade_base_then_upgrade_head_with_data_present(
    database_url: str, engine: Engine, world: World
) -> None:
    command.downgrade(alembic_config(database_url), "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    command.upgrade(alembic_config(database_url), "head")
    tables = set(inspect(engine).get_table_names())
    assert {"users", "teams", "audit_events", "credentials", "user_roles"} <= tables
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 0


def _include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
    return not (type_ == "table" and name.startswith("cases_fts"))  # the FTS5 search index


def test_models_and_migrations_agree_on_tables_and_columns(engine: Engine) -> None:
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": _include})
        diff = compare_metadata(context, metadata)
    # indexes are compared by name below (expression indexes do not reflect everywhere)
    relevant = [d for d in diff if d[0] not in ("add_index", "remove_index")]
    assert relevant == []


def _database_indexes(engine: Engine) -> set[tuple[str, str]]:
    """(table, index name) of every index the migrations made, constraints' own left out."""
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            rows = conn.execute(
                text(
                    "SELECT tbl_name, name FROM sqlite_master WHERE type = 'index' "
                    "AND name NOT LIKE 'sqlite_autoindex%' AND tbl_name NOT LIKE 'cases_fts%'"
                )
            ).all()
        else:
            rows = conn.execute(
                text(
                    "SELECT i.tablename, i.indexname FROM pg_indexes i "
                    "WHERE i.schemaname = 'public' AND NOT EXISTS "
                    "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
                )
            ).all()
    return {(table, name) for table, name in rows if table != "alembic_version"}


# The search index is the one made by hand per database (cases.search: a GIN index over two
# text-search configurations on PostgreSQL, the FTS5 table on SQLite).
HAND_MADE = {"postgresql": {("cases", "ix_cases_search")}, "sqlite": set()}


def test_models_and_migrations_agree_on_every_index_by_name(engine: Engine) -> None:
    declared = {
        (table.name, index.name)
        for table in metadata.sorted_tables
        for index in table.indexes
        if index.name is not None
    }
    assert _database_indexes(engine) == declared | HAND_MADE[engine.dialect.name]


def test_index_columns_agree_where_they_reflect(engine: Engine) -> None:
    inspector = inspect(engine)
    for table in metadata.sorted_tables:
        reflected = {i["name"]: i["column_names"] for i in inspector.get_indexes(table.name)}
        for index in table.indexes:
            columns = [c.name for c in index.columns]
            if index.name in reflected and all(columns) and None not in reflected[index.name]:
                assert reflected[index.name] == columns, (table.name, index.name)
