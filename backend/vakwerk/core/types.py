"""Strict scalar types for the JSON API: exactly the forms the contract names, nothing looser.

Bodies (JSON): ``Day`` (a date, ``YYYY-MM-DD``), ``Instant`` (an RFC 3339 date-time with
an offset), ``Int`` (a JSON integer: not ``true``, not ``"3"``; ``3.0`` is the integer 3, as
JSON Schema says), ``Flag`` (a JSON boolean) and ``Id`` (a UUID in the canonical 8-4-4-4-12
form). Every date and date-time
has a year from 1900 to 2200, else ``out_of_range``. ``NoBsn`` refuses a BSN in a free-text
member (docs/domain.md §1).

Query parameters always arrive as text, so they have their own variants: ``QueryDay``,
``QueryInstant``, ``QueryInt`` (``^-?[0-9]+$``), ``QueryFlag`` (``true`` or ``false``) and
``QueryId``. Path ids use ``Id`` too. Multipart form fields: ``FormFlag`` (``true`` or
``false`` in any case).

The errors carry the stable codes ``invalid_format``, ``invalid_type`` and ``out_of_range``
(see ``core/validation.py``) with a Dutch reason a form can show. Reply shapes keep the
plain types: they are built from stored records, not from input.
"""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, Strict, WithJsonSchema
from pydantic_core import PydanticCustomError

from vakwerk.core.bsn import BSN_REASON, contains_bsn

YEAR_MIN = 1900
YEAR_MAX = 2200
# The contract's patterns say exactly what the server accepts (the format alone would allow
# years 0000-9999), so a client or the fuzzer sees the range; the parsers below check the
# same in steps, to name the right code.
_YEAR = "(19[0-9]{2}|2[01][0-9]{2}|2200)"
_MONTH_DAY = "(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])"
DATE_PATTERN = f"^{_YEAR}-{_MONTH_DAY}$"
DATE_TIME_PATTERN = (
    f"^{_YEAR}-{_MONTH_DAY}[Tt]([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]([.][0-9]{{1,9}})?"
    "([Zz]|[+-]([01][0-9]|2[0-3]):[0-5][0-9])$"
)

_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_DATE_TIME = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})[Tt]([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})"
)
_UUID = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")
_INTEGER = re.compile(r"-?[0-9]+")

INVALID_FORMAT = "invalid_format"
INVALID_TYPE = "invalid_type"
OUT_OF_RANGE = "out_of_range"
CODES = frozenset({INVALID_FORMAT, INVALID_TYPE, OUT_OF_RANGE, "bsn_detected"})

DATE_REASON = (
    "Geef de datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01. Een tijdstip of een getal "
    "kunt u hier niet gebruiken."
)
NO_SUCH_DATE_REASON = "Deze datum bestaat niet. Controleert u dag en maand?"
DATE_TIME_REASON = (
    "Geef het tijdstip volgens RFC 3339 met tijdzone, bijvoorbeeld "
    "2026-12-01T09:30:00+01:00 of 2026-12-01T08:30:00Z."
)
YEAR_REASON = f"Kies een jaar van {YEAR_MIN} tot en met {YEAR_MAX}."
INT_REASON = "Geef een geheel getal zonder aanhalingstekens, bijvoorbeeld 3."
QUERY_INT_REASON = "Geef een geheel getal, bijvoorbeeld 3."
BOOL_REASON = "Geef true of false, zonder aanhalingstekens."
QUERY_BOOL_REASON = "Geef true of false."
UUID_REASON = (
    "Geef het id in de vorm xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx: 32 hexadecimale tekens "
    "met streepjes, zonder accolades."
)
TEXT_REASON = "Geef hier tekst."


def _error(code: str, reason: str) -> PydanticCustomError:
    return PydanticCustomError(code, reason)


def _check_year(year: int) -> None:
    if not YEAR_MIN <= year <= YEAR_MAX:
        raise _error(OUT_OF_RANGE, YEAR_REASON)


def parse_day(value: Any) -> date:
    """``YYYY-MM-DD`` only: no Unix time, no time of day, no other ISO 8601 form."""
    if isinstance(value, datetime):
        raise _error(INVALID_TYPE, DATE_REASON)
    if isinstance(value, date):
        _check_year(value.year)
        return value
    if not isinstance(value, str):
        raise _error(INVALID_TYPE, DATE_REASON)
    found = _DATE.fullmatch(value)
    if not found:
        raise _error(INVALID_FORMAT, DATE_REASON)
    _check_year(int(found.group(1)))
    try:
        return date(int(found.group(1)), int(found.group(2)), int(found.group(3)))
    except ValueError:
        raise _error(INVALID_FORMAT, NO_SUCH_DATE_REASON) from None


def parse_instant(value: Any) -> datetime:
    """RFC 3339 ``date-time``: a full date, a full time and an offset (``Z`` or ``±hh:mm``)."""
    if isinstance(value, datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            raise _error(INVALID_FORMAT, DATE_TIME_REASON)
        _check_year(value.year)
        return value
    if not isinstance(value, str):
        raise _error(INVALID_TYPE, DATE_TIME_REASON)
    found = _DATE_TIME.fullmatch(value)
    if not found:
        raise _error(INVALID_FORMAT, DATE_TIME_REASON)
    year, month, day, hour, minute, second, fraction, offset = found.groups()
    _check_year(int(year))
    micro = (fraction or ".")[1:7].ljust(6, "0")
    zone = "+00:00" if offset in ("Z", "z") else offset
    if int(zone[1:3]) > 23 or int(zone[4:6]) > 59:
        raise _error(INVALID_FORMAT, DATE_TIME_REASON)
    try:
        # fromisoformat checks hour, minute, second (no leap second) and the offset (< 24 h).
        return datetime.fromisoformat(
            f"{year}-{month}-{day}T{hour}:{minute}:{second}.{micro}{zone}"
        )
    except ValueError:
        raise _error(INVALID_FORMAT, DATE_TIME_REASON) from None


def canonical_uuid(value: Any) -> uuid.UUID:
    """8-4-4-4-12 hexadecimal digits only: no braces, no ``urn:uuid:``, no dashless form."""
    if isinstance(value, uuid.UUID):
        return value
    if not isinstance(value, str):
        raise _error(INVALID_TYPE, UUID_REASON)
    if not _UUID.fullmatch(value):
        raise _error(INVALID_FORMAT, UUID_REASON)
    return uuid.UUID(value)


def is_canonical_uuid(value: str) -> bool:
    """For the request guard: a path id in any other form names nothing (404)."""
    return bool(_UUID.fullmatch(value))


def json_int(value: Any) -> int:
    """A JSON number without a fraction; ``true`` and text are no numbers."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _error(INVALID_TYPE, INT_REASON)
    if isinstance(value, float):
        if not value.is_integer():
            raise _error(INVALID_TYPE, INT_REASON)
        return int(value)
    return value


def query_int(value: Any) -> int:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if not isinstance(value, str) or not _INTEGER.fullmatch(value):
        raise _error(INVALID_TYPE, QUERY_INT_REASON)
    if len(value.lstrip("-")) > 18:  # beyond every range the API has
        raise _error(OUT_OF_RANGE, "Dit getal is te groot.")
    return int(value)


def query_flag(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value == "true":
        return True
    if value == "false":
        return False
    raise _error(INVALID_TYPE, QUERY_BOOL_REASON)


def form_flag(value: Any) -> bool:
    """A multipart form field: ``true``/``false`` in any case (generated clients send
    Python's ``True``), nothing else."""
    return query_flag(value.lower() if isinstance(value, str) else value)


def no_bsn(text: str) -> str:
    if contains_bsn(text):
        raise _error("bsn_detected", BSN_REASON)
    return text


def _schema(**schema: Any) -> WithJsonSchema:
    return WithJsonSchema({"type": "string", **schema})


# ------------------------------------------------------------------------ bodies (JSON)
Day = Annotated[date, BeforeValidator(parse_day), _schema(format="date", pattern=DATE_PATTERN)]
Instant = Annotated[
    datetime,
    BeforeValidator(parse_instant),
    _schema(format="date-time", pattern=DATE_TIME_PATTERN, maxLength=35),
]
Int = Annotated[int, BeforeValidator(json_int)]
Flag = Annotated[bool, Strict()]
Id = Annotated[uuid.UUID, BeforeValidator(canonical_uuid)]
NoBsn = AfterValidator(no_bsn)

# ------------------------------------------------------------------------ query parameters
QueryDay = Day
QueryInstant = Instant
QueryInt = Annotated[int, BeforeValidator(query_int)]
QueryLimit = Annotated[QueryInt, Field(ge=1, le=200)]
QueryOffset = Annotated[QueryInt, Field(ge=0, le=10_000_000)]
QueryFlag = Annotated[bool, BeforeValidator(query_flag)]
FormFlag = Annotated[bool, BeforeValidator(form_flag)]
QueryId = Id
