"""Attendance (brief §2.3, §3), split by concern:

- ``service``: recording days, the week grid, missing registrations, absence checks, imports
  (``AttendanceService``);
- ``cells``: what one grid cell holds, how it is typed and shown, how it spreads over the day's
  plan elements;
- ``storage``: one participant's day written and audited in the caller's transaction;
- ``importing``: the spreadsheet's columns and the checks on every row;
- ``week_grid``: the week grid's rows and its quick fills (everyone present, last week copied);
- ``planned_days``: planned element-days without a registration (missing, or attended for the
  absence rules).
"""

from introdesk.services.attendance.cells import (
    ABSENCE_ALIASES,
    DEFAULT_ELEMENT,
    GRID_DAYS,
    MAX_DAY_MINUTES,
    SHORT_CODES,
    format_cell,
    format_hours,
    hours_to_minutes,
    parse_absence_code,
    parse_cell,
    spread,
    summarise,
)
from introdesk.services.attendance.importing import IMPORT_ALIASES, IMPORT_COLUMNS, ImportRow
from introdesk.services.attendance.service import AttendanceService

__all__ = [
    "ABSENCE_ALIASES",
    "DEFAULT_ELEMENT",
    "GRID_DAYS",
    "IMPORT_ALIASES",
    "IMPORT_COLUMNS",
    "MAX_DAY_MINUTES",
    "SHORT_CODES",
    "AttendanceService",
    "ImportRow",
    "format_cell",
    "format_hours",
    "hours_to_minutes",
    "parse_absence_code",
    "parse_cell",
    "spread",
    "summarise",
]
