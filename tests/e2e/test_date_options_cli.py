"""Every command's date and month options read through the one parser (domain/options.py):
a bad date is one line naming the option and the form to write, exit code 3, nothing changed.
In-process through the command line's entry point; on SQLite and on PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.e2e.test_bad_input_table import snapshot

from introdesk.app import cli

FORMS = "(write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)"

PROBES = [
    (["attendance", "record", "1", "--date", "2026-02-29", "--hours", "6"],
     "--date: '2026-02-29' is an impossible date"),
    (["attendance", "check", "--from", "9999-12-31"],
     "--from: '9999-12-31' is outside the years 1900–2999"),
    (["attendance", "missing", "--month", "2026-13"],
     "--month: '2026-13' is not a month (write YYYY-MM, e.g. 2026-10)"),
    (["training", "enrol", "1", "--start", ""],
     f"--start: '' is not a date {FORMS}"),
    (["training", "leave", "1", "--from", "2026-01-01", "--to", "01.13.2026"],
     "--to: '01.13.2026' is an impossible date"),
    (["training", "classes", "register", "A", "--week", "2026-W48", "--absent", "1:2026-02-30"],
     "--absent: '2026-02-30' is an impossible date"),
    (["training", "classes", "sheet", "A", "--week", "2025-W53", "--out", "x.pdf"],
     "--week: '2025-W53': no such week"),
    (["training", "classes", "register", "A", "--week", "2026-W48", "--absent", "2026-11-23"],
     "--absent: '2026-11-23': expected PARTICIPANT:YYYY-MM-DD"),
    (["training", "classes", "create", "A", "--name", "A", "--slot", "mon 9 45"],
     "--slot: 'mon 9 45': expected 'WEEKDAY HH:MM MINUTES SUBJECT', e.g. 'mon 09:00 45 "
     "norwegian' (subject: norwegian, social_studies)"),
    (["programme", "stop", "1", "--from", "i går", "--reason", "x"],
     f"--from: 'i går' is not a date {FORMS}"),
    (["plans", "sign", "1", "--date", "2026-02-29"], "--date: '2026-02-29' is an impossible date"),
    (["audit", "--to", "9999-12-31"], "--to: '9999-12-31' is outside the years 1900–2999"),
    (["documents", "attendance-sheet", "1", "--week", "2026-02-29", "--out", "x.pdf"],
     "--week: '2026-02-29' is an impossible date"),
    (["documents", "statement", "1", "--month", "2026-00", "--out", "x.pdf"],
     "--month: '2026-00' is not a month (write YYYY-MM, e.g. 2026-10)"),
    (["tests", "record", "1", "--test", "citizenship", "--date", "2026-02-29", "--score", "30"],
     "--date: '2026-02-29' is an impossible date"),
    (["tests", "progress", "--as-of", "31.02.2026"], "--as-of: '31.02.2026' is an impossible date"),
    (["reports", "deadlines", "--from", "2026-02-29", "--to", "2026-03-31", "--out", "x.xlsx"],
     "--from: '2026-02-29' is an impossible date"),
    (["participants", "add", "--given-name", "X", "--family-name", "Y", "--birth-date",
      "2026-02-30"], "--birth-date: '2026-02-30' is an impossible date"),
    (["participants", "add", "--given-name", "X", "--family-name", "Y", "--settlement-date",
      "1.13.2026"], "--settlement-date: '1.13.2026' is an impossible date"),
    (["benefit", "compute", "--month", "9999-12"],
     "--month: '9999-12' is outside the years 1900–2999"),
]  # fmt: skip


def test_every_date_option_refuses_a_bad_date_with_one_line_and_exit_3(
    tmp_path: Path, migrated_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(migrated_database_url)
    failures = []
    for args in PROBES:
        argv, expected = args
        code = cli.run(
            [
                "--basedir",
                str(tmp_path),
                "--language",
                "en",
                "--database",
                migrated_database_url,
                *argv,
            ]
        )
        lines = capsys.readouterr().err.strip().splitlines()
        if code != 3 or lines != [f"introdesk: error: {expected}"]:
            failures.append(f"{' '.join(argv)}: exit {code}: {lines}")
    assert not failures, "\n".join(failures)
    assert snapshot(migrated_database_url) == before
    assert not (tmp_path / "x.pdf").exists()
    assert not (tmp_path / "x.xlsx").exists()


def test_the_same_date_in_either_form_is_accepted(
    tmp_path: Path, migrated_database_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``audit --from`` took only ISO before; the one parser reads 21.12.2026 too."""
    base = ["--basedir", str(tmp_path), "--database", migrated_database_url, "audit"]
    assert cli.run([*base, "--from", "01.11.2026", "--to", "2026-12-01"]) == 0
    assert "error" not in capsys.readouterr().err
