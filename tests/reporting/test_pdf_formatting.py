"""Norwegian formats in documents (brief §8, "Norwegian formatting")."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from introdesk.reporting.pdf.formatting import (
    fmt_date,
    fmt_hours,
    fmt_money,
    fmt_month,
    fmt_number,
    fmt_period,
    fmt_time,
)

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(Decimal("273098"), f"273{NBSP}098,00{NBSP}kr", id="2G-2026"),
        pytest.param(Decimal("885.715"), f"885,72{NBSP}kr", id="half-up"),
        pytest.param(Decimal("22758.17"), f"22{NBSP}758,17{NBSP}kr", id="monthly"),
        pytest.param(Decimal("-1550.01"), f"-1{NBSP}550,01{NBSP}kr", id="negative"),
        pytest.param(Decimal("0"), f"0,00{NBSP}kr", id="zero"),
        pytest.param(Decimal("1234567.5"), f"1{NBSP}234{NBSP}567,50{NBSP}kr", id="millions"),
    ],
)
def test_fmt_money(value: Decimal, expected: str) -> None:
    assert fmt_money(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param(Decimal("15"), "15", id="whole"),
        pytest.param(Decimal("7.5"), "7,5", id="half"),
        pytest.param(Decimal("7.50"), "7,5", id="trailing-zero"),
        pytest.param(Decimal("1.25"), "1,25", id="quarter"),
        pytest.param(Decimal("1160"), f"1{NBSP}160", id="thousands"),
    ],
)
def test_fmt_hours(value: Decimal, expected: str) -> None:
    assert fmt_hours(value) == expected


def test_dates_and_times() -> None:
    assert fmt_date(date(2026, 6, 5)) == "05.06.2026"
    assert fmt_period(date(2026, 9, 1), date(2028, 8, 31)) == "01.09.2026–31.08.2028"
    assert fmt_month(date(2026, 10, 14)) == "oktober 2026"
    assert fmt_time(time(9, 30)) == "09.30"


@given(st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False))
def test_fmt_number_reads_back_to_the_same_value(value: Decimal) -> None:
    text = fmt_number(value, 2)
    assert Decimal(text.replace(NBSP, "").replace(",", ".")) == value
