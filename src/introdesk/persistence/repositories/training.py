"""Training records (case data): rows ↔ records, and the attended minutes that make the hours."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from introdesk.domain.codes import CefrLevel, Programme, SubSkill
from introdesk.domain.language_tests import ExemptionKind
from introdesk.domain.training import (
    ExemptionRecord,
    LeavePeriod,
    RightsStartReason,
    TrainingRecord,
    TrainingState,
)
from introdesk.persistence.models import (
    LessonAttendanceRow,
    LessonRow,
    ParticipantRow,
    TrainingExemptionRow,
    TrainingLeaveRow,
    TrainingRecordRow,
)

GOAL_COLUMNS = {
    SubSkill.LISTENING: "goal_listening",
    SubSkill.READING: "goal_reading",
    SubSkill.WRITING: "goal_writing",
    SubSkill.ORAL: "goal_oral",
}


def get_by_participant(session: Session, participant_id: int) -> TrainingRecordRow | None:
    return session.scalars(
        select(TrainingRecordRow).where(TrainingRecordRow.participant_id == participant_id)
    ).first()


def participant_ids(session: Session) -> list[int]:
    query = (
        select(TrainingRecordRow.participant_id)
        .join(ParticipantRow, ParticipantRow.id == TrainingRecordRow.participant_id)
        .order_by(ParticipantRow.family_name, ParticipantRow.given_name, ParticipantRow.id)
    )
    return list(session.scalars(query))


def leave_rows(session: Session, training_id: int) -> list[TrainingLeaveRow]:
    return list(
        session.scalars(
            select(TrainingLeaveRow)
            .where(TrainingLeaveRow.training_id == training_id)
            .order_by(TrainingLeaveRow.from_date, TrainingLeaveRow.id)
        )
    )


def exemption_rows(session: Session, training_id: int) -> list[TrainingExemptionRow]:
    return list(
        session.scalars(
            select(TrainingExemptionRow)
            .where(TrainingExemptionRow.training_id == training_id)
            .order_by(TrainingExemptionRow.decision_date, TrainingExemptionRow.id)
        )
    )


def to_record(session: Session, row: TrainingRecordRow) -> TrainingRecord:
    person = session.get(ParticipantRow, row.participant_id)
    name = f"{person.family_name}, {person.given_name}" if person else ""
    goal = tuple(
        (skill, CefrLevel(getattr(row, column)))
        for skill, column in GOAL_COLUMNS.items()
        if getattr(row, column)
    )
    return TrainingRecord(
        id=row.id,
        participant_id=row.participant_id,
        participant_name=name,
        programme=Programme(row.programme),
        start=row.start_date,
        rights_start=row.rights_start,
        rights_start_reason=RightsStartReason(row.rights_start_reason),
        education_background=row.education_background,
        goal=goal,
        social_studies_language=row.social_studies_language,
        state=TrainingState(row.state),
        end_date=row.end_date,
        end_reason=row.end_reason,
        row_version=row.row_version,
        leave=tuple(
            LeavePeriod(r.from_date, r.to_date, r.reason, r.id) for r in leave_rows(session, row.id)
        ),
        exemptions=tuple(
            ExemptionRecord(r.id, ExemptionKind(r.kind), r.legal_basis, r.decision_date, r.note)
            for r in exemption_rows(session, row.id)
        ),
    )


def attended_minutes(
    session: Session, participant_ids: Iterable[int] | None = None
) -> dict[tuple[int, str], int]:
    """Minutes present per (participant, subject), over every lesson registered."""
    query = (
        select(
            LessonAttendanceRow.participant_id,
            LessonRow.subject,
            func.sum(LessonAttendanceRow.minutes),
        )
        .join(LessonRow, LessonRow.id == LessonAttendanceRow.lesson_id)
        .where(LessonAttendanceRow.present.is_(True))
        .group_by(LessonAttendanceRow.participant_id, LessonRow.subject)
    )
    if participant_ids is not None:
        query = query.where(LessonAttendanceRow.participant_id.in_(list(participant_ids)))
    return {(pid, subject): int(total or 0) for pid, subject, total in session.execute(query)}


def participants_without_training(session: Session, limit: int) -> list[ParticipantRow]:
    """Participants (not archived) with no training record yet, oldest first (for the demo)."""
    enrolled = select(TrainingRecordRow.participant_id)
    return list(
        session.scalars(
            select(ParticipantRow)
            .where(ParticipantRow.archived_at.is_(None), ParticipantRow.id.not_in(enrolled))
            .order_by(ParticipantRow.id)
            .limit(limit)
        )
    )


def attended_by_day(
    session: Session, participant_ids: Iterable[int] | None = None
) -> list[tuple[int, str, date, int]]:
    """(participant, subject, lesson date, minutes present) for every lesson attended."""
    query = (
        select(
            LessonAttendanceRow.participant_id,
            LessonRow.subject,
            LessonRow.lesson_date,
            LessonAttendanceRow.minutes,
        )
        .join(LessonRow, LessonRow.id == LessonAttendanceRow.lesson_id)
        .where(LessonAttendanceRow.present.is_(True))
    )
    if participant_ids is not None:
        query = query.where(LessonAttendanceRow.participant_id.in_(list(participant_ids)))
    return [
        (pid, subject, day, int(minutes)) for pid, subject, day, minutes in session.execute(query)
    ]
