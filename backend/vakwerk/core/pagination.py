"""Queries the services share: offset paging (count and page in SQL) and row locks."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TypeVarTuple

from sqlalchemy import Result, Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession

Ts = TypeVarTuple("Ts")


class Shapes:
    """Statements built once per combination of the filters a request uses, the values
    bound as parameters: on the hot paths, building a statement (and its cache key) costs
    more CPU than the database needs to run it."""

    def __init__(self, build: Callable[[frozenset[str]], Select[*tuple[Any, ...]]]) -> None:
        self.build = build
        self.built: dict[frozenset[str], Select[*tuple[Any, ...]]] = {}

    def __call__(self, present: Iterable[str]) -> Select[*tuple[Any, ...]]:
        key = frozenset(present)
        statement = self.built.get(key)
        if statement is None:
            statement = self.built[key] = self.build(key)
        return statement


def mappings(result: Result[Any]) -> list[dict[str, Any]]:
    """The rows as plain dicts (cheaper than RowMapping copies)."""
    keys = list(result.keys())
    return [dict(zip(keys, row, strict=True)) for row in result]


def locked(query: Select[*Ts]) -> Select[*Ts]:
    """The rows a write loads, locked until the commit (``FOR UPDATE`` on PostgreSQL; on
    SQLite the write transaction holds the database lock already) and read afresh even
    when the request saw them before (the identity map would keep the stale values)."""
    return query.with_for_update().execution_options(populate_existing=True)


async def page(
    session: AsyncSession,
    query: Select[*tuple[Any, ...]],
    order: tuple[Any, ...],
    limit: int,
    offset: int,
) -> tuple[list[Any], int]:
    """The records of one page, in a stable order (the last key must be unique), and the total."""
    total = (
        await session.execute(select(func.count()).select_from(query.order_by(None).subquery()))
    ).scalar_one()
    rows = (await session.execute(query.order_by(*order).limit(limit).offset(offset))).scalars()
    return list(rows.all()), int(total)


async def page_rows(
    session: AsyncSession,
    query: Select[*tuple[Any, ...]],
    order: tuple[Any, ...],
    limit: int,
    offset: int,
) -> tuple[list[dict[str, Any]], int]:
    """Like ``page`` for a select of columns: each row a dict of the selected columns."""
    total = (
        await session.execute(select(func.count()).select_from(query.order_by(None).subquery()))
    ).scalar_one()
    result = await session.execute(query.order_by(*order).limit(limit).offset(offset))
    return [dict(row) for row in result.mappings().all()], int(total)
