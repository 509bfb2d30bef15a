"""A case's lifecycle: submit, withdraw, and the outcome with its effect on the client's
exemption — each a state transition decided on the locked row, so of two requests at
once exactly one moves the case and the other sees the new state (409)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.cases.access import NEXT_STATES, deadline, load_case, require_edit
from vakwerk.cases.models import Case
from vakwerk.cases.schemas import OutcomeWrite
from vakwerk.cases.service import NEEDS_CLIENT, record_change, refresh_search, touch, wire
from vakwerk.clients import access as clients
from vakwerk.clients import exemptions
from vakwerk.clients.schemas import ExemptionEnd
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.dates import add_years
from vakwerk.core.errors import Conflict, InvalidInput, InvalidParam
from vakwerk.core.http import check_version
from vakwerk.core.policy import Grant, Op, authorize

OUTCOME_MEMBERS: dict[str, set[str]] = {
    "ontheffing_voorkomen": set(),
    "ontheffing_verleend": {"exemption"},
    "ontheffing_beeindigd": {"exemption_end"},
    "ontheffing_gehandhaafd": {"basis_document_date", "reexamination_date"},
    "verwezen_rw": set(),
    "anders": set(),
}
SPECIFIC = {"exemption", "exemption_end", "basis_document_date", "reexamination_date"}
NEEDS_LINKED_CLIENT = (
    "ontheffing_verleend",
    "ontheffing_beeindigd",
    "ontheffing_gehandhaafd",
    "verwezen_rw",
)


async def transition(session: AsyncSession, grant: Grant, case: Case, to_status: str) -> None:
    if to_status not in NEXT_STATES[case.status]:
        raise Conflict(
            f"Een casus met status '{case.status}' kan niet naar '{to_status}'.",
            allowed_next_states=NEXT_STATES[case.status],
        )
    from_status = case.status
    case.status = to_status
    touch(case)
    await record_change(session, case, grant.actor, from_status)
    changes = {"status": {"old": from_status, "new": to_status}}
    audit.by(session, grant.actor, "update", "case", case.id, changes)


async def submit_case(session: AsyncSession, grant: Grant, case_id: uuid.UUID) -> Case:
    """``concept → ingediend``; a late submission is flagged, never refused."""
    case = await load_case(session, grant, case_id, for_update=True)
    require_edit(grant, case)
    if "ingediend" not in NEXT_STATES[case.status] or case.status == "geagendeerd":
        raise Conflict(
            f"Een casus met status '{case.status}' kan niet worden ingediend.",
            allowed_next_states=NEXT_STATES[case.status],
        )
    problems = []
    if not (case.question or "").strip():
        problems.append(
            InvalidParam("question", "required", "Schrijf de hulpvraag aan uw collega's.")
        )
    if case.kind in NEEDS_CLIENT and case.client_id is None:
        problems.append(InvalidParam("clientId", "required", "Koppel de klant om wie het gaat."))
    if problems:
        raise InvalidInput(problems, "De casus is nog niet compleet.")
    now = clock.now()
    case.submitted_at = now
    due = await deadline(session, case)
    case.submitted_on_time = None if due is None else now <= due
    await transition(session, grant, case, "ingediend")
    await session.flush()
    return case


async def withdraw_case(session: AsyncSession, grant: Grant, case_id: uuid.UUID) -> Case:
    case = await load_case(session, grant, case_id, for_update=True)
    require_edit(grant, case)
    await transition(session, grant, case, "ingetrokken")
    await session.flush()
    return case


def _outcome_problems(data: OutcomeWrite) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    allowed = OUTCOME_MEMBERS[data.result]
    for member in sorted(SPECIFIC - allowed):
        if getattr(data, member) is not None:
            problems.append(
                InvalidParam(wire(member), "not_allowed", "Dit veld hoort niet bij deze uitkomst.")
            )
    if data.result == "ontheffing_verleend" and data.exemption is None:
        problems.append(
            InvalidParam("exemption", "required", "Geef de grond en de data van de ontheffing.")
        )
    if data.result == "ontheffing_beeindigd" and data.exemption_end is None:
        problems.append(InvalidParam("exemptionEnd", "required", "Geef de einddatum en de reden."))
    if data.result == "anders" and not (data.conclusion or "").strip():
        problems.append(InvalidParam("conclusion", "required", "Beschrijf de conclusie."))
    if data.reexamination_date is not None and data.basis_document_date is None:
        problems.append(
            InvalidParam(
                "basisDocumentDate",
                "required",
                "Een nieuwe herbeoordelingsdatum volgt op een nieuwe keuring.",
            )
        )
    if data.basis_document_date is not None and data.basis_document_date > clock.today():
        problems.append(
            InvalidParam("basisDocumentDate", "in_future", "De keuringsdatum ligt in de toekomst.")
        )
    texts = [("conclusion", data.conclusion), ("plan", data.plan)]
    texts += [(f"provisions.{i}", p) for i, p in enumerate(data.provisions)]
    if data.exemption_end is not None:
        texts.append(("exemptionEnd.endReason", data.exemption_end.end_reason))
    problems += bsn_problems(texts)
    return problems


async def record_outcome(
    session: AsyncSession,
    grant: Grant,
    case_id: uuid.UUID,
    data: OutcomeWrite,
    if_match: str | None,
) -> Case:
    """Once, from ``ingediend`` or ``besproken``; its effect on the client's exemption
    happens in the same transaction (a failing exemption leaves the case untouched)."""
    case = await load_case(session, grant, case_id, for_update=True)
    require_edit(grant, case)
    check_version(if_match, case.version)
    if case.status not in ("ingediend", "besproken"):
        raise Conflict(
            "Een uitkomst wordt vastgelegd voor een ingediende of besproken casus, "
            f"niet voor een casus met status '{case.status}'.",
            allowed_next_states=NEXT_STATES[case.status],
        )
    result = data.result
    if result == "ontheffing_voorkomen" and case.kind not in NEEDS_CLIENT:
        raise Conflict(
            "'Ontheffing voorkomen' hoort bij een casus over een ontheffing of een twijfelgeval."
        )
    exemption_grant = authorize(grant.actor, Op.MANAGE_EXEMPTIONS)
    client = active = None
    if result in NEEDS_LINKED_CLIENT:
        if case.client_id is None:
            raise Conflict("Deze uitkomst vraagt om een gekoppelde klant; koppel eerst de klant.")
        client = await clients.find_client(
            session, exemption_grant, case.client_id, for_update=True
        )
        if client is None:
            raise Conflict("De gekoppelde klant valt buiten uw teams.")
        active = await clients.active_exemption(session, client.id, for_update=True)
        if result == "ontheffing_verleend" and active is not None:
            raise Conflict("De klant heeft al een actieve ontheffing.")
        if result in ("ontheffing_beeindigd", "ontheffing_gehandhaafd") and active is None:
            raise Conflict("De klant heeft geen actieve ontheffing.")
    problems = _outcome_problems(data)
    if result == "ontheffing_verleend" and client is not None and data.exemption is not None:
        try:  # the exemption's own problems are reported with the outcome's, all at once
            await exemptions.validate_exemption(
                session, client, data.exemption, clock.today(), "exemption."
            )
        except InvalidInput as error:
            problems += error.params
    if problems:
        raise InvalidInput(problems)
    details: dict[str, Any] = {}
    if result == "ontheffing_verleend":
        assert client is not None and data.exemption is not None
        created = await exemptions.create_exemption(
            session, exemption_grant, client.id, data.exemption, prefix="exemption."
        )
        details["exemptionId"] = str(created.id)
    elif result == "ontheffing_beeindigd":
        assert active is not None and data.exemption_end is not None
        end = ExemptionEnd(
            ended_on=data.exemption_end.ended_on, end_reason=data.exemption_end.end_reason
        )
        await exemptions.end_active(session, exemption_grant, active, end)
        details["exemptionId"] = str(active.id)
    elif result == "ontheffing_gehandhaafd":
        assert active is not None
        details["exemptionId"] = str(active.id)
        if data.basis_document_date is not None:
            active.basis_document_date = data.basis_document_date
            active.reexamination_date = data.reexamination_date or add_years(
                data.basis_document_date, 2
            )
            active.version += 1
            basis = {
                "basisDocumentDate": {"old": None, "new": data.basis_document_date.isoformat()}
            }
            audit.by(session, grant.actor, "update", "exemption", active.id, basis)
    case.outcome_result = result
    case.outcome_conclusion = data.conclusion
    case.outcome_plan = data.plan
    case.outcome_provisions = list(data.provisions)
    case.outcome_details = details
    case.outcome_recorded_at = clock.now()
    case.outcome_recorded_by = grant.actor.id
    if data.decision_letter_sent_on is not None:
        case.decision_letter_sent_on = data.decision_letter_sent_on
    refresh_search(case)
    await transition(session, grant, case, "afgerond")
    changes: dict[str, Any] = {
        "outcome": {"old": None, "new": result},
        "conclusion": audit.CHANGED if data.conclusion else None,
    }
    audit.by(session, grant.actor, "update", "case", case.id, changes)
    await session.flush()
    return case
