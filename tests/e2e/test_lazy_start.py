"""Lazy start (issue 18): ``--version`` and ``--help`` load none of the heavy libraries, and a
command loads only what it uses (printing and spreadsheet libraries only when it prints)."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from introdesk.app import cli

HEAVY = ("sqlalchemy", "reportlab", "xlsxwriter", "openpyxl", "PySide6", "alembic")

# Runs the real entry point in a fresh interpreter and prints which heavy packages it loaded.
PROBE = """
import json, sys
from introdesk.__main__ import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
heavy = {heavy!r}
print(json.dumps(sorted(name for name in heavy if name in sys.modules)), file=sys.stderr)
"""
# The same, printing the IntroDesk service modules loaded.
SERVICES_PROBE = PROBE.replace(
    "name for name in heavy if name in sys.modules",
    "name for name in sys.modules if name.startswith('introdesk.services.')",
)


def loaded_after(*args: str, base: Path, probe: str = PROBE) -> list[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("INTRODESK_DATABASE_URL", None)
    done = subprocess.run(
        [sys.executable, "-c", probe.format(heavy=HEAVY), "--basedir", str(base), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    loaded: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return loaded


@pytest.mark.parametrize("option", ["--version", "--help"])
def test_version_and_help_load_no_heavy_library(tmp_path: Path, option: str) -> None:
    assert loaded_after(option, base=tmp_path) == []


def test_a_command_loads_only_what_it_uses(tmp_path: Path) -> None:
    assert not {"reportlab", "xlsxwriter", "PySide6"} & set(
        loaded_after("reports", "--help", base=tmp_path)
    )


def test_listing_participants_loads_neither_printing_nor_spreadsheets_nor_qt(
    tmp_path: Path,
) -> None:
    # The default database (made on first start): a --database FILE must exist (issue 15).
    loaded = loaded_after("participants", "list", base=tmp_path)
    assert "sqlalchemy" in loaded  # it does read the database
    assert not {"reportlab", "xlsxwriter", "PySide6"} & set(loaded)


def test_adding_a_participant_loads_neither_printing_nor_spreadsheets_nor_qt(
    tmp_path: Path,
) -> None:
    """``participants add`` goes through the editor's service method, not through the window
    (PySide6) nor the import (spreadsheet libraries)."""
    loaded = loaded_after(
        "participants", "add", "--given-name", "A", "--family-name", "B", "--birth-date",
        "01.01.1990", base=tmp_path,
    )  # fmt: skip
    assert "sqlalchemy" in loaded
    assert not {"reportlab", "xlsxwriter", "openpyxl", "PySide6"} & set(loaded)


def test_an_up_to_date_database_opens_without_alembic(tmp_path: Path) -> None:
    """Alembic is loaded to make or upgrade the database, not to open one at its head."""
    assert "alembic" in loaded_after("participants", "list", base=tmp_path)  # made here
    loaded = loaded_after("participants", "list", base=tmp_path)
    assert "sqlalchemy" in loaded
    assert "alembic" not in loaded


def test_every_command_summary_matches_its_module() -> None:
    """``--help`` lists the summaries from ``cli.COMMANDS`` without importing the modules."""
    parser = cli.build_parser()
    commands = next(
        action for action in parser._actions if isinstance(action, argparse._SubParsersAction)
    )
    registered = {choice.dest: choice.help for choice in commands._choices_actions}
    assert registered == {name: summary for name, (_module, summary) in cli.COMMANDS.items()}


# Services no month-end or list command needs: documents (PDF), reports, imports, demo data,
# training and classes, language tests.
UNRELATED = (
    "introdesk.services.documents",
    "introdesk.services.reports",
    "introdesk.services.participant_import",
    "introdesk.services.demo",
    "introdesk.services.training",
    "introdesk.services.classes",
    "introdesk.services.language_tests",
)


@pytest.mark.parametrize(
    ("command", "needed"),
    [
        (("participants", "list", "--format", "json"), "introdesk.services.participants"),
        (("benefit", "compute", "--month", "2026-11"), "introdesk.services.benefit"),
        (
            ("participants", "add", "--given-name", "A", "--family-name", "B", "--dry-run"),
            "introdesk.services.participants",
        ),
    ],
)
def test_a_command_builds_only_the_services_it_uses(
    tmp_path: Path, command: tuple[str, ...], needed: str
) -> None:
    """The container builds a service on first use (issue 18): a command does not import the
    service modules of other commands."""
    loaded = loaded_after(*command, base=tmp_path, probe=SERVICES_PROBE)
    assert needed in loaded
    assert not {name for name in loaded if name.startswith(UNRELATED)}


def test_a_month_reads_its_plans_without_the_plan_service(tmp_path: Path) -> None:
    """``benefit compute`` reads the plans in force (``plans_in_force_within``) without loading
    the plan service and the plan rules it needs for drafting and validation (issue 18)."""
    loaded = loaded_after(
        "benefit", "compute", "--month", "2026-11", base=tmp_path, probe=SERVICES_PROBE
    )
    assert "introdesk.services.plans.revisions" in loaded
    assert not {
        "introdesk.services.plans.service",
        "introdesk.services.plans.participant_facts",
    } & set(loaded)


# The window (no command) in a fresh interpreter: which heavy packages are loaded when the main
# window is shown; the process ends there.
WINDOW_PROBE = """
import json, os, sys
from introdesk.ui.main_window import MainWindow

def show(window):
    heavy = {heavy!r}
    print(json.dumps(sorted(name for name in heavy if name in sys.modules)), file=sys.stderr)
    sys.stderr.flush()
    os._exit(0)

MainWindow.show = show
from introdesk.__main__ import main
main(sys.argv[1:])
"""


def test_the_window_shows_before_the_database_library_is_loaded(tmp_path: Path) -> None:
    """Issue 18, first paint: the window is up before the database is opened; the database
    library (and the pages' services) load afterwards, in a worker thread."""
    loaded = loaded_after(base=tmp_path, probe=WINDOW_PROBE)
    assert loaded == ["PySide6"]
