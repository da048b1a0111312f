"""One path from rows to a workbook: a sheet spec, an iterable of rows, a file.

What every IntroDesk workbook gets, whichever report made it:

- **Types.** Numbers are written as numbers (``int``/``Decimal``), dates as dates, text as text.
  A value of the wrong type for its column is a programming error (``TypeError``), so a report
  cannot quietly put "12,5" as text in an hours column.
- **Norwegian display.** Dates use the format ``dd.mm.yyyy``; decimals ``#,##0.00`` and whole
  numbers ``#,##0``. Number format codes in the file are always written in the file format's
  neutral (US) notation; Excel and LibreOffice show them with the reader's locale, so a
  Norwegian reader sees ``1 234,50``. Writing ``# ##0,00`` literally would be wrong: the space
  would be a literal character and the comma a thousands separator.
- **Formula injection.** Text that begins with ``=``, ``+``, ``-`` or ``@`` is stored as a
  plain string cell (never a formula) with Excel's quote prefix, so it stays text when edited.
- **Layout.** Bold header row, frozen below the header, autofilter over the data, column widths
  from the headings and the first ``WIDTH_SAMPLE`` rows.
- **A parameters sheet**: report, generated when and by whom, period and filters, row count.
- **Streaming.** openpyxl's write-only mode: rows go to a temporary file as they come, so memory
  stays flat for half a million rows. The workbook is written next to the target and moved into
  place only when complete; a cancelled or failed export leaves no file behind.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import islice
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from introdesk import __version__
from introdesk.domain.errors import IntroDeskError

DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
DECIMAL_FORMAT = "#,##0.00"
INTEGER_FORMAT = "#,##0"
FORMULA_PREFIXES = ("=", "+", "-", "@")
WIDTH_SAMPLE = 200
PROGRESS_EVERY = 1000
MIN_WIDTH, MAX_WIDTH = 6, 60
INVALID_SHEET_CHARS = set("[]:*?/\\")


class ColumnKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"  # hours, money, rates: two decimals
    DATE = "date"
    YES_NO = "yes_no"  # bool, shown as "Ja"/"Nei" so it filters and reads well


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None  # fixed width in characters; None: measured


@dataclass(frozen=True, slots=True)
class SheetSpec:
    title: str  # the data sheet's name (at most 31 characters, none of []:*?/\)
    columns: tuple[Column, ...]

    def __post_init__(self) -> None:
        if not self.title or len(self.title) > 31 or set(self.title) & INVALID_SHEET_CHARS:
            raise ValueError(f"invalid sheet title {self.title!r}")
        if not self.columns:
            raise ValueError("a sheet needs at least one column")

    @property
    def headings(self) -> tuple[str, ...]:
        return tuple(c.heading for c in self.columns)


@dataclass(frozen=True, slots=True)
class ReportParameters:
    """What the parameters sheet says about how the workbook was made."""

    report_title: str
    generated_at: datetime
    generated_by: str
    filters: tuple[tuple[str, str | date], ...] = field(default=())


@dataclass(frozen=True, slots=True)
class WriteResult:
    path: Path
    rows: int


class ExportCancelled(IntroDeskError):  # noqa: N818 - a user action, not a failure
    """The user cancelled the export; no file was written."""

    exit_code = 1


ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="DDE4EE")
_HEADER_ALIGN = Alignment(vertical="top", wrap_text=True)
_YES, _NO = "Ja", "Nei"


def _check(column: Column, value: object) -> None:
    kind = column.kind
    ok = (
        (kind is ColumnKind.TEXT and isinstance(value, str))
        or (kind is ColumnKind.INTEGER and isinstance(value, int) and not isinstance(value, bool))
        or (
            kind is ColumnKind.DECIMAL
            and isinstance(value, Decimal | int | float)
            and not isinstance(value, bool)
        )
        or (kind is ColumnKind.DATE and isinstance(value, date) and not isinstance(value, datetime))
        or (kind is ColumnKind.YES_NO and isinstance(value, bool))
    )
    if not ok:
        raise TypeError(
            f"column {column.heading!r} ({kind}) cannot hold {type(value).__name__} {value!r}"
        )


def display_text(column: Column, value: object) -> str:
    """Roughly what a reader sees in the cell; used only to measure column widths."""
    if value is None:
        return ""
    _check(column, value)
    if column.kind is ColumnKind.DATE:
        return "00.00.0000"
    if column.kind is ColumnKind.DECIMAL:
        return f"{Decimal(str(value)):,.2f}"
    if column.kind is ColumnKind.INTEGER:
        return f"{value:,}"
    if column.kind is ColumnKind.YES_NO:
        return _YES if value else _NO
    return str(value)


def measure_widths(spec: SheetSpec, sample: Sequence[Sequence[object]]) -> list[float]:
    widths = []
    for index, column in enumerate(spec.columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        longest = max(len(word) for word in column.heading.split()) if column.heading else 0
        longest = max(longest, min(len(column.heading), 24))
        for row in sample:
            text = display_text(column, row[index])
            longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, longest + 2))))
    return widths


class _CellMaker:
    """Turns one column's values into cells; style arrays are built once per column."""

    def __init__(self, sheet: WriteOnlyWorksheet, column: Column) -> None:
        self.sheet = sheet
        self.column = column
        formats = {
            ColumnKind.DATE: DATE_FORMAT,
            ColumnKind.DECIMAL: DECIMAL_FORMAT,
            ColumnKind.INTEGER: INTEGER_FORMAT,
        }
        self._styled: WriteOnlyCell | None = None
        if column.kind in formats:
            self._styled = WriteOnlyCell(sheet)
            self._styled.number_format = formats[column.kind]
        self._quoted = WriteOnlyCell(sheet)
        self._quoted.quotePrefix = True

    def __call__(self, value: object) -> object:
        if value is None:
            return None
        _check(self.column, value)
        kind = self.column.kind
        if kind is ColumnKind.TEXT:
            assert isinstance(value, str)
            if value.startswith(FORMULA_PREFIXES):
                cell = WriteOnlyCell(self.sheet, value)
                cell.data_type = "s"  # openpyxl would otherwise read "=..." as a formula
                cell._style = copy(self._quoted._style)
                return cell
            return value
        if kind is ColumnKind.YES_NO:
            return _YES if value else _NO
        assert self._styled is not None
        cell = WriteOnlyCell(self.sheet, value)
        cell._style = copy(self._styled._style)
        return cell


def _header_cells(sheet: WriteOnlyWorksheet, spec: SheetSpec) -> list[WriteOnlyCell]:
    cells = []
    for column in spec.columns:
        cell = WriteOnlyCell(sheet, column.heading)
        cell.data_type = "s"
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _HEADER_ALIGN
        cells.append(cell)
    return cells


def _write_parameters(sheet: WriteOnlyWorksheet, parameters: ReportParameters, rows: int) -> None:
    sheet.column_dimensions["A"].width = 24
    sheet.column_dimensions["B"].width = 48
    bold = WriteOnlyCell(sheet, "Parameter")
    bold.font = _HEADER_FONT
    value = WriteOnlyCell(sheet, "Verdi")
    value.font = _HEADER_FONT
    sheet.append([bold, value])

    def text(content: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, content)
        cell.data_type = "s"
        return cell

    def dated(content: date | datetime, fmt: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(sheet, content)
        cell.number_format = fmt
        return cell

    sheet.append([text("Rapport"), text(parameters.report_title)])
    sheet.append([text("Laget"), dated(parameters.generated_at, DATETIME_FORMAT)])
    sheet.append([text("Laget av"), text(parameters.generated_by)])
    for label, filter_value in parameters.filters:
        if isinstance(filter_value, date):
            sheet.append([text(label), dated(filter_value, DATE_FORMAT)])
        else:
            sheet.append([text(label), text(filter_value)])
    count = WriteOnlyCell(sheet, rows)
    count.number_format = INTEGER_FORMAT
    sheet.append([text("Antall rader"), count])
    sheet.append([text("Program"), text(f"IntroDesk {__version__}")])


def _discard(sheet: WriteOnlyWorksheet) -> None:
    """Remove the half-written sheet's temporary file after a failure or a cancel."""
    with contextlib.suppress(Exception):
        sheet.close()
        sheet._writer.cleanup()


def write_workbook(
    spec: SheetSpec,
    rows: Iterable[Sequence[object]],
    path: Path,
    parameters: ReportParameters,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
) -> WriteResult:
    """Write ``rows`` under ``spec``'s headings to ``path`` (see the module docstring).

    ``progress`` is called with the number of rows written so far, every ``PROGRESS_EVERY``
    rows and once at the end. ``cancel`` is asked as often; when it returns true the export
    stops with ``ExportCancelled`` and no file is left at ``path``.
    """
    path = Path(path)
    iterator = iter(rows)
    sample = list(islice(iterator, WIDTH_SAMPLE))
    width = len(spec.columns)
    for row in sample:
        if len(row) != width:
            raise ValueError(f"row has {len(row)} values, the sheet has {width} columns")

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(spec.title)
    for index, column_width in enumerate(measure_widths(spec, sample), start=1):
        sheet.column_dimensions[get_column_letter(index)].width = column_width
    sheet.freeze_panes = "A2"
    sheet.append(_header_cells(sheet, spec))
    makers = [_CellMaker(sheet, column) for column in spec.columns]

    written = 0
    try:
        for source in (sample, iterator):
            for row in source:
                if len(row) != width:
                    raise ValueError(f"row has {len(row)} values, the sheet has {width} columns")
                sheet.append([make(value) for make, value in zip(makers, row, strict=True)])
                written += 1
                if written % PROGRESS_EVERY == 0:
                    if cancel is not None and cancel():
                        raise ExportCancelled("The export was cancelled; no file was written.")
                    if progress is not None:
                        progress(written)
    except BaseException:
        _discard(sheet)
        raise
    sheet.auto_filter.ref = f"A1:{get_column_letter(width)}{written + 1}"
    _write_parameters(workbook.create_sheet("Parametere"), parameters, written)

    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=".introdesk-", suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        if cancel is not None and cancel():
            raise ExportCancelled("The export was cancelled; no file was written.")
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
    if progress is not None:
        progress(written)
    return WriteResult(path=path, rows=written)
