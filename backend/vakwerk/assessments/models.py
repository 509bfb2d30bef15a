"""Decision-tree versions, assessments with their answers and arguments, reviews, refusals."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id


class TreeVersion(SQLModel, table=True):
    __tablename__ = "decision_tree_versions"
    __table_args__ = (UniqueConstraint("organisation_id", "number"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    number: int = Field(ge=1)
    definition: dict[str, Any] = Field(sa_column=Column(JSON, nullable=False))
    published_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    published_by: uuid.UUID | None = Field(default=None, foreign_key="users.id")


class BoilerplatePhrase(SQLModel, table=True):
    __tablename__ = "boilerplate_phrases"
    __table_args__ = (UniqueConstraint("organisation_id", "normalised"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id", index=True)
    text: str = Field(max_length=500)
    normalised: str = Field(max_length=500)
    created_by: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Assessment(SQLModel, table=True):
    __tablename__ = "assessments"
    __table_args__ = (
        CheckConstraint("status IN ('open', 'afgerond', 'ingetrokken')", name="status"),
        CheckConstraint(
            "outcome IS NULL OR outcome IN ('traject_mogelijk', 'nu_geen_traject', 'uitgesteld')",
            name="outcome",
        ),
        # One open assessment per client: exactly one wins under concurrency.
        Index(
            "uq_assessments_one_open",
            "client_id",
            unique=True,
            sqlite_where=text("status = 'open'"),
            postgresql_where=text("status = 'open'"),
        ),
        Index("ix_assessments_team_completed", "organisation_id", "team_id", "completed_at"),
        Index("ix_assessments_author", "author_id", "status"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    client_id: uuid.UUID = Field(foreign_key="clients.id", index=True)
    team_id: uuid.UUID = Field(foreign_key="teams.id")  # the client's team at the start
    case_id: uuid.UUID | None = Field(default=None, foreign_key="cases.id")
    author_id: uuid.UUID = Field(foreign_key="users.id")
    tree_version_id: uuid.UUID = Field(foreign_key="decision_tree_versions.id")
    status: str = Field(default="open", max_length=20)
    twijfel: bool = False
    outcome: str | None = Field(default=None, max_length=20)
    outcome_explanation: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    completion: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    review_decision: str | None = Field(default=None, max_length=20)
    completed_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class Answer(SQLModel, table=True):
    __tablename__ = "assessment_answers"
    __table_args__ = (Index("ix_answers_author_argument", "author_id", "argument_hash"),)

    assessment_id: uuid.UUID = Field(foreign_key="assessments.id", primary_key=True)
    question_key: str = Field(primary_key=True, max_length=40)
    answer: str = Field(max_length=40)
    characteristics: list[dict[str, Any]] | None = Field(default=None, sa_column=Column(JSON))
    argument: str | None = Field(default=None, sa_column=Column(Text))
    argument_length: int | None = None
    argument_hash: str | None = Field(default=None, max_length=64)
    sources: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    author_id: uuid.UUID = Field(foreign_key="users.id")
    answered_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Review(SQLModel, table=True):
    __tablename__ = "assessment_reviews"
    __table_args__ = (
        UniqueConstraint("assessment_id"),  # once
        CheckConstraint("decision IN ('geaccepteerd', 'teruggemeld')", name="decision"),
        Index("ix_reviews_reviewer_argument", "reviewer_id", "argument_hash"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    assessment_id: uuid.UUID = Field(foreign_key="assessments.id")
    reviewer_id: uuid.UUID = Field(foreign_key="users.id")
    decision: str = Field(max_length=20)
    argument: str = Field(sa_column=Column(Text, nullable=False))
    argument_hash: str = Field(max_length=64)
    remarks: dict[str, str] | None = Field(default=None, sa_column=Column(JSON))
    reviewed_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class ArgumentRefusal(SQLModel, table=True):
    """A refused argument: reason, question, team, author and date — never the text."""

    __tablename__ = "argument_refusals"
    __table_args__ = (
        CheckConstraint("reason IN ('too_short', 'boilerplate', 'duplicate')", name="reason"),
        Index("ix_refusals_team_date", "organisation_id", "team_id", "refused_on"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID | None = Field(default=None, foreign_key="teams.id")
    author_id: uuid.UUID = Field(foreign_key="users.id")
    question_key: str | None = Field(default=None, max_length=40)
    reason: str = Field(max_length=20)
    refused_on: date
