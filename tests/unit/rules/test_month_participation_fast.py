"""A month with no unpaid day is one paid period, found without walking the days (issue 18):
the same answer as the day-by-day walk, for any start, end and span."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from introdesk.rules.programme_events import _all_paid, _day_by_day

DAYS = st.dates(min_value=date(2025, 1, 1), max_value=date(2027, 12, 31))


@given(
    start=DAYS,
    end=st.none() | DAYS,
    first=DAYS,
    length=st.integers(min_value=0, max_value=40),
)
def test_all_paid_is_the_day_by_day_walk_without_unpaid_days(
    start: date, end: date | None, first: date, length: int
) -> None:
    last = first + timedelta(days=length)
    assert _all_paid(start, end, first, last) == _day_by_day(start, end, first, last, {})


def test_a_programme_ending_before_the_month_is_paid_nothing() -> None:
    nothing = _all_paid(date(2026, 1, 5), date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 30))
    assert nothing.paid == ()
    assert nothing.decided
