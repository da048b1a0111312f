"""Deadlines and caseload reports.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from introdesk.domain.codes import (
    Category,
    ParticipantStatus,
    PermitType,
    Regime,
)
from introdesk.domain.participants import ParticipantFacts
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
from introdesk.rules.deadlines import DeadlineStatus, start_deadlines
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.tables import DatedTable

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


def snapshot_deadlines(
    snapshot: CaseSnapshot, *, as_of: date, table: DatedTable
) -> tuple[DeadlineStatus, ...]:
    """The start deadlines of brief §1.1/§1.2 for one case, via ``rules.deadlines``."""
    facts = snapshot.facts
    if facts is None:
        # start_deadlines reads only the settlement/request/event dates below; the person
        # fields are required by the type but not used for deadlines.
        facts = ParticipantFacts(
            birth_date=as_of,
            permit_type=PermitType.OTHER,
            permit_date=as_of,
            regime=Regime.INTEGRATION_ACT,
        )
    facts = replace(
        facts,
        settlement_date=snapshot.settlement_date,
        request_date=snapshot.request_date,
        mapping_date=snapshot.mapping_date,
        decision_date=snapshot.decision_date,
        programme_start=snapshot.programme_start,
    )
    return start_deadlines(facts, as_of=as_of, table=table)


def deadline_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    as_of: date,
    table: DatedTable,
    due_from: date | None = None,
    due_to: date | None = None,
) -> Iterator[Row]:
    """Open start deadlines (the event has not happened), earliest due first.

    Archived participants and closed cases (stopped, completed, interrupted) are left out.
    ``due_from``/``due_to`` keep only deadlines due in that range.
    """
    found: list[tuple[date, str, Row]] = []
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived or person.status in CLOSED_STATUSES:
            continue
        for status in snapshot_deadlines(snapshot, as_of=as_of, table=table):
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
    as_of: date,
    deadline_table: DatedTable,
    age_limits: DatedTable,
) -> Iterator[Row]:
    """Per adviser: participants (not archived) by status and by right/duty category, and how
    many have at least one overdue start deadline. Sorted by adviser name; no adviser last."""
    totals: dict[str, Counter[object]] = defaultdict(Counter)
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived:
            continue
        counter = totals[person.adviser_name or NO_ADVISER_NB]
        counter["total"] += 1
        counter[person.status] += 1
        category: Category | None = None
        if snapshot.facts is not None:
            category = assess_eligibility(
                snapshot.facts, as_of=as_of, age_limits=age_limits
            ).category
        counter[("category", category)] += 1
        if person.status not in CLOSED_STATUSES and any(
            s.overdue for s in snapshot_deadlines(snapshot, as_of=as_of, table=deadline_table)
        ):
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
