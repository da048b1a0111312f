"""Rows written by one bulk insert are checked like a flush checks rows (issue 15 item 5)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from introdesk.domain.errors import ValidationError
from introdesk.persistence.models import PlanElementRow
from introdesk.persistence.value_limits import check_rows


def _element(**changes: object) -> dict[str, object]:
    values: dict[str, object] = {
        "plan_version_id": 1,
        "position": 0,
        "code": "norwegian",
        "start_date": date(2026, 1, 5),
        "end_date": date(2026, 6, 26),
        "mon": Decimal("7.5"),
        "note": "lang notat " * 100,  # Text: no limit
    }
    return values | changes


def test_rows_that_fit_pass() -> None:
    check_rows(PlanElementRow, [_element(), _element(position=1)])


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("code", "x" * 51, "longer than 50 characters"),
        ("mon", Decimal("Infinity"), ""),
        ("position", 2**40, ""),
    ],
)
def test_a_value_that_does_not_fit_names_its_field(field: str, value: object, reason: str) -> None:
    with pytest.raises(ValidationError, match=f"{field}: .*{reason}"):
        check_rows(PlanElementRow, [_element(), _element(**{field: value})])
