"""The "Share with adviser…" action on the participants list (brief issue 16): an adviser lets
another adviser see a participant of their own caseload; team leaders share anyone. The
service and, on a server, the database decide who may; the window only asks whom.

Kept apart from ``pages/participants.py`` like the documents action: it adds itself to the
page's table (context menu) and to the page's buttons.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QPushButton

from introdesk.services.caseload import Assignment, CaseloadService
from introdesk.ui.pages.participants import ParticipantsPage
from introdesk.ui.participant_documents import selected_participant
from introdesk.ui.tasks import Task, fetch


def install_share_action(page: ParticipantsPage, caseload: CaseloadService) -> QAction:
    action = QAction(QCoreApplication.translate("ParticipantSharing", "&Share with adviser…"), page)
    action.setObjectName("shareParticipant")
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda: share_selected(page, caseload))
    page.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
    page.table.addAction(action)
    button = QPushButton(QCoreApplication.translate("ParticipantSharing", "S&hare…"), page)
    button.setObjectName("shareParticipantButton")
    button.setToolTip(
        QCoreApplication.translate(
            "ParticipantSharing", "Let another adviser see the selected participant"
        )
    )
    button.clicked.connect(action.trigger)
    page.add_action_button(button)
    return action


def share_selected(page: ParticipantsPage, caseload: CaseloadService) -> Task[Assignment] | None:
    """Ask which adviser to share the selected participant with, then share (in the
    background); None when nothing was selected or the user cancelled."""
    selected = selected_participant(page)
    if selected is None:
        QMessageBox.information(
            page,
            QCoreApplication.translate("ParticipantSharing", "Share with adviser"),
            QCoreApplication.translate(
                "ParticipantSharing", "Select a participant in the list first."
            ),
        )
        return None
    participant_id, name = selected
    advisers = fetch(page, page.advisers)
    if not advisers:
        return None
    choices = [f"{a.full_name} ({a.username})" for a in advisers if a.active]
    chosen, ok = QInputDialog.getItem(
        page,
        QCoreApplication.translate("ParticipantSharing", "Share with adviser"),
        QCoreApplication.translate("ParticipantSharing", "Let this adviser see %1 too:").replace(
            "%1", name
        ),
        choices,
        0,
        False,
    )
    if not ok or chosen not in choices:
        return None
    login = next(a.username for a in advisers if f"{a.full_name} ({a.username})" == chosen)

    def shared(result: Assignment) -> None:
        QMessageBox.information(
            page,
            QCoreApplication.translate("ParticipantSharing", "Share with adviser"),
            QCoreApplication.translate("ParticipantSharing", "%1 is now shared with %2.")
            .replace("%1", name)
            .replace("%2", chosen),
        )

    task = Task(page, lambda _control: caseload.share(participant_id, login))
    return task.on_success(shared).changes("participants").run()
