"""Enrolling a person in training (brief §4.0): the permit facts set on the participant, the
education background checked, the starting norskmål and the new record."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from introdesk.domain.codes import (
    CefrLevel,
    EducationLevel,
    PermitType,
    Programme,
    Regime,
    SubSkill,
)
from introdesk.domain.errors import Coded, FieldProblem, ValidationError
from introdesk.domain.training import TrainingEnrolment, TrainingState
from introdesk.persistence.models import ParticipantRow, TrainingRecordRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import training as repo
from introdesk.persistence.uow import Session
from introdesk.rules.goals import BackgroundKey, background_key
from introdesk.rules.tables import load_table


def field_problem(field: str, code: str, **params: object) -> ValidationError:
    """A refused field, its reason coded (``domain/messages/``)."""
    return ValidationError([FieldProblem.of(None, field, Coded.of(code, **params))])


def _background_from_participant(person: ParticipantRow) -> str:
    if not person.education_level:
        return ""
    try:
        level = EducationLevel(person.education_level)
    except ValueError:
        return ""
    return background_key(level, person.completed_upper_secondary).value


def set_permit_facts(
    session: Session,
    actor: str,
    person: ParticipantRow,
    permit: PermitType | None,
    permit_date: date | None,
    regime: Regime | None,
) -> None:
    """Set the permit facts given on the participant, audited there."""
    person_changes: dict[str, tuple[object, object]] = {}
    if permit is not None and person.permit_type != permit.value:
        person_changes["permit_type"] = (person.permit_type, permit.value)
        person.permit_type = permit.value
    if permit_date is not None and person.permit_date != permit_date:
        person_changes["permit_date"] = (person.permit_date, permit_date)
        person.permit_date = permit_date
    if regime is not None and person.regime != regime.value:
        person_changes["regime"] = (person.regime, regime.value)
        person.regime = regime.value
    if person_changes:
        audit.record(
            session,
            actor=actor,
            action="update",
            entity="participant",
            entity_id=person.id,
            changes=person_changes,
        )


def checked_background(enrolment: TrainingEnrolment, person: ParticipantRow) -> str:
    """The education background given, else the participant's; refused when not a known key."""
    background = enrolment.education_background or _background_from_participant(person)
    if background:
        try:
            BackgroundKey(background)
        except ValueError:
            raise field_problem(
                "education_background",
                "plan_import.one_of",
                choices=", ".join(k.value for k in BackgroundKey),
            ) from None
    return background


def starting_goal(enrolment: TrainingEnrolment, background: str) -> dict[SubSkill, CefrLevel]:
    goal = dict(enrolment.goal)
    if not goal and background:
        # The recommended norskmål for the background (brief §4.2 table).
        levels = load_table("norwegian_goal_by_education").at(enrolment.start)[background]
        goal = {skill: CefrLevel(levels[skill.value]) for skill in SubSkill}
    return goal


def new_record_row(
    person: ParticipantRow,
    enrolment: TrainingEnrolment,
    background: str,
    goal: Mapping[SubSkill, CefrLevel],
) -> TrainingRecordRow:
    """The new, active training record (not yet added to the session)."""
    rights_start = enrolment.rights_start or person.permit_date or enrolment.start
    programme = enrolment.programme
    if programme is None:
        try:
            programme = Programme(person.programme)
        except ValueError:
            programme = Programme.TRAINING
    row = TrainingRecordRow(
        participant_id=person.id,
        programme=programme.value,
        start_date=enrolment.start,
        rights_start=rights_start,
        rights_start_reason=enrolment.rights_start_reason.value,
        education_background=background,
        social_studies_language=enrolment.social_studies_language.strip(),
        state=TrainingState.ACTIVE.value,
        end_reason="",
    )
    for skill, column in repo.GOAL_COLUMNS.items():
        setattr(row, column, goal[skill].value if skill in goal else "")
    return row
