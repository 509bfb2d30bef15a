"""The dashboard's own records: national benchmark figures and counts typed in by hand."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Column, Float, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id

# Seeded for every organisation (Divosa: 10% in 2020, 9.5% in 2021).
SEEDED_BENCHMARKS: dict[int, float] = {2020: 0.10, 2021: 0.095}


class Benchmark(SQLModel, table=True):
    """The national exemption rate for one year, as the organisation's beheerder entered it."""

    __tablename__ = "benchmarks"
    __table_args__ = (
        CheckConstraint("rate >= 0 AND rate <= 1", name="rate"),
        CheckConstraint("year BETWEEN 2000 AND 2100", name="year"),
    )

    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", primary_key=True)
    year: int = Field(primary_key=True)
    rate: float = Field(sa_column=Column(Float, nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class ExemptionCount(SQLModel, table=True):
    """The two counts for one team and date, typed in by the team leader (for a team whose
    client data is not in Vakwerk): shown beside the computed figures, never mixed in."""

    __tablename__ = "exemption_counts"
    __table_args__ = (
        UniqueConstraint("team_id", "count_date"),
        CheckConstraint("clients_with_benefit >= 0", name="with_benefit"),
        CheckConstraint(
            "clients_with_exemption >= 0 AND clients_with_exemption <= clients_with_benefit",
            name="with_exemption",
        ),
        Index("ix_exemption_counts_org_date", "organisation_id", "count_date"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    count_date: date
    clients_with_benefit: int
    clients_with_exemption: int
    source: str | None = Field(default=None, max_length=200)
    created_by: uuid.UUID = Field(foreign_key="users.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1
