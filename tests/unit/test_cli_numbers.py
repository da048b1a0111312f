"""The command line's tables write numbers the Norwegian way, like the texts beside them."""

from __future__ import annotations

from decimal import Decimal

from introdesk.app.commands.support import table_number


def test_table_numbers_use_a_decimal_comma_and_grouped_thousands() -> None:
    assert table_number(Decimal("22758.17")) == "22 758,17"
    assert table_number(7.5) == "7,50"
    assert table_number(Decimal("-1254.775")) == "-1 254,78"
    assert table_number(39.5, places=1) == "39,5"
