"""What a coordinator types in a grid cell, and how a day is spread over plan elements."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.attendance import DayCell
from introdesk.domain.errors import UserInputError
from introdesk.services.attendance import format_cell, parse_cell, spread


@pytest.mark.parametrize(
    ("text", "planned", "cell"),
    [
        ("6", 360, DayCell(360)),
        ("7,5", 450, DayCell(450)),
        ("7.5", 360, DayCell(450)),  # more than planned is allowed (the plan is not a cap)
        ("invalid", 360, DayCell(0, "invalid", 360)),
        ("ug", 360, DayCell(0, "invalid", 360)),
        ("UG 2", 360, DayCell(240, "invalid", 120)),
        ("2 ug", 360, DayCell(240, "invalid", 120)),
        ("eg", 300, DayCell(0, "self_certified_illness", 300)),
        ("fe", 360, DayCell(0, "holiday", 360)),
        ("sb 1,5", 360, DayCell(270, "sick_child", 90)),
        ("", 360, None),
        ("   ", 360, None),
        ("0", 360, DayCell(0)),
    ],
)
def test_parse_cell(text: str, planned: int, cell: DayCell | None) -> None:
    assert parse_cell(text, planned) == cell


@pytest.mark.parametrize(
    ("text", "planned", "reason"),
    [
        ("zz", 360, "not an absence code"),
        ("6 7", 360, "write hours"),
        ("ug eg", 360, "write hours"),
        ("25", 360, "between 0 and 24"),
        ("ug", 0, "nothing is planned"),
    ],
)
def test_parse_cell_refuses(text: str, planned: int, reason: str) -> None:
    with pytest.raises(UserInputError, match=reason):
        parse_cell(text, planned)


@given(
    planned=st.integers(0, 600),
    attended=st.integers(0, 600),
    absent=st.integers(0, 600),
    code=st.sampled_from(["invalid", "holiday", "sick_child"]),
)
def test_format_then_parse_gives_the_same_cell(
    planned: int, attended: int, absent: int, code: str
) -> None:
    attended -= attended % 3  # cells are typed in hundredths of an hour
    absent -= absent % 3
    cell = DayCell(max(planned - absent, 0), code, absent) if absent else DayCell(attended)
    assert parse_cell(format_cell(cell, planned), planned) == cell


@pytest.mark.parametrize(
    ("cell", "shown"),
    [
        (DayCell(180, "sick_child", 180), "sb 3"),
        (DayCell(0, "self_certified_illness", 270), "eg 4.5"),
        (DayCell(0, "invalid", 360), "ug"),
        (DayCell(450), "7.5"),
    ],
)
def test_a_cell_shows_the_short_norwegian_code(cell: DayCell, shown: str) -> None:
    assert format_cell(cell, 360 if cell.absence_code == "invalid" else 0) == shown


def test_a_cell_formats_hours_in_the_interface_language() -> None:
    cell = DayCell(90, "sick_child", 270)
    assert format_cell(cell, 0, lambda minutes: f"{minutes // 60},{minutes % 60 // 6}") == "sb 4,5"


@given(
    elements=st.lists(st.integers(1, 300), min_size=0, max_size=4),
    attended=st.integers(0, 900),
    absent=st.integers(0, 900),
)
def test_spread_keeps_the_day_totals(elements: list[int], attended: int, absent: int) -> None:
    planned = {f"E{i}": minutes for i, minutes in enumerate(elements)}
    cell = DayCell(attended, "invalid" if absent else None, absent)
    parts = spread(cell, planned)
    assert sum(a for _, a, _ in parts.values()) == attended
    assert sum(b for _, _, b in parts.values()) == absent
    assert {code: p for code, (p, _, _) in parts.items()} == (planned or {"DAY": 0})
