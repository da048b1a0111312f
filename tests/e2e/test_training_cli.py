"""``introdesk training`` as a coordinator runs it: a class, enrolment, a week of lessons, the
status as JSON and the printed sign-in sheet (issue 10's command-line contract)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.e2e.conftest import CliRunner


def test_enrol_register_status_and_sheet(
    introdesk: CliRunner, tmp_path: Path, database_url: str
) -> None:
    def run(*args: str) -> str:
        done = introdesk("--database", database_url, *args, base=tmp_path)
        assert done.returncode == 0, done.stderr
        return done.stdout

    run("db", "upgrade")
    run("demo", "--participants", "23", "--seed", "4")  # the demo puts 20 in training
    run(
        "training", "classes", "create", "N1", "--name", "Norsk A2", "--teacher", "Kari",
        "--level", "A2", "--room", "101",
        "--slot", "mon 09:00 45 norwegian", "--slot", "tue 09:00 45 social_studies",
    )  # fmt: skip
    run(
        "training", "enrol", "21", "--start", "2026-08-17", "--class", "N1",
        "--permit", "refugee", "--permit-date", "2025-01-10", "--education", "upper_secondary",
        "--programme", "training", "--regime", "integration_act",
    )  # fmt: skip
    run("training", "enrol", "22", "--start", "2026-08-17", "--programme", "both")
    run("training", "enrol", "23", "--start", "2026-08-17")
    run("training", "classes", "register", "N1", "--week", "2026-W46")
    run("training", "classes", "register", "N1", "--week", "2026-W47", "--absent", "21:2026-11-17")
    run("training", "exemption", "21", "--kind", "norwegian_test", "--date", "2026-10-01")

    status = json.loads(run("training", "status", "--format", "json"))
    by_id = {item["participant_id"]: item for item in status}
    assert set(by_id) >= {21, 22, 23}
    first = by_id[21]
    keys = ["programme", "category", "start", "deadline", "hours_norwegian"]
    keys += ["hours_social_studies", "goal_met", "class"]
    assert {key: first[key] for key in keys} == {
        "programme": "training",
        "category": "right_and_duty",
        "start": "2026-08-17",
        "deadline": "2026-07-10",  # 18 months from the permit date (upper-secondary, §4.2)
        "hours_norwegian": "2.00",  # two Mondays of 45 minutes
        "hours_social_studies": "1.00",  # absent on the second Tuesday
        "goal_met": False,
        "class": "N1",
    }
    assert first["exemptions"] == [
        {"kind": "norwegian_test", "legal_basis": "", "decision_date": "2026-10-01"}
    ]
    assert "training.exemption_without_legal_basis" in {w["code"] for w in first["warnings"]}
    assert by_id[22]["programme"] == "both"
    assert by_id[23]["programme"] == "introduction"  # the participant record's programme
    assert by_id[22]["category_reasons"]  # why the category is what it is (or unknown)

    one = json.loads(run("training", "status", "--participant", "21", "--format", "json"))
    assert [item["participant_id"] for item in one] == [21]

    sheet = tmp_path / "n1.pdf"
    run("training", "classes", "sheet", "N1", "--week", "2026-W47", "--out", str(sheet))
    assert sheet.read_bytes().startswith(b"%PDF")


def test_errors_are_one_line_and_exit_3(introdesk: CliRunner, tmp_path: Path) -> None:
    db = ["--database", str(tmp_path / "db.sqlite3")]
    assert introdesk(*db, "db", "upgrade", base=tmp_path).returncode == 0
    assert introdesk(*db, "demo", "--participants", "21", base=tmp_path).returncode == 0
    for args, text in [
        (["training", "enrol", "77", "--start", "2026-01-05"], "Ingen deltaker"),
        (["training", "enrol", "21", "--start", "2026-01-05", "--class", "X"], "Fant ingen klasse"),
        (
            ["training", "classes", "sheet", "X", "--week", "2026-W47", "--out", "x.pdf"],
            "Fant ingen klasse",
        ),
    ]:
        done = introdesk(*db, *args, base=tmp_path)
        assert done.returncode == 3, done.stderr
        assert done.stderr.count("\n") == 1
        assert text in done.stderr
        assert "Traceback" not in done.stderr
    # Nothing was written by the failed enrolment with an unknown class (one transaction).
    status = introdesk(*db, "training", "status", "--format", "json", base=tmp_path)
    assert 21 not in {item["participant_id"] for item in json.loads(status.stdout)}
