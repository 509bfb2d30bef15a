"""The BSN: the 11-proef, the keyed hash we store instead, and detection in free text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.core.security import keyed_hash

# Nine digits, each pair separated by nothing or by one space or dot, no digit around.
_IN_TEXT = re.compile(r"(?<!\d)\d(?:[ .]?\d){8}(?!\d)")

BSN_REASON = (
    "Deze tekst lijkt een BSN te bevatten. Vakwerk bewaart geen burgerservicenummers: "
    "laat het nummer weg."
)


def passes_eleven_test(digits: str) -> bool:
    if len(digits) != 9 or not digits.isdigit() or set(digits) == {"0"}:
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(int(d) * w for d, w in zip(digits, weights, strict=True)) % 11 == 0


def hash_bsn(key: str, bsn: str) -> str:
    return keyed_hash(key, f"bsn:{bsn}")


def contains_bsn(text: str | None) -> bool:
    if not text:
        return False
    for match in _IN_TEXT.finditer(text):
        if passes_eleven_test(re.sub(r"[ .]", "", match.group())):
            return True
    return False


def bsn_problems(
    fields: Mapping[str, str | None] | Iterable[tuple[str, str | None]],
) -> list[InvalidParam]:
    items = fields.items() if isinstance(fields, Mapping) else fields
    return [
        InvalidParam(name, "bsn_detected", BSN_REASON)
        for name, value in items
        if contains_bsn(value)
    ]


def refuse_bsn(fields: Mapping[str, str | None] | Iterable[tuple[str, str | None]]) -> None:
    """400 ``bsn_detected`` naming every free-text member that holds a BSN."""
    problems = bsn_problems(fields)
    if problems:
        raise InvalidInput(problems, "Een of meer teksten bevatten een BSN.")
