"""Deadlines and caseload reports.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta

from introdesk.domain.codes import (
    Category,
    ParticipantStatus,
)
from introdesk.domain.deadlines import DeadlineKind, DeadlineStatus
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.reports import (
    CaseSnapshot,
)
from introdesk.reporting.xlsx.reports.common import (
    CLOSED_STATUSES,
    DT,
    INT,
    YN,
    Row,
    sort_name,
)
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
from introdesk.reporting.xlsx.writer import Column, SheetSpec

DeadlinesOf = Callable[[CaseSnapshot], Sequence[DeadlineStatus]]

# --- deadlines ---------------------------------------------------------------------------------

DEADLINES = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Deadlines"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Adviser")),
        Column(QT_TRANSLATE_NOOP("Reports", "Status")),
        Column(QT_TRANSLATE_NOOP("Reports", "Deadline for")),
        Column(QT_TRANSLATE_NOOP("Reports", "Runs from"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Deadline"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Days left"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Overdue"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Description"), width=60),
    ),
)
# What each deadline is, with the law (the rules' own description is Bokmål only).
DESCRIPTIONS = {
    DeadlineKind.MAPPING: QT_TRANSLATE_NOOP(
        "Reports",
        "Competence mapping within {months} months of settlement or of the request to take "
        "part (Integration Act § 12).",
    ),
    DeadlineKind.DECISION: QT_TRANSLATE_NOOP(
        "Reports",
        "Decision on the Introduction Programme within {months} months of settlement or of "
        "the request to take part (Integration Act § 12).",
    ),
    DeadlineKind.PROGRAMME_START: QT_TRANSLATE_NOOP(
        "Reports",
        "The programme must start within {months} months of settlement or of the request to "
        "take part (Integration Act § 12).",
    ),
    DeadlineKind.DECISION_WINDOW: QT_TRANSLATE_NOOP(
        "Reports",
        "The decision must be made while the participant has lived less than 2 years in a "
        "Norwegian municipality, counted from the first settlement (Integration Act § 8).",
    ),
}


def deadline_description(status: DeadlineStatus, texts: ReportTexts = NORWEGIAN) -> str:
    """What the deadline is, in the reader's language: the months between the day it runs
    from and the due date (the rules' table), and the law."""
    runs_from, due = status.runs_from, status.due
    if status.kind is DeadlineKind.DECISION_WINDOW:
        due += timedelta(days=1)  # the last day of the window is the day before
    months = (due.year - runs_from.year) * 12 + due.month - runs_from.month
    return texts(DESCRIPTIONS[status.kind], months=months)


def deadline_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    deadlines_of: DeadlinesOf,
    due_from: date | None = None,
    due_to: date | None = None,
    texts: ReportTexts = NORWEGIAN,
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
                texts.code("status", person.status),
                texts.code("deadline", status.kind),
                status.runs_from,
                status.due,
                status.days_left,
                status.overdue,
                deadline_description(status, texts),
            )
            found.append((status.due, person.display_name, row))
    found.sort(key=lambda item: (item[0], sort_name(item[1])))
    for _, _, row in found:
        yield row


# --- caseload ----------------------------------------------------------------------------------

CASELOAD_STATUSES = tuple(ParticipantStatus)
CASELOAD_CATEGORIES = (*Category, None)


def caseload_sheet(texts: ReportTexts = NORWEGIAN) -> SheetSpec:
    """The caseload sheet in ``texts``' language: a column per status and per category."""
    return SheetSpec(
        texts(QT_TRANSLATE_NOOP("Reports", "Caseload")),
        (
            Column(texts(QT_TRANSLATE_NOOP("Reports", "Adviser"))),
            Column(texts(QT_TRANSLATE_NOOP("Reports", "Participants")), INT),
            *(Column(texts.code("status", s), INT) for s in CASELOAD_STATUSES),
            *(
                Column(texts.code("category", c) if c else texts.unknown_category(), INT)
                for c in CASELOAD_CATEGORIES
            ),
            Column(texts(QT_TRANSLATE_NOOP("Reports", "With overdue deadline")), INT),
        ),
    )


NO_ADVISER = QT_TRANSLATE_NOOP("Reports", "(no adviser)")


def caseload_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    deadlines_of: DeadlinesOf,
    category_of: Callable[[CaseSnapshot], Category | None],
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """Per adviser: participants (not archived) by status and by right/duty category, and how
    many have at least one overdue start deadline. Sorted by adviser name; no adviser last.
    ``category_of`` and ``deadlines_of`` are the rules' answers, bound by the reports service."""
    totals: dict[str, Counter[object]] = defaultdict(Counter)
    no_adviser = texts(NO_ADVISER)
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived:
            continue
        counter = totals[person.adviser_name or no_adviser]
        counter["total"] += 1
        counter[person.status] += 1
        counter[("category", category_of(snapshot))] += 1
        if person.status not in CLOSED_STATUSES and any(s.overdue for s in deadlines_of(snapshot)):
            counter["overdue"] += 1
    names = sorted(totals, key=lambda n: (n == no_adviser, sort_name(n)))
    for name in names:
        counter = totals[name]
        yield (
            name,
            counter["total"],
            *(counter[s] for s in CASELOAD_STATUSES),
            *(counter[("category", c)] for c in CASELOAD_CATEGORIES),
            counter["overdue"],
        )
