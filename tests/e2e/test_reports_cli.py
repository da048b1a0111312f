"""``introdesk reports`` as a user runs it: a real process, a real workbook."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
from tests.e2e.conftest import CliRunner


def test_reports_list_and_caseload_export(introdesk: CliRunner, tmp_path: Path) -> None:
    db = ["--database", str(tmp_path / "db.sqlite3")]
    assert (
        introdesk(*db, "demo", "--participants", "12", "--seed", "3", base=tmp_path).returncode == 0
    )
    listed = introdesk(*db, "reports", "list", "--format", "json", base=tmp_path)
    assert listed.returncode == 0, listed.stderr
    reports = {r["name"]: r for r in json.loads(listed.stdout)}
    assert set(reports) == {
        "attendance",
        "payroll",
        "tests",
        "deadlines",
        "caseload",
        "outcomes",
        "supervision",
        "training_hours",
        "class_attendance",
        "training_deadlines",
    }
    assert reports["caseload"]["available"] is True
    assert reports["payroll"]["periods"] == ["month"]

    out = tmp_path / "saksmengde.xlsx"
    done = introdesk(*db, "reports", "caseload", "--out", str(out), base=tmp_path)
    assert done.returncode == 0, done.stderr
    rows = list(openpyxl.load_workbook(out)["Saksmengde"].iter_rows(min_row=2, values_only=True))
    assert sum(row[1] for row in rows) == 12

    out = tmp_path / "frister-opplaering.xlsx"
    done = introdesk(*db, "reports", "training_deadlines", "--out", str(out), base=tmp_path)
    assert done.returncode == 0, done.stderr
    sheet = openpyxl.load_workbook(out)["Frister opplæring"]
    assert sheet.max_row > 1  # the demo enrols everyone in training
    needs_year = introdesk(*db, "reports", "training_hours", "--out", str(out), base=tmp_path)
    assert needs_year.returncode == 3
    assert "--year" in needs_year.stderr

    # --language nn: the workbook and the command's own lines in Nynorsk (issue 17).
    out = tmp_path / "saksmengd.xlsx"
    nn = introdesk("--language", "nn", *db, "reports", "caseload", "--out", str(out), base=tmp_path)
    assert nn.returncode == 0, nn.stderr
    assert nn.stdout == f"Skreiv {len(rows)} rader til {out}\n"  # one row per adviser
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Saksmengd", "Parametrar"]
    assert next(book["Saksmengd"].iter_rows(values_only=True))[:2] == ("Rettleiar", "Deltakarar")
    listed_nn = introdesk("--language", "nn", *db, "reports", "list", base=tmp_path)
    assert "Saksmengd per rettleiar" in listed_nn.stdout


def test_bad_period_exits_3_without_a_file(introdesk: CliRunner, tmp_path: Path) -> None:
    db = ["--database", str(tmp_path / "db.sqlite3")]
    assert introdesk(*db, "db", "upgrade", base=tmp_path).returncode == 0
    out = tmp_path / "x.xlsx"
    bad = introdesk(
        *db, "reports", "deadlines", "--out", str(out), "--month", "04.2026", base=tmp_path
    )
    assert bad.returncode == 3
    assert "--month" in bad.stderr
    assert not out.exists()
