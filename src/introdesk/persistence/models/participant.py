"""The participant and the competence mapping: everything in the programme hangs off this row.

Codes (permit type, regime, status, education level, …) are stored as their stable string
values from ``domain.codes``; the service layer converts them to enums."""

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


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200), index=True)
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    # Fødselsnummer or D-number; unique when present. Never logged.
    national_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    duf_number: Mapped[str] = mapped_column(String(12), default="")
    sex: Mapped[str] = mapped_column(String(1), default="")
    country_of_birth: Mapped[str] = mapped_column(String(100), default="")
    citizenship: Mapped[str] = mapped_column(String(100), default="")
    mother_tongue: Mapped[str] = mapped_column(String(50), default="")
    other_languages: Mapped[str] = mapped_column(String(200), default="")
    interpreter_needed: Mapped[bool] = mapped_column(Boolean, default=False)
    interpreter_language: Mapped[str] = mapped_column(String(50), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")

    # Programme and legal basis (brief §1.1, §1.2)
    programme: Mapped[str] = mapped_column(String(20), default="introduction")
    settlement_municipality: Mapped[str] = mapped_column(String(100), default="")
    settlement_date: Mapped[date | None] = mapped_column(Date)
    request_date: Mapped[date | None] = mapped_column(Date)
    settled_by_agreement: Mapped[bool] = mapped_column(Boolean, default=True)
    permit_type: Mapped[str] = mapped_column(String(40), default="")
    permit_date: Mapped[date | None] = mapped_column(Date)
    regime: Mapped[str] = mapped_column(String(30), default="integration_act")
    children_under_18: Mapped[int] = mapped_column(Integer, default=0)
    youngest_child_birth_date: Mapped[date | None] = mapped_column(Date)
    lives_with_parents: Mapped[bool] = mapped_column(Boolean, default=False)
    # Issue 14 item 3: the spouse/cohabitant who also takes part (couple rate), the first
    # settlement in any Norwegian municipality (2-year window), and an expected child.
    household_partner_id: Mapped[int | None] = mapped_column(Integer)
    first_settlement_date: Mapped[date | None] = mapped_column(Date)
    expecting_child: Mapped[bool] = mapped_column(Boolean, default=False)

    # Education summary and goals (brief §1.4, §4.2); the adviser may override with a reason.
    education_level: Mapped[str] = mapped_column(String(30), default="")
    completed_upper_secondary: Mapped[bool] = mapped_column(Boolean, default=False)
    end_goal_group_override: Mapped[str] = mapped_column(String(40), default="")
    norwegian_goal_override: Mapped[str] = mapped_column(String(100), default="")
    goal_override_reason: Mapped[str] = mapped_column(Text, default="")

    # Phases (brief §1.3)
    mapping_date: Mapped[date | None] = mapped_column(Date)
    career_guidance_date: Mapped[date | None] = mapped_column(Date)
    career_guidance_recommendation: Mapped[str] = mapped_column(Text, default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    programme_start: Mapped[date | None] = mapped_column(Date)

    status: Mapped[str] = mapped_column(String(30), default="referred", index=True)
    adviser_id: Mapped[int | None] = mapped_column(ForeignKey("advisers.id"), index=True)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic concurrency (brief issue 15): bumped on every change; a save from an older copy
    # is refused (SQLAlchemy adds "AND row_version = :old" to each UPDATE).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy API


class StatusPeriodRow(Base):
    """Status history: each status with the date it took effect (brief §1.3, §5.1)."""

    __tablename__ = "participant_status_history"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    status: Mapped[str] = mapped_column(String(30))
    from_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class EducationRow(Base):
    __tablename__ = "participant_education"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    level: Mapped[str] = mapped_column(String(30))
    country: Mapped[str] = mapped_column(String(100), default="")
    field: Mapped[str] = mapped_column(String(200), default="")
    years: Mapped[int] = mapped_column(Integer, default=0)
    completed: Mapped[bool] = mapped_column(Boolean, default=False)


class WorkExperienceRow(Base):
    __tablename__ = "participant_work_experience"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    occupation: Mapped[str] = mapped_column(String(200))
    country: Mapped[str] = mapped_column(String(100), default="")
    years: Mapped[Decimal] = mapped_column(Numeric(4, 1), default=Decimal(0))


class LanguageSkillRow(Base):
    __tablename__ = "participant_languages"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[str] = mapped_column(String(50))
    level: Mapped[str] = mapped_column(String(30), default="")  # CEFR or "mother tongue"


class QualificationRow(Base):
    """A foreign vocational qualification and its HK-dir approval application (brief §6), or a
    recognition of prior learning (realkompetansevurdering)."""

    __tablename__ = "participant_qualifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))  # vocational_approval | prior_learning
    country: Mapped[str] = mapped_column(String(100), default="")
    trade: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(30), default="not_applied")
    applied_on: Mapped[date | None] = mapped_column(Date)
    decided_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class CaseloadShareRow(Base):
    """A participant shared with an adviser besides the responsible one (brief issue 16: an
    adviser sees their own caseload plus participants shared with them)."""

    __tablename__ = "caseload_shares"
    __table_args__ = (UniqueConstraint("participant_id", "adviser_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    adviser_id: Mapped[int] = mapped_column(
        ForeignKey("advisers.id", ondelete="CASCADE"), index=True
    )
