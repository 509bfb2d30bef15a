"""Cases brought to colleagues, their status history and their search text."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index, Text
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id

KINDS = ("ontheffing", "twijfelgeval", "worst_practice", "algemeen")
STATUSES = ("concept", "ingediend", "geagendeerd", "besproken", "afgerond", "ingetrokken")
RESULTS = (
    "ontheffing_voorkomen",
    "ontheffing_verleend",
    "ontheffing_beeindigd",
    "ontheffing_gehandhaafd",
    "verwezen_rw",
    "anders",
)
GENDERS = ("man", "vrouw", "anders", "onbekend")
AGE_RANGE = (0, 120)
# The Best form's descriptive members: a choice, a number, and nine free texts.
PERSON = ("gender", "age")
FREE_TEXT = (
    "living_situation",
    "education",
    "work_experience",
    "interests",
    "attitude",
    "physical_obstacles",
    "psychological_obstacles",
    "social_network",
    "other_information",
)
DESCRIPTIVE = (*PERSON, *FREE_TEXT)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class Case(SQLModel, table=True):
    __tablename__ = "cases"
    __table_args__ = (
        CheckConstraint(_in("kind", KINDS), name="kind"),
        CheckConstraint(_in("status", STATUSES), name="status"),
        CheckConstraint(
            f"outcome_result IS NULL OR {_in('outcome_result', RESULTS)}", name="result"
        ),
        CheckConstraint(f"gender IS NULL OR {_in('gender', GENDERS)}", name="gender"),
        CheckConstraint("age IS NULL OR age BETWEEN 0 AND 120", name="age"),
        # the team's list, newest first: filter, order and (PostgreSQL) count from one index
        Index(
            "ix_cases_team_created",
            "organisation_id",
            "team_id",
            "created_at",
            "id",
            postgresql_include=["status", "owner_id"],
        ),
        Index("ix_cases_owner", "owner_id", "status"),
        Index("ix_cases_client", "client_id"),
        # the dashboard: outcomes of a kind recorded in a period
        Index("ix_cases_outcome", "organisation_id", "outcome_result", "outcome_recorded_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    owner_id: uuid.UUID = Field(foreign_key="users.id")
    client_id: uuid.UUID | None = Field(default=None, foreign_key="clients.id")
    kind: str = Field(max_length=20)
    status: str = Field(default="concept", max_length=20)
    question: str | None = Field(default=None, max_length=1000)
    gender: str | None = Field(default=None, max_length=20)
    age: int | None = None
    living_situation: str | None = Field(default=None, max_length=2000)
    education: str | None = Field(default=None, max_length=2000)
    work_experience: str | None = Field(default=None, max_length=2000)
    interests: str | None = Field(default=None, max_length=2000)
    attitude: str | None = Field(default=None, max_length=2000)
    physical_obstacles: str | None = Field(default=None, max_length=2000)
    psychological_obstacles: str | None = Field(default=None, max_length=2000)
    social_network: str | None = Field(default=None, max_length=2000)
    other_information: str | None = Field(default=None, max_length=2000)
    target_session_date: date | None = None
    submitted_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    submitted_on_time: bool | None = None
    decision_letter_sent_on: date | None = None
    outcome_result: str | None = Field(default=None, max_length=40)
    outcome_conclusion: str | None = Field(default=None, max_length=2000)
    outcome_plan: str | None = Field(default=None, max_length=2000)
    outcome_provisions: list[str] | None = Field(default=None, sa_column=Column(JSON))
    outcome_details: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON))
    outcome_recorded_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
    outcome_recorded_by: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    # Normalised text (lower case, accents dropped) of every searchable member: the search index
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class CaseStatusChange(SQLModel, table=True):
    __tablename__ = "case_status_changes"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    case_id: uuid.UUID = Field(foreign_key="cases.id", index=True)
    position: int = Field(ge=1)  # 1 = the creation; the history is read in this order
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str = Field(max_length=20)
    actor_id: uuid.UUID
    changed_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
