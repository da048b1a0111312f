"""Attendance and payroll reports.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from itertools import groupby

from introdesk.domain.absence_catalogue import AbsenceCatalogue
from introdesk.domain.attendance import AttendanceEntry, BenefitLineKind, BenefitResult
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.records import ParticipantRecord
from introdesk.reporting.xlsx.reports.common import (
    DT,
    INT,
    YN,
    D,
    Row,
    hours,
    participant_name,
    sort_name,
)
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
from introdesk.reporting.xlsx.writer import Column, SheetSpec

# --- attendance --------------------------------------------------------------------------------

ATTENDANCE = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Attendance"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Date"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Weekday")),
        Column(QT_TRANSLATE_NOOP("Reports", "Planned (hours)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Attended (hours)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Valid absence (hours)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Invalid absence (hours)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Not registered (hours)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Absence")),
    ),
)


def attendance_rows(
    entries: Iterable[AttendanceEntry],
    participants: Mapping[int, ParticipantRecord],
    codes: AbsenceCatalogue,
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """One row per participant and day (entries for several plan elements summed).

    Valid and invalid absence follow the absence-code catalogue's ``valid`` flag; planned minutes
    with nothing registered are shown apart, not counted as invalid (brief §2.3: the coordinator
    codes them). Rows are in participant name, then date order. The entries are sorted once (a
    list of references) and each day's row is made as it is written, so no per-day table of the
    whole period is held in memory.
    """
    names: dict[int, str] = {}

    def name(pid: int) -> str:
        if pid not in names:
            names[pid] = participant_name(participants.get(pid), pid, texts)
        return names[pid]

    ordered = sorted(
        entries, key=lambda e: (sort_name(name(e.participant_id)), e.participant_id, e.day)
    )
    valid = {code: codes[code].valid for code in codes}
    for (pid, day), group in groupby(ordered, key=lambda e: (e.participant_id, e.day)):
        planned = attended = valid_minutes = invalid_minutes = missing = 0
        day_codes: set[str] = set()
        for entry in group:
            planned += entry.planned_minutes
            attended += entry.attended_minutes
            if entry.absence_code is not None:
                is_valid = valid.get(entry.absence_code)
                if is_valid is None:  # unknown code: the catalogue raises its user error
                    is_valid = codes[entry.absence_code].valid
                if is_valid:
                    valid_minutes += entry.absence_minutes
                else:
                    invalid_minutes += entry.absence_minutes
                day_codes.add(texts.absence(codes[entry.absence_code]))
            missing += entry.unregistered_minutes
        yield (
            pid,
            name(pid),
            day,
            texts.weekday(day),
            hours(planned),
            hours(attended),
            hours(valid_minutes),
            hours(invalid_minutes),
            hours(missing),
            ", ".join(sorted(day_codes)),
        )


# --- payroll -----------------------------------------------------------------------------------

PAYROLL = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Payroll"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "National ID number")),
        Column(QT_TRANSLATE_NOOP("Reports", "Month"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Pay type")),
        Column(QT_TRANSLATE_NOOP("Reports", "Reason")),
        Column(QT_TRANSLATE_NOOP("Reports", "Hours"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Days"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Amount (NOK)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Decision required"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Registration missing"), YN),
    ),
)


def payroll_rows(
    results: Iterable[BenefitResult],
    participants: Mapping[int, ParticipantRecord],
    codes: AbsenceCatalogue | None = None,
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """One row per participant, month and pay component (line kind and code), amounts summed.

    Amounts keep the benefit engine's sign (paid out positive, deductions negative), so the sum of
    a participant's rows is ``BenefitResult.net``. Components with no lines are not shown.
    """

    def order(result: BenefitResult) -> tuple[str, int, date]:
        pid = result.participant_id
        name = participant_name(participants.get(pid), pid, texts)
        return (sort_name(name), pid, result.month)

    for result in sorted(results, key=order):
        pid = result.participant_id
        record = participants.get(pid)
        components: dict[tuple[BenefitLineKind, str], list[Decimal | int | None]] = {}
        for line in result.lines:
            key = (line.kind, line.code or "")
            hours_sum, days_sum, amount = components.setdefault(key, [None, None, Decimal("0")])
            if line.hours is not None:
                hours_sum = (hours_sum or Decimal("0")) + line.hours
            if line.days is not None:
                days_sum = (days_sum or 0) + line.days
            assert isinstance(amount, Decimal)
            components[key] = [hours_sum, days_sum, amount + line.amount]
        kinds = list(BenefitLineKind)
        for (kind, code), (hours_sum, days_sum, amount) in sorted(
            components.items(), key=lambda item: (kinds.index(item[0][0]), item[0][1])
        ):
            yield (
                pid,
                participant_name(record, pid, texts),
                (record.national_id or "") if record is not None else "",
                result.month,
                texts.code("line_kind", kind),
                _reason(code, codes, texts),
                hours_sum,
                days_sum,
                amount,
                result.decision_required,
                result.has_missing_registrations,
            )


# What a payroll clerk reads for a line's code: the absence's name, never ``invalid``; for days
# without benefit (rules/programme_events.py: ``no_decision``, ``stopped``, ``leave_<kind>``) the
# status or the kind of leave, as the window names them.
_OTHER_REASONS = {
    "floor": QT_TRANSLATE_NOOP("Reports", "The payment cannot be negative"),
    "no_decision": QT_TRANSLATE_NOOP("Reports", "No decision on the programme"),
}
_LEAVE = "leave_"


def _reason(code: str, codes: AbsenceCatalogue | None, texts: ReportTexts) -> str:
    if codes is not None and code in set(codes):
        return texts.absence(codes[code])
    other = _OTHER_REASONS.get(code)
    if other is not None:
        return texts(other)
    if code == ParticipantStatus.STOPPED:
        return texts.code("status", code)
    if code.startswith(_LEAVE):
        return texts.code("leave_kind", code.removeprefix(_LEAVE))
    return code  # another benefit's kind, as the coordinator typed it
