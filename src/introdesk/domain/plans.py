"""Integration plans (integreringsplan) as plain values (brief §1.3 step 4, §1.4, §2).

A plan here is participant-independent: the facts about the person that the rules need
(age, education, children, regime) travel separately in ``rules.plan_context.PlanContext``.
Hours in a plan are *counted* hours, i.e. after the hour-counting rule of brief §2.1 has been
applied (a 45-minute Norwegian lesson is entered as 75 minutes); the element catalogue
(``rules.catalogue``) converts lesson minutes to counted minutes for the user interface.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.law import law_in, law_reference

ZERO = Decimal(0)


@dataclass(frozen=True, slots=True)
class DateRange:
    """An inclusive range of calendar days."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"DateRange ends ({self.end}) before it starts ({self.start})")

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end

    def days(self) -> Iterator[date]:
        day = self.start
        while day <= self.end:
            yield day
            day += timedelta(days=1)

    @property
    def length_days(self) -> int:
        return (self.end - self.start).days + 1

    def overlaps(self, other: DateRange) -> bool:
        return self.start <= other.end and other.start <= self.end


@dataclass(frozen=True, slots=True)
class WeekHours:
    """Counted hours per weekday, Monday first (brief §2.1). Never negative."""

    mon: Decimal = ZERO
    tue: Decimal = ZERO
    wed: Decimal = ZERO
    thu: Decimal = ZERO
    fri: Decimal = ZERO
    sat: Decimal = ZERO
    sun: Decimal = ZERO
    # The hash of the hours, worked out once: a month's figures look schedules up in caches
    # tens of thousands of times, and a Decimal's hash is computed anew each time.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        for name in ("mon", "tue", "wed", "thu", "fri", "sat", "sun"):
            value = getattr(self, name)
            if not isinstance(value, Decimal):
                raise TypeError(f"WeekHours.{name} must be a Decimal, not {type(value).__name__}")
            if value < 0:
                raise ValueError(f"WeekHours.{name} is negative")
        object.__setattr__(self, "_hash", hash(self.as_tuple()))

    def __hash__(self) -> int:
        return self._hash

    @classmethod
    def weekdays(cls, hours: Decimal | str | int) -> WeekHours:
        """The same hours Monday to Friday, nothing at the weekend."""
        each = Decimal(hours)
        return cls(mon=each, tue=each, wed=each, thu=each, fri=each)

    def on(self, day: date) -> Decimal:
        """Hours scheduled on the weekday of ``day``."""
        return self.as_tuple()[day.weekday()]

    def as_tuple(self) -> tuple[Decimal, ...]:
        return (self.mon, self.tue, self.wed, self.thu, self.fri, self.sat, self.sun)

    @property
    def total(self) -> Decimal:
        return sum(self.as_tuple(), ZERO)


@dataclass(frozen=True, slots=True)
class PlanElement:
    """One programme element (tiltak) with its period and weekly schedule."""

    code: str
    start: date
    end: date
    hours: WeekHours
    note: str = ""

    def is_active_on(self, day: date) -> bool:
        return self.start <= day <= self.end


class EndGoalType(StrEnum):
    """Kinds of end goal (sluttmål), brief §1.4."""

    WORK = "work"
    UPPER_SECONDARY = "upper_secondary"
    HIGHER_EDUCATION = "higher_education"
    PRIMARY_SCHOOL = "primary_school"
    OTHER = "other"


class DurationGroup(StrEnum):
    """The groups of brief §1.4 that set the programme's duration limits."""

    UPPER_SECONDARY_OR_HIGHER = "upper_secondary_or_higher"  # § 13: 3–6 months (+6)
    UPPER_SECONDARY_GOAL = "upper_secondary_goal"  # goal: complete upper secondary, 3 years (+1)
    OTHER = "other"  # work, primary school, part of upper secondary: 2 years (+1)


@dataclass(frozen=True, slots=True)
class EndGoal:
    type: EndGoalType
    text: str = ""


_SKILL_ORDER = {skill: index for index, skill in enumerate(SubSkill)}


@dataclass(frozen=True, slots=True)
class NorwegianGoal:
    """The Norwegian goal (norskmål) per sub-skill (brief §4.2)."""

    levels: tuple[tuple[SubSkill, CefrLevel], ...]

    @classmethod
    def of(cls, levels: dict[SubSkill, CefrLevel]) -> NorwegianGoal:
        return cls(tuple(sorted(levels.items(), key=lambda item: _SKILL_ORDER[item[0]])))

    @classmethod
    def uniform(cls, level: CefrLevel) -> NorwegianGoal:
        return cls.of(dict.fromkeys(SubSkill, level))

    def level(self, skill: SubSkill) -> CefrLevel | None:
        for candidate, level in self.levels:
            if candidate == skill:
                return level
        return None


@dataclass(frozen=True, slots=True)
class Plan:
    """An integration plan (brief §1.3 step 4).

    ``planned_end`` excludes approved leave: the programme really ends ``leave_days`` later
    (brief §1.4, "programme end date = planned end + approved leave days").
    ``goal_override_reason`` explains a Norwegian goal or end goal that departs from the
    recommendation for the participant's background.
    """

    start: date
    planned_end: date
    end_goal: EndGoal | None
    norwegian_goal: NorwegianGoal | None
    elements: tuple[PlanElement, ...] = ()
    long_term_goal: str = ""
    approved_leave: tuple[DateRange, ...] = ()
    goal_override_reason: str = ""
    # ``period`` once worked out (a month's figures ask each plan for it several times).
    _period: DateRange | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def leave_days(self) -> int:
        """Calendar days of approved leave, overlapping periods counted once."""
        return len(self.leave_dates)

    @property
    def leave_dates(self) -> frozenset[date]:
        return frozenset(day for period in self.approved_leave for day in period.days())

    @property
    def end_with_leave(self) -> date:
        return self.planned_end + timedelta(days=self.leave_days)

    @property
    def period(self) -> DateRange:
        """The programme period including the days added for approved leave."""
        found = self._period
        if found is None:
            found = DateRange(self.start, max(self.start, self.end_with_leave))
            object.__setattr__(self, "_period", found)
        return found


# A draft and an approved plan have the same shape; approval and versioning (a signed plan is
# never edited in place) belong to the services layer.
PlanDraft = Plan


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem (or note) a rule found in a plan.

    ``rule_id`` is stable (e.g. ``"FULLTIME_WEEK"``) so the UI, exports and tests can rely on it.
    ``weeks`` are ISO weeks such as ``"2026-W02"``. ``unconfirmed`` is true when the rule rests on
    a value the brief marks UNCONFIRMED, so the user knows to treat it as advice.
    """

    rule_id: str
    severity: Severity
    message_nb: str
    message_en: str = ""
    weeks: tuple[str, ...] = ()
    dates: tuple[date, ...] = ()
    brief_section: str = ""
    element_code: str | None = None
    unconfirmed: bool = False
    message_nn: str = ""  # Nynorsk, for a window that speaks nn

    def message(self, language: str) -> str:
        """The message in ``language``: ``nb``, ``nn`` (Bokmål where a rule has none), or
        English (Bokmål where a rule has none)."""
        if language == "nn":
            return self.message_nn or self.message_nb
        if language == "nb":
            return self.message_nb
        return self.message_en or self.message_nb

    @property
    def law(self) -> str:
        """Where the rule stands in the law, for the user (``brief_section`` is for us)."""
        return law_reference(self.brief_section)

    def law_in(self, language: str) -> str:
        """``law`` as ``language`` writes it ("Integration Act §§ 13–14" in English)."""
        return law_in(self.law, language)


def iso_week(day: date) -> str:
    """``"2026-W02"`` for any day in ISO week 2 of ISO year 2026."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"
