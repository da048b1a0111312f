"""The program's one clock: today's date and the current time, read in this module only.

A desktop program works in the user's local calendar. Every rule that depends on "today"
(deadlines, plan status, demo data) asks ``today()``, so tests and the demo can pin it:
``set_today`` pins it in this process, and the ``INTRODESK_TODAY`` environment variable
(an ISO date) pins it for a whole process tree, which is how the end-to-end tests give the
command line they start the same day as the test itself. ``tests/unit/test_architecture.py``
fails when ``date.today()``, ``datetime.now()`` or ``time.time()`` is called anywhere else.

Timestamps (audit rows, backup and crash-report names) follow the pinned day too, so a
pinned run is repeatable; without a pin they are the real time.
"""

from __future__ import annotations

import os
from datetime import UTC, date, datetime

TODAY_ENV = "INTRODESK_TODAY"

_pinned: date | None = None


# The last value of the variable read and the day it gave: a timestamp is taken for every row
# written (hundreds of thousands in a big import), and parsing the pin each time showed.
_env_seen: tuple[str, date | None] = ("", None)


def _env_today() -> date | None:
    global _env_seen
    raw = os.environ.get(TODAY_ENV, "")
    if raw == _env_seen[0]:
        return _env_seen[1]
    text = raw.strip()
    try:
        day = date.fromisoformat(text) if text else None
    except ValueError:
        # A malformed pin must not silently become the real date: say which value is wrong.
        raise ValueError(f"{TODAY_ENV}={text!r} is not a date (YYYY-MM-DD)") from None
    _env_seen = (raw, day)
    return day


def pinned() -> date | None:
    """The pinned day, if any (``set_today`` first, then ``INTRODESK_TODAY``)."""
    return _pinned if _pinned is not None else _env_today()


def today() -> date:
    """Today's date in the user's local calendar (or the pinned day)."""
    day = pinned()
    return day if day is not None else date.today()  # noqa: DTZ011 - local calendar day


def now() -> datetime:
    """Local wall-clock time without tzinfo, for names and texts a person reads.

    When the day is pinned, the time of day is still real but the date is the pinned one."""
    real = datetime.now().replace(microsecond=0)  # noqa: DTZ005 - local wall-clock time
    day = pinned()
    return real if day is None else datetime.combine(day, real.time())


def utcnow() -> datetime:
    """UTC without tzinfo, as timestamps are stored (portable across SQLite and PostgreSQL)."""
    real = datetime.now(UTC).replace(tzinfo=None)
    day = pinned()
    return real if day is None else datetime.combine(day, real.time())


def stamp() -> str:
    """A sortable local timestamp for file names (backups, crash reports): YYYYMMDD-HHMMSS-µs."""
    real = datetime.now()  # noqa: DTZ005 - local time in a file name
    day = pinned()
    moment = real if day is None else datetime.combine(day, real.time())
    return moment.strftime("%Y%m%d-%H%M%S-%f")


def set_today(day: date | None) -> None:
    """Pin (or with None, release) the date the program believes is today."""
    global _pinned
    _pinned = day
