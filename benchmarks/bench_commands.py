"""Whole-process timings of the rows in issue 18's table, each against a yardstick measured in
the same run (the machine is shared, so only ratios compare between runs).

    uv run python benchmarks/bench_commands.py DATABASE.sqlite3 [--month 2026-11] [--runs 3]
        [--only version,window,benefit,attendance,payroll,list] [--demo]

DATABASE is made by ``introdesk demo --participants 5000``; ``--demo`` also times making such a
database from nothing (slow: minutes before issue 18). Each row prints the median wall time,
the median CPU time of the process, the yardstick's, and the ratio (wall and CPU). The goal
column repeats the issue's goal.

Yardsticks (what any implementation must at least do, timed here):
- ``--version``: ``python -c pass``.
- window, filled (``introdesk screenshot`` of the participants page): a bare PySide6 script
  filling a 5 000 x 8 table and grabbing the window.
- window, first paint (``first_paint.py``: the seconds from process start to the main window's
  first paint, as the process itself notes them): the same bare table script, shown, timed the
  same way. Only the first-paint seconds are compared (not the CPU time).
- ``benefit compute``: a plain ``sqlite3`` script reading the month's attendance rows and the
  participants and summing per person.
- ``reports attendance``: the same ``sqlite3`` read, written with bare XlsxWriter
  (constant_memory), one row per entry.
- ``reports payroll`` (the month's benefit, line by line, as ``benefit compute`` gives it): the
  ``benefit compute`` yardstick's read and sum, written with bare XlsxWriter, one row per person.
  The issue gives no goal of its own; the ratio is printed to compare with ``benefit compute``.
- ``participants list --format json`` and ``demo``: the issue gives absolute goals (0.8 s,
  20 s); the ratio printed is to the goal.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

PYTHON = sys.executable
INTRODESK = [PYTHON, "-m", "introdesk"]
FIRST_PAINT = str(Path(__file__).with_name("first_paint.py"))

BARE_TABLE = """
import os, sys
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
model = QStandardItemModel(0, 8)
for row in range(5000):
    model.appendRow([QStandardItem(f"Navn {row} {column}") for column in range(8)])
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.resize(1280, 800)
window.show()
app.processEvents()
window.grab().save(sys.argv[1], "PNG")
sys.stdout.flush()
os._exit(0)  # PySide6 can crash freeing 40 000 items at interpreter exit
"""

SUM_MONTH = """
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
people = {row[0]: row for row in db.execute("SELECT id, given_name, family_name FROM participants")}
totals = {}
for pid, planned, attended, absent in db.execute(
    "SELECT participant_id, planned_minutes, attended_minutes, absence_minutes "
    "FROM attendance_entries WHERE day BETWEEN ? AND ?", (sys.argv[2], sys.argv[3])):
    t = totals.setdefault(pid, [0, 0, 0])
    t[0] += planned; t[1] += attended; t[2] += absent
print(len(people), len(totals))
"""

SUM_AND_WRITE_MONTH = """
import sqlite3, sys, xlsxwriter
db = sqlite3.connect(sys.argv[1])
people = {row[0]: row for row in db.execute("SELECT id, given_name, family_name FROM participants")}
totals = {}
for pid, planned, attended, absent in db.execute(
    "SELECT participant_id, planned_minutes, attended_minutes, absence_minutes "
    "FROM attendance_entries WHERE day BETWEEN ? AND ?", (sys.argv[2], sys.argv[3])):
    t = totals.setdefault(pid, [0, 0, 0])
    t[0] += planned; t[1] += attended; t[2] += absent
book = xlsxwriter.Workbook(sys.argv[4], {"constant_memory": True})
sheet = book.add_worksheet("Data")
for index, (pid, (planned, attended, absent)) in enumerate(sorted(totals.items()), start=1):
    _, given, family = people[pid]
    sheet.write_string(index, 0, f"{family}, {given}")
    sheet.write_number(index, 1, planned / 60)
    sheet.write_number(index, 2, attended / 60)
    sheet.write_number(index, 3, absent / 60)
book.close()
"""

WRITE_MONTH = """
import sqlite3, sys, xlsxwriter
db = sqlite3.connect(sys.argv[1])
book = xlsxwriter.Workbook(sys.argv[4], {"constant_memory": True})
sheet = book.add_worksheet("Data")
date_format = book.add_format({"num_format": "dd.mm.yyyy"})
import datetime
rows = db.execute(
    "SELECT p.family_name || ', ' || p.given_name, a.day, a.planned_minutes, a.attended_minutes,"
    " a.absence_code, a.absence_minutes FROM attendance_entries a JOIN participants p"
    " ON p.id = a.participant_id WHERE a.day BETWEEN ? AND ?"
    " ORDER BY p.family_name, p.given_name, a.participant_id, a.day", (sys.argv[2], sys.argv[3]))
for index, (name, day, planned, attended, code, absent) in enumerate(rows, start=1):
    sheet.write_string(index, 0, name)
    sheet.write_datetime(index, 1, datetime.datetime.fromisoformat(day), date_format)
    sheet.write_number(index, 2, planned / 60)
    sheet.write_number(index, 3, attended / 60)
    sheet.write_string(index, 4, code or "")
    sheet.write_number(index, 5, absent / 60)
book.close()
"""


def timed(command: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run of ``command``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median_of(
    runs: int, command: list[str], env: dict[str, str] | None = None
) -> tuple[float, float]:
    timed(command, env)  # warm-up: fills the bytecode cache and the file cache
    results = [timed(command, env) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def first_paint(command: list[str], env: dict[str, str]) -> float:
    """Seconds from starting ``command`` to its window's first paint, as the process says."""
    started = {**env, "FIRST_PAINT_START": repr(time.monotonic())}
    done = subprocess.run(command, capture_output=True, text=True, env=started, check=False)
    said = [line for line in done.stdout.splitlines() if line.startswith("first paint ")]
    if done.returncode != 0 or not said:
        raise SystemExit(f"no first paint: {' '.join(command)}\n{done.stderr[-2000:]}")
    return float(said[-1].split()[-1])


def median_first_paint(runs: int, command: list[str], env: dict[str, str]) -> float:
    first_paint(command, env)  # warm-up, as for the other rows
    return statistics.median(first_paint(command, env) for _ in range(runs))


def report(
    name: str,
    measured: tuple[float, float],
    yardstick: tuple[float, float] | None,
    goal: str,
    goal_seconds: float | None = None,
) -> None:
    wall, cpu = measured
    line = f"{name:<34} {wall:7.2f} s wall {cpu:7.2f} s CPU"
    if yardstick is not None:
        y_wall, y_cpu = yardstick
        line += (
            f" | yardstick {y_wall:6.2f} s wall {y_cpu:6.2f} s CPU"
            f" | ratio {wall / y_wall:5.1f}x wall, {cpu / max(y_cpu, 1e-3):5.1f}x CPU"
        )
    if goal_seconds is not None:
        line += f" | ratio to goal {wall / goal_seconds:4.2f} (CPU {cpu / goal_seconds:4.2f})"
    print(f"{line} | goal {goal}", flush=True)


def month_bounds(text: str) -> tuple[str, str]:
    year, month = (int(part) for part in text.split("-"))
    first = date(year, month, 1)
    after = date(year + month // 12, month % 12 + 1, 1)
    return first.isoformat(), date.fromordinal(after.toordinal() - 1).isoformat()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database")
    parser.add_argument("--month", default="2026-11")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--only", default="version,window,benefit,attendance,payroll,list")
    parser.add_argument("--demo", action="store_true")
    args = parser.parse_args()
    chosen = set(args.only.split(","))
    first, last = month_bounds(args.month)
    work = Path(tempfile.mkdtemp(prefix="introdesk-bench-"))
    # A copy: opening a database may upgrade it, and the window's backups read it.
    database = str(work / "bench.sqlite3")
    shutil.copyfile(Path(args.database).resolve(), database)
    # An installed IntroDesk runs from compiled bytecode. A shell with PYTHONDONTWRITEBYTECODE
    # (as on the shared development machine) would make every run compile every module again,
    # so the runs use a bytecode cache in the work folder (the source tree stays untouched).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPYCACHEPREFIX": str(work / "pyc")}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    base = ["--basedir", str(work / "base"), "--database", database]
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; {platform.node()}, "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}; "
        f"median of {args.runs} after a warm-up run; the machine is shared with other work",
        flush=True,
    )
    runs = args.runs
    if "version" in chosen:
        report(
            "introdesk --version",
            median_of(runs, [*INTRODESK, "--version"], env),
            median_of(runs, [PYTHON, "-c", "pass"], env),
            "<= 0.15 s",
            0.15,
        )
    if "window" in chosen:
        shot = [
            *INTRODESK,
            *base,
            "screenshot",
            "--page",
            "participants",
            "--out",
            str(work / "shot.png"),
        ]
        bare = [PYTHON, "-c", BARE_TABLE, str(work / "bare.png")]
        painted = median_first_paint(runs, [PYTHON, FIRST_PAINT, "introdesk", *base], env)
        bare_painted = median_first_paint(runs, [PYTHON, FIRST_PAINT, "bare"], env)
        print(
            f"{'window first paint':<34} {painted:7.2f} s{'':19}"
            f" | yardstick {bare_painted:6.2f} s{'':17}"
            f" | ratio {painted / bare_painted:5.1f}x | goal <= 5x",
            flush=True,
        )
        report(
            "window filled (screenshot)",
            median_of(runs, shot, env),
            median_of(runs, bare, env),
            "<= 12x",
        )
    if "benefit" in chosen:
        report(
            f"benefit compute --month {args.month}",
            median_of(
                runs,
                [
                    *INTRODESK,
                    *base,
                    "benefit",
                    "compute",
                    "--month",
                    args.month,
                    "--format",
                    "json",
                ],
                env,
            ),
            median_of(runs, [PYTHON, "-c", SUM_MONTH, database, first, last], env),
            "<= 6x",
        )
    if "attendance" in chosen:
        out = str(work / "attendance.xlsx")
        report(
            f"reports attendance --month {args.month}",
            median_of(
                runs,
                [*INTRODESK, *base, "reports", "attendance", "--month", args.month, "--out", out],
                env,
            ),
            median_of(
                runs,
                [PYTHON, "-c", WRITE_MONTH, database, first, last, str(work / "bare.xlsx")],
                env,
            ),
            "<= 1.5x",
        )
    if "payroll" in chosen:
        report(
            f"reports payroll --month {args.month}",
            median_of(
                runs,
                [
                    *INTRODESK,
                    *base,
                    "reports",
                    "payroll",
                    "--month",
                    args.month,
                    "--out",
                    str(work / "payroll.xlsx"),
                ],
                env,
            ),
            median_of(
                runs,
                [
                    PYTHON,
                    "-c",
                    SUM_AND_WRITE_MONTH,
                    database,
                    first,
                    last,
                    str(work / "bare-payroll.xlsx"),
                ],
                env,
            ),
            "none in the issue (compare with benefit compute)",
        )
    if "list" in chosen:
        report(
            "participants list --format json",
            median_of(runs, [*INTRODESK, *base, "participants", "list", "--format", "json"], env),
            None,
            "<= 0.8 s",
            0.8,
        )
    if args.demo:
        fresh = str(work / "demo.sqlite3")
        report(
            "demo --participants 5000",
            timed(
                [
                    *INTRODESK,
                    "--basedir",
                    str(work / "base"),
                    "--database",
                    fresh,
                    "demo",
                    "--participants",
                    "5000",
                    "--seed",
                    "1",
                ],
                env,
            ),
            None,
            "<= 20 s",
            20.0,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
