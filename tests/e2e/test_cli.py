"""The command line as a user or an IT admin runs it: a real process, real files."""

from __future__ import annotations

import hashlib
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest
from tests.e2e.conftest import CliRunner


def test_version(introdesk: CliRunner, tmp_path: Path) -> None:
    from introdesk import __version__

    done = introdesk("--version", base=tmp_path)
    assert done.returncode == 0
    assert done.stdout.strip() == f"introdesk {__version__}"


def test_db_lifecycle_on_a_new_file(
    introdesk: CliRunner, tmp_path: Path, database_url: str
) -> None:
    db = ["--database", database_url]
    assert introdesk(*db, "db", "upgrade", base=tmp_path).returncode == 0
    status = introdesk(*db, "db", "status", "--format", "json", base=tmp_path)
    assert status.returncode == 0, status.stderr
    assert json.loads(status.stdout)["up_to_date"] is True
    assert (
        introdesk(*db, "demo", "--participants", "5", "--seed", "1", base=tmp_path).returncode == 0
    )
    check = introdesk(*db, "db", "check", base=tmp_path)
    assert check.returncode == 0, check.stderr
    backup = introdesk(*db, "db", "backup", "--out", str(tmp_path / "copy.sqlite3"), base=tmp_path)
    if database_url.startswith("postgresql"):
        assert backup.returncode == 3
        assert "pg_dump" in backup.stderr
    else:
        assert backup.returncode == 0, backup.stderr
        copy_check = introdesk(
            "--database", str(tmp_path / "copy.sqlite3"), "db", "check", base=tmp_path
        )
        assert copy_check.returncode == 0


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.parametrize("command", [["db", "upgrade"], ["db", "status"], ["demo"]])
def test_text_file_as_database_is_refused_cleanly(
    introdesk: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("Dette er ikke en database. Æøå.\n", encoding="utf-8")
    before = _digest(notes)
    done = introdesk("--database", str(notes), *command, base=tmp_path)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1
    assert "er ikke en IntroDesk-database" in done.stderr  # Norwegian by default
    assert _digest(notes) == before


def test_newer_database_is_refused_with_file_unchanged(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "new.sqlite3"
    assert introdesk("--database", str(path), "db", "upgrade", base=tmp_path).returncode == 0
    import sqlite3

    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '29990101_0001'")
    conn.close()
    before = _digest(path)
    done = introdesk("--database", str(path), "db", "upgrade", base=tmp_path)
    assert done.returncode == 1
    assert "nyere versjon av IntroDesk" in done.stderr
    assert "Traceback" not in done.stderr
    assert _digest(path) == before


def test_usage_error_exits_2(introdesk: CliRunner, tmp_path: Path) -> None:
    done = introdesk("db", "frobnicate", base=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr


def test_screenshot_writes_a_picture(introdesk: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    assert introdesk("demo", "--participants", "3", base=tmp_path).returncode == 0
    done = introdesk(
        "screenshot",
        "--page",
        "participants",
        "--out",
        str(out),
        "--size",
        "800x600",
        base=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    bad = introdesk("screenshot", "--page", "nowhere", "--out", str(out), base=tmp_path)
    assert bad.returncode == 3
    assert "Unknown page" in bad.stderr


def _start_programmes(introdesk: CliRunner, database_url: str, base: Path) -> None:
    """Demo participants 1 and 2 are referred/mapped: decide and start their programmes."""
    db = ["--database", database_url]
    for pid in ("1", "2"):
        decided = introdesk(*db, "programme", "decide", pid, "--date", "2026-01-02", base=base)
        assert decided.returncode == 0, decided.stderr
        started = introdesk(*db, "programme", "start", pid, "--date", "2026-01-05", base=base)
        assert started.returncode == 0, started.stderr


def test_attendance_and_benefit_from_the_command_line(
    introdesk: CliRunner, tmp_path: Path, database_url: str
) -> None:
    db = ["--database", database_url]
    assert (
        introdesk(*db, "demo", "--participants", "2", "--seed", "3", base=tmp_path).returncode == 0
    )
    _start_programmes(introdesk, database_url, tmp_path)
    recorded = introdesk(
        *db,
        "attendance",
        "record",
        "1",
        "--date",
        "2026-05-04",
        "--absence",
        "invalid",
        "--hours",
        "6",
        base=tmp_path,
    )
    assert recorded.returncode == 0, recorded.stderr
    early = introdesk(
        *db,
        "attendance",
        "record",
        "1",
        "--date",
        "2026-01-12",
        "--absence",
        "eg",
        "--hours",
        "6",
        base=tmp_path,
    )
    assert early.returncode == 0, early.stderr
    check = introdesk(
        *db,
        "attendance",
        "check",
        "--from",
        "2026-01-01",
        "--to",
        "2026-06-30",
        "--format",
        "json",
        base=tmp_path,
    )
    assert check.returncode == 0, check.stderr
    findings = json.loads(check.stdout)
    first_weeks = [f for f in findings if f["rule"] == "self_certification.first_weeks"]
    assert first_weeks == [
        {
            "participant_id": 1,
            "rule": "self_certification.first_weeks",
            "severity": "violation",
            "dates": ["2026-01-12"],
            "message": first_weeks[0]["message"],
            "suggestion": first_weeks[0]["suggestion"],
            "suggested_code": "doctor_certified_illness",
        }
    ]
    assert "8 uker" in first_weeks[0]["message"]
    assert first_weeks[0]["suggestion"]
    bad = tmp_path / "attendance.csv"
    bad.write_text(
        "deltaker_id;dato;fraværskode;fraværstimer\n1;31.02.2026;ug;2\n2;2026-05-05;xx;1\n"
    )
    imported = introdesk(*db, "attendance", "import", str(bad), base=tmp_path)
    assert imported.returncode == 3
    assert imported.stderr.splitlines() == [
        # The rows and columns as the file names them; the reasons in Norwegian (the default).
        "introdesk: error: attendance.csv:2:dato: «31.02.2026» er en umulig dato",
        "introdesk: error: attendance.csv:3:fraværskode: «xx» er ikke en fraværskode",
    ]
    computed = introdesk(
        *db,
        "benefit",
        "compute",
        "--month",
        "2026-05",
        "--participant",
        "1",
        "--format",
        "json",
        base=tmp_path,
    )
    assert computed.returncode == 0, computed.stderr
    (result,) = json.loads(computed.stdout)
    assert result["month"] == "2026-05"
    assert result["participant_id"] == 1
    (deduction,) = result["deductions"]
    assert deduction["date"] == "2026-05-04"
    assert deduction["hours"] == "6.00"
    gross, amount = Decimal(result["gross"]), Decimal(deduction["amount"])
    assert Decimal(result["net"]) == gross - amount
    assert all(
        re.fullmatch(r"-?\d+\.\d\d", result[k]) for k in ("gross", "net", "other_reductions")
    )
    assert result["decision_required"] is False
    locked = introdesk(*db, "benefit", "lock", "--month", "2026-05", base=tmp_path)
    assert locked.returncode == 0, locked.stderr
    again = introdesk(*db, "benefit", "lock", "--month", "2026-05", base=tmp_path)
    assert again.returncode == 3
    assert "er allerede låst" in again.stderr  # Norwegian, the default
