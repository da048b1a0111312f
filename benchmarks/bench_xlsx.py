"""The attendance report for a year, as a ratio to bare openpyxl write-only in the same run.

Run: ``uv run pytest benchmarks/bench_xlsx.py -q -s`` (not part of the test suite). The shape is
the attendance report: 2 000 participants × every weekday of 2026 (261 days) = 522 000 rows of
10 columns (id, name, date, weekday, five hour figures, absence codes). Set
``INTRODESK_BENCH_PARTICIPANTS`` for a quicker run (e.g. 100 → 26 100 rows).

- **floor**: bare openpyxl write-only, ``ws.append(row)`` of the same row tuples (no styles, no
  number formats, no type checks, no formula guard, no parameters sheet, no widths).
- **bare xlsxwriter**: XlsxWriter ``constant_memory``, ``write_row`` of the same tuples (Decimal
  and date cells as XlsxWriter's own defaults): what our writer costs on top of its library.
- **writer**: ``write_workbook`` on the same row tuples (everything an IntroDesk workbook has).
- **report**: ``attendance_rows`` over the ``AttendanceEntry`` list (two plan elements a day)
  feeding ``write_workbook``: what the user waits for after the data is read.

Times are CPU seconds of this process (``time.process_time``): the machines this runs on are
shared, and wall-clock time there measures the neighbours as much as the code. Wall-clock
seconds are printed too.

Memory: ``tracemalloc`` peaks of ``write_workbook`` for a tenth of the rows and for all of them
(fewer rows than the timing run, as tracemalloc slows Python several times). Flat means the
peak does not grow with the number of rows; the test asserts the larger run's peak is below
twice the smaller one's.

Measured 2026-12-01 on the shared 2-core build machine (load ≈ 10), full size:

    attendance, 2000 participants × 261 days = 522000 rows
      floor (bare openpyxl write-only):   101.3 s [ 554.6]  (5,153 rows/s)
      bare xlsxwriter constant_memory:     45.0 s [ 276.4]  ratio 0.44
      write_workbook, same rows:           67.6 s [ 320.6]  ratio 0.67
      attendance_rows + write_workbook:    79.3 s [ 262.5]  ratio 0.78
    tracemalloc peak of write_workbook: 5,220 rows 0.5 MB, 52,200 rows 0.5 MB
"""

from __future__ import annotations

import os
import random
import time
import tracemalloc
from collections.abc import Callable, Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
import xlsxwriter
from openpyxl import Workbook

from introdesk.domain.attendance import AttendanceEntry
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.records import ParticipantRecord
from introdesk.reporting.xlsx.reports import ATTENDANCE, WEEKDAY_NB, attendance_rows, hours
from introdesk.reporting.xlsx.writer import ReportParameters, write_workbook
from introdesk.rules.absence_codes import load_absence_codes

PARTICIPANTS = int(os.environ.get("INTRODESK_BENCH_PARTICIPANTS", "2000"))
MEMORY_PARTICIPANTS = min(PARTICIPANTS, 200)
YEAR = 2026
CODES = ["invalid", "self_certified_illness", "sick_child", "holiday"]
PARAMETERS = ReportParameters("Oppmøte per dag", datetime(2026, 12, 31, 12, 0), "benchmark")


def weekdays() -> list[date]:
    day, days = date(YEAR, 1, 1), []
    while day.year == YEAR:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def people(count: int) -> dict[int, ParticipantRecord]:
    return {
        pid: ParticipantRecord(
            pid,
            f"Given{pid}",
            f"Family{pid:05d}",
            "",
            None,
            None,
            None,
            ParticipantStatus.IN_PROGRAMME,
            None,
            "",
            False,
        )
        for pid in range(1, count + 1)
    }


def report_shaped_rows(count: int, seed: int = 9) -> Iterator[tuple[object, ...]]:
    """Rows exactly as ``attendance_rows`` yields them, made cheaply and lazily."""
    rng = random.Random(seed)
    days = weekdays()
    planned = hours(450)
    for pid in range(1, count + 1):
        name = f"Family{pid:05d}, Given{pid}"
        for day in days:
            absent = rng.random() < 0.05
            invalid = hours(180) if absent else Decimal("0.00")
            yield (
                pid,
                name,
                day,
                WEEKDAY_NB[day.weekday()],
                planned,
                planned - invalid,
                Decimal("0.00"),
                invalid,
                Decimal("0.00"),
                "invalid" if absent else "",
            )


def entries(count: int, seed: int = 9) -> list[AttendanceEntry]:
    rng = random.Random(seed)
    result = []
    for pid in range(1, count + 1):
        for day in weekdays():
            for element, planned in (("NOR", 270), ("PRAKSIS", 180)):
                if rng.random() < 0.03:
                    code = rng.choice(CODES)
                    result.append(AttendanceEntry(pid, day, element, planned, 0, code, planned))
                else:
                    result.append(AttendanceEntry(pid, day, element, planned, planned))
    return result


def bare_openpyxl(path: Path, count: int) -> None:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Oppmøte")
    sheet.append(list(ATTENDANCE.headings))
    for row in report_shaped_rows(count):
        sheet.append(row)
    book.save(path)


def bare_xlsxwriter(path: Path, count: int) -> None:
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Oppmøte")
    sheet.write_row(0, 0, ATTENDANCE.headings)
    for number, row in enumerate(report_shaped_rows(count), start=1):
        sheet.write_row(number, 0, row)
    book.close()


WALL: dict[str, float] = {}


def timed(name: str, action: Callable[[], object]) -> float:
    cpu, wall = time.process_time(), time.perf_counter()
    action()
    WALL[name] = time.perf_counter() - wall
    return time.process_time() - cpu


def test_attendance_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = PARTICIPANTS * len(weekdays())
    floor = timed("floor", lambda: bare_openpyxl(tmp_path / "floor.xlsx", PARTICIPANTS))
    bare = timed("bare", lambda: bare_xlsxwriter(tmp_path / "bare.xlsx", PARTICIPANTS))
    writer = timed(
        "writer",
        lambda: write_workbook(
            ATTENDANCE, report_shaped_rows(PARTICIPANTS), tmp_path / "writer.xlsx", PARAMETERS
        ),
    )
    data = entries(PARTICIPANTS)
    names, codes = people(PARTICIPANTS), load_absence_codes()
    report = timed(
        "report",
        lambda: write_workbook(
            ATTENDANCE, attendance_rows(data, names, codes), tmp_path / "report.xlsx", PARAMETERS
        ),
    )
    with capsys.disabled():
        print(
            f"\nattendance, {PARTICIPANTS} participants × {len(weekdays())} days = {rows} rows"
            f"\n  CPU seconds (wall-clock in brackets); ratio = time / floor"
            f"\n  floor (bare openpyxl write-only): {floor:7.1f} s [{WALL['floor']:6.1f}]"
            f"  ({rows / floor:,.0f} rows/s)"
            f"\n  bare xlsxwriter constant_memory:  {bare:7.1f} s [{WALL['bare']:6.1f}]"
            f"  ratio {bare / floor:.2f}"
            f"\n  write_workbook, same rows:        {writer:7.1f} s [{WALL['writer']:6.1f}]"
            f"  ratio {writer / floor:.2f}"
            f"\n  attendance_rows + write_workbook: {report:7.1f} s [{WALL['report']:6.1f}]"
            f"  ratio {report / floor:.2f}"
            f"\n  file sizes: floor {(tmp_path / 'floor.xlsx').stat().st_size / 1e6:.1f} MB, "
            f"report {(tmp_path / 'report.xlsx').stat().st_size / 1e6:.1f} MB"
        )


def test_memory_stays_flat(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    peaks = {}
    for count in (MEMORY_PARTICIPANTS // 10, MEMORY_PARTICIPANTS):
        tracemalloc.start()
        write_workbook(
            ATTENDANCE, report_shaped_rows(count), tmp_path / f"m{count}.xlsx", PARAMETERS
        )
        peaks[count] = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    small, large = (peaks[c] for c in sorted(peaks))
    with capsys.disabled():
        print(
            "\ntracemalloc peak of write_workbook: "
            + ", ".join(
                f"{c * len(weekdays()):,} rows {p / 1e6:.1f} MB" for c, p in sorted(peaks.items())
            )
        )
    assert large < 2 * small
