"""Integration plan versions (brief §1.3 step 4, §1.4, §2).

A plan is stored as a chain of versions per participant. A signed version is never changed
(the service refuses); a revision is a new draft version that starts as a copy of the signed
one. Hours are counted hours (after the 45 → 75 minute rule), stored as exact decimals."""

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

HOURS = Numeric(5, 2)


class PlanVersionRow(Base):
    __tablename__ = "plan_versions"
    __table_args__ = (UniqueConstraint("participant_id", "version"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    version: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft | signed
    start_date: Mapped[date] = mapped_column(Date)
    planned_end: Mapped[date] = mapped_column(Date)
    end_goal_type: Mapped[str] = mapped_column(String(30), default="")
    end_goal_text: Mapped[str] = mapped_column(Text, default="")
    # Norwegian goal per sub-skill (CEFR code, "" when not set)
    goal_listening: Mapped[str] = mapped_column(String(10), default="")
    goal_reading: Mapped[str] = mapped_column(String(10), default="")
    goal_writing: Mapped[str] = mapped_column(String(10), default="")
    goal_oral: Mapped[str] = mapped_column(String(10), default="")
    goal_override_reason: Mapped[str] = mapped_column(Text, default="")
    long_term_goal: Mapped[str] = mapped_column(Text, default="")
    signed_on: Mapped[date | None] = mapped_column(Date)
    signed_by: Mapped[str] = mapped_column(String(200), default="")
    revision_reason: Mapped[str] = mapped_column(Text, default="")
    contract_signed: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic concurrency (brief issue 15): bumped on every change; a save from an older copy
    # is refused (SQLAlchemy adds "AND row_version = :old" to each UPDATE).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy API


class PlanElementRow(Base):
    __tablename__ = "plan_elements"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer, default=0)
    code: Mapped[str] = mapped_column(String(50))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
    mon: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    tue: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    wed: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    thu: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    fri: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    sat: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    sun: Mapped[Decimal] = mapped_column(HOURS, default=Decimal(0))
    note: Mapped[str] = mapped_column(Text, default="")


class PlanLeaveRow(Base):
    """Approved leave (permisjon) that extends the programme's end date (brief §1.4)."""

    __tablename__ = "plan_leave_periods"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_version_id: Mapped[int] = mapped_column(
        ForeignKey("plan_versions.id", ondelete="CASCADE"), index=True
    )
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date] = mapped_column(Date)
