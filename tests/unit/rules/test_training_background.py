"""Deadline per education background, with and without approved leave (brief §4.0 Duration,
§4.2), and training hours from attended minutes with 45-minute lessons (brief §2.1, §5.1)."""

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.codes import Regime
from introdesk.domain.errors import ValidationError
from introdesk.rules.goals import BackgroundKey
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    LessonCounting,
    gsu_background,
    leave_days,
    programme_hours,
    teaching_hours,
    training_deadline,
)

RULE = LessonCounting(taught_minutes=45, counted_minutes=75)
START = date(2023, 3, 15)
LEAVE = [(date(2024, 1, 1), date(2024, 1, 31)), (date(2024, 6, 10), date(2024, 6, 19))]  # 41 days


@pytest.mark.parametrize(
    ("background", "leave", "expected"),
    [
        # §4.2: 3 years without upper-secondary education on the GSU list …
        (BackgroundKey.NOT_COMPLETED_PRIMARY, [], date(2026, 3, 15)),
        (BackgroundKey.NOT_COMPLETED_PRIMARY, LEAVE, date(2026, 4, 25)),
        (BackgroundKey.COMPLETED_PRIMARY, [], date(2026, 3, 15)),
        (BackgroundKey.COMPLETED_PRIMARY, LEAVE, date(2026, 4, 25)),
        # … 18 months with it; approved leave added in both cases (§4.0 Duration).
        (BackgroundKey.UPPER_SECONDARY, [], date(2024, 9, 15)),
        (BackgroundKey.UPPER_SECONDARY, LEAVE, date(2024, 10, 26)),
        (BackgroundKey.UPPER_SECONDARY_NEEDS_B2, [], date(2024, 9, 15)),
        (BackgroundKey.UPPER_SECONDARY_NEEDS_B2, LEAVE, date(2024, 10, 26)),
    ],
    ids=lambda v: v.value if isinstance(v, BackgroundKey) else None,
)
def test_deadline_per_education_background(
    background: BackgroundKey, leave: list[tuple[date, date]], expected: date
) -> None:
    result = training_deadline(
        regime=Regime.INTEGRATION_ACT,
        rights_start=START,
        has_upper_secondary=gsu_background(background),
        table=load_table("training_deadlines"),
        approved_leave_days=leave_days(leave),
    )
    assert result.deadline == expected
    assert result.months == (18 if gsu_background(background) else 36)
    assert result.leave_days == (41 if leave else 0)


@pytest.mark.parametrize(
    ("minutes", "teaching", "programme"),
    [
        (45, "1.00", "1.25"),  # one 45-minute lesson: one hour taught, 75 programme minutes
        (90, "2.00", "2.50"),
        (30, "0.67", "0.83"),  # part of a lesson: 0.666… and 0.833… rounded half up once
        (45 * 75, "75.00", "93.75"),  # the 75 social-studies hours
        (0, "0.00", "0.00"),
        (1, "0.02", "0.03"),
    ],
)
def test_hours_from_attended_minutes(minutes: int, teaching: str, programme: str) -> None:
    assert teaching_hours(minutes, RULE) == Decimal(teaching)
    assert programme_hours(minutes, RULE) == Decimal(programme)


def test_negative_minutes_are_refused() -> None:
    with pytest.raises(ValidationError):
        teaching_hours(-1, RULE)
    with pytest.raises(ValidationError):
        programme_hours(-1, RULE)


@given(st.integers(min_value=0, max_value=200), st.integers(min_value=0, max_value=200))
def test_whole_lessons_are_whole_hours(lessons: int, extra: int) -> None:
    assert teaching_hours(lessons * 45, RULE) == Decimal(lessons)
    # More attendance never means fewer hours.
    assert teaching_hours(lessons * 45 + extra, RULE) >= teaching_hours(lessons * 45, RULE)
