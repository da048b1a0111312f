"""Reports from the database: deadlines and caseload on real participant rows; the reports whose
data source is not wired refuse plainly; the period options are checked per report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import openpyxl
import pytest

from introdesk.domain.attendance import AttendanceEntry
from introdesk.domain.codes import CefrLevel, ParticipantStatus, SubSkill
from introdesk.domain.errors import UserInputError
from introdesk.domain.records import NewParticipant
from introdesk.domain.reports import Period, PeriodKind
from introdesk.persistence.models import ParticipantRow
from introdesk.services.container import Services
from introdesk.services.reports import REPORT_NAMES, ReportService, ReportSources, choose_period

pytestmark = [pytest.mark.database, pytest.mark.today(date(2026, 5, 4))]


def settle(services: Services, participant_id: int, **dates: object) -> None:
    with services.database.unit_of_work() as uow:
        row = uow.session.get(ParticipantRow, participant_id)
        assert row is not None
        for name, value in dates.items():
            setattr(row, name, value)
        uow.commit()


def test_deadlines_report_from_participant_rows(services: Services, tmp_path: Path) -> None:
    services.settings.save({"municipality_name": "Testvik"})
    adviser = services.settings.add_adviser("kari", "Kari Nordmann")
    amira = services.participants.create(
        NewParticipant("Amira", "Haddad", adviser_id=adviser.id, status=ParticipantStatus.REFERRED)
    )
    services.participants.create(NewParticipant("Yonas", "Tesfay"))  # no dates: no deadlines
    settle(services, amira.id, settlement_date=date(2026, 1, 10), mapping_date=date(2026, 2, 1))
    result = services.reports.export("deadlines", tmp_path / "frister.xlsx")
    assert result.rows == 3  # decision, start, 2-year window (mapping is done)
    book = openpyxl.load_workbook(result.path)
    rows = list(book["Frister"].iter_rows(min_row=2, values_only=True))
    assert {r[4] for r in rows} == {"Vedtak", "Programstart", "Toårsgrensen"}
    assert all(r[1] == "Haddad, Amira" and r[2] == "Kari Nordmann" for r in rows)
    decision = next(r for r in rows if r[4] == "Vedtak")
    assert decision[7] == -24
    assert decision[8] == "Ja"
    parameters = dict(book["Parametere"].iter_rows(min_row=2, values_only=True))
    assert parameters["Kommune"] == "Testvik"
    assert parameters["Laget av"] == "test.adviser"
    assert parameters["Antall rader"] == 3


def test_caseload_report_counts_per_adviser(services: Services, tmp_path: Path) -> None:
    kari = services.settings.add_adviser("kari", "Kari Nordmann")
    for name in ("Amira", "Layla"):
        services.participants.create(NewParticipant(name, "Haddad", adviser_id=kari.id))
    archived = services.participants.create(NewParticipant("Omar", "Saleh", adviser_id=kari.id))
    services.participants.archive(archived.id)
    result = services.reports.export("caseload", tmp_path / "saker.xlsx")
    rows = list(openpyxl.load_workbook(result.path)["Saksmengde"].iter_rows(values_only=True))
    heading, kari_row = rows[0], rows[1]
    assert len(rows) == 2
    assert dict(zip(heading, kari_row, strict=True))["Deltakere"] == 2
    assert dict(zip(heading, kari_row, strict=True))["Henvist"] == 2


@pytest.mark.parametrize(
    "name",
    [
        "attendance",
        "payroll",
        "outcomes",
        "supervision",
        "training_hours",
        "class_attendance",
        "training_deadlines",
    ],
)
def test_unwired_reports_say_what_they_need_and_write_nothing(
    services: Services, tmp_path: Path, name: str
) -> None:
    unwired = ReportService(services.context, ReportSources())
    period = Period(PeriodKind.MONTH, date(2026, 4, 1), date(2026, 4, 30))
    with pytest.raises(UserInputError, match="not available yet: needs"):
        unwired.export(name, tmp_path / "x.xlsx", period)
    assert not (tmp_path / "x.xlsx").exists()
    assert not unwired.info(name).available


def test_a_wired_source_makes_the_report_available(services: Services, tmp_path: Path) -> None:
    amira = services.participants.create(NewParticipant("Amira", "Haddad"))

    class Attendance:
        def attendance_entries(self, period: Period) -> list[AttendanceEntry]:
            return [AttendanceEntry(amira.id, period.start, "NOR", 180, 120, "invalid", 60)]

    reports = ReportService(services.context, ReportSources(attendance=Attendance()))
    assert reports.info("attendance").available
    period = choose_period(reports.info("attendance"), month="2026-04")
    result = reports.export("attendance", tmp_path / "oppmote.xlsx", period)
    row = next(
        openpyxl.load_workbook(result.path)["Oppmøte"].iter_rows(min_row=2, values_only=True)
    )
    assert row[1] == "Haddad, Amira"
    assert row[4:8] == (3, 2, 0, 1)


def test_every_report_is_listed(services: Services) -> None:
    assert [r.name for r in services.reports.list()] == list(REPORT_NAMES)
    assert set(REPORT_NAMES) == {
        "attendance",
        "payroll",
        "tests",
        "deadlines",
        "caseload",
        "outcomes",
        "training_hours",
        "class_attendance",
        "training_deadlines",
        "supervision",
    }
    available = {r.name for r in services.reports.list() if r.available}
    assert available == set(REPORT_NAMES)  # every report has its data source wired


@pytest.mark.parametrize(
    ("name", "options", "message"),
    [
        ("caseload", {"month": "2026-04"}, "takes no period"),
        ("payroll", {}, "needs --month"),
        ("payroll", {"year": "2026"}, "takes --month, not --year"),
        ("deadlines", {"month": "2026-13"}, "not a month"),
        ("deadlines", {"start": "2026-01-01"}, "together"),
        ("deadlines", {"start": "31.12.2026", "end": "01.01.2026"}, "before"),
        ("deadlines", {"month": "2026-01", "year": "2026"}, "only one"),
        ("deadlines", {"start": "2026-02-30", "end": "2026-03-01"}, "impossible date"),
    ],
)
def test_period_options_are_checked(
    services: Services, name: str, options: dict[str, str], message: str
) -> None:
    with pytest.raises(UserInputError, match=message):
        choose_period(services.reports.info(name), **options)


def test_periods() -> None:
    from introdesk.services.reports import month_period, range_period, year_period

    assert month_period("2024-02") == Period(PeriodKind.MONTH, date(2024, 2, 1), date(2024, 2, 29))
    assert year_period("2026").end == date(2026, 12, 31)
    assert range_period("01.03.2026", "2026-03-31").label == "01.03.2026–31.03.2026"


def test_caseload_category_from_recorded_permit(services: Services, tmp_path: Path) -> None:
    kari = services.settings.add_adviser("kari", "Kari Nordmann")
    refugee = services.participants.create(
        NewParticipant("Amira", "Haddad", birth_date=date(1990, 5, 17), adviser_id=kari.id)
    )
    unknown_code = services.participants.create(
        NewParticipant("Yonas", "Tesfay", birth_date=date(1988, 1, 2), adviser_id=kari.id)
    )
    settle(
        services,
        refugee.id,
        permit_type="refugee",
        permit_date=date(2025, 10, 1),
        settlement_date=date(2025, 12, 1),
        settled_by_agreement=True,
    )
    settle(services, unknown_code.id, permit_type="not-a-code", permit_date=date(2025, 10, 1))
    result = services.reports.export("caseload", tmp_path / "saker.xlsx")
    heading, row = list(
        openpyxl.load_workbook(result.path)["Saksmengde"].iter_rows(values_only=True)
    )
    counts = dict(zip(heading, row, strict=True))
    assert counts["Rett og plikt"] == 1
    assert counts["Ukjent (mangler opplysninger)"] == 1
    assert counts["Med overskredet frist"] == 1  # settled 01.12.2025: due 01.03.2026


def test_tests_report_from_recorded_results(services: Services, tmp_path: Path) -> None:
    amira = services.participants.create(NewParticipant("Amira", "Haddad"))
    tests = services.language_tests
    tests.record_norskproven(
        amira.id, test_date=date(2025, 11, 3), skill=SubSkill.READING, level=CefrLevel.A1
    )
    tests.record_norskproven(
        amira.id, test_date=date(2026, 3, 2), skill=SubSkill.READING, level=CefrLevel.A2
    )
    tests.record_social_studies(amira.id, test_date=date(2026, 2, 10), score=30)
    period = choose_period(services.reports.info("tests"), year="2026")
    result = services.reports.export("tests", tmp_path / "prover.xlsx", period)
    sheet = openpyxl.load_workbook(result.path)["Prøver"]
    heading = [c.value for c in sheet[1]]
    rows = [
        dict(zip(heading, r, strict=True)) for r in sheet.iter_rows(min_row=2, values_only=True)
    ]
    assert [r["Prøve"] for r in rows] == ["Samfunnskunnskap (75 timer)", "Norskprøven"]
    assert rows[0]["Poeng"] == 30
    assert rows[0]["Bestått"] == "Ja"
    assert rows[1]["Nivå"] == "A2"
    assert rows[1]["Endring i nivå (trinn)"] == 1  # A1 in 2025 → A2
