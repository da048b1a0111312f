"""Synthetic test results for the demo: Norskprøven sittings four times a year with levels that
grow with time in training, social-studies tests (mostly passed), a few statsborgerprøver and
exemptions. Also fills, where empty, the facts the deadline and goal need (permit group and
date, education) so the tests page has something to show. Nothing describes a real person."""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from introdesk.domain.codes import CefrLevel, EducationLevel, PermitType, Regime, SubSkill
from introdesk.domain.dates import add_months
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    ExemptionKind,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
)
from introdesk.persistence.repositories import language_tests as repo
from introdesk.services.language_tests import write_results

PERMITS = [
    (PermitType.REFUGEE, 50),
    (PermitType.FAMILY_IMMIGRATION, 25),
    (PermitType.RESETTLEMENT, 12),
    (PermitType.COLLECTIVE_PROTECTION, 13),
]
EDUCATION = [
    (EducationLevel.NONE, 10),
    (EducationLevel.PRIMARY_PARTIAL, 15),
    (EducationLevel.PRIMARY, 30),
    (EducationLevel.UPPER_SECONDARY, 25),
    (EducationLevel.HIGHER, 20),
]
TEST_LANGUAGES = ["ar", "ti", "so", "prs", "uk", "nb", "nb", "en"]
# Norskprøven is held four times a year (brief §4.1): March, June, September, December.
SITTING_MONTHS = (3, 6, 9, 12)
LEVELS = [CefrLevel.BELOW_A1, CefrLevel.A1, CefrLevel.A2, CefrLevel.B1, CefrLevel.B2]


def _pick(rng: random.Random, weighted: list[tuple[Any, int]]) -> Any:
    return rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]


def _fill_facts(row: Any, rng: random.Random, today: date) -> date | None:
    """Set the permit group/date, regime and education when the record has none; returns the
    day the person's training began, which the test results follow."""
    if not row.permit_type:
        row.permit_type = _pick(rng, PERMITS).value
    if row.permit_date is None:
        row.permit_date = today - timedelta(days=rng.randint(200, 1400))
    if row.regime in ("", Regime.INTEGRATION_ACT.value) and (
        row.permit_type == PermitType.COLLECTIVE_PROTECTION.value
    ):
        row.regime = Regime.CHAPTER_6A.value
    if not row.education_level:
        education = _pick(rng, EDUCATION)
        row.education_level = education.value
        row.completed_upper_secondary = (
            education
            in (
                EducationLevel.UPPER_SECONDARY,
                EducationLevel.HIGHER,
            )
            and rng.random() < 0.85
        )
    if row.programme_start is None and row.permit_date is not None:
        start: date = min(row.permit_date + timedelta(days=rng.randint(30, 110)), today)
        # Only a person with a decision has a programme start (issue 14: a start without a
        # decision is no course; the demo showed referred people "without decision" on the
        # Benefit page). The others' training still began then: their results follow it.
        if row.decision_date is not None:
            row.programme_start = start
        return start
    began: date | None = row.programme_start
    return began


def _sittings(first: date, today: date) -> list[date]:
    days = []
    for year in range(first.year, today.year + 1):
        for month in SITTING_MONTHS:
            day = date(year, month, 10)
            if first <= day <= today:
                days.append(day)
    return days


def _level(score: float) -> CefrLevel:
    return LEVELS[max(0, min(len(LEVELS) - 1, round(score)))]


def _registration(expected: float) -> RegistrationLevel:
    if expected < 1.6:
        return RegistrationLevel.A1_A2
    if expected < 2.6:
        return RegistrationLevel.A2_B1
    return RegistrationLevel.B1_B2


def _norskproven(
    rng: random.Random, start: date, today: date, education: str
) -> list[NorskprovenResult]:
    talent = {"none": 0.55, "primary_partial": 0.7, "primary": 0.85, "upper_secondary": 1.0}.get(
        education, 1.1
    ) * rng.uniform(0.7, 1.25)
    first = add_months(start, rng.randint(5, 10))
    results: list[NorskprovenResult] = []
    for day in _sittings(first, today):
        if rng.random() < 0.55 and results:
            continue  # not every sitting
        years = (day - start).days / 365
        expected = 0.6 + talent * 1.6 * years**0.6
        skills = list(SubSkill) if rng.random() < 0.7 else rng.sample(list(SubSkill), 2)
        registration = _registration(expected)
        for skill in skills:
            bonus = {SubSkill.ORAL: 0.3, SubSkill.LISTENING: 0.15}.get(skill, 0.0)
            level = _level(expected + bonus + rng.gauss(0, 0.3))
            if skill is SubSkill.WRITING and level.rank > registration.ceiling.rank:
                level = registration.ceiling
            results.append(
                NorskprovenResult(
                    day,
                    skill,
                    level,
                    registration if skill in (SubSkill.WRITING, SubSkill.ORAL) else None,
                )
            )
        if len(results) >= 12:
            break
    return results


def add_results(session: Any, rng: random.Random, actor: str, today: date) -> int:
    """Results for every active participant who has none yet; returns how many were added."""
    have = set(repo.histories(session))
    pending: list[tuple[int, Any]] = []
    for row in repo.participant_rows(session):
        if row.id in have:
            continue
        began = _fill_facts(row, rng, today)
        if rng.random() < 0.08:
            continue  # some have not taken any test yet
        start = began or row.permit_date or today
        items: list[Any] = list(_norskproven(rng, start, today, row.education_level))
        months_in = (today - start).days / 30.4
        if months_in > 10 and rng.random() < 0.7:
            day = min(today, add_months(start, rng.randint(6, 12)))
            language = rng.choice(TEST_LANGUAGES)
            score = max(10, min(34, round(rng.gauss(28, 4))))
            version = (
                SocialStudiesVersion.HOURS_75
                if day >= date(2022, 12, 1)
                else SocialStudiesVersion.HOURS_50
            )
            maximum = 34 if version is SocialStudiesVersion.HOURS_75 else 38
            items.append(SocialStudiesResult(day, version, min(score, maximum), maximum, language))
            if score < 26 and months_in > 16:
                retake = min(today, day + timedelta(days=120))
                items.append(
                    SocialStudiesResult(retake, version, min(maximum, score + 4), maximum, language)
                )
        if months_in > 24 and rng.random() < 0.12:
            day = today - timedelta(days=rng.randint(5, 200))
            items.append(CitizenshipTestResult(day, score=rng.randint(22, 32), max_score=32))
        if rng.random() < 0.03:
            items.append(
                TestExemption(
                    ExemptionKind.SOCIAL_STUDIES_TEST,
                    "Særlige helsemessige grunner (legeerklæring)",
                    today - timedelta(days=rng.randint(10, 300)),
                )
            )
        pending.extend((row.id, item) for item in items)
    write_results(session, actor, pending, "demo")  # one flush for everyone
    return len(pending)
