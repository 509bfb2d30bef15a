"""Walking the tree: starting an assessment, answering with arguments, completing it.

Every write loads the assessment locked (``load_assessment(for_update=True)``), so two
requests on one assessment decide one after the other: a second completion sees the
first (409); an answer racing a completion is part of it or sees it completed (409).
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import and_, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.assessments.access import (
    answers_of,
    definition_of,
    load_assessment,
    require_author,
    require_open,
    touch,
)
from vakwerk.assessments.arguments import check_argument
from vakwerk.assessments.models import Answer, Assessment
from vakwerk.assessments.quality import fingerprint
from vakwerk.assessments.schemas import AnswerWrite, AssessmentCreate, Completion, CompletionWrite
from vakwerk.assessments.trees import current_version_id
from vakwerk.cases import access as cases
from vakwerk.clients import access as clients
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from vakwerk.core.http import check_version
from vakwerk.core.policy import Grant, Scope
from vakwerk.people.organisations import settings_of
from vakwerk.people.schemas import SettingsRead

DUPLICATE_WINDOW = timedelta(days=90)


async def start(session: AsyncSession, grant: Grant, data: AssessmentCreate) -> Assessment:
    """On the current tree version, for a client of one's own teams; one open assessment
    per client, and none while the latest referral waits for R&W's review."""
    client = await clients.find_client(session, grant, data.client_id, for_update=True)
    if client is None or client.team_id not in grant.actor.team_ids:
        raise InvalidInput.one(
            "clientId", "not_found", "Deze klant bestaat niet of hoort niet bij uw teams."
        )
    if data.case_id is not None:
        linked = await cases.find_case(session, grant.actor, data.case_id)
        if linked is None or linked.team_id not in grant.actor.team_ids:
            raise InvalidInput.one(
                "caseId", "not_found", "Deze casus bestaat niet of valt buiten uw teams."
            )
        if linked.client_id != client.id:
            raise InvalidInput.one(
                "caseId", "other_client", "Deze casus gaat over een andere klant."
            )
    open_one = await session.execute(
        select(col(Assessment.id)).where(
            col(Assessment.client_id) == client.id, col(Assessment.status) == "open"
        )
    )
    if open_one.first():
        raise Conflict("Voor deze klant loopt al een afweging.")
    latest = (
        await session.execute(
            select(Assessment)
            .where(col(Assessment.client_id) == client.id, col(Assessment.status) == "afgerond")
            .order_by(col(Assessment.completed_at).desc())
            .limit(1)
        )
    ).scalar_one_or_none()
    if (
        latest is not None
        and latest.outcome == "traject_mogelijk"
        and latest.review_decision is None
    ):
        raise Conflict("De laatste afweging is een verwijzing naar R&W die nog niet is beoordeeld.")
    org_id = grant.organisation_id()
    now = clock.now()
    assessment = Assessment(
        organisation_id=org_id,
        client_id=client.id,
        team_id=client.team_id,
        case_id=data.case_id,
        author_id=grant.actor.id,
        tree_version_id=await current_version_id(session, org_id),
        twijfel=data.twijfel,
        created_at=now,
        updated_at=now,
    )
    session.add(assessment)
    await session.flush()
    changes = {
        "clientId": {"old": None, "new": str(client.id)},
        "twijfel": {"old": None, "new": data.twijfel},
    }
    audit.by(session, grant.actor, "create", "assessment", assessment.id, changes)
    return assessment


async def flag_twijfel(
    session: AsyncSession,
    grant: Grant,
    assessment_id: uuid.UUID,
    twijfel: bool,
    if_match: str | None,
) -> Assessment:
    assessment = await load_assessment(session, grant, assessment_id, for_update=True)
    require_author(grant, assessment)
    check_version(if_match, assessment.version)
    require_open(assessment)
    if assessment.twijfel != twijfel:
        changes = {"twijfel": {"old": assessment.twijfel, "new": twijfel}}
        audit.by(session, grant.actor, "update", "assessment", assessment.id, changes)
        assessment.twijfel = twijfel
        touch(assessment)
        await session.flush()
    return assessment


async def withdraw(session: AsyncSession, grant: Grant, assessment_id: uuid.UUID) -> Assessment:
    assessment = await load_assessment(session, grant, assessment_id, for_update=True)
    leads_team = Scope.TEAM in grant.scopes and assessment.team_id in grant.actor.team_ids
    if assessment.author_id != grant.actor.id and not leads_team:
        raise Forbidden("Alleen de auteur of de teamleider trekt een afweging in.")
    require_open(assessment)
    assessment.status = "ingetrokken"
    touch(assessment)
    changes = {"status": {"old": "open", "new": "ingetrokken"}}
    audit.by(session, grant.actor, "update", "assessment", assessment.id, changes)
    await session.flush()
    return assessment


# --------------------------------------------------------------------------- answers


async def _is_duplicate(
    session: AsyncSession, assessment: Assessment, key: str, digest: str
) -> bool:
    """The author's argument for another question of this assessment, or for the same
    question in any other assessment of the last 90 days."""
    since = clock.now() - DUPLICATE_WINDOW
    found = await session.execute(
        select(col(Answer.assessment_id))
        .where(
            col(Answer.author_id) == assessment.author_id,
            col(Answer.argument_hash) == digest,
            or_(
                and_(col(Answer.assessment_id) == assessment.id, col(Answer.question_key) != key),
                and_(
                    col(Answer.assessment_id) != assessment.id,
                    col(Answer.question_key) == key,
                    col(Answer.answered_at) >= since,
                ),
            ),
        )
        .limit(1)
    )
    return found.first() is not None


async def put_answer(
    session: AsyncSession, grant: Grant, assessment_id: uuid.UUID, key: str, data: AnswerWrite
) -> Assessment:
    assessment = await load_assessment(session, grant, assessment_id, for_update=True)
    _, definition = await definition_of(session, assessment)
    question = definition.question(key)
    if question is None:
        raise NotFound("Deze vraag hoort niet bij de versie van de beslisboom van deze afweging.")
    require_author(grant, assessment)
    require_open(assessment)
    problems: list[InvalidParam] = []
    characteristics = None
    if question.characteristics is not None:
        if data.answer is not None:
            problems.append(
                InvalidParam("answer", "read_only", "Het antwoord volgt uit de kenmerken.")
            )
        expected = [c.key for c in question.characteristics]
        given = data.characteristics or []
        keys = [c.key for c in given]
        if sorted(keys) != sorted(expected) or len(set(keys)) != len(keys):
            problems.append(
                InvalidParam(
                    "characteristics",
                    "incomplete",
                    f"Geef elk kenmerk precies één keer: {', '.join(expected)}.",
                )
            )
        for index, item in enumerate(given):
            if item.obstacle and item.trend is None:
                problems.append(
                    InvalidParam(
                        f"characteristics.{index}.trend",
                        "required",
                        "Geef bij een belemmering aan hoe die zich ontwikkelt.",
                    )
                )
        answer = "ja" if any(c.obstacle for c in given) else "nee"
        order = {k: i for i, k in enumerate(expected)}
        characteristics = [
            c.model_dump() for c in sorted(given, key=lambda c: order.get(c.key, 99))
        ]
    else:
        if data.characteristics is not None:
            problems.append(
                InvalidParam("characteristics", "not_allowed", "Deze vraag heeft geen kenmerken.")
            )
        allowed = [a.key for a in question.answers or []]
        if data.answer is None:
            problems.append(InvalidParam("answer", "required", "Kies een antwoord."))
        elif data.answer not in allowed:
            problems.append(
                InvalidParam("answer", "invalid_choice", f"Kies uit: {', '.join(allowed)}.")
            )
        answer = data.answer or ""
    argument = data.argument if data.argument and data.argument.strip() else None
    texts = [("argument", argument)] + [
        (f"characteristics.{i}.note", c.note) for i, c in enumerate(data.characteristics or [])
    ]
    problems += bsn_problems(texts)
    if problems:
        raise InvalidInput(problems)
    digest = None
    if argument is not None:
        digest = fingerprint(argument)
        await check_argument(
            session,
            grant.actor,
            assessment.organisation_id,
            assessment.team_id,
            key,
            argument,
            duplicate=await _is_duplicate(session, assessment, key, digest),
        )
    existing = await session.get(Answer, (assessment.id, key))
    row = existing or Answer(
        assessment_id=assessment.id,
        question_key=key,
        author_id=assessment.author_id,
        answer=answer,
        answered_at=clock.now(),
    )
    row.answer = answer
    row.characteristics = characteristics
    row.argument = argument
    row.argument_length = len(argument) if argument else None
    row.argument_hash = digest
    row.sources = list(dict.fromkeys(data.sources))
    row.answered_at = clock.now()
    session.add(row)
    touch(assessment)
    changes = {
        "questionKey": key,
        "answer": {"old": existing.answer if existing else None, "new": answer},
        "argument": audit.CHANGED if argument else None,
    }
    action = "update" if existing else "create"
    audit.by(session, grant.actor, action, "assessment_answer", assessment.id, changes)
    await session.flush()
    return assessment


# --------------------------------------------------------------------------- completion


def _argument_required(
    settings: SettingsRead, assessment: Assessment, key: str, deciding_key: str
) -> bool:
    return key == deciding_key or settings.arguments_required == "altijd" or assessment.twijfel


def _completion_problems(data: CompletionWrite) -> list[InvalidParam]:
    problems: list[InvalidParam] = []
    if data.guideline_used is None:
        problems.append(
            InvalidParam("guidelineUsed", "required", "Geef aan of u de handreiking hebt gebruikt.")
        )
    if data.consultation is None:
        problems.append(
            InvalidParam("consultation", "required", "Geef aan of er collegiaal overleg was.")
        )
    elif data.consultation.held and not (data.consultation.with_whom or "").strip():
        problems.append(
            InvalidParam("consultation.withWhom", "required", "Met wie was het overleg?")
        )
    if not (data.conclusion or "").strip():
        problems.append(InvalidParam("conclusion", "required", "Schrijf de conclusie."))
    consultation = data.consultation
    discussed = data.discussed_with_client
    problems += bsn_problems(
        [
            ("conclusion", data.conclusion),
            ("decisiveInformation", data.decisive_information),
            ("decidedBy", data.decided_by),
            ("otherProfessionals", data.other_professionals),
            ("consultation.withWhom", consultation.with_whom if consultation else None),
            ("consultation.explanation", consultation.explanation if consultation else None),
            ("discussedWithClient.how", discussed.how if discussed else None),
        ]
    )
    return problems


async def complete(
    session: AsyncSession, grant: Grant, assessment_id: uuid.UUID, data: CompletionWrite
) -> Assessment:
    """Every gap at once (unanswered questions, missing arguments, missing members); the
    outcome follows from the tree's rule, with its explanation."""
    assessment = await load_assessment(session, grant, assessment_id, for_update=True)
    require_author(grant, assessment)
    if assessment.status == "afgerond":
        raise Conflict("Deze afweging is al afgerond.")
    require_open(assessment)
    version, definition = await definition_of(session, assessment)
    settings = await settings_of(session, assessment.organisation_id)
    answers = {a.question_key: a for a in await answers_of(session, assessment.id)}
    problems: list[InvalidParam] = []
    deciding = definition.outcome_rule.question_key
    for question in definition.questions:
        found = answers.get(question.key)
        if found is None:
            problems.append(
                InvalidParam(
                    f"answers.{question.key}", "required", "Deze vraag is nog niet beantwoord."
                )
            )
        elif found.argument is None and _argument_required(
            settings, assessment, question.key, deciding
        ):
            problems.append(
                InvalidParam(
                    f"answers.{question.key}.argument",
                    "required",
                    "Deze vraag heeft nog geen argument.",
                )
            )
    problems += _completion_problems(data)
    if problems:
        raise InvalidInput(problems, "De afweging is nog niet compleet.")
    outcome, explanation = definition.decide(
        {key: found.answer for key, found in answers.items()},
        version_id=str(version.id),
        version_number=version.number,
    )
    assessment.outcome = outcome
    assessment.outcome_explanation = explanation
    assessment.completion = Completion.model_validate(data.model_dump()).model_dump(
        by_alias=True, mode="json"
    )
    assessment.status = "afgerond"
    assessment.completed_at = clock.now()
    touch(assessment)
    if outcome == "traject_mogelijk":
        await clients.mark_referred(session, assessment.client_id)
    changes = {
        "status": {"old": "open", "new": "afgerond"},
        "outcome": {"old": None, "new": outcome},
    }
    audit.by(session, grant.actor, "update", "assessment", assessment.id, changes)
    await session.flush()
    return assessment
