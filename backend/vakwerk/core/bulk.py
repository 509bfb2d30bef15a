"""Statements for the paths that read and write thousands of rows in one unit of work (the
caseload import: 50,000 rows in one transaction).

* :func:`among` narrows a query to a batch of values with one bound array on PostgreSQL,
  so the statement compiles once and is cached instead of rendering a parameter per value;
  :func:`planned_each_time` has PostgreSQL plan each batch's statements for the table as
  it is by then.
* :func:`insert_rows` writes rows with ``COPY … FROM STDIN`` in the binary format on
  PostgreSQL: one statement for the batch (an ``executemany`` of ``INSERT`` is one
  statement per row there, each parsed, planned and started by the server); SQLite,
  in-process, takes an ``executemany``.
* :func:`update_rows` updates rows by their key in one ``UPDATE … FROM unnest(…)`` on
  PostgreSQL, an ``executemany`` on SQLite.

Each value goes through its column type's bind processing, as a bound parameter would,
and a database error comes out as SQLAlchemy's (``IntegrityError`` and so on, with the
parameters hidden), so the edge maps it as it maps any other.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Mapping, Sequence
from typing import Any

from sqlalchemy import (
    Table,
    Text,
    bindparam,
    cast,
    func,
    insert,
    literal_column,
    select,
    true,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.exc import DBAPIError
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession


def among(session: AsyncSession, query: Any, column: Any, values: Sequence[Any]) -> Any:
    """``query`` narrowed to rows whose ``column`` is one of ``values`` (a batch).

    On PostgreSQL ``query`` runs once per value, as a ``LATERAL`` subquery over the values
    unnested from one bound array (a statement that compiles once, whatever the batch):
    each value is then looked up in the index. Joined or filtered any other way (``IN
    (…)``, ``= ANY``, a join with the values) the planner may scan the organisation's rows
    once per value, since while a bulk write runs the statistics describe the table as it
    was before (quadratic: 25,000 rows took 30 s instead of a few). ``OFFSET 0`` keeps the
    planner from merging the subquery into the outer query. SQLite looks ``IN`` up in the
    index. ``query`` may lock its rows (``FOR UPDATE``); the result has its columns.
    """
    if session.get_bind().dialect.name != "postgresql":
        return query.where(column.in_(values))
    # The array as its text form, which PostgreSQL casts: the driver's array adapter costs
    # microseconds per element in Python, 5 ms for a batch.
    array = cast(bindparam("wanted", _array_text(values), type_=Text()), ARRAY(column.type))
    wanted = func.unnest(array).table_valued("v").render_derived(name="wanted")
    found = query.where(column == wanted.c.v).offset(literal_column("0")).lateral("found")
    return select(found).select_from(wanted).join(found, true())


def _array_text(values: Sequence[Any]) -> str:
    """``values`` (none of them ``None``) as a PostgreSQL array literal: each element as its
    text, quoted, with ``"`` and ``\\`` escaped."""
    quoted = (str(v).replace("\\", "\\\\").replace('"', '\\"') for v in values)
    return "{" + ",".join(f'"{v}"' for v in quoted) + "}"


@contextlib.asynccontextmanager
async def planned_each_time(session: AsyncSession) -> AsyncIterator[None]:
    """While the block runs, PostgreSQL plans every statement with its values as the tables
    are then, instead of reusing a prepared statement's generic plan.

    The driver prepares a statement it has seen five times on a connection, and PostgreSQL
    may then keep one generic plan for it. A plan made while a table was nearly empty (an
    organisation's first import, or its dry run just before) reads the lookups of a bulk
    write by whichever index it found first, for every batch after, while the table grows
    to 50,000 rows in the same transaction: a real run of 50,000 rows took minutes instead
    of seconds. Planning costs a fraction of a millisecond per statement.
    """
    if session.get_bind().dialect.name != "postgresql":
        yield
        return
    connection = await session.connection()
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    before = driver.prepare_threshold
    driver.prepare_threshold = None
    try:
        yield
    finally:
        driver.prepare_threshold = before


def _processed(connection: AsyncConnection, table: Table, names: Sequence[str]) -> list[Any]:
    """Per column the type's bind processor (``None`` where values go to the driver as is):
    the aware-UTC check of ``UTCDateTime``, the driver's wrapper for JSON."""
    dialect = connection.dialect
    return [table.c[name].type.dialect_impl(dialect).bind_processor(dialect) for name in names]


def _as_sqlalchemy_error(connection: AsyncConnection, statement: str, error: Exception) -> Any:
    dbapi = connection.dialect.loaded_dbapi
    return DBAPIError.instance(
        statement, None, error, dbapi.Error, hide_parameters=True, dialect=connection.dialect
    )


async def insert_rows(
    session: AsyncSession, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` (every row with the same keys, column names) into ``table``."""
    if not rows:
        return
    connection = await session.connection()
    if connection.dialect.name != "postgresql":
        await connection.execute(insert(table), list(rows))
        return
    names = list(rows[0])
    processors = _processed(connection, table, names)
    preparer = connection.dialect.identifier_preparer
    statement = (
        f"COPY {preparer.format_table(table)} "
        f"({', '.join(preparer.quote(name) for name in names)}) FROM STDIN (FORMAT BINARY)"
    )
    compiler = connection.dialect.type_compiler_instance
    types = [compiler.process(table.c[name].type).split("(")[0].lower() for name in names]
    converted = [
        (index, process) for index, process in enumerate(processors) if process is not None
    ]
    raw = await connection.get_raw_connection()
    driver: Any = raw.driver_connection
    dbapi = connection.dialect.loaded_dbapi
    try:
        async with driver.cursor() as cursor, cursor.copy(statement) as copy:
            copy.set_types(types)
            for row in rows:
                values = [row[name] for name in names]
                for index, process in converted:
                    values[index] = process(values[index])
                await copy.write_row(values)
    except dbapi.Error as error:
        raise _as_sqlalchemy_error(connection, statement, error) from error


async def update_rows(
    session: AsyncSession,
    table: Table,
    key: str,
    rows: Sequence[Mapping[str, Any]],
) -> None:
    """Set the other columns of each row (every row with the same keys, column names) on the
    row of ``table`` whose ``key`` column equals the row's ``key``. A key given twice ends
    with the later row's values, as one ``UPDATE`` per row in order would."""
    if not rows:
        return
    names = [name for name in rows[0] if name != key]
    if session.get_bind().dialect.name != "postgresql":
        statement = (
            update(table)
            .where(table.c[key] == bindparam(f"b_{key}"))
            .values({name: bindparam(f"b_{name}") for name in names})
        )
        await session.execute(
            statement, [{f"b_{name}": value for name, value in row.items()} for row in rows]
        )
        return
    rows = list({row[key]: row for row in rows}.values())  # one source row per key
    every = [key, *names]
    arrays = [
        bindparam(f"b_{name}", [row[name] for row in rows], type_=ARRAY(table.c[name].type))
        for name in every
    ]
    given = func.unnest(*arrays).table_valued(*every).render_derived(name="given")
    statement = (
        update(table)
        .where(table.c[key] == given.c[key])
        .values({name: given.c[name] for name in names})
    )
    await session.execute(statement)
