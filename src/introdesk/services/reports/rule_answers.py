"""The rules' answers the workbooks print (deadlines, category, counted lesson hours), bound
here so reporting decides nothing itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from introdesk.domain.codes import Category
from introdesk.domain.deadlines import DeadlineStatus
from introdesk.domain.reports import CaseSnapshot
from introdesk.rules.deadlines import case_deadlines
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.tables import load_table
from introdesk.rules.training import LessonCounting, programme_hours, teaching_hours


def deadlines_of(today: date) -> Callable[[CaseSnapshot], tuple[DeadlineStatus, ...]]:
    table = load_table("intro_deadlines")
    return lambda snapshot: case_deadlines(snapshot, as_of=today, table=table)


def category_of(today: date) -> Callable[[CaseSnapshot], Category | None]:
    age_limits = load_table("intro_age_limits")
    deadlines = load_table("intro_deadlines")
    chapter_6a = load_table("chapter_6a")

    def category(snapshot: CaseSnapshot) -> Category | None:
        if snapshot.facts is None:
            return None
        return assess_eligibility(
            snapshot.facts,
            as_of=today,
            age_limits=age_limits,
            deadlines=deadlines,
            chapter_6a=chapter_6a,
        ).category

    return category


def lesson_hours(rule: LessonCounting) -> Callable[[int], tuple[Decimal, Decimal]]:
    return lambda minutes: (teaching_hours(minutes, rule), programme_hours(minutes, rule))
