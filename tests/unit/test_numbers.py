"""Numbers as people write them (domain/numbers.py): one reading for hours, amounts and
years, wherever they are typed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from introdesk.domain.numbers import parse_decimal


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("7,5", Decimal("7.5")),
        ("7.5", Decimal("7.5")),
        (" 1 234,50 ", Decimal("1234.50")),
        ("1\u00a0234,5", Decimal("1234.5")),
        ("1\u202f234", Decimal("1234")),
        ("0", Decimal(0)),
        ("-3", Decimal(-3)),
        (7, Decimal(7)),
        (7.5, Decimal("7.5")),
        (Decimal("2.25"), Decimal("2.25")),
        ("1e3", Decimal(1000)),
    ],
)
def test_numbers_read_with_a_comma_or_a_point(value: object, expected: Decimal) -> None:
    assert parse_decimal(value) == expected


@pytest.mark.parametrize(
    "value", ["", "  ", "sju", "7,5 timer", "1,2,3", "NaN", "Infinity", "-inf", True]
)
def test_what_is_not_a_number_is_refused(value: object) -> None:
    with pytest.raises(ValueError, match="is not a number"):
        parse_decimal(value)
