"""Training warnings (brief §4.0, §4.2): deadline near with the goal not met, social-studies
hours short, test duty not fulfilled, exemption without legal basis."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import (
    ExemptionKind,
    NorskprovenResult,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
    TestHistory,
    TrainingCategory,
)
from introdesk.rules.training import Finding, Severity, TrainingStatus, training_findings

TODAY = date(2026, 3, 2)
GOAL = {SubSkill.ORAL: CefrLevel.B1, SubSkill.READING: CefrLevel.A2}
ALL_SKILLS_A2 = tuple(NorskprovenResult(date(2025, 6, 1), s, CefrLevel.A2) for s in SubSkill)
ORAL_B1 = NorskprovenResult(date(2025, 12, 1), SubSkill.ORAL, CefrLevel.B1)
SOCIAL_PASSED = SocialStudiesResult(date(2025, 5, 1), SocialStudiesVersion.HOURS_75, 30, 34, "ar")


def status(
    *,
    deadline_in: int | None = 400,
    category: TrainingCategory = TrainingCategory.RIGHT_AND_DUTY,
    history: TestHistory | None = None,
    hours_done: str = "75",
    hours_required: int | None = 75,
    ended: bool = False,
) -> TrainingStatus:
    return TrainingStatus(
        category=category,
        deadline=None if deadline_in is None else TODAY + timedelta(days=deadline_in),
        goal=GOAL,
        history=history
        if history is not None
        else TestHistory(norskproven=ALL_SKILLS_A2, social_studies=(SOCIAL_PASSED,)),
        social_studies_hours_done=Decimal(hours_done),
        social_studies_hours_required=hours_required,
        ended=ended,
    )


def codes(findings: list[Finding]) -> list[str]:
    return [f.code for f in findings]


@pytest.mark.parametrize(
    ("deadline_in", "history", "expected"),
    [
        # Oral A2 against an oral B1 goal, deadline in 30 days: warn.
        (30, None, ["training.deadline_near_goal_not_met"]),
        # The window is inclusive: 90 days left warns, 91 does not.
        (90, None, ["training.deadline_near_goal_not_met"]),
        (91, None, []),
        (0, None, ["training.deadline_near_goal_not_met"]),
        # §4.0: after the deadline the right to free training lapses.
        (-1, None, ["training.deadline_passed_goal_not_met"]),
        # Goal met (oral B1, reading A2): no deadline warning.
        (
            30,
            TestHistory(norskproven=(*ALL_SKILLS_A2, ORAL_B1), social_studies=(SOCIAL_PASSED,)),
            [],
        ),
    ],
    ids=["30-days", "90-days", "91-days", "deadline-day", "passed", "goal-met"],
)
def test_deadline_findings(
    deadline_in: int, history: TestHistory | None, expected: list[str]
) -> None:
    assert (
        codes(training_findings(status(deadline_in=deadline_in, history=history), today=TODAY))
        == expected
    )


def test_deadline_warning_names_the_missing_sub_skills_and_date() -> None:
    (finding,) = training_findings(status(deadline_in=30), today=TODAY)
    assert finding.severity is Severity.WARNING
    assert "muntlig kommunikasjon" in finding.message
    assert "leseforståelse" not in finding.message
    assert "01.04.2026" in finding.message


def test_warn_days_is_configurable() -> None:
    assert training_findings(status(deadline_in=120), today=TODAY) == []
    found = training_findings(status(deadline_in=120), today=TODAY, warn_days=180)
    assert codes(found) == ["training.deadline_near_goal_not_met"]


def test_results_after_today_do_not_count_towards_the_goal() -> None:
    future_b1 = NorskprovenResult(TODAY + timedelta(days=1), SubSkill.ORAL, CefrLevel.B1)
    history = TestHistory(norskproven=(*ALL_SKILLS_A2, future_b1), social_studies=(SOCIAL_PASSED,))
    found = training_findings(status(deadline_in=30, history=history), today=TODAY)
    assert codes(found) == ["training.deadline_near_goal_not_met"]


@pytest.mark.parametrize(
    ("hours_done", "hours_required", "ended", "deadline_in", "expected"),
    [
        # §4.0: 75 hours for rights begun from 1.1.2022.
        ("60", 75, True, 400, ["training.social_studies_hours_short"]),
        ("74.5", 75, True, 400, ["training.social_studies_hours_short"]),
        ("75", 75, True, 400, []),
        # Earlier starters keep 50 hours.
        ("50", 50, True, 400, []),
        ("49", 50, True, 400, ["training.social_studies_hours_short"]),
        # Not yet due: the training runs and the deadline is far.
        ("10", 75, False, 400, []),
        # Due because the deadline is close (oral goal met to isolate the hours finding).
        ("10", 75, False, 60, ["training.social_studies_hours_short"]),
        # No hour target known (e.g. chapter 6A): nothing to compare.
        ("0", None, True, 400, []),
    ],
    ids=["60-of-75", "74.5-of-75", "75-of-75", "50-of-50", "49-of-50", "not-due", "near", "none"],
)
def test_social_studies_hours(
    hours_done: str, hours_required: int | None, ended: bool, deadline_in: int, expected: list[str]
) -> None:
    history = TestHistory(norskproven=(*ALL_SKILLS_A2, ORAL_B1), social_studies=(SOCIAL_PASSED,))
    found = training_findings(
        status(
            deadline_in=deadline_in,
            history=history,
            hours_done=hours_done,
            hours_required=hours_required,
            ended=ended,
        ),
        today=TODAY,
    )
    assert codes(found) == expected


def test_exemption_from_social_studies_training_silences_the_hours_warning() -> None:
    exemption = TestExemption(
        ExemptionKind.SOCIAL_STUDIES_TRAINING, "integreringsloven § 29", date(2024, 1, 1)
    )
    history = TestHistory(
        norskproven=(*ALL_SKILLS_A2, ORAL_B1),
        social_studies=(SOCIAL_PASSED,),
        exemptions=(exemption,),
    )
    found = training_findings(status(history=history, hours_done="0", ended=True), today=TODAY)
    assert found == []


@pytest.mark.parametrize(
    ("category", "history", "expected"),
    [
        # §4.0: people with right and duty must take both final tests.
        (
            TrainingCategory.RIGHT_AND_DUTY,
            TestHistory(),
            ["training.norwegian_test_missing", "training.social_studies_test_missing"],
        ),
        (
            TrainingCategory.RIGHT_AND_DUTY,
            TestHistory(norskproven=ALL_SKILLS_A2[:3], social_studies=(SOCIAL_PASSED,)),
            ["training.norwegian_test_missing"],
        ),
        (
            TrainingCategory.RIGHT_AND_DUTY,
            TestHistory(
                exemptions=(
                    TestExemption(ExemptionKind.NORWEGIAN_TEST, "helse", date(2025, 1, 1)),
                    TestExemption(ExemptionKind.SOCIAL_STUDIES_TEST, "helse", date(2025, 1, 1)),
                )
            ),
            [],
        ),
        # Duty-only group: the test duty under integreringsloven is UNCONFIRMED: no warning.
        (TrainingCategory.DUTY_ONLY, TestHistory(), []),
        (TrainingCategory.RIGHT_ONLY, TestHistory(), []),
        (TrainingCategory.NONE, TestHistory(), []),
    ],
    ids=["nothing-taken", "oral-missing", "exempt", "duty-only", "right-only", "none"],
)
def test_test_duty(category: TrainingCategory, history: TestHistory, expected: list[str]) -> None:
    found = training_findings(
        status(category=category, history=history, deadline_in=None, ended=True), today=TODAY
    )
    assert codes(found) == expected


def test_missing_oral_test_is_named() -> None:
    history = TestHistory(norskproven=ALL_SKILLS_A2[:3], social_studies=(SOCIAL_PASSED,))
    (finding,) = training_findings(
        status(history=history, deadline_in=None, ended=True), today=TODAY
    )
    assert "muntlig kommunikasjon" in finding.message


def test_exemption_without_legal_basis_is_always_flagged() -> None:
    history = TestHistory(
        norskproven=(*ALL_SKILLS_A2, ORAL_B1),
        social_studies=(SOCIAL_PASSED,),
        exemptions=(
            TestExemption(ExemptionKind.NORWEGIAN_TEST, "  ", date(2025, 2, 3)),
            TestExemption(ExemptionKind.SOCIAL_STUDIES_TEST, "forskrift § 29", date(2025, 2, 3)),
        ),
    )
    (finding,) = training_findings(status(history=history), today=TODAY)
    assert finding.code == "training.exemption_without_legal_basis"
    assert finding.subject == "norwegian_test"
    assert "03.02.2025" in finding.message


def test_people_outside_the_scheme_get_no_training_warnings() -> None:
    history = TestHistory(exemptions=(TestExemption(ExemptionKind.NORWEGIAN_TEST, "", TODAY),))
    found = training_findings(
        status(category=TrainingCategory.NONE, history=history, deadline_in=-10, ended=True),
        today=TODAY,
    )
    assert found == []
