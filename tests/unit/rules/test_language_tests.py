"""Pass marks (brief §4.3), best results per sub-skill (§4.1) and the Norwegian goal (§4.2)."""

from datetime import date

import pytest

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import RuleTableError, ValidationError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
)
from introdesk.rules.language_tests import (
    best_levels,
    best_results,
    citizenship_test_passed,
    goal_met,
    social_studies_pass_mark,
    social_studies_passed,
)
from introdesk.rules.tables import load_table

LIS, REA, WRI, ORA = SubSkill.LISTENING, SubSkill.READING, SubSkill.WRITING, SubSkill.ORAL
V75, V50 = SocialStudiesVersion.HOURS_75, SocialStudiesVersion.HOURS_50


def social(
    day: date, version: SocialStudiesVersion, score: int, max_score: int
) -> SocialStudiesResult:
    return SocialStudiesResult(day, version, score, max_score, "ar")


@pytest.mark.parametrize(
    ("day", "version", "score", "max_score", "passed"),
    [
        # §4.3: 75-hour version (from December 2022): 34 scored tasks, pass at least 26.
        (date(2024, 5, 1), V75, 26, 34, True),
        (date(2024, 5, 1), V75, 25, 34, False),
        (date(2024, 5, 1), V75, 34, 34, True),
        (date(2022, 12, 1), V75, 26, 34, True),
        # §4.3: older 50-hour version: 38 questions, pass 29.
        (date(2023, 3, 1), V50, 29, 38, True),
        (date(2023, 3, 1), V50, 28, 38, False),
        (date(2020, 6, 1), V50, 29, 38, True),
        (date(2020, 6, 1), V50, 28, 38, False),
    ],
    ids=[
        "75h-26-pass", "75h-25-fail", "75h-full", "75h-first-day", "50h-29-pass",
        "50h-28-fail", "50h-2020-pass", "50h-2020-fail",
    ],
)  # fmt: skip
def test_social_studies_pass_marks_on_both_sides(
    day: date, version: SocialStudiesVersion, score: int, max_score: int, passed: bool
) -> None:
    table = load_table("social_studies_pass_marks")
    assert social_studies_passed(social(day, version, score, max_score), table) is passed


def test_50h_pass_mark_before_75h_version_is_flagged_unconfirmed() -> None:
    table = load_table("social_studies_pass_marks")
    assert social_studies_pass_mark(social(date(2020, 6, 1), V50, 0, 38), table).unconfirmed
    assert not social_studies_pass_mark(social(date(2024, 6, 1), V75, 0, 34), table).unconfirmed


def test_75h_version_before_december_2022_has_no_pass_mark() -> None:
    with pytest.raises(RuleTableError, match="75h"):
        social_studies_passed(
            social(date(2022, 6, 1), V75, 30, 34), load_table("social_studies_pass_marks")
        )


def test_score_out_of_the_wrong_maximum_is_refused() -> None:
    with pytest.raises(ValidationError, match="34"):
        social_studies_passed(
            social(date(2024, 6, 1), V75, 30, 38), load_table("social_studies_pass_marks")
        )


@pytest.mark.parametrize(
    ("result", "passed"),
    [
        # §4.3: statsborgerprøven 32 questions, pass 24 (UNCONFIRMED as current).
        (CitizenshipTestResult(date(2024, 2, 1), score=24, max_score=32), True),
        (CitizenshipTestResult(date(2024, 2, 1), score=23, max_score=32), False),
        (CitizenshipTestResult(date(2024, 2, 1), passed=True), True),
        (CitizenshipTestResult(date(2024, 2, 1), score=10, passed=True), True),
        (CitizenshipTestResult(date(2024, 2, 1), score=30, passed=False), False),
    ],
    ids=["24-pass", "23-fail", "recorded-pass", "recorded-wins-low", "recorded-wins-high"],
)
def test_citizenship_test_pass_mark(result: CitizenshipTestResult, passed: bool) -> None:
    assert citizenship_test_passed(result, load_table("citizenship_test_pass_marks")) is passed


def test_citizenship_pass_mark_row_is_unconfirmed() -> None:
    assert load_table("citizenship_test_pass_marks").row_at(date(2024, 1, 1)).unconfirmed


def nt(day: date, skill: SubSkill, level: CefrLevel, **kw: object) -> NorskprovenResult:
    return NorskprovenResult(day, skill, level, **kw)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("results", "expected"),
    [
        ([], {}),
        (
            [nt(date(2024, 3, 1), LIS, CefrLevel.A2), nt(date(2024, 9, 1), LIS, CefrLevel.B1)],
            {LIS: CefrLevel.B1},
        ),
        # §4.1: the best result stays on the certificate, even when a later attempt is worse.
        (
            [nt(date(2024, 3, 1), ORA, CefrLevel.B1), nt(date(2024, 9, 1), ORA, CefrLevel.A2)],
            {ORA: CefrLevel.B1},
        ),
        (
            [
                nt(date(2024, 3, 1), LIS, CefrLevel.B1),
                nt(date(2024, 3, 1), REA, CefrLevel.A2),
                nt(date(2024, 3, 1), WRI, CefrLevel.BELOW_A1),
                nt(date(2025, 3, 1), REA, CefrLevel.B2),
            ],
            {LIS: CefrLevel.B1, REA: CefrLevel.B2, WRI: CefrLevel.BELOW_A1},
        ),
        (
            [
                nt(date(2025, 1, 1), ORA, CefrLevel.B2),
                nt(date(2025, 6, 1), ORA, CefrLevel.C1, c1=True),
            ],
            {ORA: CefrLevel.C1},
        ),
    ],
    ids=["none", "later-better", "later-worse-kept-best", "mixed-skills", "c1-test"],
)
def test_best_levels(results: list[NorskprovenResult], expected: dict[SubSkill, CefrLevel]) -> None:
    assert best_levels(results) == expected


def test_best_result_among_equal_levels_is_the_latest() -> None:
    first = nt(date(2024, 3, 1), ORA, CefrLevel.B1)
    later = nt(date(2024, 9, 1), ORA, CefrLevel.B1)
    assert best_results([later, first])[ORA] is later
    assert best_results([first, later])[ORA] is later


@pytest.mark.parametrize(
    ("best", "goal", "expected"),
    [
        # §4.2 norskmål "at least upper-secondary": B1 in listening/reading/writing, B2 oral.
        (
            {LIS: CefrLevel.B1, REA: CefrLevel.B2, WRI: CefrLevel.A2, ORA: CefrLevel.B1},
            {LIS: CefrLevel.B1, REA: CefrLevel.B1, WRI: CefrLevel.B1, ORA: CefrLevel.B2},
            {LIS: True, REA: True, WRI: False, ORA: False},
        ),
        ({}, {ORA: CefrLevel.A2}, {ORA: False}),
        ({ORA: CefrLevel.C1}, {ORA: CefrLevel.B2}, {ORA: True}),
        ({LIS: CefrLevel.B1}, {}, {}),
    ],
    ids=["mixed", "no-result", "c1-meets-b2", "no-goal"],
)
def test_goal_met(
    best: dict[SubSkill, CefrLevel], goal: dict[SubSkill, CefrLevel], expected: dict[SubSkill, bool]
) -> None:
    assert goal_met(best, goal) == expected


@pytest.mark.parametrize(
    "make",
    [
        # §4.1: writing cannot score above the level registered for.
        lambda: nt(date(2024, 1, 1), WRI, CefrLevel.B2, registration_level=RegistrationLevel.A2_B1),
        # Registration levels exist only for writing and oral.
        lambda: nt(date(2024, 1, 1), LIS, CefrLevel.A2, registration_level=RegistrationLevel.A1_A2),
        # C1 comes only from the separate Norskprøven C1.
        lambda: nt(date(2024, 1, 1), REA, CefrLevel.C1),
        lambda: SocialStudiesResult(date(2024, 1, 1), V75, 35, 34, "nb"),
        lambda: SocialStudiesResult(date(2024, 1, 1), V75, 20, 34, " "),
        lambda: CitizenshipTestResult(date(2024, 1, 1)),
        lambda: CitizenshipTestResult(date(2024, 1, 1), score=33, max_score=32),
    ],
    ids=[
        "writing-above-registration", "listening-registered", "c1-without-flag",
        "score-above-max", "no-language", "citizenship-empty", "citizenship-above-max",
    ],
)  # fmt: skip
def test_impossible_results_are_refused(make: object) -> None:
    with pytest.raises(ValidationError):
        make()  # type: ignore[operator]


def test_oral_may_score_above_the_registered_level() -> None:
    result = nt(date(2024, 1, 1), ORA, CefrLevel.B2, registration_level=RegistrationLevel.A2_B1)
    assert result.level is CefrLevel.B2


@pytest.mark.parametrize(
    ("language", "norwegian"),
    [("nb", True), ("nn", True), ("NO", True), ("ar", False), ("uk", False)],
    ids=["bokmal", "nynorsk", "no-upper", "arabic", "ukrainian"],
)
def test_social_studies_language(language: str, norwegian: bool) -> None:
    result = SocialStudiesResult(date(2024, 1, 1), V75, 30, 34, language)
    assert result.in_norwegian is norwegian
