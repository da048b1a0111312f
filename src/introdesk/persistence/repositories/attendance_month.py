"""A month's attendance for everyone, read for the benefit (issue 18: month-end in a few
set-based queries): which (day, element) each participant has registered, and the few rows
that can change the benefit. Most of a month's 150 000 rows are attended as planned; they are
needed only to know that the day was registered, which the database can say per participant
in one row instead of thirty."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import String, case, cast, func, literal, or_, select, type_coerce

from introdesk.persistence.models import AttendanceEntryRow, ParticipantRow
from introdesk.persistence.repositories.attendance import (
    Session,
    entry_value_rows,
    entry_values_as_read,
)
from introdesk.persistence.repositories.plain import plain_rows

# A registered (day, element) as one text: the day as YYYY-MM-DD, this separator, the code.
_PARTS = "\x1f"
# Rows of one participant are joined with this one. A code holding it would split into more
# pieces than rows, which ``registered_elements`` notices (then it reads the rows one by one).
_ROWS = "\x1e"


def registered_key(day: date, element_code: str) -> str:
    """The text ``registered_elements`` gives for a row of ``day`` and ``element_code``."""
    return f"{day.isoformat()}{_PARTS}{element_code}"


def registered_elements(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> dict[int, set[str]]:
    """Per participant, ``registered_key(day, element)`` of every attendance row from
    ``start`` to ``end``: one aggregated row per participant."""
    e = AttendanceEntryRow
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    # SQLite keeps a day as YYYY-MM-DD text already; a server writes it out so.
    day = type_coerce(e.day, String) if on_sqlite else func.to_char(e.day, "YYYY-MM-DD")
    query = (
        select(
            e.participant_id,
            func.aggregate_strings(day + literal(_PARTS) + e.element_code, _ROWS),
            func.count(),
        )
        .where(e.day >= start, e.day <= end)
        .group_by(e.participant_id)
    )
    if participant_ids is not None:
        query = query.where(e.participant_id.in_(list(participant_ids)))
    registered: dict[int, set[str]] = {}
    for pid, keys, rows in plain_rows(session, query):
        pieces = keys.split(_ROWS)
        if len(pieces) != rows:  # a code holding the separator
            return _registered_from_rows(session, start, end, participant_ids)
        registered[pid] = set(pieces)
    return registered


# (participant, day, element, planned, attended, absence code, absence minutes)
EntryValues = tuple[int, date, str, int, int, str | None, int]


def month_attendance(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> tuple[dict[int, set[str]], list[EntryValues]]:
    """``registered_elements`` and ``absences_and_gaps`` (in the same order) from one read of
    the rows: per participant, the registered keys and the few rows with an absence or a gap
    written out as text, split here. Anything unexpected in that text (a code holding a
    separator) makes it read the two the ordinary way."""
    e = AttendanceEntryRow
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    day = type_coerce(e.day, String) if on_sqlite else func.to_char(e.day, "YYYY-MM-DD")
    sep = literal(_PARTS)
    changing = or_(
        e.absence_code.is_not(None), e.planned_minutes > e.attended_minutes + e.absence_minutes
    )
    written = (
        day
        + sep
        + e.element_code
        + sep
        + cast(e.planned_minutes, String)
        + sep
        + cast(e.attended_minutes, String)
        + sep
        + func.coalesce(e.absence_code, "")
        + sep
        + cast(e.absence_minutes, String)
    )
    query = (
        select(
            e.participant_id,
            func.aggregate_strings(day + sep + e.element_code, _ROWS),
            func.count(),
            func.aggregate_strings(case((changing, written)), _ROWS),  # others are NULL: left out
            func.sum(case((changing, 1), else_=0)),
        )
        .where(e.day >= start, e.day <= end)
        .group_by(e.participant_id)
    )
    if participant_ids is not None:
        query = query.where(e.participant_id.in_(list(participant_ids)))
    parsed = _split_month(plain_rows(session, query))
    if parsed is not None:
        return parsed
    return (
        registered_elements(session, start, end, participant_ids),
        absences_and_gaps(session, start, end, participant_ids),
    )


def _split_month(
    rows: Sequence[Any],
) -> tuple[dict[int, set[str]], list[EntryValues]] | None:
    """The aggregated rows split into keys and values; None if a text does not split into
    as many rows and fields as it was made of."""
    registered: dict[int, set[str]] = {}
    values: list[EntryValues] = []
    days: dict[str, date] = {}
    for pid, keys, count, details, detail_count in rows:
        pieces = keys.split(_ROWS)
        records = details.split(_ROWS) if details else []
        if len(pieces) != count or len(records) != (detail_count or 0):
            return None
        registered[pid] = set(pieces)
        for record in records:
            fields = record.split(_PARTS)
            if len(fields) != 6:
                return None
            on, code, planned, attended, absence, absent = fields
            known = days.get(on)
            if known is None:
                known = days[on] = date.fromisoformat(on)
            values.append(
                (pid, known, code, int(planned), int(attended), absence or None, int(absent))
            )
    values.sort(key=_BY_PARTICIPANT_DAY_AND_ELEMENT)
    return registered, values


_BY_PARTICIPANT_DAY_AND_ELEMENT = itemgetter(0, 1, 2)


def _registered_from_rows(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None
) -> dict[int, set[str]]:
    registered: dict[int, set[str]] = {}
    for pid, day, element, *_ in entry_values_as_read(session, start, end, participant_ids):
        registered.setdefault(pid, set()).add(registered_key(day, element))
    return registered


def absences_and_gaps(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> list[tuple[int, date, str, int, int, str | None, int]]:
    """The rows (as ``entry_values``) with an absence or with planned time that has neither
    attendance nor absence registered: the rows that can change a month's benefit
    (``rules.benefit.can_change_benefit``, which the caller still applies)."""
    e = AttendanceEntryRow
    can_change = or_(
        e.absence_code.is_not(None),
        e.planned_minutes > e.attended_minutes + e.absence_minutes,
    )
    return list(
        entry_value_rows(session, start, end, participant_ids, ordered=True, where=can_change)
    )


class BenefitFacts(NamedTuple):
    """What the month's benefit needs of a participant (plain values, no ORM object)."""

    id: int
    birth_date: date | None
    lives_with_parents: bool
    regime: str
    programme_start: date | None
    household_partner_id: int | None
    children_under_18: int
    youngest_child_birth_date: date | None


def benefit_facts(
    session: Session, participant_ids: Sequence[int] | None = None
) -> list[BenefitFacts]:
    """``attendance.participants`` (everyone not archived, or these ids, archived too), by
    id, as the plain values the benefit reads."""
    p = ParticipantRow
    query = select(
        p.id,
        p.birth_date,
        p.lives_with_parents,
        p.regime,
        p.programme_start,
        p.household_partner_id,
        p.children_under_18,
        p.youngest_child_birth_date,
    )
    if participant_ids is None:
        query = query.where(p.archived_at.is_(None))
    else:
        query = query.where(p.id.in_(list(participant_ids)))
    rows = plain_rows(session, query.order_by(p.id))
    return [BenefitFacts(*row) for row in rows]
