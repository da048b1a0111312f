"""Municipality-wide settings and the advisers (users) who work in this database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from introdesk.persistence.base import Base, utcnow


class SettingRow(Base):
    """One municipality-wide setting. Lives in the database so every user of a shared database
    sees the same values (per-user window state lives in QSettings instead)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Optimistic concurrency (brief issue 15): bumped on every change; a save from an older copy
    # is refused (SQLAlchemy adds "AND row_version = :old" to each UPDATE).
    row_version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    __mapper_args__ = {"version_id_col": row_version}  # noqa: RUF012 - SQLAlchemy API


class Adviser(Base):
    """A programme adviser (or other user) who can be responsible for participants."""

    __tablename__ = "advisers"

    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    full_name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
