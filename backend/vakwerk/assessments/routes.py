"""Decision trees, boilerplate phrases, assessments, reviews, handover and stats."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from fastapi.responses import PlainTextResponse
from pydantic import Field

from vakwerk.assessments import service
from vakwerk.assessments.schemas import (
    AnswerWrite,
    AssessmentCreate,
    AssessmentRead,
    AssessmentSummary,
    AssessmentUpdate,
    CompletionWrite,
    PhraseCreate,
    PhraseRead,
    ReviewCreate,
    ReviewRead,
    Source,
    Stats,
    TreeVersionCreate,
    TreeVersionRead,
    TreeVersionSummary,
)
from vakwerk.core import audit
from vakwerk.core.db import SessionDep
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, op
from vakwerk.core.schema import Page, Read

router = APIRouter(tags=["Afwegingen"])
PagingDep = Annotated[Paging, Depends(paging)]
TEXT = "text/plain"


class Reviews(Read):
    items: list[ReviewRead] = Field(max_length=10)


class HandoverQuestion(Read):
    question_key: str = Field(max_length=40)
    question: str = Field(max_length=2000)
    answer: str = Field(max_length=40)
    answer_label: str = Field(max_length=200)
    characteristics: list[dict[str, Any]] = Field(max_length=20)
    argument: str | None = Field(default=None, max_length=4000)
    sources: list[Source] = Field(max_length=5)


class Handover(Read):
    assessment_id: uuid.UUID
    client_id: uuid.UUID
    tree_version_number: int = Field(ge=1)
    questions: list[HandoverQuestion] = Field(max_length=30)
    outcome: Literal["traject_mogelijk", "nu_geen_traject", "uitgesteld"]
    outcome_label: str = Field(max_length=200)
    outcome_explanation: dict[str, Any]
    completion: dict[str, Any]
    review_decision: Literal["geaccepteerd", "teruggemeld"] | None


# --------------------------------------------------------------------------- trees


@router.get(
    "/decision-trees",
    response_model=Page[TreeVersionSummary],
    summary="Versies van de beslisboom",
    **op(Op.READ_TREES),
)
def list_decision_trees(
    session: SessionDep, grant: GrantDep, page: PagingDep
) -> Page[TreeVersionSummary]:
    rows, total = service.list_trees(session, grant, page.limit, page.offset)
    return Page.of(TreeVersionSummary, rows, total, page)


@router.post(
    "/decision-trees",
    response_model=TreeVersionRead,
    status_code=201,
    summary="Nieuwe versie publiceren (wordt direct de huidige)",
    **op(Op.PUBLISH_TREE, problems=(400,)),
)
def publish_decision_tree(
    session: SessionDep, grant: GrantDep, body: TreeVersionCreate, response: Response
) -> TreeVersionRead:
    version = service.publish_tree(session, grant, body.definition)
    created(response, f"/api/v1/decision-trees/{version.id}")
    return TreeVersionRead.model_validate(service.tree_view(session, version))


@router.get(
    "/decision-trees/{id}",
    response_model=TreeVersionRead,
    summary="Eén gepubliceerde versie",
    **op(Op.READ_TREES),
)
def get_decision_tree(session: SessionDep, grant: GrantDep, id: uuid.UUID) -> TreeVersionRead:
    return TreeVersionRead.model_validate(
        service.tree_view(session, service.get_tree(session, grant, id))
    )


# --------------------------------------------------------------------------- boilerplate


@router.get(
    "/boilerplate-phrases",
    response_model=Page[PhraseRead],
    summary="Lijst met standaardzinnen",
    **op(Op.READ_TREES),
)
def list_boilerplate_phrases(
    session: SessionDep, grant: GrantDep, page: PagingDep
) -> Page[PhraseRead]:
    rows, total = service.list_phrases(session, grant, page.limit, page.offset)
    return Page.of(PhraseRead, rows, total, page)


@router.post(
    "/boilerplate-phrases",
    response_model=PhraseRead,
    status_code=201,
    summary="Standaardzin toevoegen",
    **op(Op.MAINTAIN_BOILERPLATE, problems=(400, 409)),
)
def create_boilerplate_phrase(
    session: SessionDep, grant: GrantDep, body: PhraseCreate, response: Response
) -> PhraseRead:
    phrase = service.create_phrase(session, grant, body.text)
    created(response, f"/api/v1/boilerplate-phrases/{phrase.id}")
    return PhraseRead.model_validate(phrase)


@router.get(
    "/boilerplate-phrases/{id}",
    response_model=PhraseRead,
    summary="Eén standaardzin",
    **op(Op.READ_TREES),
)
def get_boilerplate_phrase(session: SessionDep, grant: GrantDep, id: uuid.UUID) -> PhraseRead:
    return PhraseRead.model_validate(service.get_phrase(session, grant, id))


@router.delete(
    "/boilerplate-phrases/{id}",
    status_code=204,
    summary="Standaardzin verwijderen",
    **op(Op.MAINTAIN_BOILERPLATE),
)
def delete_boilerplate_phrase(session: SessionDep, grant: GrantDep, id: uuid.UUID) -> Response:
    service.delete_phrase(session, grant, id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- assessments


def _reply(
    session: SessionDep, response: Response, assessment: service.Assessment
) -> AssessmentRead:
    etag(response, assessment.version)
    return AssessmentRead.model_validate(service.assessment_view(session, assessment))


@router.get(
    "/assessments",
    response_model=Page[AssessmentSummary],
    summary="Afwegingen",
    **op(Op.READ_ASSESSMENTS, problems=(400,), personal_data=True),
)
def list_assessments(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    client_id: Annotated[uuid.UUID | None, Query(alias="clientId")] = None,
    team_id: Annotated[uuid.UUID | None, Query(alias="teamId")] = None,
    author_id: Annotated[uuid.UUID | None, Query(alias="authorId")] = None,
    status: Annotated[Literal["open", "afgerond", "ingetrokken"] | None, Query()] = None,
    twijfel: Annotated[bool | None, Query()] = None,
    outcome: Annotated[
        Literal["traject_mogelijk", "nu_geen_traject", "uitgesteld"] | None, Query()
    ] = None,
    review_decision: Annotated[
        Literal["geaccepteerd", "teruggemeld"] | None, Query(alias="reviewDecision")
    ] = None,
    reviewed: Annotated[
        bool | None, Query(description="Wel of nog niet beoordeeld door R&W")
    ] = None,
) -> Page[AssessmentSummary]:
    filters = service.AssessmentFilter(
        client_id, team_id, author_id, status, twijfel, review_decision, outcome, reviewed
    )
    rows, total = service.list_assessments(session, grant, filters, page.limit, page.offset)
    return Page.of(AssessmentSummary, rows, total, page)


@router.post(
    "/assessments",
    response_model=AssessmentRead,
    status_code=201,
    summary="Afweging starten op de huidige versie van de beslisboom",
    **op(Op.START_ASSESSMENT, problems=(400, 409), personal_data=True),
)
def start_assessment(
    session: SessionDep, grant: GrantDep, body: AssessmentCreate, response: Response
) -> AssessmentRead:
    assessment = service.start(session, grant, body)
    created(response, f"/api/v1/assessments/{assessment.id}")
    return _reply(session, response, assessment)


@router.get(
    "/assessments/{id}",
    response_model=AssessmentRead,
    summary="Eén afweging",
    **op(Op.READ_ASSESSMENTS, personal_data=True),
)
def get_assessment(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> AssessmentRead:
    assessment = service.get_assessment(session, grant, id)
    audit.by(session, grant.actor, "read", "assessment", assessment.id)
    return _reply(session, response, assessment)


@router.patch(
    "/assessments/{id}",
    response_model=AssessmentRead,
    summary="Twijfelgeval aan- of uitzetten",
    **op(
        Op.ANSWER_ASSESSMENT,
        problems=(409, 412, 428),
        consumes=(MERGE_PATCH, JSON),
        personal_data=True,
    ),
)
def update_assessment(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    body: AssessmentUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> AssessmentRead:
    return _reply(
        session, response, service.flag_twijfel(session, grant, id, body.twijfel, if_match)
    )


@router.put(
    "/assessments/{id}/answers/{questionKey}",
    response_model=AssessmentRead,
    summary="Antwoord met argument en bronnen vastleggen",
    **op(Op.ANSWER_ASSESSMENT, problems=(400, 409), personal_data=True),
)
def put_assessment_answer(
    session: SessionDep,
    grant: GrantDep,
    id: uuid.UUID,
    question_key: Annotated[
        str, Path(alias="questionKey", max_length=40, pattern=r"^[a-z][a-z0-9_]{0,39}$")
    ],
    body: AnswerWrite,
    response: Response,
) -> AssessmentRead:
    return _reply(session, response, service.put_answer(session, grant, id, question_key, body))


@router.post(
    "/assessments/{id}/complete",
    response_model=AssessmentRead,
    summary="Afweging afronden",
    **op(Op.ANSWER_ASSESSMENT, problems=(400, 409), personal_data=True),
)
def complete_assessment(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, body: CompletionWrite, response: Response
) -> AssessmentRead:
    return _reply(session, response, service.complete(session, grant, id, body))


@router.post(
    "/assessments/{id}/withdraw",
    response_model=AssessmentRead,
    summary="Open afweging intrekken",
    **op(Op.WITHDRAW_ASSESSMENT, problems=(409,), personal_data=True),
)
def withdraw_assessment(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, response: Response
) -> AssessmentRead:
    return _reply(session, response, service.withdraw(session, grant, id))


@router.post(
    "/assessments/{id}/reviews",
    response_model=ReviewRead,
    status_code=201,
    summary="Verwijzing accepteren of terugmelden (R&W)",
    **op(Op.REVIEW_REFERRAL, problems=(400, 409), personal_data=True),
)
def create_assessment_review(
    session: SessionDep, grant: GrantDep, id: uuid.UUID, body: ReviewCreate, response: Response
) -> ReviewRead:
    review = service.create_review(session, grant, id, body)
    created(response, f"/api/v1/assessments/{id}/reviews")
    return ReviewRead.model_validate({**review.model_dump(), "remarks": review.remarks or {}})


@router.get(
    "/assessments/{id}/reviews",
    response_model=Reviews,
    summary="Beoordelingen van een afweging",
    **op(Op.READ_ASSESSMENTS, personal_data=True),
)
def list_assessment_reviews(session: SessionDep, grant: GrantDep, id: uuid.UUID) -> Reviews:
    reviews = service.list_reviews(session, grant, id)
    return Reviews(
        items=[
            ReviewRead.model_validate({**r.model_dump(), "remarks": r.remarks or {}})
            for r in reviews
        ]
    )


@router.get(
    "/assessments/{id}/handover",
    response_model=Handover,
    summary="Overdrachtsformulier (JSON, of tekst met Accept: text/plain)",
    responses={200: {"content": {TEXT: {"schema": {"type": "string", "maxLength": 100000}}}}},
    **op(Op.READ_ASSESSMENTS, problems=(409,), produces=(JSON, TEXT), personal_data=True),
)
def get_assessment_handover(
    session: SessionDep, grant: GrantDep, request: Request, id: uuid.UUID
) -> Any:
    form = service.handover(session, grant, id)
    accept = request.headers.get("accept", "")
    if TEXT in accept and "application/json" not in accept:
        return PlainTextResponse(service.handover_text(form))
    return Handover.model_validate(form)


@router.get(
    "/assessment-stats",
    response_model=Stats,
    summary="Cijfers over afwegingen per team of persoon",
    **op(Op.ASSESSMENT_STATS, problems=(400,)),
)
def get_assessment_stats(
    session: SessionDep,
    grant: GrantDep,
    team_id: Annotated[uuid.UUID | None, Query(alias="teamId")] = None,
    from_date: Annotated[date | None, Query(alias="fromDate")] = None,
    to_date: Annotated[date | None, Query(alias="toDate")] = None,
    group_by: Annotated[Literal["team", "person"], Query(alias="groupBy")] = "team",
) -> Stats:
    result = service.stats(
        session, grant, service.StatsQuery(team_id, from_date, to_date, group_by)
    )
    return Stats.model_validate(result)
