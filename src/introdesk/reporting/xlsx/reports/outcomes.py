"""Outcomes (exits, with NIR field names) and supervision reports.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.dates import add_months
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.plans import Severity
from introdesk.domain.reports import (
    ProgrammeExit,
    SupervisionSubject,
)
from introdesk.reporting.xlsx.reports.common import (
    CENT,
    CLOSED_STATUSES,
    DT,
    INT,
    YN,
    D,
    Row,
    sort_name,
)
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
from introdesk.reporting.xlsx.writer import Column, SheetSpec

# --- outcomes (exits, with NIR field names) ----------------------------------------------------

OUTCOMES = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Outcomes"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "National ID number")),
        # Field names as the register (NIR) uses them, brief §5.1 (the Bokmål translations).
        # Exact NIR identifiers in an integration file are UNCONFIRMED; these are the names
        # on the registration pages.
        Column(QT_TRANSLATE_NOOP("Reports", "Start date"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Planned end date"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Exit date"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Exit reason")),
        Column(QT_TRANSLATE_NOOP("Reports", "Main activity after exit")),
        Column(QT_TRANSLATE_NOOP("Reports", "End goal")),
        Column(QT_TRANSLATE_NOOP("Reports", "Competence mapping done"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Career guidance done"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Integration contract"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Planned duration (months)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Actual duration (months)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Extension (months)"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "NIR registration deadline"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Registered in NIR"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "NIR: missing or late"), width=50),
    ),
)


def months_between(start: date, end: date) -> Decimal:
    """Whole calendar months from ``start`` plus the rest as a fraction of 30 days, 2 decimals."""
    whole = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, whole) > end:
        whole -= 1
    rest = (end - add_months(start, whole)).days
    return (Decimal(whole) + Decimal(rest) / 30).quantize(CENT, rounding=ROUND_HALF_UP)


def exit_reason_label(reason: str, texts: ReportTexts = NORWEGIAN) -> str:
    """The exit as a reader names it: a status code (``stopped``) becomes ``Stanset``, an exit
    reason code (``moved``) its label; an avslutningsårsak typed as text stays as it is."""
    try:
        return texts.code("status", ParticipantStatus(reason))
    except ValueError:
        return texts.code("exit_reason", reason)


NO_EXIT_REASON = QT_TRANSLATE_NOOP("Reports", "exit reason missing")
NO_END_GOAL = QT_TRANSLATE_NOOP("Reports", "end goal missing")
NO_NATIONAL_ID = QT_TRANSLATE_NOOP("Reports", "national ID number missing")
NOT_REGISTERED = QT_TRANSLATE_NOOP("Reports", "not registered by the deadline")
REGISTERED_LATE = QT_TRANSLATE_NOOP("Reports", "registered after the deadline")


def nir_problems(item: ProgrammeExit, *, as_of: date, texts: ReportTexts = NORWEGIAN) -> list[str]:
    """What keeps this exit from being complete and on time in NIR (brief §5.1)."""
    problems = []
    if not item.exit_reason:
        problems.append(texts(NO_EXIT_REASON))
    if item.end_goal is None:
        problems.append(texts(NO_END_GOAL))
    if not item.participant.national_id:
        problems.append(texts(NO_NATIONAL_ID))
    due = item.nir_due
    if item.nir_registered is None and as_of > due:
        problems.append(texts(NOT_REGISTERED))
    elif item.nir_registered is not None and item.nir_registered > due:
        problems.append(texts(REGISTERED_LATE))
    return problems


def outcome_rows(
    exits: Iterable[ProgrammeExit],
    *,
    as_of: date,
    start: date,
    end: date,
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """One row per participant who left the programme in ``start``..``end``, by exit date."""
    for item in sorted(
        (e for e in exits if start <= e.exit_date <= end),
        key=lambda e: (e.exit_date, sort_name(e.participant.display_name)),
    ):
        person = item.participant
        yield (
            person.id,
            person.display_name,
            person.national_id or "",
            item.programme_start,
            item.planned_end,
            item.exit_date,
            exit_reason_label(item.exit_reason, texts),
            item.main_activity_after,
            texts.document(f"end_goal.{item.end_goal}") if item.end_goal else "",
            item.mapping_done,
            item.career_guidance_done,
            item.contract_signed,
            months_between(item.programme_start, item.planned_end),
            months_between(item.programme_start, item.exit_date),
            item.extension_months,
            item.nir_due,
            item.nir_registered,
            "; ".join(nir_problems(item, as_of=as_of, texts=texts)),
        )


# --- supervision readiness ---------------------------------------------------------------------

SUPERVISION_CHECKS = (
    QT_TRANSLATE_NOOP("Reports", "Plan exists"),
    QT_TRANSLATE_NOOP("Reports", "Plan signed"),
    QT_TRANSLATE_NOOP("Reports", "End goal set"),
    QT_TRANSLATE_NOOP("Reports", "Full time valid"),
    QT_TRANSLATE_NOOP("Reports", "Mandatory elements"),
    QT_TRANSLATE_NOOP("Reports", "Competence mapping done"),
    QT_TRANSLATE_NOOP("Reports", "Career guidance done"),
    QT_TRANSLATE_NOOP("Reports", "Contract signed"),
)
SUPERVISION = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Supervision"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Adviser")),
        Column(QT_TRANSLATE_NOOP("Reports", "Status")),
        *(Column(check, YN) for check in SUPERVISION_CHECKS),
        Column(QT_TRANSLATE_NOOP("Reports", "Ready for supervision"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Missing"), width=60),
    ),
)


def _no_error(subject: SupervisionSubject, prefix: str) -> bool:
    return not any(
        f.severity is Severity.ERROR and f.rule_id.startswith(prefix) for f in subject.findings
    )


def supervision_rows(
    subjects: Iterable[SupervisionSubject], texts: ReportTexts = NORWEGIAN
) -> Iterator[Row]:
    """Per participant in the programme (not archived, not closed): the points the county
    governor's supervision checks (brief §1.3, §1.4, IMDi's instruction 2026–2028).

    Full time and mandatory elements are read from the plan validation findings (rules
    ``FULLTIME_WEEK`` and ``MANDATORY_*``); without a plan they are "Nei".
    """
    for subject in sorted(subjects, key=lambda s: sort_name(s.participant.display_name)):
        person = subject.participant
        if person.archived or person.status in CLOSED_STATUSES:
            continue
        has_plan = subject.plan is not None
        checks = (
            has_plan,
            has_plan and subject.plan_signed,
            subject.plan is not None and subject.plan.end_goal is not None,
            has_plan and _no_error(subject, "FULLTIME"),
            has_plan and _no_error(subject, "MANDATORY_"),
            subject.mapping_date is not None,
            subject.career_guidance_date is not None,
            subject.contract_signed,
        )
        missing = [
            _lower_first(texts(label))
            for label, ok in zip(SUPERVISION_CHECKS, checks, strict=True)
            if not ok
        ]
        yield (
            person.id,
            person.display_name,
            person.adviser_name,
            texts.code("status", person.status),
            *checks,
            all(checks),
            "; ".join(missing),
        )


def _lower_first(text: str) -> str:
    """A check's name as an item in a list: the first letter in lower case."""
    return text[:1].lower() + text[1:]
