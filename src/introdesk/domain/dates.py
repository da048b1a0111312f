"""Calendar arithmetic used across the program, written once: months (adding, first and last
day, parsing ``YYYY-MM``) and weeks (the Monday of a day's week).

Pure functions on ``datetime.date``; no rule values here. Deadlines "N months after" a day
(brief §1.2, §4.0, §5.1) all go through ``add_months``, so they cannot disagree about the
end of a short month.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from introdesk.domain.limits import FIRST_YEAR, LAST_YEAR


def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months; a day past the target month's end becomes its
    last day (31 January + 1 month = 28/29 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def month_start(day: date) -> date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


def month_end(day: date) -> date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return month_end(day) + timedelta(days=1)


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week (ISO weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


def parse_month(text: str) -> date:
    """``YYYY-MM`` → the first day of that month; ValueError for anything else."""
    parts = text.strip().split("-")
    if len(parts) != 2 or not all(part.isdigit() for part in parts):
        raise ValueError(f"{text!r} is not a month (write YYYY-MM, e.g. 2026-10)")
    try:
        first = date(int(parts[0]), int(parts[1]), 1)
    except ValueError:
        raise ValueError(f"{text!r} is not a month (write YYYY-MM, e.g. 2026-10)") from None
    # 9999-12 has no next month to compute with (brief, issue 15 item 5).
    if not FIRST_YEAR <= first.year <= LAST_YEAR:
        raise ValueError(f"{text!r} is outside the years {FIRST_YEAR}–{LAST_YEAR}")
    return first
