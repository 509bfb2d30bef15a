"""Request and reply shapes for trees, assessments, answers, reviews, handover and stats."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints

from vakwerk.assessments.tree import Outcome, TreeDefinition
from vakwerk.clients.schemas import MAX_REFS, ExternalRef
from vakwerk.core.schema import Read, Schema
from vakwerk.core.types import Flag, Id, NoBsn

Source = Literal["klant", "eigen_inschatting", "wetenschap", "competensys", "andere_deskundige"]
Trend = Literal["verbeterd", "stabiel", "verslechterd", "terugval_mogelijk"]
AnswerValue = Literal["ja", "nee", "wacht_op_deskundige"]
Argument = Annotated[str, StringConstraints(max_length=4000), NoBsn]
FreeText = Annotated[str, StringConstraints(max_length=2000), NoBsn]
ShortText = Annotated[str, StringConstraints(max_length=200), NoBsn]
Note = Annotated[str, StringConstraints(max_length=1000), NoBsn]


class TreeVersionCreate(Schema):
    definition: TreeDefinition


class TreeVersionRead(Read):
    id: uuid.UUID
    number: int = Field(ge=1)
    definition: TreeDefinition
    current: bool
    published_at: datetime
    published_by: uuid.UUID | None


class TreeVersionSummary(Read):
    id: uuid.UUID
    number: int = Field(ge=1)
    current: bool
    published_at: datetime
    published_by: uuid.UUID | None


class PhraseCreate(Schema):
    text: Annotated[str, StringConstraints(min_length=1, max_length=500), NoBsn]


class PhraseRead(Read):
    id: uuid.UUID
    text: str = Field(max_length=500)
    created_by: uuid.UUID | None
    created_at: datetime


class AssessmentCreate(Schema):
    client_id: Id
    case_id: Id | None = None
    twijfel: Flag = False


class AssessmentUpdate(Schema):
    twijfel: Flag


class Characteristic(Schema):
    key: Annotated[str, StringConstraints(max_length=40)]
    obstacle: Flag
    trend: Trend | None = None
    note: Note | None = None


class CharacteristicRead(Read):
    key: str = Field(max_length=40)
    obstacle: bool
    trend: Trend | None = None
    note: str | None = Field(default=None, max_length=1000)


class AnswerWrite(Schema):
    answer: AnswerValue | None = None
    characteristics: list[Characteristic] | None = Field(default=None, max_length=20)
    argument: Argument | None = None
    sources: list[Source] = Field(
        min_length=1, max_length=5, json_schema_extra={"uniqueItems": True}
    )


class AnswerRead(Read):
    question_key: str = Field(max_length=40)
    answer: AnswerValue
    characteristics: list[CharacteristicRead] | None = Field(default=None, max_length=20)
    argument: str | None = Field(default=None, max_length=4000)
    sources: list[Source] = Field(max_length=5)
    answered_at: datetime


class Consultation(Schema):
    held: Flag
    with_whom: ShortText | None = None
    explanation: FreeText | None = None


class DiscussedWithClient(Schema):
    held: Flag
    how: FreeText | None = None


class ConsultationRead(Read):
    held: bool
    with_whom: str | None = Field(default=None, max_length=200)
    explanation: str | None = Field(default=None, max_length=2000)


class DiscussedWithClientRead(Read):
    held: bool
    how: str | None = Field(default=None, max_length=2000)


# The completion as stored and shown; the service also checks the required members with it,
# after CompletionWrite checked the input.
class Completion(Read):
    guideline_used: bool
    consultation: ConsultationRead
    conclusion: str = Field(min_length=1, max_length=2000)
    decisive_information: str | None = Field(default=None, max_length=2000)
    decided_by: str | None = Field(default=None, max_length=200)
    other_professionals: str | None = Field(default=None, max_length=2000)
    discussed_with_client: DiscussedWithClientRead | None = None


class CompletionWrite(Schema):
    """The completion as sent: required members are checked with the open questions, so one
    reply names every gap (docs/domain.md §2 rule 6)."""

    guideline_used: Flag | None = Field(default=None, description="Verplicht")
    consultation: Consultation | None = Field(default=None, description="Verplicht")
    conclusion: FreeText | None = Field(default=None, description="Verplicht")
    decisive_information: FreeText | None = None
    decided_by: ShortText | None = None
    other_professionals: FreeText | None = None
    discussed_with_client: DiscussedWithClient | None = None


CLIENT_REFS = "De nummers van de klant in de bronsystemen"


class AssessmentRead(Read):
    id: uuid.UUID
    client_id: uuid.UUID
    client_refs: list[ExternalRef] = Field(max_length=MAX_REFS, description=CLIENT_REFS)
    case_id: uuid.UUID | None
    team_id: uuid.UUID
    author_id: uuid.UUID
    tree_version_id: uuid.UUID
    tree_version_number: int = Field(ge=1)
    status: Literal["open", "afgerond", "ingetrokken"]
    twijfel: bool
    answers: list[AnswerRead] = Field(max_length=30)
    outcome: Outcome | None
    outcome_label: str | None = Field(default=None, max_length=200)
    outcome_explanation: dict[str, Any] | None
    completion: Completion | None
    completed_at: datetime | None
    created_at: datetime
    review_decision: Literal["geaccepteerd", "teruggemeld"] | None
    version: int = Field(ge=1)


class AssessmentSummary(Read):
    id: uuid.UUID
    client_id: uuid.UUID
    client_refs: list[ExternalRef] = Field(max_length=MAX_REFS, description=CLIENT_REFS)
    team_id: uuid.UUID
    author_id: uuid.UUID
    status: Literal["open", "afgerond", "ingetrokken"]
    twijfel: bool
    outcome: Outcome | None
    completed_at: datetime | None
    review_decision: Literal["geaccepteerd", "teruggemeld"] | None
    created_at: datetime
    version: int = Field(ge=1)


class ReviewCreate(Schema):
    decision: Literal["geaccepteerd", "teruggemeld"]
    argument: Argument
    remarks: dict[Annotated[str, StringConstraints(max_length=40)], FreeText] = Field(
        default_factory=dict, max_length=30
    )


class ReviewRead(Read):
    id: uuid.UUID
    assessment_id: uuid.UUID
    reviewer_id: uuid.UUID
    decision: Literal["geaccepteerd", "teruggemeld"]
    argument: str = Field(max_length=4000)
    remarks: dict[str, Annotated[str, StringConstraints(max_length=2000)]] = Field(max_length=30)
    reviewed_at: datetime


class Refusals(Read):
    """Keys are the reason codes themselves."""

    model_config = Read.model_config | {"alias_generator": None}

    too_short: int = Field(ge=0)
    boilerplate: int = Field(ge=0)
    duplicate: int = Field(ge=0)


class Outcomes(Read):
    """Keys are the outcome values themselves."""

    model_config = Read.model_config | {"alias_generator": None}

    traject_mogelijk: int = Field(ge=0)
    nu_geen_traject: int = Field(ge=0)
    uitgesteld: int = Field(ge=0)


class StatsRow(Read):
    team_id: uuid.UUID | None = None
    user_id: uuid.UUID | None = None
    assessments: int = Field(ge=0)
    outcomes: Outcomes
    twijfel: int = Field(ge=0)
    referrals: int = Field(ge=0)
    reviews: int = Field(ge=0)
    returns: int = Field(ge=0)
    return_rate: float | None = Field(default=None, ge=0, le=1)
    refusals: Refusals
    median_argument_length: float | None = Field(default=None, ge=0)


class Stats(Read):
    """The totals over everything in view, and one page of the rows per team or person."""

    totals: StatsRow
    items: list[StatsRow] = Field(max_length=200)
    total: int = Field(ge=0, description="Hoeveel rijen er in alles zijn")
    limit: int = Field(ge=1, le=200)
    offset: int = Field(ge=0)


class Reviews(Read):
    items: list[ReviewRead] = Field(max_length=10)


class HandoverCharacteristic(Read):
    key: str = Field(max_length=40)
    label: str = Field(max_length=200)
    obstacle: bool
    trend: Trend | None = None
    note: str | None = Field(default=None, max_length=1000)


class HandoverQuestion(Read):
    question_key: str = Field(max_length=40)
    question: str = Field(max_length=2000)
    answer: AnswerValue
    answer_label: str = Field(max_length=200)
    characteristics: list[HandoverCharacteristic] = Field(max_length=20)
    argument: str | None = Field(default=None, max_length=4000)
    sources: list[Source] = Field(max_length=5)


class Handover(Read):
    """The header (client references, CompetenSYS first; date; client manager; tree version;
    outcome label), then the questions in tree order and the completion."""

    assessment_id: uuid.UUID
    client_id: uuid.UUID
    client_refs: list[ExternalRef] = Field(
        max_length=MAX_REFS,
        description="De nummers van de klant in de bronsystemen, CompetenSYS eerst",
    )
    completed_on: date = Field(description="De datum van afronden (Nederlandse tijd)")
    author_id: uuid.UUID = Field(description="De klantmanager die de afweging maakte")
    author_name: str = Field(max_length=200, description="De naam van die klantmanager")
    tree_version_number: int = Field(ge=1)
    questions: list[HandoverQuestion] = Field(max_length=30)
    outcome: Outcome
    outcome_label: str = Field(max_length=200)
    outcome_explanation: dict[str, Any]
    completion: Completion
    completed_at: datetime
    review_decision: Literal["geaccepteerd", "teruggemeld"] | None
