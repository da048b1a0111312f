"""Synthetic example data for the Excel reports: previews and manual checks. No real person."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from pathlib import Path

from introdesk.domain.attendance import AttendanceEntry
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.records import ParticipantRecord
from introdesk.reporting.xlsx.reports import ATTENDANCE, attendance_rows
from introdesk.reporting.xlsx.texts import NORWEGIAN
from introdesk.reporting.xlsx.writer import ReportParameters, write_workbook
from introdesk.rules.absence_codes import load_absence_codes

SAMPLE_NAMES = [
    ("Amira", "Haddad"),
    ("Yonas", "Tesfamariam"),
    ("Hodan", "Warsame"),
    ("Zahra", "Ahmadi"),
    ("Olena", "Kovalenko"),
    ("Åse", "Ødegård"),
]


def sample_participants() -> dict[int, ParticipantRecord]:
    return {
        index: ParticipantRecord(
            id=index,
            given_name=given,
            family_name=family,
            preferred_name="",
            birth_date=None,
            national_id=None,
            sex=None,
            status=ParticipantStatus.IN_PROGRAMME,
            adviser_id=None,
            adviser_name="Kari Nordmann",
            archived=False,
        )
        for index, (given, family) in enumerate(SAMPLE_NAMES, start=101)
    }


def sample_attendance(month: date = date(2026, 3, 1), seed: int = 7) -> list[AttendanceEntry]:
    """Norwegian (4 counted hours) and work practice (3 hours) every weekday of ``month``."""
    rng = random.Random(seed)
    entries = []
    day = month
    while day.month == month.month:
        if day.weekday() < 5:
            for pid in sample_participants():
                for element, planned in (("NOR", 240), ("PRAKSIS", 180)):
                    roll = rng.random()
                    if roll < 0.04:
                        entries.append(
                            AttendanceEntry(pid, day, element, planned, 0, "invalid", planned)
                        )
                    elif roll < 0.08:
                        code = "self_certified_illness"
                        entries.append(
                            AttendanceEntry(pid, day, element, planned, 0, code, planned)
                        )
                    elif roll < 0.10:
                        entries.append(AttendanceEntry(pid, day, element, planned, planned - 60))
                    else:
                        entries.append(AttendanceEntry(pid, day, element, planned, planned))
        day += timedelta(days=1)
    return entries


def write_sample_workbooks(folder: Path) -> list[Path]:
    """The attendance report for March 2026 from ``sample_attendance``: a preview to look at.

    ``uv run python -m introdesk.reporting.xlsx.samples FOLDER`` writes it; LibreOffice turns it
    into a PDF/PNG (docs/images/report-attendance.png was made that way).
    """
    codes = load_absence_codes()
    parameters = ReportParameters(
        "Oppmøte per dag",
        datetime(2026, 4, 2, 9, 30),  # noqa: DTZ001 - a fixed local time for the sample
        "kari.nordmann",
        (("Kommune", "Eksempel kommune"), ("Periode", "2026-03")),
    )
    path = folder / "oppmote-2026-03.xlsx"
    rows = attendance_rows(sample_attendance(), sample_participants(), codes)
    write_workbook(NORWEGIAN.sheet(ATTENDANCE), rows, path, parameters)
    return [path]


if __name__ == "__main__":
    import sys

    for written in write_sample_workbooks(Path(sys.argv[1] if len(sys.argv) > 1 else ".")):
        print(written)
