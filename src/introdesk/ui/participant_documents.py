"""The "Documents…" action on the participants list: opens the PDF preview for the selected
participant (context menu, and Ctrl+D on the list).

Kept apart from ``pages/participants.py`` on purpose: the page only needs its table; this
module adds the action to it, so the page can change without touching document code.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMessageBox

from introdesk.services.documents import DocumentService
from introdesk.ui.dialogs.pdf_preview import PdfPreviewDialog
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.tasks import fetch


def selected_participant(page: ParticipantsPage) -> tuple[int, str] | None:
    """``(id, display name)`` of the participant selected in the list, or None."""
    index = page.table.currentIndex()
    if not index.isValid():
        return None
    record = page.model.record(page.proxy.mapToSource(index).row())
    return record.id, record.display_name


def open_documents(page: ParticipantsPage, documents: DocumentService) -> PdfPreviewDialog | None:
    """Open (non-modal) the preview for the selected participant; None when none is selected."""
    selected = selected_participant(page)
    if selected is None:
        QMessageBox.information(
            page,
            QCoreApplication.translate("ParticipantDocuments", "Documents"),
            QCoreApplication.translate(
                "ParticipantDocuments", "Select a participant in the list first."
            ),
        )
        return None
    participant_id, name = selected
    dialog = fetch(
        page,
        lambda: PdfPreviewDialog(
            lambda document, lang, month: documents.render(document, participant_id, lang, month),
            documents.languages(),
            participant_label=name,
            language=documents.default_language(participant_id),
            parent=page,
        ),
    )
    if dialog is None:
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install_documents_action(page: ParticipantsPage, documents: DocumentService) -> QAction:
    action = QAction(QCoreApplication.translate("ParticipantDocuments", "&Documents…"), page)
    action.setObjectName("participantDocuments")
    action.setShortcut(QKeySequence("Ctrl+D"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: open_documents(page, documents))
    page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    page.table.addAction(action)
    return action
