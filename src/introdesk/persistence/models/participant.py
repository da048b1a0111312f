"""The participant: everything in the programme hangs off this row."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow


class ParticipantRow(Base):
    __tablename__ = "participants"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(String(200))
    family_name: Mapped[str] = mapped_column(String(200))
    preferred_name: Mapped[str] = mapped_column(String(200), default="")
    birth_date: Mapped[date | None] = mapped_column(Date)
    # Fødselsnummer or D-number; unique when present. Never logged.
    national_id: Mapped[str | None] = mapped_column(String(11), unique=True)
    sex: Mapped[str] = mapped_column(String(1), default="")
    status: Mapped[str] = mapped_column(String(30), default="referred", index=True)
    adviser_id: Mapped[int | None] = mapped_column(ForeignKey("advisers.id"), index=True)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
