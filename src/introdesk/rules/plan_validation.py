"""Validate an integration plan against the programme rules (brief §1.3–1.4, §2).

``validate_plan`` runs every plan rule and returns the findings, errors first. Each rule has a
stable id (see the ``RULE_*`` constants of its module). The rules are pure: the tables, the
catalogue, the recommended Norwegian goals and (optionally) the public holidays are inputs.

Rule modules: ``plan_structure`` (dates, codes, overlaps), ``durations``, ``fulltime``,
``year_round``, ``mandatory_content``, ``plan_goals``, ``work_oriented``; the shared calendar
conventions are in ``plan_calendar``.
"""

from __future__ import annotations

from datetime import date

from introdesk.domain.plans import Finding, Plan, Severity
from introdesk.rules.durations import allowed_end_date, check_duration
from introdesk.rules.fulltime import check_fulltime
from introdesk.rules.mandatory_content import check_mandatory_content
from introdesk.rules.plan_calendar import PlanCalendar, weekly_hours
from introdesk.rules.plan_context import (
    PlanContext,
    PlanTables,
    duration_group_for,
    load_plan_tables,
)
from introdesk.rules.plan_goals import RecommendedGoals, check_end_goal, check_norwegian_goal
from introdesk.rules.plan_structure import check_elements, check_plan_dates
from introdesk.rules.work_oriented import check_work_oriented
from introdesk.rules.year_round import check_year_round

__all__ = [
    "PlanContext",
    "PlanTables",
    "allowed_end_date",
    "load_plan_tables",
    "plan_allowed_end_date",
    "validate_plan",
    "weekly_hours",
]

_SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def plan_allowed_end_date(plan: Plan, context: PlanContext, tables: PlanTables) -> date:
    """The last allowed day for this plan and participant, with granted extension and leave."""
    group = context.duration_group or duration_group_for(
        context.upper_secondary_completed, plan.end_goal.type if plan.end_goal else None
    )
    return allowed_end_date(
        plan.start,
        context.regime,
        group,
        tables.durations,
        extension_months=context.extension_months,
        leave_days=plan.leave_days,
    )


def validate_plan(
    plan: Plan,
    context: PlanContext,
    tables: PlanTables,
    recommended_goals: RecommendedGoals | None = None,
    public_holidays: frozenset[date] | None = None,
) -> list[Finding]:
    """Every finding for ``plan``: errors, then warnings, then notes (stable within each).

    ``recommended_goals`` maps education level to the recommended Norwegian goal; without it
    the Norwegian goal is only checked for presence. ``public_holidays`` defaults to the
    Norwegian public holidays of the years the plan covers.
    """
    findings = check_plan_dates(plan)
    if findings:
        return findings  # nothing else is meaningful on an inverted period
    end_goal_type = plan.end_goal.type if plan.end_goal else None
    group = context.duration_group or duration_group_for(
        context.upper_secondary_completed, end_goal_type
    )
    calendar = PlanCalendar.of(plan, tables.catalogue, public_holidays)
    findings.extend(check_elements(plan, tables.catalogue))
    findings.extend(
        check_duration(plan, context.regime, group, tables.durations, context.extension_months)
    )
    findings.extend(check_fulltime(calendar, tables.fulltime))
    findings.extend(check_year_round(calendar, tables.fulltime))
    findings.extend(
        check_mandatory_content(
            calendar,
            context.regime,
            context.children_under_18,
            context.exempt_elements,
            tables.mandatory_content,
            context.training_right_start or plan.start,
            expecting_child=context.expecting_child,
        )
    )
    findings.extend(check_end_goal(plan, context.upper_secondary_completed, context.age_at_start))
    findings.extend(check_norwegian_goal(plan, context.education, recommended_goals))
    findings.extend(
        check_work_oriented(calendar, context.regime, end_goal_type, tables.work_oriented)
    )
    return sorted(findings, key=lambda finding: _SEVERITY_ORDER[finding.severity])
