"""Only ``core/clock.py`` reads the real clock.

Every rule that depends on "today" must see the day a test pins, so a call such as
``date.today()`` anywhere else in ``src/`` makes the suite depend on the day it runs (as it did on
2026-12-06, when the demo data read the real date). This scans the source's syntax tree, so a
call is found however it is spelled (``datetime.datetime.now()``, ``QDate.currentDate()``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "introdesk"
CLOCK_MODULE = SRC / "core" / "clock.py"

# (object, method) pairs that read the real date or time of day.
CLOCK_READS = {
    ("date", "today"),
    ("datetime", "today"),
    ("datetime", "now"),
    ("datetime", "utcnow"),
    ("time", "time"),
    ("time", "time_ns"),
    ("time", "localtime"),
    ("time", "gmtime"),
    ("QDate", "currentDate"),
    ("QDateTime", "currentDateTime"),
    ("QDateTime", "currentDateTimeUtc"),
    ("QDateTime", "currentSecsSinceEpoch"),
    ("QDateTime", "currentMSecsSinceEpoch"),
}


def _owner_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):  # datetime.datetime.now(), QtCore.QDate.currentDate()
        return node.attr
    return None


def clock_reads(source: str, filename: str = "<source>") -> list[str]:
    """Every real-clock read in ``source``, as ``file:line: owner.method()``."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = _owner_name(node.func.value)
            if owner is not None and (owner, node.func.attr) in CLOCK_READS:
                found.append(f"{filename}:{node.lineno}: {owner}.{node.func.attr}()")
    return found


def test_no_module_but_the_clock_reads_the_real_clock() -> None:
    offenders = [
        hit
        for path in sorted(SRC.rglob("*.py"))
        if path != CLOCK_MODULE
        for hit in clock_reads(path.read_text(encoding="utf-8"), str(path.relative_to(SRC)))
    ]
    assert offenders == [], "use introdesk.core.clock instead:\n" + "\n".join(offenders)


@pytest.mark.parametrize(
    "planted",
    [
        "from datetime import date\nx = date.today()\n",
        "import datetime\nx = datetime.datetime.now()\n",
        "from datetime import datetime, UTC\nx = datetime.now(UTC).date()\n",
        "import time\nx = time.time()\n",
        "from PySide6.QtCore import QDate\nx = QDate.currentDate()\n",
    ],
)
def test_the_scan_finds_a_planted_clock_read(planted: str) -> None:
    assert len(clock_reads(planted)) == 1


def test_the_scan_leaves_durations_and_pinned_reads_alone() -> None:
    harmless = (
        "import time\nfrom introdesk.core import clock\n"
        "t0 = time.perf_counter()\nt1 = time.monotonic()\nday = clock.today()\n"
    )
    assert clock_reads(harmless) == []


def test_the_clock_module_itself_is_scanned_and_reads_the_clock() -> None:
    # Guards the scan against a wrong path: the one allowed reader does read the clock.
    assert clock_reads(CLOCK_MODULE.read_text(encoding="utf-8"))
