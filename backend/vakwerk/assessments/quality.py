"""Argument quality (docs/domain.md §2 rule 8): too_short, boilerplate, duplicate — in that
order."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable

from vakwerk.core.text import normalise

GOOD_ARGUMENT = (
    "Een goed argument noemt feiten over deze klant, waar die feiten vandaan komen, en "
    "waarom ze voor of tegen verwijzing naar R&W wegen."
)
REASONS = {
    "too_short": "Dit argument is te kort. " + GOOD_ARGUMENT,
    "boilerplate": "Dit argument bestaat vooral uit een standaardzin. " + GOOD_ARGUMENT,
    "duplicate": "U gebruikte dit argument al bij een andere vraag of afweging. " + GOOD_ARGUMENT,
}


def fingerprint(argument: str) -> str:
    """Equal arguments (after normalisation) share a fingerprint."""
    return hashlib.sha256(normalise(argument).encode()).hexdigest()


def too_short(normalised: str, min_chars: int, min_words: int) -> bool:
    return len(normalised) < min_chars or len(normalised.split()) < min_words


def strip_phrases(normalised: str, phrases: Iterable[str]) -> str:
    rest = f" {normalised} "
    for phrase in sorted((p for p in phrases if p), key=len, reverse=True):
        rest = re.sub(rf"(?<= ){re.escape(phrase)}(?= )", " ", rest)
    return normalise(rest)


def first_failure(
    argument: str, *, min_chars: int, min_words: int, phrases: Iterable[str], is_duplicate: bool
) -> str | None:
    normalised = normalise(argument)
    if too_short(normalised, min_chars, min_words):
        return "too_short"
    if too_short(strip_phrases(normalised, phrases), min_chars, min_words):
        return "boilerplate"
    if is_duplicate:
        return "duplicate"
    return None
