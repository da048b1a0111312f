"""End goal and Norwegian goal of a plan (brief §1.3 step 4, §1.4, §4.2).

The recommended Norwegian goal per education level is an input (another module owns that
recommendation): a mapping from ``EducationLevel`` to one ``CefrLevel`` for every sub-skill,
or to a level per ``SubSkill``. A goal that departs from it needs a reason
(``Plan.goal_override_reason``): below the recommendation is a warning, above it a note
(brief §4.2: the level may be raised for fast progress and lowered if it cannot be reached).
"""

from __future__ import annotations

from collections.abc import Mapping

from introdesk.domain.codes import CefrLevel, EducationLevel, SubSkill
from introdesk.domain.plans import EndGoalType, Finding, Plan, Severity

RULE_END_GOAL_MISSING = "END_GOAL_MISSING"
RULE_END_GOAL_VAGUE = "END_GOAL_VAGUE"
RULE_END_GOAL_UNUSUAL = "END_GOAL_UNUSUAL_FOR_GROUP"
RULE_NORWEGIAN_GOAL_MISSING = "NORWEGIAN_GOAL_MISSING"
RULE_NORWEGIAN_GOAL_BELOW = "NORWEGIAN_GOAL_BELOW_RECOMMENDED"
RULE_NORWEGIAN_GOAL_ABOVE = "NORWEGIAN_GOAL_ABOVE_RECOMMENDED"

RecommendedGoals = Mapping[EducationLevel, CefrLevel | Mapping[SubSkill, CefrLevel]]


def check_end_goal(plan: Plan, upper_secondary_completed: bool, age_at_start: int) -> list[Finding]:
    goal = plan.end_goal
    if goal is None:
        return [
            Finding(
                rule_id=RULE_END_GOAL_MISSING,
                severity=Severity.ERROR,
                message_nb="Planen mangler sluttmål.",
                message_nn="Planen manglar sluttmål.",
                message_en="The plan has no end goal.",
                brief_section="§1.3, §1.4",
            )
        ]
    findings = []
    if not goal.text.strip():
        findings.append(
            Finding(
                rule_id=RULE_END_GOAL_VAGUE,
                severity=Severity.WARNING,
                message_nb="Sluttmålet bør beskrives så konkret som mulig.",
                message_nn="Sluttmålet bør beskrivast så konkret som mogleg.",
                message_en="The end goal should be described as concretely as possible.",
                brief_section="§1.4",
            )
        )
    if plan.goal_override_reason.strip():
        return findings
    unusual = (
        upper_secondary_completed
        and goal.type in (EndGoalType.UPPER_SECONDARY, EndGoalType.PRIMARY_SCHOOL)
    ) or (
        not upper_secondary_completed
        and age_at_start < 25
        and goal.type != EndGoalType.UPPER_SECONDARY
    )
    if unusual:
        findings.append(
            Finding(
                rule_id=RULE_END_GOAL_UNUSUAL,
                severity=Severity.INFO,
                message_nb=(
                    "Sluttmålet avviker fra hovedregelen for deltakerens gruppe (under 25 uten "
                    "videregående: fullført videregående; med videregående: arbeid eller "
                    "høyere utdanning). Begrunn valget."
                ),
                message_nn=(
                    "Sluttmålet avvik frå hovudregelen for gruppa til deltakaren (under 25 utan "
                    "vidaregåande: fullført vidaregåande; med vidaregåande: arbeid eller "
                    "høgare utdanning). Grunngi valet."
                ),
                message_en=(
                    "The end goal departs from the main rule for the participant's group "
                    "(under 25 without upper secondary: completed upper secondary; with upper "
                    "secondary: work or higher education). Give a reason."
                ),
                brief_section="§1.4",
            )
        )
    return findings


def recommended_level(
    recommended: RecommendedGoals, education: EducationLevel, skill: SubSkill
) -> CefrLevel | None:
    entry = recommended.get(education)
    if entry is None or isinstance(entry, CefrLevel):
        return entry
    return entry.get(skill)


def check_norwegian_goal(
    plan: Plan, education: EducationLevel, recommended: RecommendedGoals | None
) -> list[Finding]:
    goal = plan.norwegian_goal
    missing = [s for s in SubSkill if goal is None or goal.level(s) is None]
    if missing:
        names = ", ".join(s.value for s in missing)
        return [
            Finding(
                rule_id=RULE_NORWEGIAN_GOAL_MISSING,
                severity=Severity.ERROR,
                message_nb=f"Planen mangler norskmål for: {names}.",
                message_nn=f"Planen manglar norskmål for: {names}.",
                message_en=f"The plan has no Norwegian goal for: {names}.",
                brief_section="§1.3, §4.2",
            )
        ]
    if recommended is None or plan.goal_override_reason.strip() or goal is None:
        return []
    below, above = [], []
    for skill in SubSkill:
        level, wanted = goal.level(skill), recommended_level(recommended, education, skill)
        if level is None or wanted is None:
            continue
        if level.rank < wanted.rank:
            below.append(f"{skill.value} {level.value} < {wanted.value}")
        elif level.rank > wanted.rank:
            above.append(f"{skill.value} {level.value} > {wanted.value}")
    findings = []
    if below:
        findings.append(
            Finding(
                rule_id=RULE_NORWEGIAN_GOAL_BELOW,
                severity=Severity.WARNING,
                message_nb="Norskmålet er lavere enn anbefalt for deltakerens utdanning "
                f"({'; '.join(below)}) uten begrunnelse.",
                message_nn="Norskmålet er lågare enn tilrådd for utdanninga til deltakaren "
                f"({'; '.join(below)}) utan grunngiving.",
                message_en="The Norwegian goal is below the level recommended for the "
                f"participant's education ({'; '.join(below)}) and no reason is given.",
                brief_section="§4.2",
            )
        )
    if above:
        findings.append(
            Finding(
                rule_id=RULE_NORWEGIAN_GOAL_ABOVE,
                severity=Severity.INFO,
                message_nb="Norskmålet er høyere enn anbefalt for deltakerens utdanning "
                f"({'; '.join(above)}) uten begrunnelse.",
                message_nn="Norskmålet er høgare enn tilrådd for utdanninga til deltakaren "
                f"({'; '.join(above)}) utan grunngiving.",
                message_en="The Norwegian goal is above the level recommended for the "
                f"participant's education ({'; '.join(above)}) and no reason is given.",
                brief_section="§4.2",
            )
        )
    return findings
