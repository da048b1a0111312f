"""One participant's programme course in the window (issue 14 item 6): the dated events
(decision, start, leave with its kind and period, stop, resumption, end with its reason) and a
button for each, through the same ``ProgrammeService`` methods as ``introdesk programme ...``.

The service checks every event against the ones recorded (``rules.programme_events``): an
impossible sequence (a stop before the start, overlapping leave, an end before the last event)
is refused with one message and nothing is written, exactly as on the command line.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.errors import ConflictError, IntroDeskError
from introdesk.domain.programme import EventKind, LeaveKind, ProgrammeEvent
from introdesk.services.programme import ProgrammeService
from introdesk.ui.formatting import fmt_date
from introdesk.ui.tasks import attempt, fetch, report_error
from introdesk.ui.widgets.date_edit import DateEdit

# The buttons, in the order a course happens.
RECORDABLE = (
    EventKind.DECISION,
    EventKind.START,
    EventKind.LEAVE,
    EventKind.STOP,
    EventKind.RESUMPTION,
    EventKind.END,
)


def event_label(kind: EventKind) -> str:
    labels = {
        EventKind.DECISION: QCoreApplication.translate("ProgrammeEvents", "Decision"),
        EventKind.START: QCoreApplication.translate("ProgrammeEvents", "Programme start"),
        EventKind.LEAVE: QCoreApplication.translate("ProgrammeEvents", "Leave"),
        EventKind.STOP: QCoreApplication.translate("ProgrammeEvents", "Stop"),
        EventKind.RESUMPTION: QCoreApplication.translate("ProgrammeEvents", "Resumption"),
        EventKind.INTERRUPTION: QCoreApplication.translate("ProgrammeEvents", "Interruption"),
        EventKind.END: QCoreApplication.translate("ProgrammeEvents", "End"),
    }
    return labels[kind]


def leave_label(kind: LeaveKind) -> str:
    labels = {
        LeaveKind.CARE: QCoreApplication.translate("ProgrammeEvents", "Care leave"),
        LeaveKind.OWN_ILLNESS: QCoreApplication.translate(
            "ProgrammeEvents", "Own long-term illness"
        ),
        LeaveKind.CHILD_ILLNESS: QCoreApplication.translate(
            "ProgrammeEvents", "Child's long-term illness"
        ),
        LeaveKind.WELFARE: QCoreApplication.translate("ProgrammeEvents", "Welfare leave"),
        LeaveKind.JOB: QCoreApplication.translate("ProgrammeEvents", "Leave to take a job"),
        LeaveKind.OTHER: QCoreApplication.translate("ProgrammeEvents", "Other leave"),
    }
    return labels[kind]


def exit_reason_label(code: str) -> str:
    labels = {
        "completed": QCoreApplication.translate("ProgrammeEvents", "Completed"),
        "work": QCoreApplication.translate("ProgrammeEvents", "Work"),
        "education": QCoreApplication.translate("ProgrammeEvents", "Education"),
        "moved": QCoreApplication.translate("ProgrammeEvents", "Moved"),
        "declined": QCoreApplication.translate("ProgrammeEvents", "Declined or did not turn up"),
        "other": QCoreApplication.translate("ProgrammeEvents", "Other reason"),
    }
    return labels.get(code, code)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _day(field: DateEdit) -> date:
    value = field.date()
    return date(value.year(), value.month(), value.day())


class EventForm(QDialog):
    """The fields of one event: its date (leave: from and to), the leave kind, the exit reason
    and a reason or note."""

    def __init__(self, kind: EventKind, exit_reasons: list[str], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("programmeEventForm")
        self.kind = kind
        self.setWindowTitle(event_label(kind))
        form = QFormLayout(self)
        self.date_edit = DateEdit(_qdate(clock.today()), self)
        self.date_edit.setObjectName("eventDate")
        form.addRow(
            QCoreApplication.translate("ProgrammeEvents", "From")
            if kind is EventKind.LEAVE
            else QCoreApplication.translate("ProgrammeEvents", "Date"),
            self.date_edit,
        )
        self.to_edit: DateEdit | None = None
        self.leave_kind: QComboBox | None = None
        self.exit_reason: QComboBox | None = None
        if kind is EventKind.LEAVE:
            self.to_edit = DateEdit(_qdate(clock.today()), self)
            self.to_edit.setObjectName("eventTo")
            form.addRow(QCoreApplication.translate("ProgrammeEvents", "To"), self.to_edit)
            self.leave_kind = QComboBox(self)
            self.leave_kind.setObjectName("leaveKind")
            for leave in LeaveKind:
                self.leave_kind.addItem(leave_label(leave), leave.value)
            form.addRow(
                QCoreApplication.translate("ProgrammeEvents", "Kind of leave"), self.leave_kind
            )
        if kind is EventKind.END:
            self.exit_reason = QComboBox(self)
            self.exit_reason.setObjectName("exitReason")
            for code in exit_reasons:
                self.exit_reason.addItem(exit_reason_label(code), code)
            form.addRow(
                QCoreApplication.translate("ProgrammeEvents", "Reason for ending"), self.exit_reason
            )
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("eventReason")
        note = (
            QCoreApplication.translate("ProgrammeEvents", "Reason")
            if kind is EventKind.STOP
            else QCoreApplication.translate("ProgrammeEvents", "Note")
        )
        form.addRow(note, self.reason_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def day(self) -> date:
        return _day(self.date_edit)

    def until(self) -> date:
        return _day(self.to_edit) if self.to_edit is not None else self.day()

    def leave(self) -> LeaveKind:
        assert self.leave_kind is not None
        return LeaveKind(self.leave_kind.currentData())

    def exit_code(self) -> str:
        assert self.exit_reason is not None
        return str(self.exit_reason.currentData())

    def reason(self) -> str:
        return self.reason_edit.text().strip()

    def fill(self, event: ProgrammeEvent) -> None:
        """Start from a recorded event (to correct it)."""
        self.date_edit.setDate(_qdate(event.day))
        if self.to_edit is not None:
            self.to_edit.setDate(_qdate(event.until or event.day))
        if self.leave_kind is not None and event.leave_kind is not None:
            self.leave_kind.setCurrentIndex(self.leave_kind.findData(event.leave_kind.value))
        if self.exit_reason is not None and event.exit_reason is not None:
            self.exit_reason.setCurrentIndex(self.exit_reason.findData(event.exit_reason))
        self.reason_edit.setText(event.reason)

    def corrected(self, event: ProgrammeEvent) -> ProgrammeEvent:
        """``event`` with what the form holds (open leave stays open unless its end is set)."""
        until = event.until
        if self.to_edit is not None and (until is not None or self.until() != event.day):
            until = self.until()
        return replace(
            event,
            day=self.day(),
            until=until,
            leave_kind=self.leave() if self.leave_kind is not None else event.leave_kind,
            exit_reason=self.exit_code() if self.exit_reason is not None else event.exit_reason,
            reason=self.reason(),
        )


class ProgrammeEventsDialog(QDialog):
    """The events of one participant, newest last, and the buttons that record new ones."""

    def __init__(
        self,
        programme: ProgrammeService,
        participant_id: int,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("programmeEventsDialog")
        self._programme = programme
        self._participant_id = participant_id
        self.changed = False  # an event was recorded: the caller refreshes its list
        self.shown: list[ProgrammeEvent] = []
        self.setWindowTitle(
            QCoreApplication.translate("ProgrammeEvents", "Programme events: %1").replace(
                "%1", name
            )
        )
        self.resize(820, 420)
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("programmeEventsTable")
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("ProgrammeEvents", "Date"),
                QCoreApplication.translate("ProgrammeEvents", "To"),
                QCoreApplication.translate("ProgrammeEvents", "Event"),
                QCoreApplication.translate("ProgrammeEvents", "Kind or reason"),
                QCoreApplication.translate("ProgrammeEvents", "Benefit"),
                QCoreApplication.translate("ProgrammeEvents", "Note"),
                QCoreApplication.translate("ProgrammeEvents", "By"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.buttons: dict[EventKind, QPushButton] = {}
        row = QHBoxLayout()
        for kind in RECORDABLE:
            button = QPushButton(event_label(kind) + "…", self)
            button.setObjectName(f"record_{kind.value}")
            button.clicked.connect(lambda _checked=False, k=kind: self.open_form(k))
            self.buttons[kind] = button
            row.addWidget(button)
        row.addStretch(1)
        self.change_button = QPushButton(
            QCoreApplication.translate("ProgrammeEvents", "&Change…"), self
        )
        self.change_button.setObjectName("changeEvent")
        self.change_button.clicked.connect(self.open_change_form)
        self.remove_button = QPushButton(
            QCoreApplication.translate("ProgrammeEvents", "&Remove…"), self
        )
        self.remove_button.setObjectName("removeEvent")
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.change_button)
        row.addWidget(self.remove_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        hint = QLabel(
            QCoreApplication.translate(
                "ProgrammeEvents",
                "Each event is saved at once and checked against the ones before it "
                "(integreringsloven §§ 19–20, integreringsforskriften § 16).",
            ),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.refresh()

    def events(self) -> list[ProgrammeEvent]:
        return self._programme.history(self._participant_id)

    def refresh(self) -> None:
        events = fetch(self, self.events) or []
        self.shown = events  # with the row_version each was read at, for change and remove
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            paid = self._programme.leave_is_paid(event)
            detail = ""
            if event.leave_kind is not None:
                detail = leave_label(event.leave_kind)
            elif event.exit_reason is not None:
                detail = exit_reason_label(event.exit_reason)
            cells = [
                fmt_date(event.day),
                fmt_date(event.until) if event.until is not None else "",
                event_label(event.kind),
                detail,
                ""
                if paid is None
                else (
                    QCoreApplication.translate("ProgrammeEvents", "paid")
                    if paid
                    else QCoreApplication.translate("ProgrammeEvents", "not paid")
                ),
                event.reason,
                event.by,
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> ProgrammeEvent | None:
        row = self.table.currentRow()
        return self.shown[row] if 0 <= row < len(self.shown) else None

    def open_change_form(self) -> EventForm | None:
        """Correct the selected event, from the copy shown (its ``row_version``)."""
        event = self.selected()
        if event is None:
            return None
        form = EventForm(event.kind, list(self._programme.exit_reasons()), self)
        form.fill(event)
        form.accepted.connect(lambda: self.change(form, event))
        form.open()
        return form

    def change(self, form: EventForm, event: ProgrammeEvent) -> bool:
        """Save the correction; an event changed by someone else since it was shown is refused
        (who and when), the list shows their version and the form opens again with the
        input kept, now over the fresh copy."""
        assert event.id is not None
        try:
            self._programme.change(
                event.id, form.corrected(event), expected_version=event.row_version
            )
        except ConflictError as error:
            report_error(self, error)
            self.refresh()
            fresh = next((e for e in self.shown if e.id == event.id), None)
            if fresh is not None:
                form.accepted.disconnect()
                form.accepted.connect(lambda: self.change(form, fresh))
                form.open()
            return False
        except IntroDeskError as error:
            report_error(self, error)
            return False
        self.changed = True
        self.refresh()
        return True

    def remove_selected(self) -> bool:
        event = self.selected()
        if event is None or event.id is None:
            return False
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("ProgrammeEvents", "Remove event"),
            QCoreApplication.translate(
                "ProgrammeEvents", "Remove this event recorded by mistake? This is logged."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            self._programme.remove(event.id, expected_version=event.row_version)
        except IntroDeskError as error:  # a conflict names who changed it, and when
            report_error(self, error)
            self.refresh()
            return False
        self.changed = True
        self.refresh()
        return True

    def open_form(self, kind: EventKind) -> EventForm:
        form = EventForm(kind, list(self._programme.exit_reasons()), self)
        form.accepted.connect(lambda: self.record(form))
        form.open()
        return form

    def record(self, form: EventForm) -> bool:
        """Record the form's event through the service; a refused one is reported, not kept."""
        done = attempt(self, lambda: self._save(form))
        if done:
            self.changed = True
            self.refresh()
        return done

    def _save(self, form: EventForm) -> None:
        pid, day, reason, programme = (
            self._participant_id,
            form.day(),
            form.reason(),
            self._programme,
        )
        if form.kind is EventKind.DECISION:
            programme.decide(pid, day, reason)
        elif form.kind is EventKind.START:
            programme.start(pid, day, reason)
        elif form.kind is EventKind.LEAVE:
            programme.leave(pid, form.leave(), day, form.until(), reason)
        elif form.kind is EventKind.STOP:
            programme.stop(pid, day, reason)
        elif form.kind is EventKind.RESUMPTION:
            programme.resume(pid, day, reason)
        else:
            programme.end(pid, day, form.exit_code(), reason)
