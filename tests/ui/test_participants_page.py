"""The participants page and editor as a coordinator uses them (issue 4)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import EducationLevel, ParticipantStatus, PermitType
from introdesk.domain.participant_details import ParticipantFields
from introdesk.services.container import Services
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.participant_sharing import install_share_action

VALID_ID = "01010012356"  # synthetic, checksum-valid (born 01.01.1900)
BAD_CHECKSUM = "01010012357"


pytestmark = pytest.mark.today(date(2026, 6, 1))


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> ParticipantsPage:
    kari = services.settings.add_adviser("kari", "Kari Nordmann")
    ola = services.settings.add_adviser("ola", "Ola Hansen")
    people = [
        ("Amira", "Haddad", kari.id, ParticipantStatus.REFERRED, date(2026, 1, 10), VALID_ID),
        ("Yonas", "Tesfay", ola.id, ParticipantStatus.IN_PROGRAMME, date(2025, 9, 1), None),
        ("Åse", "Ødegård", kari.id, ParticipantStatus.MAPPED, date(2026, 4, 20), None),
    ]
    for given, family, adviser, status, settled, number in people:
        services.participants.new_record(
            ParticipantFields(
                given_name=given,
                family_name=family,
                birth_date=None if number else date(1990, 5, 17),
                national_id=number,
                adviser_id=adviser,
                status=status,
                permit_type=PermitType.REFUGEE,
                permit_date=settled.replace(day=1),
                settlement_date=settled,
                education_level=EducationLevel.PRIMARY,
            )
        )
    widget = ParticipantsPage(services.participants, importer=services.participant_import)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    return widget


def names(page: ParticipantsPage) -> list[str]:
    return [page.proxy.index(row, 0).data() for row in range(page.proxy.rowCount())]


def test_typing_filters_by_name_number_and_adviser(qtbot: QtBot, page: ParticipantsPage) -> None:
    assert page.proxy.rowCount() == 3
    qtbot.keyClicks(page.search, "tesf")
    assert names(page) == ["Tesfay, Yonas"]
    page.search.clear()
    qtbot.keyClicks(page.search, VALID_ID[:6])
    assert names(page) == ["Haddad, Amira"]
    page.search.clear()
    qtbot.keyClicks(page.search, "kari ø")
    assert names(page) == ["Ødegård, Åse"]
    assert "1 of 3" in page.count_label.text()
    page.search.clear()
    assert page.proxy.rowCount() == 3


def test_filters_for_adviser_status_and_overdue(page: ParticipantsPage) -> None:
    page.adviser_filter.setCurrentIndex(page.adviser_filter.findText("Ola Hansen"))
    assert names(page) == ["Tesfay, Yonas"]
    page.adviser_filter.setCurrentIndex(0)
    page.status_filter.setCurrentIndex(page.status_filter.findData("mapped"))
    assert names(page) == ["Ødegård, Åse"]
    page.status_filter.setCurrentIndex(0)
    # On 1.6.2026 Amira (settled 10.1.2026, referred) is past the 3-month deadlines (§1.2);
    # Yonas is in the programme, so his start deadlines are no longer open.
    page.deadline_filter.setCurrentIndex(page.deadline_filter.findData("overdue"))
    assert names(page) == ["Haddad, Amira"]
    # Åse (settled 20.4.2026, mapped) must have a decision by 20.7.2026: not within 14 days.
    page.deadline_filter.setCurrentIndex(page.deadline_filter.findData("soon"))
    assert "Ødegård, Åse" not in names(page)


def test_sorting_puts_norwegian_letters_last(page: ParticipantsPage) -> None:
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert names(page) == ["Haddad, Amira", "Tesfay, Yonas", "Ødegård, Åse"]
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert names(page)[0] == "Ødegård, Åse"


def test_models_pass_qt_checks(qtmodeltester: ModelTester, page: ParticipantsPage) -> None:
    qtmodeltester.check(page.model)
    qtmodeltester.check(page.proxy)


def test_chosen_columns_are_remembered(
    qtbot: QtBot, page: ParticipantsPage, services: Services
) -> None:
    keys = [c.key for c in page.model.columns]
    page.set_column_visible("adviser", False)
    page.set_column_visible("norwegian_goal", True)
    again = ParticipantsPage(services.participants)
    qtbot.addWidget(again)
    assert again.table.isColumnHidden(keys.index("adviser"))
    assert not again.table.isColumnHidden(keys.index("norwegian_goal"))


def test_invalid_number_shows_the_checksum_message_and_blocks_saving(
    qtbot: QtBot, page: ParticipantsPage, services: Services
) -> None:
    editor = page.make_editor()
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.save_button.isEnabled()  # names are required
    given = editor.inputs["given_name"]
    family = editor.inputs["family_name"]
    number = editor.inputs["national_id"]
    assert isinstance(given, QLineEdit)
    assert isinstance(family, QLineEdit)
    assert isinstance(number, QLineEdit)
    qtbot.keyClicks(given, "Hodan")
    qtbot.keyClicks(family, "Warsame")
    assert editor.save_button.isEnabled()
    qtbot.keyClicks(number, BAD_CHECKSUM)
    assert not editor.save_button.isEnabled()
    assert editor.errors["national_id"].isVisible()
    assert "check digits" in editor.errors["national_id"].text().lower()
    # Clicking Save anyway writes nothing.
    editor.save()
    assert len(services.participants.summaries()) == 3
    number.clear()
    qtbot.keyClicks(number, "0101001235")  # too short
    assert "11 digits" in editor.errors["national_id"].text()
    number.clear()
    assert editor.save_button.isEnabled()
    assert not editor.errors["national_id"].isVisible()


def test_a_date_typed_short_is_shown_as_read_when_leaving_the_field(
    qtbot: QtBot, page: ParticipantsPage
) -> None:
    editor = page.make_editor()
    qtbot.addWidget(editor)
    editor.show()
    birth = editor.inputs["birth_date"]
    settled = editor.inputs["settlement_date"]
    assert isinstance(birth, QLineEdit)
    assert isinstance(settled, QLineEdit)
    qtbot.keyClicks(birth, "15051990")
    birth.editingFinished.emit()  # what Tab or Enter does
    assert birth.text() == "15.05.1990"
    qtbot.keyClicks(settled, "1.3.26")
    settled.editingFinished.emit()
    assert settled.text() == "01.03.2026"
    settled.setText("31.02.2026")  # not a date: left as typed, with the field's message
    settled.editingFinished.emit()
    assert settled.text() == "31.02.2026"
    assert "dd.mm" in editor.errors["settlement_date"].text()
    assert not editor.save_button.isEnabled()


def test_create_with_competence_and_goal_override(
    qtbot: QtBot, page: ParticipantsPage, services: Services
) -> None:
    editor = page.make_editor()
    qtbot.addWidget(editor)
    editor.show()
    for name, text in (
        ("given_name", "Saba"),
        ("family_name", "Haile"),
        ("birth_date", "17.05.1995"),
        ("permit_date", "01.02.2026"),
        ("settlement_date", "01.03.2026"),
    ):
        widget = editor.inputs[name]
        assert isinstance(widget, QLineEdit)
        qtbot.keyClicks(widget, text)
    editor.education.add_row({0: "upper_secondary", 1: "ER", 2: "Nursing", 3: "3", 4: True})
    editor.languages.add_row({0: "tigrinja", 1: "mother_tongue"})
    goal = editor.inputs["norwegian_goal_override"]
    assert isinstance(goal, QLineEdit)
    qtbot.keyClicks(goal, "B2/B2/B1/B2")
    assert not editor.save_button.isEnabled()  # an override needs a reason
    assert not editor.errors["goal_override_reason"].isHidden()  # on the Goals tab
    assert editor.tabs.tabText(3).endswith("(!)")
    reason = editor.inputs["goal_override_reason"]
    assert isinstance(reason, QLineEdit)
    qtbot.keyClicks(reason, "Rask progresjon")
    bad_date = editor.inputs["decision_date"]
    assert isinstance(bad_date, QLineEdit)
    qtbot.keyClicks(bad_date, "31.02.2026")
    assert not editor.save_button.isEnabled()
    bad_date.clear()
    assert editor.save_button.isEnabled()
    editor.save()
    assert editor.saved_id is not None
    saved = services.participants.details(editor.saved_id)
    assert saved.competence.education[0].field == "Nursing"
    assert saved.competence.education[0].completed is True
    assert saved.assessment.goal_overridden
    assert saved.fields.goal_override_reason == "Rask progresjon"
    fields = {h.field for h in services.participants.history(editor.saved_id)}
    assert {"given_name", "norwegian_goal_override", "competence.education"} <= fields


def test_archive_asks_first_and_keeps_the_record(
    qtbot: QtBot, page: ParticipantsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.archive_selected()
    assert page.proxy.rowCount() == 3
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page.archive_selected()  # archived in a worker thread; the list reloads when told
    qtbot.waitUntil(lambda: names(page) == ["Tesfay, Yonas", "Ødegård, Åse"])
    page.archived_filter.setChecked(True)
    assert page.proxy.rowCount() == 3
    archived = [s for s in services.participants.summaries(include_archived=True) if s.archived]
    assert [a.family_name for a in archived] == ["Haddad"]


def test_import_dialog_previews_then_imports_or_lists_problems(
    qtbot: QtBot, page: ParticipantsPage, services: Services, tmp_path: Path
) -> None:
    from introdesk.ui.dialogs.participant_import import ImportPreviewDialog

    good = tmp_path / "ok.csv"
    good.write_text(
        "fornavn;etternavn;fødselsdato;tillatelse\nHodan;Warsame;01.02.1990;flyktning\n",
        encoding="utf-8",
    )
    dialog = ImportPreviewDialog(services.participant_import, good)
    qtbot.addWidget(dialog)
    assert dialog.preview.rowCount() == 1
    assert dialog.import_button.isEnabled()
    assert len(services.participants.summaries()) == 3  # the preview wrote nothing
    dialog.run_import()
    assert dialog.added == 1
    assert len(services.participants.summaries()) == 4

    bad = tmp_path / "bad.csv"
    bad.write_text("fornavn;etternavn;fødselsdato\nSara;;31.02.1990\n", encoding="utf-8")
    dialog = ImportPreviewDialog(services.participant_import, bad)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()
    lines = dialog.problems.toPlainText().splitlines()
    assert lines == [
        "bad.csv:2:etternavn: is required",
        "bad.csv:2:fødselsdato: '31.02.1990' is an impossible date",
    ]


@pytest.mark.parametrize("key", [Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_down_or_enter_in_the_search_box_moves_into_the_list(
    qtbot: QtBot, page: ParticipantsPage, key: Qt.Key
) -> None:
    page.show()
    qtbot.waitExposed(page)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "tesf")
    qtbot.keyClick(page.search, key)
    assert page.table.hasFocus()
    assert page.table.currentIndex().row() == 0
    assert page.table.currentIndex().data() == "Tesfay, Yonas"


def test_unreadable_competence_rows_block_saving_and_name_the_row(
    qtbot: QtBot, page: ParticipantsPage
) -> None:
    editor = page.make_editor()
    qtbot.addWidget(editor)
    editor.show()
    for name, text in (("given_name", "Saba"), ("family_name", "Haile")):
        widget = editor.inputs[name]
        assert isinstance(widget, QLineEdit)
        qtbot.keyClicks(widget, text)
    assert editor.save_button.isEnabled()
    editor.education.add_row({0: "primary", 3: "3"})
    editor.education.add_row({0: "primary", 3: "tre"})
    assert not editor.save_button.isEnabled()
    message = editor.competence_error.text()
    assert message.count("\n") == 0  # one unreadable row, one line
    assert "2" in message  # the second row is named
    editor.education.table.item(1, 3).setText("3")
    assert editor.save_button.isEnabled()
    assert editor.competence_error.text() == ""


def test_share_with_adviser_from_the_list(
    qtbot: QtBot, page: ParticipantsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    install_share_action(page, services.caseload)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    page.table.selectRow(0)  # Haddad, Amira: in Kari's caseload
    offered: list[str] = []

    def choose(
        _parent: object, _title: str, _label: str, items: list[str], *_a: object
    ) -> tuple[str, bool]:
        offered.extend(items)
        return "Ola Hansen (ola)", True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    button = page.findChild(QPushButton, "shareParticipantButton")
    assert button is not None
    button.click()
    qtbot.waitUntil(lambda: bool(told))
    assert offered == ["Kari Nordmann (kari)", "Ola Hansen (ola)"]
    amira = next(s.id for s in services.participants.summaries() if s.family_name == "Haddad")
    shares = {
        (h.field, h.new_value) for h in services.participants.history(amira) if h.action == "assign"
    }
    assert shares == {("shared_with", "ola")}
