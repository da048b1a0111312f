"""Pass marks, best results and goal checks for Norwegian and social-studies tests.

Brief §4.1 (Norskprøven: the best result per sub-test stays on the certificate), §4.3
(samfunnskunnskapsprøven and statsborgerprøven pass marks). Pass marks come from the dated
tables ``social_studies_pass_marks`` and ``citizenship_test_pass_marks``, chosen by test date.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import FieldProblem, RuleTableError, ValidationError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
)
from introdesk.rules.tables import DatedTable


@dataclass(frozen=True, slots=True)
class PassMark:
    """At least ``pass_mark`` correct out of ``max_score`` scored tasks."""

    pass_mark: int
    max_score: int
    unconfirmed: bool = False


def social_studies_pass_mark(result: SocialStudiesResult, table: DatedTable) -> PassMark:
    """The pass mark for this result's version on its test date (brief §4.3)."""
    row = table.row_at(result.test_date)
    entry = row.value.get(str(result.version))
    if entry is None:
        raise RuleTableError(
            f"Rule table {table.name!r} has no {result.version} version on "
            f"{result.test_date.isoformat()}"
        )
    return PassMark(int(entry["pass_mark"]), int(entry["max_score"]), row.unconfirmed)


def social_studies_passed(result: SocialStudiesResult, table: DatedTable) -> bool:
    """Pass/fail of a samfunnskunnskapsprøve: 75-hour ≥ 26 of 34, 50-hour ≥ 29 of 38 (§4.3)."""
    mark = social_studies_pass_mark(result, table)
    if result.max_score != mark.max_score:
        raise ValidationError(
            [
                FieldProblem(
                    row=None,
                    field="max_score",
                    reason=(
                        f"{result.version}-prøven har {mark.max_score} poenggivende "
                        f"oppgaver, ikke {result.max_score}."
                    ),
                )
            ]
        )
    return result.score >= mark.pass_mark


def citizenship_test_passed(result: CitizenshipTestResult, table: DatedTable) -> bool:
    """Pass/fail of a statsborgerprøve (§4.3): as recorded, else score against the pass mark."""
    if result.passed is not None:
        return result.passed
    if result.score is None:  # the dataclass refuses this; kept for the type checker
        raise ValidationError([FieldProblem(row=None, field="score", reason="Poengsum mangler.")])
    row = table.row_at(result.test_date)
    return result.score >= int(row.value["pass_mark"])


def best_results(results: Iterable[NorskprovenResult]) -> dict[SubSkill, NorskprovenResult]:
    """The best result per sub-skill, as the certificate shows it (brief §4.1).

    Among results at the same level the latest one is kept, so the date shown is the most
    recent at which the level was documented.
    """
    best: dict[SubSkill, NorskprovenResult] = {}
    for result in results:
        held = best.get(result.sub_skill)
        if held is None or (result.level.rank, result.test_date) > (
            held.level.rank,
            held.test_date,
        ):
            best[result.sub_skill] = result
    return best


def best_levels(results: Iterable[NorskprovenResult]) -> dict[SubSkill, CefrLevel]:
    """The best level per sub-skill over all results (brief §4.1); absent skills are left out."""
    return {skill: result.level for skill, result in best_results(results).items()}


def level_reached(best: Mapping[SubSkill, CefrLevel], skill: SubSkill, goal: CefrLevel) -> bool:
    held = best.get(skill)
    return held is not None and held.rank >= goal.rank


def goal_met(
    best: Mapping[SubSkill, CefrLevel], goal: Mapping[SubSkill, CefrLevel]
) -> dict[SubSkill, bool]:
    """Per sub-skill in the Norwegian goal (norskmål, §4.2): is the best level at least the goal?"""
    return {skill: level_reached(best, skill, level) for skill, level in goal.items()}
