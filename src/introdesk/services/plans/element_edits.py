"""Edits to one element of a plan, as pure functions from plan to plan (the service stores
the result in a draft version, audited)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from introdesk.domain.errors import UserInputError
from introdesk.domain.plans import Plan, PlanElement


def _check_index(elements: list[PlanElement], index: int) -> None:
    if not 0 <= index < len(elements):
        raise UserInputError(code="plans.no_element", number=index + 1)


def with_element_added(plan: Plan, element: PlanElement) -> Plan:
    return replace(plan, elements=(*plan.elements, element))


def with_element_replaced(plan: Plan, index: int, element: PlanElement) -> Plan:
    elements = list(plan.elements)
    _check_index(elements, index)
    elements[index] = element
    return replace(plan, elements=tuple(elements))


def with_element_moved(plan: Plan, index: int, start: date, end: date | None = None) -> Plan:
    """New dates for an element; without ``end`` it keeps its length."""
    elements = list(plan.elements)
    _check_index(elements, index)
    old = elements[index]
    new_end = end if end is not None else start + (old.end - old.start)
    if new_end < start:
        raise UserInputError(code="plans.element_ends_before_start")
    elements[index] = replace(old, start=start, end=new_end)
    return replace(plan, elements=tuple(elements))


def without_element(plan: Plan, index: int) -> Plan:
    elements = list(plan.elements)
    _check_index(elements, index)
    del elements[index]
    return replace(plan, elements=tuple(elements))
