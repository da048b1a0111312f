"""Test results and exemptions per participant (brief §4.0–§4.3).

Codes (sub-skill, level, registration level, test version, exemption kind) are stored as their
stable string values from ``domain.codes`` / ``domain.language_tests``. Every result row is
kept, also the weaker ones: the best per sub-skill is computed (brief §4.1), never stored.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow


class NorskprovenResultRow(Base):
    """One Norskprøven sub-test result; ``c1`` marks the separate Norskprøven C1 (brief §4.1)."""

    __tablename__ = "norskproven_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    test_date: Mapped[date] = mapped_column(Date)
    sub_skill: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(10))
    # Writing and oral only: A1-A2, A2-B1 or B1-B2; empty otherwise.
    registration_level: Mapped[str] = mapped_column(String(10), default="")
    c1: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class SocialStudiesResultRow(Base):
    """One samfunnskunnskapsprøve: version, score out of the version's maximum, language."""

    __tablename__ = "social_studies_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    test_date: Mapped[date] = mapped_column(Date)
    version: Mapped[str] = mapped_column(String(10))
    score: Mapped[int] = mapped_column(Integer)
    max_score: Mapped[int] = mapped_column(Integer)
    language: Mapped[str] = mapped_column(String(10))
    source: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class CitizenshipTestResultRow(Base):
    """One statsborgerprøve: score and/or the pass/fail outcome as on the certificate."""

    __tablename__ = "citizenship_test_results"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    test_date: Mapped[date] = mapped_column(Date)
    score: Mapped[int | None] = mapped_column(Integer)
    max_score: Mapped[int | None] = mapped_column(Integer)
    passed: Mapped[bool | None] = mapped_column(Boolean)
    source: Mapped[str] = mapped_column(String(20), default="manual")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class TestExemptionRow(Base):
    """A municipal exemption decision with its legal basis, as registered in NIR (§4.0)."""

    __test__ = False  # not a pytest test class, despite the name
    __tablename__ = "test_exemptions"

    id: Mapped[int] = mapped_column(primary_key=True)
    participant_id: Mapped[int] = mapped_column(
        ForeignKey("participants.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(40))
    legal_basis: Mapped[str] = mapped_column(Text)
    decision_date: Mapped[date] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
