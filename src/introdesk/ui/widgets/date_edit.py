"""The one date field: type ``15.05.2027`` (or ``150527``, ``15052027``, ``1.5.27``) and get
exactly that date.

Qt's ``QDateEdit`` edits section by section: typing a whole date into it moves between the day,
month and year sections on its own and can give another date (15.05.2027 became 06.05.2027).
This is a line edit that reads the whole text when the user leaves it (or presses Enter), keeps
the last good date when the text is not a date (and says so in red), and offers a calendar.
Its methods are the ``QDateEdit`` ones the pages use (``date``, ``setDate``, ``dateChanged``,
``setDisplayFormat``, ``setCalendarPopup``), so it replaces it one for one.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QStyle, QWidget

from introdesk.core import clock
from introdesk.ui.formatting import parse_user_date, parse_user_month


class DateEdit(QLineEdit):
    """A date field that reads what was typed as a whole (see the module docstring)."""

    dateChanged = Signal(QDate)  # noqa: N815 - QDateEdit's name

    def __init__(self, day: QDate | QWidget | None = None, parent: QWidget | None = None) -> None:
        if isinstance(day, QWidget):
            parent, day = day, None
        super().__init__(parent)
        self._month_only = False
        today = clock.today()
        self._date = (
            day
            if isinstance(day, QDate) and day.isValid()
            else QDate(today.year, today.month, today.day)
        )
        self._minimum = QDate(1900, 1, 1)
        self._maximum = QDate(2100, 12, 31)
        self._calendar_action: QAction | None = None
        self.setPlaceholderText("dd.mm.åååå")
        self.setMaxLength(10)
        self.editingFinished.connect(self._commit)
        self._show()

    # -- the QDateEdit methods the pages use --------------------------------------------
    def date(self) -> QDate:
        """The date in the field; text typed but not yet committed counts when it is a date."""
        typed = self._typed()
        return typed if typed is not None else self._date

    def setDate(self, day: QDate) -> None:  # noqa: N802 - QDateEdit's name
        if not day.isValid():
            return
        day = max(self._minimum, min(day, self._maximum))
        changed = day != self._date
        self._date = day
        self._show()
        if changed:
            self.dateChanged.emit(day)

    def setDisplayFormat(self, text: str) -> None:  # noqa: N802 - QDateEdit's name
        """``MM.yyyy`` makes a month field; anything else a day field (dd.mm.åååå)."""
        self._month_only = "d" not in text
        self.setPlaceholderText("mm.åååå" if self._month_only else "dd.mm.åååå")
        self._show()

    def setCalendarPopup(self, enable: bool) -> None:  # noqa: N802 - QDateEdit's name
        if enable and self._calendar_action is None:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView)
            self._calendar_action = self.addAction(icon, QLineEdit.ActionPosition.TrailingPosition)
            self._calendar_action.triggered.connect(self.show_calendar)

    def setMinimumDate(self, day: QDate) -> None:  # noqa: N802 - QDateEdit's name
        self._minimum = day

    def setMaximumDate(self, day: QDate) -> None:  # noqa: N802 - QDateEdit's name
        self._maximum = day

    # -- behaviour ------------------------------------------------------------------------
    def show_calendar(self) -> QCalendarWidget:
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setSelectedDate(self.date())
        calendar.setGridVisible(True)

        def chosen(day: QDate) -> None:
            self.setDate(day)
            calendar.close()

        calendar.clicked.connect(chosen)
        calendar.move(self.mapToGlobal(QPoint(0, self.height())))
        calendar.show()
        return calendar

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        """Up/Down step a day (a month in a month field), as in QDateEdit."""
        step = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()))
        if step is None:
            super().keyPressEvent(event)
            return
        current = self.date()
        self.setDate(current.addMonths(step) if self._month_only else current.addDays(step))

    def _typed(self) -> QDate | None:
        parse = parse_user_month if self._month_only else parse_user_date
        try:
            found = parse(self.text())
        except ValueError:
            return None
        if found is None:
            return None
        return QDate(found.year, found.month, found.day)

    def _commit(self) -> None:
        typed = self._typed()
        if typed is None:
            self.setStyleSheet("border: 1px solid #b00020;")
            self.setToolTip(self.placeholderText())
            return
        self.setStyleSheet("")
        self.setDate(typed)
        self._show()

    def _show(self) -> None:
        self.setText(self._date.toString("MM.yyyy" if self._month_only else "dd.MM.yyyy"))
