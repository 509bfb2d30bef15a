"""The BSN: the 11-proef, the keyed hash we store instead, and detection in free text.

Detection follows docs/domain.md §1: nine digits, where every Unicode decimal digit
(fullwidth, Arabic-Indic, Devanagari, …) counts as its value; each pair of digits
separated by nothing or by exactly one separator — any Unicode space (every white-space
character: the space, the no-break space, the thin and ideographic spaces, a tab or a
line break), a dot or a hyphen; no digit directly before or after; and the nine
values pass the 11-proef.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping

from vakwerk.core.errors import InvalidInput, InvalidParam
from vakwerk.core.security import keyed_hash

# One space (in a str pattern \s is every character Unicode treats as white space: the
# space, the no-break space, the thin, narrow and ideographic spaces, tab and line
# breaks), a dot or a hyphen.
_SEPARATOR = r"[\s.\-]"
# A zero-width look-ahead at every position, so overlapping candidates are all seen:
# in "123 456 789 012" both "123 456 789" and "456 789 012" are candidates.
# In a str pattern, \d is every Unicode decimal digit (category Nd).
_CANDIDATE = re.compile(rf"(?<!\d)(?=(\d(?:{_SEPARATOR}?\d){{8}})(?!\d))")
_WEIGHTS = (9, 8, 7, 6, 5, 4, 3, 2, -1)
_ASCII_BSN = re.compile(r"[0-9]{9}")

BSN_REASON = (
    "Deze tekst lijkt een BSN te bevatten. Vakwerk bewaart geen burgerservicenummers: "
    "laat het nummer weg."
)


def passes_eleven_test(digits: str) -> bool:
    """Nine ASCII digits, not all zeros, with 9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11.

    A BSN as data (the by-ref upsert's ``bsn``) is ASCII only; text detection turns
    other decimal digits into their values before it asks.
    """
    if not _ASCII_BSN.fullmatch(digits) or digits == "000000000":
        return False
    return sum(int(d) * w for d, w in zip(digits, _WEIGHTS, strict=True)) % 11 == 0


def ascii_digits(text: str) -> str:
    """The decimal digits of ``text`` by their value, as ASCII (separators dropped)."""
    if text.isascii() and text.isdigit():
        return text  # already so (every BSN an import or an upsert hands over)
    return "".join(str(unicodedata.decimal(ch)) for ch in text if ch.isdecimal())


def hash_bsn(key: str, bsn: str) -> str:
    # By value: the same number in other digits is the same person.
    return keyed_hash(key, f"bsn:{ascii_digits(bsn)}")


def contains_bsn(text: str | None) -> bool:
    if not text:
        return False
    return any(passes_eleven_test(ascii_digits(m.group(1))) for m in _CANDIDATE.finditer(text))


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
