"""Language/test part of permanent residence on both sides of 1 September 2025 (brief §4.4)."""

from datetime import date

import pytest

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import (
    NorskprovenResult,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestHistory,
)
from introdesk.rules.readiness import (
    PERMANENT_RESIDENCE_CAVEAT,
    ReadinessResult,
    permanent_residence_readiness,
)
from introdesk.rules.tables import load_table

NEW_RULE, LAST_OLD_DAY = date(2025, 9, 1), date(2025, 8, 31)


def oral(level: CefrLevel, day: date = date(2024, 11, 1)) -> NorskprovenResult:
    return NorskprovenResult(day, SubSkill.ORAL, level)


def social(score: int, language: str = "ti", day: date = date(2024, 5, 1)) -> SocialStudiesResult:
    return SocialStudiesResult(day, SocialStudiesVersion.HOURS_75, score, 34, language)


def check(history: TestHistory, day: date, documented: bool = False) -> ReadinessResult:
    return permanent_residence_readiness(
        history,
        application_date=day,
        rules=load_table("readiness_permanent_residence"),
        social_studies_pass_marks=load_table("social_studies_pass_marks"),
        training_documented=documented,
    )


@pytest.mark.parametrize(
    ("oral_level", "score", "day", "documented", "ok", "missing_words"),
    [
        # From 1.9.2025: oral A2 + social-studies test passed, in any language understood.
        (CefrLevel.A2, 26, NEW_RULE, False, True, []),
        (CefrLevel.B1, 30, NEW_RULE, False, True, []),
        (CefrLevel.A1, 26, NEW_RULE, True, False, ["A2"]),
        (CefrLevel.A2, 25, NEW_RULE, False, False, ["samfunnskunnskapsprøve"]),
        (CefrLevel.A1, 25, NEW_RULE, False, False, ["A2", "samfunnskunnskapsprøve"]),
        # Before: oral A1 and documented completed training (older rule, unconfirmed in part).
        (CefrLevel.A1, 26, LAST_OLD_DAY, True, True, []),
        (CefrLevel.A1, 26, LAST_OLD_DAY, False, False, ["opplæring"]),
        (CefrLevel.BELOW_A1, 26, LAST_OLD_DAY, True, False, ["A1"]),
    ],
    ids=[
        "new-a2-pass", "new-b1-pass", "new-a1-too-low", "new-test-failed", "new-both-missing",
        "old-a1-documented", "old-not-documented", "old-below-a1",
    ],
)  # fmt: skip
def test_permanent_residence_on_both_sides_of_1_september_2025(
    oral_level: CefrLevel,
    score: int,
    day: date,
    documented: bool,
    ok: bool,
    missing_words: list[str],
) -> None:
    result = check(
        TestHistory(norskproven=(oral(oral_level),), social_studies=(social(score),)),
        day,
        documented,
    )
    assert result.ok is ok
    assert len(result.missing) == len(missing_words)
    for reason, word in zip(result.missing, missing_words, strict=True):
        assert word in reason
        assert "utlendingsloven § 62" in reason
    assert result.caveat == PERMANENT_RESIDENCE_CAVEAT


def test_same_person_ready_on_31_august_not_on_1_september() -> None:
    history = TestHistory(norskproven=(oral(CefrLevel.A1),), social_studies=(social(28),))
    before, after = check(history, LAST_OLD_DAY, documented=True), check(history, NEW_RULE, True)
    assert (before.ok, after.ok) == (True, False)
    assert (before.rule_from, after.rule_from) == (date(2017, 1, 1), NEW_RULE)
    assert (before.unconfirmed, after.unconfirmed) == (True, False)


def test_results_after_the_application_date_do_not_count() -> None:
    history = TestHistory(
        norskproven=(oral(CefrLevel.A2, day=date(2025, 10, 1)),), social_studies=(social(30),)
    )
    assert not check(history, NEW_RULE).ok
    assert check(history, date(2025, 10, 1)).ok


def test_no_results_at_all() -> None:
    result = check(TestHistory(), NEW_RULE)
    assert not result.ok
    assert "ingen resultat" in result.missing[0]


def test_best_oral_result_counts_not_the_latest() -> None:
    history = TestHistory(
        norskproven=(oral(CefrLevel.A2, date(2024, 1, 1)), oral(CefrLevel.A1, date(2025, 1, 1))),
        social_studies=(social(27),),
    )
    assert check(history, NEW_RULE).ok


def test_caveat_says_it_covers_only_language_and_tests() -> None:
    assert "bare kravene til norskkunnskaper og prøver" in check(TestHistory(), NEW_RULE).caveat
