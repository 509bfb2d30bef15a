"""Request and reply shapes for cases and their outcome."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, Literal

from pydantic import Field, StringConstraints, ValidatorFunctionWrapHandler, WrapValidator
from pydantic_core import PydanticCustomError

from vakwerk.clients.schemas import MAX_REFS, ExemptionCreate, ExternalRef, Reason
from vakwerk.core.schema import Read, Schema
from vakwerk.core.types import Day, Id, Int, NoBsn

Kind = Literal["ontheffing", "twijfelgeval", "worst_practice", "algemeen"]
Status = Literal["concept", "ingediend", "geagendeerd", "besproken", "afgerond", "ingetrokken"]
Result = Literal[
    "ontheffing_voorkomen",
    "ontheffing_verleend",
    "ontheffing_beeindigd",
    "ontheffing_gehandhaafd",
    "verwezen_rw",
    "anders",
]
Descriptive = Annotated[str, StringConstraints(max_length=2000), NoBsn]
Question = Annotated[str, StringConstraints(max_length=1000), NoBsn]
Provision = Annotated[str, StringConstraints(min_length=1, max_length=200), NoBsn]
Gender = Literal["man", "vrouw", "anders", "onbekend"]
AGE_REASON = "Vul een leeftijd in hele jaren in, van 0 tot en met 120."


def _age(value: Any, handler: ValidatorFunctionWrapHandler) -> Any:
    """One reason for every wrong age (text, a fraction, out of range): what is right."""
    try:
        return handler(value)
    except ValueError as error:  # pydantic's ValidationError is a ValueError
        number = isinstance(value, int | float) and not isinstance(value, bool)
        code = "out_of_range" if number else "invalid_type"
        raise PydanticCustomError(code, AGE_REASON, {"reason": AGE_REASON}) from error


Age = Annotated[
    Int,
    Field(ge=0, le=120, description="Leeftijd in hele jaren"),
    WrapValidator(_age),
]


class CaseFields(Schema):
    client_id: Id | None = None
    question: Question | None = Field(default=None, description="De hulpvraag aan de collega's")
    gender: Gender | None = None
    age: Age | None = None
    living_situation: Descriptive | None = None
    education: Descriptive | None = None
    work_experience: Descriptive | None = None
    interests: Descriptive | None = None
    attitude: Descriptive | None = None
    physical_obstacles: Descriptive | None = None
    psychological_obstacles: Descriptive | None = None
    social_network: Descriptive | None = None
    other_information: Descriptive | None = None
    target_session_date: Day | None = None


class CaseCreate(CaseFields):
    kind: Kind
    team_id: Id | None = None


class CaseUpdate(CaseFields):
    kind: Kind | None = None
    decision_letter_sent_on: Day | None = None


class ExemptionEndBody(Schema):
    ended_on: Day
    end_reason: Reason


class OutcomeWrite(Schema):
    result: Result
    conclusion: Descriptive | None = None
    plan: Descriptive | None = None
    provisions: list[Provision] = Field(default_factory=list, max_length=20)
    decision_letter_sent_on: Day | None = None
    exemption: ExemptionCreate | None = None
    exemption_end: ExemptionEndBody | None = None
    basis_document_date: Day | None = None
    reexamination_date: Day | None = None


class OutcomeRead(Read):
    result: Result
    conclusion: str | None = Field(default=None, max_length=2000)
    plan: str | None = Field(default=None, max_length=2000)
    provisions: list[Annotated[str, StringConstraints(max_length=200)]] = Field(max_length=20)
    decision_letter_sent_on: date | None
    exemption_id: uuid.UUID | None = None
    recorded_at: datetime
    recorded_by: uuid.UUID


CLIENT_REFS = "De nummers van de klant in de bronsystemen (leeg zonder klant)"


class CaseRead(Read):
    id: uuid.UUID
    kind: Kind
    team_id: uuid.UUID
    owner_id: uuid.UUID
    client_id: uuid.UUID | None
    client_refs: list[ExternalRef] = Field(max_length=MAX_REFS, description=CLIENT_REFS)
    status: Status
    question: str | None = Field(default=None, max_length=1000)
    gender: Gender | None
    age: int | None = Field(ge=0, le=120)
    living_situation: str | None = Field(default=None, max_length=2000)
    education: str | None = Field(default=None, max_length=2000)
    work_experience: str | None = Field(default=None, max_length=2000)
    interests: str | None = Field(default=None, max_length=2000)
    attitude: str | None = Field(default=None, max_length=2000)
    physical_obstacles: str | None = Field(default=None, max_length=2000)
    psychological_obstacles: str | None = Field(default=None, max_length=2000)
    social_network: str | None = Field(default=None, max_length=2000)
    other_information: str | None = Field(default=None, max_length=2000)
    target_session_date: date | None
    submission_deadline_at: datetime | None
    submitted_at: datetime | None
    submitted_on_time: bool | None
    decision_letter_sent_on: date | None
    outcome: OutcomeRead | None
    allowed_next_states: list[Status] = Field(max_length=6)
    created_at: datetime
    version: int = Field(ge=1)


class CaseSummary(Read):
    id: uuid.UUID
    kind: Kind
    team_id: uuid.UUID
    owner_id: uuid.UUID
    client_id: uuid.UUID | None
    client_refs: list[ExternalRef] = Field(max_length=MAX_REFS, description=CLIENT_REFS)
    status: Status
    question: str | None = Field(default=None, max_length=1000)
    target_session_date: date | None
    submitted_at: datetime | None
    submitted_on_time: bool | None
    outcome_result: Result | None
    created_at: datetime
    version: int = Field(ge=1)


class StatusChange(Read):
    from_status: Status | None
    to_status: Status
    actor_id: uuid.UUID
    changed_at: datetime
