"""Attendance from a spreadsheet (.xlsx/.csv, brief §3): the accepted columns, and every row
checked before anything is written (one ``FILE:ROW:COLUMN: reason`` per problem)."""

from __future__ import annotations

from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from introdesk.domain.dates import month_start
from introdesk.domain.errors import (
    Coded,
    FieldProblem,
    UserInputError,
    ValidationError,
    reason_of,
)
from introdesk.domain.numbers import parse_decimal
from introdesk.reporting.spreadsheet_reader import SheetRow, SheetRows, parse_date
from introdesk.services.attendance.cells import (
    DEFAULT_ELEMENT,
    hours_to_minutes,
    parse_absence_code,
)
from introdesk.services.benefit import PlanLookup, planned_minutes

# Canonical import column → accepted headings (English and Norwegian).
IMPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "participant_id": ("participant", "id", "deltaker_id", "deltakerid", "deltaker"),
    "national_id": ("fødselsnummer", "fodselsnummer", "fnr", "personnummer", "d-nummer"),
    "date": ("dato", "day", "dag"),
    "element": ("element_code", "tiltak", "planelement", "element_kode", "tiltakskode"),
    "attended_hours": ("hours", "timer", "oppmøte", "oppmøte_timer", "tilstede_timer"),
    "absence_code": ("fraværskode", "fravaerskode", "fravær", "fraværkode"),
    "absence_hours": ("fraværstimer", "fravaerstimer", "fravær_timer"),
    "note": ("merknad", "notat", "kommentar", "comment"),
}
# Accepted heading → canonical column, as ``reporting.spreadsheet_reader.read_rows`` wants it.
IMPORT_ALIASES: dict[str, str] = {
    alias: name for name, aliases in IMPORT_COLUMNS.items() for alias in (name, *aliases)
}


def _decimal(value: object) -> Decimal:
    """A number cell (decimal comma allowed) → Decimal; ValueError otherwise."""
    return parse_decimal(value)


@dataclass(frozen=True, slots=True)
class ImportRow:
    """One validated import row."""

    row: int
    participant_id: int
    day: date
    element: str | None
    attended_minutes: int | None
    absence_code: str | None
    absence_minutes: int
    note: str = ""


# Records a problem: row number, column, reason (coded: said in the user's language).
Complain = Callable[[int, str, Coded | str], None]


def validate_rows(
    sheet: SheetRows,
    *,
    known: Mapping[int, str | None],
    locked: Container[date],
    plans: PlanLookup,
    correction: bool = False,
) -> list[ImportRow]:
    """Every row of ``sheet`` checked against the participants ``known`` (id → national id),
    the ``locked`` months and the plans; raises ``ValidationError`` listing every problem."""
    problems: list[FieldProblem] = []

    def problem(row: int, column: str, reason: Coded | str) -> None:
        problems.append(sheet.problem(row, column, reason))

    if "participant_id" not in sheet.columns and "national_id" not in sheet.columns:
        problem(1, "participant_id", Coded.of("rows.column_missing_or_national_id"))
    by_national_id = {nid: pid for pid, nid in known.items() if nid}
    parsed: list[ImportRow] = []
    for line in sheet.rows:
        before = len(problems)
        found = _parse_row(line, known, by_national_id, locked, correction, problem)
        if found is not None and len(problems) == before:
            parsed.append(found)
    _check_elements(parsed, plans, problem)
    if problems:
        problems.sort(key=lambda p: (p.row or 0, p.field))
        raise ValidationError(problems)
    return parsed


def _parse_row(
    line: SheetRow,
    known: Mapping[int, str | None],
    by_national_id: Mapping[str, int],
    locked: Container[date],
    correction: bool,
    problem: Complain,
) -> ImportRow | None:
    """One row, or None when the participant or the day cannot be told."""
    n = line.number
    v = {
        k: None if value is None or (isinstance(value, str) and not value.strip()) else value
        for k, value in line.values.items()
    }
    pid = _participant_of(n, v, known, by_national_id, problem)
    day = _day_of(n, v, locked, correction, problem)
    attended, code, absent = _amounts_of(n, v, problem)
    element = None if v.get("element") is None else str(v["element"]).strip()
    note = "" if v.get("note") is None else str(v["note"]).strip()
    if pid is None or day is None:
        return None
    return ImportRow(n, pid, day, element, attended, code, absent, note)


def _participant_of(
    n: int,
    v: Mapping[str, Any],
    known: Mapping[int, str | None],
    by_national_id: Mapping[str, int],
    problem: Complain,
) -> int | None:
    pid: int | None = None
    raw_id, raw_nid = v.get("participant_id"), v.get("national_id")
    if raw_id is not None:
        text = str(raw_id).strip().removesuffix(".0")
        if not text.isdigit() or int(text) not in known:
            problem(n, "participant_id", Coded.of("rows.no_participant_id", text=text))
        else:
            pid = int(text)
    if raw_nid is not None:
        text = str(raw_nid).strip().removesuffix(".0").zfill(11)
        found = by_national_id.get(text)
        if found is None:
            problem(n, "national_id", Coded.of("rows.no_participant_national_id"))
        elif pid is not None and pid != found:
            problem(n, "national_id", Coded.of("rows.national_id_other_participant"))
        else:
            pid = found
    if raw_id is None and raw_nid is None:
        problem(n, "participant_id", Coded.of("rows.required_or_national_id"))
    return pid


def _day_of(
    n: int, v: Mapping[str, Any], locked: Container[date], correction: bool, problem: Complain
) -> date | None:
    day: date | None = None
    if v.get("date") is None:
        problem(n, "date", Coded.of("rows.required"))
    else:
        try:
            day = parse_date(v["date"])
        except ValueError as exc:
            problem(n, "date", reason_of(exc))
    if day is not None and month_start(day) in locked and not correction:
        problem(n, "date", Coded.of("rows.month_locked", month=f"{day:%Y-%m}"))
    return day


def _amounts_of(
    n: int, v: Mapping[str, Any], problem: Complain
) -> tuple[int | None, str | None, int]:
    """Attended minutes, absence code and absent minutes, and whether they fit together."""
    attended: int | None = None
    if v.get("attended_hours") is not None:
        try:
            attended = hours_to_minutes(_decimal(v["attended_hours"]))
        except (ValueError, UserInputError):
            problem(n, "attended_hours", Coded.of("rows.not_hours"))
    code: str | None = None
    if v.get("absence_code") is not None:
        try:
            code = parse_absence_code(str(v["absence_code"]))
        except UserInputError:
            problem(n, "absence_code", Coded.of("rows.not_absence_code", text=v["absence_code"]))
    absent = 0
    if v.get("absence_hours") is not None:
        try:
            absent = hours_to_minutes(_decimal(v["absence_hours"]))
        except (ValueError, UserInputError):
            problem(n, "absence_hours", Coded.of("rows.not_hours"))
    if v.get("absence_code") is not None and absent == 0:
        problem(n, "absence_hours", Coded.of("rows.absence_needs_hours"))
    if v.get("absence_code") is None and absent:
        problem(n, "absence_code", Coded.of("rows.hours_need_code"))
    if v.get("attended_hours") is None and v.get("absence_code") is None:
        problem(n, "attended_hours", Coded.of("rows.give_hours_or_absence"))
    return attended, code, absent


def _check_elements(parsed: list[ImportRow], plans: PlanLookup, problem: Complain) -> None:
    """Each row names one plan element (needed when the plan has several that day), and no
    two rows register the same day and element."""
    found = plans(sorted({r.participant_id for r in parsed}))
    seen: dict[tuple[int, date, str], int] = {}
    for r in parsed:
        planned = planned_minutes(found.get(r.participant_id), r.day)
        element = r.element
        if element is None:
            if len(planned) > 1:
                problem(
                    r.row,
                    "element",
                    Coded.of("rows.several_elements", elements=", ".join(planned)),
                )
                continue
            element = next(iter(planned), DEFAULT_ELEMENT)
        key = (r.participant_id, r.day, element)
        if key in seen:
            problem(r.row, "date", Coded.of("rows.same_day_and_element", row=seen[key]))
        seen[key] = r.row
