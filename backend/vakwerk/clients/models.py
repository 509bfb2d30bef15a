"""Pseudonymous clients, their external references, diagnosis and exemptions."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    false,
    func,
    text,
)
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id

DIAGNOSIS_ELEMENTS = (
    "houding_motivatie",
    "opleidingsachtergrond",
    "werkervaring",
    "zelfredzaamheid",
    "beschikbaarheid",
    "vervoersmogelijkheden",
    "affiniteiten",
)


class SourceSystem(SQLModel, table=True):
    """Reference data: the systems whose ids map to clients (seeded by migration)."""

    __tablename__ = "source_systems"

    code: str = Field(primary_key=True, max_length=40)
    name: str = Field(max_length=200)


class ExemptionGround(SQLModel, table=True):
    """Reference data: legal grounds of an exemption (seeded by migration)."""

    __tablename__ = "exemption_grounds"

    code: str = Field(primary_key=True, max_length=40)
    label: str = Field(max_length=200)
    temporary: bool = False


class Client(SQLModel, table=True):
    __tablename__ = "clients"
    __table_args__ = (
        CheckConstraint("ladder_rung BETWEEN 1 AND 6", name="ladder_rung"),
        CheckConstraint(
            "municipality_code IS NULL OR length(municipality_code) = 6", name="municipality"
        ),
        UniqueConstraint("organisation_id", "bsn_hash"),
        Index("ix_clients_team_created", "organisation_id", "team_id", "created_at", "id"),
        Index("ix_clients_conversation", "organisation_id", "last_conversation_date"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    responsible_manager_id: uuid.UUID | None = Field(
        default=None, foreign_key="users.id", index=True
    )
    municipality_code: str | None = Field(default=None, max_length=6)
    benefit_start_date: date | None = None
    benefit_end_date: date | None = None
    ladder_rung: int | None = None
    last_conversation_date: date | None = None
    bsn_hash: str | None = Field(default=None, max_length=64)
    # At least one completed traject_mogelijk assessment: consultants of R&W may read it.
    referred: bool = Field(
        default=False, sa_column=Column(Boolean, nullable=False, server_default=false())
    )
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class ClientRef(SQLModel, table=True):
    __tablename__ = "client_refs"
    __table_args__ = (
        UniqueConstraint("organisation_id", "system", "ref"),
        # the search by reference prefix (``clients.refs``): lower(ref) in byte order,
        # COLLATE "C" on PostgreSQL (made per database in migration 0007)
        Index("ix_client_refs_ref_prefix", "organisation_id", func.lower(text("ref"))),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    client_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("clients.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    system: str = Field(
        sa_column=Column(String(40), ForeignKey("source_systems.code"), nullable=False)
    )
    ref: str = Field(max_length=64)


class DiagnosisElement(SQLModel, table=True):
    __tablename__ = "diagnosis_elements"
    __table_args__ = (CheckConstraint("severity BETWEEN 0 AND 3", name="severity"),)

    client_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("clients.id", ondelete="CASCADE"), primary_key=True)
    )
    element: str = Field(primary_key=True, max_length=40)
    obstacle: bool
    severity: int
    note: str | None = Field(default=None, max_length=1000)


class Exemption(SQLModel, table=True):
    __tablename__ = "exemptions"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
        # At most one exemption per client without an end: exactly one wins under concurrency.
        Index(
            "uq_exemptions_one_open",
            "client_id",
            unique=True,
            sqlite_where=text("ended_on IS NULL"),
            postgresql_where=text("ended_on IS NULL"),
        ),
        Index("ix_exemptions_org_ground", "organisation_id", "ground"),
        # the dashboard: exemptions active on a date (start on or before it)
        # covering: the dashboard reads every column it needs from the index
        Index(
            "ix_exemptions_org_start",
            "organisation_id",
            "start_date",
            "end_date",
            "ended_on",
            "client_id",
            "ground",
            "id",
        ),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    client_id: uuid.UUID = Field(foreign_key="clients.id", index=True)
    ground: str = Field(
        sa_column=Column(String(40), ForeignKey("exemption_grounds.code"), nullable=False)
    )
    start_date: date
    end_date: date | None = None
    basis_document_date: date | None = None
    reexamination_date: date | None = None
    youngest_child_birth_date: date | None = None
    ended_on: date | None = None
    end_reason: str | None = Field(default=None, max_length=500)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class BenefitPeriod(SQLModel, table=True):
    """One period of a client's benefit, kept as history (docs/domain.md §5): the client's
    ``benefitStartDate``/``benefitEndDate`` are its latest period; a start after the stored
    end begins a new one (``clients.benefits``)."""

    __tablename__ = "benefit_periods"
    __table_args__ = (
        CheckConstraint("end_date IS NULL OR end_date >= start_date", name="date_order"),
        # the dashboard: benefits active on a date, and those started in a period
        # covering (the dashboard reads no row), on SQLite as much as on PostgreSQL
        Index(
            "ix_benefit_periods_org_start", "organisation_id", "start_date", "end_date", "client_id"
        ),
        Index("ix_benefit_periods_client", "client_id", "start_date", "end_date"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    client_id: uuid.UUID = Field(
        sa_column=Column(ForeignKey("clients.id", ondelete="CASCADE"), nullable=False)
    )
    start_date: date
    end_date: date | None = None
