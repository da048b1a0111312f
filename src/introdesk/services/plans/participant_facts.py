"""The participant facts the plan rules need (no identifiers) and the norskmål recommended
for them, read from the participant row."""

from __future__ import annotations

from introdesk.domain.codes import CefrLevel, EducationLevel, Regime, SubSkill
from introdesk.domain.plans import EndGoal, EndGoalType, NorwegianGoal, Plan
from introdesk.persistence.models import ParticipantRow
from introdesk.rules.eligibility import completed_years
from introdesk.rules.goals import EndGoalGroup, end_goal_group, recommended_norwegian_goal
from introdesk.rules.plan_context import PlanContext
from introdesk.rules.plan_goals import RecommendedGoals, recommended_level
from introdesk.rules.tables import DatedTable


def plan_context(row: ParticipantRow, plan: Plan) -> PlanContext:
    """The participant facts the plan rules need (no identifiers) on the plan's start."""
    age = completed_years(row.birth_date, plan.start) if row.birth_date else 30
    children = row.children_under_18 or 0
    youngest = row.youngest_child_birth_date
    if not children and youngest is not None and completed_years(youngest, plan.start) < 18:
        children = 1
    return PlanContext(
        regime=Regime(row.regime) if row.regime else Regime.INTEGRATION_ACT,
        age_at_start=age,
        education=EducationLevel(row.education_level)
        if row.education_level
        else EducationLevel.PRIMARY,
        children_under_18=children,
        expecting_child=bool(row.expecting_child),
        has_upper_secondary=True if row.completed_upper_secondary else None,
        training_right_start=row.programme_start if row.programme_start else None,
    )


def recommended_goals(
    row: ParticipantRow, plan: Plan, goal_table: DatedTable
) -> RecommendedGoals | None:
    """The recommended norskmål for each education level on the plan's start."""
    if not row.education_level:
        return None  # unknown education: only the goal's presence is checked
    result: dict[EducationLevel, CefrLevel | dict[SubSkill, CefrLevel]] = {}
    for level in EducationLevel:
        goal = recommended_norwegian_goal(
            level,
            bool(row.completed_upper_secondary),
            on_date=plan.start,
            table=goal_table,
        )
        result[level] = {skill: goal.level(skill) for skill in SubSkill}
    return result


def recommended_start_goals(
    row: ParticipantRow, plan: Plan, goal_table: DatedTable
) -> tuple[EndGoal | None, NorwegianGoal | None]:
    """The goals a new plan starts with (issue 17): the norskmål recommended for the
    education background (brief §4.2), and the end goal when the main rule names one kind,
    completed upper secondary for those under 25 without it (brief §1.4). Unknown education
    or birth date: that goal is left for the adviser."""
    recommended = recommended_goals(row, plan, goal_table)
    context = plan_context(row, plan)
    norwegian = None
    if recommended is not None:
        levels = {
            skill: level
            for skill in SubSkill
            if (level := recommended_level(recommended, context.education, skill)) is not None
        }
        norwegian = NorwegianGoal.of(levels) if levels else None
    end_goal = None
    if row.education_level and row.birth_date:
        group = end_goal_group(
            context.education, context.upper_secondary_completed, context.age_at_start
        )
        if group is EndGoalGroup.COMPLETE_UPPER_SECONDARY:
            end_goal = EndGoal(EndGoalType.UPPER_SECONDARY, "")
    return end_goal, norwegian
