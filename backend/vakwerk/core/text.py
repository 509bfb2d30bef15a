"""Text normalisation shared by search and argument checks."""

from __future__ import annotations

import re
import unicodedata

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalise(text: str | None) -> str:
    """NFKD, marks dropped, lower case, every non-letter/digit a space, spaces collapsed."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()
    return _NOT_WORD.sub(" ", plain).strip()


def words(text: str | None) -> list[str]:
    return normalise(text).split()
