"""Reading tables from .xlsx and .csv files for imports (participants, attendance, tests).

A file is read into ``SheetRows``: canonical column names (found through ``aliases``) and one
dict per data row with the cell values as found (``str``, ``int``, ``float``, ``datetime`` …),
with the spreadsheet row number so that problems can be reported as ``FILE:ROW:COLUMN: reason``.

Headings
    Matched case-, space-, hyphen- and underscore-insensitively (``Fødsels dato`` =
    ``fødselsdato``), with a trailing ``*`` or text in parentheses ignored. ``aliases`` maps
    every accepted heading (English and Norwegian) to the canonical name. Unknown headings are
    reported, not ignored silently, unless ``ignore_unknown``.

CSV
    Decoded as UTF-8 (a byte-order mark is dropped); the delimiter is sniffed among ``;`` and
    ``,`` (Norwegian Excel writes ``;``). Falls back to cp1252 when the file is not UTF-8.

Values
    ``parse_date`` reads text as ``domain.dates.parse_day`` does (``dd.mm.yyyy``, ISO
    ``yyyy-mm-dd``; also ``dd/mm/yyyy``), an Excel date cell or an Excel serial number.
    ``parse_yes_no`` accepts ja/nei, yes/no, true/false, 1/0, j/n, y/n, x/"". ``parse_count``
    whole numbers from 0.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zipfile import BadZipFile

from introdesk.domain.dates import parse_day
from introdesk.domain.errors import (
    Coded,
    CodedValueError,
    FieldProblem,
    UserInputError,
    ValidationError,
)
from introdesk.reporting.input_limits import MAX_CELL_CHARS, check_workbook, readable_file

_EXCEL_EPOCH = date(1899, 12, 30)
# The one yes/no vocabulary of every import (participants, test results) and the command line;
# "bestått"/"passed" read as yes so a test result column can say so (brief §4).
_YES = frozenset({"ja", "j", "yes", "y", "true", "sann", "1", "x", "bestått", "bestatt", "passed"})
_NO = frozenset(
    {"nei", "n", "no", "false", "usann", "0", "", "ikke bestått", "ikkebestått", "failed"}
)
_ISO_WITH_TIME = re.compile(r"^(\d{4}-\d{1,2}-\d{1,2})[T ].*$")
_DMY_OTHER = re.compile(r"^(\d{1,2})[/-](\d{1,2})[/-](\d{4})$")


def normalise_heading(text: object) -> str:
    """``" Fødsels-Dato (dd.mm.åååå)*"`` → ``"fødselsdato"``."""
    value = str(text or "").strip().casefold()
    value = re.sub(r"\(.*?\)", "", value).rstrip("* ").strip()
    return re.sub(r"[\s_\-.]+", "", value)


@dataclass(frozen=True)
class SheetRow:
    number: int  # the row number in the spreadsheet (heading is row 1 unless told otherwise)
    values: dict[str, Any]

    def text(self, name: str) -> str:
        value = self.values.get(name)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value).strip()

    def is_blank(self) -> bool:
        return all(v is None or str(v).strip() == "" for v in self.values.values())


@dataclass(frozen=True)
class SheetRows:
    source: str  # file name, for messages
    columns: dict[str, str]  # canonical name → heading as written in the file
    rows: list[SheetRow] = field(default_factory=list)

    def problem(self, row: int | None, name: str, reason: str | Coded) -> FieldProblem:
        """A problem for the column ``name`` reported with the heading the user wrote."""
        return FieldProblem.of(row, self.columns.get(name, name), reason, self.source)


def _read_xlsx(path: Path, sheet: str | None) -> list[list[Any]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    check_workbook(path)
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, BadZipFile, KeyError, OSError, ValueError):
        raise UserInputError(code="files.not_xlsx", name=path.name) from None
    try:
        if sheet is not None:
            if sheet not in workbook.sheetnames:
                names = ", ".join(workbook.sheetnames)
                raise UserInputError(
                    code="files.no_sheet", name=path.name, sheet=sheet, sheets=names
                )
            worksheet = workbook[sheet]
        else:
            worksheet = workbook.worksheets[0]
        return [list(row) for row in worksheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _read_csv(path: Path) -> list[list[Any]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UserInputError(code="files.unreadable", path=path, reason=exc.strerror) from None
    # Line ends: \r\n, \n, and the old Mac's \r alone all end a row.
    text = _decode(data).replace("\r\n", "\n").replace("\r", "\n")
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") >= first.count(",") and ";" in first else ","
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=";,")
        delimiter = dialect.delimiter
    except csv.Error:
        pass
    csv.field_size_limit(MAX_CELL_CHARS)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise UserInputError(
                code="files.cell_too_long",
                name=path.name,
                line=reader.line_num,
                kib=MAX_CELL_CHARS // 1024,
            ) from None
        raise UserInputError(
            code="files.not_csv", name=path.name, line=reader.line_num, detail=exc
        ) from None


def _read_cells(path: Path, sheet: str | None) -> list[list[Any]]:
    """Every cell of the first sheet (or ``sheet``) of an .xlsx file, or of a .csv file."""
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, sheet)
    if suffix in (".csv", ".txt"):
        if sheet is not None:
            raise UserInputError(code="files.sheet_needs_xlsx", name=path.name)
        return _read_csv(path)
    raise UserInputError(code="files.use_xlsx_or_csv", name=path.name)


def _headings(
    headings: list[Any],
    row: int,
    lookup: Mapping[str, str],
    source: str,
    problems: list[FieldProblem],
    ignore_unknown: bool,
) -> tuple[dict[str, str], dict[int, str]]:
    """Canonical name → heading as written, and position → canonical name; unknown and
    repeated headings are problems."""
    columns: dict[str, str] = {}
    positions: dict[int, str] = {}
    for position, heading in enumerate(headings):
        if not _filled(heading):
            continue
        written = str(heading).strip()
        name = lookup.get(normalise_heading(heading))
        if name is None:
            if not ignore_unknown:
                problems.append(FieldProblem(row, written, "unknown column heading", source))
            continue
        if name in columns:
            problems.append(
                FieldProblem(row, written, f"repeats the column {columns[name]!r}", source)
            )
            continue
        columns[name] = written
        positions[position] = name
    return columns, positions


def read_rows(
    path: Path,
    aliases: Mapping[str, str],
    *,
    sheet: str | None = None,
    required: tuple[str, ...] = (),
    ignore_unknown: bool = False,
) -> SheetRows:
    """Read the first sheet (or ``sheet``) of an .xlsx file, or a .csv file.

    ``aliases``: accepted heading → canonical name (headings are normalised on both sides).
    Raises ``ValidationError`` (problems on row 1) for unknown, repeated or missing required
    headings, and ``UserInputError`` for a file that cannot be read at all.
    """
    readable_file(path)
    cells = _read_cells(path, sheet)
    lookup = {normalise_heading(k): v for k, v in aliases.items()}
    source = path.name
    # The heading row is the first row with any text in it.
    start = next((i for i, row in enumerate(cells) if any(_filled(c) for c in row)), None)
    if start is None:
        raise UserInputError(code="files.empty", source=source)
    problems: list[FieldProblem] = []
    columns, positions = _headings(
        cells[start], start + 1, lookup, source, problems, ignore_unknown
    )
    for name in required:
        if name not in columns:
            problems.append(FieldProblem(start + 1, name, "required column is missing", source))
    if problems:
        raise ValidationError(problems)
    result = SheetRows(source=source, columns=columns)
    for offset, row in enumerate(cells[start + 1 :], start=start + 2):
        values = {name: row[pos] if pos < len(row) else None for pos, name in positions.items()}
        sheet_row = SheetRow(offset, values)
        if not sheet_row.is_blank():
            result.rows.append(sheet_row)
    return result


def _filled(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def parse_date(value: object) -> date | None:
    """A date from a cell: dd.mm.yyyy, ISO, an Excel date or serial; None for an empty cell.

    Raises ValueError with a reason for anything else (including impossible dates)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not 1 <= value < 2958466:
            raise ValueError(f"{value} is not an Excel date")
        return _EXCEL_EPOCH + timedelta(days=int(value))
    text = str(value).strip()
    if text.isdigit() and len(text) <= 5:
        return parse_date(int(text))
    # A date cell written as text with its time (2026-01-05 00:00:00) is that day, and
    # exports from other programs write 17/05/1990 or 17-05-1990 for 17.05.1990.
    return parse_day(_DMY_OTHER.sub(r"\1.\2.\3", _ISO_WITH_TIME.sub(r"\1", text)))


def parse_yes_no(value: object) -> bool:
    """ja/nei, yes/no, true/false, 1/0 (and empty = no). Raises ValueError otherwise."""
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    if isinstance(value, int | float):
        if value in (0, 1):
            return bool(value)
        raise CodedValueError("values.not_yes_no", text=value)
    text = str(value).strip().casefold()
    if text in _YES:
        return True
    if text in _NO:
        return False
    raise CodedValueError("values.not_yes_no", text=value)


def parse_count(value: object) -> int:
    """A whole number from 0 (empty = 0). Raises ValueError otherwise."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return 0
    if isinstance(value, bool):
        raise CodedValueError("values.not_a_number")
    if isinstance(value, float):
        if not value.is_integer():
            raise CodedValueError("values.not_a_whole_number", text=value)
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise CodedValueError("values.negative")
        return value
    text = str(value).strip()
    if not text.isdigit():
        raise CodedValueError("values.not_a_count", text=text)
    return int(text)
