"""Wire shapes of the exemption dashboard, the manual counts, benchmarks and attention lists."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, Strict, StringConstraints

from vakwerk.clients.schemas import MAX_REFS, ExternalRef, Ground
from vakwerk.core.schema import Read, Schema
from vakwerk.core.types import Day as StrictDay
from vakwerk.core.types import Id, Int

Rate = Annotated[float, Field(ge=0, le=1, description="Een fractie: 0,2458 is 25%.")]
Gap = Annotated[float, Field(ge=-1, le=1)]
Count = Annotated[int, Field(ge=0, le=10_000_000)]
AttentionList = Literal["geen_gesprek", "basis_verlopen", "einde_nadert", "kind_wordt_vijf"]
Interval = Literal["month", "quarter"]
Day = date  # a member named ``date`` shadows the type inside its class


class GroundCount(Read):
    ground: Ground
    count: Count
    share: Rate | None = Field(description="Aandeel van de klanten met een ontheffing")


class TrendPoint(Read):
    date: date
    clients_with_benefit: Count
    clients_with_exemption: Count
    rate: Rate | None


class BenchmarkFigure(Read):
    year: int = Field(ge=2000, le=2100)
    rate: Rate
    gap: Gap | None = Field(description="Percentage min landelijk cijfer, als fractie")


class NewBenefits(Read):
    started: Count = Field(description="Uitkeringen die in de periode begonnen")
    with_exemption: Count = Field(
        description="Daarvan met een ontheffing op enige dag van de start tot het einde"
    )
    rate: Rate | None


class ManualCount(Read):
    id: uuid.UUID
    team_id: uuid.UUID
    date: date
    clients_with_benefit: Count
    clients_with_exemption: Count
    rate: Rate | None
    source: str | None = Field(default=None, max_length=200)


class ExemptionDashboard(Read):
    """Computed figures for a team or the organisation; ``manualCounts`` beside them."""

    team_id: uuid.UUID | None = Field(description="Leeg: alle teams binnen uw bereik")
    date: Day
    from_date: Day
    to_date: Day
    interval: Interval
    clients_with_benefit: Count
    clients_with_exemption: Count
    rate: Rate | None
    by_ground: list[GroundCount] = Field(max_length=3)
    trend: list[TrendPoint] = Field(max_length=200)
    benchmark: BenchmarkFigure | None
    new_benefits: NewBenefits
    avoided: Count = Field(description="Casussen met uitkomst ontheffing_voorkomen in de periode")
    avoided_through_conference: Count = Field(
        description="Daarvan besproken in een casuïstiekoverleg"
    )
    manual_counts: list[ManualCount] = Field(max_length=500)


class AttentionCounts(Read):
    team_id: uuid.UUID | None
    weeks: int = Field(ge=1, le=52)
    geen_gesprek: Count
    basis_verlopen: Count
    einde_nadert: Count
    kind_wordt_vijf: Count


class AttentionRow(Read):
    id: uuid.UUID = Field(description="De klant")
    team_id: uuid.UUID
    external_refs: list[ExternalRef] = Field(max_length=MAX_REFS)
    responsible_manager_id: uuid.UUID | None
    last_conversation_date: date | None
    exemption_id: uuid.UUID | None
    ground: Ground | None
    exemption_start_date: date | None
    end_date: date | None
    basis_document_date: date | None
    reexamination_date: date | None
    youngest_child_birth_date: date | None
    due_date: date | None = Field(
        description="Waarom de klant op de lijst staat: gesprek of keuring verlopen sinds, "
        "einde of heronderzoek op, vijfde verjaardag op"
    )
    due_reason: Literal["gesprek", "keuring", "einddatum", "heronderzoek", "vijf_jaar"]


StrictCount = Annotated[Int, Field(ge=0, le=10_000_000)]
StrictRate = Annotated[
    float, Strict(), Field(ge=0, le=1, description="Een fractie: 0,2458 is 25%.")
]


class CountCreate(Schema):
    team_id: Id
    date: StrictDay
    clients_with_benefit: StrictCount
    clients_with_exemption: StrictCount
    source: Annotated[str, StringConstraints(max_length=200)] | None = None


class CountUpdate(Schema):
    """Only the two numbers may be corrected."""

    clients_with_benefit: StrictCount
    clients_with_exemption: StrictCount


class CountRead(Read):
    id: uuid.UUID
    team_id: uuid.UUID
    date: date
    clients_with_benefit: Count
    clients_with_exemption: Count
    rate: Rate | None
    source: str | None = Field(default=None, max_length=200)
    created_by: uuid.UUID
    created_at: datetime
    updated_at: datetime
    version: int = Field(ge=1)


class BenchmarkWrite(Schema):
    rate: StrictRate


class BenchmarkRead(Read):
    year: int = Field(ge=2000, le=2100)
    rate: Rate
    updated_at: datetime
    version: int = Field(ge=1)
