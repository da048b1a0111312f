"""One question for unsaved changes, asked the same way everywhere (brief issue 15, item 1).

Anything that can hold unsaved input (a page's grid or form, a dialog) asks before that input
would be lost — closing the window, switching page, participant or week, Escape in a dialog —
with three buttons: Lagre (save, then go on if saving worked), Forkast (throw the changes away
and go on) and Avbryt (stay where you are, changes kept).
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


class UnsavedChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def ask_unsaved(parent: QWidget | None, what: str = "") -> UnsavedChoice:
    """Ask what to do with unsaved changes; ``what`` names them (e.g. "this week")."""
    box = QMessageBox(parent)
    box.setObjectName("unsaved_changes")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("UnsavedChanges", "Unsaved changes"))
    box.setText(
        QCoreApplication.translate("UnsavedChanges", "You have unsaved changes in %1.").replace(
            "%1", what
        )
        if what
        else QCoreApplication.translate("UnsavedChanges", "You have unsaved changes.")
    )
    box.setInformativeText(
        QCoreApplication.translate("UnsavedChanges", "Save them before you go on?")
    )
    save = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Save"), QMessageBox.ButtonRole.AcceptRole
    )
    discard = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Discard"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("UnsavedChanges", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    save.setObjectName("unsaved_save")
    discard.setObjectName("unsaved_discard")
    cancel.setObjectName("unsaved_cancel")
    box.setDefaultButton(save)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    if clicked is save:
        return UnsavedChoice.SAVE
    if clicked is discard:
        return UnsavedChoice.DISCARD
    return UnsavedChoice.CANCEL


def settle_unsaved(
    parent: QWidget | None,
    *,
    has_changes: bool,
    save: Callable[[], bool],
    discard: Callable[[], None],
    what: str = "",
) -> bool:
    """True when the caller may go on: nothing unsaved, saved, or discarded. False: stay (the
    user cancelled, or saving failed and its error was shown; the input is still there)."""
    if not has_changes:
        return True
    choice = ask_unsaved(parent, what)
    if choice is UnsavedChoice.SAVE:
        return save()
    if choice is UnsavedChoice.DISCARD:
        discard()
        return True
    return False
