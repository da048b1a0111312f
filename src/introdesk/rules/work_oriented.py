"""The 2025 minimum of work-oriented elements, § 14 a (brief 2025-amendment table, §2.2).

Confirmed: participants whose end goal is work must have a minimum scope of work-oriented
elements, and IMDi expects the plan to show the work-oriented share rising over the programme.
UNCONFIRMED: how the minimum is measured and from when. So this is a configurable warning
(table ``plan_work_oriented``): the period is cut into ``segments`` of equal length, the share
of counted hours in work-oriented elements is computed per segment, and the share must not
fall from one segment to the next and must end higher than it began (unless it is already
100 %). An optional ``min_share_last_segment`` sets a floor for the last segment.
"""

from __future__ import annotations

import itertools
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from introdesk.domain.codes import Regime
from introdesk.domain.plans import EndGoalType, Finding, Severity, iso_week
from introdesk.rules.catalogue import ElementCategory
from introdesk.rules.plan_calendar import PlanCalendar
from introdesk.rules.tables import DatedTable

RULE_NOT_RISING = "WORK_ORIENTED_SHARE_NOT_RISING"
RULE_BELOW_MINIMUM = "WORK_ORIENTED_BELOW_MINIMUM"
ONE = Decimal(1)


def work_hours_on(calendar: PlanCalendar, day: date) -> Decimal:
    total = Decimal(0)
    for element in calendar.plan.elements:
        kind = calendar.catalogue.get(element.code)
        if kind is not None and kind.category == ElementCategory.WORK_ORIENTED:
            total += calendar.element_hours_on(element, day)
    return total


def work_oriented_weekly_hours(calendar: PlanCalendar) -> dict[str, Decimal]:
    """Counted hours in work-oriented elements per ISO week (brief §2.2: model them per week)."""
    result: dict[str, Decimal] = {}
    for day in calendar.period.days():
        week = iso_week(day)
        result[week] = result.get(week, Decimal(0)) + work_hours_on(calendar, day)
    return result


def segment_shares(calendar: PlanCalendar, segments: int) -> list[Decimal | None]:
    """Work-oriented share of counted hours per equal-length segment (None: no hours at all)."""
    days = list(calendar.period.days())
    shares: list[Decimal | None] = []
    for index in range(segments):
        part = days[len(days) * index // segments : len(days) * (index + 1) // segments]
        total = sum((calendar.hours_on(day) for day in part), Decimal(0))
        work = sum((work_hours_on(calendar, day) for day in part), Decimal(0))
        shares.append(work / total if total else None)
    return shares


def check_work_oriented(
    calendar: PlanCalendar, regime: Regime, end_goal: EndGoalType | None, table: DatedTable
) -> list[Finding]:
    row = table.row_at(calendar.plan.start)
    settings = row.value
    if not settings.get("enabled"):
        return []
    if regime.value not in settings.get("regimes", []) or end_goal is None:
        return []
    if end_goal.value not in settings.get("end_goals", []):
        return []
    shares = [
        s for s in segment_shares(calendar, int(settings.get("segments", 3))) if s is not None
    ]
    findings = []
    if len(shares) >= 2:
        falls = any(later < earlier for earlier, later in itertools.pairwise(shares))
        if falls or (shares[-1] <= shares[0] and shares[-1] < ONE):
            findings.append(
                Finding(
                    rule_id=RULE_NOT_RISING,
                    severity=Severity.WARNING,
                    message_nb="Andelen arbeidsrettede elementer bør øke gjennom programmet "
                    f"(nå {_percentages(shares)}).",
                    message_nn="Delen arbeidsretta element bør auke gjennom programmet "
                    f"(no {_percentages(shares)}).",
                    message_en="The share of work-oriented elements should rise over the "
                    f"programme (now {_percentages(shares)}).",
                    brief_section="§1.4, §2.2 (§ 14 a)",
                    unconfirmed=True,
                )
            )
    minimum = settings.get("min_share_last_segment")
    if minimum is not None and shares and shares[-1] < Decimal(str(minimum)):
        findings.append(
            Finding(
                rule_id=RULE_BELOW_MINIMUM,
                severity=Severity.WARNING,
                message_nb="For lite arbeidsrettet innhold mot slutten av programmet "
                f"({_percent(shares[-1])}, minst {_percent(Decimal(str(minimum)))}).",
                message_nn="For lite arbeidsretta innhald mot slutten av programmet "
                f"({_percent(shares[-1])}, minst {_percent(Decimal(str(minimum)))}).",
                message_en="Too little work-oriented content towards the end of the programme "
                f"({_percent(shares[-1])}, at least {_percent(Decimal(str(minimum)))}).",
                brief_section="§1.4, §2.2 (§ 14 a)",
                unconfirmed=True,
            )
        )
    return findings


def _percent(share: Decimal) -> str:
    return f"{(share * 100).quantize(ONE, rounding=ROUND_HALF_UP)} %"


def _percentages(shares: list[Decimal]) -> str:
    return " → ".join(_percent(share) for share in shares)
