"""Decision trees, boilerplate phrases, assessments, reviews, handover and stats."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import Depends, Path, Query, Request, Response
from fastapi.responses import PlainTextResponse
from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.assessments import handover, lists, reviews, stats, trees, walk
from vakwerk.assessments.access import assessment_read, load_assessment
from vakwerk.assessments.models import Assessment
from vakwerk.assessments.schemas import (
    AnswerWrite,
    AssessmentCreate,
    AssessmentRead,
    AssessmentSummary,
    AssessmentUpdate,
    CompletionWrite,
    Handover,
    PhraseCreate,
    PhraseRead,
    ReviewCreate,
    ReviewRead,
    Reviews,
    Stats,
    TreeVersionCreate,
    TreeVersionRead,
    TreeVersionSummary,
)
from vakwerk.core.http import IfMatch, Paging, created, etag, paging
from vakwerk.core.policy import Op
from vakwerk.core.routing import JSON, MERGE_PATCH, GrantDep, SessionDep, op, router
from vakwerk.core.schema import Page
from vakwerk.core.types import Id, QueryDay, QueryFlag, QueryId

routes = router("Afwegingen")
PagingDep = Annotated[Paging, Depends(paging)]
TEXT = "text/plain"


# --------------------------------------------------------------------------- trees


@routes.get(
    "/decision-trees",
    response_model=Page[TreeVersionSummary],
    summary="Versies van de beslisboom",
    **op(Op.READ_TREES),
)
async def list_decision_trees(
    session: SessionDep, grant: GrantDep, page: PagingDep
) -> Page[TreeVersionSummary]:
    rows, total = await trees.list_trees(session, grant, page.limit, page.offset)
    return Page.of(TreeVersionSummary, rows, total, page)


@routes.post(
    "/decision-trees",
    response_model=TreeVersionRead,
    status_code=201,
    summary="Nieuwe versie publiceren (wordt direct de huidige)",
    **op(Op.PUBLISH_TREE, problems=(400,)),
)
async def publish_decision_tree(
    session: SessionDep, grant: GrantDep, body: TreeVersionCreate, response: Response
) -> TreeVersionRead:
    version = await trees.publish_tree(session, grant, body.definition)
    created(response, f"/api/v1/decision-trees/{version.id}")
    return await trees.tree_read(session, version)


@routes.get(
    "/decision-trees/{id}",
    response_model=TreeVersionRead,
    summary="Eén gepubliceerde versie",
    **op(Op.READ_TREES),
)
async def get_decision_tree(session: SessionDep, grant: GrantDep, id: Id) -> TreeVersionRead:
    return await trees.tree_read(session, await trees.get_tree(session, grant, id))


# --------------------------------------------------------------------------- boilerplate


@routes.get(
    "/boilerplate-phrases",
    response_model=Page[PhraseRead],
    summary="Lijst met standaardzinnen",
    **op(Op.READ_TREES),
)
async def list_boilerplate_phrases(
    session: SessionDep, grant: GrantDep, page: PagingDep
) -> Page[PhraseRead]:
    rows, total = await trees.list_phrases(session, grant, page.limit, page.offset)
    return Page.of(PhraseRead, rows, total, page)


@routes.post(
    "/boilerplate-phrases",
    response_model=PhraseRead,
    status_code=201,
    summary="Standaardzin toevoegen",
    **op(Op.MAINTAIN_BOILERPLATE, problems=(400, 409)),
)
async def create_boilerplate_phrase(
    session: SessionDep, grant: GrantDep, body: PhraseCreate, response: Response
) -> PhraseRead:
    phrase = await trees.create_phrase(session, grant, body.text)
    created(response, f"/api/v1/boilerplate-phrases/{phrase.id}")
    return PhraseRead.model_validate(phrase)


@routes.get(
    "/boilerplate-phrases/{id}",
    response_model=PhraseRead,
    summary="Eén standaardzin",
    **op(Op.READ_TREES),
)
async def get_boilerplate_phrase(session: SessionDep, grant: GrantDep, id: Id) -> PhraseRead:
    return PhraseRead.model_validate(await trees.get_phrase(session, grant, id))


@routes.delete(
    "/boilerplate-phrases/{id}",
    status_code=204,
    summary="Standaardzin verwijderen",
    **op(Op.MAINTAIN_BOILERPLATE),
)
async def delete_boilerplate_phrase(session: SessionDep, grant: GrantDep, id: Id) -> Response:
    await trees.delete_phrase(session, grant, id)
    return Response(status_code=204)


# --------------------------------------------------------------------------- assessments


async def _reply(
    session: AsyncSession, response: Response, assessment: Assessment
) -> AssessmentRead:
    etag(response, assessment.version)
    return await assessment_read(session, assessment)


@routes.get(
    "/assessments",
    response_model=Page[AssessmentSummary],
    summary="Afwegingen",
    **op(Op.READ_ASSESSMENTS, problems=(400,)),
)
async def list_assessments(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    client_id: Annotated[QueryId | None, Query(alias="clientId")] = None,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    author_id: Annotated[QueryId | None, Query(alias="authorId")] = None,
    status: Annotated[Literal["open", "afgerond", "ingetrokken"] | None, Query()] = None,
    twijfel: Annotated[QueryFlag | None, Query()] = None,
    outcome: Annotated[
        Literal["traject_mogelijk", "nu_geen_traject", "uitgesteld"] | None, Query()
    ] = None,
    review_decision: Annotated[
        Literal["geaccepteerd", "teruggemeld"] | None, Query(alias="reviewDecision")
    ] = None,
    reviewed: Annotated[
        QueryFlag | None, Query(description="Wel of nog niet beoordeeld door R&W")
    ] = None,
    superseded: Annotated[
        QueryFlag | None,
        Query(
            description="Wel of geen latere afweging (open of afgerond, gestart na het afronden "
            "van deze) over dezelfde klant: `false` met `reviewDecision=teruggemeld` zijn de "
            "terugmeldingen die nog op een nieuwe afweging wachten"
        ),
    ] = None,
    completed_from_date: Annotated[
        QueryDay | None,
        Query(alias="completedFromDate", description="Afgerond op of na deze datum"),
    ] = None,
) -> Page[AssessmentSummary]:
    filters = lists.AssessmentFilter(
        client_id,
        team_id,
        author_id,
        status,
        twijfel,
        review_decision,
        outcome,
        reviewed,
        superseded,
        completed_from_date,
    )
    rows, total = await lists.list_assessments(session, grant, filters, page.limit, page.offset)
    return Page.of(AssessmentSummary, rows, total, page)


@routes.post(
    "/assessments",
    response_model=AssessmentRead,
    status_code=201,
    summary="Afweging starten op de huidige versie van de beslisboom",
    **op(Op.START_ASSESSMENT, problems=(400, 409)),
)
async def start_assessment(
    session: SessionDep, grant: GrantDep, body: AssessmentCreate, response: Response
) -> AssessmentRead:
    assessment = await walk.start(session, grant, body)
    created(response, f"/api/v1/assessments/{assessment.id}")
    return await _reply(session, response, assessment)


@routes.get(
    "/assessments/{id}",
    response_model=AssessmentRead,
    summary="Eén afweging",
    **op(Op.READ_ASSESSMENTS),
)
async def get_assessment(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> AssessmentRead:
    return await _reply(session, response, await load_assessment(session, grant, id))


@routes.patch(
    "/assessments/{id}",
    response_model=AssessmentRead,
    summary="Twijfelgeval aan- of uitzetten",
    **op(Op.ANSWER_ASSESSMENT, problems=(409, 412, 428), consumes=(MERGE_PATCH, JSON)),
)
async def update_assessment(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    body: AssessmentUpdate,
    response: Response,
    if_match: IfMatch = None,
) -> AssessmentRead:
    assessment = await walk.flag_twijfel(session, grant, id, body.twijfel, if_match)
    return await _reply(session, response, assessment)


@routes.put(
    "/assessments/{id}/answers/{questionKey}",
    response_model=AssessmentRead,
    summary="Antwoord met argument en bronnen vastleggen",
    **op(Op.ANSWER_ASSESSMENT, problems=(400, 409)),
)
async def put_assessment_answer(
    session: SessionDep,
    grant: GrantDep,
    id: Id,
    question_key: Annotated[
        str, Path(alias="questionKey", max_length=40, pattern=r"^[a-z][a-z0-9_]{0,39}$")
    ],
    body: AnswerWrite,
    response: Response,
) -> AssessmentRead:
    assessment = await walk.put_answer(session, grant, id, question_key, body)
    return await _reply(session, response, assessment)


@routes.post(
    "/assessments/{id}/complete",
    response_model=AssessmentRead,
    summary="Afweging afronden",
    **op(Op.ANSWER_ASSESSMENT, problems=(400, 409)),
)
async def complete_assessment(
    session: SessionDep, grant: GrantDep, id: Id, body: CompletionWrite, response: Response
) -> AssessmentRead:
    return await _reply(session, response, await walk.complete(session, grant, id, body))


@routes.post(
    "/assessments/{id}/withdraw",
    response_model=AssessmentRead,
    summary="Open afweging intrekken",
    **op(Op.WITHDRAW_ASSESSMENT, problems=(409,)),
)
async def withdraw_assessment(
    session: SessionDep, grant: GrantDep, id: Id, response: Response
) -> AssessmentRead:
    return await _reply(session, response, await walk.withdraw(session, grant, id))


@routes.post(
    "/assessments/{id}/reviews",
    response_model=ReviewRead,
    status_code=201,
    summary="Verwijzing accepteren of terugmelden (R&W)",
    **op(Op.REVIEW_REFERRAL, problems=(400, 409)),
)
async def create_assessment_review(
    session: SessionDep, grant: GrantDep, id: Id, body: ReviewCreate, response: Response
) -> ReviewRead:
    review = await reviews.create_review(session, grant, id, body)
    created(response, f"/api/v1/assessments/{id}/reviews")
    return reviews.review_read(review)


@routes.get(
    "/assessments/{id}/reviews",
    response_model=Reviews,
    summary="Beoordelingen van een afweging",
    **op(Op.READ_ASSESSMENTS),
)
async def list_assessment_reviews(session: SessionDep, grant: GrantDep, id: Id) -> Reviews:
    return Reviews(items=await reviews.list_reviews(session, grant, id))


@routes.get(
    "/assessments/{id}/handover",
    response_model=Handover,
    summary="Overdrachtsformulier (JSON, of tekst met Accept: text/plain)",
    responses={200: {"content": {TEXT: {"schema": {"type": "string", "maxLength": 100000}}}}},
    **op(Op.READ_ASSESSMENTS, problems=(409,), produces=(JSON, TEXT)),
)
async def get_assessment_handover(
    session: SessionDep, grant: GrantDep, request: Request, id: Id
) -> Any:
    form = await handover.handover(session, grant, id)
    accept = request.headers.get("accept", "")
    if TEXT in accept and "application/json" not in accept:
        return PlainTextResponse(handover.handover_text(form))
    return form


@routes.get(
    "/assessment-stats",
    response_model=Stats,
    summary="Cijfers over afwegingen per team of persoon",
    **op(Op.ASSESSMENT_STATS, problems=(400,)),
)
async def get_assessment_stats(
    session: SessionDep,
    grant: GrantDep,
    page: PagingDep,
    team_id: Annotated[QueryId | None, Query(alias="teamId")] = None,
    from_date: Annotated[QueryDay | None, Query(alias="fromDate")] = None,
    to_date: Annotated[QueryDay | None, Query(alias="toDate")] = None,
    group_by: Annotated[Literal["team", "person"], Query(alias="groupBy")] = "team",
) -> Stats:
    query = stats.StatsQuery(team_id, from_date, to_date, group_by)
    return await stats.stats(session, grant, query, page.limit, page.offset)
