"""Date arithmetic the rules use (years that respect 29 February)."""

from __future__ import annotations

from datetime import date, timedelta

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


def quarter_start(day: date) -> date:
    """The first day of the calendar quarter ``day`` lies in."""
    return date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)


def long_date(day: date) -> str:
    """'2 december 2026': a date as Dutch running text and records write it."""
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
