"""The demo organisation's case conferences, as Best ran them (fictional people and texts).

A series every second Tuesday, 30 minutes, first at 13:00 and moved to the morning after
two sessions; past sessions with minutes — at the very first one the assigned note-taker
was absent and a colleague took over — two dilemma sessions with their votes and
standpoints, and a dilemma with votes for the coming session. The history is built by
walking the demo's clock through it with the real services, so every rule (agenda at the
deadline, rotation, anonymous votes) made it as it would have.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlmodel import col

from vakwerk.cases import lifecycle
from vakwerk.cases import service as cases
from vakwerk.cases.access import load_case
from vakwerk.cases.schemas import CaseCreate, OutcomeWrite
from vakwerk.conferences import minutes, planning, series, standpoints, tasks, votes
from vakwerk.conferences.access import session_read
from vakwerk.conferences.models import ConferenceSession
from vakwerk.conferences.schemas import (
    DilemmaCreate,
    HandoverWrite,
    MinutesItem,
    MinutesWrite,
    SeriesCreate,
    SeriesUpdate,
    StandpointCreate,
)
from vakwerk.core import clock
from vakwerk.core.policy import Actor, Op, authorize
from vakwerk.demo.people import team_actors

DILEMMAS = [
    (
        "Taalcursus of werkstage?",
        "Een fictieve klant van 34 spreekt weinig Nederlands. Hij wil direct aan het werk in de "
        "groenvoorziening, maar weigert de taalcursus die hem is aangeboden.",
        "Eerst de taalcursus: zonder de taal is het werk niet duurzaam.",
        "Eerst de werkstage: de motivatie is nu het grootst, de taal leert hij op de werkvloer.",
        "b",
        "Werk gaat voor, met taal op de werkvloer",
        "Het team kiest voor de werkstage met taalbegeleiding op de werkvloer: motivatie is het "
        "vertrekpunt. De klantmanager spreekt na drie maanden af of een taalcursus erbij komt.",
    ),
    (
        "Ontheffing bij mantelzorg?",
        "Een fictieve klant zorgt drie dagen per week voor haar moeder. Ze vraagt een tijdelijke "
        "ontheffing van de arbeidsverplichting.",
        "Tijdelijke ontheffing: de zorg is een dringende reden.",
        "Geen ontheffing: zoek werk naast de zorg, in deeltijd.",
        "anders",
        "Mantelzorg: deeltijd vóór ontheffing",
        "Een middenweg: eerst onderzoeken of respijtzorg de zorgtaak verlicht en of werk in "
        "deeltijd past; een tijdelijke ontheffing alleen als dat niet lukt, met een einddatum.",
    ),
]
CASE_PLAN = (
    "Plan: een werkstage van drie maanden met budgetcoaching; evaluatie in het volgende overleg."
)
UPCOMING = (
    "Verhuizing en sollicitatieplicht",
    "Een fictieve klant verhuist over twee maanden naar een andere gemeente. Moet zij tot die "
    "tijd blijven solliciteren in de regio die zij verlaat?",
    "Ja: de plicht geldt zolang de uitkering loopt.",
    "Nee: richt de energie op de verhuizing en zoek daarna werk in de nieuwe regio.",
)


@contextmanager
def demo_clock() -> Iterator[Callable[[datetime], None]]:
    """Walk the clock through the demo's history; the clock that was set comes back after."""
    previous = clock._now
    moment: list[datetime] = [clock.now()]
    clock.set_clock(lambda: moment[0])
    try:
        yield lambda at: moment.__setitem__(0, at)
    finally:
        clock.set_clock(previous)


def local(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=clock.AMSTERDAM)


async def _people(session: AsyncSession, team_id: uuid.UUID) -> dict[str, Actor]:
    return {email.split("@")[0]: a for email, a in await team_actors(session, team_id)}


async def _sessions(session: AsyncSession, series_id: uuid.UUID) -> list[ConferenceSession]:
    found = await session.execute(
        select(ConferenceSession)
        .where(col(ConferenceSession.series_id) == series_id)
        .order_by(col(ConferenceSession.starts_at))
        .execution_options(populate_existing=True)
    )
    return list(found.scalars())


async def _case(session: AsyncSession, who: Actor, question: str, target: date) -> uuid.UUID:
    case = await cases.create_case(
        session,
        authorize(who, Op.CREATE_CASE),
        CaseCreate(
            kind="algemeen",
            question=question,
            age=41,
            work_experience="Tien jaar magazijnwerk, sinds twee jaar zonder werk",
            attitude="Wil graag, maar twijfelt aan zichzelf",
            target_session_date=target,
        ),
    )
    await lifecycle.submit_case(session, authorize(who, Op.EDIT_CASE), case.id)
    return case.id


async def load(session: AsyncSession, organisation_id: uuid.UUID, team_id: uuid.UUID) -> None:
    real_now = clock.now()  # the walk's clock stays before the moment the demo is loaded
    people = await _people(session, team_id)
    owner, leader = people["km1"], people["teamleider"]
    today = clock.today()
    next_tuesday = today + timedelta(days=(1 - today.weekday()) % 7 or 7)
    first = next_tuesday - timedelta(weeks=10)
    members = [p.id for name, p in sorted(people.items()) if name.startswith(("km", "teamleider"))]
    with demo_clock() as set_time:
        set_time(local(first - timedelta(days=9), 9))
        made = await series.create_series(
            session,
            authorize(leader, Op.MANAGE_SERIES),
            SeriesCreate(
                team_id=team_id,
                name="Casuïstiekoverleg W&I",
                owner_id=owner.id,
                weekday=2,
                start_time="13:00",
                first_date=first,
                location="Vergaderruimte De Kempen",
                video_link="https://teams.example/l/casuistiek-wi",
                member_ids=members,
            ),
        )
        set_time(local(first - timedelta(days=7), 10))
        case_a = await _case(
            session, people["km2"], "Hoe help ik deze klant met schulden naar werk?", first
        )
        dilemma_number = 0
        held = [s for s in await _sessions(session, made.id) if s.starts_at < real_now]
        for index, row in enumerate(held[:5]):
            if row.status == "geannuleerd":
                continue
            if index in (1, 3) and dilemma_number < len(DILEMMAS):
                set_time(row.starts_at - timedelta(days=6, hours=2))
                await _dilemma_with_votes(session, people, owner, row.id, DILEMMAS[dilemma_number])
                dilemma_number += 1
            if index == 2:
                set_time(row.deadline_at - timedelta(days=1))
                await _case(
                    session,
                    people["km3"],
                    "Past een leerwerktraject bij deze jongere klant?",
                    row.date,
                )
            set_time(row.starts_at + timedelta(minutes=10))
            series_now = await planning.ensure_current(session, made)
            row = next(s for s in await _sessions(session, made.id) if s.id == row.id)
            reply = await session_read(session, series_now, row)
            absent = [people["km6"].id]  # works no Tuesdays
            if index == 0 and reply.note_taker_id is not None:
                # Best: the assigned note-taker was absent at the very first session.
                taker = next(
                    p.id
                    for p in people.values()
                    if p.id not in (reply.note_taker_id, reply.chair_id, people["km6"].id)
                    and p.id in members
                )
                absent.append(reply.note_taker_id)
                await tasks.hand_over(
                    session,
                    authorize(owner, Op.HAND_OVER_TASK),
                    row.id,
                    HandoverWrite(
                        role="notulist",
                        to_user_id=taker,
                        reason="Afwezig door ziekte; overgenomen bij de start.",
                    ),
                )
                reply = await session_read(session, series_now, row)
            writer = authorize(owner, Op.WRITE_MINUTES)
            notes = [
                MinutesItem(key=item.key, case_id=item.case_id, notes=_note(item.key))
                for item in reply.agenda
            ]
            dilemma_row = DILEMMAS[dilemma_number - 1] if reply.format == "dilemma" else None
            await minutes.put_minutes(
                session,
                writer,
                row.id,
                MinutesWrite(
                    present_ids=[m for m in members if m not in absent],
                    absent_ids=absent,
                    items=notes,
                    conclusion=dilemma_row[6] if dilemma_row else CASE_PLAN,
                ),
                '"0"',
            )
            if dilemma_row and reply.dilemma_id:
                await standpoints.record_standpoint(
                    session,
                    authorize(owner, Op.RECORD_STANDPOINT),
                    StandpointCreate(
                        dilemma_id=reply.dilemma_id,
                        title=dilemma_row[5],
                        position=dilemma_row[4],
                        reasoning=dilemma_row[6],
                    ),
                )
            if index == 1:
                # After two sessions the series moved to the morning, so more could attend.
                set_time(row.starts_at + timedelta(days=1))
                fresh = await planning.lock_series(session, made.id)
                made = await series.update_series(
                    session,
                    authorize(owner, Op.EDIT_SERIES),
                    made.id,
                    SeriesUpdate(start_time="09:30"),
                    f'"{fresh.version}"',
                )
            if case_a in [uuid.UUID(c) for c in row.case_ids]:
                edit = authorize(people["km2"], Op.EDIT_CASE)
                case = await load_case(session, edit, case_a)
                await lifecycle.record_outcome(
                    session,
                    edit,
                    case_a,
                    OutcomeWrite(
                        result="anders",
                        conclusion="Geen traject nu: eerst de schulden in beeld bij de budgetcoach",
                        plan="Aanmelding schuldhulp, over drie maanden opnieuw bespreken",
                    ),
                    f'"{case.version}"',
                )
        upcoming = [s for s in await _sessions(session, made.id) if s.starts_at > real_now]
        if upcoming:
            set_time(min(real_now, upcoming[0].starts_at - timedelta(days=1)))
            await _dilemma_with_votes(
                session, people, owner, upcoming[0].id, (*UPCOMING, "a", "", ""), votes_cast=4
            )
    await planning.ensure_current(session, await planning.lock_series(session, made.id))


def _note(key: str) -> str:
    return {
        "introductie": "De inbrenger schetst de situatie en de hulpvraag.",
        "vragen": "Collega's vragen naar het netwerk, de schulden en eerdere trajecten.",
        "ideeen": "Ideeën: budgetcoaching, een werkstage via R&W, vrijwilligerswerk als opstap.",
        "plan": "De inbrenger kiest voor een werkstage van drie maanden met budgetcoaching.",
        "stelling_a": "Argumenten voor A: duurzaamheid, veiligheid op de werkvloer.",
        "stelling_b": "Argumenten voor B: motivatie, snel resultaat, leren in de praktijk.",
        "conclusie": "Het team komt tot een gezamenlijk standpunt.",
    }.get(key, "")


async def _dilemma_with_votes(
    session: AsyncSession,
    people: dict[str, Actor],
    owner: Actor,
    session_id: uuid.UUID,
    texts: tuple[str, ...],
    votes_cast: int = 7,
) -> None:
    dilemma = await votes.create_dilemma(
        session,
        authorize(owner, Op.CREATE_DILEMMA),
        DilemmaCreate(
            session_id=session_id,
            title=texts[0],
            case_text=texts[1],
            statement_a=texts[2],
            statement_b=texts[3],
        ),
    )
    voters = [p for name, p in sorted(people.items()) if name.startswith(("km", "teamleider"))]
    for n, voter in enumerate(voters[:votes_cast]):
        await votes.cast_vote(
            session, authorize(voter, Op.CAST_VOTE), dilemma.id, "ab"[(n * 5 + 1) % 3 % 2]
        )
