"""The PDF preview, opened from the participants list: pages shown, saved and printed."""

from __future__ import annotations

import io
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.records import NewParticipant
from introdesk.persistence.models import ParticipantRow
from introdesk.services.container import Services, open_services
from introdesk.services.document_samples import store_example_plan
from introdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from introdesk.ui.main_window import MainWindow
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.tasks import runner


@pytest.fixture
def window(qtbot: QtBot, sqlite_only_database_url: str) -> Iterator[MainWindow]:
    services: Services = open_services(sqlite_only_database_url, actor="t")
    services.settings.save({"municipality_name": "Eksempel kommune"})
    created = services.participants.create(
        NewParticipant("Amira", "Haddad", status=ParticipantStatus.IN_PROGRAMME)
    )
    services.participants.create(NewParticipant("Yonas", "Tesfay"))
    with services.database.unit_of_work() as uow:
        row = uow.session.get(ParticipantRow, created.id)
        assert row is not None
        row.mother_tongue = "arabisk"
        row.decision_date = date(2026, 8, 14)
        row.programme_start = date(2026, 9, 7)
        uow.commit()
    store_example_plan(services.plans, created.id)
    win = MainWindow(services)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not runner().busy)  # the list fills in from a worker thread
    yield win
    win.close()
    services.close()


def _open_preview(qtbot: QtBot, window: MainWindow, name: str) -> PdfPreviewDialog:
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    row = next(r for r in range(page.proxy.rowCount()) if page.proxy.index(r, 0).data() == name)
    page.table.setCurrentIndex(page.proxy.index(row, 0))
    page.table.setFocus()
    action = next(a for a in page.table.actions() if a.objectName() == "participantDocuments")
    action.trigger()
    dialog = page.findChild(PdfPreviewDialog)
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def _pages(pdf: bytes) -> int:
    return len(pypdf.PdfReader(io.BytesIO(pdf)).pages)


def test_preview_shows_the_participants_plan_in_their_language(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open_preview(qtbot, window, "Haddad, Amira")
    assert dialog.document_name == "plan"
    assert dialog.language == "ar"  # from the mother tongue in the record
    assert dialog.page_count() == _pages(dialog.pdf) >= 1
    assert not dialog.message.isVisible()
    dialog.language_choice.setCurrentIndex(dialog.language_choice.findData("nb"))
    assert dialog.language == "nb"
    assert dialog.page_count() == _pages(dialog.pdf)


def test_switching_document_and_an_unavailable_one_says_why(
    qtbot: QtBot, window: MainWindow
) -> None:
    dialog = _open_preview(qtbot, window, "Haddad, Amira")
    dialog.document_choice.setCurrentIndex(dialog.document_choice.findData("decision"))
    assert "Vedtak" in pypdf.PdfReader(io.BytesIO(dialog.pdf)).pages[0].extract_text()
    assert dialog.page_count() == _pages(dialog.pdf)
    dialog.document_choice.setCurrentIndex(dialog.document_choice.findData("statement"))
    assert dialog.month.isVisible()
    assert "no birth date" in dialog.message.text()  # the benefit cannot be computed: says why
    assert dialog.page_count() == 0
    assert not dialog.save_button.isEnabled()
    assert not dialog.print_button.isEnabled()


def test_participant_without_a_plan(qtbot: QtBot, window: MainWindow) -> None:
    dialog = _open_preview(qtbot, window, "Tesfay, Yonas")
    assert dialog.language == "nb"
    assert "no plan yet" in dialog.message.text()


def test_save_and_print_write_the_same_pages(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    dialog = _open_preview(qtbot, window, "Haddad, Amira")
    saved = tmp_path / "out" / "plan.pdf"
    saved.parent.mkdir()
    saved.write_bytes(b"an older file, world-readable")
    saved.chmod(0o644)
    dialog.save_to(saved)
    assert saved.read_bytes() == dialog.pdf
    if os.name == "posix":  # personal data: owner only, like the database (issue 15 item 7)
        assert stat.S_IMODE(saved.stat().st_mode) == 0o600
    assert [p.name for p in saved.parent.iterdir()] == ["plan.pdf"]  # no temporary file left
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    assert dialog.print_to(printer) == dialog.page_count()
    assert _pages(printed.read_bytes()) == dialog.page_count()


def test_no_selection_explains_instead_of_opening(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from introdesk.ui import participant_documents

    told: list[str] = []
    monkeypatch.setattr(
        participant_documents.QMessageBox,
        "information",
        lambda _parent, _title, text: told.append(text),
    )
    page = window.pages["participants"]
    assert isinstance(page, ParticipantsPage)
    page.table.clearSelection()
    page.table.setCurrentIndex(page.proxy.index(-1, -1))
    assert participant_documents.open_documents(page, window.services.documents) is None
    assert told == ["Select a participant in the list first."]
    assert page.table.contextMenuPolicy() is Qt.ContextMenuPolicy.ActionsContextMenu


def test_settings_page_sets_what_documents_print(window: MainWindow) -> None:
    from introdesk.ui.pages.settings import SettingsPage

    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.refresh()
    assert page.municipality_name.text() == "Eksempel kommune"
    page.document_fields["unit_name"].setText("Introsenteret")
    page.document_fields["contact_phone"].setText("22 33 44 55")
    page.save()
    stored = window.services.settings.load().values
    assert (stored["unit_name"], stored["contact_phone"]) == ("Introsenteret", "22 33 44 55")
    participants = window.pages["participants"]
    assert isinstance(participants, ParticipantsPage)
    amira = next(r for r in participants.model.records() if r.family_name == "Haddad")
    pdf = window.services.documents.decision_letter_pdf(amira.id, "nb")
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Introsenteret" in text
    assert "22 33 44 55" in text.replace("\xa0", " ")
