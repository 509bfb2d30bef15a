"""The pure rules, without HTTP or a database: the 11-proef, the art 9a end, argument
normalisation and quality, the tree's outcome, the case deadline, If-Match."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vakwerk.assessments.quality import fingerprint, first_failure, strip_phrases
from vakwerk.assessments.tree import LEIDEN_V1
from vakwerk.clients.exemptions import art9a_rule_end
from vakwerk.core.bsn import passes_eleven_test
from vakwerk.core.dates import add_years, deadline_before
from vakwerk.core.errors import InvalidInput, PreconditionFailed, PreconditionRequired
from vakwerk.core.http import check_version
from vakwerk.core.text import normalise

# --------------------------------------------------------------------------- the 11-proef


@pytest.mark.parametrize("bsn", ["111222333", "123456782", "628194821"])
def test_a_bsn_passing_the_eleven_test(bsn: str) -> None:
    assert passes_eleven_test(bsn)


@pytest.mark.parametrize("bsn", ["111222334", "000000000", "12345678", "1234567890", "12345678a"])
def test_a_number_failing_the_eleven_test_or_the_form(bsn: str) -> None:
    assert not passes_eleven_test(bsn)


@given(st.text(alphabet="0123456789", min_size=8, max_size=8))
def test_exactly_one_last_digit_completes_eight_digits_or_none(prefix: str) -> None:
    passing = [d for d in "0123456789" if passes_eleven_test(prefix + d)]
    assert len(passing) <= 1


# --------------------------------------------------------------------------- art 9a


def test_art_9a_ends_the_day_before_the_fifth_birthday() -> None:
    end = art9a_rule_end(
        start=date(2026, 1, 5),
        youngest_child_birth=date(2023, 6, 10),
        max_years=5,
        earlier=[],
        benefit_end=None,
    )
    assert end == date(2028, 6, 9)


def test_art_9a_ends_when_the_benefit_ends_if_that_is_earlier() -> None:
    end = art9a_rule_end(
        start=date(2026, 1, 5),
        youngest_child_birth=date(2025, 6, 10),
        max_years=5,
        earlier=[],
        benefit_end=date(2027, 3, 31),
    )
    assert end == date(2027, 3, 31)


def test_earlier_art_9a_time_shortens_the_maximum_duration() -> None:
    # two years already used (2020-01-01 .. 2021-12-31) of a maximum of three
    end = art9a_rule_end(
        start=date(2026, 1, 1),
        youngest_child_birth=date(2025, 12, 1),
        max_years=3,
        earlier=[(date(2020, 1, 1), date(2021, 12, 31), None)],
        benefit_end=None,
    )
    assert end == date(2026, 12, 31)


def test_a_29_february_birthday_turns_five_on_28_february() -> None:
    assert add_years(date(2024, 2, 29), 5) == date(2029, 2, 28)


# --------------------------------------------------------------------------- arguments


def test_normalisation_drops_accents_case_and_punctuation() -> None:
    assert normalise("  Één   CLIËNT, met  zorg! ") == "een client met zorg"


def test_boilerplate_is_removed_as_whole_words_only() -> None:
    phrases = [normalise("geen reden")]
    assert strip_phrases(normalise("Er is geen reden om"), phrases) == "er is om"
    assert strip_phrases(normalise("geen redenen"), phrases) == "geen redenen"


CHECK = {
    "min_chars": 40,
    "min_words": 6,
    "phrases": [normalise("Er is geen reden om de klant niet aan te melden bij R&W")],
}


@pytest.mark.parametrize(
    ("argument", "expected"),
    [
        ("Te kort.", "too_short"),
        ("een twee drie vier vijf zes zeven acht negen tien elf twaalf", None),
        ("Er is geen reden om de klant niet aan te melden bij R&W, zeker niet.", "boilerplate"),
        ("Klant werkte tien jaar als chauffeur en wil dat weer; CompetenSYS bevestigt dit.", None),
    ],
)
def test_the_first_failing_check_decides(argument: str, expected: str | None) -> None:
    assert first_failure(argument, **CHECK, is_duplicate=False) == expected  # type: ignore[arg-type]


def test_a_good_argument_said_before_is_a_duplicate() -> None:
    good = "Klant werkte tien jaar als chauffeur en wil dat weer; CompetenSYS bevestigt dit."
    assert first_failure(good, **CHECK, is_duplicate=True) == "duplicate"  # type: ignore[arg-type]
    assert fingerprint(good) == fingerprint(good.upper() + "  ")


# --------------------------------------------------------------------------- the tree


@pytest.mark.parametrize(
    ("q3", "outcome"),
    [("nee", "traject_mogelijk"), ("ja", "nu_geen_traject"), ("wacht_op_deskundige", "uitgesteld")],
)
def test_question_3_decides_and_the_explanation_names_the_rule(q3: str, outcome: str) -> None:
    answers = {"q1": "nee", "q2a": "ja", "q2b": "ja", "q3": q3}
    decided, explanation = LEIDEN_V1.decide(answers, version_id="v", version_number=1)
    assert decided == outcome
    assert explanation["rule"] == {"questionKey": "q3", "answer": q3, "outcome": outcome}
    assert "Vraag 4" in explanation["text"] and "versie 1" in explanation["text"]


def test_motivation_and_obstacles_never_decide() -> None:
    for q1 in ("ja", "nee"):
        decided, _ = LEIDEN_V1.decide(
            {"q1": q1, "q2a": "ja", "q2b": "ja", "q3": "nee"}, version_id="v", version_number=1
        )
        assert decided == "traject_mogelijk"


# --------------------------------------------------------------------------- the deadline


def test_the_deadline_of_a_tuesday_session_is_the_wednesday_before_at_five() -> None:
    # winter time: 17:00 in Amsterdam is 16:00 UTC
    assert deadline_before(date(2026, 1, 20), 6, 17) == datetime(2026, 1, 14, 16, 0, tzinfo=UTC)
    # summer time: 15:00 UTC
    assert deadline_before(date(2026, 6, 16), 6, 17) == datetime(2026, 6, 10, 15, 0, tzinfo=UTC)


def test_the_deadline_across_the_change_to_summer_time() -> None:
    # session Tuesday 31 March 2026, deadline Wednesday 25 March (still winter time)
    assert deadline_before(date(2026, 3, 31), 6, 17) == datetime(2026, 3, 25, 16, 0, tzinfo=UTC)


# --------------------------------------------------------------------------- If-Match


def test_if_match_needs_a_tag() -> None:
    for missing in (None, "", "*"):
        with pytest.raises(PreconditionRequired):
            check_version(missing, 3)


def test_a_strong_tag_of_the_current_version_matches() -> None:
    check_version('"3"', 3)
    check_version('"2", "3"', 3)


@pytest.mark.parametrize("header", ['"2"', 'W/"3"', '"stale-0"', '"03"'])
def test_any_other_well_formed_tag_is_stale_and_a_weak_tag_never_matches(header: str) -> None:
    with pytest.raises(PreconditionFailed):
        check_version(header, 3)


@pytest.mark.parametrize("header", ["3", '"3', "W/3", '"a"b"'])
def test_a_header_that_is_no_entity_tag_is_invalid_input(header: str) -> None:
    with pytest.raises(InvalidInput):
        check_version(header, 3)
