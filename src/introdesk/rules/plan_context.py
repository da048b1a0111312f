"""What the plan rules need besides the plan: participant facts and the rule tables."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from introdesk.domain.codes import EducationLevel, Regime
from introdesk.domain.plans import DurationGroup, EndGoalType
from introdesk.rules.catalogue import ElementType, load_catalogue
from introdesk.rules.tables import DatedTable, load_table

_UPPER_SECONDARY_OR_HIGHER = (EducationLevel.UPPER_SECONDARY, EducationLevel.HIGHER)


@dataclass(frozen=True, slots=True)
class PlanContext:
    """Participant facts the plan rules use (no personal identifiers).

    ``has_upper_secondary`` is upper-secondary education meeting the GSU list (brief §1.4);
    left as None it follows ``education``. ``duration_group`` left as None is derived from it
    and the plan's end goal (``duration_group_for``). ``exempt_elements`` holds mandatory
    element codes the participant has already completed or is exempt from.
    ``training_right_start`` is the date the right to Norwegian/social-studies training began
    (it decides 50 or 75 social-studies hours, brief §4.0); None means the plan's start.
    """

    regime: Regime
    age_at_start: int
    education: EducationLevel
    children_under_18: int = 0
    expecting_child: bool = False  # parenting guidance is mandatory for expecting parents too
    has_upper_secondary: bool | None = None
    duration_group: DurationGroup | None = None
    extension_months: int = 0
    exempt_elements: frozenset[str] = frozenset()
    training_right_start: date | None = None

    @property
    def upper_secondary_completed(self) -> bool:
        if self.has_upper_secondary is not None:
            return self.has_upper_secondary
        return self.education in _UPPER_SECONDARY_OR_HIGHER


def duration_group_for(
    upper_secondary_completed: bool, end_goal: EndGoalType | None
) -> DurationGroup:
    """The duration group of brief §1.4.

    Upper-secondary education or higher → the short programme, whatever the goal. Without it,
    an end goal of completing upper secondary gives up to 3 years (under 25 as the main rule,
    25 or older by choice of goal); every other goal gives up to 2 years.
    """
    if upper_secondary_completed:
        return DurationGroup.UPPER_SECONDARY_OR_HIGHER
    if end_goal == EndGoalType.UPPER_SECONDARY:
        return DurationGroup.UPPER_SECONDARY_GOAL
    return DurationGroup.OTHER


@dataclass(frozen=True)
class PlanTables:
    """The data the plan rules take: element catalogue and dated rule tables."""

    catalogue: Mapping[str, ElementType]
    durations: DatedTable
    fulltime: DatedTable
    mandatory_content: DatedTable
    work_oriented: DatedTable


def load_plan_tables() -> PlanTables:
    """The bundled catalogue and ``resources/rules/plan_*.json`` tables."""
    return PlanTables(
        catalogue=load_catalogue(),
        durations=load_table("plan_durations"),
        fulltime=load_table("plan_fulltime"),
        mandatory_content=load_table("plan_mandatory_content"),
        work_oriented=load_table("plan_work_oriented"),
    )
