"""A client's benefit periods, kept as history (docs/domain.md §5).

The client's ``benefitStartDate`` and ``benefitEndDate`` are its latest period. A change
of those facts — by hand, by the upsert by reference, by the caseload import — follows
one rule: a start that lies after the stored end begins a new period (the old one stays,
so a past date counts the period valid then); any other change corrects the latest
period; clearing the start removes the latest period (it was only that period's copy).
A client's periods never overlap (the dashboard counts periods, not distinct clients): a
correction that moves the latest start back into an earlier period ends that earlier
period the day before (or removes it when nothing of it is left).
"""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.clients.models import BenefitPeriod, Client
from vakwerk.core.pagination import locked


def starts_new_period(stored_end: date | None, new_start: date | None) -> bool:
    return stored_end is not None and new_start is not None and new_start > stored_end


def merge(stored_start: date | None, stored_end: date | None, values: dict[str, Any]) -> None:
    """The facts a change leaves, in ``values``: a new period that names no end has none
    (it does not inherit the end of the period before)."""
    if "benefit_end_date" not in values and starts_new_period(
        stored_end, values.get("benefit_start_date", stored_start)
    ):
        values["benefit_end_date"] = None


def period_row(client: Client) -> dict[str, Any] | None:
    """The first period of a new client, as a row for ``insert``."""
    if client.benefit_start_date is None:
        return None
    return {
        "id": uuid.uuid4(),
        "organisation_id": client.organisation_id,
        "client_id": client.id,
        "start_date": client.benefit_start_date,
        "end_date": client.benefit_end_date,
    }


async def record_first(session: AsyncSession, client: Client) -> None:
    row = period_row(client)
    if row is not None:
        await session.execute(insert(BenefitPeriod).values(**row))


async def follow(
    session: AsyncSession, client: Client, stored_start: date | None, stored_end: date | None
) -> None:
    """Bring the periods in step with the client's (changed) benefit dates."""
    start, end = client.benefit_start_date, client.benefit_end_date
    if (start, end) == (stored_start, stored_end):
        return
    periods = list(
        (
            await session.execute(
                locked(
                    select(BenefitPeriod)
                    .where(col(BenefitPeriod.client_id) == client.id)
                    .order_by(col(BenefitPeriod.start_date))
                )
            )
        ).scalars()
    )
    latest = periods[-1] if periods else None
    if start is None:
        if latest is not None:
            await session.execute(delete(BenefitPeriod).where(col(BenefitPeriod.id) == latest.id))
        return
    if latest is None or starts_new_period(stored_end, start):
        await record_first(session, client)
        return
    await session.execute(
        update(BenefitPeriod)
        .where(col(BenefitPeriod.id) == latest.id)
        .values(start_date=start, end_date=end)
    )
    for earlier in periods[:-1]:
        action = clip(earlier.start_date, earlier.end_date, start)
        if action == "remove":
            await session.execute(delete(BenefitPeriod).where(col(BenefitPeriod.id) == earlier.id))
        elif action is not None:
            await session.execute(
                update(BenefitPeriod)
                .where(col(BenefitPeriod.id) == earlier.id)
                .values(end_date=action)
            )


def clip(start: date, end: date | None, later_start: date) -> date | str | None:
    """What an earlier period becomes when the latest now starts on ``later_start``:
    ``None`` (untouched), a new end (the day before), or ``"remove"``."""
    if end is not None and end < later_start:
        return None
    if start >= later_start:
        return "remove"
    return later_start - timedelta(days=1)
