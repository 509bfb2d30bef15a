"""Pure rules behind the attention lists and the benefit history."""

from __future__ import annotations

from datetime import date, timedelta

from vakwerk.clients.benefits import merge, starts_new_period
from vakwerk.core.dates import add_years
from vakwerk.dashboard.attention import fifth_birthday_births


def test_the_birth_range_is_exactly_the_fifth_birthdays_in_the_window() -> None:
    for first in (date(2026, 3, 2), date(2025, 2, 27), date(2028, 2, 28), date(2029, 2, 28)):
        last = first + timedelta(weeks=8)
        low, high = fifth_birthday_births(first, last)
        for born in (date(2018, 1, 1) + timedelta(days=n) for n in range(5000)):
            inside = first <= add_years(born, 5) <= last
            assert inside == (low <= born <= high), (first, born)


def test_a_child_born_on_29_february_turns_five_on_28_february() -> None:
    low, high = fifth_birthday_births(date(2025, 2, 28), date(2025, 2, 28))
    assert low <= date(2020, 2, 29) <= high and date(2020, 2, 28) in (low, high)


def test_a_start_after_the_stored_end_begins_a_period_without_an_end() -> None:
    assert starts_new_period(date(2021, 1, 31), date(2021, 2, 1))
    assert not starts_new_period(date(2021, 1, 31), date(2021, 1, 31))
    assert not starts_new_period(None, date(2021, 2, 1))
    values = {"benefit_start_date": date(2022, 3, 1)}
    merge(date(2020, 1, 1), date(2021, 1, 31), values)
    assert values == {"benefit_start_date": date(2022, 3, 1), "benefit_end_date": None}
    corrected = {"benefit_start_date": date(2020, 2, 1)}
    merge(date(2020, 1, 1), date(2021, 1, 31), corrected)
    assert corrected == {"benefit_start_date": date(2020, 2, 1)}  # the same period, its end kept
    named = {"benefit_start_date": date(2022, 3, 1), "benefit_end_date": date(2022, 9, 30)}
    merge(date(2020, 1, 1), date(2021, 1, 31), named)
    assert named["benefit_end_date"] == date(2022, 9, 30)
