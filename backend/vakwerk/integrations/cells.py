"""Reading one cell of an export: dates in their file forms, whole numbers, codes and text.

Each reader takes what a CSV field (``str``) or an XLSX cell (``str``, ``int``, ``float``,
``bool``, ``datetime``, ``date``, ``time``…) holds, and returns the typed value, ``None``
for an empty cell, or raises :class:`CellProblem` with a stable code and a Dutch reason.
A reason never repeats the cell's value: it may be personal data.
"""

from __future__ import annotations

import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta
from typing import Final

from vakwerk.clients.schemas import Ground
from vakwerk.core.bsn import passes_eleven_test
from vakwerk.core.text import normalise

FIRST_YEAR: Final = 1900
LAST_YEAR: Final = 2200

# Day 0 of the 1900 date system is 1899-12-31; Lotus 1-2-3's (and so Excel's) fictitious
# 1900-02-29 is serial 60, so from serial 61 on the count runs one day ahead of the calendar.
_SERIAL_BEFORE_BUG: Final = date(1899, 12, 31)
_SERIAL_AFTER_BUG: Final = date(1899, 12, 30)
_SERIAL_1904: Final = date(1904, 1, 1)
_FICTITIOUS_LEAP_DAY: Final = 60
_MAX_SERIAL: Final = (date(LAST_YEAR, 12, 31) - _SERIAL_AFTER_BUG).days + 1

# Year first (2023-01-30, 2023/01/30) or day first (30-01-2023, 30/01/2023, 30.01.2023),
# one separator throughout, four-digit year, an optional time of day that is dropped.
_DATE_TEXT: Final = re.compile(
    r"(?:(?P<y1>[0-9]{4})(?P<s1>[-/.])(?P<m1>[0-9]{1,2})(?P=s1)(?P<d1>[0-9]{1,2})"
    r"|(?P<d2>[0-9]{1,2})(?P<s2>[-/.])(?P<m2>[0-9]{1,2})(?P=s2)(?P<y2>[0-9]{4}))"
    r"(?:[T ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]{1,6})?)?)?"
)
# A serial number written as text: five or six digits (from 1927-05-18 on), so that a bare
# year such as "2023" is refused instead of being read as a day in 1905.
_SERIAL_TEXT: Final = re.compile(r"[0-9]{5,6}(?:\.[0-9]+)?")
_WHOLE_TEXT: Final = re.compile(r"[0-9]{1,9}(?:[.,]0+)?")
_REF: Final = re.compile(r"[A-Za-z0-9._-]{1,64}")
_MUNICIPALITY: Final = re.compile(r"GM[0-9]{4}")
_MUNICIPALITY_NUMBER: Final = re.compile(r"[0-9]{1,4}")
_EMAIL: Final = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_BSN: Final = re.compile(r"[0-9]{9}")

DATE_FORMS: Final = "JJJJ-MM-DD of DD-MM-JJJJ (ook met / of .), of een datum uit de spreadsheet"


class CellProblem(ValueError):
    """One cell that cannot be read: a stable machine word and a Dutch reason."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(code)
        self.code = code
        self.reason = reason


def _invalid_date(reason: str | None = None) -> CellProblem:
    return CellProblem(
        "invalid_date", reason or f"Deze datum kunnen wij niet lezen. Gebruik {DATE_FORMS}."
    )


def _out_of_range_year() -> CellProblem:
    return CellProblem(
        "out_of_range",
        f"Deze datum ligt buiten de jaren {FIRST_YEAR}-{LAST_YEAR}. Controleer het jaartal.",
    )


def text_of(value: object) -> str | None:
    """A cell as stripped text; ``None`` when empty. Whole floats lose their ``.0``."""
    if type(value) is str or isinstance(value, str):
        return value.strip() or None
    if value is None:
        return None
    if isinstance(value, bool):
        return str(value).upper()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _checked_year(day: date) -> date:
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise _out_of_range_year()
    return day


def date_from_serial(serial: float, *, epoch_1904: bool = False) -> date:
    """A spreadsheet day number as a date (1900 system unless ``epoch_1904``).

    A fraction is the time of day and is dropped. Serial 60 is the 29 February 1900 that
    the 1900 system counts but the calendar never had: refused as ``invalid_date``.
    """
    if not math.isfinite(serial):
        raise _invalid_date()
    whole = math.floor(serial)
    if whole < 0 or whole > _MAX_SERIAL + 1:
        raise _out_of_range_year()
    if epoch_1904:
        return _checked_year(_SERIAL_1904 + timedelta(days=whole))
    if whole == _FICTITIOUS_LEAP_DAY:
        raise _invalid_date(
            "Dit spreadsheetgetal staat voor 29 februari 1900, een dag die niet bestond."
        )
    base = _SERIAL_BEFORE_BUG if whole < _FICTITIOUS_LEAP_DAY else _SERIAL_AFTER_BUG
    return _checked_year(base + timedelta(days=whole))


def date_from_text(text: str, *, epoch_1904: bool = False) -> date:
    match = _DATE_TEXT.fullmatch(text)
    if match is None:
        if _SERIAL_TEXT.fullmatch(text):
            return date_from_serial(float(text), epoch_1904=epoch_1904)
        raise _invalid_date()
    year, month, day = (
        match.group("y1", "m1", "d1") if match.group("y1") else match.group("y2", "m2", "d2")
    )
    if not FIRST_YEAR <= int(year) <= LAST_YEAR:
        raise _out_of_range_year()
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        raise _invalid_date("Deze datum bestaat niet in de kalender.") from None


def read_date(value: object, *, epoch_1904: bool = False) -> date | None:
    """A date cell, a day number or a date written as text; ``None`` when empty."""
    if type(value) is str:  # every CSV field: the common case first
        text = value.strip()
        return date_from_text(text, epoch_1904=epoch_1904) if text else None
    if value is None:
        return None
    if isinstance(value, datetime):
        return _checked_year(value.date())
    if isinstance(value, date):
        return _checked_year(value)
    if isinstance(value, bool | time | timedelta):
        raise _invalid_date()
    if isinstance(value, int | float):
        return date_from_serial(value, epoch_1904=epoch_1904)
    other = text_of(value)  # a str subclass, or something else a cell should not hold
    return None if other is None else date_from_text(other, epoch_1904=epoch_1904)


def read_whole(value: object, low: int, high: int) -> int | None:
    """A whole number within ``low``-``high`` (3, 3.0, "3", "3,0"); ``None`` when empty."""
    if value is None:
        return None
    number: float | int
    if isinstance(value, bool):
        raise CellProblem("invalid_format", "Vul hier een geheel getal in.")
    if isinstance(value, int | float):
        number = value
    else:
        text = text_of(value)
        if text is None:
            return None
        if not _WHOLE_TEXT.fullmatch(text):
            raise CellProblem("invalid_format", "Vul hier een geheel getal in.")
        number = int(text.replace(",", ".").split(".")[0])
    if isinstance(number, float) and not number.is_integer():
        raise CellProblem("invalid_format", "Vul hier een geheel getal in.")
    if not low <= number <= high:
        raise CellProblem("out_of_range", f"Vul hier een getal van {low} tot en met {high} in.")
    return int(number)


def read_ref(value: object) -> str | None:
    """An external reference: 1-64 of ``[A-Za-z0-9._-]``, as ``PUT /clients/by-ref`` takes."""
    text = text_of(value)
    if text is None:
        return None
    if isinstance(value, datetime | date | time | bool) or not _REF.fullmatch(text):
        raise CellProblem(
            "invalid_format",
            "Een klantnummer bestaat uit 1 tot 64 letters, cijfers, punten, "
            "liggende streepjes of koppeltekens.",
        )
    return text


def read_name(value: object, max_length: int = 200) -> str | None:
    """A name (a team): stripped, in Unicode NFC so "é" typed two ways compares equal."""
    text = text_of(value)
    if text is None:
        return None
    text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        raise CellProblem("max_length", f"Deze naam mag hoogstens {max_length} tekens lang zijn.")
    return text


def read_email(value: object) -> str | None:
    """An e-mail address, lower-cased (logins are case-insensitive)."""
    text = text_of(value)
    if text is None:
        return None
    if len(text) > 254 or not _EMAIL.fullmatch(text):
        raise CellProblem("invalid_format", "Dit is geen geldig e-mailadres.")
    return text.lower()


def read_municipality(value: object) -> str | None:
    """A CBS municipality code ``GM0753``; also ``gm0753`` and the bare number 753."""
    text = text_of(value)
    if text is None:
        return None
    if isinstance(value, datetime | date | time | bool):
        text = ""
    code = text.upper()
    if _MUNICIPALITY.fullmatch(code):
        return code
    if _MUNICIPALITY_NUMBER.fullmatch(code):
        return f"GM{code.zfill(4)}"
    raise CellProblem(
        "invalid_format", "Een gemeentecode bestaat uit GM en vier cijfers, zoals GM0753."
    )


def read_bsn(value: object) -> str | None:
    """Nine ASCII digits passing the 11-proef; a number cell gets its lost leading zero back."""
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool) and 0 < value < 10**9:
        text: str | None = str(value).zfill(9)
    elif isinstance(value, float) and value.is_integer() and 0 < value < 10**9:
        text = str(int(value)).zfill(9)
    else:
        text = text_of(value)
    if text is None:
        return None
    if not (_BSN.fullmatch(text) and passes_eleven_test(text)):
        raise CellProblem(
            "invalid_bsn",
            "Dit is geen geldig BSN: een BSN heeft 9 cijfers en voldoet aan de elfproef.",
        )
    return text


# Legal grounds as an export may spell them, after vakwerk.core.text.normalise and
# dropping the words around the article: "art_9_lid_2", "Art. 9 lid 2 Pw",
# "artikel 9, tweede lid", "9.2"; "art 9a", "Artikel 9a Participatiewet", "9 a".
_GROUND_NOISE: Final = frozenset({"art", "artikel", "pw", "participatiewet", "van", "de"})
_GROUNDS: Final[dict[str, Ground]] = {
    "9 lid 2": "art_9_lid_2",
    "9 tweede lid": "art_9_lid_2",
    "9 2": "art_9_lid_2",
    "9 lid 5": "art_9_lid_5",
    "9 vijfde lid": "art_9_lid_5",
    "9 5": "art_9_lid_5",
    "9a": "art_9a",
    "9 a": "art_9a",
}


def read_ground(value: object) -> Ground | None:
    """The legal ground of an exemption: our codes or a Dutch spelling of the article."""
    text = text_of(value)
    if text is None:
        return None
    words = [word for word in normalise(text).split() if word not in _GROUND_NOISE]
    ground = _GROUNDS.get(" ".join(words))
    if ground is None:
        raise CellProblem(
            "invalid_choice",
            "Kies een grond van de ontheffing: art. 9 lid 2, art. 9 lid 5 of art. 9a "
            "(of art_9_lid_2, art_9_lid_5, art_9a).",
        )
    return ground
