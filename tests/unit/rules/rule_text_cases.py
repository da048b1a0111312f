"""The spreads of inputs the rules' Nynorsk and English texts are checked over (one list for
both languages: ``test_rule_texts_nynorsk`` and ``test_rule_texts_english``)."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from introdesk.domain.codes import EducationLevel, PermitType, Regime
from introdesk.domain.language_tests import TrainingCategory
from introdesk.domain.participant_details import ParticipantFields
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    TrainingDeadline,
    TrainingFacts,
    TrainingLimits,
    training_category,
    training_deadline,
    training_limits,
)
from introdesk.rules.training_category import TrainingCategoryResult


def assessment_records() -> list[ParticipantFields]:
    """A person with full facts, one missing them (the second), and goal overrides."""
    base = ParticipantFields(
        given_name="Amira",
        family_name="Haddad",
        birth_date=date(1990, 5, 17),
        permit_type=PermitType.REFUGEE,
        permit_date=date(2024, 2, 1),
        settlement_date=date(2024, 3, 15),
        education_level=EducationLevel.PRIMARY,
    )
    return [
        base,
        replace(base, birth_date=None, permit_type=None, permit_date=None),
        replace(base, end_goal_group_override="no_such_group"),
        replace(base, norwegian_goal_override="C1/C1/C1/C1"),
        replace(base, norwegian_goal_override="B1/B1", goal_override_reason="Rask progresjon"),
    ]


def training_category_results() -> Iterator[TrainingCategoryResult]:
    """Every permit and regime, four ages, permanent or not, on three days."""
    births = (date(1990, 1, 1), date(2010, 1, 1), date(1950, 1, 1), date(1958, 6, 1))
    for permit, regime, born, permanent, on in itertools.product(
        PermitType, Regime, births, (True, False), (None, date(2026, 3, 1), date(2040, 1, 1))
    ):
        facts = TrainingFacts(permit, date(2023, 5, 10), born, regime, permanent)
        yield training_category(facts, age_limits=load_table("training_age_limits"), on=on)


def deadlines_and_limits() -> Iterator[tuple[TrainingDeadline, list[TrainingLimits]]]:
    """A deadline for both regimes, with and without upper secondary and leave, and the
    limits of every category under that regime and the introduction act."""
    for regime, upper_secondary, leave, category in itertools.product(
        (Regime.INTEGRATION_ACT, Regime.CHAPTER_6A),
        (True, False),
        (0, 12),
        TrainingCategory,
    ):
        deadline = training_deadline(
            regime=regime,
            rights_start=date(2024, 1, 15),
            has_upper_secondary=upper_secondary,
            table=load_table("training_deadlines"),
            approved_leave_days=leave,
            training_start=date(2024, 2, 1),
        )
        limits = [
            training_limits(
                category=category,
                regime=limit_regime,
                has_upper_secondary=upper_secondary,
                rights_start=date(2024, 1, 15),
                deadlines=load_table("training_deadlines"),
                hours=load_table("training_hours"),
            )
            for limit_regime in (regime, Regime.INTRODUCTION_ACT)
        ]
        yield deadline, limits
