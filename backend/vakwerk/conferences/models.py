"""Case conferences: series, their members, sessions, the published rotation, handovers,
minutes, dilemmas with their anonymous votes, standpoints and personal calendar feeds.

The vote tables carry no user id, no time and no order (see ``conferences.votes``): the
"has voted" mark (``dilemma_voters``) and the votes (``dilemma_pending_votes`` until a
batch moves, then ``dilemma_votes``) share nothing but the dilemma.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Column, Index, Text, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from vakwerk.core.db import UTCDateTime, new_id

SESSION_STATUSES = ("gepland", "gehouden", "geannuleerd")
FORMATS = ("casus", "dilemma")
ROLES = ("voorzitter", "notulist")
CHOICES = ("a", "b")
POSITIONS = ("a", "b", "anders")
STANDPOINT_STATUSES = ("geldend", "ingetrokken")


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class ConferenceSeries(SQLModel, table=True):
    __tablename__ = "conference_series"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 1 AND 5", name="weekday"),
        CheckConstraint("duration_minutes BETWEEN 15 AND 240", name="duration"),
        CheckConstraint("interval_weeks BETWEEN 1 AND 8", name="interval"),
        CheckConstraint("evaluation_every BETWEEN 1 AND 52", name="evaluation_every"),
        # A team has one active series.
        Index(
            "uq_conference_series_team_active",
            "team_id",
            unique=True,
            sqlite_where=text("active"),
            postgresql_where=text("active"),
        ),
        Index("ix_conference_series_org", "organisation_id", "team_id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    name: str = Field(max_length=200)
    owner_id: uuid.UUID = Field(foreign_key="users.id")
    weekday: int
    start_time: str = Field(max_length=5)  # HH:MM, Europe/Amsterdam
    duration_minutes: int = 30
    interval_weeks: int = 2
    first_date: date
    location: str | None = Field(default=None, max_length=200)
    video_link: str | None = Field(default=None, max_length=500)
    rotate_dilemma_chair: bool = False
    evaluation_every: int = 4
    active: bool = True
    # The rhythm's anchor (schedule.SeriesPattern), changed only by a change of pattern.
    anchor_seq: int = 0
    anchor_week: date | None = None
    # The published rotation's horizon (rotation.RotationPlan.horizon_date).
    horizon_date: date | None = None
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    updated_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class SeriesMember(SQLModel, table=True):
    __tablename__ = "conference_series_members"

    series_id: uuid.UUID = Field(foreign_key="conference_series.id", primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", primary_key=True, index=True)
    joined_on: date
    rotation_from: date | None = None
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class ConferenceSession(SQLModel, table=True):
    __tablename__ = "conference_sessions"
    __table_args__ = (
        CheckConstraint(_in("status", SESSION_STATUSES), name="status"),
        CheckConstraint(f"format IS NULL OR {_in('format', FORMATS)}", name="format"),
        UniqueConstraint("series_id", "seq", name="uq_conference_sessions_series_seq"),
        Index("ix_conference_sessions_team_start", "organisation_id", "team_id", "starts_at"),
        Index("ix_conference_sessions_series_start", "series_id", "starts_at"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    series_id: uuid.UUID = Field(foreign_key="conference_series.id")
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    seq: int
    date: date
    starts_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    ends_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    deadline_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    status: str = Field(default="gepland", max_length=20)
    cancel_reason: str | None = Field(default=None, max_length=500)
    moved: bool = False
    cancelled_by_hand: bool = False
    format: str | None = Field(default=None, max_length=10)
    # The agenda's cases in order (their four items each follow from schedule.case_agenda).
    case_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    version: int = 1


class RotationSlot(SQLModel, table=True):
    """One task of one session in the published plan (rotation.Assignment)."""

    __tablename__ = "conference_rotation_slots"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    session_id: uuid.UUID = Field(foreign_key="conference_sessions.id", primary_key=True)
    role: str = Field(max_length=20, primary_key=True)
    planned_user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    flagged: bool = False


class Handover(SQLModel, table=True):
    __tablename__ = "conference_handovers"
    __table_args__ = (CheckConstraint(_in("role", ROLES), name="role"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    session_id: uuid.UUID = Field(foreign_key="conference_sessions.id", index=True)
    role: str = Field(max_length=20)
    planned_user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    from_user_id: uuid.UUID | None = Field(default=None, foreign_key="users.id")
    to_user_id: uuid.UUID = Field(foreign_key="users.id")
    reason: str = Field(max_length=500)
    at_session: bool = False
    created_by: uuid.UUID = Field(foreign_key="users.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))


class Minutes(SQLModel, table=True):
    __tablename__ = "conference_minutes"

    session_id: uuid.UUID = Field(foreign_key="conference_sessions.id", primary_key=True)
    present_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    absent_ids: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    items: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    conclusion: str | None = Field(default=None, sa_column=Column(Text))
    recorded_by: uuid.UUID = Field(foreign_key="users.id")
    recorded_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class Dilemma(SQLModel, table=True):
    __tablename__ = "dilemmas"
    __table_args__ = (Index("ix_dilemmas_team", "organisation_id", "team_id", "created_at"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    series_id: uuid.UUID = Field(foreign_key="conference_series.id")
    session_id: uuid.UUID = Field(foreign_key="conference_sessions.id", unique=True)
    title: str = Field(max_length=200)
    case_text: str = Field(sa_column=Column(Text, nullable=False))
    statement_a: str = Field(max_length=1000)
    statement_b: str = Field(max_length=1000)
    # Votes still in the holding table when the window closed have been moved.
    closed: bool = False
    created_by: uuid.UUID = Field(foreign_key="users.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class DilemmaVoter(SQLModel, table=True):
    """The "has voted" mark that makes a vote once-only: who, never what or when. Without a
    rowid on SQLite, so the rows lie in key order rather than in the order of voting."""

    __tablename__ = "dilemma_voters"
    __table_args__ = {"sqlite_with_rowid": False}

    dilemma_id: uuid.UUID = Field(foreign_key="dilemmas.id", primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", primary_key=True)


class PendingVote(SQLModel, table=True):
    """A vote waiting for a batch (the holding table): a random id and the choice sealed
    with a key the database does not hold (``votes.seal``), so not even the database's
    transaction ids pair a waiting vote's choice with its voter's mark."""

    __tablename__ = "dilemma_pending_votes"
    __table_args__ = (
        Index("ix_dilemma_pending_votes_dilemma", "dilemma_id"),
        {"sqlite_with_rowid": False},
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    dilemma_id: uuid.UUID = Field(foreign_key="dilemmas.id")
    seal: str = Field(max_length=64)


class Vote(SQLModel, table=True):
    """A counted vote, moved here in a shuffled batch: a random id and the choice only."""

    __tablename__ = "dilemma_votes"
    __table_args__ = (
        CheckConstraint(_in("choice", CHOICES), name="choice"),
        Index("ix_dilemma_votes_dilemma", "dilemma_id", "choice"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    dilemma_id: uuid.UUID = Field(foreign_key="dilemmas.id")
    choice: str = Field(max_length=1)


class Standpoint(SQLModel, table=True):
    __tablename__ = "standpoints"
    __table_args__ = (
        CheckConstraint(_in("position", POSITIONS), name="position"),
        CheckConstraint(_in("status", STANDPOINT_STATUSES), name="status"),
        Index("ix_standpoints_team", "organisation_id", "team_id", "decided_on", "id"),
    )

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    team_id: uuid.UUID = Field(foreign_key="teams.id")
    dilemma_id: uuid.UUID | None = Field(default=None, foreign_key="dilemmas.id")
    title: str = Field(max_length=200)
    position: str = Field(max_length=10)
    reasoning: str = Field(sa_column=Column(Text, nullable=False))
    decided_on: date
    status: str = Field(default="geldend", max_length=20)
    # Normalised text of title, reasoning and the dilemma, with a leading space, so that
    # "every word of q is a prefix of a word" is one LIKE per word on both databases.
    search_text: str = Field(default="", sa_column=Column(Text, nullable=False, server_default=""))
    created_by: uuid.UUID = Field(foreign_key="users.id")
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    version: int = 1


class CalendarFeed(SQLModel, table=True):
    """A member's secret feed URL; only the hash of its secret is stored."""

    __tablename__ = "calendar_feeds"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    user_id: uuid.UUID = Field(foreign_key="users.id", index=True)
    organisation_id: uuid.UUID = Field(foreign_key="organisations.id")
    secret_hash: str = Field(max_length=128, unique=True)
    created_at: datetime = Field(sa_column=Column(UTCDateTime(), nullable=False))
    revoked_at: datetime | None = Field(default=None, sa_column=Column(UTCDateTime()))
