"""Deadline for free Norwegian training (brief §4.0 Duration, §4.2): 3 years, 18 months with
upper-secondary education, about one year under chapter 6A, plus approved leave."""

from datetime import date

import pytest

from introdesk.domain.codes import Regime
from introdesk.domain.dates import add_months
from introdesk.domain.errors import RuleTableError, ValidationError
from introdesk.rules.tables import load_table
from introdesk.rules.training import leave_days, training_deadline


@pytest.mark.parametrize(
    ("regime", "rights_start", "upper_secondary", "leave", "training_start", "expected"),
    [
        # §4.2: 3 years from the date right and duty began, not from the first lesson.
        (Regime.INTEGRATION_ACT, date(2023, 3, 15), False, 0, date(2023, 6, 1), date(2026, 3, 15)),
        (Regime.INTEGRATION_ACT, date(2023, 3, 15), False, 30, None, date(2026, 4, 14)),
        # §4.2: 18 months with upper-secondary education on the GSU list.
        (Regime.INTEGRATION_ACT, date(2023, 3, 15), True, 0, None, date(2024, 9, 15)),
        (Regime.INTEGRATION_ACT, date(2023, 3, 15), True, 10, None, date(2024, 9, 25)),
        # Month ends: 31 August + 18 months is the last day of February (leap and not).
        (Regime.INTEGRATION_ACT, date(2023, 8, 31), True, 0, None, date(2025, 2, 28)),
        (Regime.INTEGRATION_ACT, date(2022, 8, 31), True, 0, None, date(2024, 2, 29)),
        # Rights begun after chapter 6A lapses (1.7.2026) still get 3 years.
        (Regime.INTEGRATION_ACT, date(2026, 9, 1), False, 0, None, date(2029, 9, 1)),
        # §4.2 chapter 6A: about one year, counted from the start of training (UNCONFIRMED).
        (Regime.CHAPTER_6A, date(2022, 4, 1), False, 0, date(2022, 9, 5), date(2023, 9, 5)),
        (Regime.CHAPTER_6A, date(2022, 4, 1), True, 20, date(2022, 9, 5), date(2023, 9, 25)),
    ],
    ids=[
        "3y", "3y-leave30", "18m", "18m-leave10", "18m-month-end", "18m-leap",
        "3y-after-6a-lapse", "6a-1y", "6a-1y-leave20-education-irrelevant",
    ],
)  # fmt: skip
def test_training_deadline(
    regime: Regime,
    rights_start: date,
    upper_secondary: bool,
    leave: int,
    training_start: date | None,
    expected: date,
) -> None:
    result = training_deadline(
        regime=regime,
        rights_start=rights_start,
        has_upper_secondary=upper_secondary,
        table=load_table("training_deadlines"),
        approved_leave_days=leave,
        training_start=training_start,
    )
    assert result.deadline == expected
    assert result.leave_days == leave
    # The start point of the deadline is UNCONFIRMED in the brief, so the row says so.
    assert result.unconfirmed


def test_deadline_months_and_start_point_are_reported() -> None:
    result = training_deadline(
        regime=Regime.INTEGRATION_ACT,
        rights_start=date(2023, 3, 15),
        has_upper_secondary=True,
        table=load_table("training_deadlines"),
    )
    assert (result.months, result.counted_from) == (18, date(2023, 3, 15))
    assert "18 måneder" in result.basis


def test_chapter_6a_needs_the_training_start() -> None:
    with pytest.raises(ValidationError, match="Startdato"):
        training_deadline(
            regime=Regime.CHAPTER_6A,
            rights_start=date(2022, 4, 1),
            has_upper_secondary=False,
            table=load_table("training_deadlines"),
        )


@pytest.mark.parametrize(
    ("regime", "rights_start"),
    [(Regime.INTRODUCTION_ACT, date(2019, 5, 1)), (Regime.CHAPTER_6A, date(2021, 6, 1))],
    ids=["old-law-not-in-table", "6a-before-11-march-2022"],
)
def test_deadline_without_a_rule_is_an_error(regime: Regime, rights_start: date) -> None:
    with pytest.raises(RuleTableError):
        training_deadline(
            regime=regime,
            rights_start=rights_start,
            has_upper_secondary=False,
            table=load_table("training_deadlines"),
            training_start=rights_start,
        )


def test_negative_leave_is_refused() -> None:
    with pytest.raises(ValidationError):
        training_deadline(
            regime=Regime.INTEGRATION_ACT,
            rights_start=date(2023, 1, 1),
            has_upper_secondary=False,
            table=load_table("training_deadlines"),
            approved_leave_days=-1,
        )


@pytest.mark.parametrize(
    ("periods", "days"),
    [
        ([], 0),
        ([(date(2024, 1, 1), date(2024, 1, 10))], 10),
        ([(date(2024, 1, 1), date(2024, 1, 10)), (date(2024, 1, 5), date(2024, 1, 15))], 15),
        ([(date(2024, 1, 11), date(2024, 1, 20)), (date(2024, 1, 1), date(2024, 1, 10))], 20),
        ([(date(2024, 1, 1), date(2024, 1, 10)), (date(2024, 3, 1), date(2024, 3, 1))], 11),
        ([(date(2024, 1, 1), date(2024, 12, 31)), (date(2024, 6, 1), date(2024, 6, 30))], 366),
    ],
    ids=["none", "one", "overlap", "touching-unsorted", "apart", "contained-leap-year"],
)
def test_leave_days(periods: list[tuple[date, date]], days: int) -> None:
    assert leave_days(periods) == days


def test_leave_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError):
        leave_days([(date(2024, 2, 1), date(2024, 1, 1))])


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2024, 1, 31), 1, date(2024, 2, 29)),
        (date(2024, 11, 30), 3, date(2025, 2, 28)),
        (date(2024, 5, 15), 36, date(2027, 5, 15)),
        (date(2024, 12, 1), 0, date(2024, 12, 1)),
    ],
    ids=["jan31-leap", "over-new-year", "36-months", "zero"],
)
def test_add_months(day: date, months: int, expected: date) -> None:
    assert add_months(day, months) == expected
