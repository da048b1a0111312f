"""Language/test part of citizenship for applications from 1 October 2022 (brief §4.5)."""

from datetime import date

import pytest

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import RuleTableError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestHistory,
)
from introdesk.rules.eligibility import completed_years
from introdesk.rules.readiness import (
    CITIZENSHIP_CAVEAT,
    CitizenshipFacts,
    ReadinessResult,
    citizenship_readiness,
)
from introdesk.rules.tables import load_table

DAY = date(2025, 3, 3)
ORAL_A2 = NorskprovenResult(date(2024, 6, 1), SubSkill.ORAL, CefrLevel.A2)
ORAL_B1 = NorskprovenResult(date(2024, 6, 1), SubSkill.ORAL, CefrLevel.B1)
CITIZEN_PASS = CitizenshipTestResult(date(2024, 9, 1), score=25, max_score=32)
CITIZEN_FAIL = CitizenshipTestResult(date(2024, 9, 1), score=23, max_score=32)
SOCIAL_NB = SocialStudiesResult(date(2023, 5, 1), SocialStudiesVersion.HOURS_75, 28, 34, "nb")
SOCIAL_AR = SocialStudiesResult(date(2023, 5, 1), SocialStudiesVersion.HOURS_75, 28, 34, "ar")
SOCIAL_NB_FAIL = SocialStudiesResult(date(2023, 5, 1), SocialStudiesVersion.HOURS_75, 20, 34, "nb")
ASYLUM_55 = CitizenshipFacts(55, came_as_asylum_seeker_or_resettlement_refugee=True)
ASYLUM_54 = CitizenshipFacts(54, came_as_asylum_seeker_or_resettlement_refugee=True)


def check(history: TestHistory, facts: CitizenshipFacts, day: date = DAY) -> ReadinessResult:
    return citizenship_readiness(
        history,
        facts,
        application_date=day,
        rules=load_table("readiness_citizenship"),
        social_studies_pass_marks=load_table("social_studies_pass_marks"),
        citizenship_pass_marks=load_table("citizenship_test_pass_marks"),
    )


@pytest.mark.parametrize(
    ("oral", "tests", "facts", "missing_words"),
    [
        # §4.5 main rule: oral B1 plus statsborgerprøven.
        (ORAL_B1, (CITIZEN_PASS,), CitizenshipFacts(age=40), []),
        (ORAL_A2, (CITIZEN_PASS,), CitizenshipFacts(age=40), ["B1"]),
        (ORAL_B1, (CITIZEN_FAIL,), CitizenshipFacts(age=40), ["statsborgerprøve"]),
        # A2 is enough for stateless persons ...
        (ORAL_A2, (CITIZEN_PASS,), CitizenshipFacts(age=30, stateless=True), []),
        # ... and for people who have turned 55 ("har fylt 55 år", statsborgerforskriften § 4-1
        # letters e and f per regjeringen.no) and came as asylum seekers/resettlement refugees ...
        (ORAL_A2, (CITIZEN_PASS,), ASYLUM_55, []),
        (ORAL_A2, (CITIZEN_PASS,), ASYLUM_54, ["B1"]),
        # ... or receive disability benefit; age alone is not enough.
        (ORAL_A2, (CITIZEN_PASS,), CitizenshipFacts(60, receives_disability_benefit=True), []),
        (ORAL_A2, (CITIZEN_PASS,), CitizenshipFacts(60), ["B1"]),
        (ORAL_A2, (CITIZEN_PASS,), CitizenshipFacts(40, receives_disability_benefit=True), ["B1"]),
        # No oral result at all.
        (None, (CITIZEN_PASS,), CitizenshipFacts(age=40), ["B1"]),
    ],
    ids=[
        "b1-test", "a2-too-low", "test-failed", "stateless-a2", "55-asylum-a2",
        "54-asylum-b1", "over-55-disability-a2", "60-no-exception", "40-disability",
        "no-oral",
    ],
)  # fmt: skip
def test_citizenship_oral_level_and_exceptions(
    oral: NorskprovenResult | None,
    tests: tuple[CitizenshipTestResult, ...],
    facts: CitizenshipFacts,
    missing_words: list[str],
) -> None:
    history = TestHistory(norskproven=() if oral is None else (oral,), citizenship=tests)
    result = check(history, facts)
    assert result.ok is (not missing_words)
    assert len(result.missing) == len(missing_words)
    for reason, word in zip(result.missing, missing_words, strict=True):
        assert word in reason
        assert "statsborgerloven § 8" in reason
    assert result.caveat == CITIZENSHIP_CAVEAT


@pytest.mark.parametrize(
    ("social", "ok", "hint"),
    [
        # §4.5: the social-studies test replaces statsborgerprøven only when taken in Norwegian.
        (SOCIAL_NB, True, None),
        (SOCIAL_AR, False, "ikke på norsk"),
        (SOCIAL_NB_FAIL, False, None),
    ],
    ids=["passed-in-norwegian", "passed-in-arabic", "failed-in-norwegian"],
)
def test_social_studies_test_in_norwegian_replaces_the_citizenship_test(
    social: SocialStudiesResult, ok: bool, hint: str | None
) -> None:
    result = check(
        TestHistory(norskproven=(ORAL_B1,), social_studies=(social,)), CitizenshipFacts(40)
    )
    assert result.ok is ok
    if hint is not None:
        assert hint in result.missing[0]
    if not ok:
        assert "statsborgerprøve eller samfunnskunnskapsprøve på norsk" in result.missing[0]


@pytest.mark.parametrize(
    ("age", "checked"),
    [(17, False), (18, True), (66, True), (67, False), (70, False)],
    ids=["17", "18", "66", "67", "70"],
)
def test_requirement_applies_from_18_until_67(age: int, checked: bool) -> None:
    result = check(TestHistory(), CitizenshipFacts(age=age))
    assert result.ok is (not checked)
    if not checked:
        assert "18 til 67" in result.notes[0]


def test_recorded_pass_counts_and_later_results_do_not() -> None:
    history = TestHistory(
        norskproven=(ORAL_B1,),
        citizenship=(CitizenshipTestResult(date(2025, 4, 1), passed=True),),
    )
    assert not check(history, CitizenshipFacts(40), day=DAY).ok
    assert check(history, CitizenshipFacts(40), day=date(2025, 4, 1)).ok


def test_no_rule_before_1_october_2022() -> None:
    with pytest.raises(RuleTableError):
        check(TestHistory(), CitizenshipFacts(40), day=date(2022, 9, 30))
    assert check(TestHistory(), CitizenshipFacts(40), day=date(2022, 10, 1)).rule_from == date(
        2022, 10, 1
    )


@pytest.mark.parametrize(
    ("application_day", "exempt"),
    [(date(2026, 3, 9), False), (date(2026, 3, 10), True)],
    ids=["day-before-55th-birthday", "55th-birthday"],
)
def test_the_a2_exception_applies_from_the_day_the_person_has_turned_55(
    application_day: date, exempt: bool
) -> None:
    """statsborgerforskriften § 4-1 first paragraph letters e and f: "har fylt 55 år" (quoted by
    regjeringen.no, 'Ikrafttredelse av endringer i statsborgerforskriften – endringer i
    språkkravet'); table readiness_citizenship, reduced_from_age = 55."""
    born = date(1971, 3, 10)
    facts = CitizenshipFacts(
        completed_years(born, application_day),
        came_as_asylum_seeker_or_resettlement_refugee=True,
    )
    history = TestHistory(norskproven=(ORAL_A2,), citizenship=(CITIZEN_PASS,))
    result = check(history, facts, day=application_day)
    assert result.ok is exempt
    assert ("Har fylt 55 år" in result.notes[0]) is exempt
