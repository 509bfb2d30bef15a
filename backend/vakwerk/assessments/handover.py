"""The handover form CompetenSYS and R&W read: as JSON, and as text to paste."""

from __future__ import annotations

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
from vakwerk.core.errors import Conflict
from vakwerk.core.policy import Grant

GUIDELINE_QUESTION = "Heb je de handreiking afwegingskader gebruikt?"
CONSULTATION_QUESTION = (
    "Is er collegiaal overleg geweest tussen W&I en R&W over het volgen van een traject bij "
    "R&W? (Komt terug in het overdrachtsformulier)"
)


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
                question=question.text,
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
    return Handover(
        assessment_id=assessment.id,
        client_id=assessment.client_id,
        tree_version_number=version.number,
        questions=questions,
        outcome=assessment.outcome,
        outcome_label=OUTCOME_LABELS[assessment.outcome],
        outcome_explanation=assessment.outcome_explanation or {},
        completion=Completion.model_validate(assessment.completion),
        completed_at=assessment.completed_at,
        review_decision=assessment.review_decision,
    )


def handover_text(form: Handover) -> str:
    """The text CompetenSYS pastes: blocks separated by a blank line."""
    blocks: list[str] = []
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
                f"{CONSULTATION_QUESTION} {'Ja' if consultation.held else 'Nee'}",
                f"Overleg gehad met: {consultation.with_whom or ''}".rstrip(),
                f"Toelichting: {consultation.explanation or ''}".rstrip(),
            ]
        )
    )
    blocks.append(f"Conclusie: {completion.conclusion}".rstrip())
    return "\n\n".join(blocks) + "\n"
