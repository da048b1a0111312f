"""Structural checks of a plan's elements (brief §1.3 step 4): dates and codes."""

from __future__ import annotations

import itertools
from collections.abc import Mapping

from introdesk.domain.plans import DateRange, Finding, Plan, Severity
from introdesk.rules.catalogue import ElementType
from introdesk.rules.plan_calendar import format_date

RULE_PLAN_END_BEFORE_START = "PLAN_END_BEFORE_START"
RULE_ELEMENT_END_BEFORE_START = "ELEMENT_END_BEFORE_START"
RULE_ELEMENT_OUTSIDE_PERIOD = "ELEMENT_OUTSIDE_PERIOD"
RULE_ELEMENT_UNKNOWN = "ELEMENT_UNKNOWN_CODE"
RULE_ELEMENT_OVERLAP = "ELEMENT_OVERLAP"
RULE_ELEMENT_NO_HOURS = "ELEMENT_NO_HOURS"


def check_plan_dates(plan: Plan) -> list[Finding]:
    if plan.planned_end >= plan.start:
        return []
    return [
        Finding(
            rule_id=RULE_PLAN_END_BEFORE_START,
            severity=Severity.ERROR,
            message_nb="Planens sluttdato er før startdatoen.",
            message_nn="Sluttdatoen til planen er før startdatoen.",
            message_en="The plan ends before it starts.",
            dates=(plan.start, plan.planned_end),
            brief_section="§1.3",
        )
    ]


def check_elements(plan: Plan, catalogue: Mapping[str, ElementType]) -> list[Finding]:
    findings: list[Finding] = []
    period = plan.period
    for element in plan.elements:
        kind = catalogue.get(element.code)
        if kind is None:
            findings.append(
                Finding(
                    rule_id=RULE_ELEMENT_UNKNOWN,
                    severity=Severity.ERROR,
                    message_nb=f"Ukjent elementkode {element.code!r}.",
                    message_nn=f"Ukjend elementkode {element.code!r}.",
                    message_en=f"Unknown element code {element.code!r}.",
                    element_code=element.code,
                    brief_section="§2.2",
                )
            )
        name_nb = kind.name_nb if kind else element.code
        name_en = kind.name_en if kind else element.code
        name_nn = kind.name("nn") if kind else element.code
        if element.end < element.start:
            findings.append(
                Finding(
                    rule_id=RULE_ELEMENT_END_BEFORE_START,
                    severity=Severity.ERROR,
                    message_nb=f"{name_nb}: sluttdato {format_date(element.end)} er før "
                    f"startdato {format_date(element.start)}.",
                    message_nn=f"{name_nn}: sluttdato {format_date(element.end)} er før "
                    f"startdato {format_date(element.start)}.",
                    message_en=f"{name_en}: ends {format_date(element.end)} before it starts "
                    f"{format_date(element.start)}.",
                    dates=(element.start, element.end),
                    element_code=element.code,
                    brief_section="§1.3",
                )
            )
            continue
        if element.start not in period or element.end not in period:
            findings.append(
                Finding(
                    rule_id=RULE_ELEMENT_OUTSIDE_PERIOD,
                    severity=Severity.ERROR,
                    message_nb=f"{name_nb} ({format_date(element.start)}–"
                    f"{format_date(element.end)}) ligger utenfor programperioden "
                    f"{format_date(period.start)}–{format_date(period.end)}.",
                    message_nn=f"{name_nn} ({format_date(element.start)}–"
                    f"{format_date(element.end)}) ligg utanfor programperioden "
                    f"{format_date(period.start)}–{format_date(period.end)}.",
                    message_en=f"{name_en} ({format_date(element.start)}–"
                    f"{format_date(element.end)}) lies outside the programme period "
                    f"{format_date(period.start)}–{format_date(period.end)}.",
                    dates=(element.start, element.end),
                    element_code=element.code,
                    brief_section="§1.3",
                )
            )
        if element.hours.total == 0 and not (kind and kind.is_vacation):
            findings.append(
                Finding(
                    rule_id=RULE_ELEMENT_NO_HOURS,
                    severity=Severity.WARNING,
                    message_nb=f"{name_nb} har ingen timer i ukeplanen.",
                    message_nn=f"{name_nn} har ingen timar i vekeplanen.",
                    message_en=f"{name_en} has no hours in its weekly schedule.",
                    element_code=element.code,
                    brief_section="§2.1",
                )
            )
    findings.extend(_overlaps(plan))
    return findings


def _overlaps(plan: Plan) -> list[Finding]:
    """Two elements with the same code over overlapping dates: hours would count twice."""
    valid = [e for e in plan.elements if e.end >= e.start]
    findings = []
    for first, second in itertools.combinations(valid, 2):
        if first.code != second.code:
            continue
        if DateRange(first.start, first.end).overlaps(DateRange(second.start, second.end)):
            start, end = max(first.start, second.start), min(first.end, second.end)
            findings.append(
                Finding(
                    rule_id=RULE_ELEMENT_OVERLAP,
                    severity=Severity.WARNING,
                    message_nb=f"To elementer {first.code!r} overlapper "
                    f"{format_date(start)}–{format_date(end)}; timene telles to ganger.",
                    message_nn=f"To element {first.code!r} overlappar "
                    f"{format_date(start)}–{format_date(end)}; timane blir talde to gonger.",
                    message_en=f"Two {first.code!r} elements overlap "
                    f"{format_date(start)}–{format_date(end)}; their hours count twice.",
                    dates=(start, end),
                    element_code=first.code,
                    brief_section="§2.1",
                )
            )
    return findings
