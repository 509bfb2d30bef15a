"""Request and reply shapes for clients, diagnosis and exemptions."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from pydantic import AfterValidator, Field, StringConstraints, WithJsonSchema
from pydantic_core import PydanticCustomError

from vakwerk.core.bsn import passes_eleven_test
from vakwerk.core.schema import Read, Schema
from vakwerk.core.types import Day, Flag, Id, Int, NoBsn

Ground = Literal["art_9_lid_2", "art_9_lid_5", "art_9a"]
Element = Literal[
    "houding_motivatie",
    "opleidingsachtergrond",
    "werkervaring",
    "zelfredzaamheid",
    "beschikbaarheid",
    "vervoersmogelijkheden",
    "affiniteiten",
]
MunicipalityCode = Annotated[str, StringConstraints(pattern=r"^GM\d{4}$", max_length=6)]
Rung = Annotated[Int, Field(ge=1, le=6)]
Ref = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,64}$", max_length=64)]
Note = Annotated[str, StringConstraints(max_length=1000), NoBsn]
Reason = Annotated[str, StringConstraints(min_length=1, max_length=500), NoBsn]


def _valid_bsn(value: str) -> str:
    if not passes_eleven_test(value):
        raise PydanticCustomError(
            "invalid_bsn",
            "Geef het BSN als negen cijfers 0-9 die de elfproef doorstaan.",
        )
    return value


# Nine ASCII digits passing the 11-proef (400 invalid_bsn otherwise): a BSN in other digits
# would hash differently and slip past the duplicate check.
Bsn = Annotated[
    str,
    AfterValidator(_valid_bsn),
    WithJsonSchema({"type": "string", "pattern": "^[0-9]{9}$", "minLength": 9, "maxLength": 9}),
]


class ClientFacts(Schema):
    """The facts the source system owns (an upsert may overwrite only these)."""

    responsible_manager_id: Id | None = None
    municipality_code: MunicipalityCode | None = None
    benefit_start_date: Day | None = None
    benefit_end_date: Day | None = None
    ladder_rung: Rung | None = None
    last_conversation_date: Day | None = None


class ClientCreate(ClientFacts):
    team_id: Id | None = None


class ClientUpdate(ClientFacts):
    team_id: Id | None = None


class ClientUpsert(ClientFacts):
    team_id: Id | None = None
    bsn: Bsn | None = Field(default=None, description="Alleen schrijven: wordt nooit teruggegeven")
    client_id: Id | None = Field(
        default=None, description="Alleen schrijven: koppel deze verwijzing aan die klant"
    )


# References per client: every reply lists them all, so a further attachment is refused.
MAX_REFS = 50


class ExternalRef(Read):
    system: str = Field(max_length=40)
    ref: str = Field(max_length=64)


class DiagnosisItem(Schema):
    element: Element
    obstacle: Flag
    severity: Int = Field(ge=0, le=3)
    note: Note | None = None


class DiagnosisWrite(Schema):
    elements: list[DiagnosisItem] = Field(max_length=7)


class DiagnosisItemRead(Read):
    element: Element
    obstacle: bool
    severity: int = Field(ge=0, le=3)
    note: str | None = Field(default=None, max_length=1000)


class DiagnosisRead(Read):
    elements: list[DiagnosisItemRead] = Field(max_length=7)


class ExemptionCreate(Schema):
    ground: Ground
    start_date: Day
    end_date: Day | None = None
    basis_document_date: Day | None = None
    reexamination_date: Day | None = None
    youngest_child_birth_date: Day | None = None


class ExemptionEnd(Schema):
    ended_on: Day | None = None
    end_reason: Reason


class ExemptionRead(Read):
    id: uuid.UUID
    client_id: uuid.UUID
    ground: Ground
    start_date: date
    end_date: date | None
    basis_document_date: date | None
    reexamination_date: date | None
    youngest_child_birth_date: date | None
    status: Literal["actief", "beeindigd"]
    ended_on: date | None
    end_reason: str | None = Field(default=None, max_length=500)
    version: int = Field(ge=1)


class ClientRead(Read):
    id: uuid.UUID
    team_id: uuid.UUID
    responsible_manager_id: uuid.UUID | None
    municipality_code: str | None = Field(default=None, max_length=6)
    benefit_start_date: date | None
    benefit_end_date: date | None
    ladder_rung: int | None = Field(default=None, ge=1, le=6)
    last_conversation_date: date | None
    external_refs: list[ExternalRef] = Field(max_length=MAX_REFS)
    bsn_known: bool
    active_exemption: ExemptionRead | None
    diagnosis: DiagnosisRead
    version: int = Field(ge=1)


class ClientSummary(Read):
    """A list row: what a list shows, without the diagnosis."""

    id: uuid.UUID
    team_id: uuid.UUID
    external_refs: list[ExternalRef] = Field(max_length=MAX_REFS)
    responsible_manager_id: uuid.UUID | None
    municipality_code: str | None = Field(default=None, max_length=6)
    benefit_start_date: date | None
    benefit_end_date: date | None
    ladder_rung: int | None = Field(default=None, ge=1, le=6)
    last_conversation_date: date | None
    exemption_ground: Ground | None
    exemption_end_date: date | None
    basis_document_date: date | None
    reexamination_date: date | None = None
    version: int = Field(ge=1)
