"""One unit of work per request: one session, committed once at the edge.

Services only flush. The edge (``core.edge``) opens the unit before authentication,
so the credential lookup, the policy and the route share one session and — for an
unsafe request — one transaction; it commits when the route has produced a success
and rolls back on any error. Records that must outlive a refused request (a login
failure, an argument refusal, their audit events) travel on the error
(``ApiError.keep``) and are written by ``fail`` in a fresh transaction after the
rollback, so a refused request leaves exactly those rows behind and nothing else.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from vakwerk.core.db import Database

# The session carries the request's X-Audit-Toelichting under this key.
REASON_KEY = "audit_reason"
# ... and the read events already recorded in this request (one per resource).
READS_KEY = "audit_reads"
# ... and the unit itself, for the steps that must write during a read (``side_transaction``).
UNIT_KEY = "unit"


class Unit:
    def __init__(self, database: Database, *, write: bool, reason: str | None) -> None:
        self.database = database
        self.write = write
        self.reason = reason
        self.session: AsyncSession = database.session(write=write)
        self.session.info[REASON_KEY] = reason
        self.session.info[UNIT_KEY] = self
        self._keep: list[Any] = []

    def keep(self, rows: Iterable[Any]) -> None:
        """Rows to write even though the request fails (after the rollback)."""
        self._keep.extend(rows)

    async def commit(self) -> None:
        await self.session.commit()

    async def fail(self) -> None:
        await self.session.rollback()
        if not self._keep:
            return
        rows, self._keep = self._keep, []
        async with self.database.session(write=True) as fresh:
            fresh.add_all(rows)
            await fresh.commit()

    async def close(self) -> None:
        await self.session.close()


@asynccontextmanager
async def side_transaction(session: AsyncSession) -> AsyncIterator[AsyncSession]:
    """Where a time-driven step must write although the request only reads (an agenda
    filled at its deadline, a voting window closed): in a write request the step is part
    of the request's own transaction; in a read request it runs in a short transaction of
    its own, committed at once — the step is due whatever becomes of the read.

    Outside a request (a script, the worker) the session itself is used.
    """
    unit: Unit | None = session.info.get(UNIT_KEY)
    if unit is None or unit.write:
        yield session
        return
    async with unit.database.session(write=True) as step:
        step.info[REASON_KEY] = unit.reason
        yield step
        await step.commit()


def unit_of(request: Request) -> Unit:
    unit: Unit | None = request.scope.get("state", {}).get("unit")
    if unit is None:  # a route the edge did not open a unit for: a wiring mistake
        raise RuntimeError("no unit of work for this request")
    return unit
