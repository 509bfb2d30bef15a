"""'Mijn werk': the start page's figures per role, counted in SQL in one statement.

A capability puts its items on the start pages with one ``Source``: the items it shows
(``Item``: wire name, the role whose page shows it, its exact meaning — which the contract
prints — and its type) and one function that returns, for the items the caller's roles
ask for, a scalar SQL expression each. The composition (``vakwerk.work``) lists the
sources; ``my_work`` selects every expression at once, so ``GET /me/work`` costs one
statement whatever the number of items. Each count is defined as the total of a list the
screen links to (the same conditions, shared with the list), so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from pydantic import Field, create_model
from pydantic.alias_generators import to_snake
from sqlalchemy import ColumnElement, select
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.core.policy import Actor
from vakwerk.core.schema import Read

COUNT_MAX = 10**9


@dataclass(frozen=True)
class Item:
    key: str  # the wire name (camelCase)
    role: str  # the role whose start page shows it
    meaning: str  # exact, in the contract
    kind: type = int  # int (a count), float (a fraction 0-1, null without a base), date


# (session, actor, the keys wanted) -> {key: scalar SQL expression}
Columns = Callable[[AsyncSession, Actor, frozenset[str]], Awaitable[Mapping[str, Any]]]


@dataclass(frozen=True)
class Source:
    """One capability's items on the start pages and the expressions that count them."""

    items: tuple[Item, ...]
    columns: Columns


def items_of(sources: Iterable[Source]) -> list[Item]:
    found = [item for source in sources for item in source.items]
    keys = [item.key for item in found]
    if len(keys) != len(set(keys)):
        raise ValueError(f"two sources count the same item: {sorted(keys)}")
    return found


def reply_model(sources: Iterable[Source]) -> type[Read]:
    """The reply's schema from the items: every member optional (only the caller's roles'
    items are present), each documented with its meaning."""
    fields: dict[str, Any] = {}
    for item in items_of(sources):
        kind: Any = item.kind
        limits: dict[str, Any] = {}
        if kind is int:
            limits = {"ge": 0, "le": COUNT_MAX}
        elif kind is float:
            limits = {"ge": 0, "le": 1}
        fields[to_snake(item.key)] = (
            kind | None,
            Field(default=None, description=f"({item.role}) {item.meaning}", **limits),
        )
    model: type[Read] = create_model(
        "MyWork",
        __base__=Read,
        __doc__="Mijn werk: per rol de aantallen op de startpagina.",
        **fields,
    )
    return model


async def my_work(
    session: AsyncSession, actor: Actor, sources: Iterable[Source]
) -> dict[str, int | float | date | None]:
    """{key: value} for the items of the actor's roles, in one statement."""
    expressions: dict[str, ColumnElement[Any]] = {}
    for source in sources:
        wanted = frozenset(item.key for item in source.items if item.role in actor.roles)
        if wanted:
            expressions.update(await source.columns(session, actor, wanted))
    if not expressions:
        return {}
    row = (
        await session.execute(select(*(value.label(key) for key, value in expressions.items())))
    ).one()
    values = dict(row._mapping)
    kinds = {item.key: item.kind for source in sources for item in source.items}
    return {key: _as(kinds[key], value) for key, value in values.items()}


def _as(kind: type, value: Any) -> Any:
    if value is None:
        return None
    if kind is int:
        return int(value)
    if kind is float:
        return float(value)
    if kind is date and isinstance(value, str):  # SQLite hands back a scalar date as text
        return date.fromisoformat(value)
    return value
