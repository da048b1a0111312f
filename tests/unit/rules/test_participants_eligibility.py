"""Right/duty category (brief §1.1), with the edge days: 18th birthday, the age-limit day, leap
days, both sides of the age-limit change (1.1.2026 in intro_age_limits, unconfirmed) and the
day the two-year window closes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from introdesk.domain.codes import Category, PermitType, Regime
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.eligibility import Check, assess_eligibility, completed_years
from introdesk.rules.tables import DatedTable, load_table

# A refugee, 33 at the permit date, settled by agreement three months later.
BASE = ParticipantFacts(
    birth_date=date(1990, 5, 5),
    permit_type=PermitType.REFUGEE,
    permit_date=date(2024, 3, 10),
    regime=Regime.INTEGRATION_ACT,
    settlement_date=date(2024, 6, 1),
    settled_by_agreement=True,
)
AS_OF = date(2024, 8, 1)


def tables() -> dict[str, DatedTable]:
    return {
        "age_limits": load_table("intro_age_limits"),
        "deadlines": load_table("intro_deadlines"),
        "chapter_6a": load_table("chapter_6a"),
    }


def assess(facts: ParticipantFacts, as_of: date = AS_OF) -> Category:
    return assess_eligibility(facts, as_of=as_of, **tables()).category


@pytest.mark.parametrize(
    ("born", "on", "age"),
    [
        pytest.param(date(2006, 3, 10), date(2024, 3, 10), 18, id="18th-birthday"),
        pytest.param(date(2006, 3, 11), date(2024, 3, 10), 17, id="day-before-18th"),
        pytest.param(date(2004, 2, 29), date(2022, 2, 28), 17, id="leap-born-28-feb"),
        pytest.param(date(2004, 2, 29), date(2022, 3, 1), 18, id="leap-born-1-march"),
        pytest.param(date(2004, 2, 29), date(2024, 2, 29), 20, id="leap-born-leap-year"),
    ],
)
def test_completed_years(born: date, on: date, age: int) -> None:
    assert completed_years(born, on) == age


@pytest.mark.parametrize(
    ("changes", "as_of", "expected"),
    [
        pytest.param({}, AS_OF, Category.RIGHT_AND_DUTY, id="refugee-settled-by-agreement"),
        # Age on the permit date (brief §1.1: 18 to and including 55 before the amendment).
        pytest.param(
            {"birth_date": date(2006, 3, 10)},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="18th-birthday-on-permit-date",
        ),
        pytest.param(
            {"birth_date": date(2006, 3, 11)}, AS_OF, Category.NOT_ELIGIBLE, id="17-on-permit-date"
        ),
        pytest.param(
            {"birth_date": date(1968, 3, 11)}, AS_OF, Category.RIGHT_AND_DUTY, id="last-day-of-55"
        ),
        pytest.param(
            {"birth_date": date(1968, 3, 10)},
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="56th-birthday-on-permit-date",
        ),
        pytest.param(
            {
                "birth_date": date(2004, 2, 29),
                "permit_date": date(2022, 2, 28),
                "settlement_date": date(2022, 6, 1),
            },
            date(2022, 8, 1),
            Category.NOT_ELIGIBLE,
            id="leap-born-permit-28-feb-is-17",
        ),
        pytest.param(
            {
                "birth_date": date(2004, 2, 29),
                "permit_date": date(2022, 3, 1),
                "settlement_date": date(2022, 6, 1),
            },
            date(2022, 8, 1),
            Category.RIGHT_AND_DUTY,
            id="leap-born-permit-1-march-is-18",
        ),
        # The 2025 amendment: 58 at the permit date, decision either side of 1.1.2026.
        pytest.param(
            {"birth_date": date(1966, 1, 15), "decision_date": date(2025, 12, 31)},
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="58-decided-31-12-2025",
        ),
        pytest.param(
            {"birth_date": date(1966, 1, 15), "decision_date": date(2026, 1, 1)},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="58-decided-1-1-2026",
        ),
        pytest.param(
            {"birth_date": date(1963, 3, 11), "decision_date": date(2026, 1, 1)},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="last-day-of-60",
        ),
        pytest.param(
            {"birth_date": date(1963, 3, 10), "decision_date": date(2026, 1, 1)},
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="61st-birthday-on-permit-date",
        ),
        # Settlement by agreement (not needed for family immigration and independent permits).
        pytest.param(
            {"settled_by_agreement": False},
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="refugee-without-agreement",
        ),
        pytest.param(
            {"settled_by_agreement": False, "permit_type": PermitType.FAMILY_IMMIGRATION},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="family-without-agreement",
        ),
        pytest.param(
            {"settled_by_agreement": False, "permit_type": PermitType.INDEPENDENT},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="independent-without-agreement",
        ),
        pytest.param(
            {
                "permit_type": PermitType.FAMILY_IMMIGRATION,
                "sponsor_settled_under_five_years": False,
            },
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="family-sponsor-5-years",
        ),
        pytest.param(
            {
                "permit_type": PermitType.FAMILY_IMMIGRATION,
                "sponsor_settled_under_five_years": True,
            },
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="family-sponsor-under-5-years",
        ),
        # Chapter 6A: right, not duty.
        pytest.param(
            {"permit_type": PermitType.COLLECTIVE_PROTECTION, "regime": Regime.CHAPTER_6A},
            AS_OF,
            Category.RIGHT_ONLY,
            id="chapter-6a",
        ),
        pytest.param(
            {
                "permit_type": PermitType.COLLECTIVE_PROTECTION,
                "regime": Regime.CHAPTER_6A,
                "settled_by_agreement": False,
            },
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="chapter-6a-without-agreement",
        ),
        # Permits outside the scheme.
        pytest.param({"permit_type": PermitType.EEA}, AS_OF, Category.NOT_ELIGIBLE, id="eea"),
        pytest.param({"permit_type": PermitType.LABOUR}, AS_OF, Category.NOT_ELIGIBLE, id="labour"),
        pytest.param(
            {"permit_type": PermitType.STUDENT}, AS_OF, Category.NOT_ELIGIBLE, id="student"
        ),
        pytest.param(
            {"permit_type": PermitType.LABOUR_FAMILY},
            AS_OF,
            Category.MAY_BE_OFFERED,
            id="family-of-others",
        ),
        # Less than 2 years in the municipality at the decision (settled 1.6.2024).
        pytest.param(
            {"decision_date": date(2026, 5, 31)},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="decision-last-day-under-2-years",
        ),
        pytest.param(
            {"decision_date": date(2026, 6, 1)},
            AS_OF,
            Category.NOT_ELIGIBLE,
            id="decision-on-2nd-anniversary",
        ),
        pytest.param(
            {}, date(2026, 5, 31), Category.RIGHT_AND_DUTY, id="as-of-last-day-under-2-years"
        ),
        pytest.param({}, date(2026, 6, 1), Category.NOT_ELIGIBLE, id="as-of-2nd-anniversary"),
        pytest.param(
            {"settlement_date": date(2024, 2, 29), "decision_date": date(2026, 2, 27)},
            AS_OF,
            Category.RIGHT_AND_DUTY,
            id="settled-leap-day-27-feb",
        ),
        pytest.param(
            {"settlement_date": date(2024, 2, 29), "decision_date": date(2026, 2, 28)},
            AS_OF,
            Category.NOT_ELIGIBLE,
            id="settled-leap-day-28-feb",
        ),
        pytest.param(
            {"settlement_date": None}, AS_OF, Category.RIGHT_AND_DUTY, id="not-yet-settled"
        ),
        # The most restrictive outcome wins.
        pytest.param(
            {"birth_date": date(1960, 1, 1), "decision_date": date(2026, 6, 1)},
            AS_OF,
            Category.NOT_ELIGIBLE,
            id="over-age-and-too-late",
        ),
        pytest.param(
            {
                "regime": Regime.INTRODUCTION_ACT,
                "permit_date": date(2020, 6, 1),
                "settlement_date": date(2020, 9, 1),
            },
            date(2020, 10, 1),
            Category.RIGHT_AND_DUTY,
            id="legacy-act",
        ),
    ],
)
def test_category(changes: dict[str, object], as_of: date, expected: Category) -> None:
    assert assess(replace(BASE, **changes), as_of) is expected


def test_every_reason_is_readable_and_cites_the_law() -> None:
    facts = replace(
        BASE,
        permit_type=PermitType.FAMILY_IMMIGRATION,
        regime=Regime.CHAPTER_6A,
        birth_date=date(1960, 1, 1),
    )
    result = assess_eligibility(facts, as_of=AS_OF, **tables())
    assert result.reasons
    for reason in result.reasons:
        assert "integreringsloven" in reason.text, reason.text
    checks = {r.check for r in result.reasons}
    assert {
        Check.PERMIT,
        Check.AGE,
        Check.SPONSOR,
        Check.AGREEMENT,
        Check.TIME_IN_MUNICIPALITY,
    } <= checks
    assert Check.REGIME in checks  # family immigration under 6A is flagged as a mismatch


def test_age_reason_names_the_rule_row_and_flags_unconfirmed_limit() -> None:
    before = assess_eligibility(
        replace(BASE, decision_date=date(2025, 12, 31)), as_of=AS_OF, **tables()
    )
    after = assess_eligibility(
        replace(BASE, decision_date=date(2026, 1, 1)), as_of=AS_OF, **tables()
    )
    age_before = next(r for r in before.reasons if r.check is Check.AGE)
    age_after = next(r for r in after.reasons if r.check is Check.AGE)
    assert "18–55" in age_before.text
    assert "ikke bekreftet" not in age_before.text
    assert "18–60" in age_after.text
    assert "ikke bekreftet" in age_after.text
    assert after.age_limit_row.unconfirmed
    assert before.age_at_permit == 33


def test_two_answers_are_equal_when_their_reasons_read_the_same() -> None:
    # The reasons are written when read (issue 18); comparing answers still compares them.
    first = assess_eligibility(BASE, as_of=AS_OF, **tables())
    assert first == assess_eligibility(BASE, as_of=AS_OF, **tables())
    later = assess_eligibility(BASE, as_of=date(2024, 9, 1), **tables())
    assert later.category == first.category
    assert [r.check for r in later.reasons] == [r.check for r in first.reasons]
    assert later != first  # the time in the municipality is counted to another day


def test_reference_date_is_the_decision_when_known() -> None:
    decided = replace(BASE, decision_date=date(2024, 9, 1))
    assert assess_eligibility(decided, as_of=AS_OF, **tables()).reference_date == date(2024, 9, 1)
    assert assess_eligibility(BASE, as_of=AS_OF, **tables()).reference_date == AS_OF


# Chapter 6A applies until 30 June 2026 (table chapter_6a: IMDi, "gjelder til 1. juli 2026";
# domain brief Review of 2026-12); after it the category comes from the ordinary rules.
UKRAINIAN = replace(
    BASE,
    permit_type=PermitType.COLLECTIVE_PROTECTION,
    regime=Regime.CHAPTER_6A,
    permit_date=date(2025, 9, 1),
    settlement_date=date(2025, 11, 1),
)


@pytest.mark.parametrize(
    ("decided", "expected"),
    [
        pytest.param(date(2026, 6, 30), Category.RIGHT_ONLY, id="last-day-of-6a"),
        pytest.param(date(2026, 7, 1), Category.RIGHT_AND_DUTY, id="first-day-after-6a"),
    ],
)
def test_chapter_6a_gives_right_only_until_its_end_date(decided: date, expected: Category) -> None:
    result = assess_eligibility(replace(UKRAINIAN, decision_date=decided), as_of=AS_OF, **tables())
    assert result.category is expected
    texts = " ".join(result.texts())
    assert ("ordinære reglene" in texts) is (expected is Category.RIGHT_AND_DUTY)
    if expected is Category.RIGHT_AND_DUTY:
        assert "gjaldt til 30.06.2026" in texts


# The two-year window counts from the first settlement in a Norwegian municipality (IMDi's
# target-group page; domain brief Review of 2026-12), defaulting to the settlement here.
MOVED = replace(BASE, first_settlement_date=date(2023, 1, 10), settlement_date=date(2024, 6, 1))


@pytest.mark.parametrize(
    ("facts", "decided", "expected"),
    [
        pytest.param(MOVED, date(2025, 1, 9), Category.RIGHT_AND_DUTY, id="first-last-day"),
        pytest.param(MOVED, date(2025, 1, 10), Category.NOT_ELIGIBLE, id="first-2nd-anniversary"),
        # Without a first settlement recorded, the settlement here counts (1.6.2024).
        pytest.param(BASE, date(2026, 5, 31), Category.RIGHT_AND_DUTY, id="default-last-day"),
        pytest.param(BASE, date(2026, 6, 1), Category.NOT_ELIGIBLE, id="default-anniversary"),
    ],
)
def test_the_two_year_window_counts_from_the_first_settlement_in_norway(
    facts: ParticipantFacts, decided: date, expected: Category
) -> None:
    assert assess(replace(facts, decision_date=decided)) is expected
