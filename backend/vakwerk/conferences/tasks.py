"""The rotation as members see it, and handovers of its tasks.

Counts are the tasks actually done: at every held session, each holder after handovers and
takeovers who was not absent according to the minutes (``rotation.tasks_done``).
"""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.conferences import planning, rotation
from vakwerk.conferences.access import is_team_leader, load_series, load_session
from vakwerk.conferences.models import Handover, RotationSlot
from vakwerk.conferences.schemas import HandoverRead, HandoverWrite, RotationRead
from vakwerk.conferences.sessions import current_session
from vakwerk.core import audit, clock
from vakwerk.core.bsn import refuse_bsn
from vakwerk.core.errors import Forbidden
from vakwerk.core.policy import Grant, Op, Scope, grant_for


def _plan(state: planning.State) -> rotation.RotationPlan:
    return rotation.RotationPlan(
        tuple(
            rotation.Assignment(
                s.session_id,
                s.role,  # type: ignore[arg-type]
                s.planned_user_id,
                s.user_id,
                s.flagged,
            )
            for s in state.slots.values()
        ),
        state.series.horizon_date,
    )


async def get_rotation(session: AsyncSession, grant: Grant, series_id: uuid.UUID) -> RotationRead:
    """The published plan from today to the horizon, per session (chair before note-taker),
    and the counts over the series' whole history (so the reply stays the horizon's size
    however long the series runs)."""
    series = await planning.ensure_current(session, await load_series(session, grant, series_id))
    state = await planning.load_state(session, series)
    plan = _plan(state)
    rseries = planning.rotation_series(series)
    sessions = [planning.view_of(r).rotation_session(state.owners) for r in state.rows]
    today = clock.today()
    coming = [s for s in sessions if s.date >= today]
    items = rotation.rotation_items(rseries, coming, plan)
    done = planning.done_tasks(rseries, sessions, plan, state.absent)
    counts = rotation.rotation_counts(state.members, done)
    return RotationRead.model_validate(
        {
            "horizon_date": series.horizon_date,
            "items": [vars(i) for i in items],
            "counts": [vars(c) for c in counts],
        }
    )


async def hand_over(
    session: AsyncSession, grant: Grant, session_id: uuid.UUID, data: HandoverWrite
) -> Handover:
    """Before the session: the holder (or a team leader) hands the task to an eligible
    colleague. From the session's start: a chair (each presenter chairs their own case), the
    note-taker or the series owner (or a team leader) records who took it over. Every
    handover is kept."""
    series, row = await current_session(session, grant, session_id, for_update=True)
    state = await planning.load_state(session, series)
    plan = _plan(state)
    rseries = planning.rotation_series(series)
    view = planning.view_of(row)
    rsession = view.rotation_session(state.owners)
    now = clock.now()
    at_session = rsession.has_started(now)
    current = plan.get(row.id, data.role)
    holder = current.user_id if current else None
    actor = grant.actor.id
    if not is_team_leader(grant, series.team_id):
        if at_session:
            takeover = grant_for(grant.actor, Op.RECORD_TAKEOVER)
            chair = next(
                (
                    a.user_id
                    for a in plan.assignments
                    if a.session_id == row.id and a.role == "voorzitter"
                ),
                None,
            )
            chair_id = rotation.session_chair(rseries, rsession, chair)
            note = plan.get(row.id, "notulist")
            allowed = Scope.OWN in takeover.scopes and actor in {
                chair_id,
                note.user_id if note else None,
                series.owner_id,
                *rsession.presenter_ids,
            }
            if not allowed:
                raise Forbidden(
                    "Een overname tijdens de bijeenkomst legt een voorzitter (bij een casus de "
                    "casusinbrenger), de notulist of de eigenaar van de reeks vast."
                )
        elif holder != actor:
            raise Forbidden("U draagt alleen uw eigen taak over.")
    refuse_bsn({"reason": data.reason})
    changed, handover = rotation.hand_over(
        rseries,
        rsession,
        state.members,
        plan,
        role=data.role,
        to_user_id=data.to_user_id,
        reason=data.reason,
        now=now,
    )
    slot = state.slots.get((row.id, data.role))
    if slot is None:
        slot = RotationSlot(session_id=row.id, role=data.role)
        session.add(slot)
    slot.planned_user_id, slot.user_id, slot.flagged = (
        changed.planned_user_id,
        changed.user_id,
        changed.flagged,
    )
    record = Handover(
        session_id=row.id,
        role=data.role,
        planned_user_id=changed.planned_user_id,
        from_user_id=handover.from_user_id,
        to_user_id=handover.to_user_id,
        reason=handover.reason,
        at_session=handover.at_session,
        created_by=actor,
        created_at=now,
    )
    session.add(record)
    row.version += 1
    await session.flush()
    changes = {
        "sessionId": str(row.id),
        "role": data.role,
        "userId": {"old": _s(holder), "new": str(data.to_user_id)},
        "reason": audit.CHANGED,
    }
    audit.by(session, grant.actor, "create", "conference_handover", record.id, changes)
    await session.flush()
    return record


def _s(value: uuid.UUID | None) -> str | None:
    return str(value) if value else None


async def list_handovers(
    session: AsyncSession, grant: Grant, session_id: uuid.UUID
) -> list[HandoverRead]:
    row = await load_session(session, grant, session_id)
    found = await session.execute(
        select(Handover)
        .where(col(Handover.session_id) == row.id)
        .order_by(col(Handover.created_at), col(Handover.id))
        .limit(200)
    )
    return [HandoverRead.model_validate(h) for h in found.scalars()]
