"""Attendance, other benefits, locks, payments and adjustments: rows in, rows out."""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import Any, cast

from sqlalchemy import ColumnElement, String, Table, insert, select, type_coerce
from sqlalchemy.orm import Session as Session  # re-exported: services type their helpers with it

from introdesk.persistence.models import (
    AcceptedMissingRow,
    AttendanceEntryRow,
    AttendanceWeekRow,
    BenefitAdjustmentRow,
    BenefitPaymentLineRow,
    BenefitPaymentRow,
    LockedMonthRow,
    OtherBenefitRow,
    ParticipantRow,
)
from introdesk.persistence.repositories.plain import plain_rows


def week_rows(
    session: Session, mondays: Sequence[date], participant_ids: Sequence[int]
) -> dict[tuple[int, date], AttendanceWeekRow]:
    """The saved-week rows (their versions) of these participants and weeks."""
    if not mondays or not participant_ids:
        return {}
    query = select(AttendanceWeekRow).where(
        AttendanceWeekRow.monday.in_(list(mondays)),
        AttendanceWeekRow.participant_id.in_(list(participant_ids)),
    )
    return {(r.participant_id, r.monday): r for r in session.scalars(query)}


def add_entries(session: Session, rows: Sequence[Mapping[str, object]]) -> None:
    """Insert many attendance rows in one statement (column name -> value per row): a month of
    demo or imported registrations is hundreds of thousands of rows, too many for one ORM object
    each."""
    if rows:
        # The table, not the mapped class: a plain executemany, without the ORM's bulk path
        # (a third of ``demo``'s attendance time went to it).
        session.execute(insert(cast(Table, AttendanceEntryRow.__table__)), list(rows))


def entries(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> list[AttendanceEntryRow]:
    query = select(AttendanceEntryRow).where(
        AttendanceEntryRow.day >= start, AttendanceEntryRow.day <= end
    )
    if participant_ids is not None:
        query = query.where(AttendanceEntryRow.participant_id.in_(list(participant_ids)))
    query = query.order_by(
        AttendanceEntryRow.participant_id, AttendanceEntryRow.day, AttendanceEntryRow.element_code
    )
    return list(session.scalars(query))


def entry_values(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> list[tuple[int, date, str, int, int, str | None, int]]:
    """Like ``entries`` but plain tuples (participant, day, element, planned, attended, absence
    code, absence minutes): no ORM objects, for month runs over thousands of participants."""
    return list(entry_value_rows(session, start, end, participant_ids, ordered=True))


def entry_values_as_read(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> Iterator[tuple[int, date, str, int, int, str | None, int]]:
    """``entry_values`` one by one, in no particular order: a month run over everyone reads
    150 000 rows once and keeps a few (sorting them all cost a fifth of the read)."""
    return entry_value_rows(session, start, end, participant_ids, ordered=False)


def entry_value_rows(
    session: Session,
    start: date,
    end: date,
    participant_ids: Sequence[int] | None,
    *,
    ordered: bool,
    where: ColumnElement[bool] | None = None,
) -> Iterator[tuple[int, date, str, int, int, str | None, int]]:
    """The rows of ``entry_values`` one by one (sorted when ``ordered``), only those meeting
    ``where`` when it is given."""
    e = AttendanceEntryRow
    # SQLite keeps a day as text: read it as text and make each distinct day once (a month has
    # thirty days and 150 000 rows for 5 000 people) instead of once per row. A server returns
    # dates already.
    on_sqlite = session.get_bind().dialect.name == "sqlite"
    query = select(
        e.participant_id,
        type_coerce(e.day, String) if on_sqlite else e.day,
        e.element_code,
        e.planned_minutes,
        e.attended_minutes,
        e.absence_code,
        e.absence_minutes,
    ).where(e.day >= start, e.day <= end)
    if where is not None:
        query = query.where(where)
    if participant_ids is not None:
        query = query.where(e.participant_id.in_(list(participant_ids)))
    if ordered:
        query = query.order_by(e.participant_id, e.day, e.element_code)
    days: dict[Any, date] = {}
    # Through the session's connection: Core rows, without the ORM's result handling.
    rows = plain_rows(session, query)
    for pid, day, element, planned, attended, code, absent in rows:
        known = days.get(day)
        if known is None:
            known = days[day] = day if isinstance(day, date) else date.fromisoformat(str(day))
        yield pid, known, element, planned, attended, code, absent


def day_entries(session: Session, participant_id: int, day: date) -> list[AttendanceEntryRow]:
    return list(
        session.scalars(
            select(AttendanceEntryRow)
            .where(
                AttendanceEntryRow.participant_id == participant_id, AttendanceEntryRow.day == day
            )
            .order_by(AttendanceEntryRow.element_code)
        )
    )


def participants(
    session: Session, participant_ids: Sequence[int] | None = None
) -> list[ParticipantRow]:
    query = select(ParticipantRow).where(ParticipantRow.archived_at.is_(None))
    if participant_ids is not None:
        query = select(ParticipantRow).where(ParticipantRow.id.in_(list(participant_ids)))
    return list(session.scalars(query.order_by(ParticipantRow.id)))


def participant_facts(
    session: Session, participant_ids: Sequence[int]
) -> dict[int, tuple[date | None, int]]:
    """Programme start and number of children under 18 of these participants (archived too),
    what the absence rules need, without loading whole rows."""
    p = ParticipantRow
    facts: dict[int, tuple[date | None, int]] = {}
    ids = list(participant_ids)
    for first in range(0, len(ids), 900):  # stay below SQLite's parameter limit
        query = select(p.id, p.programme_start, p.children_under_18).where(
            p.id.in_(ids[first : first + 900])
        )
        facts.update({pid: (start, children) for pid, start, children in session.execute(query)})
    return facts


def locked_months(session: Session) -> set[date]:
    return set(session.scalars(select(LockedMonthRow.month)))


def accepted_days(
    session: Session, start: date, end: date, participant_ids: Sequence[int] | None = None
) -> set[tuple[int, date]]:
    query = select(AcceptedMissingRow.participant_id, AcceptedMissingRow.day).where(
        AcceptedMissingRow.day >= start, AcceptedMissingRow.day <= end
    )
    if participant_ids is not None:
        query = query.where(AcceptedMissingRow.participant_id.in_(list(participant_ids)))
    return {(pid, day) for pid, day in session.execute(query)}


def other_benefits(
    session: Session, month: date, participant_ids: Sequence[int] | None = None
) -> list[OtherBenefitRow]:
    query = select(OtherBenefitRow).where(OtherBenefitRow.month == month)
    if participant_ids is not None:
        query = query.where(OtherBenefitRow.participant_id.in_(list(participant_ids)))
    return list(session.scalars(query.order_by(OtherBenefitRow.id)))


def adjustments_applied(
    session: Session, month: date, participant_ids: Sequence[int] | None = None
) -> list[BenefitAdjustmentRow]:
    query = select(BenefitAdjustmentRow).where(BenefitAdjustmentRow.applied_month == month)
    if participant_ids is not None:
        query = query.where(BenefitAdjustmentRow.participant_id.in_(list(participant_ids)))
    return list(session.scalars(query.order_by(BenefitAdjustmentRow.id)))


def adjustments_from(
    session: Session, participant_id: int, origin_month: date
) -> list[BenefitAdjustmentRow]:
    return list(
        session.scalars(
            select(BenefitAdjustmentRow)
            .where(
                BenefitAdjustmentRow.participant_id == participant_id,
                BenefitAdjustmentRow.origin_month == origin_month,
            )
            .order_by(BenefitAdjustmentRow.id)
        )
    )


def adjustments_from_month(
    session: Session, origin_month: date
) -> dict[int, list[BenefitAdjustmentRow]]:
    """Every correction of ``origin_month`` already booked, by participant (one query)."""
    grouped: dict[int, list[BenefitAdjustmentRow]] = {}
    for row in session.scalars(
        select(BenefitAdjustmentRow)
        .where(BenefitAdjustmentRow.origin_month == origin_month)
        .order_by(BenefitAdjustmentRow.id)
    ):
        grouped.setdefault(row.participant_id, []).append(row)
    return grouped


def payments(
    session: Session, month: date, participant_ids: Sequence[int] | None = None
) -> list[tuple[BenefitPaymentRow, list[BenefitPaymentLineRow]]]:
    query = select(BenefitPaymentRow).where(BenefitPaymentRow.month == month)
    if participant_ids is not None:
        query = query.where(BenefitPaymentRow.participant_id.in_(list(participant_ids)))
    rows = list(session.scalars(query.order_by(BenefitPaymentRow.participant_id)))
    lines: dict[int, list[BenefitPaymentLineRow]] = {row.id: [] for row in rows}
    if rows:
        for line in session.scalars(
            select(BenefitPaymentLineRow)
            .where(BenefitPaymentLineRow.payment_id.in_(list(lines)))
            .order_by(BenefitPaymentLineRow.payment_id, BenefitPaymentLineRow.position)
        ):
            lines[line.payment_id].append(line)
    return [(row, lines[row.id]) for row in rows]
