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
- **The reader's language.** Yes/no, the parameters sheet and the page footer are in
  ``ReportParameters.language`` (nb, nn or en; English source strings in the context
  ``Reports`` of the ``.ts`` files, read without Qt); the caller gives headings and values in
  the same language (``texts.ReportTexts``).
- **Streaming.** XlsxWriter's ``constant_memory`` mode: each row goes to a temporary file as
  soon as the next one starts, so memory stays flat for half a million rows. XlsxWriter rather
  than openpyxl's write-only mode because it writes our attendance report about three times as
  fast (``benchmarks/bench_xlsx.py``, docs/architecture.md); openpyxl stays for reading files.
  The workbook is written next to the target and moved into place only when complete; a
  cancelled or failed export leaves no file (and no temporary file) behind.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from introdesk import __version__

if TYPE_CHECKING:  # XlsxWriter itself is imported when a workbook is written
    import xlsxwriter
    from xlsxwriter.format import Format
    from xlsxwriter.worksheet import Worksheet
from introdesk.core.private_files import restrict_file
from introdesk.core.translations import translate
from introdesk.domain.errors import IntroDeskError, UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP

DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
DECIMAL_FORMAT = "#,##0.00"
INTEGER_FORMAT = "#,##0"
FORMULA_PREFIXES = ("=", "+", "-", "@")
WIDTH_SAMPLE = 200
PROGRESS_EVERY = 1000
MIN_WIDTH, MAX_WIDTH = 6, 60
BOLD = 1.2  # bold text is about this much wider than regular
LINE_HEIGHT = 15  # points per line at the default 11 pt font
INVALID_SHEET_CHARS = set("[]:*?/\\")


class ColumnKind(StrEnum):
    TEXT = "text"
    INTEGER = "integer"
    DECIMAL = "decimal"  # hours, money, rates: two decimals
    DATE = "date"
    YES_NO = "yes_no"  # bool, shown as "Ja"/"Nei" (Yes/No) so it filters and reads well


@dataclass(frozen=True, slots=True)
class Column:
    heading: str
    kind: ColumnKind = ColumnKind.TEXT
    width: float | None = None  # fixed width in characters; None: measured
    number_format: str | None = None  # overrides the kind's format (e.g. "0" for ids)


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
    language: str = "nb"  # of the yes/no cells, the parameters sheet and the footer


@dataclass(frozen=True, slots=True)
class WriteResult:
    path: Path
    rows: int


class ExportCancelled(IntroDeskError):  # noqa: N818 - a user action, not a failure
    """The user cancelled the export; no file was written."""

    exit_code = 1


ProgressCallback = Callable[[int], None]
CancelCheck = Callable[[], bool]

_HEADER_STYLE = {"bold": True, "bg_color": "#DDE4EE", "text_wrap": True, "valign": "top"}
_KIND_FORMATS = {
    ColumnKind.DATE: DATE_FORMAT,
    ColumnKind.DECIMAL: DECIMAL_FORMAT,
    ColumnKind.INTEGER: INTEGER_FORMAT,
}
_YES, _NO = QT_TRANSLATE_NOOP("Reports", "Yes"), QT_TRANSLATE_NOOP("Reports", "No")
_PARAMETERS_SHEET = QT_TRANSLATE_NOOP("Reports", "Parameters")
_PARAMETER = QT_TRANSLATE_NOOP("Reports", "Parameter")
_VALUE = QT_TRANSLATE_NOOP("Reports", "Value")
_REPORT = QT_TRANSLATE_NOOP("Reports", "Report")
_MADE = QT_TRANSLATE_NOOP("Reports", "Made")
_MADE_BY = QT_TRANSLATE_NOOP("Reports", "Made by")
_ROWS = QT_TRANSLATE_NOOP("Reports", "Number of rows")
_PROGRAM = QT_TRANSLATE_NOOP("Reports", "Program")
# Excel's header/footer codes: &P the page, &N the number of pages.
_PAGE_OF = QT_TRANSLATE_NOOP("Reports", "Page {page} of {pages}")


def _words(language: str) -> dict[str, str]:
    """The writer's own words in ``language``."""
    words = (_YES, _NO, _PARAMETERS_SHEET, _PARAMETER, _VALUE, _REPORT, _MADE, _MADE_BY, _ROWS)
    found = {word: translate(word, language, "Reports") for word in (*words, _PROGRAM)}
    found[_PAGE_OF] = translate(_PAGE_OF, language, "Reports").format(page="&P", pages="&N")
    return found


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


def display_text(column: Column, value: object, yes_no: tuple[str, str] = ("Ja", "Nei")) -> str:
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
        return yes_no[0] if value else yes_no[1]
    return str(value)


def measure_widths(
    spec: SheetSpec, sample: Sequence[Sequence[object]], yes_no: tuple[str, str] = ("Ja", "Nei")
) -> list[float]:
    widths = []
    for index, column in enumerate(spec.columns):
        if column.width is not None:
            widths.append(column.width)
            continue
        # Headings are bold (about a fifth wider) and may wrap onto a second line.
        words = max((len(word) for word in column.heading.split()), default=0)
        heading = max(words, len(column.heading) / 2) * BOLD
        longest = 0
        for row in sample:
            text = display_text(column, row[index], yes_no)
            longest = max(longest, max((len(line) for line in text.splitlines()), default=0))
        width = max(heading, float(longest)) + 2
        widths.append(float(min(MAX_WIDTH, max(MIN_WIDTH, round(width, 1)))))
    return widths


def heading_lines(spec: SheetSpec, widths: Sequence[float]) -> int:
    """How many lines the tallest wrapped heading needs at these widths."""
    lines = 1
    for column, width in zip(spec.columns, widths, strict=True):
        line, count = 0.0, 1
        for word in column.heading.split():  # measured as set, which bold mostly fits
            size = float(len(word))
            if line and line + 1 + size > width - 0.5:
                count, line = count + 1, size
            else:
                line = line + 1 + size if line else size
        lines = max(lines, count)
    return lines


def _column_writer(
    sheet: Worksheet,
    column: Column,
    index: int,
    formats: dict[str, Format],
    quoted: Format,
    yes_no: tuple[str, str] = ("Ja", "Nei"),
) -> Callable[[int, object], object]:
    """A function writing one column's value at a row, with the format made once."""
    kind = column.kind
    number_format = column.number_format or _KIND_FORMATS.get(kind)
    style = None
    if number_format is not None:
        style = formats.get(number_format)
        if style is None:
            raise ValueError(f"no format {number_format!r}")
    write_number, write_string, write_date = (
        sheet.write_number,
        sheet.write_string,
        sheet.write_datetime,
    )

    def write(row: int, value: object) -> object:
        if value is None:
            return None
        _check(column, value)
        if kind is ColumnKind.TEXT:
            assert isinstance(value, str)
            if value.startswith(FORMULA_PREFIXES):
                return write_string(row, index, value, quoted)
            return write_string(row, index, value) if value else None
        if kind is ColumnKind.YES_NO:
            return write_string(row, index, yes_no[0] if value else yes_no[1])
        if kind is ColumnKind.DATE:
            return write_date(row, index, value, style)
        return write_number(row, index, value, style)

    return write


def _write_parameters(
    book: xlsxwriter.Workbook, parameters: ReportParameters, rows: int, bold: Format
) -> None:
    words = _words(parameters.language)
    sheet = book.add_worksheet(words[_PARAMETERS_SHEET])
    sheet.set_column(0, 0, 24)
    sheet.set_column(1, 1, 48)
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    day = book.add_format({"num_format": DATE_FORMAT, "align": "left"})
    moment = book.add_format({"num_format": DATETIME_FORMAT, "align": "left"})
    count = book.add_format({"num_format": INTEGER_FORMAT, "align": "left"})
    sheet.write_string(0, 0, words[_PARAMETER], bold)
    sheet.write_string(0, 1, words[_VALUE], bold)
    lines: list[tuple[str, object]] = [
        (words[_REPORT], parameters.report_title),
        (words[_MADE], parameters.generated_at),
        (words[_MADE_BY], parameters.generated_by),
        *parameters.filters,
        (words[_ROWS], rows),
        (words[_PROGRAM], f"IntroDesk {__version__}"),
    ]
    for number, (label, value) in enumerate(lines, start=1):
        sheet.write_string(number, 0, label)
        if isinstance(value, datetime):
            sheet.write_datetime(number, 1, value, moment)
        elif isinstance(value, date):
            sheet.write_datetime(number, 1, value, day)
        elif isinstance(value, int):
            sheet.write_number(number, 1, value, count)
        else:
            sheet.write_string(number, 1, str(value))


def _prepare_folder(path: Path) -> None:
    """The folder for ``path`` exists (made when missing); a folder as ``path`` is refused."""
    if path.is_dir():
        raise UserInputError(code="files.out_is_folder", path=path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserInputError(code="files.cannot_write", path=path, reason=exc.strerror) from None


def _start_sheet(
    book: xlsxwriter.Workbook,
    spec: SheetSpec,
    widths: list[float],
    report_title: str,
    bold: Format,
    page_of: str = "Side &P av &N",
) -> Worksheet:
    """The data sheet with its column widths, frozen heading row, print set-up and headings."""
    sheet = book.add_worksheet(spec.title)
    for index, column_width in enumerate(widths):
        sheet.set_column(index, index, column_width)
    sheet.set_row(0, LINE_HEIGHT * heading_lines(spec, widths))
    sheet.freeze_panes(1, 0)
    # Printing: landscape A4, all columns on one page wide, the header on every page.
    sheet.set_landscape()
    sheet.set_paper(9)
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(0)
    footer_title = report_title.replace("&", "&&")
    sheet.set_footer(f"&L{footer_title}&R{page_of}")
    bold_right = book.add_format({**_HEADER_STYLE, "align": "right"})
    for index, column in enumerate(spec.columns):
        right = column.kind in _KIND_FORMATS  # numbers and dates: heading over the digits
        sheet.write_string(0, index, column.heading, bold_right if right else bold)
    return sheet


def _write_rows(
    writers: list[Callable[[int, object], object]],
    sources: Iterable[Iterable[Sequence[object]]],
    width: int,
    progress: ProgressCallback | None,
    cancel: CancelCheck | None,
) -> int:
    """Every row under the headings; returns how many. Progress and cancel are asked every
    ``PROGRESS_EVERY`` rows."""
    written = 0
    for source in sources:
        for row in source:
            if len(row) != width:
                raise ValueError(f"row has {len(row)} values, the sheet has {width} columns")
            written += 1
            for write, value in zip(writers, row, strict=True):
                write(written, value)
            if written % PROGRESS_EVERY == 0:
                if cancel is not None and cancel():
                    raise ExportCancelled(code="files.export_cancelled")
                if progress is not None:
                    progress(written)
    return written


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
    words = _words(parameters.language)
    yes_no = (words[_YES], words[_NO])
    widths = measure_widths(spec, sample, yes_no)

    _prepare_folder(path)
    temporary = path.parent / f".{path.stem}.{secrets.token_hex(6)}.partial.xlsx"
    scratch = tempfile.TemporaryDirectory(prefix="introdesk-xlsx-")
    import xlsxwriter  # loaded on the first export, not when the program starts
    from xlsxwriter.exceptions import FileCreateError

    book = xlsxwriter.Workbook(
        str(temporary),
        {
            "constant_memory": True,
            "tmpdir": scratch.name,
            "strings_to_formulas": False,
            "strings_to_numbers": False,
            "strings_to_urls": False,
        },
    )
    closed = False
    try:
        bold = book.add_format(_HEADER_STYLE)
        quoted = book.add_format({"quote_prefix": True})
        formats = {
            code: book.add_format({"num_format": code})
            for code in {*_KIND_FORMATS.values(), *(c.number_format for c in spec.columns)}
            if code is not None
        }
        sheet = _start_sheet(book, spec, widths, parameters.report_title, bold, words[_PAGE_OF])
        writers = [
            _column_writer(sheet, column, index, formats, quoted, yes_no)
            for index, column in enumerate(spec.columns)
        ]
        written = _write_rows(writers, (sample, iterator), width, progress, cancel)
        sheet.autofilter(0, 0, written, width - 1)
        _write_parameters(book, parameters, written, bold)
        try:
            book.close()
        except (OSError, FileCreateError) as exc:
            raise UserInputError(code="files.cannot_write", path=path, reason=exc) from None
        closed = True
        if cancel is not None and cancel():
            raise ExportCancelled(code="files.export_cancelled")
        restrict_file(temporary)  # reports hold personal data: owner only (issue 15 item 7)
        try:
            os.replace(temporary, path)
        except OSError as exc:
            raise UserInputError(
                code="files.cannot_write", path=path, reason=exc.strerror
            ) from None
    finally:
        if not closed:
            for worksheet in book.worksheets():
                with contextlib.suppress(Exception):
                    worksheet._opt_close()  # release the row file so it can be removed
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        scratch.cleanup()
    if progress is not None:
        progress(written)
    return WriteResult(path=path, rows=written)
