"""Day-by-day view of a plan: which days count, which elements run, how many hours.

Conventions every plan rule shares (documented once, here):

* The programme period runs from ``plan.start`` to ``plan.end_with_leave`` (planned end plus
  approved leave days, brief §1.4).
* Norwegian public holidays (helligdagsloven § 2, 1 and 17 May; Sundays are not included) and
  approved leave days are *neutral*: no hours are counted on them, they need no activity (never
  a year-round gap) and they lower the week's full-time requirement (never a shortfall).
* Days covered by a holiday element (catalogue ``is_vacation``, code ``vacation``) are planned
  holiday: neutral for full time, but counted against the yearly holiday allowance.
* A *working day* is a Monday–Friday in the period that is none of the above. Weekend hours
  still count towards the week (evening/weekend courses exist).
* Counted hours come straight from each element's ``WeekHours`` (already counted hours,
  brief §2.1), for each active day of the element inside the period.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from functools import cache

from introdesk.domain.plans import ZERO, DateRange, Plan, PlanElement, iso_week
from introdesk.rules.catalogue import ElementType


def norwegian_public_holidays(years: Iterable[int]) -> frozenset[date]:
    """Norwegian public holidays (helligdager, 1 and 17 May) in ``years``."""
    chosen = sorted(set(years))
    if len(chosen) == 1:
        return _holidays_in(chosen[0])
    return frozenset().union(*(_holidays_in(year) for year in chosen))


@cache
def _holidays_in(year: int) -> frozenset[date]:
    """One year's holidays, computed once per process: a month's benefit asks for every
    participant's plan years.

    Helligdagsloven (lov 24. februar 1995 nr. 12) § 2: New Year's Day, Maundy Thursday, Good
    Friday, Easter Sunday and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and
    Boxing Day; lov 26. april 1947 nr. 1: 1 and 17 May from 1947. Sundays are not listed.
    Computed here rather than with the ``holidays`` package, whose import (every country's
    calendar) cost each command about 0.2 s at start; a test checks both give the same days.
    """
    easter = _easter_sunday(year)
    days = {
        date(year, 1, 1),
        easter - timedelta(days=3),  # skjærtorsdag
        easter - timedelta(days=2),  # langfredag
        easter,
        easter + timedelta(days=1),  # andre påskedag
        easter + timedelta(days=39),  # Kristi himmelfartsdag
        easter + timedelta(days=49),  # første pinsedag
        easter + timedelta(days=50),  # andre pinsedag
        date(year, 12, 25),
        date(year, 12, 26),
    }
    if year >= 1947:
        days |= {date(year, 5, 1), date(year, 5, 17)}
    return frozenset(days)


def _easter_sunday(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, Meeus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (b - (b + 8) // 25 + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    weekday = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * weekday) // 451
    month, day = divmod(h + weekday - 7 * m + 114, 31)
    return date(year, month, day + 1)


@dataclass(frozen=True)
class PlanCalendar:
    """A plan laid out on the calendar. Build with ``PlanCalendar.of``."""

    plan: Plan
    catalogue: Mapping[str, ElementType]
    public_holidays: frozenset[date]
    leave: frozenset[date]
    vacation: frozenset[date]

    @classmethod
    def of(
        cls,
        plan: Plan,
        catalogue: Mapping[str, ElementType] | None = None,
        public_holidays: frozenset[date] | None = None,
    ) -> PlanCalendar:
        types = catalogue or {}
        period = plan.period
        if public_holidays is None:
            public_holidays = norwegian_public_holidays(
                range(period.start.year, period.end.year + 1)
            )
        vacation = frozenset(
            day
            for element in plan.elements
            if (kind := types.get(element.code)) is not None and kind.is_vacation
            for day in _element_days(element, period)
        )
        return cls(plan, types, public_holidays, plan.leave_dates, vacation)

    @property
    def period(self) -> DateRange:
        return self.plan.period

    def is_neutral(self, day: date) -> bool:
        """Public holiday, approved leave or planned holiday: no hours, no activity needed."""
        return day in self.public_holidays or day in self.leave or day in self.vacation

    def is_working_day(self, day: date) -> bool:
        return day in self.period and day.weekday() < 5 and not self.is_neutral(day)

    def is_activity(self, element: PlanElement) -> bool:
        kind = self.catalogue.get(element.code)
        return kind is None or not kind.is_vacation

    def active_elements(self, day: date) -> list[PlanElement]:
        """Activity elements (not holiday elements) running on ``day``."""
        return [e for e in self.plan.elements if e.is_active_on(day) and self.is_activity(e)]

    def element_hours_on(self, element: PlanElement, day: date) -> Decimal:
        if not element.is_active_on(day) or day not in self.period or self.is_neutral(day):
            return ZERO
        if not self.is_activity(element):
            return ZERO
        return element.hours.on(day)

    def hours_on(self, day: date) -> Decimal:
        return sum((self.element_hours_on(e, day) for e in self.plan.elements), ZERO)

    def element_total_hours(self, element: PlanElement) -> Decimal:
        """Counted hours of one element over its dates, inside the period, neutral days left out."""
        return sum(
            (self.element_hours_on(element, day) for day in _element_days(element, self.period)),
            ZERO,
        )

    def element_session_days(self, element: PlanElement) -> int:
        """Days on which the element has hours (a proxy for meetings/sessions)."""
        return sum(
            1
            for day in _element_days(element, self.period)
            if self.element_hours_on(element, day) > 0
        )

    def weeks(self) -> dict[str, list[date]]:
        """The days of the period grouped by ISO week, in order."""
        grouped: dict[str, list[date]] = {}
        for day in self.period.days():
            grouped.setdefault(iso_week(day), []).append(day)
        return grouped

    def weekly_hours(self) -> dict[str, Decimal]:
        return {
            week: sum((self.hours_on(day) for day in days), ZERO)
            for week, days in self.weeks().items()
        }

    def counts_on(self, element: PlanElement, day: date) -> bool:
        """Whether ``element``'s planned hours on ``day`` are counted (not neutral, in the
        period, an activity element running that day)."""
        return (
            element.is_active_on(day)
            and day in self.period
            and not self.is_neutral(day)
            and self.is_activity(element)
        )

    def week(self, monday: date) -> PlanWeek:
        """The week from ``monday`` as the plan rules count it, element by element."""
        days = tuple(monday + timedelta(days=offset) for offset in range(7))
        holidays = self.public_holidays | norwegian_public_holidays({days[0].year, days[-1].year})
        return PlanWeek(
            days=days,
            public_holidays=frozenset(day for day in days if day in holidays),
            hours=tuple(
                tuple(self.element_hours_on(element, day) for day in days)
                for element in self.plan.elements
            ),
            counted=tuple(
                tuple(self.counts_on(element, day) for day in days)
                for element in self.plan.elements
            ),
        )


@dataclass(frozen=True, slots=True)
class PlanWeek:
    """One week of a plan: counted hours per element (in plan order) and day, Monday first.

    The Plans page shows these figures, so the window and ``plans validate`` (full time per
    week, brief §2.1) count the same hours.
    """

    days: tuple[date, ...]
    public_holidays: frozenset[date]
    hours: tuple[tuple[Decimal, ...], ...]
    counted: tuple[tuple[bool, ...], ...]

    @property
    def day_totals(self) -> tuple[Decimal, ...]:
        return tuple(sum(column, ZERO) for column in zip(*self.hours, strict=True)) or (
            (ZERO,) * len(self.days)
        )

    @property
    def total(self) -> Decimal:
        return sum(self.day_totals, ZERO)

    def element_total(self, index: int) -> Decimal:
        return sum(self.hours[index], ZERO)


def _element_days(element: PlanElement, period: DateRange) -> Iterable[date]:
    start = max(element.start, period.start)
    end = min(element.end, period.end)
    if end < start:
        return ()
    return DateRange(start, end).days()


def weekly_hours(
    plan: Plan,
    catalogue: Mapping[str, ElementType] | None = None,
    public_holidays: frozenset[date] | None = None,
) -> dict[str, Decimal]:
    """Counted hours per ISO week (``"2026-W02"``) of the programme period.

    Public holidays and approved leave carry no hours; with a catalogue, holiday elements
    (``vacation``) carry none either. Every week of the period appears, empty ones as 0.
    """
    return PlanCalendar.of(plan, catalogue, public_holidays).weekly_hours()


def format_hours(hours: Decimal) -> str:
    """Norwegian style: ``37,5`` (brief §7 formatting), no trailing zeros."""
    return f"{hours.normalize():f}".replace(".", ",")


def format_date(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def format_weeks(weeks: Iterable[str]) -> str:
    """``uke 2026-W02, 2026-W03`` style list, shortened after eight weeks."""
    listed = list(weeks)
    shown = ", ".join(listed[:8])
    return shown + (f" (+{len(listed) - 8})" if len(listed) > 8 else "")
