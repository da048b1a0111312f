"""The NIR registration deadline comes from its dated table (brief §5.1)."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.domain.errors import RuleTableError
from introdesk.rules.deadlines import nir_registration_due
from introdesk.rules.tables import load_table


def test_an_exit_known_on_31_january_is_due_in_nir_on_31_march() -> None:
    table = load_table("nir_registration_deadline")
    assert nir_registration_due(date(2026, 1, 31), table) == date(2026, 3, 31)
    assert nir_registration_due(date(2025, 12, 31), table) == date(2026, 2, 28)


def test_a_day_before_the_table_has_a_row_is_an_error() -> None:
    with pytest.raises(RuleTableError):
        nir_registration_due(date(2020, 6, 1), load_table("nir_registration_deadline"))
