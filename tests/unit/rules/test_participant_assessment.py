"""One participant record through all the rules (brief §1.1 category, §1.2 deadlines, §1.4 end
goal, §4.2 norskmål), table-driven, with the edge days."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from introdesk.domain.codes import (
    Category,
    CefrLevel,
    EducationLevel,
    ParticipantStatus,
    PermitType,
    Regime,
    SubSkill,
)
from introdesk.domain.participant_details import ParticipantFields, goal_text, parse_goal_text
from introdesk.rules.participant_assessment import AssessmentTables, assess
from introdesk.rules.tables import load_table

TABLES = AssessmentTables(
    age_limits=load_table("intro_age_limits"),
    deadlines=load_table("intro_deadlines"),
    norwegian_goals=load_table("norwegian_goal_by_education"),
    chapter_6a=load_table("chapter_6a"),
)
BASE = ParticipantFields(
    given_name="Amira",
    family_name="Haddad",
    birth_date=date(1990, 5, 17),
    permit_type=PermitType.REFUGEE,
    permit_date=date(2024, 2, 1),
    settlement_date=date(2024, 3, 15),
    regime=Regime.INTEGRATION_ACT,
    education_level=EducationLevel.PRIMARY,
)


@pytest.mark.parametrize(
    ("changes", "as_of", "category"),
    [
        pytest.param({}, date(2024, 4, 1), Category.RIGHT_AND_DUTY, id="§1.1-refugee-30"),
        # §1.1: 18 on the permit date (the 18th birthday itself) has the right and duty.
        pytest.param(
            {"birth_date": date(2006, 2, 1)},
            date(2024, 4, 1),
            Category.RIGHT_AND_DUTY,
            id="§1.1-18th-birthday-on-permit-date",
        ),
        pytest.param(
            {"birth_date": date(2006, 2, 2)},
            date(2024, 4, 1),
            Category.NOT_ELIGIBLE,
            id="§1.1-day-before-18th-birthday",
        ),
        # §1.1 (2021-2025 row): "to and including 55": the 56th birthday is over the limit.
        pytest.param(
            {"birth_date": date(1968, 2, 2)},
            date(2024, 4, 1),
            Category.RIGHT_AND_DUTY,
            id="§1.1-day-before-56th-birthday",
        ),
        pytest.param(
            {"birth_date": date(1968, 2, 1)},
            date(2024, 4, 1),
            Category.MAY_BE_OFFERED,
            id="§1.1-56th-birthday-is-over-the-limit",
        ),
        pytest.param(
            {"permit_type": PermitType.COLLECTIVE_PROTECTION, "regime": Regime.CHAPTER_6A},
            date(2024, 4, 1),
            Category.RIGHT_ONLY,
            id="§1.1-chapter-6a-right-only",
        ),
        pytest.param(
            {"settled_by_agreement": False},
            date(2024, 4, 1),
            Category.MAY_BE_OFFERED,
            id="§1.1-no-settlement-agreement",
        ),
        # §1.1: the 2-year window: last day is the day before the second anniversary.
        pytest.param({}, date(2026, 3, 14), Category.RIGHT_AND_DUTY, id="§1.1-last-day-of-window"),
        pytest.param({}, date(2026, 3, 15), Category.NOT_ELIGIBLE, id="§1.1-second-anniversary"),
        pytest.param({"permit_date": None}, date(2024, 4, 1), None, id="§1.1-missing-permit-date"),
    ],
)
def test_category(changes: dict[str, object], as_of: date, category: Category | None) -> None:
    result = assess(replace(BASE, **changes), as_of=as_of, tables=TABLES)  # type: ignore[arg-type]
    assert result.category is category
    assert result.category_reasons
    assert all("integreringsloven § 8" in reason for reason in result.category_reasons)


@pytest.mark.parametrize(
    ("status", "as_of", "next_kind", "days_left", "overdue"),
    [
        # §1.2: mapping, decision and start within 3 months of settlement (15.3 → 15.6.2024).
        pytest.param(
            ParticipantStatus.REFERRED,
            date(2024, 6, 14),
            "mapping",
            1,
            False,
            id="§1.2-day-before-due",
        ),
        pytest.param(
            ParticipantStatus.REFERRED,
            date(2024, 6, 15),
            "mapping",
            0,
            False,
            id="§1.2-on-the-due-day-in-time",
        ),
        pytest.param(
            ParticipantStatus.REFERRED,
            date(2024, 6, 16),
            "mapping",
            -1,
            True,
            id="§1.2-day-after-due-overdue",
        ),
        pytest.param(
            ParticipantStatus.MAPPED,
            date(2024, 6, 16),
            "decision",
            -1,
            True,
            id="§1.2-mapped-decision-overdue",
        ),
        pytest.param(
            ParticipantStatus.DECIDED,
            date(2024, 6, 16),
            "programme_start",
            -1,
            True,
            id="§1.2-decided-start-overdue",
        ),
        pytest.param(
            ParticipantStatus.IN_PROGRAMME,
            date(2024, 6, 16),
            "",
            None,
            False,
            id="§1.3-in-programme-nothing-open",
        ),
        pytest.param(
            ParticipantStatus.COMPLETED,
            date(2025, 1, 1),
            "",
            None,
            False,
            id="§1.3-completed-nothing-open",
        ),
    ],
)
def test_open_deadlines_follow_the_phase(
    status: ParticipantStatus, as_of: date, next_kind: str, days_left: int | None, overdue: bool
) -> None:
    result = assess(replace(BASE, status=status), as_of=as_of, tables=TABLES)
    following = result.next_deadline
    assert (following.kind if following else "") == next_kind
    assert (following.days_left if following else None) == days_left
    assert any(d.overdue for d in result.deadlines) is overdue
    assert result.start_deadline == date(2024, 6, 15)


def test_a_later_request_moves_the_deadline() -> None:
    """§1.2: the deadline runs from the request to take part when that is later."""
    result = assess(
        replace(BASE, request_date=date(2024, 5, 31)), as_of=date(2024, 6, 1), tables=TABLES
    )
    assert result.start_deadline == date(2024, 8, 31)


@pytest.mark.parametrize(
    ("education", "completed", "birth", "group", "goal"),
    [
        pytest.param(
            EducationLevel.NONE,
            False,
            date(1990, 5, 17),
            "work_or_primary_school",
            "A2/A2/A2/B1",
            id="§1.4-§4.2-no-schooling",
        ),
        pytest.param(
            EducationLevel.PRIMARY,
            False,
            date(2003, 5, 17),
            "complete_upper_secondary",
            "B1/B1/B1/B1",
            id="§1.4-under-25",
        ),
        pytest.param(
            EducationLevel.PRIMARY,
            False,
            date(1999, 4, 1),
            "work_or_primary_school",
            "B1/B1/B1/B1",
            id="§1.4-25th-birthday",
        ),
        pytest.param(
            EducationLevel.UPPER_SECONDARY,
            True,
            date(1990, 5, 17),
            "qualify_higher_education_or_work",
            "B1/B1/B1/B2",
            id="§1.4-§4.2-upper-secondary",
        ),
    ],
)
def test_goals_from_education(
    education: EducationLevel, completed: bool, birth: date, group: str, goal: str
) -> None:
    record = replace(
        BASE, education_level=education, completed_upper_secondary=completed, birth_date=birth
    )
    result = assess(record, as_of=date(2024, 4, 1), tables=TABLES)
    assert result.end_goal_group == group
    assert goal_text(result.norwegian_goal) == goal
    assert not result.goal_overridden


def test_override_needs_a_reason() -> None:
    """§4.2: a different level may be chosen, with a reason."""
    chosen = replace(BASE, norwegian_goal_override="B2/B2/B1/B2")
    without = assess(chosen, as_of=date(2024, 4, 1), tables=TABLES)
    assert without.goal_overridden
    assert without.norwegian_goal[SubSkill.READING] is CefrLevel.B2
    assert without.goal_problems
    with_reason = assess(
        replace(chosen, goal_override_reason="Rask progresjon"),
        as_of=date(2024, 4, 1),
        tables=TABLES,
    )
    assert with_reason.goal_problems == ()


@pytest.mark.parametrize("text", ["B1/B1/B1", "B1/B1/B1/X9", ""])
def test_goal_text_is_checked(text: str) -> None:
    with pytest.raises(ValueError, match="level"):
        parse_goal_text(text)
