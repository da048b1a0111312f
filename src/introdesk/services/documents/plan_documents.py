"""The integration plan and the integration contract as the renderers print them: the plan's
elements cut to its period, the language goals and a normal week's timetable."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime, time, timedelta

from introdesk.domain.dates import monday_of
from introdesk.domain.documents import DocumentPerson
from introdesk.domain.plans import NorwegianGoal, Plan
from introdesk.domain.plans import PlanElement as DomainElement
from introdesk.reporting.pdf.data import (
    ContactPerson,
    ContractData,
    DocumentHeader,
    IntegrationPlanData,
    LanguageGoal,
    PlanElement,
    TimetableSlot,
)
from introdesk.rules.catalogue import ElementCategory, ElementType
from introdesk.services.documents.shared import (
    element_name,
    end_goal_key,
    end_goal_text,
    not_set_text,
)

DAY_STARTS_AT = time(8, 30)
DAY_ENDS_BY = time(22, 0)


def language_goals(goal: NorwegianGoal | None) -> tuple[LanguageGoal, ...]:
    if goal is None:
        return ()
    return tuple(LanguageGoal(skill, level) for skill, level in goal.levels)


def plan_elements(
    plan: Plan, catalogue: Mapping[str, ElementType], standard: str = "nb"
) -> tuple[PlanElement, ...]:
    """The elements as printed: each cut to the plan period, one wholly outside it left out.
    The paper must never promise an activity the plan period does not cover."""
    period = plan.period
    rows = []
    for element in plan.elements:
        kind = catalogue.get(element.code)
        start, end = max(element.start, period.start), min(element.end, period.end)
        if start > end:
            continue
        rows.append(
            PlanElement(
                name=element_name(element.code, catalogue, standard),
                code=element.code,
                start=start,
                end=end,
                hours_per_week=element.hours.total,
                provider=element.note.strip(),
                work_oriented=kind is not None and kind.category is ElementCategory.WORK_ORIENTED,
            )
        )
    return tuple(rows)


def _add_minutes(moment: time, minutes: int) -> time:
    return (datetime.combine(date(2000, 1, 1), moment) + timedelta(minutes=minutes)).time()


def week_timetable(
    elements: Sequence[DomainElement],
    catalogue: Mapping[str, ElementType],
    monday: date,
    standard: str = "nb",
) -> tuple[TimetableSlot, ...]:
    """A normal week drawn from the weekly hours: each weekday's active elements one after the
    other from 08.30, in plan order, each block as long as its counted hours (rounded to a
    quarter). The plan has hours per weekday, not clock times, so the grid shows the order and
    size of the day's blocks, not exact times."""
    slots: list[TimetableSlot] = []
    for weekday in range(5):
        day = monday + timedelta(days=weekday)
        start = DAY_STARTS_AT
        for element in elements:
            hours = element.hours.on(day)
            if not element.is_active_on(day) or hours <= 0:
                continue
            minutes = int((hours * 4).to_integral_value()) * 15
            if minutes <= 0:
                continue
            latest = (DAY_ENDS_BY.hour * 60 + DAY_ENDS_BY.minute) - (start.hour * 60 + start.minute)
            minutes = min(minutes, latest)
            if minutes <= 0:
                break
            end = _add_minutes(start, minutes)
            name = element_name(element.code, catalogue, standard)
            slots.append(TimetableSlot(weekday, start, end, name))
            start = end
    return tuple(slots)


def typical_week(plan: Plan, today: date) -> date:
    """The Monday of the week to draw: this week when it falls in the plan, else the first
    week (from the plan's start, then each element's start) that has any hours."""
    clamped = min(max(today, plan.start), plan.planned_end)
    for candidate in (clamped, plan.start, *(e.start for e in plan.elements)):
        monday = monday_of(candidate)
        if any(
            e.is_active_on(monday + timedelta(days=i)) and e.hours.on(monday + timedelta(days=i))
            for e in plan.elements
            for i in range(5)
        ):
            return monday
    return monday_of(clamped)


def plan_document(
    person: DocumentPerson,
    plan: Plan,
    header: DocumentHeader,
    contact: ContactPerson,
    language: str,
    *,
    catalogue: Mapping[str, ElementType],
    today: date,
    draft: bool = False,
) -> IntegrationPlanData:
    period = plan.period
    standard = header.written_standard
    monday = typical_week(plan, today)
    return IntegrationPlanData(
        header=header,
        participant_name=person.full_name,
        language=language,
        birth_date=person.birth_date,
        period_start=period.start,
        period_end=period.end,
        end_goal=end_goal_text(plan.end_goal, standard),
        end_goal_key=end_goal_key(plan.end_goal),
        long_term_goal=plan.long_term_goal.strip(),
        norwegian_goals=language_goals(plan.norwegian_goal),
        elements=plan_elements(plan, catalogue, standard),
        timetable=week_timetable(plan.elements, catalogue, monday, standard),
        contact=contact,
        draft=draft,
    )


def contract_document(
    person: DocumentPerson,
    plan: Plan,
    header: DocumentHeader,
    contact: ContactPerson,
    language: str,
) -> ContractData:
    period = plan.period
    standard = header.written_standard
    return ContractData(
        header=header,
        participant_name=person.full_name,
        language=language,
        birth_date=person.birth_date,
        period_start=period.start,
        period_end=period.end,
        long_term_goal=plan.long_term_goal.strip() or not_set_text(standard),
        end_goal=end_goal_text(plan.end_goal, standard) if plan.end_goal is not None else "",
        end_goal_key=end_goal_key(plan.end_goal) if plan.end_goal is not None else "",
        contact=contact,
    )
