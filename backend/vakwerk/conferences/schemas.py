"""Request and reply shapes for case conferences."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Literal

from pydantic import Field, StringConstraints

from vakwerk.conferences.rotation import MAX_COUNTS
from vakwerk.core.schema import Read, Schema
from vakwerk.core.types import Day, Flag, Id, Instant, Int, NoBsn

Weekday = Annotated[Int, Field(ge=1, le=5, description="ISO-weekdag, 1 = maandag … 5 = vrijdag")]
StartTime = Annotated[
    str,
    StringConstraints(pattern=r"^([01]\d|2[0-3]):[0-5]\d$", max_length=5),
    Field(description="Begintijd UU:MM, Europe/Amsterdam"),
]
Duration = Annotated[Int, Field(ge=15, le=240, description="Duur in minuten")]
Interval = Annotated[Int, Field(ge=1, le=8, description="Om de hoeveel weken")]
Every = Annotated[Int, Field(ge=1, le=52, description="Evaluatie na zoveel bijeenkomsten")]
Title = Annotated[str, StringConstraints(min_length=1, max_length=200)]
Place = Annotated[str, StringConstraints(max_length=200)]
Link = Annotated[str, StringConstraints(max_length=500, pattern=r"^https://\S+$")]
Reason = Annotated[str, StringConstraints(min_length=1, max_length=500)]
LongText = Annotated[str, StringConstraints(max_length=4000)]
Statement = Annotated[str, StringConstraints(min_length=1, max_length=1000)]
CaseText = Annotated[str, StringConstraints(min_length=1, max_length=4000)]
Role = Literal["voorzitter", "notulist"]
SessionStatus = Literal["gepland", "gehouden", "geannuleerd"]
SessionFormat = Literal["casus", "dilemma"]
Choice = Literal["a", "b"]
Position = Literal["a", "b", "anders"]
StandpointStatus = Literal["geldend", "ingetrokken"]


# --------------------------------------------------------------------------- series


class SeriesCreate(Schema):
    team_id: Id
    name: Title
    owner_id: Id
    weekday: Weekday
    start_time: StartTime
    duration_minutes: Duration = 30
    interval_weeks: Interval = 2
    first_date: Day
    location: Place | None = None
    video_link: Link | None = None
    rotate_dilemma_chair: Flag = False
    evaluation_every: Every = 4
    member_ids: list[Id] = Field(default_factory=list, max_length=100)


class SeriesUpdate(Schema):
    name: Title | None = None
    owner_id: Id | None = None
    weekday: Weekday | None = None
    start_time: StartTime | None = None
    duration_minutes: Duration | None = None
    interval_weeks: Interval | None = None
    location: Place | None = None
    video_link: Link | None = None
    rotate_dilemma_chair: Flag | None = None
    evaluation_every: Every | None = None
    active: Flag | None = None


class SeriesRead(Read):
    id: uuid.UUID
    team_id: uuid.UUID
    name: str = Field(max_length=200)
    owner_id: uuid.UUID
    weekday: int = Field(ge=1, le=5)
    start_time: str = Field(max_length=5)
    duration_minutes: int = Field(ge=15, le=240)
    interval_weeks: int = Field(ge=1, le=8)
    first_date: date
    location: str | None = Field(default=None, max_length=200)
    video_link: str | None = Field(default=None, max_length=500)
    rotate_dilemma_chair: bool
    evaluation_every: int = Field(ge=1, le=52)
    active: bool
    member_ids: list[uuid.UUID] = Field(max_length=100)
    horizon_date: date | None
    version: int = Field(ge=1)


class SeriesMemberRead(Read):
    user_id: uuid.UUID
    display_name: str = Field(max_length=200)
    joined_on: date
    rotation_from: date | None


class SeriesMembers(Read):
    items: list[SeriesMemberRead] = Field(max_length=100)


# --------------------------------------------------------------------------- sessions


class AgendaItemRead(Read):
    key: str = Field(max_length=40)
    title: str = Field(max_length=200)
    minutes: int = Field(ge=1, le=240)
    case_id: uuid.UUID | None = None
    chair_id: uuid.UUID | None = Field(
        description="Wie dit punt voorzit: bij een casus de casusinbrenger (de eigenaar van "
        "de casus), bij een dilemma de voorzitter van de bijeenkomst.",
    )


class SessionRead(Read):
    id: uuid.UUID
    series_id: uuid.UUID
    team_id: uuid.UUID
    date: date
    starts_at: datetime
    ends_at: datetime
    deadline_at: datetime
    status: SessionStatus
    cancel_reason: str | None = Field(default=None, max_length=500)
    moved: bool
    format: SessionFormat | None
    chair_id: uuid.UUID | None = Field(
        description="Wie de bijeenkomst opent: bij een casusbespreking de casusinbrenger van "
        "de eerste casus (elke casus zit zijn eigen inbrenger voor, zie agenda[].chairId), bij "
        "een dilemmasessie de voorzitter; nog onbeslist: wie bij een dilemma voorzit."
    )
    note_taker_id: uuid.UUID | None
    case_ids: list[uuid.UUID] = Field(max_length=8)
    dilemma_id: uuid.UUID | None
    agenda: list[AgendaItemRead] = Field(max_length=40)
    evaluation_due: bool = Field(
        description="Na deze bijeenkomst evalueert de eigenaar met de leden wat zij van het "
        "overleg nodig hebben: elke evaluationEvery-ste bijeenkomst die doorgaat."
    )
    has_minutes: bool
    version: int = Field(ge=1)


class SessionUpdate(Schema):
    """Move one session (``startsAt``), cancel it (``status: geannuleerd`` with a reason) or
    let a cancelled one go ahead again (``status: gepland``)."""

    starts_at: Instant | None = None
    status: Literal["gepland", "geannuleerd"] | None = None
    cancel_reason: Annotated[Reason, NoBsn] | None = None


class AgendaWrite(Schema):
    case_ids: list[Id] = Field(max_length=8, description="De casussen op de agenda, in volgorde")


# --------------------------------------------------------------------------- rotation


class RotationItemRead(Read):
    session_id: uuid.UUID
    date: date
    role: Role
    planned_user_id: uuid.UUID | None
    user_id: uuid.UUID | None
    flagged: bool
    applies: bool = Field(description="Onwaar voor een geplande dilemmavoorzitter van een casus")


class RoleCountRead(Read):
    user_id: uuid.UUID
    voorzitter: int = Field(ge=0)
    notulist: int = Field(ge=0)


class RotationRead(Read):
    horizon_date: date | None
    items: list[RotationItemRead] = Field(max_length=400)
    counts: list[RoleCountRead] = Field(max_length=MAX_COUNTS)


class HandoverWrite(Schema):
    role: Role
    to_user_id: Id
    reason: Reason


class HandoverRead(Read):
    id: uuid.UUID
    session_id: uuid.UUID
    role: Role
    planned_user_id: uuid.UUID | None
    from_user_id: uuid.UUID | None
    to_user_id: uuid.UUID
    reason: str = Field(max_length=500)
    at_session: bool
    created_by: uuid.UUID
    created_at: datetime


class Handovers(Read):
    items: list[HandoverRead] = Field(max_length=200)


# --------------------------------------------------------------------------- minutes


class MinutesItem(Schema):
    key: Annotated[str, StringConstraints(min_length=1, max_length=40)]
    case_id: Id | None = None
    notes: LongText = ""


class MinutesWrite(Schema):
    present_ids: list[Id] = Field(default_factory=list, max_length=100)
    absent_ids: list[Id] = Field(default_factory=list, max_length=100)
    items: list[MinutesItem] = Field(default_factory=list, max_length=40)
    conclusion: LongText | None = None


class MinutesItemRead(Read):
    key: str = Field(max_length=40)
    title: str = Field(max_length=200)
    minutes: int = Field(ge=1, le=240)
    case_id: uuid.UUID | None
    chair_id: uuid.UUID | None
    notes: str = Field(max_length=4000)


class MinutesRead(Read):
    session_id: uuid.UUID
    present_ids: list[uuid.UUID] = Field(max_length=100)
    absent_ids: list[uuid.UUID] = Field(max_length=100)
    chair_id: uuid.UUID | None
    note_taker_id: uuid.UUID | None
    items: list[MinutesItemRead] = Field(max_length=40)
    conclusion: str | None = Field(default=None, max_length=4000)
    recorded_by: uuid.UUID | None
    recorded_at: datetime | None
    version: int = Field(ge=0, description="0: nog niets vastgelegd")


# --------------------------------------------------------------------------- dilemmas


class DilemmaCreate(Schema):
    session_id: Id
    series_id: Id | None = None
    title: Title
    case_text: CaseText
    statement_a: Statement
    statement_b: Statement


class DilemmaRead(Read):
    id: uuid.UUID
    team_id: uuid.UUID
    series_id: uuid.UUID
    session_id: uuid.UUID
    title: str = Field(max_length=200)
    case_text: str = Field(max_length=4000)
    statement_a: str = Field(max_length=1000)
    statement_b: str = Field(max_length=1000)
    voting_closes_at: datetime
    has_voted: bool = Field(description="Of u zelf hebt gestemd")
    created_by: uuid.UUID
    created_at: datetime
    version: int = Field(ge=1)


class VoteWrite(Schema):
    choice: Choice


class VoteReceipt(Read):
    """Nothing about the voter, ever: only that the dilemma has the caller's vote."""

    dilemma_id: uuid.UUID
    has_voted: bool


class DilemmaResults(Read):
    dilemma_id: uuid.UUID
    visible: bool = Field(description="Of de uitslag al getoond wordt")
    reason: str | None = Field(default=None, max_length=200)
    a: int | None = Field(default=None, ge=0)
    b: int | None = Field(default=None, ge=0)
    total: int | None = Field(default=None, ge=0, description="Getelde stemmen")
    percent_a: float | None = Field(default=None, ge=0, le=100)
    percent_b: float | None = Field(default=None, ge=0, le=100)
    voted: int = Field(ge=0, description="Leden die hebben gestemd")
    members: int = Field(ge=0, description="Leden van de reeks")
    voting_closes_at: datetime
    closed: bool


# --------------------------------------------------------------------------- standpoints


class StandpointCreate(Schema):
    dilemma_id: Id
    team_id: Id | None = None
    title: Title
    position: Position
    reasoning: Annotated[str, StringConstraints(min_length=1, max_length=4000)]
    decided_on: Day | None = None


class StandpointRead(Read):
    id: uuid.UUID
    team_id: uuid.UUID
    dilemma_id: uuid.UUID | None
    title: str = Field(max_length=200)
    position: Position
    reasoning: str = Field(max_length=4000)
    decided_on: date
    status: StandpointStatus
    created_by: uuid.UUID
    version: int = Field(ge=1)


# --------------------------------------------------------------------------- calendar feeds


class CalendarFeedRead(Read):
    id: uuid.UUID
    created_at: datetime
    url: str | None = Field(
        default=None, max_length=300, description="Alleen in het antwoord bij het aanmaken"
    )


class CalendarFeeds(Read):
    items: list[CalendarFeedRead] = Field(max_length=50)
