"""Queries the services share: offset paging (count and page in SQL) and row locks."""

from __future__ import annotations

from typing import Any, TypeVarTuple

Ts = TypeVarTuple("Ts")

from sqlalchemy import Select, func, select
from sqlalchemy.ext.asyncio import AsyncSession


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
