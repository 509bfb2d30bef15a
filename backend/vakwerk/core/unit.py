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

from collections.abc import Iterable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession
from starlette.requests import Request

from vakwerk.core.db import Database

# The session carries the request's X-Audit-Toelichting under this key.
REASON_KEY = "audit_reason"
# ... and the read events already recorded in this request (one per resource).
READS_KEY = "audit_reads"


class Unit:
    def __init__(self, database: Database, *, write: bool, reason: str | None) -> None:
        self.database = database
        self.write = write
        self.reason = reason
        self.session: AsyncSession = database.session(write=write)
        self.session.info[REASON_KEY] = reason
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


def unit_of(request: Request) -> Unit:
    unit: Unit | None = request.scope.get("state", {}).get("unit")
    if unit is None:  # a route the edge did not open a unit for: a wiring mistake
        raise RuntimeError("no unit of work for this request")
    return unit
