"""Norwegian and social-studies training (brief §4.0, §5.1).

Two groups of tables, kept apart on purpose so a future ``teacher`` role can be given class
attendance without case data:

- case data: ``training_records`` (one per participant), ``training_leave`` and
  ``training_exemptions``;
- class attendance: ``training_classes``, ``training_timetable``, ``training_class_members``
  (with from/to dates, so moving a person keeps the history), ``training_lessons`` and
  ``training_lesson_attendance``.

Codes are stored as their stable string values from ``domain``.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    String,
    Text,
    Time,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow


class TrainingRecordRow(Base):
    __tablename__ = "training_records"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), unique=True
    )
    programme: Mapped[str] = mapped_column(String(20), default="training")
    start_date: Mapped[date] = mapped_column(Date)
    rights_start: Mapped[date] = mapped_column(Date)
    rights_start_reason: Mapped[str] = mapped_column(String(20), default="grant")
    education_background: Mapped[str] = mapped_column(String(40), default="")
    goal_listening: Mapped[str] = mapped_column(String(10), default="")
    goal_reading: Mapped[str] = mapped_column(String(10), default="")
    goal_writing: Mapped[str] = mapped_column(String(10), default="")
    goal_oral: Mapped[str] = mapped_column(String(10), default="")
    social_studies_language: Mapped[str] = mapped_column(String(50), default="")
    state: Mapped[str] = mapped_column(String(20), default="active", index=True)
    end_date: Mapped[date | None] = mapped_column(Date)
    end_reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic concurrency (brief issue 15): bumped on every change; a save from an older copy
    # is refused (SQLAlchemy adds "AND row_version = :old" to each UPDATE).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy API


class TrainingLeaveRow(Base):
    """Approved leave: added to the training deadline (brief §4.0 Duration)."""

    __tablename__ = "training_leave"

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(
        ForeignKey("training_records.id", ondelete="CASCADE"), index=True
    )
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(Text, default="")


class TrainingExemptionRow(Base):
    """Exemption from training or from a final test, with its legal basis (brief §4.0)."""

    __tablename__ = "training_exemptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    training_id: Mapped[int] = mapped_column(
        ForeignKey("training_records.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    legal_basis: Mapped[str] = mapped_column(String(200), default="")
    decision_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class TrainingClassRow(Base):
    __tablename__ = "training_classes"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(30), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    teacher: Mapped[str] = mapped_column(String(200), default="")
    level: Mapped[str] = mapped_column(String(30), default="")
    room: Mapped[str] = mapped_column(String(100), default="")
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TimetableSlotRow(Base):
    """A lesson in the class's normal week (weekday 0 = Monday)."""

    __tablename__ = "training_timetable"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("training_classes.id", ondelete="CASCADE"), index=True
    )
    weekday: Mapped[int] = mapped_column(Integer)
    start_time: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(20))


class ClassMemberRow(Base):
    """A person in a class from ``from_date`` to ``to_date`` (None: still there)."""

    __tablename__ = "training_class_members"

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("training_classes.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    from_date: Mapped[date] = mapped_column(Date)
    to_date: Mapped[date | None] = mapped_column(Date)


class LessonRow(Base):
    __tablename__ = "training_lessons"
    __table_args__ = (UniqueConstraint("class_id", "lesson_date", "start_time"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    class_id: Mapped[int] = mapped_column(
        ForeignKey("training_classes.id", ondelete="CASCADE"), index=True
    )
    lesson_date: Mapped[date] = mapped_column(Date, index=True)
    start_time: Mapped[time] = mapped_column(Time)
    minutes: Mapped[int] = mapped_column(Integer)
    subject: Mapped[str] = mapped_column(String(20))


class LessonAttendanceRow(Base):
    __tablename__ = "training_lesson_attendance"
    __table_args__ = (UniqueConstraint("lesson_id", "participant_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    lesson_id: Mapped[int] = mapped_column(
        ForeignKey("training_lessons.id", ondelete="CASCADE"), index=True
    )
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    present: Mapped[bool] = mapped_column(Boolean)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
