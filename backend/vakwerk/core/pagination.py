"""Offset paging for bounded lists: the count and the page both computed in SQL."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, select
from sqlmodel import Session


def page(
    session: Session, query: Select[Any], order: tuple[Any, ...], limit: int, offset: int
) -> tuple[list[Any], int]:
    """The records of one page, in a stable order (the last key must be unique), and the total."""
    total = session.execute(
        select(func.count()).select_from(query.order_by(None).subquery())
    ).scalar_one()
    rows = session.execute(query.order_by(*order).limit(limit).offset(offset)).scalars().all()
    return list(rows), int(total)


def page_rows(
    session: Session,
    query: Select[*tuple[Any, ...]],
    order: tuple[Any, ...],
    limit: int,
    offset: int,
) -> tuple[list[dict[str, Any]], int]:
    """Like ``page`` for a select of columns: each row a dict of the selected columns."""
    total = session.execute(
        select(func.count()).select_from(query.order_by(None).subquery())
    ).scalar_one()
    rows = session.execute(query.order_by(*order).limit(limit).offset(offset)).mappings().all()
    return [dict(row) for row in rows], int(total)
