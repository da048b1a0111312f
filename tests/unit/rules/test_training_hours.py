"""Lesson counting (brief §2.1) and limits of training by background and category (§4.0, §4.2)."""

from datetime import date

import pytest

from introdesk.domain.codes import Regime
from introdesk.domain.errors import ValidationError
from introdesk.domain.language_tests import TrainingCategory
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    LessonCounting,
    TrainingLimits,
    counted_minutes,
    lesson_counting,
    training_limits,
)

RULE = LessonCounting(taught_minutes=45, counted_minutes=75)


@pytest.mark.parametrize(
    ("lesson_minutes", "lessons", "expected"),
    [
        # §2.1: one 45-minute lesson counts as 75 minutes (30 min preparation included).
        (45, 1, 75),
        (45, 4, 300),  # a 3-hour morning of four lessons counts as 5 hours
        (90, 1, 150),
        (60, 1, 100),
        (50, 1, 83),  # 83.33… rounded half up once
        (50, 3, 250),  # rounded on the total, not per lesson (3 × 83 would be 249)
        (28, 1, 47),  # 46.67 → 47
        (0, 5, 0),
        (45, 0, 0),
    ],
    ids=["one", "four", "double", "sixty", "fifty", "fifty-x3", "28-rounds-up", "zero-min", "none"],
)
def test_counted_minutes(lesson_minutes: int, lessons: int, expected: int) -> None:
    assert counted_minutes(lesson_minutes, lessons, RULE) == expected


def test_negative_lessons_are_refused() -> None:
    with pytest.raises(ValidationError):
        counted_minutes(45, -1, RULE)


@pytest.mark.parametrize(
    ("day", "unconfirmed"),
    [(date(2019, 6, 1), False), (date(2024, 6, 1), True)],
    ids=["old-regime-confirmed", "integration-act-unconfirmed"],
)
def test_lesson_counting_table(day: date, unconfirmed: bool) -> None:
    # §2.1: whether the counting rule carries over into integreringsloven is UNCONFIRMED.
    rule = lesson_counting(load_table("lesson_counting"), day)
    assert (rule.taught_minutes, rule.counted_minutes, rule.unconfirmed) == (45, 75, unconfirmed)
    assert counted_minutes(45, 2, rule) == 150


RD, DO, RO, NO = (
    TrainingCategory.RIGHT_AND_DUTY,
    TrainingCategory.DUTY_ONLY,
    TrainingCategory.RIGHT_ONLY,
    TrainingCategory.NONE,
)


@pytest.mark.parametrize(
    ("category", "regime", "upper_secondary", "rights_start", "expected"),
    [
        # §4.2: 3 years; 18 months with upper-secondary; 75 social-studies hours from 1.1.2022.
        (RD, Regime.INTEGRATION_ACT, False, date(2022, 2, 1), (36, 75, None, None)),
        (RD, Regime.INTEGRATION_ACT, True, date(2022, 2, 1), (18, 75, None, None)),
        # §4.0: right or duty begun before 1.1.2022 keeps 50 social-studies hours.
        (RD, Regime.INTEGRATION_ACT, False, date(2021, 12, 31), (36, 50, None, None)),
        # §4.2: duty-only until the minimum level or 300 hours (225 + 75; earlier 250 + 50).
        (DO, Regime.INTEGRATION_ACT, True, date(2022, 3, 1), (None, 75, 225, None)),
        (DO, Regime.INTEGRATION_ACT, False, date(2021, 5, 1), (None, 50, 250, None)),
        # §4.2 chapter 6A: about one year of Norwegian training (§ 37 d).
        (RO, Regime.CHAPTER_6A, False, date(2023, 1, 10), (12, None, None, None)),
        # §4.0: introduksjonsloven hour model 550 + 50, up to 3 000 hours.
        (RD, Regime.INTRODUCTION_ACT, False, date(2019, 1, 10), (None, 50, 550, 3000)),
        (NO, Regime.INTEGRATION_ACT, False, date(2024, 1, 1), (None, None, None, None)),
    ],
    ids=[
        "3y-75h", "18m-75h", "3y-50h", "duty-only-300", "duty-only-2021",
        "chapter-6a", "old-law", "none",
    ],
)  # fmt: skip
def test_training_limits(
    category: TrainingCategory,
    regime: Regime,
    upper_secondary: bool,
    rights_start: date,
    expected: tuple[int | None, int | None, int | None, int | None],
) -> None:
    limits = training_limits(
        category=category,
        regime=regime,
        has_upper_secondary=upper_secondary,
        rights_start=rights_start,
        deadlines=load_table("training_deadlines"),
        hours=load_table("training_hours"),
    )
    assert isinstance(limits, TrainingLimits)
    got = (
        limits.max_months,
        limits.social_studies_hours,
        limits.duty_norwegian_hours,
        limits.max_norwegian_hours,
    )
    assert got == expected
    assert limits.basis


def test_duty_only_basis_names_the_300_hours() -> None:
    limits = training_limits(
        category=DO,
        regime=Regime.INTEGRATION_ACT,
        has_upper_secondary=False,
        rights_start=date(2023, 1, 1),
        deadlines=load_table("training_deadlines"),
        hours=load_table("training_hours"),
    )
    assert "300 timer" in limits.basis
