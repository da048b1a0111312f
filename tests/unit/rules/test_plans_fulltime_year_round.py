"""Full time per ISO week and year-round programme (brief §2.1, §2.3).

Hours are counted hours. The baseline plan has 7.5 counted hours Monday-Friday (Norwegian 3 +
work practice 4.5) plus the mandatory courses, so every week is full time.
"""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from introdesk.domain.codes import CefrLevel, EducationLevel, Regime
from introdesk.domain.plans import (
    DateRange,
    EndGoal,
    EndGoalType,
    NorwegianGoal,
    Plan,
    PlanElement,
    WeekHours,
)
from introdesk.rules.plan_calendar import weekly_hours
from introdesk.rules.plan_context import PlanContext, PlanTables, load_plan_tables
from introdesk.rules.plan_validation import validate_plan

CONTEXT = PlanContext(Regime.INTEGRATION_ACT, age_at_start=30, education=EducationLevel.PRIMARY)


def element(code: str, start: date, end: date, hours: WeekHours) -> PlanElement:
    return PlanElement(code, start, end, hours)


def plan(start: date, end: date, daily: str = "7.5", *extra: PlanElement) -> Plan:
    """Norwegian 3 h + work practice (daily - 3) h Mon-Fri, with the mandatory courses."""
    week = timedelta(weeks=1)
    elements = (
        element("norwegian", start, end, WeekHours.weekdays(3)),
        element("work_practice", start, end, WeekHours.weekdays(Decimal(daily) - 3)),
        element("social_studies", start, start + 15 * week, WeekHours(tue=Decimal(5))),
        element("life_skills_health", start, start + 5 * week, WeekHours(thu=Decimal(2))),
        element(
            "life_skills_career", start + 5 * week, start + 10 * week, WeekHours(thu=Decimal(3))
        ),
        *extra,
    )
    return Plan(
        start,
        end,
        EndGoal(EndGoalType.WORK, "Fast jobb i barnehage"),
        NorwegianGoal.uniform(CefrLevel.B1),
        elements,
    )


@pytest.fixture
def tables() -> PlanTables:
    return load_plan_tables()


def ids(plan_: Plan, tables: PlanTables, context: PlanContext = CONTEXT) -> list[str]:
    return [f.rule_id for f in validate_plan(plan_, context, tables)]


SPRING = (date(2026, 1, 5), date(2026, 7, 3))
SCHOOL_YEAR = (date(2025, 8, 4), date(2026, 6, 26))  # across Christmas 2025 and Easter 2026


@pytest.mark.parametrize("period", [SPRING, SCHOOL_YEAR], ids=["spring-2026", "school-year"])
def test_baseline_plan_has_no_findings(period: tuple[date, date], tables: PlanTables) -> None:
    assert validate_plan(plan(*period), CONTEXT, tables) == []


@pytest.mark.parametrize(
    ("daily", "extra_code", "expect_error"),
    [
        pytest.param("6", None, True, id="30h-no-self-study-error"),
        pytest.param("6", "upper_secondary", False, id="30h-with-upper-secondary-ok"),
        pytest.param("6", "fov", False, id="30h-with-fov-ok"),
        pytest.param("6", "language_practice", True, id="30h-language-practice-error"),
        pytest.param("7.4", None, True, id="37h-error"),
        pytest.param("7.5", None, False, id="37.5h-ok"),
    ],
)
def test_full_time_threshold(
    daily: str, extra_code: str | None, expect_error: bool, tables: PlanTables
) -> None:
    start, end = SPRING
    # the extra element has only half an hour on Saturdays, so what matters is whether it
    # demands self-study; the base plan carries the weekday hours.
    extra = (
        ()
        if extra_code is None
        else (element(extra_code, start, end, WeekHours(sat=Decimal("0.5"))),)
    )
    base = plan(start, end, daily, *extra)
    # strip the mandatory courses' hours out of the count by making every week exactly daily×5
    base = replace(base, elements=base.elements[:2] + tuple(base.elements[5:]))
    assert ("FULLTIME_WEEK" in ids(base, tables)) is expect_error


def test_full_time_error_lists_weeks_and_figures(tables: PlanTables) -> None:
    start, end = SPRING
    short = plan(start, end, "6")
    short = replace(short, elements=short.elements[:2])
    findings = validate_plan(short, CONTEXT, tables)
    (finding,) = [f for f in findings if f.rule_id == "FULLTIME_WEEK" and "2026-W02" in f.weeks]
    # 2026-W02 (5 working days): 30 counted < 37.5 required; Easter W14 (3 days) 18 < 22.5
    assert "2026-W14" not in finding.weeks
    assert "30 timer planlagt, minst 37,5" in finding.message_nb


@pytest.mark.parametrize(
    ("start", "week", "required"),
    [
        # starts Wednesday 7 Jan 2026: 3 working days in W02 -> 37.5 x 3/5 = 22.5
        pytest.param(date(2026, 1, 7), "2026-W02", Decimal("22.5"), id="first-week-3-days"),
        # Easter 2026: Thu 2 and Fri 3 April are holidays -> W14 has 3 working days
        pytest.param(date(2026, 1, 5), "2026-W14", Decimal("22.5"), id="easter-week"),
        # Ascension Thu 14 May -> W20 has 4 working days -> 30
        pytest.param(date(2026, 1, 5), "2026-W20", Decimal("30"), id="ascension-week"),
    ],
)
def test_partial_weeks_are_pro_rated(
    start: date, week: str, required: Decimal, tables: PlanTables
) -> None:
    from introdesk.rules.fulltime import week_requirements
    from introdesk.rules.plan_calendar import PlanCalendar

    calendar = PlanCalendar.of(plan(start, date(2026, 7, 3)), tables.catalogue)
    by_week = {r.week: r for r in week_requirements(calendar, tables.fulltime)}
    assert by_week[week].required == required
    assert by_week[week].counted >= required


def test_weekly_hours_skip_public_holidays() -> None:
    start, end = date(2025, 12, 22), date(2026, 1, 9)
    one = Plan(start, end, None, None, (element("norwegian", start, end, WeekHours.weekdays(7)),))
    # W52: 22-26 Dec, 25 and 26 are holidays -> 3 days x 7; W01: 1 Jan holiday -> 4 x 7
    assert weekly_hours(one) == {
        "2025-W52": Decimal(21),
        "2026-W01": Decimal(28),
        "2026-W02": Decimal(35),
    }


def test_approved_leave_extends_period_and_is_neutral(tables: PlanTables) -> None:
    start, end = SPRING
    leave = DateRange(date(2026, 3, 2), date(2026, 3, 13))  # 12 calendar days
    base = replace(plan(start, end), approved_leave=(leave,))
    assert base.end_with_leave == date(2026, 7, 15)
    hours = weekly_hours(base, tables.catalogue)
    assert hours["2026-W10"] == hours["2026-W11"] == 0
    # the elements end 3 July, so the 12 added days are gaps, but the leave weeks are not
    found = {f.rule_id: f for f in validate_plan(base, CONTEXT, tables)}
    assert "2026-W10" not in found["YEAR_ROUND_GAP"].weeks
    assert set(found["YEAR_ROUND_GAP"].weeks) == {"2026-W28", "2026-W29"}


def test_christmas_and_easter_give_no_false_gap(tables: PlanTables) -> None:
    rule_ids = ids(plan(*SCHOOL_YEAR), tables)
    assert "YEAR_ROUND_GAP" not in rule_ids
    assert "FULLTIME_WEEK" not in rule_ids


def _christmas_break(with_vacation: bool) -> Plan:
    start, end = SCHOOL_YEAR
    before, after = date(2025, 12, 19), date(2026, 1, 5)
    base = plan(start, end)
    norwegian, work = base.elements[:2]
    split = (
        replace(norwegian, end=before),
        replace(norwegian, start=after),
        replace(work, end=before),
        replace(work, start=after),
    )
    vacation = (element("vacation", date(2025, 12, 20), date(2026, 1, 4), WeekHours()),)
    return replace(base, elements=split + base.elements[2:] + (vacation if with_vacation else ()))


def test_christmas_break_marked_as_holiday_is_fine(tables: PlanTables) -> None:
    assert validate_plan(_christmas_break(with_vacation=True), CONTEXT, tables) == []


def test_unmarked_christmas_break_is_a_gap_and_not_full_time(tables: PlanTables) -> None:
    findings = validate_plan(_christmas_break(with_vacation=False), CONTEXT, tables)
    (gap,) = [f for f in findings if f.rule_id == "YEAR_ROUND_GAP"]
    # unmarked days are working days, so those weeks also fall short of full time
    shortfall_weeks = {w for f in findings if f.rule_id == "FULLTIME_WEEK" for w in f.weeks}
    assert shortfall_weeks == {"2025-W52", "2026-W01"}
    assert {f.rule_id for f in findings} == {"YEAR_ROUND_GAP", "FULLTIME_WEEK"}
    assert gap.rule_id == "YEAR_ROUND_GAP"
    assert gap.severity == "warning"
    # 22, 23, 24, 29, 30, 31 Dec and 2 Jan; 25, 26 Dec and 1 Jan are public holidays
    assert [d.isoformat() for d in gap.dates] == [
        "2025-12-22", "2025-12-23", "2025-12-24", "2025-12-29", "2025-12-30",
        "2025-12-31", "2026-01-02",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("weeks_off", "expect_excess"),
    [
        pytest.param(5, False, id="5-weeks-holiday-ok"),
        pytest.param(6, True, id="6-weeks-holiday-too-much"),
    ],
)
def test_holiday_allowance_per_year(
    weeks_off: int, expect_excess: bool, tables: PlanTables
) -> None:
    start, end = date(2026, 1, 5), date(2026, 12, 18)
    base = plan(start, end)
    summer = date(2026, 6, 29)  # Monday, no public holidays in July/August
    vacation = DateRange(summer, summer + timedelta(weeks=weeks_off, days=-3))
    norwegian, work = base.elements[:2]
    split = tuple(
        part
        for original in (norwegian, work)
        for part in (
            replace(original, end=vacation.start - timedelta(days=1)),
            replace(original, start=vacation.end + timedelta(days=3)),
        )
    )
    holiday = element("vacation", vacation.start, vacation.end, WeekHours())
    rebuilt = replace(base, elements=(*split, *base.elements[2:], holiday))
    rule_ids = ids(rebuilt, tables)
    assert ("YEAR_ROUND_HOLIDAY_EXCESS" in rule_ids) is expect_excess
    assert "FULLTIME_WEEK" not in rule_ids


extra_hours = st.builds(
    WeekHours,
    *[st.decimals(min_value=0, max_value=10, places=1) for _ in range(7)],
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    hours=extra_hours,
    code=st.sampled_from(["norwegian", "work_practice", "paid_work", "other", "fov"]),
    offset=st.integers(min_value=0, max_value=150),
    length=st.integers(min_value=0, max_value=60),
)
def test_adding_hours_never_creates_a_full_time_finding(
    hours: WeekHours, code: str, offset: int, length: int, tables: PlanTables
) -> None:
    start, end = SPRING
    first = min(start + timedelta(days=offset), end)
    added = element(code, first, min(first + timedelta(days=length), end), hours)
    assert "FULLTIME_WEEK" not in ids(plan(start, end, "7.5", added), tables)
