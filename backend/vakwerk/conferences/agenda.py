"""Filling a session's agenda at its case deadline (pure: the service moves the cases).

The fill is a time-driven step: it runs in the first transaction that touches the session
after the deadline (or in the worker), so what it takes must not depend on when that is. Only
cases submitted at or before the deadline count; later ones wait for the following session.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from vakwerk.conferences.schedule import (
    AgendaItem,
    SessionFormat,
    SessionStatus,
    session_agenda,
    submitted_on_time,
)


@dataclass(frozen=True)
class CandidateCase:
    """A team's case in ``ingediend`` that is on no agenda."""

    case_id: uuid.UUID
    submitted_at: datetime


@dataclass(frozen=True)
class AgendaFill:
    """What the deadline decides for one session.

    ``added`` move ``ingediend → geagendeerd``; ``case_ids`` is the whole agenda in order (the
    cases put on by hand first); ``waiting`` stay ``ingediend``, oldest submission first.
    """

    format: SessionFormat
    case_ids: tuple[uuid.UUID, ...]
    added: tuple[uuid.UUID, ...]
    waiting: tuple[uuid.UUID, ...]
    agenda: tuple[AgendaItem, ...]


def oldest_first(candidates: Iterable[CandidateCase]) -> list[CandidateCase]:
    # The id breaks ties so two fills of the same data never disagree.
    return sorted(candidates, key=lambda c: (c.submitted_at, str(c.case_id)))


def needs_filling(
    status: SessionStatus,
    session_format: SessionFormat | None,
    deadline_at: datetime,
    now: datetime,
) -> bool:
    """A planned session whose deadline has passed and whose format is not yet decided.

    Strictly after the deadline, so a case submitted at exactly the deadline is in it.
    """
    return status == "gepland" and session_format is None and now > deadline_at


def fill_agenda(
    candidates: Iterable[CandidateCase],
    capacity: int,
    deadline_at: datetime,
    on_agenda: Sequence[uuid.UUID] = (),
) -> AgendaFill:
    """Oldest submissions first up to ``capacity``; cases put on by hand before the deadline
    keep their place and count towards it. No case at all → a dilemma session."""
    chosen = list(dict.fromkeys(on_agenda))
    added: list[uuid.UUID] = []
    waiting: list[uuid.UUID] = []
    for case in oldest_first(candidates):
        if case.case_id in chosen:
            continue
        if len(chosen) < capacity and submitted_on_time(case.submitted_at, deadline_at):
            chosen.append(case.case_id)
            added.append(case.case_id)
        else:
            waiting.append(case.case_id)
    session_format: SessionFormat = "casus" if chosen else "dilemma"
    return AgendaFill(
        format=session_format,
        case_ids=tuple(chosen),
        added=tuple(added),
        waiting=tuple(waiting),
        agenda=tuple(session_agenda(session_format, chosen)),
    )


@dataclass(frozen=True)
class DueSession:
    """A session to fill, as :func:`fill_in_date_order` needs it."""

    key: uuid.UUID
    starts_at: datetime
    deadline_at: datetime
    capacity: int
    on_agenda: tuple[uuid.UUID, ...] = ()


def fill_in_date_order(
    sessions: Iterable[DueSession], candidates: Iterable[CandidateCase]
) -> dict[uuid.UUID, AgendaFill]:
    """Several overdue sessions at once (the step ran late): the earliest session takes the
    oldest cases, and what does not fit waits for the next one."""
    pool = oldest_first(candidates)
    fills: dict[uuid.UUID, AgendaFill] = {}
    for session in sorted(sessions, key=lambda s: (s.starts_at, str(s.key))):
        fill = fill_agenda(pool, session.capacity, session.deadline_at, session.on_agenda)
        fills[session.key] = fill
        taken = set(fill.case_ids)
        pool = [c for c in pool if c.case_id not in taken]
    return fills
