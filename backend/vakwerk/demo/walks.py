"""The demo's assessments, walked through the services as client managers walk them: in
every state (open, withdrawn, completed with each outcome, referrals waiting for R&W,
accepted and returned, a return taken up with a new assessment), some doubtful, and a few
arguments refused first (so the quality officer's figures have something to count)."""

from __future__ import annotations

import random
import uuid
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.assessments import reviews, walk
from vakwerk.assessments.schemas import (
    AnswerWrite,
    AssessmentCreate,
    Characteristic,
    CompletionWrite,
    Consultation,
    ReviewCreate,
)
from vakwerk.core.errors import InvalidInput
from vakwerk.core.policy import Actor, Op, authorize
from vakwerk.demo.texts import CIRCUMSTANCES, LIMITATIONS, MOTIVATION, REVIEWS, WEIGHING

# per client manager (in the order of their e-mail addresses) the assessments they made
PLAN: list[list[str]] = [
    [
        "open_twijfel",
        "nu_geen_traject",
        "referral",
        "accepted",
        "returned",
        "returned_then_new",
        "uitgesteld",
    ],
    ["open", "referral", "returned", "twijfel_done"],
    ["open_twijfel", "accepted", "withdrawn", "referral"],
    ["uitgesteld", "returned", "open"],
    ["twijfel_referral", "nu_geen_traject"],
    ["referral", "accepted"],
    ["open", "returned"],
    ["twijfel_done", "referral"],
]
Q3 = {"nu_geen_traject": "ja", "twijfel_done": "ja", "uitgesteld": "wacht_op_deskundige"}
REFUSED_FIRST = {(0, 1), (1, 0), (1, 2), (3, 1)}  # (manager, assessment): a refusal first
CIRCUMSTANCE_KEYS = ("schulden", "woonsituatie", "verslaving")
LIMITATION_KEYS = (
    "taalbeperking",
    "verstandelijke_beperking",
    "lichamelijke_beperking",
    "psychische_beperking",
)


def _none(keys: tuple[str, ...]) -> list[Characteristic]:
    return [Characteristic(key=key, obstacle=False) for key in keys]


async def _refused(session: AsyncSession, grant: Any, assessment_id: uuid.UUID) -> None:
    """A boilerplate argument, refused as it would be in the browser; the refusal stays."""
    body = AnswerWrite(
        answer="ja",
        argument="Er is geen reden om de klant niet aan te melden bij R&W. Zo is het.",
        sources=["eigen_inschatting"],
    )
    try:
        async with session.begin_nested():
            await walk.put_answer(session, grant, assessment_id, "q1", body)
    except InvalidInput as refusal:
        session.add_all(refusal.keep)


async def _walk(
    session: AsyncSession,
    rng: random.Random,
    manager: Actor,
    client_id: uuid.UUID,
    label: str,
    state: str,
    refuse: bool,
) -> uuid.UUID:
    twijfel = "twijfel" in state
    started = await walk.start(
        session,
        authorize(manager, Op.START_ASSESSMENT),
        AssessmentCreate(client_id=client_id, twijfel=twijfel),
    )
    grant = authorize(manager, Op.ANSWER_ASSESSMENT)
    if refuse:
        await _refused(session, grant, started.id)
    if state.startswith("open") or state == "withdrawn":
        if state == "withdrawn":
            await walk.withdraw(session, authorize(manager, Op.WITHDRAW_ASSESSMENT), started.id)
        return started.id
    q3 = Q3.get(state, "nee")
    opening, reason = rng.choice(MOTIVATION)
    hinder = q3 == "ja"
    answers = {
        "q1": AnswerWrite(
            answer="ja" if not hinder else rng.choice(["ja", "nee"]),
            argument=f"{opening} {reason}; dat vertelde de klant ({label}) zelf in het gesprek.",
            sources=["klant"],
        ),
        "q2a": AnswerWrite(
            characteristics=[
                Characteristic(key="schulden", obstacle=True, trend="stabiel", note="Bewind")
                if hinder
                else Characteristic(key="schulden", obstacle=False),
                *_none(CIRCUMSTANCE_KEYS[1:]),
            ],
            argument=f"{rng.choice(CIRCUMSTANCES)}; nagelopen in het dossier van {label}.",
            sources=["klant", "competensys"],
        ),
        "q2b": AnswerWrite(
            characteristics=[
                *_none(LIMITATION_KEYS[:3]),
                Characteristic(
                    key="psychische_beperking", obstacle=True, trend="verslechterd", note="GGZ"
                )
                if hinder
                else Characteristic(key="psychische_beperking", obstacle=False),
            ],
            argument=f"{rng.choice(LIMITATIONS)}, zo blijkt uit het dossier van {label}.",
            sources=["competensys", "andere_deskundige"],
        ),
        "q3": AnswerWrite(
            answer=q3,
            argument=f"Alles samen gewogen voor {label}: {WEIGHING[q3]}.",
            sources=["eigen_inschatting"],
        ),
    }
    for key, body in answers.items():
        await walk.put_answer(session, grant, started.id, key, body)
    held = rng.random() < 0.5
    completion = CompletionWrite(
        guideline_used=True,
        consultation=Consultation(
            held=held,
            with_whom="Consulent R&W in het wekelijkse overleg" if held else None,
            explanation="Samen de mogelijkheden bij R&W doorgenomen." if held else None,
        ),
        conclusion=f"Afgerond voor {label}: {WEIGHING[q3]}.",
    )
    await walk.complete(session, grant, started.id, completion)
    return started.id


async def load(
    session: AsyncSession,
    rng: random.Random,
    made: list[tuple[uuid.UUID, Actor, str]],
    managers: list[Actor],
    consultants: list[Actor],
) -> None:
    """``PLAN[i]`` for ``managers[i]``, each on clients of their own from ``made``."""
    reviewed = 0

    async def review(assessment_id: uuid.UUID, decision: str, label: str) -> None:
        nonlocal reviewed
        consultant = consultants[reviewed % len(consultants)]
        reviewed += 1
        await reviews.create_review(
            session,
            authorize(consultant, Op.REVIEW_REFERRAL),
            assessment_id,
            ReviewCreate(decision=decision, argument=f"{REVIEWS[decision]} ({label})."),
        )

    for index, states in enumerate(PLAN):
        manager = managers[index]
        theirs = [(c, label) for c, m, label in made if m == manager]
        for number, state in enumerate(states):
            client_id, label = theirs[number]
            refuse = (index, number) in REFUSED_FIRST
            found = await _walk(session, rng, manager, client_id, label, state, refuse)
            if state in ("accepted", "returned", "returned_then_new"):
                await review(found, "geaccepteerd" if state == "accepted" else "teruggemeld", label)
            if state == "returned_then_new":
                await _walk(session, rng, manager, client_id, label, "open", False)
