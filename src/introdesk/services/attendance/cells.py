"""What one grid cell holds and how it is typed and shown (brief §3): hours, absence codes and
their short Norwegian initials, and how a day's registration spreads over the day's plan
elements (absence first fills each element's planned time, then attendance fills what is left;
anything beyond the plan goes to the first element (attendance) or the last (absence))."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from introdesk.domain.attendance import AbsenceType, AttendanceEntry, DayCell
from introdesk.domain.errors import UserInputError
from introdesk.domain.numbers import parse_decimal
from introdesk.persistence.models import AttendanceEntryRow

DEFAULT_ELEMENT = "DAY"
GRID_DAYS = 5  # Monday to Friday
MAX_DAY_MINUTES = 24 * 60

# Short codes for fast keyboard entry (Norwegian initials), besides the full codes.
ABSENCE_ALIASES: dict[str, str] = {
    "fe": AbsenceType.HOLIDAY,
    "eg": AbsenceType.SELF_CERTIFIED_ILLNESS,
    "sm": AbsenceType.DOCTOR_CERTIFIED_ILLNESS,
    "sb": AbsenceType.SICK_CHILD,
    "sv": AbsenceType.PREGNANCY_CHECKUP,
    "gr": AbsenceType.PREGNANCY,
    "fm": AbsenceType.BIRTH_LEAVE_MOTHER,
    "ff": AbsenceType.BIRTH_LEAVE_FATHER,
    "am": AbsenceType.BREASTFEEDING,
    "op": AbsenceType.CARE_LEAVE,
    "vp": AbsenceType.WELFARE_LEAVE,
    "ls": AbsenceType.LONG_TERM_ILLNESS,
    "up": AbsenceType.UNPAID_LEAVE,
    "ug": AbsenceType.INVALID,
}


# What the grid shows for a code: the short Norwegian initials a coordinator types.
SHORT_CODES: dict[str, str] = {str(code): alias for alias, code in ABSENCE_ALIASES.items()}


def parse_absence_code(text: str) -> str:
    """A full absence code or its short alias → the code; anything else is a user error."""
    key = text.strip().lower()
    key = ABSENCE_ALIASES.get(key, key)
    try:
        return str(AbsenceType(key))
    except ValueError as exc:
        raise UserInputError(code="attendance.not_a_code", text=text) from exc


def hours_to_minutes(text: str | Decimal | float | int) -> int:
    """``"7,5"`` / ``7.5`` hours → 450 minutes (rounded to the minute)."""
    try:
        hours = parse_decimal(text)
    except ValueError:
        raise UserInputError(code="attendance.not_hours", text=text) from None
    # Compared before multiplying: 1e999999999 * 60 would overflow the decimal context.
    if hours < 0 or hours > Decimal(MAX_DAY_MINUTES) / 60:
        raise UserInputError(code="attendance.hours_out_of_range", text=text)
    return int((hours * 60).to_integral_value())


def format_hours(minutes: int) -> str:
    hours = Decimal(minutes) / 60
    text = f"{hours:.2f}".rstrip("0").rstrip(".")
    return text or "0"


def parse_cell(text: str, planned: int) -> DayCell | None:
    """What a user types in a grid cell → the day's registration (None clears the cell).

    ``7,5`` attended hours; ``invalid`` or ``ug`` a whole planned day absent; ``ug 2`` (or
    ``2 ug``) two hours absent and the rest of the planned day attended.
    """
    words = text.replace(",", ".").split()
    if not words:
        return None
    numbers = [w for w in words if w[0].isdigit() or w[0] == "."]
    codes = [w for w in words if w not in numbers]
    if len(numbers) > 1 or len(codes) > 1:
        raise UserInputError(code="attendance.cell_unreadable", text=text)
    if not codes:
        return DayCell(attended_minutes=hours_to_minutes(numbers[0]))
    code = parse_absence_code(codes[0])
    absent = hours_to_minutes(numbers[0]) if numbers else planned
    if absent == 0:
        raise UserInputError(code="attendance.nothing_planned", text=text)
    return DayCell(max(planned - absent, 0), code, absent)


def format_cell(
    cell: DayCell | None, planned: int, hours: Callable[[int], str] = format_hours
) -> str:
    """A registration as the grid shows it: ``7,5``, ``sb`` (the whole planned day) or
    ``sb 3`` (three hours absent): the short code the coordinator types, never the stored
    English code. ``hours`` formats minutes in the interface language."""
    if cell is None:
        return ""
    if cell.absence_code is None:
        return hours(cell.attended_minutes)
    short = SHORT_CODES.get(cell.absence_code, cell.absence_code)
    if cell.attended_minutes == 0 and cell.absence_minutes == planned:
        return short
    return f"{short} {hours(cell.absence_minutes)}"


def spread(cell: DayCell, planned: Mapping[str, int]) -> dict[str, tuple[int, int, int]]:
    """A day's registration → element code → (planned, attended, absent) minutes."""
    elements = dict(planned) or {DEFAULT_ELEMENT: 0}
    codes = list(elements)
    absent_left, attended_left = cell.absence_minutes, cell.attended_minutes
    result: dict[str, tuple[int, int, int]] = {}
    for code in codes:
        absent = min(absent_left, elements[code])
        absent_left -= absent
        attended = min(attended_left, elements[code] - absent)
        attended_left -= attended
        result[code] = (elements[code], attended, absent)
    first, last = codes[0], codes[-1]
    p, a, b = result[first]
    result[first] = (p, a + attended_left, b)
    p, a, b = result[last]
    result[last] = (p, a, b + absent_left)
    return result


def summarise(rows: Iterable[AttendanceEntryRow | AttendanceEntry]) -> DayCell | None:
    """A day's rows → one cell (the absence code with most minutes names the day)."""
    rows = list(rows)
    if not rows:
        return None
    by_code: dict[str, int] = defaultdict(int)
    for row in rows:
        if row.absence_code:
            by_code[row.absence_code] += row.absence_minutes
    code = max(by_code, key=lambda c: by_code[c]) if by_code else None
    return DayCell(
        attended_minutes=sum(r.attended_minutes for r in rows),
        absence_code=code,
        absence_minutes=sum(by_code.values()) if code else 0,
    )
