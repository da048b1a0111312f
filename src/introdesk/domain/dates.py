"""Calendar arithmetic used across the program, written once: months (adding, first and last
day, parsing ``YYYY-MM``) and weeks (the Monday of a day's week), and
reading a date or a month as people write them (``parse_day``, ``parse_month``): the command
line's options, the reports' periods and the window's date fields all read dates here.

Pure functions on ``datetime.date``; no rule values here. Deadlines "N months after" a day
(brief §1.2, §4.0, §5.1) all go through ``add_months``, so they cannot disagree about the
end of a short month.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import lru_cache

from introdesk.domain.errors import CodedValueError
from introdesk.domain.limits import FIRST_YEAR, LAST_YEAR


@lru_cache(maxsize=16384)
def add_months(day: date, months: int) -> date:
    """``day`` moved ``months`` calendar months; a day past the target month's end becomes its
    last day (31 January + 1 month = 28/29 February). Remembered: a list of thousands asks
    for the same few settlement dates and deadlines again and again (issue 18)."""
    index = day.year * 12 + day.month - 1 + months
    year, month0 = divmod(index, 12)
    last = calendar.monthrange(year, month0 + 1)[1]
    return date(year, month0 + 1, min(day.day, last))


def month_start(day: date) -> date:
    """The first day of ``day``'s month."""
    return day.replace(day=1)


@lru_cache(maxsize=4096)
def month_end(day: date) -> date:
    """The last day of ``day``'s month (remembered: asked for every participant's month)."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def next_month(day: date) -> date:
    """The first day of the month after ``day``'s."""
    return month_end(day) + timedelta(days=1)


def monday_of(day: date) -> date:
    """The Monday of ``day``'s week (ISO weeks start on Monday)."""
    return day - timedelta(days=day.weekday())


# --- reading dates and months as people write them ---------------------------------------------

_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DMY = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
# What the window also reads (brief, issue 15: a date typed whole is that date): any of
# ". - / space" between the parts, two-digit years, and the digits alone (150527, 15052027).
_DMY_SHORT = re.compile(r"(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4}|\d{2})")
_DMY_DIGITS = re.compile(r"(\d{2})(\d{2})(\d{4}|\d{2})")
_ISO_WEEK = re.compile(r"(\d{4})-?W(\d{1,2})", re.IGNORECASE)
_ISO_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_MY_SHORT = re.compile(r"(\d{1,2})[.\-/ ](\d{4}|\d{2})|(\d{2})(\d{4})")

DAY_FORMS = "YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21"
MONTH_FORMS = "YYYY-MM, e.g. 2026-10"
WEEK_FORMS = "YYYY-Www, e.g. 2026-W48"
# The reasons are coded (domain/messages/) so the window and the command line can say them
# in the interface language; str() of the error is the English sentence.


def _full_year(text: str) -> int:
    """Two-digit years are this century: participants' dates are recent or coming."""
    year = int(text)
    return year + 2000 if len(text) <= 2 else year


def _checked(text: str, year: int, month: int, day: int, impossible: str) -> date:
    try:
        found = date(year, month, day)
    except ValueError:
        raise CodedValueError(impossible, text=text) from None
    # 9999-12-31 has no next day to compute with (brief, issue 15 item 5).
    if not FIRST_YEAR <= found.year <= LAST_YEAR:
        raise CodedValueError("dates.outside_years", text=text, first=FIRST_YEAR, last=LAST_YEAR)
    return found


def parse_day(text: str, *, short_forms: bool = False) -> date:
    """A date written ``YYYY-MM-DD`` or ``DD.MM.YYYY`` (also ``D.M.YYYY``); with
    ``short_forms`` (the window's date fields) also ``D.M.YY``, ``DD/MM/YYYY``,
    ``DD-MM-YYYY``, ``DD MM YYYY``, ``DDMMYY`` and ``DDMMYYYY``. ValueError with the reason
    (and the forms to write) for anything else, an impossible date (2026-02-29) and a year
    outside the years the program computes with (9999-12-31 has no next day)."""
    value = text.strip()
    if found := _ISO_DAY.fullmatch(value):
        year, month, day = (int(part) for part in found.groups())
        return _checked(value, year, month, day, "dates.impossible_date")
    found = (_DMY_SHORT.fullmatch(value) or _DMY_DIGITS.fullmatch(value)) if short_forms else None
    if found or (found := _DMY.fullmatch(value)):
        day_text, month_text, year_text = found.groups()
        year = _full_year(year_text)
        return _checked(value, year, int(month_text), int(day_text), "dates.impossible_date")
    raise CodedValueError("dates.not_a_date", text=value)


def parse_month(text: str, *, short_forms: bool = False) -> date:
    """``YYYY-MM`` → the first day of that month; with ``short_forms`` (the window's month
    fields) also ``MM.YYYY``, ``MM.YY`` and ``MMYYYY``. ValueError for anything else."""
    value = text.strip()
    if found := _ISO_MONTH.fullmatch(value):
        return _checked(value, int(found[1]), int(found[2]), 1, "dates.not_a_month")
    if short_forms and (found := _MY_SHORT.fullmatch(value)):
        month_text, year_text = (found[1], found[2]) if found[1] else (found[3], found[4])
        return _checked(value, _full_year(year_text), int(month_text), 1, "dates.not_a_month")
    raise CodedValueError("dates.not_a_month", text=value)


def parse_week(text: str) -> date:
    """``YYYY-Www`` (ISO week, as ``domain.plans.iso_week`` writes it) → that week's Monday;
    ValueError for anything else."""
    value = text.strip()
    found = _ISO_WEEK.fullmatch(value)
    if not found:
        raise CodedValueError("dates.not_a_week", text=value)
    try:
        monday = date.fromisocalendar(int(found[1]), int(found[2]), 1)
    except ValueError:
        raise CodedValueError("dates.no_such_week", text=value) from None
    if not FIRST_YEAR <= monday.year <= LAST_YEAR:
        raise CodedValueError("dates.outside_years", text=value, first=FIRST_YEAR, last=LAST_YEAR)
    return monday
