"""The monthly deduction statement (the benefit engine's month line by line, with the remarks
the participant must see) and the weekly attendance sign-in sheet."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from introdesk.domain.attendance import BenefitLine, BenefitLineKind, BenefitResult
from introdesk.domain.documents import DocumentPerson
from introdesk.reporting.labels import NORWEGIAN, NYNORSK
from introdesk.reporting.pdf.data import (
    AttendanceSheetData,
    ContactPerson,
    DeductionLine,
    DeductionStatementData,
    DocumentHeader,
    StatementAdjustment,
)
from introdesk.reporting.pdf.formatting import fmt_date
from introdesk.rules.plan_calendar import norwegian_public_holidays
from introdesk.services.documents.nynorsk import (
    DECISION_NOTE,
    nynorsk_explanation,
    provisional_note,
)


def statement_notes(result: BenefitResult, standard: str = NORWEGIAN) -> tuple[str, ...]:
    """Norwegian remarks the participant must see: a month with unregistered planned days is
    provisional; a deduction at or above the threshold needs its own decision (brief §3.3).
    ``standard``: the written standard, bokmål (``nb``) or nynorsk (``nn``)."""
    if standard == NYNORSK:
        return _notes_nynorsk(result)
    notes = []
    missing = result.missing_registration_days
    if missing:
        days = _day_list(missing)
        count = "1 planlagt dag" if len(missing) == 1 else f"{len(missing)} planlagte dager"
        notes.append(
            f"Foreløpig oppstilling: oppmøte er ikke registrert for {count} ({days}). "
            "Beløpene kan endre seg."
        )
    if result.decision_required:
        notes.append(
            "Trekket er så stort at kommunen gjør et eget vedtak om det. Du får vedtaket "
            "skriftlig og kan klage på det."
        )
    return tuple(notes)


def _day_list(days: Sequence[date]) -> str:
    return ", ".join(fmt_date(day) for day in days[:10]) + (" …" if len(days) > 10 else "")


def _notes_nynorsk(result: BenefitResult) -> tuple[str, ...]:
    missing = result.missing_registration_days
    notes = [provisional_note(len(missing), _day_list(missing))] if missing else []
    if result.decision_required:
        notes.append(DECISION_NOTE)
    return tuple(notes)


def deduction_document(
    person: DocumentPerson,
    result: BenefitResult,
    header: DocumentHeader,
    contact: ContactPerson,
    language: str,
) -> DeductionStatementData:
    """The benefit engine's month, line by line: base lines make the gross, absence deductions
    are the table, every other line (other benefits, corrections) is listed after it."""
    nynorsk = header.written_standard == NYNORSK

    def explained(line: BenefitLine) -> str:
        if not nynorsk:
            return line.explanation
        # The engine's own Nynorsk; a locked month's stored lines have none (they keep the
        # Bokmål they were paid with) and are put into Nynorsk here.
        return line.explanation_nn or nynorsk_explanation(line.explanation)

    lines = []
    others = []
    gross = Decimal("0.00")
    for line in result.lines:
        if line.kind is BenefitLineKind.BASE:
            gross += line.amount
        elif line.kind is BenefitLineKind.DEDUCTION:
            lines.append(
                DeductionLine(
                    day=line.start,
                    hours=line.hours if line.hours is not None else Decimal(0),
                    hourly_rate=line.rate if line.rate is not None else Decimal(0),
                    amount=-line.amount,
                    code=line.code or "invalid",
                    calculation=explained(line),
                )
            )
        else:
            others.append(StatementAdjustment(line.start, line.end, explained(line), line.amount))
    return DeductionStatementData(
        header=header,
        participant_name=person.full_name,
        language=language,
        notes=statement_notes(result, header.written_standard),
        month=result.month,
        lines=tuple(lines),
        total_hours=sum((line.hours for line in lines), Decimal(0)),
        total_amount=sum((line.amount for line in lines), Decimal(0)),
        gross_benefit=gross,
        net_benefit=result.net,
        contact=contact,
        other_lines=tuple(others),
    )


def attendance_document(
    names: Sequence[str],
    header: DocumentHeader,
    week_monday: date,
    *,
    group_name: str,
    teacher: str = "",
    language: str = NORWEGIAN,
) -> AttendanceSheetData:
    days = {week_monday + timedelta(days=i) for i in range(5)}
    holidays = norwegian_public_holidays({day.year for day in days})
    return AttendanceSheetData(
        header=header,
        group_name=group_name,
        week_monday=week_monday,
        participants=tuple(names),
        teacher=teacher,
        language=language,
        closed_days=tuple(sorted(days & holidays)),
    )
