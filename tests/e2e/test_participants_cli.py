"""``introdesk participants import|list|show`` as a user runs them (issue 4)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
from pathlib import Path

from tests.e2e.conftest import CliRunner

VALID = "01010012356"  # synthetic, checksum-valid (born 01.01.1900)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8-sig")
    return path


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _new_database(introdesk: CliRunner, path: Path) -> list[str]:
    """``--database FILE`` for a new file: made with ``db upgrade`` (a reading or importing
    command refuses a file that does not exist, issue 15 item 6)."""
    assert introdesk("--database", str(path), "db", "upgrade", base=path.parent).returncode == 0
    return ["--database", str(path)]


def test_import_list_show_and_the_error_contract(introdesk: CliRunner, tmp_path: Path) -> None:
    db = _new_database(introdesk, tmp_path / "p.sqlite3")
    good = _write(
        tmp_path / "good.csv",
        "Fornavn;Etternavn;Fødselsnummer;Kjønn;Tillatelse;Tillatelsesdato;Bosettingsdato;"
        "Veileder;Barn_under_18;Bor_med_foreldre;Utdanningsnivå\n"
        "Amira;Haddad;;K;flyktning;01.02.2025;01.03.2025;Kari Nordmann;2;nei;higher\n"
        f"Yonas;Tesfay;{VALID};M;resettlement;2025-01-10;10.02.2025;Kari Nordmann;0;ja;none\n",
    )
    # Amira has no number and no birth date: a problem; nothing is written.
    done = introdesk(*db, "participants", "import", str(good), base=tmp_path)
    assert done.returncode == 3
    assert done.stderr.splitlines()[0] == (  # the reason in Norwegian, the default
        "good.csv:2:birth_date: må fylles ut når det ikke er noe fødselsnummer"
    )
    assert "Traceback" not in done.stderr

    good = _write(
        tmp_path / "good.csv",
        good.read_text(encoding="utf-8-sig")
        .replace(";K;flyktning", ";K;flyktning")
        .replace("Amira;Haddad;;", "Amira;Haddad;;")
        .replace("Fornavn;", "Fødselsdato;Fornavn;")
        .replace("\nAmira", "\n17.05.1990;Amira")
        .replace("\nYonas", "\n;Yonas"),
    )
    dry = introdesk(*db, "participants", "import", str(good), "--dry-run", base=tmp_path)
    assert dry.returncode == 0, dry.stderr
    assert "ingenting ble skrevet" in dry.stdout
    empty = introdesk(*db, "participants", "list", "--format", "json", base=tmp_path)
    assert json.loads(empty.stdout) == []

    done = introdesk(*db, "participants", "import", str(good), base=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "La til 2 deltakere" in done.stdout

    listed = introdesk(*db, "participants", "list", "--format", "json", base=tmp_path)
    people = {p["family_name"]: p for p in json.loads(listed.stdout)}
    amira = people["Haddad"]
    for key in (
        "id",
        "given_name",
        "family_name",
        "national_id",
        "birth_date",
        "status",
        "settlement_date",
        "start_deadline",
        "category",
        "adviser",
        "end_goal_group",
        "norwegian_goal",
    ):
        assert key in amira
    assert amira["birth_date"] == "1990-05-17"
    assert amira["settlement_date"] == "2025-03-01"
    assert amira["start_deadline"] == "2025-06-01"
    assert amira["category"] == "right_and_duty"
    assert amira["adviser"] == "Kari Nordmann"
    assert amira["end_goal_group"] == "qualify_higher_education_or_work"
    assert amira["norwegian_goal"] == {
        "listening": "B1",
        "reading": "B1",
        "writing": "B1",
        "oral": "B2",
    }
    # Born 1900: far over the age limit on the permit date, so only "may be offered".
    assert people["Tesfay"]["category"] == "may_be_offered"
    assert people["Tesfay"]["birth_date"] == "1900-01-01"

    # Show by national id and by id give the same participant, with reasons.
    by_number = introdesk(*db, "participants", "show", VALID, "--format", "json", base=tmp_path)
    shown = json.loads(by_number.stdout)
    by_id = introdesk(
        *db, "participants", "show", str(shown["id"]), "--format", "json", base=tmp_path
    )
    assert json.loads(by_id.stdout) == shown
    assert shown["category_reasons"]
    assert {d["kind"] for d in shown["deadlines"]} >= {"mapping", "decision", "programme_start"}

    as_csv = introdesk(
        *db,
        "participants",
        "list",
        "--format",
        "csv",
        "--adviser",
        "Kari Nordmann",
        base=tmp_path,
    )
    rows = list(csv.DictReader(io.StringIO(as_csv.stdout)))
    assert len(rows) == 2
    assert rows[0]["norwegian_goal"].count("/") == 3
    table = introdesk(*db, "participants", "list", "--status", "completed", base=tmp_path)
    assert table.returncode == 0
    assert "0 deltakere" in table.stdout

    # A file with bad rows leaves the database file byte for byte unchanged.
    before = _digest(tmp_path / "p.sqlite3")
    bad = _write(
        tmp_path / "bad.csv",
        "given_name,family_name,national_id,permit_type\n"
        f"Ali,Dup,{VALID},refugee\n"
        "Sara,Haile,01010012357,asylum\n",
    )
    done = introdesk(*db, "participants", "import", str(bad), base=tmp_path)
    assert done.returncode == 3
    assert done.stderr.splitlines()[:3] == [
        "bad.csv:2:national_id: finnes allerede i databasen",
        "bad.csv:3:national_id: kontrollsifrene stemmer ikke (skrivefeil?)",
        "bad.csv:3:permit_type: ukjent type tillatelse (bruk refugee, resettlement, humanitarian, "
        "collective_protection, family_immigration, independent eller other): «asylum»",
    ]
    assert _digest(tmp_path / "p.sqlite3") == before

    missing = introdesk(*db, "participants", "show", "424242", base=tmp_path)
    assert missing.returncode == 3
    assert "Traceback" not in missing.stderr
