"""The handover form CompetenSYS and R&W read: as JSON, and as text to paste.

It reads as a document (docs/domain.md §2): a header — the client's references (CompetenSYS
first), the date of completion, the client manager, the tree version and the outcome's
label — then the questions in tree order, without the screens' parenthetical hints
("(Komt terug in het overdrachtsformulier)"): the screens show CompetenSYS' texts
verbatim where they ask the questions; the document the hints point at leaves them out.
"""

from __future__ import annotations

import re
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from vakwerk.assessments.access import answers_of, definition_of, load_assessment
from vakwerk.assessments.schemas import (
    Completion,
    Handover,
    HandoverCharacteristic,
    HandoverQuestion,
)
from vakwerk.assessments.tree import ANSWER_LABELS, OUTCOME_LABELS, SOURCE_LABELS, TREND_LABELS
from vakwerk.clients import access as clients
from vakwerk.clients.schemas import ExternalRef
from vakwerk.core import clock
from vakwerk.core.dates import long_date
from vakwerk.core.errors import Conflict
from vakwerk.core.policy import Grant
from vakwerk.people import users

GUIDELINE_QUESTION = "Heb je de handreiking afwegingskader gebruikt?"
# CompetenSYS' text as its screen shows it (verbatim, with its hint); the document drops
# the hint (``without_hint``).
CONSULTATION_QUESTION = (
    "Is er collegiaal overleg geweest tussen W&I en R&W over het volgen van een traject bij "
    "R&W? (Komt terug in het overdrachtsformulier)"
)
HINT = re.compile(r"\s*\((?:dit )?komt terug in het overdrachtsformulier\)", re.IGNORECASE)
FIRST_SYSTEM = "competensys"  # CompetenSYS and R&W read the handover: their number first


def without_hint(question: str) -> str:
    """A question as the document prints it: the screens' "(Komt terug in het
    overdrachtsformulier)" and "(Dit komt terug …)" left out."""
    return HINT.sub("", question).strip()


def handover_refs(refs: list[ExternalRef]) -> list[ExternalRef]:
    """The client's references, CompetenSYS first, then by system and number."""
    return sorted(refs, key=lambda r: (r.system != FIRST_SYSTEM, r.system, r.ref))


async def handover(session: AsyncSession, grant: Grant, assessment_id: uuid.UUID) -> Handover:
    assessment = await load_assessment(session, grant, assessment_id, part="handover")
    if assessment.status != "afgerond":
        raise Conflict("Een overdrachtsformulier bestaat pas als de afweging is afgerond.")
    version, definition = await definition_of(session, assessment)
    answers = {a.question_key: a for a in await answers_of(session, assessment.id)}
    questions = []
    for question in definition.questions:
        answer = answers.get(question.key)
        if answer is None:
            continue
        labels = {c.key: c.label for c in question.characteristics or []}
        questions.append(
            HandoverQuestion(
                question_key=question.key,
                question=without_hint(question.text),
                answer=answer.answer,
                answer_label=ANSWER_LABELS.get(answer.answer, answer.answer),
                characteristics=[
                    HandoverCharacteristic.model_validate(
                        {**c, "label": labels.get(c["key"], c["key"])}
                    )
                    for c in answer.characteristics or []
                ],
                argument=answer.argument,
                sources=answer.sources,
            )
        )
    assert assessment.outcome is not None and assessment.completed_at is not None
    refs = await clients.refs_of(session, [assessment.client_id])
    author = await users.display_name_of(session, assessment.author_id)
    return Handover(
        assessment_id=assessment.id,
        client_id=assessment.client_id,
        client_refs=handover_refs(refs[assessment.client_id]),
        completed_on=assessment.completed_at.astimezone(clock.AMSTERDAM).date(),
        author_id=assessment.author_id,
        author_name=author or "Onbekend",
        tree_version_number=version.number,
        questions=questions,
        outcome=assessment.outcome,
        outcome_label=OUTCOME_LABELS[assessment.outcome],
        outcome_explanation=assessment.outcome_explanation or {},
        completion=Completion.model_validate(assessment.completion),
        completed_at=assessment.completed_at,
        review_decision=assessment.review_decision,
    )


def client_text(form: Handover) -> str:
    """The client as lists write it (competensys A-7 · civision 12345), or by a short id."""
    if form.client_refs:
        return " · ".join(f"{r.system} {r.ref}" for r in form.client_refs)
    return f"Klant {str(form.client_id)[:8]}"


def header_text(form: Handover) -> str:
    return "\n".join(
        [
            "Overdrachtsformulier afwegingskader",
            f"Klant: {client_text(form)}",
            f"Datum: {long_date(form.completed_on)}",
            f"Klantmanager: {form.author_name}",
            f"Beslisboom: versie {form.tree_version_number}",
            f"Uitkomst: {form.outcome_label}",
        ]
    )


def handover_text(form: Handover) -> str:
    """The text CompetenSYS pastes: the header, then blocks separated by a blank line."""
    blocks: list[str] = [header_text(form)]
    for question in form.questions:
        lines = [question.question, f"Antwoord: {question.answer_label}"]
        for item in question.characteristics:
            if item.obstacle:
                trend = TREND_LABELS.get(item.trend or "", item.trend or "")
                note = f" — {item.note}" if item.note else ""
                lines.append(f"- {item.label}: belemmering ({trend}){note}")
            else:
                lines.append(f"- {item.label}: geen belemmering")
        lines.append(f"Argument: {question.argument or ''}".rstrip())
        lines.append("Bronnen: " + ", ".join(SOURCE_LABELS.get(s, s) for s in question.sources))
        blocks.append("\n".join(lines))
    completion = form.completion
    consultation = completion.consultation
    blocks.append(f"Uitkomst: {form.outcome_label}")
    blocks.append(f"{GUIDELINE_QUESTION} {'Ja' if completion.guideline_used else 'Nee'}")
    blocks.append(
        "\n".join(
            [
                f"{without_hint(CONSULTATION_QUESTION)} {'Ja' if consultation.held else 'Nee'}",
                f"Overleg gehad met: {consultation.with_whom or ''}".rstrip(),
                f"Toelichting: {consultation.explanation or ''}".rstrip(),
            ]
        )
    )
    blocks.append(f"Conclusie: {completion.conclusion}".rstrip())
    return "\n\n".join(blocks) + "\n"
