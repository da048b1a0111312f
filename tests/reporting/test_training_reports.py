"""The training reports' rows (issue 10 item 5) from synthetic domain values, written and read
back with openpyxl: hours per year (brief §5.1), class attendance counted as the rules say
(brief §2.1, §4.0: 45 minutes is one teaching hour and 75 programme minutes), deadlines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

from tests.reporting.test_xlsx_reports import cell_types, read_back

from introdesk.domain.codes import CefrLevel, Programme, SubSkill
from introdesk.domain.language_tests import TrainingCategory
from introdesk.domain.training import (
    LessonRecord,
    Mark,
    MembershipRecord,
    RightsStartReason,
    Subject,
    TrainingOverview,
    TrainingRecord,
    TrainingState,
    TrainingWarning,
    WeekSheet,
    YearHours,
)
from introdesk.reporting.xlsx import reports
from introdesk.reporting.xlsx.texts import ReportTexts
from introdesk.rules.training import LessonCounting, programme_hours, teaching_hours

AS_OF = date(2026, 5, 4)
RULE = LessonCounting(taught_minutes=45, counted_minutes=75, unconfirmed=False)


def lesson_hours(minutes: int) -> tuple[Decimal, Decimal]:
    """What the reports service hands the renderer: the lesson-counting rule's hours."""
    return teaching_hours(minutes, RULE), programme_hours(minutes, RULE)


def record(pid: int, name: str, start: date, **changes: object) -> TrainingRecord:
    base = TrainingRecord(
        id=pid,
        participant_id=pid,
        participant_name=name,
        programme=Programme.TRAINING,
        start=start,
        rights_start=start,
        rights_start_reason=RightsStartReason.GRANT,
        education_background="upper_secondary",
        goal=((SubSkill.ORAL, CefrLevel.B1),),
        social_studies_language="ar",
        state=TrainingState.ACTIVE,
        end_date=None,
        end_reason="",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def overview(rec: TrainingRecord, deadline: date | None, **changes: object) -> TrainingOverview:
    base = TrainingOverview(
        record=rec,
        category=TrainingCategory.RIGHT_AND_DUTY,
        category_reasons=(),
        fee_paying=False,
        deadline=deadline,
        deadline_basis="",
        minutes_norwegian=90,
        minutes_social_studies=45,
        hours_norwegian=Decimal("2.00"),
        hours_social_studies=Decimal("1.00"),
        programme_hours=Decimal("3.75"),
        social_studies_hours_required=75,
        goal_met=False,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


AMIRA = overview(record(1, "Haddad, Amira", date(2025, 8, 18)), date(2027, 2, 18))
OMAR = overview(
    record(2, "Østby, Omar", date(2024, 1, 8)),
    date(2026, 4, 30),
    warnings=(TrainingWarning("a", "Frist nær"), TrainingWarning("b", "For få timer")),
)
ENDED = overview(
    record(
        3, "Aas, Eva", date(2024, 1, 8), state=TrainingState.COMPLETED, end_date=date(2025, 6, 1)
    ),
    date(2025, 7, 8),
    goal_met=True,
)
UNKNOWN = overview(record(4, "Berg, Ali", date(2026, 3, 2)), None, category=None)


def test_training_hours_rows_per_year_with_types(tmp_path: Path) -> None:
    counted = [
        YearHours(1, "Haddad, Amira", 2026, Decimal("12.00"), Decimal("3.33")),
        YearHours(1, "Haddad, Amira", 2025, Decimal("40.00"), Decimal("0.00")),
        YearHours(3, "Aas, Eva", 2026, Decimal("1.00"), Decimal("0.00")),  # hours after end
    ]
    rows = read_back(
        tmp_path,
        reports.TRAINING_HOURS,
        reports.training_hours_rows([AMIRA, OMAR, ENDED, UNKNOWN], counted, year=2026),
    )
    # Eva ended in 2025 but has hours in 2026; everyone in training in 2026 is listed, with 0.
    assert [r["Navn"] for r in rows] == ["Aas, Eva", "Berg, Ali", "Haddad, Amira", "Østby, Omar"]
    amira = rows[2]
    assert amira["Gjennomførte timer norsk"] == 12
    assert amira["Gjennomførte timer samfunnskunnskap"] == 3.33
    assert amira["År"] == 2026
    assert amira["Oppstart"].date() == date(2025, 8, 18)
    assert amira["Frist"].date() == date(2027, 2, 18)
    assert amira["Kategori"] == "Rett og plikt"
    assert amira["Program"] == "Opplæring i norsk og samfunnskunnskap"
    assert amira["Norskmål"] == "muntlig B1"
    assert amira["Norskmål nådd"] == "Nei"
    assert amira["Timemål samfunnskunnskap"] == 75
    assert rows[1]["Kategori"] == "Ukjent (mangler opplysninger)"
    assert rows[1]["Frist"] is None
    assert rows[3]["Gjennomførte timer norsk"] == 0
    assert cell_types(tmp_path, reports.TRAINING_HOURS)[8:11] == ["s", "n", "n"]


def test_training_hours_leaves_out_people_not_in_training_that_year() -> None:
    rows = list(reports.training_hours_rows([AMIRA, ENDED, UNKNOWN], [], year=2024))
    assert [r[1] for r in rows] == ["Aas, Eva"]


def member(pid: int, name: str, start: date, end: date | None = None) -> MembershipRecord:
    return MembershipRecord(pid, "N1", pid, name, start, end)


def test_class_attendance_rows_count_hours(tmp_path: Path) -> None:
    monday = date(2026, 3, 2)
    week = WeekSheet(
        "N1",
        "Norsk 1",
        "Kari",
        monday,
        (
            member(1, "Haddad, Amira", date(2026, 1, 5)),
            member(2, "Østby, Omar", date(2026, 3, 4)),  # joins on Wednesday
        ),
        (
            LessonRecord(
                10, monday, time(9, 0), 45, Subject.NORWEGIAN, (Mark(1, True, 45),)
            ),  # Omar not yet a member
            LessonRecord(None, monday, time(10, 0), 45, Subject.SOCIAL_STUDIES),  # only planned
            LessonRecord(
                11,
                date(2026, 3, 4),
                time(9, 0),
                90,
                Subject.SOCIAL_STUDIES,
                (Mark(1, True, 60), Mark(2, False, 0)),
            ),
            LessonRecord(12, date(2026, 3, 6), time(9, 0), 45, Subject.NORWEGIAN, ()),
            LessonRecord(13, date(2026, 3, 9), time(9, 0), 45, Subject.NORWEGIAN),  # after end
        ),
    )
    rows = read_back(
        tmp_path,
        reports.CLASS_ATTENDANCE,
        reports.class_attendance_rows(
            [week], start=date(2026, 3, 1), end=date(2026, 3, 8), hours=lesson_hours
        ),
    )
    assert [(r["Dato"].date().day, r["Navn"], r["Til stede"]) for r in rows] == [
        (2, "Haddad, Amira", "Ja"),
        (4, "Haddad, Amira", "Ja"),
        (4, "Østby, Omar", "Nei"),
        (6, "Haddad, Amira", None),  # no mark: left empty, not guessed
        (6, "Østby, Omar", None),
    ]
    first, second, absent = rows[0], rows[1], rows[2]
    assert (first["Fag"], first["Ukedag"], first["Starter kl."]) == ("Norsk", "Mandag", "09:00")
    assert first["Minutter"] == 45
    assert first["Undervisningstimer (45 min)"] == 1
    assert first["Programtimer"] == 1.25  # 45 minutes count as 75 (brief §2.1)
    assert second["Minutter til stede"] == 60
    assert second["Undervisningstimer (45 min)"] == 1.33
    assert absent["Minutter til stede"] == 0
    assert absent["Undervisningstimer (45 min)"] == 0
    assert cell_types(tmp_path, reports.CLASS_ATTENDANCE)[6:13] == [
        "n",
        "n",
        "s",
        "s",
        "n",
        "n",
        "n",
    ]


def test_training_deadline_rows(tmp_path: Path) -> None:
    rows = read_back(
        tmp_path,
        reports.TRAINING_DEADLINES,
        reports.training_deadline_rows([AMIRA, OMAR, ENDED, UNKNOWN], as_of=AS_OF),
    )
    # Ended training left out; nearest deadline first, none last.
    assert [r["Navn"] for r in rows] == ["Østby, Omar", "Haddad, Amira", "Berg, Ali"]
    omar, amira, ali = rows
    assert omar["Dager igjen"] == -4
    assert omar["Overskredet"] == "Ja"
    assert omar["Varsler"] == "Frist nær; For få timer"
    assert amira["Dager igjen"] == (date(2027, 2, 18) - AS_OF).days
    assert amira["Overskredet"] == "Nei"
    assert amira["Gjennomførte timer norsk"] == 2
    assert (ali["Frist"], ali["Dager igjen"], ali["Overskredet"]) == (None, None, None)
    assert cell_types(tmp_path, reports.TRAINING_DEADLINES)[4:8] == ["d", "d", "n", "s"]


def test_training_warnings_in_english_are_the_rules_english_text() -> None:
    """In an English workbook a warning is the rule's English message where it has one, else
    the window's short name of the warning."""
    near = "training.deadline_near_goal_not_met"
    written = TrainingWarning(near, "Fristen går ut", "Fristen går ut", "The deadline runs out")
    unwritten = TrainingWarning("training.social_studies_hours_short", "For få timer")
    person = replace(OMAR, warnings=(written, unwritten))
    (row,) = reports.training_deadline_rows([person], as_of=AS_OF, texts=ReportTexts("en"))
    warnings = row[-1]
    assert isinstance(warnings, str)
    assert warnings.startswith("The deadline runs out; ")
    assert "For få timer" not in warnings
