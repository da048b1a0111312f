"""Today's date in one place. A desktop program works in the user's local calendar; tests and
the demo generator may pin the date with ``set_today``."""

from __future__ import annotations

from datetime import date

_pinned: date | None = None


def today() -> date:
    return _pinned if _pinned is not None else date.today()  # noqa: DTZ011 - local calendar day


def set_today(day: date | None) -> None:
    """Pin (or with None, release) the date the program believes is today."""
    global _pinned
    _pinned = day
