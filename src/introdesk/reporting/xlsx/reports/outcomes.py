"""Outcomes (exits, with NIR field names) and supervision reports.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.dates import add_months
from introdesk.domain.plans import Severity
from introdesk.domain.reports import (
    ProgrammeExit,
    SupervisionSubject,
)
from introdesk.reporting.xlsx.reports.common import (
    CENT,
    CLOSED_STATUSES,
    DT,
    END_GOAL_NB,
    INT,
    STATUS_NB,
    YN,
    D,
    Row,
    sort_name,
)
from introdesk.reporting.xlsx.writer import Column, SheetSpec

# --- outcomes (exits, with NIR field names) ----------------------------------------------------

OUTCOMES = SheetSpec(
    "Resultater",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Fødselsnummer"),
        # Field names as the register (NIR) uses them, brief §5.1. Exact NIR identifiers in
        # an integration file are UNCONFIRMED; these are the names on the registration pages.
        Column("Startdato", DT),
        Column("Planlagt sluttdato", DT),
        Column("Avslutningsdato", DT),
        Column("Avslutningsårsak"),
        Column("Hovedaktivitet etter avslutning"),
        Column("Sluttmål"),
        Column("Kompetansekartlegging gjennomført", YN),
        Column("Karriereveiledning gjennomført", YN),
        Column("Integreringskontrakt", YN),
        Column("Planlagt varighet (måneder)", D),
        Column("Faktisk varighet (måneder)", D),
        Column("Forlengelse (måneder)", INT),
        Column("Registreringsfrist NIR", DT),
        Column("Registrert i NIR", DT),
        Column("NIR: mangler eller for sent", width=50),
    ),
)


def months_between(start: date, end: date) -> Decimal:
    """Whole calendar months from ``start`` plus the rest as a fraction of 30 days, 2 decimals."""
    whole = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, whole) > end:
        whole -= 1
    rest = (end - add_months(start, whole)).days
    return (Decimal(whole) + Decimal(rest) / 30).quantize(CENT, rounding=ROUND_HALF_UP)


def exit_reason_label(reason: str) -> str:
    """The exit as a reader names it: a status code (``stopped``) becomes ``Stanset``; an
    avslutningsårsak typed as text stays as it is."""
    try:
        return STATUS_NB[ParticipantStatus(reason)]
    except ValueError:
        return reason


def nir_problems(item: ProgrammeExit, *, as_of: date) -> list[str]:
    """What keeps this exit from being complete and on time in NIR (brief §5.1)."""
    problems = []
    if not item.exit_reason:
        problems.append("avslutningsårsak mangler")
    if item.end_goal is None:
        problems.append("sluttmål mangler")
    if not item.participant.national_id:
        problems.append("fødselsnummer mangler")
    due = item.nir_due
    if item.nir_registered is None and as_of > due:
        problems.append("ikke registrert innen fristen")
    elif item.nir_registered is not None and item.nir_registered > due:
        problems.append("registrert etter fristen")
    return problems


def outcome_rows(
    exits: Iterable[ProgrammeExit], *, as_of: date, start: date, end: date
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
            exit_reason_label(item.exit_reason),
            item.main_activity_after,
            END_GOAL_NB[item.end_goal] if item.end_goal else "",
            item.mapping_done,
            item.career_guidance_done,
            item.contract_signed,
            months_between(item.programme_start, item.planned_end),
            months_between(item.programme_start, item.exit_date),
            item.extension_months,
            item.nir_due,
            item.nir_registered,
            "; ".join(nir_problems(item, as_of=as_of)),
        )


# --- supervision readiness ---------------------------------------------------------------------

SUPERVISION = SheetSpec(
    "Tilsyn",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Veileder"),
        Column("Status"),
        Column("Plan finnes", YN),
        Column("Plan signert", YN),
        Column("Sluttmål satt", YN),
        Column("Fulltid gyldig", YN),
        Column("Obligatoriske elementer", YN),
        Column("Kompetansekartlegging gjort", YN),
        Column("Karriereveiledning gjort", YN),
        Column("Kontrakt signert", YN),
        Column("Klar for tilsyn", YN),
        Column("Mangler", width=60),
    ),
)
SUPERVISION_CHECKS = (
    "Plan finnes",
    "Plan signert",
    "Sluttmål satt",
    "Fulltid gyldig",
    "Obligatoriske elementer",
    "Kompetansekartlegging gjort",
    "Karriereveiledning gjort",
    "Kontrakt signert",
)


def _no_error(subject: SupervisionSubject, prefix: str) -> bool:
    return not any(
        f.severity is Severity.ERROR and f.rule_id.startswith(prefix) for f in subject.findings
    )


def supervision_rows(subjects: Iterable[SupervisionSubject]) -> Iterator[Row]:
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
            label.lower() for label, ok in zip(SUPERVISION_CHECKS, checks, strict=True) if not ok
        ]
        yield (
            person.id,
            person.display_name,
            person.adviser_name,
            STATUS_NB[person.status],
            *checks,
            all(checks),
            "; ".join(missing),
        )
