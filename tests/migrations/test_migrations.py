"""The schema is made by the migrations only; every migration goes down and up again."""

from __future__ import annotations

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from tests.conftest import World
from vakwerk.cli import alembic_config
from vakwerk.core.db import make_engine, metadata


def _url(engine) -> str:  # type: ignore[no-untyped-def]
    return engine.url.render_as_string(hide_password=False)


def test_downgrade_base_then_upgrade_head_with_data_present(engine, world: World) -> None:
    url = _url(engine)
    engine.dispose()
    command.downgrade(alembic_config(url), "base")
    fresh = make_engine(url)
    try:
        assert set(inspect(fresh).get_table_names()) <= {"alembic_version"}
    finally:
        fresh.dispose()
    command.upgrade(alembic_config(url), "head")
    again = make_engine(url)
    try:
        tables = set(inspect(again).get_table_names())
        assert {"users", "teams", "audit_events", "credentials"} <= tables
        with again.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 0
    finally:
        again.dispose()


def test_models_and_migrations_agree(engine) -> None:
    def include(obj, name, type_, reflected, compare_to):  # type: ignore[no-untyped-def]
        return not (type_ == "table" and name.startswith("cases_fts"))  # the FTS5 search index

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_object": include})
        diff = compare_metadata(context, metadata)
    # expression indexes (lower(email)) cannot be reflected on every dialect: ignore index noise
    relevant = [d for d in diff if d[0] not in ("add_index", "remove_index")]
    assert relevant == []
