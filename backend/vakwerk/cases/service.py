"""The rules for cases: the Best case form, changes, lists with search, the history.

The lifecycle (submit, withdraw, the outcome) is in ``cases.lifecycle``.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases import search
from vakwerk.cases.access import SEARCHED, TEXT_FIELDS, load_case, readable, require_edit
from vakwerk.cases.models import Case, CaseStatusChange
from vakwerk.cases.schemas import CaseCreate, CaseSummary, CaseUpdate
from vakwerk.clients import access as clients
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.db import dialect
from vakwerk.core.errors import Conflict, InvalidInput, InvalidParam
from vakwerk.core.http import check_version
from vakwerk.core.pagination import page, page_rows
from vakwerk.core.policy import Actor, Grant
from vakwerk.people import members, users

NEEDS_CLIENT = ("ontheffing", "twijfelgeval")


def wire(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def text_problems(values: dict[str, Any]) -> list[InvalidParam]:
    return bsn_problems((wire(name), values.get(name)) for name in TEXT_FIELDS if name in values)


def changes_of(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any]:
    """Free text and the person (gender, age) only as 'changed'; the rest with old and new."""
    opaque = frozenset(name for name in after if name in SEARCHED)
    return audit.diff(before, after, opaque=opaque)


def refresh_search(case: Case) -> None:
    values = (getattr(case, name) for name in SEARCHED)
    case.search_text = search.search_text(
        *(None if value is None else str(value) for value in values),
        case.outcome_conclusion,
        case.outcome_plan,
    )


def touch(case: Case) -> None:
    case.version += 1
    case.updated_at = clock.now()


async def record_change(
    session: AsyncSession, case: Case, actor: Actor, from_status: str | None
) -> None:
    """One history entry per status change (the first is the creation)."""
    position = await session.execute(
        select(func.count()).where(col(CaseStatusChange.case_id) == case.id)
    )
    session.add(
        CaseStatusChange(
            case_id=case.id,
            position=position.scalar_one() + 1,
            from_status=from_status,
            to_status=case.status,
            actor_id=actor.id,
            changed_at=clock.now(),
        )
    )


async def _client_problems(
    session: AsyncSession, grant: Grant, client_id: uuid.UUID | None, team_id: uuid.UUID
) -> list[InvalidParam]:
    if client_id is None:
        return []
    try:
        client = await clients.require_readable_client(session, grant, client_id)
    except InvalidInput as error:
        return error.params
    if client is not None and client.team_id != team_id:
        return [
            InvalidParam(
                "clientId", "not_in_team", "Deze klant hoort niet bij het team van de casus."
            )
        ]
    return []


async def create_case(session: AsyncSession, grant: Grant, data: CaseCreate) -> Case:
    team_id = data.team_id
    if team_id is None:
        if len(grant.actor.team_ids) != 1:
            raise InvalidInput.one(
                "teamId", "required", "Kies het team waarin u de casus inbrengt."
            )
        team_id = next(iter(grant.actor.team_ids))
    team = await members.team_in_organisation(session, grant.actor.organisation_id, team_id)
    if team is None or team_id not in grant.actor.team_ids:
        raise InvalidInput.one(
            "teamId", "not_found", "Dit team bestaat niet of u bent er geen lid van."
        )
    values = data.model_dump(exclude={"team_id"})
    problems = await _client_problems(session, grant, data.client_id, team_id)
    problems += text_problems(values)
    if problems:
        raise InvalidInput(problems)
    now = clock.now()
    case = Case(
        organisation_id=team.organisation_id,
        team_id=team_id,
        owner_id=grant.actor.id,
        created_at=now,
        updated_at=now,
        **values,
    )
    refresh_search(case)
    session.add(case)
    await session.flush()
    await record_change(session, case, grant.actor, None)
    audit.by(session, grant.actor, "create", "case", case.id, changes_of(None, values))
    return case


async def update_case(
    session: AsyncSession,
    grant: Grant,
    case_id: uuid.UUID,
    data: CaseUpdate,
    if_match: str | None,
) -> Case:
    case = await load_case(session, grant, case_id, for_update=True)
    require_edit(grant, case)
    check_version(if_match, case.version)
    values = data.model_dump(exclude_unset=True)
    if case.status == "ingetrokken":
        raise Conflict(
            "Een ingetrokken casus kan niet meer worden gewijzigd.", allowed_next_states=[]
        )
    if case.status == "afgerond" and set(values) - {"decision_letter_sent_on"}:
        raise Conflict(
            "Van een afgeronde casus kan alleen de verzenddatum van de beschikking "
            "nog worden vastgelegd.",
            allowed_next_states=[],
        )
    if "decision_letter_sent_on" in values and case.outcome_result is None:
        raise Conflict("De beschikking volgt op de uitkomst: leg eerst de uitkomst vast.")
    problems = [
        InvalidParam(wire(k), "required", "Dit veld mag niet leeg zijn.")
        for k in ("kind",)
        if k in values and values[k] is None
    ]
    if "client_id" in values:
        if values["client_id"] is None and case.status != "concept" and case.kind in NEEDS_CLIENT:
            problems.append(
                InvalidParam(
                    "clientId", "required", "Een ingediende casus van deze soort heeft een klant."
                )
            )
        problems += await _client_problems(session, grant, values["client_id"], case.team_id)
    letter = values.get("decision_letter_sent_on")
    if (
        letter is not None
        and case.outcome_recorded_at is not None
        and letter < case.outcome_recorded_at.astimezone(clock.AMSTERDAM).date()
    ):
        problems.append(
            InvalidParam(
                "decisionLetterSentOn",
                "before_outcome",
                "De beschikking kan niet zijn verstuurd voor de uitkomst er was.",
            )
        )
    problems += text_problems(values)
    if problems:
        raise InvalidInput(problems)
    before = {name: getattr(case, name) for name in values}
    for name, value in values.items():
        setattr(case, name, value)
    changes = changes_of(before, values)
    if changes:
        refresh_search(case)
        touch(case)
        audit.by(session, grant.actor, "update", "case", case.id, changes)
    await session.flush()
    return case


# --------------------------------------------------------------------------- lists and history


@dataclass
class CaseFilter:
    team_id: uuid.UUID | None = None
    status: str | None = None
    kind: str | None = None
    owner_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = None
    q: str | None = None
    target_session_date: date | None = None


CASE_LIST_COLUMNS = (
    col(Case.id),
    col(Case.kind),
    col(Case.team_id),
    col(Case.owner_id),
    col(Case.client_id),
    col(Case.status),
    col(Case.question),
    col(Case.target_session_date),
    col(Case.submitted_at),
    col(Case.submitted_on_time),
    col(Case.outcome_result),
    col(Case.created_at),
    col(Case.version),
)


def case_conditions(grant: Grant, filters: CaseFilter, db: str) -> list[ColumnElement[bool]]:
    """The cases a list with these filters shows, within the read scope: the list and the
    start page's counts (``cases.work``) share it, so a count is what its list shows."""
    conditions = [readable(grant)]
    for column, value in (
        (Case.team_id, filters.team_id),
        (Case.status, filters.status),
        (Case.kind, filters.kind),
        (Case.owner_id, filters.owner_id),
        (Case.client_id, filters.client_id),
        (Case.target_session_date, filters.target_session_date),
    ):
        if value is not None:
            conditions.append(col(column) == value)
    if filters.q:
        conditions.append(search.matches(db, filters.q))
    return conditions


async def list_cases(
    session: AsyncSession, grant: Grant, filters: CaseFilter, limit: int, offset: int
) -> tuple[list[CaseSummary], int]:
    """Newest first within the read scope; the fact of a search is audited, never its text."""
    await members.require_team_filter(session, grant, filters.team_id)
    await clients.require_readable_client(session, grant, filters.client_id)
    if (
        filters.owner_id is not None
        and await users.find_user(session, grant, filters.owner_id) is None
    ):
        raise InvalidInput.one("ownerId", "not_found", "Deze collega bestaat niet.")
    query = select(*CASE_LIST_COLUMNS).where(*case_conditions(grant, filters, dialect(session)))
    order = (col(Case.created_at).desc(), col(Case.id).desc())
    rows, total = await page_rows(session, query, order, limit, offset)
    audit.list_read(
        session, grant.actor, "case", replace(filters, q="gezocht" if filters.q else None)
    )
    refs = await clients.refs_of(session, [row["client_id"] for row in rows if row["client_id"]])
    items = [
        CaseSummary.model_validate(row | {"client_refs": refs.get(row["client_id"], [])})
        for row in rows
    ]
    return items, total


async def history(
    session: AsyncSession, grant: Grant, case_id: uuid.UUID, limit: int, offset: int
) -> tuple[list[CaseStatusChange], int]:
    """The case's status changes, oldest first, a page at a time (a case that goes on and off
    agendas gathers changes without end)."""
    case = await load_case(session, grant, case_id, part="history")
    query = select(CaseStatusChange).where(col(CaseStatusChange.case_id) == case.id)
    order = (col(CaseStatusChange.position), col(CaseStatusChange.id))
    return await page(session, query, order, limit, offset)
