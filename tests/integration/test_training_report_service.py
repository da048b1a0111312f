"""The training reports through ``services.reports`` on SQLite and PostgreSQL: a participant is
enrolled in a class, a week of lessons is registered through the classes service, and each
report's workbook is read back: types, and hours matching what was registered (brief §5.1)."""

from __future__ import annotations

from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from introdesk.domain.codes import PermitType
from introdesk.domain.errors import UserInputError
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import (
    LessonInput,
    Mark,
    NewClass,
    Subject,
    TimetableSlot,
    TrainingEnrolment,
)
from introdesk.services.container import Services
from introdesk.services.reports import choose_period

TODAY = date(2026, 11, 30)
pytestmark = [pytest.mark.database, pytest.mark.today(TODAY)]
MONDAY = date(2026, 11, 23)
TIMETABLE = (
    TimetableSlot(0, time(9, 0), 45, Subject.NORWEGIAN),
    TimetableSlot(0, time(10, 0), 45, Subject.SOCIAL_STUDIES),
    TimetableSlot(2, time(9, 0), 90, Subject.NORWEGIAN),
)


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    values = list(openpyxl.load_workbook(path)[sheet].iter_rows(values_only=True))
    return [dict(zip(values[0], row, strict=True)) for row in values[1:]]  # type: ignore[arg-type]


def test_training_reports_from_registered_lessons(services: Services, tmp_path: Path) -> None:
    amira = services.participants.create(NewParticipant("Amira", "Haddad", date(1990, 5, 17))).id
    omar = services.participants.create(NewParticipant("Omar", "Saleh", date(1988, 2, 3))).id
    services.classes.create(NewClass("N1", "Norsk 1", "Kari", "A2", "101", TIMETABLE))
    for pid in (amira, omar):
        services.training.enrol(
            TrainingEnrolment(pid, date(2024, 1, 8), education_background="upper_secondary"),
            permit=PermitType.REFUGEE,
            permit_date=date(2024, 1, 2),
            class_code="N1",
        )
    planned = services.classes.week("N1", MONDAY).lessons
    services.classes.save_week(
        "N1",
        MONDAY,
        [
            LessonInput(
                lesson.day,
                lesson.start,
                lesson.minutes,
                lesson.subject,
                (
                    Mark(amira, True, lesson.minutes if lesson.minutes == 45 else 60),
                    Mark(omar, lesson.subject is Subject.NORWEGIAN, 0),
                ),
            )
            for lesson in planned
        ],
    )
    assert all(services.reports.info(n).available for n in ("training_hours", "class_attendance"))

    # training_hours: 45 + 60 Norwegian minutes = 2.33 hours, 45 social-studies minutes = 1.
    reports = services.reports
    result = reports.export(
        "training_hours",
        tmp_path / "timer.xlsx",
        choose_period(reports.info("training_hours"), year="2026"),
    )
    rows = {r["Navn"]: r for r in _rows(result.path, "Timer opplæring")}
    assert set(rows) == {"Haddad, Amira", "Saleh, Omar"}
    hours = rows["Haddad, Amira"]
    assert hours["Gjennomførte timer norsk"] == pytest.approx(2.33)
    assert hours["Gjennomførte timer samfunnskunnskap"] == 1
    assert hours["År"] == 2026
    assert isinstance(hours["Oppstart"], datetime)
    assert hours["Oppstart"].date() == date(2024, 1, 8)
    assert hours["Kategori"] == "Rett og plikt"
    (status,) = services.training.status(amira)
    assert Decimal(str(hours["Gjennomførte timer norsk"])) == status.hours_norwegian
    # Omar was marked present with 0 minutes on Norwegian lessons and absent otherwise.
    assert rows["Saleh, Omar"]["Gjennomførte timer norsk"] == 0
    with pytest.raises(UserInputError, match="needs --year"):
        choose_period(reports.info("training_hours"))
    earlier = reports.export(
        "training_hours",
        tmp_path / "timer2023.xlsx",
        choose_period(reports.info("training_hours"), year="2023"),
    )
    assert earlier.rows == 0  # nobody in training yet

    # class_attendance: one row per lesson and member, hours adding up to the same totals.
    result = reports.export(
        "class_attendance",
        tmp_path / "klasse.xlsx",
        choose_period(reports.info("class_attendance"), month="2026-11"),
    )
    lessons = _rows(result.path, "Klasseoppmøte")
    assert len(lessons) == 6  # 3 lessons × 2 members
    assert {r["Klasse"] for r in lessons} == {"N1"}
    assert all(isinstance(r["Dato"], datetime) for r in lessons)
    mine = [r for r in lessons if r["Navn"] == "Haddad, Amira"]
    norwegian = sum(
        Decimal(str(r["Undervisningstimer (45 min)"])) for r in mine if r["Fag"] == "Norsk"
    )
    social = sum(
        Decimal(str(r["Undervisningstimer (45 min)"]))
        for r in mine
        if r["Fag"] == "Samfunnskunnskap"
    )
    assert norwegian == Decimal("2.33")  # 1.00 + 1.33
    assert social == status.hours_social_studies
    assert sum(int(str(r["Minutter til stede"])) for r in mine) == 45 + 45 + 60
    assert sorted(str(r["Til stede"]) for r in lessons if r["Navn"] == "Saleh, Omar") == [
        "Ja",
        "Ja",
        "Nei",
    ]
    october = reports.export(
        "class_attendance",
        tmp_path / "okt.xlsx",
        choose_period(reports.info("class_attendance"), start="2026-10-01", end="2026-10-31"),
    )
    assert october.rows == 0

    # training_deadlines: 18 months from the permit date with upper-secondary background.
    result = reports.export("training_deadlines", tmp_path / "frister.xlsx")
    deadlines = {r["Navn"]: r for r in _rows(result.path, "Frister opplæring")}
    row = deadlines["Haddad, Amira"]
    assert isinstance(row["Frist"], datetime)
    assert row["Frist"].date() == status.deadline
    assert status.deadline is not None
    assert row["Dager igjen"] == (status.deadline - TODAY).days
    assert row["Overskredet"] == ("Ja" if status.deadline < TODAY else "Nei")
    assert row["Norskmål nådd"] == "Nei"
    assert row["Gjennomførte timer norsk"] == pytest.approx(2.33)
    assert row["Varsler"] == "; ".join(w.message for w in status.warnings)
