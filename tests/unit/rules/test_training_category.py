"""Right/duty category for Norwegian and social-studies training (brief §4.0 Who is covered)."""

from datetime import date

import pytest

from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.language_tests import TrainingCategory, TrainingLegalBasis
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    TrainingCategoryResult,
    TrainingFacts,
    age_on,
    training_category,
)

PERMIT_DAY = date(2023, 5, 10)
ADULT = date(1990, 1, 1)  # 33 on the permit date

IA, CH6A = Regime.INTEGRATION_ACT, Regime.CHAPTER_6A
P27, P28 = TrainingLegalBasis.P27_RIGHT_DUTY, TrainingLegalBasis.P28_DUTY_ONLY
FEE = TrainingLegalBasis.NONE_FEE_PAYING

RD, DO, RO, NO = (
    TrainingCategory.RIGHT_AND_DUTY,
    TrainingCategory.DUTY_ONLY,
    TrainingCategory.RIGHT_ONLY,
    TrainingCategory.NONE,
)


def categorise(
    permit: PermitType,
    *,
    birth: date = ADULT,
    permit_date: date = PERMIT_DAY,
    regime: Regime = Regime.INTEGRATION_ACT,
    permanent: bool = True,
    on: date | None = None,
) -> TrainingCategoryResult:
    facts = TrainingFacts(permit, permit_date, birth, regime, permanent)
    return training_category(facts, age_limits=load_table("training_age_limits"), on=on)


@pytest.mark.parametrize(
    ("permit", "regime", "category", "basis", "fee_paying"),
    [
        # §4.0 table row 1: refugees, resettlement, § 38, § 53 and their family: § 27.
        (PermitType.REFUGEE, IA, RD, P27, False),
        (PermitType.RESETTLEMENT, IA, RD, P27, False),
        (PermitType.HUMANITARIAN, IA, RD, P27, False),
        (PermitType.INDEPENDENT, IA, RD, P27, False),
        (PermitType.FAMILY_IMMIGRATION, IA, RD, P27, False),
        # §4.0 row 2: non-EEA labour immigrants and their family: duty, no right, they pay (§ 28).
        (PermitType.LABOUR, IA, DO, P28, True),
        (PermitType.LABOUR_FAMILY, IA, DO, P28, True),
        # §4.0 row 3: collective protection, chapter 6A: right (§ 37 d), duty UNCONFIRMED.
        (PermitType.COLLECTIVE_PROTECTION, CH6A, RO, TrainingLegalBasis.CH6A, False),
        # §4.0 row 4: EEA/Nordic, students, other temporary permits: neither; may buy a course.
        (PermitType.EEA, IA, NO, FEE, True),
        (PermitType.STUDENT, IA, NO, FEE, True),
        (PermitType.OTHER, IA, NO, FEE, True),
        # §4.0: family members reunited with a § 34 holder follow the ordinary rules.
        (PermitType.FAMILY_IMMIGRATION, CH6A, RD, P27, False),
    ],
    ids=[
        "refugee",
        "resettlement",
        "humanitarian",
        "independent",
        "family",
        "labour",
        "labour-family",
        "collective-protection",
        "eea",
        "student",
        "other",
        "family-of-6a",
    ],
)
def test_category_for_every_permit_group(
    permit: PermitType,
    regime: Regime,
    category: TrainingCategory,
    basis: TrainingLegalBasis,
    fee_paying: bool,
) -> None:
    result = categorise(permit, regime=regime)
    assert (result.category, result.legal_basis, result.fee_paying) == (category, basis, fee_paying)
    assert result.reasons
    assert all("integreringsloven" in reason for reason in result.reasons)


def test_every_permit_type_has_a_rule() -> None:
    for permit in PermitType:
        assert categorise(permit).reasons


def test_chapter_6a_is_flagged_unconfirmed_and_others_not() -> None:
    assert categorise(PermitType.COLLECTIVE_PROTECTION, regime=Regime.CHAPTER_6A).unconfirmed
    assert not categorise(PermitType.REFUGEE).unconfirmed


@pytest.mark.parametrize(
    ("birth", "permit", "category"),
    [
        # §4.0: age 18-67 on the date the permit was granted; 16-17 are not covered.
        (date(2005, 5, 10), PermitType.REFUGEE, RD),  # 18 that very day
        (date(2005, 5, 11), PermitType.REFUGEE, NO),  # 17, turns 18 the next day
        (date(2007, 1, 1), PermitType.LABOUR, NO),  # 16
        # Right and duty end at 67: 66 on the permit date is covered, 67 is not.
        (date(1956, 5, 11), PermitType.REFUGEE, RD),
        (date(1956, 5, 10), PermitType.REFUGEE, NO),
        (date(1956, 5, 10), PermitType.LABOUR, NO),
        (date(1956, 5, 11), PermitType.LABOUR, DO),
    ],
    ids=["18", "17", "16-labour", "66", "67", "67-labour", "66-labour"],
)
def test_age_on_the_permit_date(
    birth: date, permit: PermitType, category: TrainingCategory
) -> None:
    assert categorise(permit, birth=birth).category is category


def test_under_age_stays_outside_even_when_adult_later() -> None:
    # §4.0: people who were 16-17 at grant cannot "grow into" the group later.
    result = categorise(PermitType.REFUGEE, birth=date(2006, 1, 1), on=date(2026, 1, 1))
    assert result.category is NO
    assert any("vokse inn" in r for r in result.reasons)


def test_right_and_duty_end_on_the_67th_birthday() -> None:
    birth = date(1960, 3, 1)  # 63 at grant
    assert categorise(PermitType.REFUGEE, birth=birth, on=date(2027, 2, 28)).category is RD
    assert categorise(PermitType.REFUGEE, birth=birth, on=date(2027, 3, 1)).category is NO


def test_old_law_right_only_also_ends_at_67() -> None:
    birth = date(1959, 1, 1)  # 60 at grant under introduksjonsloven: right only
    result = categorise(
        PermitType.REFUGEE,
        birth=birth,
        permit_date=date(2019, 3, 1),
        regime=Regime.INTRODUCTION_ACT,
        on=date(2026, 1, 1),
    )
    assert result.category is NO


def test_permit_that_cannot_lead_to_permanent_residence() -> None:
    # §4.0: only permits that can lead to permanent residence count (e.g. § 38 limited).
    result = categorise(PermitType.HUMANITARIAN, permanent=False)
    assert (result.category, result.legal_basis) == (NO, TrainingLegalBasis.NONE_FEE_PAYING)


@pytest.mark.parametrize(
    ("birth", "permit", "category"),
    [
        (date(1960, 1, 1), PermitType.REFUGEE, RO),  # 59: right only above the duty age
        (date(1960, 1, 1), PermitType.LABOUR, NO),  # 59: duty-only group has nothing left
        (date(1980, 1, 1), PermitType.REFUGEE, RD),  # 39
        (date(2002, 6, 1), PermitType.REFUGEE, RD),  # 16: covered under the older rule row
    ],
    ids=["59-refugee", "59-labour", "39-refugee", "16-refugee"],
)
def test_introduction_act_row_is_unconfirmed(
    birth: date, permit: PermitType, category: TrainingCategory
) -> None:
    result = categorise(
        permit, birth=birth, permit_date=date(2019, 3, 1), regime=Regime.INTRODUCTION_ACT
    )
    assert result.category is category
    assert result.unconfirmed
    assert any("introduksjonsloven" in r for r in result.reasons)


@pytest.mark.parametrize(
    ("birth", "day", "age"),
    [
        (date(1990, 5, 10), date(2023, 5, 9), 32),
        (date(1990, 5, 10), date(2023, 5, 10), 33),
        (date(2000, 2, 29), date(2018, 2, 28), 17),
        (date(2000, 2, 29), date(2018, 3, 1), 18),
    ],
    ids=["day-before", "birthday", "leapling-28-feb", "leapling-1-mar"],
)
def test_age_on(birth: date, day: date, age: int) -> None:
    assert age_on(birth, day) == age
