"""``introdesk tests correct|delete`` as a coordinator runs them (issue 17): the reference from
``tests history``, a reason, exit 3 and nothing changed on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.e2e.conftest import CliRunner, DemoFolders


@pytest.fixture
def base(demo_folders: DemoFolders, tmp_path: Path) -> Path:
    return demo_folders.copy(3, 7, tmp_path)


def _history(introdesk: CliRunner, base: Path) -> list[dict[str, object]]:
    done = introdesk("tests", "history", "1", "--format", "json", base=base)
    assert done.returncode == 0, done.stderr
    return list(json.loads(done.stdout))


def _record_oral_a2(introdesk: CliRunner, base: Path) -> str:
    done = introdesk(
        "tests", "record", "1", "--test", "norskproven", "--skill", "oral", "--level", "A2",
        "--date", "2026-01-15", "--format", "json", base=base,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return str(json.loads(done.stdout)["ref"])


def test_correct_then_delete_a_result(introdesk: CliRunner, base: Path) -> None:
    ref = _record_oral_a2(introdesk, base)
    assert ref.startswith("norskproven:")
    shown = introdesk("tests", "history", "1", base=base)
    assert any(line.startswith(f"{ref}  ") for line in shown.stdout.splitlines())

    fixed = introdesk(
        "tests", "correct", ref, "--level", "B1", "--reason", "Resultatbrevet sier B1",
        "--format", "json", base=base,
    )  # fmt: skip
    assert fixed.returncode == 0, fixed.stderr
    assert json.loads(fixed.stdout)["level"] == "B1"
    mine = [r for r in _history(introdesk, base) if r["ref"] == ref]
    assert [(r["level"], r["date"]) for r in mine] == [("B1", "2026-01-15")]

    audit = introdesk("audit", "--format", "json", base=base)
    assert audit.returncode == 0, audit.stderr
    assert "Resultatbrevet sier B1" in audit.stdout

    gone = introdesk("tests", "delete", ref, "--reason", "Feil person", base=base)
    assert gone.returncode == 0, gone.stderr
    assert ref not in {r["ref"] for r in _history(introdesk, base)}


@pytest.mark.parametrize(
    "args",
    [
        ("--level", "B1", "--reason", " "),  # no reason
        ("--level", "B7", "--reason", "typo"),  # not a level
        ("--score", "20", "--reason", "typo"),  # not a Norskprøven field
        ("--reason", "nothing to change"),
        ("--date", "2027-05-01", "--reason", "future"),
    ],
)
def test_bad_corrections_exit_3_and_change_nothing(
    introdesk: CliRunner, base: Path, args: tuple[str, ...]
) -> None:
    ref = _record_oral_a2(introdesk, base)
    before = _history(introdesk, base)
    done = introdesk("tests", "correct", ref, *args, base=base)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert _history(introdesk, base) == before


def test_deleting_what_is_not_there_exits_3(introdesk: CliRunner, base: Path) -> None:
    done = introdesk("tests", "delete", "exemption:99999", "--reason", "x", base=base)
    assert done.returncode == 3
    assert "exemption:99999" in done.stderr
    bad = introdesk("tests", "delete", "12", "--reason", "x", base=base)
    assert bad.returncode == 3
