"""The longest event-loop stall of the window (issue 18, "no freeze"; goal <= 100 ms).

Starts the window on a big database (default: ``introdesk demo --participants 5000``) the way
``introdesk`` does (``app.gui.WindowStart``: the window shows first, a worker loads the modules
and opens the database, the pages are built, the participant list fills in and the day's backup
is made in the background), then, with ``StallWatch`` ticking every 5 ms throughout: switches to
every page and waits for its data, and exports the month's attendance report through the Reports
page. The longest gap between ticks is the longest time a user's click or keystroke
would have waited. The page-switch sections come from the real probe on the window's page-switch
path (``ui/stall_probe.py``), so the slowest page is named.

The yardstick, measured in the same run, is an empty event loop ticking for the same time: its
longest gap is what the shared machine itself adds (scheduling of the other processes).

Run: ``uv run python benchmarks/bench_ui_stall.py DATABASE.sqlite3 [--month 2026-11]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def with_bytecode_cache() -> None:
    """Run as an installed program does: with compiled bytecode. This shell may set
    PYTHONDONTWRITEBYTECODE, and compiling a module on its first import (in the worker that
    opens the database, or on a page's first use) would be counted as a stall of the window.
    The benchmark starts again with a bytecode cache of its own, compiled beforehand."""
    if os.environ.get("INTRODESK_BENCH_CACHE"):
        return
    cache = Path(tempfile.gettempdir()) / "introdesk-bench-pycache"
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(cache), "INTRODESK_BENCH_CACHE": "1"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    import introdesk

    source = str(Path(introdesk.__file__).parent)
    subprocess.run([sys.executable, "-m", "compileall", "-q", source], env=env, check=True)
    os.execve(sys.executable, [sys.executable, *sys.argv], env)


if __name__ == "__main__":
    with_bytecode_cache()

from PySide6.QtWidgets import QApplication  # noqa: E402 - after the restart with a bytecode cache

from introdesk.app.gui import WindowStart, create_application, open_database  # noqa: E402 - after the restart with a bytecode cache
from introdesk.core import paths  # noqa: E402 - after the restart with a bytecode cache
from introdesk.domain.reports import Period, PeriodKind  # noqa: E402 - after the restart with a bytecode cache
from introdesk.ui.main_window import PAGE_NAMES, MainWindow  # noqa: E402 - after the restart with a bytecode cache
from introdesk.ui.pages.reports import ReportsPage  # noqa: E402 - after the restart with a bytecode cache
from introdesk.ui.stall_probe import StallWatch, probe  # noqa: E402 - after the restart with a bytecode cache
from introdesk.ui.tasks import runner  # noqa: E402 - after the restart with a bytecode cache

GOAL_MS = 100.0


def settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def idle_loop_stall(app: QApplication, seconds: float) -> float:
    watch = StallWatch()
    watch.start()
    settle(app, seconds)
    return watch.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--month", default="2026-11", help="month of the attendance export")
    args = parser.parse_args()
    year, month = (int(part) for part in args.month.split("-"))
    first = date(year, month, 1)
    last = date(year + month // 12, month % 12 + 1, 1).toordinal() - 1
    period = Period(PeriodKind.MONTH, first, date.fromordinal(last))

    paths.init(Path(tempfile.mkdtemp(prefix="introdesk-stall-"))).ensure()
    app = create_application("nb")
    watch = StallWatch()
    phases: list[tuple[str, float, float]] = []

    def phase(name: str, action: object) -> None:
        watch.start()
        started = time.perf_counter()
        assert callable(action)
        action()
        runner().wait_until_idle(600)
        settle(app, 0.05)
        phases.append((name, watch.stop(), time.perf_counter() - started))

    window = MainWindow(None, open_database=open_database)
    start = WindowStart(window, args.database)

    def start_window() -> None:
        window.show()
        start.begin()

    phase("window start, open, participant list", start_window)
    services = window.services
    for name in PAGE_NAMES[1:]:
        phase(f"page {name}", lambda name=name: window.show_page(name))
    reports = window.pages["reports"]
    assert isinstance(reports, ReportsPage)
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "attendance.xlsx"
        phase(
            f"export attendance {args.month}", lambda: reports.export("attendance", period, target)
        )
        exported = target.exists()
    busy_seconds = sum(p[2] for p in phases)
    yardstick = idle_loop_stall(app, min(busy_seconds, 20.0))
    window.close()
    services.close()

    worst = max(phases, key=lambda p: p[1])
    print(
        f"machine: {platform.node()} {platform.processor() or platform.machine()}, "
        f"{os.cpu_count()} cores, Python {sys.version.split()[0]}; shared with other work"
    )
    for name, stall, spent in phases:
        print(f"  {name:<40} longest stall {stall:7.1f} ms   done after {spent:6.2f} s")
    slowest_switch = probe().longest("page switch")
    if slowest_switch is not None:
        print(
            f"  slowest page switch (probe): {slowest_switch.label} "
            f"{slowest_switch.milliseconds:.1f} ms"
        )
    print(f"export written: {exported}")
    print(
        f"longest stall: {worst[1]:.1f} ms ({worst[0]}); goal {GOAL_MS:.0f} ms; "
        f"ratio to goal {worst[1] / GOAL_MS:.2f}"
    )
    print(
        f"yardstick (idle event loop, same run, {min(busy_seconds, 20.0):.1f} s): "
        f"{yardstick:.1f} ms; ratio {worst[1] / max(yardstick, 1.0):.1f}x"
    )
    return 0 if worst[1] <= GOAL_MS else 1


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip interpreter teardown: PySide6 can crash freeing widgets at exit
