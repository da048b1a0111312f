"""End-goal groups (brief §1.4) and recommended Norwegian goals (brief §4.2), with overrides."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.domain.codes import CefrLevel, EducationLevel, PermitType, Regime
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.goals import (
    EndGoalGroup,
    NorwegianGoal,
    Override,
    end_goal_group,
    end_goal_problems,
    norwegian_goal_problems,
    recommended_end_goal,
    recommended_norwegian_goal,
)
from introdesk.rules.tables import load_table

A2, B1, B2 = CefrLevel.A2, CefrLevel.B1, CefrLevel.B2
QUALIFY = EndGoalGroup.QUALIFY_HIGHER_EDUCATION_OR_WORK
UPPER = EndGoalGroup.COMPLETE_UPPER_SECONDARY
WORK = EndGoalGroup.WORK_OR_PRIMARY_SCHOOL
ON = date(2025, 3, 1)


@pytest.mark.parametrize(
    ("education", "completed", "age", "group"),
    [
        pytest.param(EducationLevel.HIGHER, False, 40, QUALIFY, id="higher-40"),
        pytest.param(EducationLevel.UPPER_SECONDARY, True, 22, QUALIFY, id="upper-sec-done-22"),
        pytest.param(EducationLevel.UPPER_SECONDARY, False, 24, UPPER, id="upper-sec-started-24"),
        pytest.param(EducationLevel.NONE, False, 18, UPPER, id="none-18"),
        pytest.param(EducationLevel.PRIMARY, False, 24, UPPER, id="primary-24"),
        pytest.param(EducationLevel.PRIMARY, False, 25, WORK, id="primary-25"),
        pytest.param(EducationLevel.NONE, False, 50, WORK, id="none-50"),
    ],
)
def test_end_goal_group(
    education: EducationLevel, completed: bool, age: int, group: EndGoalGroup
) -> None:
    assert end_goal_group(education, completed, age) is group


@pytest.mark.parametrize(
    ("on", "group"),
    [
        pytest.param(date(2025, 5, 4), UPPER, id="day-before-25th-birthday"),
        pytest.param(date(2025, 5, 5), WORK, id="25th-birthday"),
    ],
)
def test_recommended_end_goal_uses_age_on_the_date(on: date, group: EndGoalGroup) -> None:
    facts = ParticipantFacts(
        birth_date=date(2000, 5, 5),
        permit_type=PermitType.REFUGEE,
        permit_date=date(2024, 1, 1),
        regime=Regime.INTEGRATION_ACT,
        education_level=EducationLevel.PRIMARY,
    )
    assert recommended_end_goal(facts, on) is group


@pytest.mark.parametrize(
    ("education", "completed", "needs_b2", "levels"),
    [
        pytest.param(EducationLevel.NONE, False, False, (A2, A2, A2, B1), id="no-school"),
        pytest.param(
            EducationLevel.PRIMARY_PARTIAL,
            False,
            False,
            (A2, A2, A2, B1),
            id="primary-not-completed",
        ),
        pytest.param(EducationLevel.PRIMARY, False, False, (B1, B1, B1, B1), id="primary"),
        pytest.param(
            EducationLevel.UPPER_SECONDARY,
            False,
            False,
            (B1, B1, B1, B1),
            id="upper-sec-not-completed",
        ),
        pytest.param(EducationLevel.UPPER_SECONDARY, True, False, (B1, B1, B1, B2), id="upper-sec"),
        pytest.param(EducationLevel.HIGHER, False, False, (B1, B1, B1, B2), id="higher"),
        pytest.param(EducationLevel.HIGHER, True, True, (B2, B2, B2, B2), id="needs-b2"),
        pytest.param(
            EducationLevel.PRIMARY,
            False,
            True,
            (B1, B1, B1, B1),
            id="b2-need-ignored-without-upper-sec",
        ),
    ],
)
def test_recommended_norwegian_goal(
    education: EducationLevel,
    completed: bool,
    needs_b2: bool,
    levels: tuple[CefrLevel, CefrLevel, CefrLevel, CefrLevel],
) -> None:
    goal = recommended_norwegian_goal(
        education,
        completed,
        on_date=ON,
        table=load_table("norwegian_goal_by_education"),
        needs_b2_documentation=needs_b2,
    )
    assert (goal.listening, goal.reading, goal.writing, goal.oral) == levels


UPPER_SEC_GOAL = NorwegianGoal(B1, B1, B1, B2)


@pytest.mark.parametrize(
    ("chosen", "reason", "fields"),
    [
        pytest.param(UPPER_SEC_GOAL, "", [], id="as-recommended"),
        pytest.param(
            NorwegianGoal(B1, B1, B1, B1), "", ["norskmål.oral"], id="oral-lowered-no-reason"
        ),
        pytest.param(
            NorwegianGoal(B1, B1, B1, B1),
            "Lav progresjon i muntlig",
            [],
            id="oral-lowered-with-reason",
        ),
        pytest.param(
            NorwegianGoal(B2, B1, A2, B2),
            "",
            ["norskmål.listening", "norskmål.writing"],
            id="two-skills",
        ),
        pytest.param(
            NorwegianGoal(B1, B1, B1, B1), "   ", ["norskmål.oral"], id="blank-reason-is-none"
        ),
    ],
)
def test_norwegian_goal_override(chosen: NorwegianGoal, reason: str, fields: list[str]) -> None:
    problems = norwegian_goal_problems(UPPER_SEC_GOAL, Override(chosen, reason))
    assert [p.field for p in problems] == fields
    for problem in problems:
        assert "begrunnelse" in problem.reason
        assert "integreringsloven kapittel 6" in problem.reason


def test_override_message_says_which_way() -> None:
    lowered = norwegian_goal_problems(UPPER_SEC_GOAL, Override(NorwegianGoal(B1, B1, B1, B1)))
    raised = norwegian_goal_problems(UPPER_SEC_GOAL, Override(NorwegianGoal(B2, B1, B1, B2)))
    assert "muntlig kommunikasjon (B1) er lavere enn anbefalt nivå B2" in lowered[0].reason
    assert "lytteforståelse (B2) er høyere enn anbefalt nivå B1" in raised[0].reason


@pytest.mark.parametrize(
    ("education", "completed", "age", "chosen", "reason", "flagged"),
    [
        pytest.param(EducationLevel.HIGHER, False, 35, QUALIFY, "", False, id="higher-qualify"),
        pytest.param(EducationLevel.HIGHER, False, 35, WORK, "", True, id="higher-work-no-reason"),
        pytest.param(
            EducationLevel.HIGHER,
            False,
            35,
            WORK,
            "Ønsker fagarbeid",
            False,
            id="higher-work-with-reason",
        ),
        pytest.param(
            EducationLevel.NONE, False, 30, UPPER, "", False, id="over-25-may-choose-upper-sec"
        ),
        pytest.param(EducationLevel.NONE, False, 30, QUALIFY, "", True, id="no-school-qualify"),
        pytest.param(EducationLevel.NONE, False, 20, WORK, "", True, id="under-25-work-no-reason"),
    ],
)
def test_end_goal_override(
    education: EducationLevel,
    completed: bool,
    age: int,
    chosen: EndGoalGroup,
    reason: str,
    flagged: bool,
) -> None:
    problems = end_goal_problems(education, completed, age, Override(chosen, reason))
    assert bool(problems) is flagged
    for problem in problems:
        assert problem.field == "sluttmål"
        assert "integreringsloven §§ 13–14" in problem.reason
