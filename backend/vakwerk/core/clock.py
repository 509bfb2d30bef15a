"""One injectable clock: every 'now' and 'today' in Vakwerk comes from here."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

AMSTERDAM = ZoneInfo("Europe/Amsterdam")

_now: Callable[[], datetime] = lambda: datetime.now(UTC)  # noqa: E731


def now() -> datetime:
    """The current instant, aware, in UTC."""
    return _now().astimezone(UTC)


def today() -> date:
    """Today's date in Europe/Amsterdam."""
    return now().astimezone(AMSTERDAM).date()


def set_clock(source: Callable[[], datetime] | None) -> None:
    """Replace the clock (tests); ``None`` restores the system clock."""
    global _now
    _now = source if source is not None else (lambda: datetime.now(UTC))
