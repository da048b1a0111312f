"""Classes, memberships, lessons and lesson attendance (class data, kept apart from case data)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from introdesk.domain.training import MembershipRecord, Subject, TimetableSlot
from introdesk.persistence.models import (
    ClassMemberRow,
    LessonAttendanceRow,
    LessonRow,
    ParticipantRow,
    TimetableSlotRow,
    TrainingClassRow,
)


def get_by_code(session: Session, code: str) -> TrainingClassRow | None:
    return session.scalars(
        select(TrainingClassRow).where(func.lower(TrainingClassRow.code) == code.strip().lower())
    ).first()


def list_classes(session: Session) -> list[TrainingClassRow]:
    return list(
        session.scalars(
            select(TrainingClassRow)
            .where(TrainingClassRow.archived.is_(False))
            .order_by(TrainingClassRow.code)
        )
    )


def timetable(session: Session, class_id: int) -> tuple[TimetableSlot, ...]:
    rows = session.scalars(
        select(TimetableSlotRow)
        .where(TimetableSlotRow.class_id == class_id)
        .order_by(TimetableSlotRow.weekday, TimetableSlotRow.start_time)
    )
    return tuple(
        TimetableSlot(r.weekday, r.start_time, r.minutes, Subject(r.subject)) for r in rows
    )


def _active(on_from: date, on_to: date) -> object:
    return (ClassMemberRow.from_date <= on_to) & (
        or_(ClassMemberRow.to_date.is_(None), ClassMemberRow.to_date >= on_from)
    )


def member_count(session: Session, class_id: int, on: date) -> int:
    query = (
        select(func.count())
        .select_from(ClassMemberRow)
        .where(ClassMemberRow.class_id == class_id, _active(on, on))  # type: ignore[arg-type]
    )
    return int(session.scalar(query) or 0)


def memberships(
    session: Session,
    *,
    class_id: int | None = None,
    participant_id: int | None = None,
    between: tuple[date, date] | None = None,
) -> list[MembershipRecord]:
    query = (
        # Only the name columns: a teacher's login may read nothing else of a participant.
        select(
            ClassMemberRow,
            TrainingClassRow.code,
            ParticipantRow.family_name,
            ParticipantRow.given_name,
        )
        .join(TrainingClassRow, TrainingClassRow.id == ClassMemberRow.class_id)
        .join(ParticipantRow, ParticipantRow.id == ClassMemberRow.participant_id)
    )
    if class_id is not None:
        query = query.where(ClassMemberRow.class_id == class_id)
    if participant_id is not None:
        query = query.where(ClassMemberRow.participant_id == participant_id)
    if between is not None:
        query = query.where(_active(*between))  # type: ignore[arg-type]
    query = query.order_by(
        ParticipantRow.family_name, ParticipantRow.given_name, ClassMemberRow.from_date
    )
    return [
        MembershipRecord(
            id=m.id,
            class_code=code,
            participant_id=m.participant_id,
            participant_name=f"{family}, {given}",
            start=m.from_date,
            end=m.to_date,
        )
        for m, code, family, given in session.execute(query)
    ]


def open_memberships(session: Session, participant_id: int) -> list[ClassMemberRow]:
    return list(
        session.scalars(
            select(ClassMemberRow).where(
                ClassMemberRow.participant_id == participant_id, ClassMemberRow.to_date.is_(None)
            )
        )
    )


def lessons_between(session: Session, class_id: int, first: date, last: date) -> list[LessonRow]:
    return list(
        session.scalars(
            select(LessonRow)
            .where(
                LessonRow.class_id == class_id,
                LessonRow.lesson_date >= first,
                LessonRow.lesson_date <= last,
            )
            .order_by(LessonRow.lesson_date, LessonRow.start_time)
        )
    )


def attendance_for(session: Session, lesson_ids: list[int]) -> list[LessonAttendanceRow]:
    if not lesson_ids:
        return []
    return list(
        session.scalars(
            select(LessonAttendanceRow).where(LessonAttendanceRow.lesson_id.in_(lesson_ids))
        )
    )
