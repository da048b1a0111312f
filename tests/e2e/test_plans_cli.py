"""``introdesk plans`` as a user runs it: import, validate, sign, list.

The first refused import runs as a real process; the rest call the same entry point in-process
(the parser and handlers ``cli.run`` uses) to keep the test quick on a busy machine."""

from __future__ import annotations

import contextlib
import io
import json
import random
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tests.e2e.conftest import run_introdesk as introdesk_process

from introdesk.app.cli import build_parser
from introdesk.core import paths
from introdesk.domain.errors import IntroDeskError
from introdesk.services.demo_plans import demo_plan
from introdesk.services.plan_import import plan_to_json


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


def introdesk(*args: str, base: Path) -> Done:
    out, err = io.StringIO(), io.StringIO()
    parsed = build_parser().parse_args(["--basedir", str(base), *args])
    paths.init(base)
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:  # as cli.run does, without configuring the log file again
            code = int(parsed.handler(parsed))
        except IntroDeskError as exc:
            for line in str(exc).splitlines():
                print(f"introdesk: error: {line}", file=sys.stderr)
            code = exc.exit_code
    return Done(code, out.getvalue(), err.getvalue())


VALID_ID = "01010012356"  # synthetic, checksum-valid


def _person(base: Path) -> None:
    from introdesk.domain.records import NewParticipant
    from introdesk.services.container import open_services

    paths.init(base)
    services = open_services(str(paths.current().default_database))
    try:
        services.participants.create(NewParticipant("Amira", "Haddad", national_id=VALID_ID))
    finally:
        services.close()


def _bad_file_is_refused(good: dict[str, Any], tmp_path: Path, base: Path) -> None:
    """A file with a wrong value is refused line by line, and nothing is written."""
    bad = json.loads(json.dumps(good))
    bad["elements"][0]["hours"]["mon"] = "four"
    bad["end_goal"]["type"] = "riches"
    bad_file = tmp_path / "bad.json"
    bad_file.write_text(json.dumps(bad), encoding="utf-8")

    refused = introdesk_process("plans", "import", str(bad_file), base=base)
    assert refused.returncode == 3
    lines = refused.stderr.strip().splitlines()
    assert any(f"{bad_file}:end_goal.type: må være en av" in line for line in lines)  # nb default
    assert any(f"{bad_file}:elements[0].hours.mon:" in line for line in lines)
    assert "Traceback" not in refused.stderr
    nothing = introdesk("plans", "validate", "1", base=base)
    assert nothing.returncode == 3  # nothing was written
    assert "no plan" in nothing.stderr


def _flawed_plan_is_not_signed(good: dict[str, Any], tmp_path: Path, base: Path) -> None:
    """A plan missing livsmestring: imported as a draft, validation fails, signing is
    refused."""
    flawed = json.loads(json.dumps(good))
    flawed["elements"] = [e for e in flawed["elements"] if not e["code"].startswith("life_")]
    flawed_file = tmp_path / "flawed.json"
    flawed_file.write_text(json.dumps(flawed), encoding="utf-8")
    assert introdesk("plans", "import", str(flawed_file), base=base).returncode == 0
    checked = introdesk("plans", "validate", VALID_ID, "--format", "json", base=base)
    assert checked.returncode == 1, checked.stderr
    report = json.loads(checked.stdout)
    assert set(report) == {"participant_id", "plan_version", "row_version", "findings"}
    assert (report["participant_id"], report["plan_version"]) == (1, 1)
    assert {"MANDATORY_LIFE_SKILLS_HEALTH", "MANDATORY_LIFE_SKILLS_CAREER"} <= {
        f["rule"] for f in report["findings"]
    }
    assert all(set(f) == {"rule", "severity", "message", "weeks"} for f in report["findings"])
    assert introdesk("plans", "sign", "1", base=base).returncode == 3


def test_import_validate_sign_list(tmp_path: Path) -> None:
    base = tmp_path / "base"
    _person(base)
    good = plan_to_json(VALID_ID, demo_plan(random.Random(2), date(2026, 1, 5), young=False))
    _bad_file_is_refused(good, tmp_path, base)
    _flawed_plan_is_not_signed(good, tmp_path, base)

    good_file = tmp_path / "good.json"
    good_file.write_text(json.dumps(good), encoding="utf-8")
    imported = introdesk("plans", "import", str(good_file), base=base)
    assert imported.returncode == 0, imported.stderr
    assert "draft version 2" in imported.stdout  # in-process, no interface language: English
    ok = introdesk("plans", "validate", "1", "--format", "json", base=base)
    assert ok.returncode == 0, ok.stdout
    checked_state = json.loads(ok.stdout)
    assert checked_state == {
        "participant_id": 1,
        "plan_version": 2,
        "row_version": checked_state["row_version"],
        "findings": [],
    }
    stale = introdesk(
        "plans", "sign", "1", "--expect-version", str(checked_state["row_version"] - 1), base=base
    )
    assert stale.returncode == 4, stale.stderr
    assert "Plan version 2 was changed by" in stale.stderr
    assert "Traceback" not in stale.stderr

    signed = introdesk(
        "plans",
        "sign",
        "1",
        "--date",
        "2025-12-20",
        "--by",
        "Kari Nordmann",
        "--expect-version",
        str(checked_state["row_version"]),
        base=base,
    )
    assert signed.returncode == 0, signed.stderr
    assert "version 2" in signed.stdout
    listed = introdesk("plans", "list", "--format", "json", base=base)
    assert listed.returncode == 0
    (row,) = json.loads(listed.stdout)
    assert row["plan_status"] in ("signed", "needs_revision")
    assert (row["plan_version"], row["signed_on"], row["signed_by"], row["start"]) == (
        2,
        "2025-12-20",
        "Kari Nordmann",
        "2026-01-05",
    )
    again = introdesk("plans", "sign", "1", base=base)
    assert again.returncode == 3
    assert "already signed" in again.stderr
