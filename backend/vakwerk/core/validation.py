"""FastAPI's validation errors as our 400 with every problem in invalidParams."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from vakwerk.core import types
from vakwerk.core.errors import InvalidInput, InvalidParam

# Our own error types (core/types.py, the BSN checks) are already the stable code, and
# their message is the Dutch reason.
OWN_CODES = types.CODES | {"invalid_bsn"}
# Pydantic's type errors, with a reason that says what to send instead.
TYPE_REASONS = {
    "int_type": types.INT_REASON,
    "int_parsing": types.INT_REASON,
    "int_from_float": types.INT_REASON,
    "bool_type": types.BOOL_REASON,
    "bool_parsing": types.BOOL_REASON,
    "string_type": types.TEXT_REASON,
}

FORMAT_TYPES = {
    "uuid_parsing",
    "uuid_type",
    "uuid_version",
    "date_parsing",
    "date_from_datetime_parsing",
    "date_from_datetime_inexact",
    "datetime_parsing",
    "datetime_from_date_parsing",
    "timezone_aware",
    "timezone_naive",
    "string_pattern_mismatch",
    "url_parsing",
}

REASONS = {
    "required": "Dit veld is verplicht.",
    "max_length": "Dit veld mag hoogstens {max_length} tekens lang zijn.",
    "min_length": "Dit veld moet minstens {min_length} tekens lang zijn.",
    "max_items": "Deze lijst mag hoogstens {max_length} onderdelen hebben.",
    "min_items": "Deze lijst moet minstens {min_length} onderdelen hebben.",
    "invalid_format": "Deze waarde heeft niet de juiste vorm.",
    "invalid_type": "Deze waarde heeft niet het juiste type.",
    "invalid_choice": "Kies een van de toegestane waarden.",
    "out_of_range": "Deze waarde valt buiten het toegestane bereik.",
    "unknown_member": "Dit veld bestaat niet.",
    "invalid_json": "De inhoud is geen geldige JSON.",
    "invalid": "Deze waarde is niet geldig.",
}


def _code(error: dict[str, Any]) -> str:
    kind: str = error.get("type", "")
    if kind in OWN_CODES:
        return kind
    if kind == "missing":
        return "required"
    if kind == "string_too_long":
        return "max_length"
    if kind == "string_too_short":
        return "min_length"
    if kind == "too_long":
        return "max_items"
    if kind == "too_short":
        return "min_items"
    if kind in FORMAT_TYPES:
        return "invalid_format"
    if kind in ("literal_error", "enum"):
        return "invalid_choice"
    if kind.startswith(("greater_than", "less_than")) or kind in ("multiple_of", "finite_number"):
        return "out_of_range"
    if kind == "extra_forbidden":
        return "unknown_member"
    if kind == "json_invalid":
        return "invalid_json"
    if kind.endswith(("_parsing", "_type")):
        return "invalid_type"
    if kind == "value_error":
        return "invalid"
    return kind or "invalid"


def _name(loc: Sequence[Any]) -> str:
    parts = (
        [str(part) for part in loc[1:]]
        if loc and loc[0] in ("body", "query", "path", "header", "cookie")
        else [str(p) for p in loc]
    )
    return ".".join(parts) if parts else "body"


def _reason(code: str, error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    if kind in OWN_CODES:
        return str(error.get("msg") or REASONS["invalid"])
    if kind in TYPE_REASONS:
        return TYPE_REASONS[kind]
    template = REASONS.get(code)
    ctx = error.get("ctx") or {}
    if isinstance(ctx.get("reason"), str):  # a field that says itself what is right
        return str(ctx["reason"])
    if code == "min_length" and ctx.get("min_length") == 1:
        return REASONS["required"]
    if code == "min_items" and ctx.get("min_length") == 1:
        return "Kies er minstens één."
    if template is None or code == "invalid":
        message = str(ctx.get("error") or error.get("msg") or "")
        return message.removeprefix("Value error, ") or REASONS["invalid"]
    try:
        return template.format(**dict(ctx))
    except (KeyError, IndexError):
        return REASONS["invalid"] if code == "invalid_choice" else template.split("{")[0].strip()


def to_invalid_input(errors: Sequence[Any]) -> InvalidInput:
    params: list[InvalidParam] = []
    seen: set[tuple[str, str]] = set()
    for error in errors:
        error = dict(error)
        code = _code(error)
        name = _name(error.get("loc", ()))
        if (name, code) in seen:
            continue
        seen.add((name, code))
        params.append(InvalidParam(name=name, code=code, reason=_reason(code, error)))
    return InvalidInput(params)
