"""Full time per ISO week (brief §2.1).

A week is full time when its counted hours reach 37.5, or 30 when an element that demands
substantial self-study runs on one of the week's working days (table ``plan_fulltime``).

Pro-rating (a choice, documented here): the weekly requirement is scaled by the week's working
days out of five, so ``requirement = hours_per_week × working_days / 5``. Working days are the
Monday–Fridays inside the programme period that are not public holidays, approved leave or
planned holiday (see ``plan_calendar``). This handles, with one rule, the first and last
partial weeks, Christmas and Easter weeks, and weeks with leave or holiday: a week with three
working days needs 22.5 hours. A week with no working day needs nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from introdesk.domain.plans import Finding, Severity
from introdesk.rules.plan_calendar import PlanCalendar, format_hours, format_weeks
from introdesk.rules.tables import DatedTable

RULE_FULLTIME_WEEK = "FULLTIME_WEEK"
FIVE = Decimal(5)


@dataclass(frozen=True, slots=True)
class WeekRequirement:
    week: str
    working_days: int
    self_study: bool
    required: Decimal
    counted: Decimal

    @property
    def shortfall(self) -> Decimal:
        return max(self.required - self.counted, Decimal(0))


def week_requirements(calendar: PlanCalendar, table: DatedTable) -> list[WeekRequirement]:
    """Required and counted hours for every week of the period that has a working day."""
    result = []
    for week, days in calendar.weeks().items():
        working = [day for day in days if calendar.is_working_day(day)]
        if not working:
            continue
        limits: Mapping[str, object] = table.at(working[0])
        self_study = _self_study_week(calendar, working)
        key = "hours_per_week_self_study" if self_study else "hours_per_week"
        required = Decimal(str(limits[key])) * len(working) / FIVE
        counted = sum((calendar.hours_on(day) for day in days), Decimal(0))
        result.append(WeekRequirement(week, len(working), self_study, required, counted))
    return result


def _self_study_week(calendar: PlanCalendar, working_days: list[date]) -> bool:
    for day in working_days:
        for element in calendar.active_elements(day):
            kind = calendar.catalogue.get(element.code)
            if kind is not None and kind.needs_substantial_self_study:
                return True
    return False


def check_fulltime(calendar: PlanCalendar, table: DatedTable) -> list[Finding]:
    """One FULLTIME_WEEK error per distinct (counted, required) pair, listing its weeks."""
    short: dict[tuple[Decimal, Decimal], list[str]] = {}
    for requirement in week_requirements(calendar, table):
        if requirement.counted < requirement.required:
            short.setdefault((requirement.counted, requirement.required), []).append(
                requirement.week
            )
    findings = []
    for (counted, required), weeks in short.items():
        findings.append(
            Finding(
                rule_id=RULE_FULLTIME_WEEK,
                severity=Severity.ERROR,
                message_nb=(
                    f"Programmet er ikke på fulltid i uke {format_weeks(weeks)}: "
                    f"{format_hours(counted)} timer planlagt, minst {format_hours(required)} "
                    "kreves."
                ),
                message_nn=(
                    f"Programmet er ikkje på fulltid i veke {format_weeks(weeks)}: "
                    f"{format_hours(counted)} timar planlagde, minst {format_hours(required)} "
                    "krevst."
                ),
                message_en=(
                    f"Not full time in week {format_weeks(weeks)}: {format_hours(counted)} "
                    f"hours planned, at least {format_hours(required)} required."
                ),
                weeks=tuple(weeks),
                brief_section="§2.1",
            )
        )
    return findings
