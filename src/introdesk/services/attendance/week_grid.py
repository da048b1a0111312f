"""The week grid's rows and the two quick fills (everyone present, last week copied), from data
the service has read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date

from introdesk.domain.attendance import AttendanceEntry, DayCell, GridRow, WeekGrid
from introdesk.domain.dates import month_start
from introdesk.domain.plans import Plan
from introdesk.domain.records import ParticipantRecord
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories.attendance import Session
from introdesk.rules.planned_time import planned_days
from introdesk.services.attendance.cells import summarise


def week_people(
    session: Session, participant_ids: Sequence[int] | None, adviser_id: int | None
) -> list[ParticipantRecord]:
    """The participants a week grid may show: not archived, narrowed to ``participant_ids``
    and to ``adviser_id``'s people when given."""
    people = participant_repo.list_records(session)
    if participant_ids is not None:
        wanted = set(participant_ids)
        people = [p for p in people if p.id in wanted]
    if adviser_id is not None:
        people = [p for p in people if p.adviser_id == adviser_id]
    return people


def build_grid(
    days: tuple[date, ...],
    people: Sequence[ParticipantRecord],
    week_entries: Iterable[AttendanceEntry],
    plans: Mapping[int, Plan],
    locked_months: set[date],
    versions: Mapping[int, int],
    participant_ids: Sequence[int] | None,
) -> WeekGrid:
    """The grid of ``days`` from the week's entries (a cell per participant and day)."""
    by_day: dict[tuple[int, date], list[AttendanceEntry]] = defaultdict(list)
    for entry in week_entries:
        by_day[(entry.participant_id, entry.day)].append(entry)
    cells = {key: summarise(day_entries) for key, day_entries in by_day.items()}
    locked = tuple(month_start(d) in locked_months for d in days)
    rows = grid_rows(
        people, days, cells, plans, locked, versions, only_active=participant_ids is None
    )
    return WeekGrid(days[0], days, rows)


def grid_rows(
    people: Sequence[ParticipantRecord],
    days: tuple[date, ...],
    cells: Mapping[tuple[int, date], DayCell | None],
    plans: Mapping[int, Plan],
    locked: tuple[bool, ...],
    versions: Mapping[int, int],
    *,
    only_active: bool,
) -> tuple[GridRow, ...]:
    """One row per person; with ``only_active``, people with neither planned time nor
    registrations that week are left out (unless no one has a plan at all)."""
    rows = []
    for person in people:
        by_day = planned_days(plans.get(person.id), days[0], days[-1])
        planned = tuple(sum(by_day.get(d, {}).values()) for d in days)
        row_cells = tuple(cells.get((person.id, d)) for d in days)
        if only_active and plans and not any(planned) and all(c is None for c in row_cells):
            continue
        rows.append(
            GridRow(
                participant_id=person.id,
                name=person.display_name,
                adviser_id=person.adviser_id,
                planned=planned,
                cells=row_cells,
                locked=locked,
                version=versions[person.id],
            )
        )
    return tuple(rows)


def all_present_cells(grid: WeekGrid) -> dict[tuple[int, date], DayCell]:
    """Cells that would mark every unregistered, unlocked planned day as attended."""
    return {
        (row.participant_id, day): DayCell(attended_minutes=planned)
        for row in grid.rows
        for day, planned, cell, locked in zip(
            grid.days, row.planned, row.cells, row.locked, strict=True
        )
        if cell is None and planned > 0 and not locked
    }


def copied_week(previous: WeekGrid, grid: WeekGrid) -> dict[tuple[int, date], DayCell | None]:
    """The ``previous`` week's registrations moved to ``grid``'s unlocked days (same weekday)."""
    last = {r.participant_id: r for r in previous.rows}
    copied: dict[tuple[int, date], DayCell | None] = {}
    for row in grid.rows:
        before = last.get(row.participant_id)
        if before is None:
            continue
        for index, day in enumerate(grid.days):
            if not row.locked[index]:
                copied[(row.participant_id, day)] = before.cells[index]
    return copied
