"""``introdesk tests ...`` as a coordinator runs it: a real process on a fresh data folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.e2e.conftest import CliRunner, DemoFolders


@pytest.fixture
def base(demo_folders: DemoFolders, tmp_path: Path) -> Path:
    # The demo adds results of its own; the tests below compare before and after.
    return demo_folders.copy(3, 7, tmp_path)


def _progress(introdesk: CliRunner, base: Path, participant: str) -> dict[str, object]:
    done = introdesk(
        "tests", "progress", "--participant", participant, "--format", "json", base=base
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert len(document["participants"]) == 1
    return dict(document["participants"][0])


def test_record_and_progress(introdesk: CliRunner, base: Path) -> None:
    before = _progress(introdesk, base, "1")
    assert set(before) >= {
        "best",
        "goal",
        "goal_met",
        "deadline",
        "permanent_residence_language_ok",
        "citizenship_language_ok",
    }
    record = introdesk(
        "tests", "record", "1", "--test", "norskproven", "--skill", "oral", "--level", "B1",
        "--date", "2026-01-15", base=base,
    )  # fmt: skip
    assert record.returncode == 0, record.stderr
    social = introdesk(
        "tests", "record", "1", "--test", "social_studies", "--score", "26", "--language", "nb",
        "--date", "2026-02-01", "--format", "json", base=base,
    )  # fmt: skip
    assert social.returncode == 0, social.stderr
    assert json.loads(social.stdout)["passed"] is True
    after = _progress(introdesk, base, "1")
    assert after["best"]["oral"] in ("B1", "B2", "C1")  # type: ignore[index]
    assert after["permanent_residence_language_ok"] is True


@pytest.mark.parametrize(
    "args",
    [
        ["--test", "norskproven", "--skill", "oral", "--level", "B3", "--date", "2026-01-01"],
        ["--test", "norskproven", "--skill", "oral", "--date", "2026-01-01"],
        ["--test", "social_studies", "--score", "40", "--date", "2026-01-01"],
        ["--test", "norskproven", "--skill", "oral", "--level", "B1", "--date", "1.13.2026"],
        ["--test", "driving", "--date", "2026-01-01"],
    ],
    ids=["bad-level", "no-level", "score-too-high", "bad-date", "unknown-test"],
)
def test_bad_record_exits_3_and_writes_nothing(
    introdesk: CliRunner, base: Path, args: list[str]
) -> None:
    before = introdesk("tests", "history", "1", "--format", "json", base=base).stdout
    done = introdesk("tests", "record", "1", *args, base=base)
    assert done.returncode == 3
    assert "Traceback" not in done.stderr
    assert all(line.startswith("introdesk: error: ") for line in done.stderr.splitlines())
    after = introdesk("tests", "history", "1", "--format", "json", base=base).stdout
    assert json.loads(after) == json.loads(before)


def test_import_error_contract_and_dry_run(
    introdesk: CliRunner, base: Path, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "participant_id;test;date;skill;level\n1;norskproven;2026-01-10;oral;B1\n"
        "2;norskproven;2026-01-10;speaking;B1\n",
        encoding="utf-8",
    )
    done = introdesk("tests", "import", str(bad), base=base)
    assert done.returncode == 3
    assert done.stderr.strip().endswith(
        f"{bad.name}:3:skill: 'speaking' er ikke en delferdighet (listening, reading, writing, "
        "oral, eller lytting, lesing, skriving, muntlig)"
    )
    good = tmp_path / "good.csv"
    good.write_text(
        "participant_id;test;date;skill;level\n1;norskproven;2026-01-10;oral;B1\n",
        encoding="utf-8",
    )
    before = introdesk("tests", "history", "1", "--format", "json", base=base).stdout
    dry = introdesk("tests", "import", str(good), "--dry-run", base=base)
    assert dry.returncode == 0, dry.stderr
    assert "Ville lagt til 1 resultat fra 1 rad" in dry.stdout
    after = introdesk("tests", "history", "1", "--format", "json", base=base).stdout
    assert json.loads(after) == json.loads(before)
    real = introdesk("tests", "import", str(good), base=base)
    assert real.returncode == 0, real.stderr
    assert _progress(introdesk, base, "1")["best"]["oral"] in ("B1", "B2", "C1")  # type: ignore[index]


def test_exemption_needs_a_legal_basis(introdesk: CliRunner, base: Path) -> None:
    done = introdesk("tests", "exempt", "1", "--kind", "norwegian_test", "--basis", " ", base=base)
    assert done.returncode == 3
    ok = introdesk(
        "tests", "exempt", "1", "--kind", "social_studies_test",
        "--basis", "Særlige helsemessige grunner", "--date", "2026-03-01", base=base,
    )  # fmt: skip
    assert ok.returncode == 0, ok.stderr
    exemptions = _progress(introdesk, base, "1")["exemptions"]
    assert {
        "kind": "social_studies_test",
        "legal_basis": "Særlige helsemessige grunner",
        "decision_date": "2026-03-01",
    } in exemptions  # type: ignore[operator]
