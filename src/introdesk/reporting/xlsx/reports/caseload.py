"""Deadlines and caseload reports.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date

from introdesk.domain.codes import (
    Category,
    ParticipantStatus,
)
from introdesk.domain.deadlines import DeadlineStatus
from introdesk.domain.reports import (
    CaseSnapshot,
)
from introdesk.reporting.xlsx.reports.common import (
    CATEGORY_NB,
    CLOSED_STATUSES,
    DEADLINE_NB,
    DT,
    INT,
    STATUS_NB,
    UNKNOWN_CATEGORY_NB,
    YN,
    Row,
    sort_name,
)
from introdesk.reporting.xlsx.writer import Column, SheetSpec

DeadlinesOf = Callable[[CaseSnapshot], Sequence[DeadlineStatus]]

# --- deadlines ---------------------------------------------------------------------------------

DEADLINES = SheetSpec(
    "Frister",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Veileder"),
        Column("Status"),
        Column("Frist gjelder"),
        Column("Løper fra", DT),
        Column("Frist", DT),
        Column("Dager igjen", INT),
        Column("Overskredet", YN),
        Column("Beskrivelse", width=60),
    ),
)


def deadline_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    deadlines_of: DeadlinesOf,
    due_from: date | None = None,
    due_to: date | None = None,
) -> Iterator[Row]:
    """Open start deadlines (the event has not happened), earliest due first.

    Archived participants and closed cases (stopped, completed, interrupted) are left out.
    ``due_from``/``due_to`` keep only deadlines due in that range. ``deadlines_of`` gives a
    case's deadlines as the rules compute them (the reports service binds the rule table).
    """
    found: list[tuple[date, str, Row]] = []
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived or person.status in CLOSED_STATUSES:
            continue
        for status in deadlines_of(snapshot):
            if status.event_date is not None:
                continue
            if (due_from and status.due < due_from) or (due_to and status.due > due_to):
                continue
            row: Row = (
                person.id,
                person.display_name,
                person.adviser_name,
                STATUS_NB[person.status],
                DEADLINE_NB[status.kind],
                status.runs_from,
                status.due,
                status.days_left,
                status.overdue,
                status.description,
            )
            found.append((status.due, person.display_name, row))
    found.sort(key=lambda item: (item[0], sort_name(item[1])))
    for _, _, row in found:
        yield row


# --- caseload ----------------------------------------------------------------------------------

CASELOAD_STATUSES = tuple(ParticipantStatus)
CASELOAD_CATEGORIES = (*Category, None)
CASELOAD = SheetSpec(
    "Saksmengde",
    (
        Column("Veileder"),
        Column("Deltakere", INT),
        *(Column(STATUS_NB[s], INT) for s in CASELOAD_STATUSES),
        *(Column(CATEGORY_NB[c] if c else UNKNOWN_CATEGORY_NB, INT) for c in CASELOAD_CATEGORIES),
        Column("Med overskredet frist", INT),
    ),
)
NO_ADVISER_NB = "(uten veileder)"


def caseload_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    deadlines_of: DeadlinesOf,
    category_of: Callable[[CaseSnapshot], Category | None],
) -> Iterator[Row]:
    """Per adviser: participants (not archived) by status and by right/duty category, and how
    many have at least one overdue start deadline. Sorted by adviser name; no adviser last.
    ``category_of`` and ``deadlines_of`` are the rules' answers, bound by the reports service."""
    totals: dict[str, Counter[object]] = defaultdict(Counter)
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived:
            continue
        counter = totals[person.adviser_name or NO_ADVISER_NB]
        counter["total"] += 1
        counter[person.status] += 1
        counter[("category", category_of(snapshot))] += 1
        if person.status not in CLOSED_STATUSES and any(s.overdue for s in deadlines_of(snapshot)):
            counter["overdue"] += 1
    names = sorted(totals, key=lambda n: (n == NO_ADVISER_NB, sort_name(n)))
    for name in names:
        counter = totals[name]
        yield (
            name,
            counter["total"],
            *(counter[s] for s in CASELOAD_STATUSES),
            *(counter[("category", c)] for c in CASELOAD_CATEGORIES),
            counter["overdue"],
        )
