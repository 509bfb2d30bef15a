"""The dashboard's date logic: periods, trend points, benchmark year, "active on a date"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from tests.conftest import FrozenClock
from vakwerk.core.errors import InvalidInput
from vakwerk.dashboard.periods import (
    BenefitPeriod,
    ClientHistory,
    ExemptionSpan,
    Period,
    benchmark_year,
    benefit_active_on,
    counts_on,
    default_period,
    exemption_active_between,
    exemption_active_on,
    gap,
    last_exempt_day,
    month_end,
    new_benefits,
    quarter_end,
    rate,
    resolve_period,
    today,
    trend_dates,
)

D = date


# --------------------------------------------------------------------------- today, the period


def test_today_is_the_amsterdam_date_of_the_injectable_clock(frozen_clock: FrozenClock) -> None:
    frozen_clock.set(datetime(2023, 3, 31, 22, 30, tzinfo=UTC))  # 00:30 on 1 April, CEST
    assert today() == D(2023, 4, 1)
    frozen_clock.set(datetime(2023, 1, 30, 22, 59, tzinfo=UTC))  # 23:59 CET
    assert today() == D(2023, 1, 30)


def test_the_default_period_is_the_last_twelve_months_up_to_and_including_the_date() -> None:
    assert default_period(D(2023, 4, 3)) == Period(D(2022, 4, 4), D(2023, 4, 3))
    assert default_period(D(2023, 12, 31)) == Period(D(2023, 1, 1), D(2023, 12, 31))
    assert default_period(D(2024, 2, 29)) == Period(D(2023, 3, 1), D(2024, 2, 29))


def test_without_a_query_the_date_is_today_and_the_period_the_year_before_it(
    frozen_clock: FrozenClock,
) -> None:
    frozen_clock.set(datetime(2023, 4, 3, 8, 0, tzinfo=UTC))
    assert resolve_period() == (D(2023, 4, 3), Period(D(2022, 4, 4), D(2023, 4, 3)))


def test_the_period_ends_on_to_date_else_on_the_date_asked_for() -> None:
    assert resolve_period(D(2023, 1, 30)) == (
        D(2023, 1, 30),
        Period(D(2022, 1, 31), D(2023, 1, 30)),
    )
    assert resolve_period(D(2023, 4, 3), to_date=D(2022, 12, 31))[1] == Period(
        D(2022, 1, 1), D(2022, 12, 31)
    )
    assert resolve_period(D(2023, 4, 3), D(2023, 1, 1), D(2023, 3, 31))[1] == Period(
        D(2023, 1, 1), D(2023, 3, 31)
    )


def test_a_period_of_one_day_is_allowed() -> None:
    assert resolve_period(D(2023, 4, 3), D(2023, 4, 3), D(2023, 4, 3))[1] == Period(
        D(2023, 4, 3), D(2023, 4, 3)
    )


def test_a_to_date_before_the_from_date_is_refused_naming_to_date() -> None:
    with pytest.raises(InvalidInput) as caught:
        resolve_period(D(2023, 4, 3), D(2023, 4, 3), D(2023, 4, 2))
    assert caught.value.extra["invalidParams"][0]["name"] == "toDate"
    assert caught.value.extra["invalidParams"][0]["code"] == "before_start"


def test_a_period_over_ten_years_is_refused_and_exactly_ten_is_allowed() -> None:
    assert resolve_period(D(2023, 4, 3), D(2013, 4, 3), D(2023, 4, 3))[1].start == D(2013, 4, 3)
    with pytest.raises(InvalidInput) as caught:
        resolve_period(D(2023, 4, 3), D(2013, 4, 2), D(2023, 4, 3))
    assert caught.value.extra["invalidParams"][0]["name"] == "fromDate"


def test_a_period_holds_its_first_and_last_day() -> None:
    period = Period(D(2023, 1, 1), D(2023, 3, 31))
    assert D(2023, 1, 1) in period and D(2023, 3, 31) in period
    assert D(2022, 12, 31) not in period and D(2023, 4, 1) not in period
    with pytest.raises(ValueError):
        Period(D(2023, 2, 1), D(2023, 1, 31))


# --------------------------------------------------------------------------- trend points


@pytest.mark.parametrize(
    ("day", "month", "quarter"),
    [
        (D(2023, 1, 30), D(2023, 1, 31), D(2023, 3, 31)),
        (D(2023, 2, 1), D(2023, 2, 28), D(2023, 3, 31)),
        (D(2024, 2, 10), D(2024, 2, 29), D(2024, 3, 31)),
        (D(2023, 4, 3), D(2023, 4, 30), D(2023, 6, 30)),
        (D(2023, 9, 30), D(2023, 9, 30), D(2023, 9, 30)),
        (D(2023, 12, 1), D(2023, 12, 31), D(2023, 12, 31)),
    ],
)
def test_month_and_quarter_ends(day: date, month: date, quarter: date) -> None:
    assert (month_end(day), quarter_end(day)) == (month, quarter)


def test_the_monthly_trend_has_every_month_end_and_ends_on_the_period_end() -> None:
    points = trend_dates(Period(D(2022, 4, 4), D(2023, 4, 3)))
    assert points == [
        D(2022, 4, 30),
        D(2022, 5, 31),
        D(2022, 6, 30),
        D(2022, 7, 31),
        D(2022, 8, 31),
        D(2022, 9, 30),
        D(2022, 10, 31),
        D(2022, 11, 30),
        D(2022, 12, 31),
        D(2023, 1, 31),
        D(2023, 2, 28),
        D(2023, 3, 31),
        D(2023, 4, 3),
    ]


def test_the_quarterly_trend_has_every_quarter_end_and_ends_on_the_period_end() -> None:
    points = trend_dates(Period(D(2022, 4, 4), D(2023, 4, 3)), "quarter")
    assert points == [
        D(2022, 6, 30),
        D(2022, 9, 30),
        D(2022, 12, 31),
        D(2023, 3, 31),
        D(2023, 4, 3),
    ]


def test_a_period_that_ends_on_a_month_end_does_not_repeat_it() -> None:
    assert trend_dates(Period(D(2023, 1, 31), D(2023, 3, 31))) == [
        D(2023, 1, 31),
        D(2023, 2, 28),
        D(2023, 3, 31),
    ]
    assert trend_dates(Period(D(2023, 1, 1), D(2023, 12, 31)), "quarter") == [
        D(2023, 3, 31),
        D(2023, 6, 30),
        D(2023, 9, 30),
        D(2023, 12, 31),
    ]


def test_a_period_without_a_month_end_in_it_has_only_its_end_as_a_point() -> None:
    assert trend_dates(Period(D(2023, 4, 3), D(2023, 4, 20))) == [D(2023, 4, 20)]
    assert trend_dates(Period(D(2023, 4, 1), D(2023, 6, 29)), "quarter") == [D(2023, 6, 29)]


def test_a_ten_year_monthly_trend_has_one_point_a_month() -> None:
    points = trend_dates(Period(D(2013, 4, 4), D(2023, 4, 3)))
    assert len(points) == 121
    assert points == sorted(set(points))


# --------------------------------------------------------------------------- benchmark and rate


def test_the_benchmark_year_is_the_latest_year_at_or_before_the_dates_year_with_a_figure() -> None:
    years = [2020, 2021]
    assert benchmark_year(D(2023, 1, 30), years) == 2021
    assert benchmark_year(D(2021, 1, 1), years) == 2021
    assert benchmark_year(D(2020, 12, 31), years) == 2020
    assert benchmark_year(2019, years) is None
    assert benchmark_year(D(2023, 4, 3), []) is None
    assert benchmark_year(2025, [2026, 2022, 2024]) == 2024


def test_the_rate_is_a_fraction_to_four_decimals_as_in_best() -> None:
    assert rate(118, 480) == 0.2458
    assert rate(110, 458) == 0.2402
    assert rate(0, 480) == 0.0
    assert rate(3, 0) is None


def test_the_gap_is_the_rate_minus_the_benchmark() -> None:
    assert gap(rate(118, 480), 0.095) == 0.1508
    assert gap(0.0900, 0.095) == -0.005
    assert gap(None, 0.095) is None
    assert gap(0.2458, None) is None


# --------------------------------------------------------------------------- active on a date


def test_the_last_exempt_day_is_the_earlier_of_end_date_and_ended_on() -> None:
    assert last_exempt_day(D(2024, 1, 31), None) == D(2024, 1, 31)
    assert last_exempt_day(None, D(2023, 6, 1)) == D(2023, 6, 1)
    assert last_exempt_day(D(2024, 1, 31), D(2023, 6, 1)) == D(2023, 6, 1)
    assert last_exempt_day(D(2024, 1, 31), D(2024, 3, 1)) == D(2024, 1, 31)
    assert last_exempt_day(None, None) is None


def test_an_exemption_is_active_from_its_start_to_its_last_exempt_day_inclusive() -> None:
    start, end = D(2023, 2, 1), D(2024, 1, 31)
    assert not exemption_active_on(D(2023, 1, 31), start, end, None)
    assert exemption_active_on(start, start, end, None)
    assert exemption_active_on(end, start, end, None)
    assert not exemption_active_on(D(2024, 2, 1), start, end, None)


def test_an_ended_exemption_is_active_up_to_and_including_its_ended_on() -> None:
    start, end, ended = D(2023, 2, 1), D(2024, 1, 31), D(2023, 6, 1)
    assert exemption_active_on(ended, start, end, ended)
    assert not exemption_active_on(ended + timedelta(days=1), start, end, ended)


def test_a_lapsed_exemption_reads_as_ended_on_its_end_date() -> None:
    start, end = D(2023, 2, 1), D(2024, 1, 31)
    for day in (D(2023, 2, 1), D(2024, 1, 31), D(2024, 2, 1)):
        assert exemption_active_on(day, start, end, end) == exemption_active_on(
            day, start, end, None
        )


def test_an_exemption_without_an_end_stays_active() -> None:
    assert exemption_active_on(D(2200, 1, 1), D(2023, 2, 1), None, None)


def test_an_exemption_is_active_between_two_days_when_it_overlaps_them_by_one_day() -> None:
    start, end = D(2023, 2, 1), D(2023, 2, 28)
    assert exemption_active_between(D(2023, 2, 28), D(2023, 12, 31), start, end, None)
    assert exemption_active_between(D(2022, 1, 1), D(2023, 2, 1), start, end, None)
    assert not exemption_active_between(D(2023, 3, 1), D(2023, 12, 31), start, end, None)
    assert not exemption_active_between(D(2022, 1, 1), D(2023, 1, 31), start, end, None)
    assert not exemption_active_between(D(2023, 2, 10), D(2023, 3, 1), start, end, D(2023, 2, 9))


def test_a_benefit_is_active_on_a_past_date_within_the_period_valid_then() -> None:
    history = [BenefitPeriod(D(2019, 1, 1), D(2020, 6, 30)), BenefitPeriod(D(2022, 3, 1))]
    assert benefit_active_on(D(2019, 1, 1), history)
    assert benefit_active_on(D(2020, 6, 30), history)
    assert not benefit_active_on(D(2020, 7, 1), history)  # between the periods
    assert not benefit_active_on(D(2022, 2, 28), history)
    assert benefit_active_on(D(2022, 3, 1), history)
    assert benefit_active_on(D(2030, 1, 1), history)  # the current period has no end
    assert not benefit_active_on(D(2018, 12, 31), history)
    assert not benefit_active_on(D(2023, 1, 1), [])


# --------------------------------------------------------------------------- Best's two moments


def best() -> list[ClientHistory]:
    """Best's figures (docs/domain.md §5): 118 of 480 on 30 Jan 2023, 110 of 458 on 3 Apr 2023,
    85 of the 118 on art. 9 lid 2; plus clients that must count in neither."""
    running = BenefitPeriod(D(2018, 5, 1))
    ending = BenefitPeriod(D(2021, 9, 1), D(2023, 2, 28))
    lid2 = ExemptionSpan("art_9_lid_2", D(2022, 11, 1), D(2023, 10, 31))
    lid5 = ExemptionSpan("art_9_lid_5", D(2020, 1, 1))
    art9a = ExemptionSpan("art_9a", D(2022, 6, 1), D(2025, 3, 14))
    ended_early = ExemptionSpan("art_9_lid_2", D(2022, 1, 1), D(2023, 12, 31), D(2023, 1, 29))
    clients: list[ClientHistory] = []
    # 458 with a running benefit: 110 exempt on both dates (80 lid 2, 20 lid 5, 10 art 9a).
    clients += [ClientHistory([running], [lid2])] * 80
    clients += [ClientHistory([running], [lid5])] * 20
    clients += [ClientHistory([running], [art9a])] * 10
    clients += [ClientHistory([running], [ended_early])] * 7  # ended the day before
    clients += [ClientHistory([running])] * (458 - 117)
    # 22 whose benefit ends on 28 Feb 2023: 8 exempt (5 lid 2, 3 art 9a).
    clients += [ClientHistory([ending], [lid2])] * 5
    clients += [ClientHistory([ending], [art9a])] * 3
    clients += [ClientHistory([ending])] * 14
    # Never counted: an exemption without a benefit on the date, an old benefit period.
    clients += [ClientHistory([BenefitPeriod(D(2015, 1, 1), D(2019, 12, 31))], [lid5])] * 4
    clients += [ClientHistory([], [lid2])] * 2
    return clients


def test_bests_rate_on_30_january_2023_is_118_of_480() -> None:
    counts = counts_on(D(2023, 1, 30), best())
    assert (counts.clients_with_benefit, counts.clients_with_exemption) == (480, 118)
    assert counts.rate == 0.2458
    assert counts.by_ground == {"art_9_lid_2": 85, "art_9_lid_5": 20, "art_9a": 13}


def test_bests_rate_on_3_april_2023_is_110_of_458() -> None:
    counts = counts_on(D(2023, 4, 3), best())
    assert (counts.clients_with_benefit, counts.clients_with_exemption) == (458, 110)
    assert counts.rate == 0.2402
    assert counts.by_ground == {"art_9_lid_2": 80, "art_9_lid_5": 20, "art_9a": 10}


def test_a_past_date_counts_the_benefit_periods_valid_then() -> None:
    counts = counts_on(D(2019, 6, 1), best())
    # 458 running since 2018 and the 4 whose old period ran then; only the lid 5 exemption
    # that started in 2020 is not yet active.
    assert (counts.clients_with_benefit, counts.clients_with_exemption) == (462, 0)


def test_a_day_without_benefits_has_no_rate() -> None:
    counts = counts_on(D(2010, 1, 1), best())
    assert (counts.clients_with_benefit, counts.rate) == (0, None)
    assert counts.by_ground == {"art_9_lid_2": 0, "art_9_lid_5": 0, "art_9a": 0}


# --------------------------------------------------------------------------- new benefits


def test_new_benefits_count_periods_started_in_the_period_and_those_exempt_by_its_end() -> None:
    period = Period(D(2023, 1, 1), D(2023, 3, 31))
    exempt_later = ExemptionSpan("art_9_lid_2", D(2023, 3, 31), D(2023, 9, 30))
    exempt_after = ExemptionSpan("art_9_lid_2", D(2023, 4, 1), D(2023, 9, 30))
    exempt_before = ExemptionSpan("art_9_lid_5", D(2021, 1, 1), None, D(2022, 12, 31))
    clients = [
        ClientHistory([BenefitPeriod(D(2023, 1, 1))], [exempt_later]),  # counted, exempt
        ClientHistory([BenefitPeriod(D(2023, 3, 31))], [exempt_after]),  # counted, not yet
        ClientHistory([BenefitPeriod(D(2023, 2, 1))], [exempt_before]),  # ended before start
        ClientHistory([BenefitPeriod(D(2022, 12, 31))], [exempt_later]),  # started before
        ClientHistory([BenefitPeriod(D(2023, 4, 1))], [exempt_after]),  # started after
        # An old period and a new one: only the new one counts, exempt within the window.
        ClientHistory(
            [BenefitPeriod(D(2019, 1, 1), D(2020, 12, 31)), BenefitPeriod(D(2023, 2, 15))],
            [ExemptionSpan("art_9a", D(2023, 2, 20), D(2026, 1, 1))],
        ),
    ]
    figures = new_benefits(period, clients)
    assert (figures.started, figures.with_exemption) == (4, 2)
    assert figures.rate == 0.5


def test_a_client_whose_two_periods_start_in_the_period_counts_twice() -> None:
    period = Period(D(2023, 1, 1), D(2023, 12, 31))
    client = ClientHistory(
        [BenefitPeriod(D(2023, 1, 1), D(2023, 3, 31)), BenefitPeriod(D(2023, 6, 1))],
        [ExemptionSpan("art_9_lid_2", D(2023, 2, 1), D(2023, 2, 28))],
    )
    figures = new_benefits(period, [client])
    # The exemption lies after the first start but before the second: counted once.
    assert (figures.started, figures.with_exemption) == (2, 1)


def test_no_new_benefits_have_no_rate() -> None:
    assert new_benefits(Period(D(2023, 1, 1), D(2023, 1, 31)), []).rate is None
