"""Importing a settlement list: all rows or nothing, problems by row and column (issue 4)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from introdesk.domain.codes import Category, PermitType, Sex
from introdesk.domain.errors import ValidationError
from introdesk.rules.identifiers import generate_fodselsnummer
from introdesk.services.container import Services

HEADINGS = [
    "Fornavn",
    "Etternavn",
    "Fødselsnummer",
    "Kjønn",
    "Tillatelse",
    "Tillatelsesdato",
    "Bosettingsdato",
    "Veileder",
    "Barn_under_18",
    "Bor_med_foreldre",
    "Morsmål",
    "Utdanningsnivå",
]


def _numbers(count: int, seed: int = 1) -> list[tuple[str, date, Sex]]:
    rng = random.Random(seed)
    taken: set[str] = set()
    result = []
    while len(result) < count:
        sex = rng.choice([Sex.FEMALE, Sex.MALE])
        born = date(1970, 1, 1) + timedelta(days=rng.randint(0, 12000))
        number = generate_fodselsnummer(born, sex, rng)
        if number not in taken:
            taken.add(number)
            result.append((number, born, sex))
    return result


def write_xlsx(path: Path, count: int) -> Path:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Bosetting"
    sheet.append(HEADINGS)
    for i, (number, _born, sex) in enumerate(_numbers(count)):
        permit = date(2025, 1, 1) + timedelta(days=i % 300)
        sheet.append(
            [
                "Amira",
                f"Haddad{i}",
                number,
                "K" if sex is Sex.FEMALE else "M",
                "flyktning" if i % 2 else "refugee",
                permit,  # an Excel date cell
                (permit + timedelta(days=30)).strftime("%d.%m.%Y"),
                "Kari Nordmann" if i % 3 else "Ola Hansen",
                i % 4,
                "ja" if i % 5 == 0 else "nei",
                "arabisk",
                "upper_secondary" if i % 2 else "grunnskole",
            ]
        )
    workbook.save(path)
    return path


def test_a_thousand_rows_are_imported_in_one_go_with_audit(
    services: Services, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "bosetting.xlsx", 1000)
    dry = services.participant_import.import_file(path, dry_run=True)
    assert (dry.added, len(dry.rows)) == (0, 1000)
    assert services.participants.summaries() == []

    result = services.participant_import.import_file(path, sheet="Bosetting")
    assert result.added == 1000
    assert sorted(result.new_advisers) == ["Kari Nordmann", "Ola Hansen"]
    people = services.participants.summaries()
    assert len(people) == 1000
    first = next(p for p in people if p.family_name == "Haddad0")
    assert first.permit_type is PermitType.REFUGEE
    assert first.category is Category.RIGHT_AND_DUTY
    assert first.birth_date is not None  # derived from the number
    assert first.adviser_name == "Ola Hansen"
    history = services.participants.history(first.id)
    assert {(h.action, h.field, h.new_value) for h in history} >= {
        ("create", "family_name", "Haddad0"),
        ("create", "source", "bosetting.xlsx"),
    }


def test_bad_rows_are_all_reported_and_nothing_is_written(
    services: Services, tmp_path: Path
) -> None:
    (number, _, _), (other, _, _) = _numbers(2, seed=5)
    services.participant_import.import_file(
        _csv(
            tmp_path / "first.csv",
            [
                "fornavn;etternavn;fødselsnummer",
                f"Ali;Ahmadi;{other}",
            ],
        )
    )
    before = services.participants.summaries()
    bad_checksum = number[:-1] + str((int(number[-1]) + 1) % 10)
    path = _csv(
        tmp_path / "bad.csv",
        [
            "given_name,family_name,national_id,birth_date,permit_type,children_under_18,"
            "lives_with_parents",
            f"Ali,Ahmadi,{bad_checksum},,refugee,0,nei",
            ",Rahimi,,31.02.1990,refugee,x,kanskje",
            "Sara,Haile,,1990-01-01,asylum,0,0",
            f"Ali,Dup,{other},,refugee,,",
            f"Hodan,One,{number},,refugee,,",
            f"Hodan,Two,{number},,refugee,,",
            "Saba,Nodate,,,refugee,,",
        ],
    )
    with pytest.raises(ValidationError) as caught:
        services.participant_import.import_file(path)
    lines = [str(p) for p in caught.value.problems]
    assert "bad.csv:2:national_id: check digits do not match (typing error?)" in lines
    assert "bad.csv:3:birth_date: '31.02.1990' is an impossible date" in lines
    assert "bad.csv:3:given_name: is required" in lines
    assert any(line.startswith("bad.csv:3:children_under_18:") for line in lines)
    assert any(line.startswith("bad.csv:3:lives_with_parents:") for line in lines)
    assert any(line.startswith("bad.csv:4:permit_type: unknown permit type") for line in lines)
    assert "bad.csv:5:national_id: already in the database" in lines
    assert "bad.csv:7:national_id: duplicate number (also on row 6)" in lines
    assert "bad.csv:8:birth_date: is required when there is no national id" in lines
    assert services.participants.summaries() == before


def test_unknown_and_missing_headings_are_reported(services: Services, tmp_path: Path) -> None:
    path = _csv(tmp_path / "h.csv", ["Fornavn;Skonummer", "Ali;42"])
    with pytest.raises(ValidationError) as caught:
        services.participant_import.import_file(path)
    assert [str(p) for p in caught.value.problems] == [
        "h.csv:1:Skonummer: unknown column heading",
        "h.csv:1:family_name: required column is missing",
    ]


def _csv(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    return path


def test_first_settlement_in_norway_and_an_expected_child_are_imported(
    services: Services, tmp_path: Path
) -> None:
    """Issue 14 item 3: the two-year window counts from the first settlement in a Norwegian
    municipality; parenting guidance is mandatory for an expecting parent."""
    path = _csv(
        tmp_path / "bosatte.csv",
        [
            "fornavn;etternavn;fødselsdato;bosettingsdato;første bosettingsdato;venter barn",
            "Lina;Haddad;01.02.1991;01.03.2026;10.01.2025;ja",
            "Omar;Haddad;01.02.1990;01.03.2026;;",
        ],
    )
    services.participant_import.import_file(path)
    people = {p.given_name: p.id for p in services.participants.list()}
    lina = services.participants.details(people["Lina"])
    omar = services.participants.details(people["Omar"])
    assert lina.fields.first_settlement_date == date(2025, 1, 10)
    assert lina.fields.expecting_child is True
    assert omar.fields.first_settlement_date is None
    assert omar.fields.expecting_child is False
    window = {d.kind: d for d in lina.assessment.deadlines}["decision_window"]
    assert window.due == date(2027, 1, 9)  # two years from 10.01.2025, not from 01.03.2026
    window = {d.kind: d for d in omar.assessment.deadlines}["decision_window"]
    assert window.due == date(2028, 2, 29)  # defaults to the settlement here
