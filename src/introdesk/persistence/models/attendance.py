"""Attendance, other benefits, locked months and what was paid (brief §2.3, §3).

- ``attendance_entries``: one row per participant, day and plan element (minutes, never floats).
- ``other_benefits``: another public benefit for a month, reducing the benefit krone for krone.
- ``locked_months``: a month sent to payroll; ``benefit_payments`` and ``benefit_payment_lines``
  keep exactly what was computed when it was locked, so its figures never change afterwards.
- ``benefit_adjustments``: a later correction of a locked month, booked into the next open month.
- ``accepted_missing_registrations``: planned days with no registration that a coordinator has
  explicitly accepted (paid as attended) so the month can be locked.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow

MONEY = Numeric(12, 2)


class AttendanceEntryRow(Base):
    __tablename__ = "attendance_entries"
    __table_args__ = (UniqueConstraint("participant_id", "day", "element_code"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date, index=True)
    element_code: Mapped[str] = mapped_column(String(40))
    planned_minutes: Mapped[int] = mapped_column(Integer, default=0)
    attended_minutes: Mapped[int] = mapped_column(Integer, default=0)
    absence_code: Mapped[str | None] = mapped_column(String(40))
    absence_minutes: Mapped[int] = mapped_column(Integer, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AttendanceWeekRow(Base):
    """The version of one participant's attendance week (Monday), the unit the week grid saves.

    Attendance is stored per day and element, but a coordinator edits and saves a whole week, so
    a save from an older copy of the week is detected here (brief issue 15: optimistic
    concurrency). A week that was never saved has no row (version 0)."""

    __tablename__ = "attendance_weeks"
    __table_args__ = (UniqueConstraint("participant_id", "monday"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    monday: Mapped[date] = mapped_column(Date)
    # Counted by the service (the row has nothing else to change), under the participant's lock.
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")


class OtherBenefitRow(Base):
    __tablename__ = "other_benefits"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[date] = mapped_column(Date, index=True)  # first day of the month
    kind: Mapped[str] = mapped_column(String(40))
    amount: Mapped[Decimal] = mapped_column(MONEY)
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class LockedMonthRow(Base):
    __tablename__ = "locked_months"

    month: Mapped[date] = mapped_column(Date, primary_key=True)  # first day of the month
    locked_by: Mapped[str] = mapped_column(String(100))
    locked_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class BenefitPaymentRow(Base):
    """One participant's result for a locked month, as it was sent to payroll."""

    __tablename__ = "benefit_payments"
    __table_args__ = (UniqueConstraint("participant_id", "month"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    month: Mapped[date] = mapped_column(ForeignKey("locked_months.month"), index=True)
    gross: Mapped[Decimal] = mapped_column(MONEY)
    net: Mapped[Decimal] = mapped_column(MONEY)
    unrecovered: Mapped[Decimal] = mapped_column(MONEY, default=Decimal("0.00"))
    decision_required: Mapped[bool] = mapped_column(Boolean, default=False)


class BenefitPaymentLineRow(Base):
    __tablename__ = "benefit_payment_lines"

    id: Mapped[int] = mapped_column(primary_key=True)
    payment_id: Mapped[int] = mapped_column(
        ForeignKey("benefit_payments.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    explanation: Mapped[str] = mapped_column(Text)
    hours: Mapped[Decimal | None] = mapped_column(Numeric(8, 2))
    days: Mapped[int | None] = mapped_column(Integer)
    rate: Mapped[Decimal | None] = mapped_column(MONEY)
    code: Mapped[str | None] = mapped_column(String(40))
    corrects_month: Mapped[date | None] = mapped_column(Date)


class BenefitAdjustmentRow(Base):
    """A correction of a locked month (``origin_month``) booked into ``applied_month``.

    ``line_kind``/``code``/``start``/``end`` name the line of the locked month it corrects, so
    a second correction of the same month compares with what has been paid so far.
    """

    __tablename__ = "benefit_adjustments"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    origin_month: Mapped[date] = mapped_column(Date)
    applied_month: Mapped[date] = mapped_column(Date, index=True)
    amount: Mapped[Decimal] = mapped_column(MONEY)
    reason: Mapped[str] = mapped_column(Text)
    line_kind: Mapped[str] = mapped_column(String(20))
    code: Mapped[str | None] = mapped_column(String(40))
    start: Mapped[date] = mapped_column(Date)
    end: Mapped[date] = mapped_column(Date)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AcceptedMissingRow(Base):
    __tablename__ = "accepted_missing_registrations"
    __table_args__ = (UniqueConstraint("participant_id", "day"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    day: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    accepted_by: Mapped[str] = mapped_column(String(100))
    accepted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
