"""Calendar arithmetic (domain/dates.py): properties that every deadline relies on."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.dates import (
    add_months,
    monday_of,
    month_end,
    month_start,
    next_month,
    parse_day,
    parse_month,
    parse_week,
)
from introdesk.domain.limits import FIRST_YEAR, LAST_YEAR
from introdesk.domain.plans import iso_week
from introdesk.rules.absence import one_year_before

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
months = st.integers(min_value=-600, max_value=600)


@given(days, months)
def test_add_months_lands_in_the_right_month_and_never_past_its_end(day: date, n: int) -> None:
    moved = add_months(day, n)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == n
    last = calendar.monthrange(moved.year, moved.month)[1]
    assert moved.day == min(day.day, last)


@given(days, months, months)
def test_adding_months_in_two_steps_never_ends_later_than_in_one(
    day: date, first: int, second: int
) -> None:
    # Clamping can only pull a day back (31.01 → 28.02 → 28.03, not 31.03).
    assert add_months(add_months(day, first), second) <= add_months(day, first + second)


@given(days)
def test_month_start_end_and_next_month_frame_the_month(day: date) -> None:
    assert month_start(day) <= day <= month_end(day)
    assert month_start(day).day == 1
    assert (month_end(day) + timedelta(days=1)).day == 1
    assert next_month(day) == month_end(day) + timedelta(days=1)


@given(days)
def test_monday_of_is_the_monday_of_the_same_iso_week(day: date) -> None:
    monday = monday_of(day)
    assert monday.weekday() == 0
    assert monday.isocalendar()[:2] == day.isocalendar()[:2]


@given(
    st.integers(min_value=FIRST_YEAR, max_value=LAST_YEAR), st.integers(min_value=1, max_value=12)
)
def test_parse_month_reads_what_is_written(year: int, month: int) -> None:
    assert parse_month(f"{year:04d}-{month:02d}") == date(year, month, 1)


@pytest.mark.parametrize("text", ["9999-12", "0001-01", f"{LAST_YEAR + 1}-01"])
def test_parse_month_refuses_years_the_program_cannot_compute_with(text: str) -> None:
    """9999-12 has no next month (issue 15 item 5): refused, not a crash later."""
    with pytest.raises(ValueError, match="outside the years"):
        parse_month(text)


@pytest.mark.parametrize("text", ["", "2026", "2026-13", "2026-00", "oktober", "2026-10-01"])
def test_parse_month_refuses_what_is_not_a_month(text: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        parse_month(text)


def test_the_end_of_january_plus_a_month_is_the_end_of_february() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 1, 31), 1) == date(2028, 2, 29)


# --- reading dates and months (one parser for the command line, imports and the window) -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-12-21", date(2026, 12, 21)),
        ("  2026-12-21 ", date(2026, 12, 21)),
        ("21.12.2026", date(2026, 12, 21)),
        ("1.2.2026", date(2026, 2, 1)),
        ("2028-02-29", date(2028, 2, 29)),
        (f"{FIRST_YEAR}-01-01", date(FIRST_YEAR, 1, 1)),
        (f"{LAST_YEAR}-12-31", date(LAST_YEAR, 12, 31)),
    ],
)
def test_parse_day_reads_iso_and_norwegian_dates(text: str, expected: date) -> None:
    assert parse_day(text) == expected


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2026-02-29", "'2026-02-29' is an impossible date"),
        ("31.04.2026", "'31.04.2026' is an impossible date"),
        ("2026-13-01", "'2026-13-01' is an impossible date"),
        ("9999-12-31", f"'9999-12-31' is outside the years {FIRST_YEAR}–{LAST_YEAR}"),
        ("1899-12-31", f"'1899-12-31' is outside the years {FIRST_YEAR}–{LAST_YEAR}"),
        ("", "'' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)"),
        ("   ", "'' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)"),
        ("i morgen", "'i morgen' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)"),
        ("20261221", "'20261221' is not a date"),
        ("05/01/2026", "'05/01/2026' is not a date"),
        ("21.12.26", "'21.12.26' is not a date"),
        ("2026-12-21T10:00", "'2026-12-21T10:00' is not a date"),
    ],
)
def test_parse_day_refuses_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=r"^'") as refused:
        parse_day(text)
    assert str(refused.value).startswith(reason)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15.05.2027", date(2027, 5, 15)),
        ("150527", date(2027, 5, 15)),
        ("15052027", date(2027, 5, 15)),
        ("1.5.27", date(2027, 5, 1)),
        ("15 05 2027", date(2027, 5, 15)),
        ("15-5-27", date(2027, 5, 15)),
        ("15/05/2027", date(2027, 5, 15)),
        ("2027-05-15", date(2027, 5, 15)),
        ("29.02.28", date(2028, 2, 29)),
    ],
)
def test_the_window_also_reads_short_forms(typed: str, expected: date) -> None:
    assert parse_day(typed, short_forms=True) == expected


@pytest.mark.parametrize("typed", ["31.02.2027", "15.5", "1505", "290226", "", "99.99.99"])
def test_short_forms_still_refuse_what_is_not_a_date(typed: str) -> None:
    with pytest.raises(ValueError, match=r"not a date|impossible date"):
        parse_day(typed, short_forms=True)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("05.2027", date(2027, 5, 1)),
        ("5.27", date(2027, 5, 1)),
        ("052027", date(2027, 5, 1)),
        ("2027-05", date(2027, 5, 1)),
    ],
)
def test_month_fields_read_short_forms(typed: str, expected: date) -> None:
    assert parse_month(typed, short_forms=True) == expected


@pytest.mark.parametrize("typed", ["13.2027", "05.20271", "2027-5-1"])
def test_month_short_forms_refuse_what_is_not_a_month(typed: str) -> None:
    with pytest.raises(ValueError, match="not a month"):
        parse_month(typed, short_forms=True)


@pytest.mark.parametrize(
    ("text", "monday"),
    [
        ("2026-W48", date(2026, 11, 23)),
        ("2026w1", date(2025, 12, 29)),
        ("2026-W53", date(2026, 12, 28)),
    ],
)
def test_parse_week_gives_the_monday(text: str, monday: date) -> None:
    assert parse_week(text) == monday
    assert iso_week(monday) == f"{monday.isocalendar()[0]}-W{monday.isocalendar()[1]:02d}"


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025-W53", "no such week"),
        ("2026-48", "not a week"),
        ("", "not a week"),
        ("9999-W52", "outside the years"),
    ],
)
def test_parse_week_refuses(text: str, reason: str) -> None:
    with pytest.raises(ValueError, match=reason):
        parse_week(text)


def test_a_year_before_a_leap_day_is_the_end_of_february() -> None:
    assert one_year_before(date(2028, 2, 29)) == date(2027, 2, 28)
    assert one_year_before(date(2026, 12, 1)) == date(2025, 12, 1)
