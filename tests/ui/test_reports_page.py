"""The Reports page: export through the page in a worker thread, cancel, unavailable reports."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot

from introdesk.domain.records import NewParticipant
from introdesk.domain.reports import PeriodKind
from introdesk.reporting.xlsx.writer import Column, ColumnKind, SheetSpec
from introdesk.services.container import Services, open_services
from introdesk.services.reports import PreparedReport, ReportService, ReportSources
from introdesk.ui.i18n import install_translator, uninstall_translators
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.reports import ReportsPage, file_stem
from introdesk.ui.tasks import runner

pytestmark = pytest.mark.database


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> ReportsPage:
    adviser = services.settings.add_adviser("kari", "Kari Nordmann")
    for given, family in [("Amira", "Haddad"), ("Yonas", "Tesfay")]:
        services.participants.create(NewParticipant(given, family, adviser_id=adviser.id))
    window = MainWindow(services, open_database=lambda spec: open_services(spec, actor="t"))
    qtbot.addWidget(window)
    window.show()
    window.show_page("reports")
    qtbot.waitUntil(lambda: not runner().busy)
    reports_page = window.pages["reports"]
    assert isinstance(reports_page, ReportsPage)
    return reports_page


def test_export_caseload_through_the_page(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "saksmengde.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda suggestion: target)
    opened: list[object] = []
    monkeypatch.setattr(
        "introdesk.ui.pages.reports.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    page.select("caseload")
    assert page.save_button.isEnabled()
    assert not page.period_kind.isEnabled()  # caseload takes no period
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["saved"]
    # The window runs in English here (no translator): the workbook speaks its language.
    rows = list(openpyxl.load_workbook(target)["Caseload"].iter_rows(values_only=True))
    assert rows[1][:2] == ("Kari Nordmann", 2)
    assert str(target) in page.result_label.text()
    assert page.open_folder_button.isEnabled()
    qtbot.mouseClick(page.open_folder_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1
    assert opened[0].toLocalFile() == str(tmp_path)  # type: ignore[attr-defined]


def test_deadlines_with_a_year_period_saved_by_keyboard(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "frister.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda suggestion: target)
    page.select("deadlines")
    page.set_period_kind(PeriodKind.YEAR)
    page.year.setValue(2026)
    page.report_list.setFocus()
    with qtbot.waitSignal(page.export_finished, timeout=30_000):
        qtbot.keyClick(page.report_list, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    parameters = dict(openpyxl.load_workbook(target)["Parameters"].iter_rows(values_only=True))
    assert parameters["Period"] == "2026"


def test_unavailable_report_says_what_it_needs(qtbot: QtBot, services: Services) -> None:
    unwired = ReportsPage(ReportService(services.context, ReportSources()))
    qtbot.addWidget(unwired)
    unwired.show()
    unwired.refresh()
    unwired.select("payroll")
    assert not unwired.save_button.isEnabled()
    assert "benefit calculation" in unwired.availability.text()
    assert unwired.period_kind.currentData() == "month"


def test_cancel_while_writing_leaves_no_file(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path
) -> None:
    """The rows wait until Cancel has been pressed, so the cancel is seen mid-export."""
    pressed = threading.Event()

    def rows() -> Iterator[tuple[object, ...]]:
        for index in range(5000):
            if index == 500:
                assert pressed.wait(timeout=30)
            yield (f"P{index}", index)

    page.select("caseload")
    spec = SheetSpec("Data", (Column("Navn"), Column("Nr", ColumnKind.INTEGER)))
    prepared = page._service.prepare("caseload")
    prepared = PreparedReport(prepared.info, spec, rows(), prepared.parameters)
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "cancelled.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as finished:
        page.start_export(prepared, target)
        assert page.progress is not None
        assert page.progress.isVisible()
        cancel_button = page.progress.findChild(QPushButton)
        assert cancel_button is not None
        qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
        pressed.set()
    assert finished.args == ["cancelled"]
    assert not target.exists()
    assert list(folder.iterdir()) == []  # no temporary file left either
    assert page.result_label.text() == "Cancelled: no file was written."
    assert page.save_button.isEnabled()


def test_training_reports_are_listed_and_export_by_year(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = [
        page.report_list.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(page.report_list.count())
    ]
    assert {"training_hours", "class_attendance", "training_deadlines"} <= set(names)
    page.select("training_hours")
    assert page.description.text().startswith("Per participant and year")
    assert page.save_button.isEnabled()
    assert page.period_kind.currentData() == "year"
    page.year.setValue(2026)
    target = tmp_path / "timer.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda suggestion: target)
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as finished:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert finished.args == ["saved"]
    sheet = openpyxl.load_workbook(target)["Training hours"]
    assert next(sheet.iter_rows(values_only=True))[9] == "Hours completed in Norwegian"


@pytest.mark.parametrize(
    ("language", "sheet_name", "parameters_sheet", "heading"),
    [
        ("nb", "Saksmengde", "Parametere", "Veileder"),
        ("nn", "Saksmengd", "Parametrar", "Rettleiar"),
    ],
)
def test_the_workbook_is_in_the_window_language(
    qtbot: QtBot,
    page: ReportsPage,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    sheet_name: str,
    parameters_sheet: str,
    heading: str,
) -> None:
    """Issue 17: the window in Nynorsk writes a Nynorsk workbook (the service gets the
    interface language), not the Bokmål one it wrote before."""
    target = tmp_path / "rapport.xlsx"
    monkeypatch.setattr(page, "ask_save_path", lambda suggestion: target)
    page.select("caseload")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        with qtbot.waitSignal(page.export_finished, timeout=30_000) as finished:
            qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    finally:
        uninstall_translators()
    assert finished.args == ["saved"]
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == [sheet_name, parameters_sheet]
    assert next(book[sheet_name].iter_rows(values_only=True))[0] == heading


def test_period_defaults_to_the_last_complete_month_and_names_the_file_in_the_interface_language(
    page: ReportsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Today is pinned to 1 December 2026: November is the last complete month."""
    assert page.month.date().toPython() == date(2026, 11, 1)
    assert page.start.date().toPython() == date(2026, 11, 1)
    assert page.end.date().toPython() == date(2026, 11, 30)
    suggested: list[str] = []
    monkeypatch.setattr(page, "ask_save_path", lambda s: suggested.append(s))
    page.select("attendance")
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, "nb")
    try:
        page.save_as()
    finally:
        uninstall_translators()
    name = Path(suggested[0]).name
    assert name.endswith("-2026-11.xlsx"), name
    assert not name.startswith("attendance"), name  # the title in Norwegian
    assert file_stem("Oppmøte per dag") == "oppmøte-per-dag"
