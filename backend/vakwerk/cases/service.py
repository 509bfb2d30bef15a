"""The rules for cases: the form, the lifecycle, the outcome and search."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, false, func, or_, select
from sqlmodel import Session, col

from vakwerk.cases import search
from vakwerk.cases.models import DESCRIPTIVE, Case, CaseStatusChange
from vakwerk.cases.schemas import CaseCreate, CaseUpdate, OutcomeWrite
from vakwerk.clients import service as clients
from vakwerk.clients.schemas import ExemptionEnd
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.dates import add_years
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.pagination import page_rows
from vakwerk.core.policy import Actor, Grant, Op, Scope, authorize
from vakwerk.people import service as people
from vakwerk.people.models import OrganisationSettings, Team

NEXT_STATES: dict[str, list[str]] = {
    "concept": ["ingediend", "ingetrokken"],
    "ingediend": ["afgerond", "ingetrokken"],
    "geagendeerd": ["besproken"],
    "besproken": ["afgerond"],
    "afgerond": [],
    "ingetrokken": [],
}
TEXT_FIELDS = ("question", *DESCRIPTIVE)
NEEDS_CLIENT = ("ontheffing", "twijfelgeval")
OUTCOME_MEMBERS = {
    "ontheffing_voorkomen": set(),
    "ontheffing_verleend": {"exemption"},
    "ontheffing_beeindigd": {"exemption_end"},
    "ontheffing_gehandhaafd": {"basis_document_date", "reexamination_date"},
    "verwezen_rw": set(),
    "anders": set(),
}
SPECIFIC = {"exemption", "exemption_end", "basis_document_date", "reexamination_date"}


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.capitalize() for part in rest)


def _audit(
    session: Session,
    actor: Actor,
    action: str,
    case_id: uuid.UUID,
    changes: dict[str, Any] | None = None,
) -> None:
    audit.by(session, actor, action, "case", case_id, changes)


# --------------------------------------------------------------------------- scope


def _sees_team_concepts(actor: Actor) -> bool:
    return "teamleider" in actor.roles


def readable(grant: Grant) -> ColumnElement[bool]:
    """Team cases (a klantmanager sees a colleague's concept never), or the organisation's."""
    org = col(Case.organisation_id) == grant.organisation_id()
    if grant.org_wide:
        return org
    if Scope.TEAM not in grant.scopes or not grant.actor.team_ids:
        return false()
    team = col(Case.team_id).in_(grant.actor.team_ids)
    if _sees_team_concepts(grant.actor):
        return and_(org, team)
    return and_(org, team, or_(col(Case.status) != "concept", col(Case.owner_id) == grant.actor.id))


def _read_grant(actor: Actor) -> Grant:
    return authorize(actor, Op.READ_CASES)


def get_case(session: Session, grant: Grant, case_id: uuid.UUID) -> Case:
    read = grant if grant.op == Op.READ_CASES else _read_grant(grant.actor)
    case = session.execute(
        select(Case).where(col(Case.id) == case_id, readable(read))
    ).scalar_one_or_none()
    if case is None:
        raise NotFound()
    return case


def require_edit(grant: Grant, case: Case) -> None:
    """Step 5: the owner, or a team leader of the case's team."""
    if case.owner_id == grant.actor.id:
        return
    if Scope.TEAM in grant.scopes and case.team_id in grant.actor.team_ids:
        return
    raise Forbidden("Alleen de inbrenger of de teamleider van het team wijzigt deze casus.")


# --------------------------------------------------------------------------- views


def deadline(session: Session, case: Case) -> datetime | None:
    if case.target_session_date is None:
        return None
    settings = session.get(OrganisationSettings, case.organisation_id)
    days = settings.case_deadline_days_before if settings else 6
    hour = settings.case_deadline_hour if settings else 17
    local = datetime.combine(
        case.target_session_date - timedelta(days=days), time(hour), tzinfo=clock.AMSTERDAM
    )
    return local.astimezone(clock.now().tzinfo)


def case_view(session: Session, case: Case) -> dict[str, Any]:
    outcome = None
    if case.outcome_result is not None:
        details = case.outcome_details or {}
        outcome = {
            "result": case.outcome_result,
            "conclusion": case.outcome_conclusion,
            "plan": case.outcome_plan,
            "provisions": case.outcome_provisions or [],
            "decision_letter_sent_on": case.decision_letter_sent_on,
            "exemption_id": details.get("exemptionId"),
            "recorded_at": case.outcome_recorded_at,
            "recorded_by": case.outcome_recorded_by,
        }
    return {
        **{
            name: getattr(case, name)
            for name in (
                "id",
                "kind",
                "team_id",
                "owner_id",
                "client_id",
                "status",
                *TEXT_FIELDS,
                "target_session_date",
                "submitted_at",
                "submitted_on_time",
                "decision_letter_sent_on",
                "created_at",
                "version",
            )
        },
        "submission_deadline_at": deadline(session, case),
        "outcome": outcome,
        "allowed_next_states": NEXT_STATES[case.status],
    }


# --------------------------------------------------------------------------- create / update


def _refresh_search(case: Case) -> None:
    case.search_text = search.search_text(
        *(getattr(case, name) for name in TEXT_FIELDS), case.outcome_conclusion, case.outcome_plan
    )


def _check_client(
    session: Session, grant: Grant, client_id: uuid.UUID | None, team_id: uuid.UUID
) -> list[InvalidParam]:
    if client_id is None:
        return []
    try:
        client = clients.get_client(session, authorize(grant.actor, Op.READ_CLIENTS), client_id)
    except (NotFound, Forbidden):
        return [
            InvalidParam(
                "clientId", "not_found", "Deze klant bestaat niet of valt buiten uw teams."
            )
        ]
    if client.team_id != team_id:
        return [
            InvalidParam(
                "clientId", "not_in_team", "Deze klant hoort niet bij het team van de casus."
            )
        ]
    return []


def _text_problems(values: dict[str, Any]) -> list[InvalidParam]:
    return bsn_problems((_camel(name), values.get(name)) for name in TEXT_FIELDS if name in values)


def _record(session: Session, case: Case, actor: Actor, from_status: str | None) -> None:
    position = (
        session.execute(
            select(func.count()).where(col(CaseStatusChange.case_id) == case.id)
        ).scalar_one()
        + 1
    )
    session.add(
        CaseStatusChange(
            case_id=case.id,
            position=position,
            from_status=from_status,
            to_status=case.status,
            actor_id=actor.id,
            changed_at=clock.now(),
        )
    )


def create_case(session: Session, grant: Grant, data: CaseCreate) -> Case:
    team_id = data.team_id
    problems: list[InvalidParam] = []
    if team_id is None:
        if len(grant.actor.team_ids) != 1:
            raise InvalidInput.one(
                "teamId", "required", "Kies het team waarin u de casus inbrengt."
            )
        team_id = next(iter(grant.actor.team_ids))
    team = session.get(Team, team_id)
    if (
        team is None
        or team.organisation_id != grant.actor.organisation_id
        or team_id not in grant.actor.team_ids
    ):
        raise InvalidInput.one(
            "teamId", "not_found", "Dit team bestaat niet of u bent er geen lid van."
        )
    values = data.model_dump(exclude={"team_id"})
    problems += _check_client(session, grant, data.client_id, team_id)
    problems += _text_problems(values)
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
    _refresh_search(case)
    session.add(case)
    session.flush()
    _record(session, case, grant.actor, None)
    _audit(session, grant.actor, "create", case.id, _changes(None, values))
    return case


def _changes(before: dict[str, Any] | None, after: dict[str, Any]) -> dict[str, Any]:
    """Free text only as 'changed'; everything else with old and new values."""
    opaque = frozenset(name for name in after if name in TEXT_FIELDS)
    return audit.diff(before, after, opaque=opaque)


def update_case(
    session: Session, grant: Grant, case_id: uuid.UUID, data: CaseUpdate, if_match: str | None
) -> Case:
    case = get_case(session, grant, case_id)
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
    problems: list[InvalidParam] = []
    nulls = [k for k in ("kind",) if k in values and values[k] is None]
    problems += [InvalidParam(_camel(k), "required", "Dit veld mag niet leeg zijn.") for k in nulls]
    if "client_id" in values:
        if values["client_id"] is None and case.status != "concept" and case.kind in NEEDS_CLIENT:
            problems.append(
                InvalidParam(
                    "clientId", "required", "Een ingediende casus van deze soort heeft een klant."
                )
            )
        problems += _check_client(session, grant, values["client_id"], case.team_id)
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
    problems += _text_problems(values)
    if problems:
        raise InvalidInput(problems)
    before = {name: getattr(case, name) for name in values}
    for name, value in values.items():
        setattr(case, name, value)
    changes = _changes(before, values)
    if changes:
        _refresh_search(case)
        _touch(case)
        _audit(session, grant.actor, "update", case.id, changes)
    session.add(case)
    session.flush()
    return case


def _touch(case: Case) -> None:
    case.version += 1
    case.updated_at = clock.now()


def _transition(session: Session, grant: Grant, case: Case, to_status: str) -> None:
    if to_status not in NEXT_STATES[case.status]:
        raise Conflict(
            f"Een casus met status '{case.status}' kan niet naar '{to_status}'.",
            allowed_next_states=NEXT_STATES[case.status],
        )
    from_status = case.status
    case.status = to_status
    _touch(case)
    _record(session, case, grant.actor, from_status)
    _audit(
        session, grant.actor, "update", case.id, {"status": {"old": from_status, "new": to_status}}
    )


def submit_case(session: Session, grant: Grant, case_id: uuid.UUID) -> Case:
    case = get_case(session, grant, case_id)
    require_edit(grant, case)
    if "ingediend" not in NEXT_STATES[case.status]:
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
    due = deadline(session, case)
    case.submitted_on_time = None if due is None else now <= due  # late is flagged, never refused
    _transition(session, grant, case, "ingediend")
    session.add(case)
    session.flush()
    return case


def withdraw_case(session: Session, grant: Grant, case_id: uuid.UUID) -> Case:
    case = get_case(session, grant, case_id)
    require_edit(grant, case)
    _transition(session, grant, case, "ingetrokken")
    session.add(case)
    session.flush()
    return case


# --------------------------------------------------------------------------- outcome


def record_outcome(
    session: Session, grant: Grant, case_id: uuid.UUID, data: OutcomeWrite, if_match: str | None
) -> Case:
    case = get_case(session, grant, case_id)
    require_edit(grant, case)
    check_version(if_match, case.version)
    if case.status not in ("ingediend", "besproken"):
        raise Conflict(
            f"Een uitkomst wordt vastgelegd voor een ingediende of besproken casus, "
            f"niet voor een casus met status '{case.status}'.",
            allowed_next_states=NEXT_STATES[case.status],
        )
    result = data.result
    client = None
    if result == "ontheffing_voorkomen" and case.kind not in NEEDS_CLIENT:
        raise Conflict(
            "'Ontheffing voorkomen' hoort bij een casus over een ontheffing of een twijfelgeval."
        )
    if result in (
        "ontheffing_verleend",
        "ontheffing_beeindigd",
        "ontheffing_gehandhaafd",
        "verwezen_rw",
    ):
        if case.client_id is None:
            raise Conflict("Deze uitkomst vraagt om een gekoppelde klant; koppel eerst de klant.")
        client = session.get(clients.Client, case.client_id)
        assert client is not None
        active = clients.active_exemption(session, client.id)
        if result == "ontheffing_verleend" and active is not None:
            raise Conflict("De klant heeft al een actieve ontheffing.")
        if result in ("ontheffing_beeindigd", "ontheffing_gehandhaafd") and active is None:
            raise Conflict("De klant heeft geen actieve ontheffing.")
    problems = _outcome_problems(data)
    if result == "ontheffing_verleend" and client is not None and data.exemption is not None:
        try:  # the exemption's own problems are reported with the outcome's, all at once
            clients.validate_exemption(session, client, data.exemption, clock.today(), "exemption.")
        except InvalidInput as error:
            problems += error.params
    if problems:
        raise InvalidInput(problems)
    details: dict[str, Any] = {}
    exemption_grant = authorize(grant.actor, Op.MANAGE_EXEMPTIONS)
    if result == "ontheffing_verleend":
        assert client is not None and data.exemption is not None
        exemption = clients.create_exemption(
            session, exemption_grant, client.id, data.exemption, prefix="exemption."
        )
        details["exemptionId"] = str(exemption.id)
    elif result == "ontheffing_beeindigd":
        assert client is not None and data.exemption_end is not None
        active = clients.active_exemption(session, client.id)
        assert active is not None
        clients.end_exemption(
            session,
            exemption_grant,
            active.id,
            ExemptionEnd(
                ended_on=data.exemption_end.ended_on, end_reason=data.exemption_end.end_reason
            ),
        )
        details["exemptionId"] = str(active.id)
    elif result == "ontheffing_gehandhaafd":
        assert client is not None
        active = clients.active_exemption(session, client.id)
        assert active is not None
        details["exemptionId"] = str(active.id)
        if data.basis_document_date is not None:
            active.basis_document_date = data.basis_document_date
            active.reexamination_date = data.reexamination_date or add_years(
                data.basis_document_date, 2
            )
            active.version += 1
            session.add(active)
            audit.by(
                session,
                grant.actor,
                "update",
                "exemption",
                active.id,
                {"basisDocumentDate": {"old": None, "new": data.basis_document_date.isoformat()}},
            )
    case.outcome_result = result
    case.outcome_conclusion = data.conclusion
    case.outcome_plan = data.plan
    case.outcome_provisions = list(data.provisions)
    case.outcome_details = details
    case.outcome_recorded_at = clock.now()
    case.outcome_recorded_by = grant.actor.id
    if data.decision_letter_sent_on is not None:
        case.decision_letter_sent_on = data.decision_letter_sent_on
    _refresh_search(case)
    _transition(session, grant, case, "afgerond")
    _audit(
        session,
        grant.actor,
        "update",
        case.id,
        {
            "outcome": {"old": None, "new": result},
            "conclusion": audit.CHANGED if data.conclusion else None,
        },
    )
    session.add(case)
    session.flush()
    return case


def _outcome_problems(data: OutcomeWrite) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    allowed = OUTCOME_MEMBERS[data.result]
    for member in SPECIFIC - allowed:
        if getattr(data, member) is not None:
            problems.append(
                InvalidParam(
                    _camel(member), "not_allowed", "Dit veld hoort niet bij deze uitkomst."
                )
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


# --------------------------------------------------------------------------- lists and history


@dataclass
class CaseFilter:
    team_id: uuid.UUID | None = None
    status: str | None = None
    kind: str | None = None
    owner_id: uuid.UUID | None = None
    client_id: uuid.UUID | None = None
    q: str | None = None


def list_cases(
    session: Session, grant: Grant, filters: CaseFilter, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    people.require_team_filter(session, grant, filters.team_id)
    if filters.client_id is not None:
        try:
            clients.get_client(session, authorize(grant.actor, Op.READ_CLIENTS), filters.client_id)
        except (NotFound, Forbidden):
            raise InvalidInput.one(
                "clientId", "not_found", "Deze klant bestaat niet of valt buiten uw teams."
            ) from None
    query = select(
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
    ).where(readable(grant))
    for column, value in (
        (Case.team_id, filters.team_id),
        (Case.status, filters.status),
        (Case.kind, filters.kind),
        (Case.owner_id, filters.owner_id),
        (Case.client_id, filters.client_id),
    ):
        if value is not None:
            query = query.where(col(column) == value)
    if filters.q:
        query = query.where(search.matches(session.get_bind().dialect.name, filters.q))
    rows, total = page_rows(
        session, query, (col(Case.created_at).desc(), col(Case.id)), limit, offset
    )
    # the fact of a search is logged, never its text
    logged = replace(filters, q="gezocht" if filters.q else None)
    audit.list_read(session, grant.actor, "case", logged)
    return rows, total


def history(session: Session, grant: Grant, case_id: uuid.UUID) -> list[CaseStatusChange]:
    case = get_case(session, grant, case_id)
    _audit(session, grant.actor, "read", case.id, {"part": "history"})
    return list(
        session.execute(
            select(CaseStatusChange)
            .where(col(CaseStatusChange.case_id) == case.id)
            .order_by(col(CaseStatusChange.position))
        ).scalars()
    )


def audit_read(session: Session, grant: Grant, case: Case) -> None:
    _audit(session, grant.actor, "read", case.id)
