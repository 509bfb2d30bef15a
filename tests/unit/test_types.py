"""Strict scalar types (core/types.py): exactly the forms the contract names, stable codes."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Annotated, Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import Field, TypeAdapter, ValidationError

from tests.support.contract_check import FORMATS
from vakwerk.core import types
from vakwerk.core.schema import Schema
from vakwerk.core.types import (
    Day,
    Flag,
    Id,
    Instant,
    Int,
    NoBsn,
    QueryDay,
    QueryFlag,
    QueryId,
    QueryInt,
    QueryLimit,
)
from vakwerk.core.validation import to_invalid_input

ID = "3f1c2a9e-5b7d-4c8e-9a0b-1c2d3e4f5a6b"


def codes(kind: Any, value: Any) -> list[str]:
    try:
        TypeAdapter(kind).validate_python(value)
    except ValidationError as error:
        return [e["type"] for e in error.errors()]
    return []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-12-01", date(2026, 12, 1)),
        ("1900-01-01", date(1900, 1, 1)),
        ("2200-12-31", date(2200, 12, 31)),
        ("2028-02-29", date(2028, 2, 29)),
    ],
)
def test_a_date_is_yyyy_mm_dd(value: str, expected: date) -> None:
    assert TypeAdapter(Day).validate_python(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        (0, "invalid_type"),  # a Unix timestamp
        (1767225600, "invalid_type"),
        ("0", "invalid_format"),
        ("1767225600", "invalid_format"),
        ("2026-12-01T00:00:00", "invalid_format"),  # a date-time is not a date
        ("2026-12-01 00:00", "invalid_format"),
        ("20261201", "invalid_format"),
        ("2026-W48-2", "invalid_format"),
        ("2026-12-1", "invalid_format"),
        (" 2026-12-01", "invalid_format"),
        ("2026-12-01\n", "invalid_format"),
        ("２０２６-１２-０１", "invalid_format"),  # fullwidth digits
        ("2026-02-30", "invalid_format"),
        ("2027-02-29", "invalid_format"),
        (True, "invalid_type"),
        (None, "invalid_type"),
        ("0001-01-01", "out_of_range"),
        ("1899-12-31", "out_of_range"),
        ("2201-01-01", "out_of_range"),
        ("9999-12-31", "out_of_range"),
        (date(1, 1, 1), "out_of_range"),
    ],
)
def test_anything_else_is_no_date(value: Any, code: str) -> None:
    assert codes(Day, value) == [code]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2026-12-01T09:30:00+01:00", datetime(2026, 12, 1, 8, 30, tzinfo=UTC)),
        ("2026-12-01T08:30:00Z", datetime(2026, 12, 1, 8, 30, tzinfo=UTC)),
        ("2026-12-01t08:30:00z", datetime(2026, 12, 1, 8, 30, tzinfo=UTC)),
        ("2026-12-01T08:30:00.5-00:00", datetime(2026, 12, 1, 8, 30, 0, 500000, tzinfo=UTC)),
        ("2026-12-01T08:30:00.123456789Z", datetime(2026, 12, 1, 8, 30, 0, 123456, tzinfo=UTC)),
        ("2200-12-31T23:59:59-12:00", datetime(2201, 1, 1, 11, 59, 59, tzinfo=UTC)),
    ],
)
def test_an_instant_is_rfc_3339_with_an_offset(value: str, expected: datetime) -> None:
    assert TypeAdapter(Instant).validate_python(value) == expected


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("2026-12-01T08:30:00", "invalid_format"),  # no offset: a local time is no instant
        ("2026-12-01 08:30:00Z", "invalid_format"),
        ("2026-12-01", "invalid_format"),
        ("2026-12-01T08:30Z", "invalid_format"),
        ("2026-12-01T24:00:00Z", "invalid_format"),
        ("2026-12-01T23:59:60Z", "invalid_format"),
        ("2026-12-01T08:30:00+24:00", "invalid_format"),
        ("2026-12-01T08:30:00+00:60", "invalid_format"),
        ("2026-12-01T08:30:00+0100", "invalid_format"),
        ("1767225600", "invalid_format"),
        (1767225600, "invalid_type"),
        ("9999-12-31T23:59:59-14:00", "out_of_range"),
        ("0001-01-01T00:00:00Z", "out_of_range"),
        (datetime(2026, 1, 1), "invalid_format"),  # naive
    ],
)
def test_anything_else_is_no_instant(value: Any, code: str) -> None:
    assert codes(Instant, value) == [code]


def test_an_aware_datetime_from_code_is_kept() -> None:
    moment = datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=1)))
    assert TypeAdapter(Instant).validate_python(moment) is moment


@pytest.mark.parametrize("value", [True, False, "3", 3.5, float("inf"), float("nan"), None, [3]])
def test_an_integer_is_a_json_integer(value: Any) -> None:
    assert TypeAdapter(Int).validate_python(3) == 3
    assert codes(Int, value) == ["invalid_type"]


def test_a_number_without_a_fraction_is_an_integer_as_json_schema_says() -> None:
    parsed = TypeAdapter(Int).validate_python(3.0)
    assert parsed == 3 and type(parsed) is int


@pytest.mark.parametrize("value", [1, 0, "true", "false", None])
def test_a_boolean_is_a_json_boolean(value: Any) -> None:
    assert TypeAdapter(Flag).validate_python(False) is False
    assert codes(Flag, value) == ["bool_type"]


@pytest.mark.parametrize("value", [ID, ID.upper()])
def test_an_id_is_a_canonical_uuid(value: str) -> None:
    assert TypeAdapter(Id).validate_python(value) == uuid.UUID(ID)


@pytest.mark.parametrize(
    ("value", "code"),
    [
        ("{" + ID + "}", "invalid_format"),
        (ID.replace("-", ""), "invalid_format"),
        ("urn:uuid:" + ID, "invalid_format"),
        (ID + " ", "invalid_format"),
        (ID[:-1], "invalid_format"),
        (12345, "invalid_type"),
        (None, "invalid_type"),
    ],
)
def test_no_other_uuid_form_is_accepted(value: Any, code: str) -> None:
    assert codes(Id, value) == [code]


def test_query_values_are_text_in_one_form() -> None:
    assert TypeAdapter(QueryInt).validate_python("-12") == -12
    assert TypeAdapter(QueryFlag).validate_python("true") is True
    assert TypeAdapter(QueryFlag).validate_python("false") is False
    assert TypeAdapter(QueryDay).validate_python("2026-01-31") == date(2026, 1, 31)
    assert TypeAdapter(QueryId).validate_python(ID) == uuid.UUID(ID)
    for value in ("3.0", "+3", " 3", "3 ", "1e3", "0x1f", "٣", "", "true"):
        assert codes(QueryInt, value) == ["invalid_type"], value
    assert codes(QueryInt, "9" * 19) == ["out_of_range"]
    for value in ("1", "0", "True", "yes", "on", "t", ""):
        assert codes(QueryFlag, value) == ["invalid_type"], value
    assert codes(QueryDay, "0") == ["invalid_format"]
    assert codes(QueryDay, "9999-12-31") == ["out_of_range"]
    assert codes(QueryLimit, "0") == ["greater_than_equal"]
    assert codes(QueryLimit, "201") == ["less_than_equal"]


def test_the_contract_shows_the_year_range() -> None:
    day = TypeAdapter(Day).json_schema()
    assert day["format"] == "date" and day["pattern"] == types.DATE_PATTERN
    instant = TypeAdapter(Instant).json_schema()
    assert instant["format"] == "date-time" and instant["pattern"] == types.DATE_TIME_PATTERN
    assert TypeAdapter(Id).json_schema() == {"type": "string", "format": "uuid"}


def _contract_accepts(kind: Any, value: str) -> bool:
    validator = Draft202012Validator(TypeAdapter(kind).json_schema(), format_checker=FORMATS)
    return validator.is_valid(value)


def _server_accepts(kind: Any, value: str) -> bool:
    return not codes(kind, value)


date_like = st.one_of(
    st.from_regex(re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}"), fullmatch=True),
    st.dates().map(date.isoformat),
    st.text(alphabet="0123456789-T:Z+. ", max_size=12),
)
instant_like = st.one_of(
    st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat()),
    st.datetimes(timezones=st.just(UTC)).map(lambda d: d.isoformat().replace("+00:00", "Z")),
    st.from_regex(
        re.compile(
            r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt ][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,3})?"
            r"([Zz]|[+-][0-9]{2}:[0-9]{2})?"
        ),
        fullmatch=True,
    ),
)


@given(date_like)
def test_the_server_accepts_a_date_exactly_when_the_contract_does(value: str) -> None:
    assert _server_accepts(Day, value) == _contract_accepts(Day, value), value


@given(instant_like)
def test_the_server_accepts_an_instant_exactly_when_the_contract_does(value: str) -> None:
    assert _server_accepts(Instant, value) == _contract_accepts(Instant, value), value


class Form(Schema):
    start_date: Day
    rung: Int | None = Field(default=None, ge=1, le=6)
    active: Flag = True
    team_id: Id | None = None
    note: Annotated[str, NoBsn] | None = None


def invalid_params(body: dict[str, Any]) -> list[dict[str, str]]:
    try:
        Form.model_validate(body)
    except ValidationError as error:
        return [p.as_dict() for p in to_invalid_input(error.errors()).params]
    return []


def test_errors_become_stable_codes_with_dutch_reasons() -> None:
    found = invalid_params(
        {"startDate": 0, "rung": True, "active": 1, "teamId": "{" + ID + "}", "note": "628-194-821"}
    )
    assert [(p["name"], p["code"]) for p in found] == [
        ("startDate", "invalid_type"),
        ("rung", "invalid_type"),
        ("active", "invalid_type"),
        ("teamId", "invalid_format"),
        ("note", "bsn_detected"),
    ]
    reasons = {p["name"]: p["reason"] for p in found}
    assert reasons["startDate"] == types.DATE_REASON and "kunt u" in reasons["startDate"]
    assert reasons["rung"] == types.INT_REASON
    assert reasons["active"] == types.BOOL_REASON
    assert reasons["teamId"] == types.UUID_REASON
    assert "BSN" in reasons["note"]


def test_a_year_outside_the_range_is_out_of_range() -> None:
    assert invalid_params({"startDate": "2201-01-01"}) == [
        {"name": "startDate", "code": "out_of_range", "reason": types.YEAR_REASON}
    ]
    assert invalid_params({"startDate": "2026-12-01", "rung": 7})[0]["code"] == "out_of_range"


def test_reasons_say_what_to_send_instead() -> None:
    for reason in (types.DATE_REASON, types.DATE_TIME_REASON, types.UUID_REASON, types.INT_REASON):
        assert re.search(r"\bbijvoorbeeld\b|\bin de vorm\b", reason), reason
