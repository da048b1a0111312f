"""A training record's status (brief §4.0, §5.1): category, deadline, hours, goal and
warnings, computed through the pure rules from data the service has read."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from datetime import date

from introdesk.domain.codes import PermitType, Regime
from introdesk.domain.errors import RuleTableError
from introdesk.domain.language_tests import TestExemption, TestHistory, TrainingCategory
from introdesk.domain.training import TrainingOverview, TrainingRecord, TrainingWarning
from introdesk.persistence.models import ParticipantRow
from introdesk.rules.goals import BackgroundKey
from introdesk.rules.language_tests import best_levels, goal_met
from introdesk.rules.tables import load_table
from introdesk.rules.training import (
    INTRODUCTION_ACT_NO_DEADLINE,
    TrainingCategoryResult,
    TrainingFacts,
    TrainingStatus,
    gsu_background,
    leave_days,
    lesson_counting,
    programme_hours,
    teaching_hours,
    training_category,
    training_deadline,
    training_findings,
    training_limits,
)

CATEGORY_UNKNOWN = "training.category_unknown"


def overview(
    record: TrainingRecord,
    person: ParticipantRow,
    minutes: Mapping[tuple[int, str], int],
    today: date,
    history: TestHistory,
) -> TrainingOverview:
    """Category, deadline, hours, goal and warnings of one training record on ``today``, with
    the person's test ``history`` (the exemptions on the record added to it)."""
    regime = Regime(person.regime) if person.regime else Regime.INTEGRATION_ACT
    known = category_of(person, regime, today)
    reasons: tuple[str, ...]
    reasons_nn: tuple[str, ...]
    reasons_en: tuple[str, ...]
    if known is None:
        category, fee, unconfirmed = None, None, False
        why, why_nn, why_en = unknown_category_reasons(person)
        reasons, reasons_nn, reasons_en = (why,), (why_nn,), (why_en,)
    else:
        category, fee, unconfirmed = known.category, known.fee_paying, known.unconfirmed
        reasons, reasons_nn, reasons_en = known.reasons, known.reasons_nn, known.reasons_en
    gsu = bool(record.education_background) and gsu_background(
        BackgroundKey(record.education_background)
    )
    deadline, basis, basis_nn, basis_en = None, "", "", ""
    if category not in (TrainingCategory.NONE, TrainingCategory.DUTY_ONLY):
        try:
            result = training_deadline(
                regime=regime,
                rights_start=record.rights_start,
                has_upper_secondary=gsu,
                table=load_table("training_deadlines"),
                approved_leave_days=leave_days((p.start, p.end) for p in record.leave),
                training_start=record.start,
            )
            deadline, basis = result.deadline, result.basis
            basis_nn, basis_en = result.basis_nn, result.basis_en
            unconfirmed = unconfirmed or result.unconfirmed
        except RuleTableError as error:
            basis = str(error)
            if regime is Regime.INTRODUCTION_ACT:
                _, basis_nn, basis_en = INTRODUCTION_ACT_NO_DEADLINE
    required: int | None = None
    if category is not None:
        try:
            required = training_limits(
                category=category,
                regime=regime,
                has_upper_secondary=gsu,
                rights_start=record.rights_start,
                deadlines=load_table("training_deadlines"),
                hours=load_table("training_hours"),
            ).social_studies_hours
        except RuleTableError:
            required = None
    rule = lesson_counting(load_table("lesson_counting"), today)
    norwegian = minutes.get((record.participant_id, "norwegian"), 0)
    social = minutes.get((record.participant_id, "social_studies"), 0)
    history = replace(
        history,
        exemptions=history.exemptions
        + tuple(TestExemption(e.kind, e.legal_basis, e.decision_date) for e in record.exemptions),
    )
    goal = dict(record.goal)
    met = bool(goal) and all(goal_met(best_levels(history.up_to(today).norskproven), goal).values())
    status = TrainingStatus(
        # Unknown category: only the always-on checks (exemption without legal basis) run.
        category=category or TrainingCategory.RIGHT_ONLY,
        deadline=deadline,
        goal=goal,
        history=history,
        social_studies_hours_done=teaching_hours(social, rule),
        social_studies_hours_required=required,
        ended=record.state.ended,
    )
    warnings = [
        TrainingWarning(f.code, f.message, f.message_nn, f.message_en)
        for f in training_findings(status, today=today)
    ]
    if category is None:
        warnings.insert(
            0, TrainingWarning(CATEGORY_UNKNOWN, reasons[0], reasons_nn[0], reasons_en[0])
        )
    return TrainingOverview(
        record=record,
        category=category,
        category_reasons=reasons,
        fee_paying=fee,
        deadline=deadline,
        deadline_basis=basis,
        category_reasons_nn=reasons_nn,
        deadline_basis_nn=basis_nn,
        category_reasons_en=reasons_en,
        deadline_basis_en=basis_en,
        minutes_norwegian=norwegian,
        minutes_social_studies=social,
        hours_norwegian=teaching_hours(norwegian, rule),
        hours_social_studies=teaching_hours(social, rule),
        programme_hours=programme_hours(norwegian + social, rule),
        social_studies_hours_required=required,
        goal_met=met,
        warnings=tuple(warnings),
        unconfirmed=unconfirmed or rule.unconfirmed,
    )


def category_of(
    person: ParticipantRow, regime: Regime, today: date
) -> TrainingCategoryResult | None:
    """The training category of ``person``, or None when it cannot be computed (the reasons
    are then ``unknown_category_reasons``)."""
    if not person.permit_type or person.birth_date is None or person.permit_date is None:
        return None
    try:
        permit = PermitType(person.permit_type)
    except ValueError:
        return None
    return training_category(
        TrainingFacts(permit, person.permit_date, person.birth_date, regime),
        age_limits=load_table("training_age_limits"),
        on=today,
    )


def unknown_category_reasons(person: ParticipantRow) -> tuple[str, str, str]:
    """Why the category cannot be computed, in Bokmål, Nynorsk and English."""
    missing = [
        (nb, nn, en)
        for nb, nn, en, value in (
            ("tillatelse", "løyve", "permit", person.permit_type),
            ("tillatelsesdato", "løyvedato", "permit date", person.permit_date),
            ("fødselsdato", "fødselsdato", "birth date", person.birth_date),
        )
        if not value
    ]
    if not missing:
        return (
            f"Ukjent tillatelse {person.permit_type!r} (integreringsloven kapittel 6).",
            f"Ukjent løyve {person.permit_type!r} (integreringslova kapittel 6).",
            f"Unknown permit {person.permit_type!r} (Integration Act chapter 6).",
        )
    return (
        "Kategorien kan ikke beregnes: "
        + ", ".join(nb for nb, _, _ in missing)
        + " mangler i deltakerens opplysninger (integreringsloven kapittel 6).",
        "Kategorien kan ikkje reknast ut: "
        + ", ".join(nn for _, nn, _ in missing)
        + " manglar i opplysningane om deltakaren (integreringslova kapittel 6).",
        "The category cannot be computed: the participant's details lack "
        + ", ".join(en for _, _, en in missing)
        + " (Integration Act chapter 6).",
    )
