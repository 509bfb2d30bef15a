"""Date arithmetic the rules use (years that respect 29 February)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

WEEKDAYS = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)


def add_years(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February in a year without one
        return day.replace(year=day.year + years, day=28)


def day_before(day: date) -> date:
    return day - timedelta(days=1)


def deadline_before(day: date, days_before: int, hour: int) -> datetime:
    """``hour`` o'clock Amsterdam time ``days_before`` days before ``day``, as a UTC instant
    (the case deadline: 6 days before a Tuesday at 17:00 is the Wednesday before)."""
    local = datetime.combine(day - timedelta(days=days_before), time(hour), tzinfo=AMSTERDAM)
    return local.astimezone(UTC)


def quarter_start(day: date) -> date:
    """The first day of the calendar quarter ``day`` lies in."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def long_date(day: date) -> str:
    """'2 december 2026': a date as Dutch running text and records write it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
