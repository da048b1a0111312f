"""Mandatory content (brief §2.2), durations (§1.4), goals (§1.4, §4.2), element checks and
the § 14 a work-oriented warning."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from introdesk.domain.codes import CefrLevel, EducationLevel, Regime, SubSkill
from introdesk.domain.plans import (
    DateRange,
    DurationGroup,
    EndGoal,
    EndGoalType,
    NorwegianGoal,
    Plan,
    PlanElement,
    WeekHours,
)
from introdesk.rules.durations import allowed_end_date
from introdesk.rules.plan_context import PlanContext, PlanTables, load_plan_tables
from introdesk.rules.plan_goals import RecommendedGoals
from introdesk.rules.plan_validation import plan_allowed_end_date, validate_plan
from introdesk.rules.tables import table_from_dict

START, END = date(2026, 1, 5), date(2026, 7, 3)
ADULT = PlanContext(Regime.INTEGRATION_ACT, age_at_start=30, education=EducationLevel.PRIMARY)
WEEK = timedelta(weeks=1)


def element(code: str, start: date, end: date, hours: WeekHours) -> PlanElement:
    return PlanElement(code, start, end, hours)


def plan(*extra: PlanElement, drop: tuple[str, ...] = (), end: date = END) -> Plan:
    """Full-time plan: Norwegian 3 h + work practice 4.5 h Mon-Fri, plus mandatory courses."""
    elements = [
        element("norwegian", START, end, WeekHours.weekdays(3)),
        element("work_practice", START, end, WeekHours.weekdays("4.5")),
        element("social_studies", START, START + 15 * WEEK, WeekHours(tue=Decimal(5))),
        element("life_skills_health", START, START + 5 * WEEK, WeekHours(thu=Decimal(2))),
        element(
            "life_skills_career", START + 5 * WEEK, START + 10 * WEEK, WeekHours(thu=Decimal(3))
        ),
        *extra,
    ]
    return Plan(
        START,
        end,
        EndGoal(EndGoalType.WORK, "Jobb som helsefagarbeider"),
        NorwegianGoal.uniform(CefrLevel.B1),
        tuple(e for e in elements if e.code not in drop),
    )


@pytest.fixture
def tables() -> PlanTables:
    return load_plan_tables()


def rule_ids(p: Plan, tables: PlanTables, context: PlanContext = ADULT) -> set[str]:
    return {f.rule_id for f in validate_plan(p, context, tables)}


# --- mandatory content -------------------------------------------------------------------

GUIDANCE_8 = element("parental_guidance", START, START + 8 * WEEK, WeekHours(wed=Decimal(2)))
GUIDANCE_4 = element("parental_guidance", START, START + 4 * WEEK, WeekHours(wed=Decimal(2)))
GUIDANCE_1 = element("parental_guidance", START, START + 1 * WEEK, WeekHours(wed=Decimal(2)))
INDIVIDUAL_5 = element(
    "parental_guidance_individual", START, START + 5 * WEEK, WeekHours(fri=Decimal(1))
)


@pytest.mark.parametrize(
    ("p", "context", "expected"),
    [
        pytest.param(plan(), ADULT, set(), id="complete"),
        pytest.param(
            plan(drop=("life_skills_health", "life_skills_career")),
            ADULT,
            {"MANDATORY_LIFE_SKILLS_HEALTH", "MANDATORY_LIFE_SKILLS_CAREER"},
            id="missing-livsmestring",
        ),
        pytest.param(
            plan(drop=("life_skills_career",)),
            ADULT,
            {"MANDATORY_LIFE_SKILLS_CAREER"},
            id="missing-career-part",
        ),
        pytest.param(
            plan(drop=("life_skills_health", "life_skills_career")),
            replace(ADULT, regime=Regime.CHAPTER_6A),
            set(),
            id="6a-no-livsmestring-needed",
        ),
        pytest.param(
            plan(),
            replace(ADULT, children_under_18=1),
            {"MANDATORY_PARENTAL_GUIDANCE"},
            id="parent-of-6-year-old-without-guidance",
        ),
        # Mandatory also for a participant expecting a child (issue 14; domain brief Review of
        # 2026-12; table plan_mandatory_content, required_when_expecting_child).
        pytest.param(
            plan(),
            replace(ADULT, expecting_child=True),
            {"MANDATORY_PARENTAL_GUIDANCE"},
            id="expecting-a-child-without-guidance",
        ),
        pytest.param(
            plan(GUIDANCE_8), replace(ADULT, expecting_child=True), set(), id="expecting-8-meetings"
        ),
        pytest.param(
            plan(GUIDANCE_8), replace(ADULT, children_under_18=1), set(), id="8-group-meetings"
        ),
        pytest.param(
            plan(INDIVIDUAL_5), replace(ADULT, children_under_18=2), set(), id="5-individual"
        ),
        pytest.param(
            plan(GUIDANCE_4),
            replace(ADULT, children_under_18=1),
            {"PARENTAL_GUIDANCE_REDUCED"},
            id="4-group-meetings-reduced",
        ),
        pytest.param(
            plan(GUIDANCE_1),
            replace(ADULT, children_under_18=1),
            {"MANDATORY_PARENTAL_GUIDANCE"},
            id="1-meeting-too-few",
        ),
        pytest.param(
            plan(drop=("social_studies",)),
            ADULT,
            {"MANDATORY_SOCIAL_STUDIES"},
            id="no-social-studies",
        ),
        pytest.param(
            plan(drop=("social_studies",)),
            replace(ADULT, exempt_elements=frozenset({"social_studies"})),
            set(),
            id="social-studies-already-done",
        ),
        pytest.param(
            plan(drop=("norwegian",), end=END),
            ADULT,
            {"MANDATORY_NORWEGIAN", "FULLTIME_WEEK"},
            id="no-norwegian",
        ),
    ],
)
def test_mandatory_content(
    p: Plan, context: PlanContext, expected: set[str], tables: PlanTables
) -> None:
    assert rule_ids(p, tables, context) == expected


@pytest.mark.parametrize(
    ("weeks", "right_start", "short"),
    [
        # 14 Tuesdays x 5 h = 70 h < 75 (brief §2.2)
        pytest.param(14, None, True, id="70h-short-of-75"),
        pytest.param(15, None, False, id="75h-enough"),
        # right began in 2021: 50 hours (brief §4.0)
        pytest.param(10, date(2021, 6, 1), False, id="50h-for-2021-rights"),
        pytest.param(9, date(2021, 6, 1), True, id="45h-short-of-50"),
    ],
)
def test_social_studies_hours(
    weeks: int, right_start: date | None, short: bool, tables: PlanTables
) -> None:
    social = element("social_studies", START, START + weeks * WEEK - timedelta(days=1),
                     WeekHours(tue=Decimal(5)))  # fmt: skip
    p = replace(
        plan(drop=("social_studies",)), elements=(*plan(drop=("social_studies",)).elements, social)
    )
    context = replace(ADULT, training_right_start=right_start)
    assert ("MANDATORY_SOCIAL_STUDIES" in rule_ids(p, tables, context)) is short


def test_lessons_measure_turns_counted_hours_into_lessons(tables: PlanTables) -> None:
    """With hours_measure = lessons, 75 counted hours of social studies are 60 lessons."""
    row = tables.mandatory_content.rows[-1]
    lessons = table_from_dict(
        {
            "name": "lessons",
            "rows": [
                {"effective_from": "2022-01-01", "effective_to": None,
                 "value": {**row.value, "hours_measure": "lessons"}},
            ],
        }
    )  # fmt: skip
    findings = validate_plan(plan(), ADULT, replace(tables, mandatory_content=lessons))
    (social,) = [f for f in findings if f.rule_id == "MANDATORY_SOCIAL_STUDIES"]
    assert "60 timer planlagt, minst 75" in social.message_nb


def test_no_work_or_education_element(tables: PlanTables) -> None:
    p = plan(element("other", START, END, WeekHours.weekdays("4.5")), drop=("work_practice",))
    assert "MANDATORY_WORK_OR_EDUCATION" in rule_ids(p, tables)


# --- durations ---------------------------------------------------------------------------


IA, SHORT = Regime.INTEGRATION_ACT, DurationGroup.UPPER_SECONDARY_OR_HIGHER


@pytest.mark.parametrize(
    ("start", "regime", "group", "extension", "leave", "expected"),
    [
        pytest.param(date(2025, 1, 6), IA, SHORT,
                     0, 0, date(2025, 7, 5), id="6-months"),
        pytest.param(date(2025, 1, 6), IA, SHORT,
                     9, 0, date(2026, 1, 5), id="extension-capped-at-6"),
        pytest.param(date(2025, 1, 6), Regime.INTEGRATION_ACT, DurationGroup.OTHER,
                     0, 10, date(2027, 1, 15), id="2-years-plus-10-leave-days"),
        pytest.param(date(2025, 1, 6), Regime.INTEGRATION_ACT, DurationGroup.UPPER_SECONDARY_GOAL,
                     12, 0, date(2029, 1, 5), id="3-plus-1-years"),
        pytest.param(date(2026, 1, 5), Regime.INTEGRATION_ACT, DurationGroup.UPPER_SECONDARY_GOAL,
                     0, 0, date(2030, 1, 4), id="2025-amendment-4-years-unconfirmed"),
        pytest.param(date(2020, 8, 31), Regime.INTRODUCTION_ACT, DurationGroup.OTHER,
                     0, 0, date(2022, 8, 30), id="legacy-2-years"),
        pytest.param(date(2025, 8, 31), IA, SHORT,
                     0, 0, date(2026, 2, 27), id="31-aug-plus-6-months-clamped"),
    ],
)  # fmt: skip
def test_allowed_end_date(
    start: date, regime: Regime, group: DurationGroup, extension: int, leave: int,
    expected: date, tables: PlanTables,
) -> None:  # fmt: skip
    got = allowed_end_date(
        start, regime, group, tables.durations, extension_months=extension, leave_days=leave
    )
    assert got == expected


UPPER_SECONDARY = PlanContext(
    Regime.INTEGRATION_ACT, age_at_start=30, education=EducationLevel.UPPER_SECONDARY
)


@pytest.mark.parametrize(
    ("end", "context", "expected"),
    [
        pytest.param(date(2029, 1, 2), UPPER_SECONDARY, "DURATION_EXCEEDS_MAXIMUM",
                     id="3-years-with-upper-secondary-error"),
        pytest.param(date(2026, 10, 2), UPPER_SECONDARY, "DURATION_NEEDS_EXTENSION",
                     id="9-months-needs-extension"),
        pytest.param(date(2026, 10, 2), replace(UPPER_SECONDARY, extension_months=3), None,
                     id="9-months-with-extension"),
        pytest.param(date(2026, 3, 6), ADULT, "DURATION_BELOW_MINIMUM", id="2-months-too-short"),
        pytest.param(date(2027, 12, 31), ADULT, None, id="2-years-other-group"),
    ],
)  # fmt: skip
def test_duration(
    end: date, context: PlanContext, expected: str | None, tables: PlanTables
) -> None:
    found = {f.rule_id for f in validate_plan(plan(end=end), context, tables)} & {
        "DURATION_EXCEEDS_MAXIMUM", "DURATION_NEEDS_EXTENSION", "DURATION_BELOW_MINIMUM"
    }  # fmt: skip
    assert found == ({expected} if expected else set())


def test_approved_leave_extends_allowed_end(tables: PlanTables) -> None:
    leave = DateRange(date(2026, 2, 2), date(2026, 2, 15))  # 14 days
    p = replace(plan(end=date(2026, 7, 4)), approved_leave=(leave,))
    assert plan_allowed_end_date(p, UPPER_SECONDARY, tables) == date(2026, 7, 18)
    assert p.end_with_leave == date(2026, 7, 18)
    assert "DURATION_NEEDS_EXTENSION" not in rule_ids(p, tables, UPPER_SECONDARY)


# --- goals -------------------------------------------------------------------------------

RECOMMENDED: RecommendedGoals = {
    EducationLevel.PRIMARY: CefrLevel.B1,
    EducationLevel.UPPER_SECONDARY: {
        SubSkill.LISTENING: CefrLevel.B1, SubSkill.READING: CefrLevel.B1,
        SubSkill.WRITING: CefrLevel.B1, SubSkill.ORAL: CefrLevel.B2,
    },
}  # fmt: skip


@pytest.mark.parametrize(
    ("goal", "education", "reason", "expected"),
    [
        pytest.param(CefrLevel.B1, EducationLevel.PRIMARY, "", set(), id="as-recommended"),
        pytest.param(CefrLevel.A2, EducationLevel.PRIMARY, "",
                     {"NORWEGIAN_GOAL_BELOW_RECOMMENDED"}, id="below-no-reason"),
        pytest.param(CefrLevel.A2, EducationLevel.PRIMARY, "Lese- og skrivevansker", set(),
                     id="below-with-reason"),
        pytest.param(CefrLevel.B1, EducationLevel.UPPER_SECONDARY, "",
                     {"NORWEGIAN_GOAL_BELOW_RECOMMENDED"}, id="oral-b2-recommended"),
        pytest.param(CefrLevel.B2, EducationLevel.PRIMARY, "",
                     {"NORWEGIAN_GOAL_ABOVE_RECOMMENDED"}, id="above-is-a-note"),
    ],
)  # fmt: skip
def test_norwegian_goal(
    goal: CefrLevel, education: EducationLevel, reason: str, expected: set[str],
    tables: PlanTables,
) -> None:  # fmt: skip
    p = replace(plan(), norwegian_goal=NorwegianGoal.uniform(goal), goal_override_reason=reason)
    context = replace(ADULT, education=education, has_upper_secondary=False)
    findings = validate_plan(p, context, tables, recommended_goals=RECOMMENDED)
    assert {f.rule_id for f in findings} & {
        "NORWEGIAN_GOAL_BELOW_RECOMMENDED", "NORWEGIAN_GOAL_ABOVE_RECOMMENDED"
    } == expected  # fmt: skip


def test_missing_goals_are_errors(tables: PlanTables) -> None:
    partial = NorwegianGoal.of({SubSkill.ORAL: CefrLevel.B1})
    p = replace(plan(), end_goal=None, norwegian_goal=partial)
    assert {"END_GOAL_MISSING", "NORWEGIAN_GOAL_MISSING"} <= rule_ids(p, tables)


def test_under_25_without_upper_secondary_aiming_at_work_gets_a_note(tables: PlanTables) -> None:
    young = replace(ADULT, age_at_start=20)
    assert "END_GOAL_UNUSUAL_FOR_GROUP" in rule_ids(plan(), tables, young)
    reasoned = replace(plan(), goal_override_reason="Ønsker jobb raskt, har jobbtilbud")
    assert "END_GOAL_UNUSUAL_FOR_GROUP" not in rule_ids(reasoned, tables, young)


# --- element checks ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        pytest.param(element("other", END, END + WEEK, WeekHours(sat=Decimal(1))),
                     "ELEMENT_OUTSIDE_PERIOD", id="outside-period"),
        pytest.param(element("other", START + WEEK, START, WeekHours(sat=Decimal(1))),
                     "ELEMENT_END_BEFORE_START", id="end-before-start"),
        pytest.param(element("norwegian", START, START + WEEK, WeekHours(sat=Decimal(1))),
                     "ELEMENT_OVERLAP", id="identical-overlap"),
        pytest.param(element("knitting", START, START + WEEK, WeekHours(sat=Decimal(1))),
                     "ELEMENT_UNKNOWN_CODE", id="unknown-code"),
        pytest.param(element("other", START, START + WEEK, WeekHours()),
                     "ELEMENT_NO_HOURS", id="no-hours"),
    ],
)  # fmt: skip
def test_element_checks(extra: PlanElement, expected: str, tables: PlanTables) -> None:
    assert rule_ids(plan(extra), tables) == {expected}


def test_plan_ending_before_it_starts_stops_validation(tables: PlanTables) -> None:
    p = replace(plan(), planned_end=START - timedelta(days=1))
    assert rule_ids(p, tables) == {"PLAN_END_BEFORE_START"}


# --- § 14 a work-oriented share (UNCONFIRMED, 2026 row) ------------------------------------


def _shifting(first_work: str, last_work: str, start: date = START) -> Plan:
    """Norwegian + work practice, the work share changing halfway through."""
    middle, end = start + 13 * WEEK, start + 26 * WEEK - timedelta(days=3)
    rest = plan().elements[2:]
    before = middle - timedelta(days=1)
    full = Decimal("7.5")
    return replace(
        plan(),
        elements=(
            element("norwegian", start, before, WeekHours.weekdays(full - Decimal(first_work))),
            element("work_practice", start, before, WeekHours.weekdays(first_work)),
            element("norwegian", middle, end, WeekHours.weekdays(full - Decimal(last_work))),
            element("work_practice", middle, end, WeekHours.weekdays(last_work)),
            *rest,
        ),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("first", "last", "falls"),
    [
        pytest.param("2", "5", False, id="rising"),
        pytest.param("5", "2", True, id="falling"),
    ],
)
def test_work_oriented_share_should_rise(
    first: str, last: str, falls: bool, tables: PlanTables
) -> None:
    findings = validate_plan(_shifting(first, last), ADULT, tables)
    flagged = [f for f in findings if f.rule_id == "WORK_ORIENTED_SHARE_NOT_RISING"]
    assert bool(flagged) is falls
    assert all(f.unconfirmed and f.severity == "warning" for f in flagged)


def test_work_oriented_rule_not_applied_for_education_goal(
    tables: PlanTables,
) -> None:
    falling = _shifting("5", "2")
    education_goal = replace(falling, end_goal=EndGoal(EndGoalType.HIGHER_EDUCATION, "Master"))
    assert "WORK_ORIENTED_SHARE_NOT_RISING" not in rule_ids(education_goal, tables)
