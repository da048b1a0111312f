"""Reading rows from .xlsx and .csv files for the imports (generic; the services validate).

Headings are matched case-, space- and underscore-insensitively against each column's known
names (English code and Norwegian aliases). Row numbers are the spreadsheet's own (the heading
is row 1), so problems can be reported as ``FILE:ROW:COLUMN: reason``.
"""

from __future__ import annotations

import csv
import re
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from introdesk.domain.errors import UserInputError

Cell = str | int | float | bool | date | datetime | None
EXCEL_EPOCH = date(1899, 12, 30)


def normalise_heading(text: object) -> str:
    """``"Test date"``, ``"test_date"`` and ``"TESTDATE"`` all become ``"testdate"``."""
    return re.sub(r"[\s_\-.]+", "", str(text or "")).casefold()


@dataclass(frozen=True, slots=True)
class SheetRows:
    """Rows as ``(row number, {column key: raw value})``; ``unknown`` lists unmatched headings."""

    columns: tuple[str, ...]
    rows: tuple[tuple[int, dict[str, Cell]], ...]
    unknown: tuple[str, ...]


def _match_headings(
    headings: Sequence[object], aliases: Mapping[str, Sequence[str]]
) -> tuple[dict[int, str], list[str]]:
    lookup: dict[str, str] = {}
    for key, names in aliases.items():
        for name in (key, *names):
            lookup[normalise_heading(name)] = key
    by_index: dict[int, str] = {}
    unknown: list[str] = []
    for index, heading in enumerate(headings):
        text = str(heading or "").strip()
        if not text:
            continue
        found = lookup.get(normalise_heading(text))
        if found is None:
            unknown.append(text)
        else:
            by_index[index] = found
    return by_index, unknown


def _raw_rows(path: Path) -> list[list[Cell]]:
    suffix = path.suffix.lower()
    try:
        if suffix == ".csv":
            text = path.read_text(encoding="utf-8-sig")
            first = text.splitlines()[0] if text else ""
            delimiter = ";" if first.count(";") > first.count(",") else ","
            return [list(r) for r in csv.reader(text.splitlines(), delimiter=delimiter)]
        if suffix in (".xlsx", ".xlsm"):
            from openpyxl import load_workbook

            workbook = load_workbook(path, read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                return [list(r) for r in sheet.iter_rows(values_only=True)]
            finally:
                workbook.close()
    except FileNotFoundError as exc:
        raise UserInputError(f"{path}: file not found") from exc
    except UnicodeDecodeError as exc:
        raise UserInputError(f"{path}: not a UTF-8 text file") from exc
    except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:  # not a workbook
        raise UserInputError(
            f"{path}: cannot be read as a spreadsheet ({type(exc).__name__})"
        ) from exc
    raise UserInputError(f"{path}: use a .xlsx or .csv file")


def read_rows(path: Path, aliases: Mapping[str, Sequence[str]]) -> SheetRows:
    """The first sheet (or the CSV) with headings in row 1; blank rows are skipped."""
    raw = _raw_rows(path)
    if not raw:
        raise UserInputError(f"{path}:1: the file is empty (headings expected in row 1)")
    by_index, unknown = _match_headings(raw[0], aliases)
    rows: list[tuple[int, dict[str, Cell]]] = []
    for number, values in enumerate(raw[1:], start=2):
        if all(v is None or str(v).strip() == "" for v in values):
            continue
        rows.append(
            (
                number,
                {
                    key: values[index] if index < len(values) else None
                    for index, key in by_index.items()
                },
            )
        )
    return SheetRows(tuple(by_index.values()), tuple(rows), tuple(unknown))


def cell_text(value: Cell) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_date(value: Cell) -> date:
    """A date from a date cell, an Excel serial number, ``dd.mm.yyyy`` or ISO ``yyyy-mm-dd``.

    Raises ``ValueError`` with a short Norwegian-free reason the caller puts in its message.
    """
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2_958_466:
            return EXCEL_EPOCH + timedelta(days=int(value))
        raise ValueError(f"{value} is not a date")
    text = cell_text(value)
    if not text:
        raise ValueError("is empty")
    if text.isdigit() and len(text) <= 5:
        return EXCEL_EPOCH + timedelta(days=int(text))
    for pattern in ("%d.%m.%Y", "%Y-%m-%d", "%d.%m.%y"):
        try:
            return datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a calendar date
        except ValueError:
            continue
    raise ValueError(f"{text!r} is not a date (use dd.mm.yyyy or yyyy-mm-dd)")
