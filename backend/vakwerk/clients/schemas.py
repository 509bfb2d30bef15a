"""Request and reply shapes for clients, diagnosis and exemptions."""

from __future__ import annotations

import uuid
from datetime import date
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from vakwerk.core.schema import Read, Schema

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
Rung = Annotated[int, Field(ge=1, le=6)]
Ref = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9._-]{1,64}$", max_length=64)]
# Checked by the service (ASCII digits and the 11-proef → else 400 invalid_bsn), so the
# pattern is documentation only: any Unicode digit would otherwise pass a regex \d.
Bsn = Annotated[
    str,
    StringConstraints(min_length=1, max_length=32),
    Field(json_schema_extra={"pattern": "^[0-9]{9}$"}),
]


class ClientFacts(Schema):
    """The facts the source system owns (an upsert may overwrite only these)."""

    responsible_manager_id: uuid.UUID | None = None
    municipality_code: MunicipalityCode | None = None
    benefit_start_date: date | None = None
    benefit_end_date: date | None = None
    ladder_rung: Rung | None = None
    last_conversation_date: date | None = None


class ClientCreate(ClientFacts):
    team_id: uuid.UUID | None = None


class ClientUpdate(ClientFacts):
    team_id: uuid.UUID | None = None


class ClientUpsert(ClientFacts):
    team_id: uuid.UUID | None = None
    bsn: Bsn | None = Field(default=None, description="Alleen schrijven: wordt nooit teruggegeven")
    client_id: uuid.UUID | None = Field(
        default=None, description="Alleen schrijven: koppel deze verwijzing aan die klant"
    )


class ExternalRef(Read):
    system: str = Field(max_length=40)
    ref: str = Field(max_length=64)


class DiagnosisItem(Schema):
    element: Element
    obstacle: bool
    severity: int = Field(ge=0, le=3)
    note: Annotated[str, StringConstraints(max_length=1000)] | None = None


class DiagnosisWrite(Schema):
    elements: list[DiagnosisItem] = Field(max_length=7)


class DiagnosisRead(Read):
    elements: list[DiagnosisItem] = Field(max_length=7)


class ExemptionCreate(Schema):
    ground: Ground
    start_date: date
    end_date: date | None = None
    basis_document_date: date | None = None
    reexamination_date: date | None = None
    youngest_child_birth_date: date | None = None


class ExemptionEnd(Schema):
    ended_on: date | None = None
    end_reason: Annotated[str, StringConstraints(min_length=1, max_length=500)]


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
    external_refs: list[ExternalRef] = Field(max_length=50)
    bsn_known: bool
    active_exemption: ExemptionRead | None
    diagnosis: DiagnosisRead
    version: int = Field(ge=1)


class ClientSummary(Read):
    """A list row: what a list shows, without the diagnosis."""

    id: uuid.UUID
    team_id: uuid.UUID
    external_refs: list[ExternalRef] = Field(max_length=50)
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
