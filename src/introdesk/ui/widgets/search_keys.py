"""Down or Enter in a search box moves into the list it filters, on the first row."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QLineEdit

_INTO_LIST = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class SearchIntoList(QObject):
    """Event filter on ``search``: the keys above give the focus to ``view`` (row 0 selected
    unless a row already is), so a coordinator can type a name, press Enter and act."""

    def __init__(self, search: QLineEdit, view: QAbstractItemView) -> None:
        super().__init__(search)
        self._view = view
        search.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        if event.key() not in _INTO_LIST:
            return False
        model = self._view.model()
        if model is None or model.rowCount() == 0:
            return False
        current = self._view.currentIndex()
        if not current.isValid():
            current = model.index(0, 0)
            self._view.selectionModel().setCurrentIndex(
                current,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True
