"""Monthly introduction benefit, figures worked by hand from brief §3.1–§3.3.

G: 130 160 kr from 1.5.2025, 136 549 kr from 1.5.2026 (brief §3.2). Annual full rate 2 G:
260 320 (April 2026) and 273 098 (May 2026). Monthly = annual / 12; daily = monthly / 30;
hourly deduction = annual / 1 850; each line rounded to øre, half up.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from introdesk.domain.attendance import (
    AttendanceEntry,
    BenefitInput,
    BenefitLineKind,
    OtherBenefit,
)
from introdesk.domain.codes import Regime
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables

INTEGRATION = Regime.INTEGRATION_ACT
ADULT = date(1990, 6, 15)  # well over 25 in every month tested
UNDER_25 = date(2004, 6, 15)  # 21–22 in 2026


def month_input(
    month: date,
    *,
    birth: date = ADULT,
    with_parents: bool = False,
    regime: Regime = INTEGRATION,
    start: date = date(2025, 1, 6),
    end: date | None = None,
    entries: tuple[AttendanceEntry, ...] = (),
    other: tuple[OtherBenefit, ...] = (),
    missing: tuple[date, ...] = (),
) -> BenefitInput:
    return BenefitInput(
        participant_id=7,
        month=month,
        birth_date=birth,
        lives_with_parents=with_parents,
        regime=regime,
        programme_start=start,
        programme_end=end,
        entries=entries,
        other_benefits=other,
        missing_registration_days=missing,
    )


def absence(day: date, minutes: int, code: str = "invalid") -> AttendanceEntry:
    return AttendanceEntry(7, day, "NOR", minutes, 0, code, minutes)


def compute(inp: BenefitInput):  # type: ignore[no-untyped-def]
    return compute_benefit(inp, load_benefit_tables(), load_absence_codes())


@pytest.mark.parametrize(
    ("inp", "gross"),
    [
        # 273 098 / 12 = 22 758,1666… → 22 758,17 (brief §3.2 table)
        (month_input(date(2026, 5, 1)), "22758.17"),
        # 260 320 / 12 = 21 693,333… → 21 693,33
        (month_input(date(2026, 4, 1)), "21693.33"),
        # a full February is a full month: 30 counted days, not 28
        (month_input(date(2026, 2, 1)), "21693.33"),
        # 237 240 / 12 = 19 770,00 (G 118 620 from 1.5.2023)
        (month_input(date(2023, 6, 1), start=date(2023, 1, 2)), "19770.00"),
        # under 25, integreringsloven, not with parents: 2/3 × 273 098 / 12 = 15 172,111 → 15 172,11
        (month_input(date(2026, 5, 1), birth=UNDER_25), "15172.11"),
        # under 25, with parents: 1/3 × 273 098 / 12 = 7 586,0555 → 7 586,06
        (month_input(date(2026, 5, 1), birth=UNDER_25, with_parents=True), "7586.06"),
        # old act: 2/3 for everyone under 25, with parents or not
        (
            month_input(
                date(2026, 5, 1),
                birth=UNDER_25,
                with_parents=True,
                regime=Regime.INTRODUCTION_ACT,
            ),
            "15172.11",
        ),
        # chapter 6A follows integreringsloven (assumption recorded in the table)
        (
            month_input(
                date(2026, 5, 1), birth=UNDER_25, with_parents=True, regime=Regime.CHAPTER_6A
            ),
            "7586.06",
        ),
    ],
    ids=[
        "may-2026-full",
        "april-2026-full",
        "february-full-is-30-days",
        "june-2023-full",
        "under25-alone",
        "under25-with-parents",
        "old-act-under25-with-parents",
        "chapter6a-under25-with-parents",
    ],
)
def test_full_month_without_absence(inp: BenefitInput, gross: str) -> None:
    result = compute(inp)
    assert result.gross == Decimal(gross)
    assert result.net == Decimal(gross)
    assert [line.kind for line in result.lines] == [BenefitLineKind.BASE]
    assert result.lines[0].days == 30
    assert not result.decision_required
    assert not result.has_missing_registrations


@pytest.mark.parametrize(
    ("start", "end", "month", "days", "gross"),
    [
        # 12.–31. May: 20 days × 273 098 / 360 = 15 172,11
        (date(2026, 5, 12), None, date(2026, 5, 1), 20, "15172.11"),
        # from 2 May: 30 calendar days, counted as 30 → a full month's amount
        (date(2026, 5, 2), None, date(2026, 5, 1), 30, "22758.17"),
        # 15.–28. February: 14 days × 260 320 / 360 = 10 123,555… → 10 123,56
        (date(2026, 2, 15), None, date(2026, 2, 1), 14, "10123.56"),
        # ends 10 June: 10 days × 273 098 / 360 = 7 586,0555… → 7 586,06
        (date(2025, 1, 6), date(2026, 6, 10), date(2026, 6, 1), 10, "7586.06"),
        # starts the day after the month: nothing due
        (date(2026, 6, 1), None, date(2026, 5, 1), None, "0.00"),
    ],
    ids=["starts-12th", "starts-2nd-of-31", "starts-mid-february", "ends-10th", "not-started"],
)
def test_partial_months_count_calendar_days(
    start: date, end: date | None, month: date, days: int | None, gross: str
) -> None:
    result = compute(month_input(month, start=start, end=end))
    assert result.gross == Decimal(gross)
    assert [line.days for line in result.lines] == ([days] if days else [])


@pytest.mark.parametrize(
    ("birth", "with_parents", "month", "parts"),
    [
        # 25 on 20 March 2026, living with parents. 1.–19.: 19 days × 86 773,33/360 = 4 579,70;
        # 20.–31.: 12 calendar days, the last part absorbs 31 → 30: 11 × 260 320/360 = 7 954,22
        (
            date(2001, 3, 20),
            True,
            date(2026, 3, 1),
            [(19, "4579.70"), (11, "7954.22")],
        ),
        # 25 on 15 February 2026, not with parents. 1.–14.: 14 × 173 546,67/360 = 6 749,04;
        # 15.–28.: 14 calendar days, last part takes 28 → 30: 16 × 260 320/360 = 11 569,78
        (
            date(2001, 2, 15),
            False,
            date(2026, 2, 1),
            [(14, "6749.04"), (16, "11569.78")],
        ),
        # 25 on the 1st: full rate for the whole month, one line
        (date(2001, 5, 1), True, date(2026, 5, 1), [(30, "22758.17")]),
        # born 29 February 2000: still 24 all of February 2025 (G 124 028):
        # 1/3 × 248 056 / 12 = 6 890,444 → 6 890,44 ...
        (date(2000, 2, 29), True, date(2025, 2, 1), [(30, "6890.44")]),
        # ... and 25 from 1 March 2025: 248 056 / 12 = 20 671,333 → 20 671,33
        (date(2000, 2, 29), True, date(2025, 3, 1), [(30, "20671.33")]),
    ],
    ids=[
        "birthday-20-march",
        "birthday-15-february",
        "birthday-on-1st",
        "born-29-february-still-24",
        "born-29-february-25-on-1-march",
    ],
)
def test_25th_birthday_switches_rate_mid_month(
    birth: date, with_parents: bool, month: date, parts: list[tuple[int, str]]
) -> None:
    result = compute(month_input(month, birth=birth, with_parents=with_parents, start=month))
    assert [(line.days, line.amount) for line in result.lines] == [
        (days, Decimal(amount)) for days, amount in parts
    ]
    assert result.gross == sum(Decimal(amount) for _, amount in parts)


def test_split_month_explains_the_adjusted_last_part() -> None:
    # 25 on 20 March 2026 (31 days, every day in the programme): 19 days under 25, then 12
    # days at the full rate counted as 11 so the month is 30 days; each text says so.
    result = compute(month_input(date(2026, 3, 1), birth=date(2001, 3, 20), start=date(2026, 3, 1)))
    first, last = result.lines
    assert "hel måned regnes som 30 dager)" in first.explanation
    assert "justert" not in first.explanation
    assert last.explanation.endswith(
        "(hel måned regnes som 30 dager; siste del av måneden justert fra 12 til 11 dager)."
    )
    assert "siste del av månaden justert frå 12 til 11 dagar" in last.explanation_nn
    assert "last part of the month adjusted from 12 to 11 days" in last.explanation_en
    assert (first.days, last.days) == (19, 11)


@pytest.mark.parametrize(
    ("month", "entries", "deduction"),
    [
        # brief §3.3 example: 6 h × 273 098 / 1 850 = 885,72
        (date(2026, 5, 1), (absence(date(2026, 5, 4), 360),), "885.72"),
        # April 2026 still uses G 130 160: 6 h × 260 320 / 1 850 = 844,281 → 844,28
        (date(2026, 4, 1), (absence(date(2026, 4, 14), 360),), "844.28"),
        # 7,5 h × 273 098 / 1 850 = 1 107,154 → 1 107,15
        (date(2026, 5, 1), (absence(date(2026, 5, 5), 450),), "1107.15"),
        # two elements the same day are one line: 4 h + 2 h = 6 h
        (
            date(2026, 5, 1),
            (absence(date(2026, 5, 4), 240), absence(date(2026, 5, 4), 120)),
            "885.72",
        ),
        # unpaid leave is deducted the same way
        (date(2026, 5, 1), (absence(date(2026, 5, 6), 450, "unpaid_leave"),), "1107.15"),
        (date(2026, 5, 1), (absence(date(2026, 5, 6), 450, "long_term_illness"),), "1107.15"),
        # paid absence is not deducted
        (date(2026, 5, 1), (absence(date(2026, 5, 6), 450, "holiday"),), "0.00"),
        (date(2026, 5, 1), (absence(date(2026, 5, 6), 450, "sick_child"),), "0.00"),
    ],
    ids=[
        "6h-may-2026",
        "6h-april-2026",
        "7.5h-may-2026",
        "split-over-elements",
        "unpaid-leave",
        "long-term-illness",
        "holiday-paid",
        "sick-child-paid",
    ],
)
def test_absence_deductions_at_the_rate_of_the_day(
    month: date, entries: tuple[AttendanceEntry, ...], deduction: str
) -> None:
    result = compute(month_input(month, entries=entries))
    assert result.total_deductions == Decimal(deduction)
    assert result.net == result.gross - Decimal(deduction)
    assert len(result.deductions) == (1 if Decimal(deduction) else 0)


@pytest.mark.parametrize(
    ("day", "deduction"),
    [
        # still 24 on 19 March 2026, living with parents: 6 h × 86 773,33 / 1 850 = 281,43
        (date(2026, 3, 19), "281.43"),
        # 25 on 20 March: full rate, 6 h × 260 320 / 1 850 = 844,28
        (date(2026, 3, 20), "844.28"),
    ],
    ids=["day-before-25th-birthday", "on-25th-birthday"],
)
def test_deduction_uses_age_on_the_day(day: date, deduction: str) -> None:
    inp = month_input(
        date(2026, 3, 1), birth=date(2001, 3, 20), with_parents=True, entries=(absence(day, 360),)
    )
    assert compute(inp).total_deductions == Decimal(deduction)


def test_deduction_line_is_explained() -> None:
    result = compute(month_input(date(2026, 5, 1), entries=(absence(date(2026, 5, 4), 360),)))
    (line,) = result.deductions
    assert (line.start, line.hours, line.rate, line.code) == (
        date(2026, 5, 4),
        Decimal("6.00"),
        Decimal("147.62"),  # 273 098 / 1 850, brief §3.2 table
        "invalid",
    )
    assert "6 t" in line.explanation
    assert "885,72 kr" in line.explanation
    assert "1 850" in line.explanation


@pytest.mark.parametrize(
    ("other", "net", "unrecovered"),
    [
        ((OtherBenefit("dagpenger", Decimal("5000")),), "17758.17", "0.00"),
        (
            (OtherBenefit("dagpenger", Decimal("1000.5")), OtherBenefit("aap", Decimal("99"))),
            "21658.67",
            "0.00",
        ),
        # more than the month: net 0, the rest reported as not recovered
        ((OtherBenefit("sykepenger", Decimal("30000")),), "0.00", "7241.83"),
    ],
    ids=["one-benefit", "two-benefits", "exceeds-month"],
)
def test_other_benefits_reduce_krone_for_krone(
    other: tuple[OtherBenefit, ...], net: str, unrecovered: str
) -> None:
    result = compute(month_input(date(2026, 5, 1), other=other))
    assert result.net == Decimal(net)
    assert result.unrecovered == Decimal(unrecovered)
    assert sum(line.amount for line in result.lines) == result.net


def test_missing_registrations_are_paid_but_flagged() -> None:
    unregistered = AttendanceEntry(7, date(2026, 5, 6), "NOR", 450, 0)
    half = AttendanceEntry(7, date(2026, 5, 7), "NOR", 450, 200)
    result = compute(
        month_input(date(2026, 5, 1), entries=(unregistered, half), missing=(date(2026, 5, 8),))
    )
    assert result.net == Decimal("22758.17")
    assert result.missing_registration_days == (
        date(2026, 5, 6),
        date(2026, 5, 7),
        date(2026, 5, 8),
    )


def test_unconfirmed_divisors_are_reported() -> None:
    result = compute(month_input(date(2026, 5, 1)))
    assert set(result.unconfirmed_tables) == {"benefit_daily_divisor", "benefit_hourly_divisor"}


@pytest.mark.parametrize(
    "entry",
    [
        AttendanceEntry(8, date(2026, 5, 4), "NOR", 450, 450),
        AttendanceEntry(7, date(2026, 6, 1), "NOR", 450, 450),
    ],
    ids=["other-participant", "other-month"],
)
def test_entries_must_belong_to_the_month(entry: AttendanceEntry) -> None:
    with pytest.raises(ValueError, match="entry"):
        compute(month_input(date(2026, 5, 1), entries=(entry,)))
