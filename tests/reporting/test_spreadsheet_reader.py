"""The generic spreadsheet reader: headings, dates, yes/no, both file kinds."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from introdesk.domain.errors import UserInputError, ValidationError
from introdesk.reporting.spreadsheet_reader import (
    normalise_heading,
    parse_count,
    parse_date,
    parse_yes_no,
    read_rows,
)

ALIASES = {"given_name": "given_name", "fornavn": "given_name", "fødselsdato": "birth_date"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Given Name", "givenname"),
        (" given_name ", "givenname"),
        ("Fødsels-dato (dd.mm.åååå)*", "fødselsdato"),
        ("BARN_UNDER_18", "barnunder18"),
    ],
)
def test_normalise_heading(text: str, expected: str) -> None:
    assert normalise_heading(text) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("17.05.1990", date(1990, 5, 17)),
        ("7.5.1990", date(1990, 5, 7)),
        ("17/05/1990", date(1990, 5, 17)),
        ("17-05-1990", date(1990, 5, 17)),
        ("1990-05-17 00:00:00", date(1990, 5, 17)),
        ("1990-05-17", date(1990, 5, 17)),
        (datetime(1990, 5, 17, 0, 0), date(1990, 5, 17)),
        (date(1990, 5, 17), date(1990, 5, 17)),
        (45658, date(2025, 1, 1)),  # Excel serial
        ("", None),
        (None, None),
    ],
)
def test_parse_date(value: object, expected: date | None) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize("value", ["31.02.1990", "2024-13-01", "17/5", "tomorrow", -3])
def test_parse_date_refuses(value: object) -> None:
    with pytest.raises(ValueError, match="date"):
        parse_date(value)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ja", True),
        ("Nei", False),
        ("yes", True),
        ("FALSE", False),
        (1, True),
        ("0", False),
        ("", False),
        (None, False),
        (True, True),
        ("Bestått", True),
        ("ikke bestått", False),
    ],
)
def test_parse_yes_no(value: object, expected: bool) -> None:
    assert parse_yes_no(value) is expected


def test_parse_yes_no_and_count_refuse_nonsense() -> None:
    with pytest.raises(ValueError, match="not yes or no"):
        parse_yes_no("kanskje")
    with pytest.raises(ValueError, match="whole number"):
        parse_count("-1")
    with pytest.raises(ValueError, match="whole number"):
        parse_count(1.5)
    assert parse_count("3") == 3
    assert parse_count(2.0) == 2


@pytest.mark.parametrize("delimiter", [";", ","])
def test_csv_with_either_delimiter_and_bom(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / "x.csv"
    path.write_text(
        f"Fornavn{delimiter}Fødselsdato\nÅse{delimiter}01.02.1990\n\n", encoding="utf-8-sig"
    )
    sheet = read_rows(path, ALIASES)
    assert sheet.columns == {"given_name": "Fornavn", "birth_date": "Fødselsdato"}
    assert [(r.number, r.text("given_name")) for r in sheet.rows] == [(2, "Åse")]


def test_xlsx_named_sheet(tmp_path: Path) -> None:
    workbook = Workbook()
    first = workbook.active
    assert first is not None
    first.append(["ignored"])
    other = workbook.create_sheet("Liste")
    other.append(["Given name", "fødselsdato"])
    other.append(["Ali", datetime(1990, 5, 17)])
    path = tmp_path / "x.xlsx"
    workbook.save(path)
    sheet = read_rows(path, ALIASES, sheet="Liste")
    assert parse_date(sheet.rows[0].values["birth_date"]) == date(1990, 5, 17)
    with pytest.raises(UserInputError, match="no sheet named"):
        read_rows(path, ALIASES, sheet="Nope")


def test_repeated_heading_is_a_problem(tmp_path: Path) -> None:
    path = tmp_path / "x.csv"
    path.write_text("fornavn;given_name\nA;B\n", encoding="utf-8")
    with pytest.raises(ValidationError, match=r"x\.csv:1:given_name: repeats"):
        read_rows(path, ALIASES)


def test_not_a_spreadsheet(tmp_path: Path) -> None:
    path = tmp_path / "x.xlsx"
    path.write_text("hello", encoding="utf-8")
    with pytest.raises(UserInputError):
        read_rows(path, ALIASES)
