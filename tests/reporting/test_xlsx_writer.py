"""The row → workbook path, read back with openpyxl: types, formats, layout, formula text."""

from __future__ import annotations

import os
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from introdesk.reporting.xlsx.writer import (
    DATE_FORMAT,
    DECIMAL_FORMAT,
    INTEGER_FORMAT,
    Column,
    ColumnKind,
    ExportCancelled,
    ReportParameters,
    SheetSpec,
    write_workbook,
)

SPEC = SheetSpec(
    "Data",
    (
        Column("Navn"),
        Column("Dato", ColumnKind.DATE),
        Column("Timer", ColumnKind.DECIMAL),
        Column("Antall", ColumnKind.INTEGER),
        Column("Godkjent", ColumnKind.YES_NO),
    ),
)
PARAMETERS = ReportParameters(
    "Testrapport",
    datetime(2026, 3, 2, 14, 30),
    "kari.nordmann",
    (("Periode", "2026-02"), ("Fra", date(2026, 2, 1))),
)


def write(tmp_path: Path, rows: list[tuple[object, ...]], **kwargs: object) -> Path:
    path = tmp_path / "out.xlsx"
    write_workbook(SPEC, rows, path, PARAMETERS, **kwargs)  # type: ignore[arg-type]
    return path


def test_values_keep_their_types_and_norwegian_formats(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        [("Haddad, Amira", date(2026, 2, 3), Decimal("1234.50"), 12000, True)],
    )
    sheet = openpyxl.load_workbook(path)["Data"]
    name, day, hours, count, ok = sheet[2]
    assert name.value == "Haddad, Amira"
    assert name.data_type == "s"
    assert day.is_date
    assert day.value == datetime(2026, 2, 3)
    assert day.number_format == DATE_FORMAT == "dd.mm.yyyy"
    assert hours.data_type == "n"
    assert hours.value == pytest.approx(1234.5)
    assert hours.number_format == DECIMAL_FORMAT
    assert count.value == 12000
    assert isinstance(count.value, int)
    assert count.number_format == INTEGER_FORMAT
    assert ok.value == "Ja"


def test_header_frozen_filtered_and_bold(tmp_path: Path) -> None:
    rows = [(f"P{i}", date(2026, 1, 1), Decimal(i), i, i % 2 == 0) for i in range(5)]
    sheet = openpyxl.load_workbook(write(tmp_path, rows))["Data"]
    assert [c.value for c in sheet[1]] == list(SPEC.headings)
    assert all(c.font.bold for c in sheet[1])
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == "A1:E6"
    assert sheet.max_row == 6


@pytest.mark.parametrize("text", ['=HYPERLINK("http://x","klikk")', "+47 1", "-1+1", "@SUM(A1)"])
def test_text_that_looks_like_a_formula_stays_text(tmp_path: Path, text: str) -> None:
    sheet = openpyxl.load_workbook(write(tmp_path, [(text, None, None, None, None)]))["Data"]
    cell = sheet["A2"]
    assert cell.value == text
    assert cell.data_type == "s"  # never "f"
    assert cell.quotePrefix


def test_widths_follow_headings_and_longest_sample(tmp_path: Path) -> None:
    long_name = "Ghebremedhin-Tesfamariam, Yordanos Mebrat"
    sheet = openpyxl.load_workbook(
        write(tmp_path, [(long_name, date(2026, 1, 1), Decimal("1"), 1, True)])
    )["Data"]
    widths = {col: sheet.column_dimensions[col].width for col in "ABCDE"}
    assert widths["A"] >= len(long_name)
    assert widths["B"] >= len("01.01.2026")
    assert widths["E"] >= len("Godkjent")
    assert widths["A"] > widths["D"]


def test_parameters_sheet_says_who_when_and_filters(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write(tmp_path, [("A", None, None, None, None)] * 3))
    assert book.sheetnames == ["Data", "Parametere"]
    values = {row[0]: row[1] for row in book["Parametere"].iter_rows(min_row=2, values_only=True)}
    assert values["Rapport"] == "Testrapport"
    assert values["Laget"] == datetime(2026, 3, 2, 14, 30)
    assert values["Laget av"] == "kari.nordmann"
    assert values["Periode"] == "2026-02"
    assert values["Fra"] == datetime(2026, 2, 1)
    assert values["Antall rader"] == 3


@pytest.mark.parametrize(
    "row",
    [
        ("A", "03.02.2026", None, None, None),  # a date as text
        ("A", None, "12,5", None, None),  # a number as text
        ("A", None, None, 1.5, None),  # not a whole number
        (5, None, None, None, None),  # a number in a text column
        ("A", None, None, None, "Ja"),  # yes/no must be a bool
    ],
)
def test_wrong_type_for_a_column_is_refused(tmp_path: Path, row: tuple[object, ...]) -> None:
    with pytest.raises(TypeError):
        write(tmp_path, [row])
    assert not (tmp_path / "out.xlsx").exists()


def test_cancel_leaves_no_file_and_progress_is_reported(tmp_path: Path) -> None:
    seen: list[int] = []
    rows = ((f"P{i}", None, None, i, None) for i in range(5000))
    with pytest.raises(ExportCancelled):
        write(tmp_path, rows, progress=seen.append, cancel=lambda: len(seen) >= 2)
    assert seen == [1000, 2000]
    assert list(tmp_path.iterdir()) == []


def test_existing_file_is_replaced_only_when_complete(tmp_path: Path) -> None:
    path = tmp_path / "out.xlsx"
    path.write_bytes(b"old")
    with pytest.raises(TypeError):
        write(tmp_path, [("A", None, None, None, None), ("A", "bad", None, None, None)])
    assert path.read_bytes() == b"old"
    write(tmp_path, [("A", None, None, None, None)])
    assert openpyxl.load_workbook(path)["Data"]["A2"].value == "A"


def test_empty_report_still_has_header_and_parameters(tmp_path: Path) -> None:
    book = openpyxl.load_workbook(write(tmp_path, []))
    assert [c.value for c in book["Data"][1]] == list(SPEC.headings)
    assert book["Data"].max_row == 1


def test_sheet_titles_excel_cannot_hold_are_refused() -> None:
    with pytest.raises(ValueError, match="sheet title"):
        SheetSpec("Frister/2026", (Column("A"),))


def test_file_is_private_and_has_print_setup(tmp_path: Path) -> None:
    """Reports hold personal data: owner only where the platform has modes (issue 15 item 7)."""
    path = write(tmp_path, [("A", None, None, None, None)])
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o600
    sheet = openpyxl.load_workbook(path)["Data"]
    assert sheet.page_setup.orientation == "landscape"
    assert sheet.print_title_rows == "$1:$1"
    assert sheet.sheet_properties.pageSetUpPr.fitToPage
    assert sheet.page_setup.fitToHeight == 0  # one page wide, as many pages tall as needed


@settings(max_examples=25, deadline=None)
@given(
    text=st.text(
        st.characters(blacklist_categories=("Cc", "Cs", "Co", "Cn")), min_size=1, max_size=40
    ).filter(lambda t: "_x" not in t.lower() and t.strip() == t),
    prefix=st.sampled_from(["", "=", "+", "-", "@"]),
)
def test_any_text_comes_back_as_the_same_text(
    tmp_path_factory: pytest.TempPathFactory, text: str, prefix: str
) -> None:
    folder = tmp_path_factory.mktemp("text")
    cell = openpyxl.load_workbook(write(folder, [(prefix + text, None, None, None, None)]))["Data"][
        "A2"
    ]
    assert cell.data_type == "s"
    assert cell.value == prefix + text
