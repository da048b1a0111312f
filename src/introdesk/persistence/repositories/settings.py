"""Municipality settings and advisers."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from introdesk.domain.records import AdviserRecord
from introdesk.persistence.models import Adviser, SettingRow


def get_all(session: Session) -> dict[str, str]:
    return {row.key: row.value for row in session.scalars(select(SettingRow))}


def versions(session: Session, *, for_update: bool = False) -> dict[str, int]:
    """Each stored setting's row version (a key never saved has none: version 0);
    ``for_update`` locks the rows until commit (PostgreSQL)."""
    query = select(SettingRow.key, SettingRow.row_version)
    if for_update:
        query = query.with_for_update()
    return {key: version for key, version in session.execute(query)}  # noqa: C416 - rows


def put(session: Session, key: str, value: str) -> str | None:
    """Store ``value``; returns the previous value (None when the key was new)."""
    row = session.get(SettingRow, key)
    if row is None:
        session.add(SettingRow(key=key, value=value))
        return None
    old = row.value
    row.value = value
    return old


def _adviser_record(row: Adviser) -> AdviserRecord:
    return AdviserRecord(row.id, row.username, row.full_name, row.email, row.active)


def advisers(session: Session, *, active_only: bool = False) -> list[AdviserRecord]:
    query = select(Adviser).order_by(Adviser.full_name)
    if active_only:
        query = query.where(Adviser.active.is_(True))
    return [_adviser_record(row) for row in session.scalars(query)]


def add_adviser(session: Session, username: str, full_name: str, email: str = "") -> AdviserRecord:
    row = Adviser(username=username, full_name=full_name, email=email, active=True)
    session.add(row)
    session.flush()
    return _adviser_record(row)


def find_adviser(session: Session, name_or_username: str) -> AdviserRecord | None:
    wanted = name_or_username.strip().lower()
    for row in session.scalars(select(Adviser)):
        if wanted in (row.username.lower(), row.full_name.lower()):
            return _adviser_record(row)
    return None
