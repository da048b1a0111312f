"""The tests page as an adviser uses it: record a result with the form and see the chart and the
overview change; filter to who is below goal with the deadline near; export what is shown."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy import update

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import ExemptionKind, SocialStudiesVersion
from introdesk.domain.records import NewParticipant
from introdesk.domain.test_progress import TestKind
from introdesk.persistence.models import ParticipantRow
from introdesk.services.container import Services
from introdesk.ui.main_window import MainWindow
from introdesk.ui.models.record_table import RECORD_ROLE
from introdesk.ui.pages.tests import TestsPage, describe
from introdesk.ui.tasks import runner

TODAY = date(2026, 11, 20)
pytestmark = pytest.mark.today(TODAY)


def _add(services: Services, given: str, family: str, permit: date) -> int:
    pid = services.participants.create(NewParticipant(given, family)).id
    with services.database.unit_of_work() as uow:
        uow.session.execute(
            update(ParticipantRow)
            .where(ParticipantRow.id == pid)
            .values(permit_type="refugee", permit_date=permit, education_level="primary")
        )
        uow.commit()
    return pid


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> TestsPage:
    # Deadlines (3 years from the permit): 15.03.2027 and 01.09.2029.
    _add(services, "Amira", "Haddad", date(2024, 3, 15))
    _add(services, "Yonas", "Tesfay", date(2026, 9, 1))
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    window.show_page("tests")
    qtbot.waitUntil(lambda: not runner().busy)  # the overview fills in from a worker thread
    tests_page = window.pages["tests"]
    assert isinstance(tests_page, TestsPage)
    return tests_page


def _row_of(page: TestsPage, family: str) -> int:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, 0).data().startswith(family):
            return row
    raise AssertionError(f"{family} not shown")


def _oral_cell(page: TestsPage, family: str) -> str:
    column = [c.key for c in page.model.columns].index("oral")
    return str(page.proxy.index(_row_of(page, family), column).data())


def test_recording_a_result_changes_the_chart_and_the_overview(
    qtbot: QtBot, page: TestsPage
) -> None:
    page.table.selectRow(_row_of(page, "Haddad"))
    assert page.chart.series() == {}
    assert page.chart.goal()[SubSkill.ORAL] is CefrLevel.B1  # completed primary (§4.2)
    assert _oral_cell(page, "Haddad") == "– / B1 ✗"

    form = page.form
    form.test.setCurrentIndex(form.test.findData(TestKind.NORSKPROVEN))
    form.date.setDate(QDate(2026, 6, 10))
    form.skill.setCurrentIndex(form.skill.findData(SubSkill.ORAL))
    form.level.setCurrentIndex(form.level.findData(CefrLevel.B1))
    qtbot.mouseClick(form.save, Qt.MouseButton.LeftButton)

    assert page.chart.series() == {SubSkill.ORAL: [(date(2026, 6, 10), CefrLevel.B1)]}
    assert _oral_cell(page, "Haddad") == "B1 / B1 ✓"
    assert page.results.count() == 1
    # The same participant stays selected after the refresh.
    current = page.current_progress()
    assert current is not None
    assert current.name == "Haddad, Amira"


def test_social_studies_form_fields_and_readiness(qtbot: QtBot, page: TestsPage) -> None:
    page.table.selectRow(_row_of(page, "Haddad"))
    form = page.form
    form.test.setCurrentIndex(form.test.findData(TestKind.SOCIAL_STUDIES))
    assert form.skill.isHidden()
    assert not form.score.isHidden()
    form.date.setDate(QDate(2026, 5, 2))
    form.score.setValue(27)
    form.language.setText("ti")
    assert page.record()
    current = page.current_progress()
    assert current is not None
    assert current.social_studies_passed


def test_below_goal_with_deadline_near_filter_and_excel_export(
    page: TestsPage, tmp_path: Path
) -> None:
    assert page.proxy.rowCount() == 2
    page.near_months.setValue(3)
    page.near_only.setChecked(True)
    assert page.proxy.rowCount() == 0  # Haddad's deadline is 115 days away, Tesfay's in 2029
    page.near_months.setValue(6)
    shown = [page.proxy.index(r, 0).data(RECORD_ROLE).name for r in range(page.proxy.rowCount())]
    assert shown == ["Haddad, Amira"]
    out = tmp_path / "prøver.xlsx"
    assert page.export_xlsx(out) == 1
    book = openpyxl.load_workbook(out, read_only=True)
    sheet = book.worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert len(rows) == 2
    assert rows[1][0] == "Haddad, Amira"
    headings = list(rows[0])
    deadline = rows[1][headings.index("Training deadline")]
    assert isinstance(deadline, datetime)  # a date cell, not text
    assert deadline.date() == date(2027, 3, 15)
    assert rows[1][headings.index("Days left")] == 115
    parameters = {row[0]: row[1] for row in book["Parameters"].iter_rows(values_only=True)}
    assert parameters["Only below goal with deadline within"] == "6 months"
    book.close()


def test_overview_search_and_model_checks(
    qtbot: QtBot, qtmodeltester: ModelTester, page: TestsPage
) -> None:
    qtbot.keyClicks(page.search, "tesf")
    assert page.proxy.rowCount() == 1
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_history_names_exemptions_and_versions_instead_of_codes(services: Services) -> None:
    """The history reads "Exemption (Social-studies test)", never ``social_studies_test``."""
    pid = services.participants.create(NewParticipant("Hodan", "Warsame")).id
    exemption = services.language_tests.record_exemption(
        pid,
        kind=ExemptionKind.SOCIAL_STUDIES_TEST,
        legal_basis="helse",
        decision_date=date(2026, 11, 2),
    )
    text = describe(exemption)
    assert "Social-studies test" in text
    assert "social_studies_test" not in text
    social = services.language_tests.record_social_studies(
        pid,
        test_date=date(2026, 10, 5),
        score=28,
        version=SocialStudiesVersion.HOURS_75,
        language="nb",
    )
    assert "75 hours" in describe(social)
    assert "75h" not in describe(social)


def test_export_button_suggests_a_dated_workbook_and_writes_it(
    page: TestsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    suggested: list[str] = []
    target = tmp_path / "oversikt"  # typed without the extension

    def save_name(*args: object) -> tuple[str, str]:
        suggested.append(Path(str(args[2])).name)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page.export_button.click()
    assert suggested == ["tests-2026-11-20.xlsx"]  # "prøver-…" in Norwegian
    sheet = openpyxl.load_workbook(target.with_suffix(".xlsx")).worksheets[0]
    assert sheet.max_row == 3  # the headings and both participants


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_excel_export_speaks_the_window_language(
    page: TestsPage, tmp_path: Path, language: str
) -> None:
    """Issue 17: the overview's workbook is in the interface language throughout: the page's
    headings and texts, and the writer's own words (parameters sheet, yes/no)."""
    from PySide6.QtWidgets import QApplication
    from tests.ui.test_no_codes_in_norwegian import offending

    from introdesk.ui.i18n import install_translator, uninstall_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    install_translator(app, language)
    try:
        page.refresh()
        out = tmp_path / "prøver.xlsx"
        assert page.export_xlsx(out) == 2
    finally:
        uninstall_translators()
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Prøver", {"nb": "Parametere", "nn": "Parametrar"}[language]]
    headings = next(book.worksheets[0].iter_rows(values_only=True))
    assert headings[:2] == {"nb": ("Navn", "Veileder"), "nn": ("Namn", "Rettleiar")}[language]
    texts = [
        v
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for v in row
        if isinstance(v, str)
    ]
    assert offending([*book.sheetnames, *texts], language) == []
