"""The window as a coordinator uses it, driven by keyboard and mouse through pytest-qt."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from introdesk.domain.records import NewParticipant
from introdesk.services.container import Services, open_services
from introdesk.ui.dialogs.user_guide import UserGuideDialog
from introdesk.ui.main_window import PAGE_NAMES, MainWindow, first_start_geometry
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.tasks import runner


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> MainWindow:
    for given, family in [("Amira", "Haddad"), ("Yonas", "Tesfay"), ("Åse", "Ødegård")]:
        services.participants.create(NewParticipant(given, family))
    win = MainWindow(services, open_database=lambda spec: open_services(spec, actor="t"))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not runner().busy)  # the list fills in from a worker thread
    return win


def test_typing_in_search_filters_the_list(qtbot: QtBot, window: MainWindow) -> None:
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    assert page.proxy.rowCount() == 3
    qtbot.keyClicks(page.search, "tesf")
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data() == "Tesfay, Yonas"
    qtbot.keyClicks(page.search, "x")
    assert page.proxy.rowCount() == 0
    page.search.clear()
    assert page.proxy.rowCount() == 3


def test_sorting_by_name_uses_norwegian_letters(window: MainWindow) -> None:
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]
    assert names[0] == "Haddad, Amira"
    assert "Ødegård, Åse" in names


def test_participant_model_passes_qt_model_checks(
    qtmodeltester: ModelTester, window: MainWindow
) -> None:
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_every_page_can_be_reached_by_keyboard(qtbot: QtBot, window: MainWindow) -> None:
    for index, name in enumerate(PAGE_NAMES):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_page_name() == name


def test_status_bar_names_the_database(window: MainWindow, services: Services) -> None:
    assert services.database_display in window.database_label.text()


def test_status_bar_says_roles_are_not_enforced_on_one_pc(window: MainWindow) -> None:
    assert services_mode_text(window) == window.tr("one PC: roles are not enforced")


def services_mode_text(window: MainWindow) -> str:
    return window.database_label.text().rsplit("(", 1)[1].rstrip(")")


def test_opening_a_bad_file_keeps_the_current_database(
    window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        "introdesk.ui.tasks.show_error", lambda _parent, error: shown.append(str(error))
    )
    notes = tmp_path / "notes.txt"
    notes.write_text("not a database", encoding="utf-8")
    before = window.services
    assert window.switch_database(str(notes)) is False
    assert window.services is before
    assert shown
    assert "not an IntroDesk database" in shown[0]


def test_opening_another_database_switches_everything(window: MainWindow, tmp_path: Path) -> None:
    assert window.switch_database(str(tmp_path / "other.sqlite3")) is True
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    page.refresh()
    assert page.proxy.rowCount() == 0
    assert "other.sqlite3" in window.database_label.text()


@pytest.mark.parametrize(
    ("screen", "fits"), [((1280, 800), (1177, 720)), ((1920, 1080), (1440, 900))]
)
def test_first_start_fits_the_screen(screen: tuple[int, int], fits: tuple[int, int]) -> None:
    """A 1280 × 800 laptop gets a window inside its free area; a large screen no giant one."""
    available = QRect(0, 0, *screen)
    area = first_start_geometry(available)
    assert (area.width(), area.height()) == fits
    assert available.contains(area)


def test_audit_log_dialog_lists_changes_and_checks_the_participant_id(
    window: MainWindow, services: Services
) -> None:
    from introdesk.domain.records import NewParticipant

    person = services.participants.create(NewParticipant("Amira", "Haddad"))
    dialog = window.show_audit_log()
    try:
        actors = {r.actor for r in dialog.model.records()}
        assert actors == {services.context.actor}
        assert str(person.id) in {r.entity_id for r in dialog.model.records()}
        dialog.participant.setText("x")
        dialog.load()
        assert dialog.model.records() == []
        assert dialog.message.text()  # says what is wrong with the id
    finally:
        dialog.close()


def test_f1_opens_the_norwegian_user_guide_with_the_shortcuts(
    qtbot: QtBot, services: Services
) -> None:
    window = MainWindow(services)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    (guide,) = [a for a in window.findChildren(QAction) if a.shortcut() == QKeySequence("F1")]
    guide.trigger()  # off-screen windows get no shortcut events; the action is what F1 runs
    guides = [w for w in window.findChildren(UserGuideDialog) if w.isVisible()]
    assert len(guides) == 1
    text = guides[0].browser.toPlainText()
    assert "Hurtigtaster" in text
    assert "Ctrl+S" in text
    assert "Ugyldig fravær" in text
    size = guides[0].size()
    assert size.width() <= 1280
    assert size.height() <= 720
