"""Read the first sheet of an .xlsx file or a .csv file as rows of named cells.

Headings are matched case-, space- and underscore-insensitively against each column's accepted
names (English and Norwegian), so ``National ID``, ``national_id`` and ``Fødselsnummer`` can all
name the same column. Row numbers are the spreadsheet's own (the heading is row 1), so problems
can be reported as ``FILE:ROW:COLUMN: reason``. Cells are returned as read (str, number,
datetime or None); ``parse_date`` and ``parse_decimal`` turn them into values.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path

from introdesk.domain.errors import FieldProblem, UserInputError, ValidationError

EXCEL_EPOCH = date(1899, 12, 30)


@dataclass(frozen=True, slots=True)
class SheetRow:
    row: int
    values: dict[str, object]


def normalise(heading: object) -> str:
    return "".join(ch for ch in str(heading or "").strip().lower() if ch not in " _-.")


def _raw_rows(path: Path) -> list[list[object]]:
    suffix = path.suffix.lower()
    if not path.is_file():
        raise UserInputError(f"{path}: no such file")
    if suffix == ".csv":
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            text = path.read_text(encoding="cp1252")
        try:
            dialect = csv.Sniffer().sniff(text.splitlines()[0] if text else ",", ",;\t")
            delimiter = dialect.delimiter
        except csv.Error:
            delimiter = ","
        return [list(r) for r in csv.reader(io.StringIO(text), delimiter=delimiter)]
    if suffix in {".xlsx", ".xlsm"}:
        from openpyxl import load_workbook

        try:
            book = load_workbook(path, read_only=True, data_only=True)
        except Exception as exc:  # openpyxl raises many kinds for a damaged file
            raise UserInputError(f"{path}: not a readable .xlsx file") from exc
        try:
            sheet = book.worksheets[0]
            return [list(r) for r in sheet.iter_rows(values_only=True)]
        finally:
            book.close()
    raise UserInputError(f"{path}: only .xlsx and .csv files can be read")


def read_rows(
    path: Path, columns: Mapping[str, Iterable[str]], required: Iterable[str] = ()
) -> list[SheetRow]:
    """Rows of the first sheet, keyed by canonical column name; empty rows are skipped.

    ``columns``: canonical name → accepted headings. A required column that is missing is a
    ``ValidationError`` naming it (row 1).
    """
    raw = _raw_rows(path)
    if not raw:
        raise ValidationError([FieldProblem(1, "", "the file is empty", str(path))])
    lookup = {
        normalise(alias): name for name, aliases in columns.items() for alias in (name, *aliases)
    }
    heading = [lookup.get(normalise(cell)) for cell in raw[0]]
    missing = [name for name in required if name not in heading]
    if missing:
        raise ValidationError(
            [FieldProblem(1, name, "column is missing", str(path)) for name in missing]
        )
    rows = []
    for number, cells in enumerate(raw[1:], start=2):
        values = {
            name: (cell.strip() if isinstance(cell, str) else cell)
            for name, cell in zip(heading, cells, strict=False)
            if name is not None
        }
        values = {k: (None if v == "" else v) for k, v in values.items()}
        if any(v is not None for v in values.values()):
            rows.append(SheetRow(number, values))
    return rows


def parse_date(value: object) -> date:
    """A cell → date: datetime/date, ``dd.mm.yyyy``, ISO ``yyyy-mm-dd`` or an Excel serial."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError("is not a date")
    text = str(value).strip()
    try:
        if "." in text:
            day, month, year = text.split(".")
            return date(int(year), int(month), int(day))
        if text.isdigit():
            return parse_date(int(text))
        return date.fromisoformat(text)
    except ValueError as exc:
        raise ValueError("is not a date (write dd.mm.yyyy or yyyy-mm-dd)") from exc


def parse_decimal(value: object) -> Decimal:
    """A cell → Decimal; a decimal comma is accepted."""
    if isinstance(value, bool):
        raise ValueError("is not a number")
    try:
        number = Decimal(str(value).strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation as exc:
        raise ValueError("is not a number") from exc
    if not number.is_finite():
        raise ValueError("is not a number")
    return number
