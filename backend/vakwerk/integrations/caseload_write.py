"""Writing one planned batch of the caseload import: a statement per table, none per row.

New rows go in with ``vakwerk.core.bulk.insert_rows`` (``COPY`` on PostgreSQL), changed
clients and corrected benefit periods with one ``UPDATE`` each; the latest periods of the
changed clients are read in one statement and follow ``clients.benefits``' rules.
"""

from __future__ import annotations

import uuid
from datetime import date
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.clients import benefits
from vakwerk.core.bulk import among, insert_rows, update_rows
from vakwerk.integrations.caseload_plan import (
    AUDIT,
    CLIENTS,
    EXEMPTIONS,
    PERIODS,
    REFS,
    Plan,
    period_row,
)


async def write(session: AsyncSession, organisation_id: uuid.UUID, plan: Plan) -> None:
    await insert_rows(session, CLIENTS, plan.new_clients)
    await insert_rows(session, REFS, plan.new_refs)
    await update_rows(session, CLIENTS, "id", plan.changed)
    await _follow_periods(session, organisation_id, plan)
    await insert_rows(session, PERIODS, plan.periods_new)
    await insert_rows(session, EXEMPTIONS, plan.exemptions)
    await insert_rows(session, AUDIT, plan.events)


async def _follow_periods(session: AsyncSession, organisation_id: uuid.UUID, plan: Plan) -> None:
    """``clients.benefits.follow`` for a batch: the latest periods in one statement."""
    if not plan.periods_follow:
        return
    ids = [entry[0] for entry in plan.periods_follow]
    held: dict[uuid.UUID, list[tuple[uuid.UUID, date, date | None]]] = {}
    result = await session.execute(
        among(
            session,
            select(
                PERIODS.c.id, PERIODS.c.client_id, PERIODS.c.start_date, PERIODS.c.end_date
            ).select_from(PERIODS),
            PERIODS.c.client_id,
            ids,
        )
    )
    for period_id, client_id, start, end in result.all():
        held.setdefault(client_id, []).append((period_id, start, end))
    updates: list[dict[str, Any]] = []
    removed: list[uuid.UUID] = []
    for client_id, _, stored_end, start, end in plan.periods_follow:
        periods = sorted(held.get(client_id, []), key=lambda p: p[1])
        current = periods[-1] if periods else None
        if start is None:
            if current is not None:
                removed.append(current[0])
        elif current is None or benefits.starts_new_period(stored_end, start):
            plan.periods_new.append(
                period_row(uuid.uuid4(), organisation_id, client_id, start, end)
            )
        else:
            updates.append({"id": current[0], "start_date": start, "end_date": end})
            for period_id, earlier_start, earlier_end in periods[:-1]:
                action = benefits.clip(earlier_start, earlier_end, start)
                if action == "remove":
                    removed.append(period_id)
                elif action is not None:
                    updates.append(
                        {"id": period_id, "start_date": earlier_start, "end_date": action}
                    )
    await update_rows(session, PERIODS, "id", updates)
    if removed:
        await session.execute(delete(PERIODS).where(PERIODS.c.id.in_(removed)))
