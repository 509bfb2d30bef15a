"""The rules for decision trees, assessments, arguments, reviews, the handover and stats."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, case, false, func, literal_column, or_, select
from sqlmodel import Session, col

from vakwerk.assessments.models import (
    Answer,
    ArgumentRefusal,
    Assessment,
    BoilerplatePhrase,
    Review,
    TreeVersion,
)
from vakwerk.assessments.quality import REASONS, fingerprint, first_failure
from vakwerk.assessments.schemas import (
    AnswerWrite,
    AssessmentCreate,
    Completion,
    CompletionWrite,
    ReviewCreate,
)
from vakwerk.assessments.tree import (
    ANSWER_LABELS,
    LEIDEN_V1,
    OUTCOME_LABELS,
    SOURCE_LABELS,
    TREND_LABELS,
    TreeDefinition,
)
from vakwerk.cases.models import Case
from vakwerk.clients import service as clients
from vakwerk.clients.models import Client
from vakwerk.core import audit, clock
from vakwerk.core.bsn import bsn_problems
from vakwerk.core.errors import Conflict, Forbidden, InvalidInput, InvalidParam, NotFound
from vakwerk.core.hooks import on_organisation_created, setting_checks
from vakwerk.core.http import check_version
from vakwerk.core.pagination import page, page_rows
from vakwerk.core.policy import Actor, Grant, Op, Scope, authorize
from vakwerk.core.text import normalise
from vakwerk.people import service as people
from vakwerk.people.models import OrganisationSettings

SEED_PHRASE = "Er is geen reden om de klant niet aan te melden bij R&W"
DUPLICATE_WINDOW = timedelta(days=90)
GUIDELINE_QUESTION = "Heb je de handreiking afwegingskader gebruikt?"
CONSULTATION_QUESTION = (
    "Is er collegiaal overleg geweest tussen W&I en R&W over het volgen van een traject bij "
    "R&W? (Komt terug in het overdrachtsformulier)"
)


# --------------------------------------------------------------------------- seeding


@on_organisation_created
def seed_organisation(session: Session, organisation_id: uuid.UUID) -> None:
    """Every organisation starts with its own version 1 and the seeded boilerplate sentence."""
    version = TreeVersion(
        organisation_id=organisation_id,
        number=1,
        definition=LEIDEN_V1.model_dump(by_alias=True),
        published_at=clock.now(),
    )
    session.add(version)
    session.add(
        BoilerplatePhrase(
            organisation_id=organisation_id,
            text=SEED_PHRASE,
            normalised=normalise(SEED_PHRASE),
            created_at=clock.now(),
        )
    )
    session.flush()
    settings = session.get(OrganisationSettings, organisation_id)
    if settings is not None:
        settings.current_tree_version_id = version.id
        session.add(settings)
        session.flush()


def _version_in_organisation(session: Session, organisation_id: uuid.UUID, value: object) -> bool:
    version = session.get(TreeVersion, value) if isinstance(value, uuid.UUID) else None
    return version is not None and version.organisation_id == organisation_id


setting_checks["current_tree_version_id"] = _version_in_organisation


# --------------------------------------------------------------------------- trees


def _current_version_id(session: Session, organisation_id: uuid.UUID) -> uuid.UUID | None:
    settings = session.get(OrganisationSettings, organisation_id)
    return settings.current_tree_version_id if settings else None


def tree_view(session: Session, version: TreeVersion, *, full: bool = True) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": version.id,
        "number": version.number,
        "published_at": version.published_at,
        "published_by": version.published_by,
        "current": version.id == _current_version_id(session, version.organisation_id),
    }
    if full:
        view["definition"] = version.definition
    return view


def list_trees(
    session: Session, grant: Grant, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    query = select(TreeVersion).where(col(TreeVersion.organisation_id) == grant.organisation_id())
    rows, total = page(session, query, (col(TreeVersion.number).desc(),), limit, offset)
    return [tree_view(session, v, full=False) for v in rows], total


def get_tree(session: Session, grant: Grant, version_id: uuid.UUID) -> TreeVersion:
    version = session.get(TreeVersion, version_id)
    if version is None or version.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return version


def publish_tree(session: Session, grant: Grant, definition: TreeDefinition) -> TreeVersion:
    definition.check()
    org_id = grant.organisation_id()
    number = (
        session.execute(
            select(func.max(TreeVersion.number)).where(col(TreeVersion.organisation_id) == org_id)
        ).scalar_one()
        or 0
    ) + 1
    version = TreeVersion(
        organisation_id=org_id,
        number=number,
        definition=definition.model_dump(by_alias=True),
        published_at=clock.now(),
        published_by=grant.actor.id,
    )
    session.add(version)
    session.flush()
    settings = session.get(OrganisationSettings, org_id)
    assert settings is not None
    previous = settings.current_tree_version_id
    settings.current_tree_version_id = version.id  # publishing makes it current, in one transaction
    settings.version += 1
    session.add(settings)
    audit.by(
        session,
        grant.actor,
        "create",
        "decision_tree_version",
        version.id,
        {"number": {"old": None, "new": number}},
    )
    audit.by(
        session,
        grant.actor,
        "update",
        "organisation_settings",
        org_id,
        {
            "currentTreeVersionId": {
                "old": str(previous) if previous else None,
                "new": str(version.id),
            }
        },
    )
    session.flush()
    return version


def definition_of(session: Session, assessment: Assessment) -> tuple[TreeVersion, TreeDefinition]:
    version = session.get(TreeVersion, assessment.tree_version_id)
    assert version is not None
    return version, TreeDefinition.model_validate(version.definition)


# --------------------------------------------------------------------------- boilerplate


def list_phrases(
    session: Session, grant: Grant, limit: int, offset: int
) -> tuple[list[BoilerplatePhrase], int]:
    query = select(BoilerplatePhrase).where(
        col(BoilerplatePhrase.organisation_id) == grant.organisation_id()
    )
    return page(
        session,
        query,
        (col(BoilerplatePhrase.created_at), col(BoilerplatePhrase.id)),
        limit,
        offset,
    )


def get_phrase(session: Session, grant: Grant, phrase_id: uuid.UUID) -> BoilerplatePhrase:
    phrase = session.get(BoilerplatePhrase, phrase_id)
    if phrase is None or phrase.organisation_id != grant.actor.organisation_id:
        raise NotFound()
    return phrase


def create_phrase(session: Session, grant: Grant, text: str) -> BoilerplatePhrase:
    normalised = normalise(text)
    if not normalised:
        raise InvalidInput.one("text", "no_words", "Een standaardzin bevat minstens één woord.")
    org_id = grant.organisation_id()
    exists = session.execute(
        select(col(BoilerplatePhrase.id)).where(
            col(BoilerplatePhrase.organisation_id) == org_id,
            col(BoilerplatePhrase.normalised) == normalised,
        )
    ).first()
    if exists:
        raise Conflict("Deze standaardzin staat al op de lijst.")
    phrase = BoilerplatePhrase(
        organisation_id=org_id,
        text=text.strip(),
        normalised=normalised,
        created_by=grant.actor.id,
        created_at=clock.now(),
    )
    session.add(phrase)
    session.flush()
    audit.by(
        session, grant.actor, "create", "boilerplate_phrase", phrase.id, {"text": audit.CHANGED}
    )
    return phrase


def delete_phrase(session: Session, grant: Grant, phrase_id: uuid.UUID) -> None:
    phrase = get_phrase(session, grant, phrase_id)
    session.delete(phrase)
    audit.by(session, grant.actor, "delete", "boilerplate_phrase", phrase.id)
    session.flush()


# --------------------------------------------------------------------------- scope


def _referred() -> ColumnElement[bool]:
    return and_(col(Assessment.status) == "afgerond", col(Assessment.outcome) == "traject_mogelijk")


def readable(grant: Grant) -> ColumnElement[bool]:
    org = col(Assessment.organisation_id) == grant.organisation_id()
    if grant.org_wide:
        return org
    parts: list[ColumnElement[bool]] = []
    if Scope.TEAM in grant.scopes and grant.actor.team_ids:
        parts.append(
            col(Assessment.client_id).in_(
                select(col(Client.id)).where(col(Client.team_id).in_(grant.actor.team_ids))
            )
        )
    if Scope.REFERRED in grant.scopes:
        parts.append(_referred())
    if Scope.OWN in grant.scopes:
        parts.append(col(Assessment.author_id) == grant.actor.id)
    return and_(org, or_(*parts)) if parts else false()


def _referred_clients(organisation_id: uuid.UUID) -> Any:
    """Clients with at least one completed traject_mogelijk assessment (the 'referred' scope)."""
    return select(col(Assessment.client_id)).where(
        col(Assessment.organisation_id) == organisation_id, _referred()
    )


clients.referred_clients = _referred_clients


def get_assessment(session: Session, grant: Grant, assessment_id: uuid.UUID) -> Assessment:
    read = grant if grant.op == Op.READ_ASSESSMENTS else authorize(grant.actor, Op.READ_ASSESSMENTS)
    found = session.execute(
        select(Assessment).where(col(Assessment.id) == assessment_id, readable(read))
    ).scalar_one_or_none()
    if found is None:
        raise NotFound()
    return found


def _require_author(grant: Grant, assessment: Assessment) -> None:
    if assessment.author_id != grant.actor.id:
        raise Forbidden("Alleen de klantmanager die de afweging maakt, vult haar in.")


def _require_open(assessment: Assessment) -> None:
    if assessment.status != "open":
        raise Conflict(f"Deze afweging is {assessment.status} en kan niet meer worden gewijzigd.")


# --------------------------------------------------------------------------- views


def answers_of(session: Session, assessment_id: uuid.UUID) -> list[Answer]:
    return list(
        session.execute(select(Answer).where(col(Answer.assessment_id) == assessment_id)).scalars()
    )


def assessment_view(session: Session, assessment: Assessment) -> dict[str, Any]:
    version, definition = definition_of(session, assessment)
    order = {q.key: i for i, q in enumerate(definition.questions)}
    answers = sorted(
        answers_of(session, assessment.id), key=lambda a: order.get(a.question_key, 99)
    )
    return {
        **{
            name: getattr(assessment, name)
            for name in (
                "id",
                "client_id",
                "case_id",
                "team_id",
                "author_id",
                "tree_version_id",
                "status",
                "twijfel",
                "outcome",
                "outcome_explanation",
                "completion",
                "completed_at",
                "created_at",
                "review_decision",
                "version",
            )
        },
        "tree_version_number": version.number,
        "outcome_label": OUTCOME_LABELS.get(assessment.outcome or ""),
        "answers": [
            {
                "question_key": a.question_key,
                "answer": a.answer,
                "characteristics": a.characteristics,
                "argument": a.argument,
                "sources": a.sources,
                "answered_at": a.answered_at,
            }
            for a in answers
        ],
    }


# ---------------------------------------------------------------- start, twijfel, withdraw


def start(session: Session, grant: Grant, data: AssessmentCreate) -> Assessment:
    org_id = grant.organisation_id()
    client = session.execute(
        select(Client).where(
            col(Client.id) == data.client_id,
            col(Client.organisation_id) == org_id,
            col(Client.team_id).in_(grant.actor.team_ids),
        )
    ).scalar_one_or_none()
    if client is None:
        raise InvalidInput.one(
            "clientId", "not_found", "Deze klant bestaat niet of hoort niet bij uw teams."
        )
    if data.case_id is not None:
        linked = session.get(Case, data.case_id)
        if (
            linked is None
            or linked.organisation_id != org_id
            or linked.team_id not in grant.actor.team_ids
        ):
            raise InvalidInput.one(
                "caseId", "not_found", "Deze casus bestaat niet of valt buiten uw teams."
            )
        if linked.client_id != client.id:
            raise InvalidInput.one(
                "caseId", "other_client", "Deze casus gaat over een andere klant."
            )
    if session.execute(
        select(col(Assessment.id)).where(
            col(Assessment.client_id) == client.id, col(Assessment.status) == "open"
        )
    ).first():
        raise Conflict("Voor deze klant loopt al een afweging.")
    latest = session.execute(
        select(Assessment)
        .where(col(Assessment.client_id) == client.id, col(Assessment.status) == "afgerond")
        .order_by(col(Assessment.completed_at).desc())
        .limit(1)
    ).scalar_one_or_none()
    if (
        latest is not None
        and latest.outcome == "traject_mogelijk"
        and latest.review_decision is None
    ):
        raise Conflict("De laatste afweging is een verwijzing naar R&W die nog niet is beoordeeld.")
    version_id = _current_version_id(session, org_id)
    assert version_id is not None
    now = clock.now()
    assessment = Assessment(
        organisation_id=org_id,
        client_id=client.id,
        team_id=client.team_id,
        case_id=data.case_id,
        author_id=grant.actor.id,
        tree_version_id=version_id,
        twijfel=data.twijfel,
        created_at=now,
        updated_at=now,
    )
    session.add(assessment)
    session.flush()
    audit.by(
        session,
        grant.actor,
        "create",
        "assessment",
        assessment.id,
        {
            "clientId": {"old": None, "new": str(client.id)},
            "twijfel": {"old": None, "new": data.twijfel},
        },
    )
    return assessment


def _touch(assessment: Assessment) -> None:
    assessment.version += 1
    assessment.updated_at = clock.now()


def flag_twijfel(
    session: Session, grant: Grant, assessment_id: uuid.UUID, twijfel: bool, if_match: str | None
) -> Assessment:
    assessment = get_assessment(session, grant, assessment_id)
    _require_author(grant, assessment)
    check_version(if_match, assessment.version)
    _require_open(assessment)
    if assessment.twijfel != twijfel:
        audit.by(
            session,
            grant.actor,
            "update",
            "assessment",
            assessment.id,
            {"twijfel": {"old": assessment.twijfel, "new": twijfel}},
        )
        assessment.twijfel = twijfel
        _touch(assessment)
        session.add(assessment)
        session.flush()
    return assessment


def withdraw(session: Session, grant: Grant, assessment_id: uuid.UUID) -> Assessment:
    assessment = get_assessment(session, grant, assessment_id)
    leads_team = Scope.TEAM in grant.scopes and assessment.team_id in grant.actor.team_ids
    if assessment.author_id != grant.actor.id and not leads_team:
        raise Forbidden("Alleen de auteur of de teamleider trekt een afweging in.")
    _require_open(assessment)
    assessment.status = "ingetrokken"
    _touch(assessment)
    session.add(assessment)
    audit.by(
        session,
        grant.actor,
        "update",
        "assessment",
        assessment.id,
        {"status": {"old": "open", "new": "ingetrokken"}},
    )
    session.flush()
    return assessment


# --------------------------------------------------------------------------- arguments


def _settings(session: Session, organisation_id: uuid.UUID) -> OrganisationSettings:
    settings = session.get(OrganisationSettings, organisation_id)
    assert settings is not None
    return settings


def _refuse(
    session: Session,
    actor: Actor,
    team_id: uuid.UUID | None,
    question_key: str | None,
    reason: str,
    name: str = "argument",
) -> None:
    """Record the refusal (never the text) so the stats count it, then answer 400."""
    assert actor.organisation_id is not None
    session.add(
        ArgumentRefusal(
            organisation_id=actor.organisation_id,
            team_id=team_id,
            author_id=actor.id,
            question_key=question_key,
            reason=reason,
            refused_on=clock.today(),
        )
    )
    session.commit()  # the request fails, the refusal must stay
    raise InvalidInput([InvalidParam(name, reason, REASONS[reason])], "Dit argument voldoet niet.")


def _check_argument(
    session: Session,
    actor: Actor,
    organisation_id: uuid.UUID,
    team_id: uuid.UUID | None,
    question_key: str | None,
    argument: str,
    duplicate: bool,
) -> None:
    settings = _settings(session, organisation_id)
    phrases = (
        session.execute(
            select(col(BoilerplatePhrase.normalised)).where(
                col(BoilerplatePhrase.organisation_id) == organisation_id
            )
        )
        .scalars()
        .all()
    )
    reason = first_failure(
        argument,
        min_chars=settings.argument_min_chars,
        min_words=settings.argument_min_words,
        phrases=phrases,
        is_duplicate=duplicate,
    )
    if reason is not None:
        _refuse(session, actor, team_id, question_key, reason)


def _answer_is_duplicate(session: Session, assessment: Assessment, key: str, digest: str) -> bool:
    since = clock.now() - DUPLICATE_WINDOW
    return (
        session.execute(
            select(col(Answer.assessment_id))
            .where(
                col(Answer.author_id) == assessment.author_id,
                col(Answer.argument_hash) == digest,
                or_(
                    and_(
                        col(Answer.assessment_id) == assessment.id, col(Answer.question_key) != key
                    ),
                    and_(
                        col(Answer.assessment_id) != assessment.id,
                        col(Answer.question_key) == key,
                        col(Answer.answered_at) >= since,
                    ),
                ),
            )
            .limit(1)
        ).first()
        is not None
    )


def put_answer(
    session: Session, grant: Grant, assessment_id: uuid.UUID, key: str, data: AnswerWrite
) -> Assessment:
    assessment = get_assessment(session, grant, assessment_id)
    _, definition = definition_of(session, assessment)
    question = definition.question(key)
    if question is None:
        raise NotFound("Deze vraag hoort niet bij de versie van de beslisboom van deze afweging.")
    _require_author(grant, assessment)
    _require_open(assessment)
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
        _check_argument(
            session,
            grant.actor,
            assessment.organisation_id,
            assessment.team_id,
            key,
            argument,
            _answer_is_duplicate(session, assessment, key, digest),
        )
    existing = session.get(Answer, (assessment.id, key))
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
    _touch(assessment)
    session.add(assessment)
    audit.by(
        session,
        grant.actor,
        "update" if existing else "create",
        "assessment_answer",
        assessment.id,
        {
            "questionKey": key,
            "answer": {"old": existing.answer if existing else None, "new": answer},
            "argument": audit.CHANGED if argument else None,
        },
    )
    session.flush()
    return assessment


# --------------------------------------------------------------------------- completion


def _argument_required(
    settings: OrganisationSettings, assessment: Assessment, key: str, deciding_key: str
) -> bool:
    return key == deciding_key or settings.arguments_required == "altijd" or assessment.twijfel


def complete(
    session: Session, grant: Grant, assessment_id: uuid.UUID, data: CompletionWrite
) -> Assessment:
    assessment = get_assessment(session, grant, assessment_id)
    _require_author(grant, assessment)
    if assessment.status == "afgerond":
        raise Conflict("Deze afweging is al afgerond.")
    _require_open(assessment)
    version, definition = definition_of(session, assessment)
    settings = _settings(session, assessment.organisation_id)
    answers = {a.question_key: a for a in answers_of(session, assessment.id)}
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
    problems += bsn_problems(
        [
            ("conclusion", data.conclusion),
            ("decisiveInformation", data.decisive_information),
            ("otherProfessionals", data.other_professionals),
            (
                "consultation.explanation",
                data.consultation.explanation if data.consultation else None,
            ),
            (
                "discussedWithClient.how",
                data.discussed_with_client.how if data.discussed_with_client else None,
            ),
        ]
    )
    if problems:
        raise InvalidInput(problems, "De afweging is nog niet compleet.")
    decided = answers[deciding].answer
    number = next(i for i, q in enumerate(definition.questions, 1) if q.key == deciding)
    outcome = definition.outcome_rule.outcomes[decided]
    assessment.outcome = outcome
    assessment.outcome_explanation = {
        "treeVersionId": str(version.id),
        "treeVersionNumber": version.number,
        "rule": {"questionKey": deciding, "answer": decided, "outcome": outcome},
        "text": (
            f"Vraag {number} is beantwoord met '{ANSWER_LABELS.get(decided, decided)}'. Volgens "
            f"versie {version.number} van de beslisboom leidt dat tot: {OUTCOME_LABELS[outcome]}."
        ),
        "answers": {key: answers[key].answer for key in (q.key for q in definition.questions)},
    }
    assessment.completion = Completion.model_validate(data.model_dump()).model_dump(
        by_alias=True, mode="json"
    )
    assessment.status = "afgerond"
    assessment.completed_at = clock.now()
    _touch(assessment)
    session.add(assessment)
    audit.by(
        session,
        grant.actor,
        "update",
        "assessment",
        assessment.id,
        {"status": {"old": "open", "new": "afgerond"}, "outcome": {"old": None, "new": outcome}},
    )
    session.flush()
    return assessment


# --------------------------------------------------------------------------- reviews


def create_review(
    session: Session, grant: Grant, assessment_id: uuid.UUID, data: ReviewCreate
) -> Review:
    assessment = get_assessment(session, grant, assessment_id)
    if assessment.author_id == grant.actor.id:  # whatever route: nobody reviews their own
        raise Forbidden("U beoordeelt geen afweging die u zelf hebt gemaakt.")
    if assessment.status != "afgerond" or assessment.outcome != "traject_mogelijk":
        raise Conflict(
            "Alleen een afgeronde verwijzing naar R&W (traject mogelijk) wordt beoordeeld."
        )
    if assessment.review_decision is not None:
        raise Conflict("Deze verwijzing is al beoordeeld.")
    _, definition = definition_of(session, assessment)
    keys = {q.key for q in definition.questions}
    problems = [
        InvalidParam(f"remarks.{k}", "not_found", "Deze vraag hoort niet bij de beslisboom.")
        for k in data.remarks
        if k not in keys
    ]
    argument = data.argument if data.argument.strip() else ""
    if not argument:
        problems.append(InvalidParam("argument", "required", "Onderbouw uw beoordeling."))
    problems += bsn_problems(
        [("argument", argument)] + [(f"remarks.{k}", v) for k, v in data.remarks.items()]
    )
    if problems:
        raise InvalidInput(problems)
    digest = fingerprint(argument)
    duplicate = (
        session.execute(
            select(col(Review.id))
            .where(
                col(Review.reviewer_id) == grant.actor.id,
                col(Review.argument_hash) == digest,
                col(Review.reviewed_at) >= clock.now() - DUPLICATE_WINDOW,
            )
            .limit(1)
        ).first()
        is not None
    )
    _check_argument(
        session, grant.actor, assessment.organisation_id, None, None, argument, duplicate
    )
    review = Review(
        assessment_id=assessment.id,
        reviewer_id=grant.actor.id,
        decision=data.decision,
        argument=argument,
        argument_hash=digest,
        remarks=dict(data.remarks),
        reviewed_at=clock.now(),
    )
    session.add(review)
    assessment.review_decision = data.decision
    _touch(assessment)
    session.add(assessment)
    session.flush()
    audit.by(
        session,
        grant.actor,
        "create",
        "assessment_review",
        review.id,
        {"decision": {"old": None, "new": data.decision}, "argument": audit.CHANGED},
    )
    return review


def list_reviews(session: Session, grant: Grant, assessment_id: uuid.UUID) -> list[Review]:
    assessment = get_assessment(session, grant, assessment_id)
    audit.by(session, grant.actor, "read", "assessment_review", assessment.id)
    return list(
        session.execute(
            select(Review)
            .where(col(Review.assessment_id) == assessment.id)
            .order_by(col(Review.reviewed_at))
        ).scalars()
    )


# --------------------------------------------------------------------------- handover


def handover(session: Session, grant: Grant, assessment_id: uuid.UUID) -> dict[str, Any]:
    assessment = get_assessment(session, grant, assessment_id)
    if assessment.status != "afgerond":
        raise Conflict("Een overdrachtsformulier bestaat pas als de afweging is afgerond.")
    audit.by(session, grant.actor, "read", "assessment_handover", assessment.id)
    view = assessment_view(session, assessment)
    _, definition = definition_of(session, assessment)
    labels = {
        q.key: {c.key: c.label for c in (q.characteristics or [])} for q in definition.questions
    }
    blocks = []
    for answer in view["answers"]:
        question = definition.question(answer["question_key"])
        assert question is not None
        blocks.append(
            {
                "question_key": question.key,
                "question": question.text,
                "answer": answer["answer"],
                "answer_label": ANSWER_LABELS.get(answer["answer"], answer["answer"]),
                "characteristics": [
                    {**c, "label": labels[question.key].get(c["key"], c["key"])}
                    for c in answer["characteristics"] or []
                ],
                "argument": answer["argument"],
                "sources": answer["sources"],
            }
        )
    return {
        "assessment_id": assessment.id,
        "client_id": assessment.client_id,
        "tree_version_number": view["tree_version_number"],
        "questions": blocks,
        "outcome": assessment.outcome,
        "outcome_label": OUTCOME_LABELS[assessment.outcome or ""],
        "outcome_explanation": assessment.outcome_explanation,
        "completion": assessment.completion,
        "completed_at": assessment.completed_at,
        "review_decision": assessment.review_decision,
    }


def handover_text(form: dict[str, Any]) -> str:
    """The text CompetenSYS pastes: blocks separated by a blank line."""
    blocks: list[str] = []
    for question in form["questions"]:
        lines = [question["question"], f"Antwoord: {question['answer_label']}"]
        for item in question["characteristics"]:
            if item["obstacle"]:
                trend = TREND_LABELS.get(item.get("trend") or "", item.get("trend") or "")
                note = f" — {item['note']}" if item.get("note") else ""
                lines.append(f"- {item['label']}: belemmering ({trend}){note}")
            else:
                lines.append(f"- {item['label']}: geen belemmering")
        lines.append(f"Argument: {question['argument'] or ''}".rstrip())
        lines.append("Bronnen: " + ", ".join(SOURCE_LABELS.get(s, s) for s in question["sources"]))
        blocks.append("\n".join(lines))
    completion = form["completion"] or {}
    consultation = completion.get("consultation") or {}
    blocks.append(f"Uitkomst: {form['outcome_label']}")
    blocks.append(f"{GUIDELINE_QUESTION} {'Ja' if completion.get('guidelineUsed') else 'Nee'}")
    blocks.append(
        "\n".join(
            [
                f"{CONSULTATION_QUESTION} {'Ja' if consultation.get('held') else 'Nee'}",
                f"Overleg gehad met: {consultation.get('withWhom') or ''}".rstrip(),
                f"Toelichting: {consultation.get('explanation') or ''}".rstrip(),
            ]
        )
    )
    blocks.append(f"Conclusie: {completion.get('conclusion') or ''}".rstrip())
    return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------- lists


@dataclass
class AssessmentFilter:
    client_id: uuid.UUID | None = None
    team_id: uuid.UUID | None = None
    author_id: uuid.UUID | None = None
    status: str | None = None
    twijfel: bool | None = None
    review_decision: str | None = None
    outcome: str | None = None
    reviewed: bool | None = None


def list_assessments(
    session: Session, grant: Grant, filters: AssessmentFilter, limit: int, offset: int
) -> tuple[list[dict[str, Any]], int]:
    people.require_team_filter(session, grant, filters.team_id)
    query = select(
        col(Assessment.id),
        col(Assessment.client_id),
        col(Assessment.team_id),
        col(Assessment.author_id),
        col(Assessment.status),
        col(Assessment.twijfel),
        col(Assessment.outcome),
        col(Assessment.completed_at),
        col(Assessment.review_decision),
        col(Assessment.created_at),
        col(Assessment.version),
    ).where(readable(grant))
    for column, value in (
        (Assessment.client_id, filters.client_id),
        (Assessment.team_id, filters.team_id),
        (Assessment.author_id, filters.author_id),
        (Assessment.status, filters.status),
        (Assessment.twijfel, filters.twijfel),
        (Assessment.outcome, filters.outcome),
        (Assessment.review_decision, filters.review_decision),
    ):
        if value is not None:
            query = query.where(col(column) == value)
    if filters.reviewed is not None:
        decided = col(Assessment.review_decision).is_not(None)
        query = query.where(decided if filters.reviewed else ~decided)
    rows, total = page_rows(
        session, query, (col(Assessment.created_at).desc(), col(Assessment.id)), limit, offset
    )
    audit.list_read(session, grant.actor, "assessment", filters)
    return rows, total


# --------------------------------------------------------------------------- stats


def _instant(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=clock.AMSTERDAM)


@dataclass
class StatsQuery:
    team_id: uuid.UUID | None
    from_date: date | None
    to_date: date | None
    group_by: str  # "team" | "person"


def stats(session: Session, grant: Grant, query: StatsQuery) -> dict[str, Any]:
    """Figures per team or person, every figure aggregated in SQL (DOMAIN.md §2 Monitoring)."""
    actor = grant.actor
    if query.group_by == "person":
        grant = authorize(actor, Op.ASSESSMENT_STATS_PER_PERSON)
    org_id = grant.organisation_id()
    people.require_team_filter(session, grant, query.team_id)
    if query.from_date and query.to_date and query.to_date < query.from_date:
        raise InvalidInput.one("toDate", "before_start", "De einddatum ligt voor de begindatum.")
    key = col(Assessment.team_id) if query.group_by == "team" else col(Assessment.author_id)
    refusal_key = (
        col(ArgumentRefusal.team_id) if query.group_by == "team" else col(ArgumentRefusal.author_id)
    )
    scope = [col(Assessment.organisation_id) == org_id, col(Assessment.status) == "afgerond"]
    refusal_scope = [col(ArgumentRefusal.organisation_id) == org_id]
    if not grant.org_wide:
        if Scope.TEAM in grant.scopes:
            scope.append(col(Assessment.team_id).in_(actor.team_ids))
            refusal_scope.append(col(ArgumentRefusal.team_id).in_(actor.team_ids))
        else:  # own
            scope.append(col(Assessment.author_id) == actor.id)
            refusal_scope.append(col(ArgumentRefusal.author_id) == actor.id)
    if query.team_id is not None:
        scope.append(col(Assessment.team_id) == query.team_id)
        refusal_scope.append(col(ArgumentRefusal.team_id) == query.team_id)
    if query.from_date:
        scope.append(col(Assessment.completed_at) >= _instant(query.from_date))
        refusal_scope.append(col(ArgumentRefusal.refused_on) >= query.from_date)
    if query.to_date:
        scope.append(col(Assessment.completed_at) < _instant(query.to_date + timedelta(days=1)))
        refusal_scope.append(col(ArgumentRefusal.refused_on) <= query.to_date)

    def count_if(condition: ColumnElement[bool]) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    referral = col(Assessment.outcome) == "traject_mogelijk"
    aggregates = (
        func.count().label("assessments"),
        count_if(referral).label("traject_mogelijk"),
        count_if(col(Assessment.outcome) == "nu_geen_traject").label("nu_geen_traject"),
        count_if(col(Assessment.outcome) == "uitgesteld").label("uitgesteld"),
        count_if(col(Assessment.twijfel).is_(True)).label("twijfel"),
        count_if(and_(referral, col(Assessment.review_decision).is_not(None))).label("reviews"),
        count_if(and_(referral, col(Assessment.review_decision) == "teruggemeld")).label("returns"),
    )
    grouped = select(key.label("k"), *aggregates).where(*scope)
    rows = {r.k: dict(r._mapping) for r in session.execute(grouped.group_by(key))}
    totals = dict(session.execute(select(*aggregates).where(*scope)).one()._mapping)
    refusals: dict[Any, dict[str, int]] = {}
    for k, reason, n in session.execute(
        select(refusal_key, col(ArgumentRefusal.reason), func.count())
        .where(*refusal_scope)
        .group_by(refusal_key, col(ArgumentRefusal.reason))
    ):
        refusals.setdefault(k, {})[reason] = n
    medians = _medians(session, key, scope)
    keys = [k for k in set(rows) | set(refusals) if k is not None]

    def row(
        k: Any, base: dict[str, Any] | None, refused: dict[str, int], median: float | None
    ) -> dict[str, Any]:
        base = base or {}
        reviews = int(base.get("reviews") or 0)
        returns = int(base.get("returns") or 0)
        item = {
            "assessments": int(base.get("assessments") or 0),
            "outcomes": {
                o: int(base.get(o) or 0)
                for o in ("traject_mogelijk", "nu_geen_traject", "uitgesteld")
            },
            "twijfel": int(base.get("twijfel") or 0),
            "referrals": int(base.get("traject_mogelijk") or 0),
            "reviews": reviews,
            "returns": returns,
            "return_rate": returns / reviews if reviews else None,
            "refusals": {
                r: int(refused.get(r, 0)) for r in ("too_short", "boilerplate", "duplicate")
            },
            "median_argument_length": median,
        }
        if k is not None:
            item["team_id" if query.group_by == "team" else "user_id"] = k
        return item

    all_refusals: dict[str, int] = {}
    for counts in refusals.values():
        for reason, n in counts.items():
            all_refusals[reason] = all_refusals.get(reason, 0) + n
    items = [
        row(k, rows.get(k), refusals.get(k, {}), medians.get(k)) for k in sorted(keys, key=str)
    ]
    audit.by(
        session,
        actor,
        "read",
        "assessment_stats",
        None,
        {"groupBy": query.group_by, "teamId": str(query.team_id) if query.team_id else None},
    )
    return {"totals": row(None, totals, all_refusals, medians.get("__all__")), "items": items}


def _medians(session: Session, key: Any, scope: list[Any]) -> dict[Any, float | None]:
    """The interpolated median of argument lengths, per group and overall, computed in SQL."""
    base = (
        select(key.label("k"), col(Answer.argument_length).label("len"))
        .join(Answer, col(Answer.assessment_id) == col(Assessment.id))
        .where(*scope, col(Answer.argument_length).is_not(None))
    )
    result: dict[Any, float | None] = {}
    if session.get_bind().dialect.name == "postgresql":
        lengths = base.subquery()
        median = func.percentile_cont(0.5).within_group(lengths.c.len)
        for k, value in session.execute(select(lengths.c.k, median).group_by(lengths.c.k)):
            result[k] = float(value)
        overall = session.execute(select(median)).scalar_one()
        result["__all__"] = float(overall) if overall is not None else None
        return result
    # SQLite: the middle row(s) by row_number over the ordered values and the count
    for group_col, label in ((True, None), (False, "__all__")):
        lengths = base.subquery()
        partition = [lengths.c.k] if group_col else []
        ranked = select(
            lengths.c.k.label("k") if group_col else literal_column("'__all__'").label("k"),
            lengths.c.len,
            func.row_number().over(partition_by=partition, order_by=lengths.c.len).label("rn"),
            func.count().over(partition_by=partition).label("cnt"),
        ).subquery()
        middle = (
            select(ranked.c.k, func.avg(ranked.c.len))
            .where(ranked.c.rn.in_([(ranked.c.cnt + 1) // 2, (ranked.c.cnt + 2) // 2]))
            .group_by(ranked.c.k)
        )
        for k, value in session.execute(middle):
            result[label or k] = float(value) if value is not None else None
    return result
