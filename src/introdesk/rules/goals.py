"""End goals (sluttmål) and Norwegian goals (norskmål) recommended from education and age.

End-goal groups (brief §1.4 table; § 13 / § 14 after the 2025 amendment):

- upper-secondary (GSU list) or higher → qualify for higher education or work; 3–6 months;
- under 25 without upper-secondary → primarily complete upper-secondary; 3 months–3 years;
- others → work, (part of) primary school, or part of upper-secondary; 3 months–2 years.
  25 or older may also choose completing upper-secondary (its own row in the brief's table).

Durations are only named here for orientation; the duration rules belong to a dated table.
Age is in completed years on the date the goal is set (plan or decision date).

Norwegian goal per sub-skill (brief §4.2 [R34]) comes from the ``norwegian_goal_by_education``
table. A level may be raised for fast progress or lowered if the person cannot reach it; an
adviser's different choice is an ``Override`` with a reason, and the ``*_problems`` functions
report a choice that does not fit the education background but has no reason.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Generic, TypeVar

from introdesk.domain.codes import CefrLevel, EducationLevel, SubSkill
from introdesk.domain.errors import FieldProblem
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.eligibility import completed_years
from introdesk.rules.tables import DatedTable

T = TypeVar("T")

UPPER_SECONDARY_AGE_LIMIT = 25  # "under 25" in the brief §1.4 table

SKILL_LABELS = {
    SubSkill.LISTENING: "lytteforståelse",
    SubSkill.READING: "leseforståelse",
    SubSkill.WRITING: "skriftlig framstilling",
    SubSkill.ORAL: "muntlig kommunikasjon",
}


class EndGoalGroup(StrEnum):
    QUALIFY_HIGHER_EDUCATION_OR_WORK = "qualify_higher_education_or_work"
    COMPLETE_UPPER_SECONDARY = "complete_upper_secondary"
    WORK_OR_PRIMARY_SCHOOL = "work_or_primary_school"


END_GOAL_LABELS = {
    EndGoalGroup.QUALIFY_HIGHER_EDUCATION_OR_WORK: (
        "Kvalifisering for høyere utdanning eller arbeid (3–6 måneder)"
    ),
    EndGoalGroup.COMPLETE_UPPER_SECONDARY: "Fullført videregående opplæring (3 måneder–3 år)",
    EndGoalGroup.WORK_OR_PRIMARY_SCHOOL: (
        "Arbeid, grunnskole eller deler av videregående opplæring (3 måneder–2 år)"
    ),
}


class BackgroundKey(StrEnum):
    """Row keys of the norwegian_goal_by_education table (brief §4.2)."""

    NOT_COMPLETED_PRIMARY = "not_completed_primary"
    COMPLETED_PRIMARY = "completed_primary"
    UPPER_SECONDARY = "upper_secondary"
    UPPER_SECONDARY_NEEDS_B2 = "upper_secondary_needs_b2"


@dataclass(frozen=True, slots=True)
class Override(Generic[T]):
    """An adviser's chosen goal, and why it differs from the recommendation."""

    chosen: T
    reason: str = ""

    @property
    def has_reason(self) -> bool:
        return bool(self.reason.strip())


@dataclass(frozen=True, slots=True)
class NorwegianGoal:
    """A CEFR level per Norskprøven sub-skill."""

    listening: CefrLevel
    reading: CefrLevel
    writing: CefrLevel
    oral: CefrLevel

    def level(self, skill: SubSkill) -> CefrLevel:
        return {
            SubSkill.LISTENING: self.listening,
            SubSkill.READING: self.reading,
            SubSkill.WRITING: self.writing,
            SubSkill.ORAL: self.oral,
        }[skill]


def has_upper_secondary_or_higher(
    education: EducationLevel, completed_upper_secondary: bool
) -> bool:
    return completed_upper_secondary or education is EducationLevel.HIGHER


def end_goal_group(
    education: EducationLevel, completed_upper_secondary: bool, age: int
) -> EndGoalGroup:
    """The main-rule end-goal group from education and age (brief §1.4)."""
    if has_upper_secondary_or_higher(education, completed_upper_secondary):
        return EndGoalGroup.QUALIFY_HIGHER_EDUCATION_OR_WORK
    if age < UPPER_SECONDARY_AGE_LIMIT:
        return EndGoalGroup.COMPLETE_UPPER_SECONDARY
    return EndGoalGroup.WORK_OR_PRIMARY_SCHOOL


def recommended_end_goal(facts: ParticipantFacts, on_date: date) -> EndGoalGroup:
    """``end_goal_group`` for a participant, with the age on ``on_date`` (brief §1.4)."""
    return end_goal_group(
        facts.education_level,
        facts.completed_upper_secondary,
        completed_years(facts.birth_date, on_date),
    )


def consistent_end_goals(
    education: EducationLevel, completed_upper_secondary: bool, age: int
) -> frozenset[EndGoalGroup]:
    """End-goal groups that fit education and age without a special reason (brief §1.4)."""
    main = end_goal_group(education, completed_upper_secondary, age)
    if main is EndGoalGroup.WORK_OR_PRIMARY_SCHOOL:
        # 25 or older without upper-secondary may aim to complete it (its own table row).
        return frozenset({main, EndGoalGroup.COMPLETE_UPPER_SECONDARY})
    return frozenset({main})


def end_goal_problems(
    education: EducationLevel,
    completed_upper_secondary: bool,
    age: int,
    override: Override[EndGoalGroup],
) -> list[FieldProblem]:
    """A problem when the chosen end goal does not fit education and age and has no reason."""
    allowed = consistent_end_goals(education, completed_upper_secondary, age)
    if override.chosen in allowed or override.has_reason:
        return []
    main = end_goal_group(education, completed_upper_secondary, age)
    return [
        FieldProblem(
            row=None,
            field="sluttmål",
            reason=(
                f"Valgt sluttmål «{END_GOAL_LABELS[override.chosen]}» passer ikke med "
                f"utdanning og alder (hovedregel: «{END_GOAL_LABELS[main]}»). "
                "Skriv en begrunnelse (integreringsloven §§ 13–14)."
            ),
        )
    ]


def background_key(
    education: EducationLevel,
    completed_upper_secondary: bool,
    *,
    needs_b2_documentation: bool = False,
) -> BackgroundKey:
    """Which row of the norskmål table applies (brief §4.2).

    Started-but-not-completed upper-secondary counts as completed primary school.
    """
    if has_upper_secondary_or_higher(education, completed_upper_secondary):
        if needs_b2_documentation:
            return BackgroundKey.UPPER_SECONDARY_NEEDS_B2
        return BackgroundKey.UPPER_SECONDARY
    if education in (EducationLevel.NONE, EducationLevel.PRIMARY_PARTIAL):
        return BackgroundKey.NOT_COMPLETED_PRIMARY
    return BackgroundKey.COMPLETED_PRIMARY


def recommended_norwegian_goal(
    education: EducationLevel,
    completed_upper_secondary: bool,
    *,
    on_date: date,
    table: DatedTable,
    needs_b2_documentation: bool = False,
) -> NorwegianGoal:
    """Recommended norskmål per sub-skill from the table row valid on ``on_date`` (brief §4.2)."""
    key = background_key(
        education, completed_upper_secondary, needs_b2_documentation=needs_b2_documentation
    )
    levels = table.at(on_date)[key.value]
    return NorwegianGoal(
        listening=CefrLevel(levels[SubSkill.LISTENING.value]),
        reading=CefrLevel(levels[SubSkill.READING.value]),
        writing=CefrLevel(levels[SubSkill.WRITING.value]),
        oral=CefrLevel(levels[SubSkill.ORAL.value]),
    )


def norwegian_goal_problems(
    recommended: NorwegianGoal, override: Override[NorwegianGoal]
) -> list[FieldProblem]:
    """One problem per sub-skill whose chosen level differs from the recommendation when no
    reason is given (brief §4.2: raising or lowering the level is allowed, with a reason)."""
    if override.has_reason:
        return []
    problems = []
    for skill in SubSkill:
        chosen, advised = override.chosen.level(skill), recommended.level(skill)
        if chosen is not advised:
            direction = "høyere" if chosen.rank > advised.rank else "lavere"
            problems.append(
                FieldProblem(
                    row=None,
                    field=f"norskmål.{skill.value}",
                    reason=(
                        f"Norskmål for {SKILL_LABELS[skill]} ({chosen.value}) er {direction} enn "
                        f"anbefalt nivå {advised.value} for utdanningsbakgrunnen. Skriv en "
                        "begrunnelse (integreringsloven kapittel 6)."
                    ),
                )
            )
    return problems
