"""The bundled tables for language tests, training and readiness load and mark what the brief
leaves UNCONFIRMED (brief §2.1, §4.0, §4.2–§4.5)."""

from datetime import date

import pytest

from introdesk.rules.tables import load_table


@pytest.mark.parametrize(
    "name",
    [
        "social_studies_pass_marks",
        "citizenship_test_pass_marks",
        "training_deadlines",
        "training_age_limits",
        "training_hours",
        "lesson_counting",
        "readiness_permanent_residence",
        "readiness_citizenship",
    ],
)
def test_table_loads_with_sources(name: str) -> None:
    table = load_table(name)
    assert table.name == name
    assert table.source
    assert all(row.source for row in table.rows)


@pytest.mark.parametrize(
    ("name", "day", "unconfirmed"),
    [
        ("training_deadlines", date(2024, 1, 1), True),  # start point of the deadline
        ("citizenship_test_pass_marks", date(2024, 1, 1), True),  # 32/24 older info
        ("lesson_counting", date(2024, 1, 1), True),  # carried over into integreringsloven?
        ("lesson_counting", date(2019, 1, 1), False),
        ("training_age_limits", date(2024, 1, 1), False),  # 18-67, confirmed
        ("training_age_limits", date(2019, 1, 1), True),  # old law, not in the brief
        ("readiness_permanent_residence", date(2025, 9, 1), False),
        ("readiness_permanent_residence", date(2025, 8, 31), True),
        ("social_studies_pass_marks", date(2024, 1, 1), False),
    ],
    ids=[
        "deadline-start", "statsborgerprove", "lesson-2024", "lesson-2019", "age-2024",
        "age-2019", "pr-new", "pr-old", "social-pass",
    ],
)  # fmt: skip
def test_unconfirmed_flags(name: str, day: date, unconfirmed: bool) -> None:
    assert load_table(name).row_at(day).unconfirmed is unconfirmed
