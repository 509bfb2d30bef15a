"""BSN detection in free text as docs/domain.md §1 defines it, the 11-proef, and the keyed hash."""

from __future__ import annotations

import sys
import unicodedata

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from vakwerk.core.bsn import (
    ascii_digits,
    bsn_problems,
    contains_bsn,
    hash_bsn,
    passes_eleven_test,
    refuse_bsn,
)
from vakwerk.core.errors import InvalidInput

VALID = "628194821"  # 9·6 + 8·2 + 7·8 + 6·1 + 5·9 + 4·4 + 3·8 + 2·2 − 1 = 220 = 20·11
ALSO_VALID = "111222333"
ZEROS = {  # the zero of some decimal digit scripts; the other digits follow it
    "ascii": "0",
    "fullwidth": "\uff10",
    "arabic-indic": "\u0660",
    "extended arabic-indic": "\u06f0",
    "devanagari": "\u0966",
    "bengali": "\u09e6",
    "thai": "\u0e50",
    "mathematical bold": "\U0001d7ce",
}
SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]
SEPARATORS = [*SPACES, ".", "-"]


def render(digits: str, zero: str = "0", gaps: list[str] | None = None) -> str:
    gaps = gaps or [""] * 8
    shown = [chr(ord(zero) + int(d)) for d in digits]
    return shown[0] + "".join(gap + digit for gap, digit in zip(gaps, shown[1:], strict=True))


def with_check_digit(first_eight: list[int]) -> str | None:
    total = sum(d * w for d, w in zip(first_eight, range(9, 1, -1), strict=True))
    last = total % 11  # 9·d1 + … + 2·d8 − d9 ≡ 0 (mod 11)
    digits = "".join(map(str, [*first_eight, last]))
    return digits if last < 10 and digits != "000000000" else None


bsns = st.lists(st.integers(0, 9), min_size=8, max_size=8).map(with_check_digit).filter(bool)
gap_lists = st.lists(st.sampled_from(["", *SEPARATORS]), min_size=8, max_size=8)


@pytest.mark.parametrize("digits", [VALID, ALSO_VALID, "999999990", "100000009"])
def test_the_eleven_test_accepts_real_numbers(digits: str) -> None:
    assert passes_eleven_test(digits)


@pytest.mark.parametrize(
    "digits",
    [
        "000000000",  # the weighted sum is 0, but all zeros is no BSN
        "628194822",
        "12345678",
        "1234567890",
        "62819482a",
        "\uff16\uff12\uff18\uff11\uff19\uff14\uff18\uff12\uff11",  # fullwidth: not as data
        "²²²²²²²²²",  # digits, but not decimal digits
        "",
    ],
)
def test_the_eleven_test_refuses_everything_else(digits: str) -> None:
    assert not passes_eleven_test(digits)


def test_the_spaces_are_every_unicode_white_space() -> None:
    for name in ("NO-BREAK SPACE", "THIN SPACE", "NARROW NO-BREAK SPACE", "IDEOGRAPHIC SPACE"):
        assert unicodedata.lookup(name) in SPACES
    assert all(
        chr(c) in SPACES for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Zs"
    )


@pytest.mark.parametrize(
    "text",
    [
        VALID,
        "628 194 821",
        "628-194-821",
        "628.194.821",
        "62.81.94.82.1",
        "6-2-8-1-9-4-8-2-1",
        "628\u00a0194\u00a0821",  # no-break space
        "628\u2009194\u202f821",  # thin and narrow no-break space
        "628\u3000194\u3000821",  # ideographic space
        "628\t194\n821",
        "628 194-821",
        "bsn:628194821.",
        "(628194821)",
        "klant 628-194-821 belde",
        render(VALID, "\uff10"),  # fullwidth
        render(VALID, "\u0660"),  # Arabic-Indic
        render(VALID, "\u0966", [" "] * 8),  # Devanagari
    ],
)
def test_a_bsn_in_text_is_found(text: str) -> None:
    assert contains_bsn(text), text


@pytest.mark.parametrize(
    "text",
    [
        None,
        "",
        "628194822",  # fails the 11-proef
        "000000000",
        "000 000 000",
        "1628194821",  # a digit directly before
        "6281948210",  # a digit directly after
        "\u0661" + VALID,  # an Arabic-Indic digit directly before
        "628  194 821",  # two spaces between a pair
        "628-.194821",  # two separators
        "628_194_821",  # not a separator
        "628/194/821",
        "628\u200b194\u200b821",  # zero-width space: no white space
        "2026-12-01",
        "06-12345678",
        "IBAN NL91ABNA0417164300",
    ],
)
def test_other_text_is_not_a_bsn(text: str | None) -> None:
    assert not contains_bsn(text), text


def test_overlapping_candidates_are_all_checked() -> None:
    # "123 456 789" fails the 11-proef; "456 789 017" overlaps it and passes.
    assert not passes_eleven_test("123456789") and passes_eleven_test("456789017")
    assert contains_bsn("123 456 789 017")


@given(bsns, st.sampled_from(sorted(ZEROS.values())), gap_lists, st.text(max_size=5))
@example(VALID, "0", ["-", "", "", "-", "", "", "-", ""], "")
def test_every_rendering_of_a_bsn_is_found(
    digits: str, zero: str, gaps: list[str], around: str
) -> None:
    text = render(digits, zero, gaps)
    # Text around it that does not end or start with a digit keeps it a BSN.
    before = around if not around[-1:].isdecimal() else ""
    after = around if not around[:1].isdecimal() else ""
    assert contains_bsn(before + text + after)


@given(bsns, st.sampled_from(sorted(ZEROS.values())), gap_lists, st.integers(0, 9))
def test_a_digit_directly_around_makes_it_no_bsn(
    digits: str, zero: str, gaps: list[str], extra: int
) -> None:
    digit = chr(ord(zero) + extra)
    # A digit attached to one end; the gap at that end left empty, so no window of nine
    # digits (the extra one included) ends at a separator.
    assert not contains_bsn(digit + render(digits, zero, [*gaps[:7], ""]))
    assert not contains_bsn(render(digits, zero, ["", *gaps[1:]]) + digit)


@given(st.lists(st.integers(0, 9), min_size=9, max_size=9), gap_lists)
def test_nine_digits_failing_the_eleven_test_are_no_bsn(values: list[int], gaps: list[str]) -> None:
    digits = "".join(map(str, values))
    if not passes_eleven_test(digits):
        assert not contains_bsn(render(digits, "0", gaps))


def test_digits_count_by_their_value() -> None:
    assert ascii_digits(render(VALID, "\uff10", ["-"] * 8)) == VALID
    assert hash_bsn("key", render(VALID, "\u0660")) == hash_bsn("key", VALID)
    assert hash_bsn("key", VALID) != hash_bsn("other key", VALID)


def test_problems_name_every_member_holding_a_bsn() -> None:
    problems = bsn_problems({"question": "Hoe verder?", "decidedBy": "628-194-821", "note": None})
    assert [(p.name, p.code) for p in problems] == [("decidedBy", "bsn_detected")]
    with pytest.raises(InvalidInput) as refused:
        refuse_bsn([("a", "111 222 333"), ("b", "628\u00a0194\u00a0821"), ("c", "geen")])
    assert [p.name for p in refused.value.params] == ["a", "b"]
    refuse_bsn({"a": "niets aan de hand"})
