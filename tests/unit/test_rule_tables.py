"""Dated rule tables: the value valid on a date is the one a rule uses."""

from datetime import date
from decimal import Decimal

import pytest

from introdesk.domain.errors import RuleTableError
from introdesk.rules.tables import load_table, table_from_dict


def test_grunnbelop_switches_on_first_of_may() -> None:
    g = load_table("grunnbelop")
    assert Decimal(g.at(date(2026, 4, 30))) == Decimal("130160")
    assert Decimal(g.at(date(2026, 5, 1))) == Decimal("136549")


def test_date_before_first_row_is_an_error_not_a_guess() -> None:
    with pytest.raises(RuleTableError, match="no row valid on 2020-01-01"):
        load_table("grunnbelop").at(date(2020, 1, 1))


def test_overlapping_rows_are_refused() -> None:
    with pytest.raises(RuleTableError, match="overlap"):
        table_from_dict(
            {
                "name": "t",
                "rows": [
                    {"effective_from": "2025-01-01", "effective_to": "2025-06-30", "value": 1},
                    {"effective_from": "2025-06-30", "effective_to": None, "value": 2},
                ],
            }
        )
