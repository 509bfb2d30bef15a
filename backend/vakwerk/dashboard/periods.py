"""The dashboard's date logic over plain values (docs/domain.md §5): no database, no HTTP.

The period and the trend's points, the benchmark year, and "active on a date" for an
exemption and a benefit — written out in Python so the SQL that counts them can be checked
against it in tests (:func:`counts_on`, :func:`new_benefits` are those references).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Final, Literal

from vakwerk.core import clock
from vakwerk.core.dates import add_years, day_before
from vakwerk.core.errors import InvalidInput, InvalidParam

Interval = Literal["month", "quarter"]
GROUNDS: Final = ("art_9_lid_2", "art_9_lid_5", "art_9a")
MAX_PERIOD_YEARS: Final = 10
RATE_DIGITS: Final = 4


def today() -> date:
    """Today in Europe/Amsterdam, from the injectable clock."""
    return clock.today()


# --------------------------------------------------------------------------- the period


@dataclass(frozen=True, slots=True)
class Period:
    """Inclusive dates ``start`` … ``end``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError("a period ends on or after its start")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


def default_period(end: date) -> Period:
    """The last 12 months up to and including ``end``: 4 Apr 2022 … 3 Apr 2023."""
    return Period(add_years(end, -1) + timedelta(days=1), end)


def resolve_period(
    on: date | None = None, from_date: date | None = None, to_date: date | None = None
) -> tuple[date, Period]:
    """The dashboard's ``date`` and period from its query (``date``, ``fromDate``, ``toDate``).

    ``date`` defaults to today; ``toDate`` to ``date``; ``fromDate`` to 12 months before
    ``toDate`` (see :func:`default_period`). ``toDate`` before ``fromDate``, or a period
    over :data:`MAX_PERIOD_YEARS` years, is a 400 naming the member.
    """
    day = on or today()
    end = to_date or day
    start = from_date or default_period(end).start
    if end < start:
        raise InvalidInput(
            [InvalidParam("toDate", "before_start", "De einddatum ligt voor de begindatum.")]
        )
    if start < add_years(end, -MAX_PERIOD_YEARS):
        raise InvalidInput(
            [
                InvalidParam(
                    "fromDate",
                    "out_of_range",
                    f"Een periode beslaat hoogstens {MAX_PERIOD_YEARS} jaar.",
                )
            ]
        )
    return day, Period(start, end)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    first_of_next = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
    return day_before(first_of_next)


def quarter_end(day: date) -> date:
    """The last day of ``day``'s quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec)."""
    return month_end(day.replace(month=(day.month - 1) // 3 * 3 + 3, day=1))


def trend_dates(period: Period, interval: Interval = "month") -> list[date]:
    """The trend's points: every month (quarter) end within the period, oldest first, and
    the period's end itself as the last point when it is not such an end — so the trend
    ends on the figure the headline shows for that date."""
    step = month_end if interval == "month" else quarter_end
    points: list[date] = []
    point = step(period.start)
    while point <= period.end:
        points.append(point)
        point = step(point + timedelta(days=1))
    if not points or points[-1] != period.end:
        points.append(period.end)
    return points


# --------------------------------------------------------------------------- benchmark, rate


def benchmark_year(on: date | int, years_with_figure: Iterable[int]) -> int | None:
    """The latest year at or before ``on``'s year that has a figure; ``None`` if none."""
    year = on if isinstance(on, int) else on.year
    return max((y for y in years_with_figure if y <= year), default=None)


def rate(part: int, whole: int) -> float | None:
    """``part ÷ whole`` as a fraction to 4 decimals (118 / 480 → 0.2458); ``None`` for 0."""
    return round(part / whole, RATE_DIGITS) if whole else None


def gap(rate_value: float | None, benchmark: float | None) -> float | None:
    """Rate minus benchmark, to 4 decimals; ``None`` when either is missing."""
    if rate_value is None or benchmark is None:
        return None
    return round(rate_value - benchmark, RATE_DIGITS)


# --------------------------------------------------------------------------- active on a date


def last_exempt_day(end_date: date | None, ended_on: date | None) -> date | None:
    """The earlier of ``endDate`` and ``endedOn``; ``None`` for an open-ended exemption."""
    if end_date is None:
        return ended_on
    if ended_on is None:
        return end_date
    return min(end_date, ended_on)


def exemption_active_on(
    day: date, start_date: date, end_date: date | None, ended_on: date | None
) -> bool:
    """``startDate`` ≤ D ≤ the last exempt day (both inclusive)."""
    last = last_exempt_day(end_date, ended_on)
    return start_date <= day and (last is None or day <= last)


def exemption_active_between(
    first: date, last: date, start_date: date, end_date: date | None, ended_on: date | None
) -> bool:
    """Whether the exemption is active on some day of ``first`` … ``last`` (inclusive)."""
    last_day = last_exempt_day(end_date, ended_on)
    return start_date <= last and (last_day is None or first <= last_day)


@dataclass(frozen=True, slots=True)
class BenefitPeriod:
    """One benefit period of a client's history: ``end`` ``None`` while it runs."""

    start: date
    end: date | None = None

    def active_on(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


def benefit_active_on(day: date, periods: Iterable[BenefitPeriod]) -> bool:
    """A benefit is active on D within one of the client's periods (history counts)."""
    return any(period.active_on(day) for period in periods)


@dataclass(frozen=True, slots=True)
class ExemptionSpan:
    """The members of an exemption that the dashboard counts with."""

    ground: str
    start_date: date
    end_date: date | None = None
    ended_on: date | None = None

    def active_on(self, day: date) -> bool:
        return exemption_active_on(day, self.start_date, self.end_date, self.ended_on)

    def active_between(self, first: date, last: date) -> bool:
        return exemption_active_between(first, last, self.start_date, self.end_date, self.ended_on)


@dataclass(frozen=True, slots=True)
class ClientHistory:
    """One client as the dashboard sees it: benefit periods and exemptions."""

    benefits: Sequence[BenefitPeriod] = ()
    exemptions: Sequence[ExemptionSpan] = ()


@dataclass(frozen=True, slots=True)
class DayCounts:
    """The figures on one date; ``by_ground`` has every ground, zeros included."""

    day: date
    clients_with_benefit: int
    clients_with_exemption: int
    by_ground: dict[str, int] = field(default_factory=dict)

    @property
    def rate(self) -> float | None:
        return rate(self.clients_with_exemption, self.clients_with_benefit)


def counts_on(day: date, clients: Iterable[ClientHistory]) -> DayCounts:
    """The reference count for the SQL: clients with an active benefit on D, and of those
    the clients with an exemption active on D (per ground: the ground of that exemption).

    A client whose benefit is not active on D is counted in neither figure, even with an
    exemption: the rate is a share of the clients with a benefit, so it never exceeds 1.
    """
    with_benefit = with_exemption = 0
    by_ground = dict.fromkeys(GROUNDS, 0)
    for client in clients:
        if not benefit_active_on(day, client.benefits):
            continue
        with_benefit += 1
        active = next((e for e in client.exemptions if e.active_on(day)), None)
        if active is not None:
            with_exemption += 1
            by_ground[active.ground] = by_ground.get(active.ground, 0) + 1
    return DayCounts(day, with_benefit, with_exemption, by_ground)


@dataclass(frozen=True, slots=True)
class NewBenefits:
    started: int
    with_exemption: int

    @property
    def rate(self) -> float | None:
        return rate(self.with_exemption, self.started)


def new_benefits(period: Period, clients: Iterable[ClientHistory]) -> NewBenefits:
    """Best's hard measure: the benefit periods that started within the period, and of
    those how many had an exemption of that client active on some day from that start to
    the period's end. A client with two periods starting in it counts twice."""
    started = with_exemption = 0
    for client in clients:
        for benefit in client.benefits:
            if benefit.start not in period:
                continue
            started += 1
            if any(e.active_between(benefit.start, period.end) for e in client.exemptions):
                with_exemption += 1
    return NewBenefits(started, with_exemption)
