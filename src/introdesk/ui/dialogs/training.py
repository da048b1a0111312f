"""Dialogs of the training page: a new class with its weekly timetable, a new member, a move."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.errors import ConflictError, IntroDeskError
from introdesk.domain.language_tests import ExemptionKind
from introdesk.domain.training import NewClass, Subject, TimetableSlot, TrainingState
from introdesk.services.training import TrainingService
from introdesk.ui.labels import interface_language
from introdesk.ui.tasks import attempt, report_error
from introdesk.ui.widgets.date_edit import DateEdit


def weekday_names() -> list[str]:
    return [
        QCoreApplication.translate("TrainingDialogs", "Monday"),
        QCoreApplication.translate("TrainingDialogs", "Tuesday"),
        QCoreApplication.translate("TrainingDialogs", "Wednesday"),
        QCoreApplication.translate("TrainingDialogs", "Thursday"),
        QCoreApplication.translate("TrainingDialogs", "Friday"),
    ]


def subject_label(subject: Subject) -> str:
    if subject is Subject.NORWEGIAN:
        return QCoreApplication.translate("TrainingDialogs", "Norwegian")
    return QCoreApplication.translate("TrainingDialogs", "Social studies")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(parent: QWidget, day: date) -> DateEdit:
    edit = DateEdit(to_qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
    return edit


class NewClassDialog(QDialog):
    """Code, name, teacher, level, room and the lessons of a normal week."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("TrainingDialogs", "New class"))
        self.code = QLineEdit(self)
        self.code.setObjectName("classCode")
        self.name = QLineEdit(self)
        self.name.setObjectName("className")
        self.teacher = QLineEdit(self)
        self.level = QLineEdit(self)
        self.room = QLineEdit(self)
        form = QFormLayout()
        form.addRow(QCoreApplication.translate("TrainingDialogs", "&Code"), self.code)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "&Name"), self.name)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "&Teacher"), self.teacher)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "&Level"), self.level)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "&Room"), self.room)

        self._slot_widgets: list[tuple[QComboBox, QTimeEdit, QSpinBox, QComboBox]] = []
        self.slots = QTableWidget(0, 4, self)
        self.slots.setObjectName("timetable")
        self.slots.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("TrainingDialogs", "Day"),
                QCoreApplication.translate("TrainingDialogs", "Start"),
                QCoreApplication.translate("TrainingDialogs", "Minutes"),
                QCoreApplication.translate("TrainingDialogs", "Subject"),
            ]
        )
        add = QPushButton(QCoreApplication.translate("TrainingDialogs", "&Add lesson"), self)
        add.clicked.connect(lambda: self.add_slot(0, time(9, 0), 45, Subject.NORWEGIAN))
        remove = QPushButton(QCoreApplication.translate("TrainingDialogs", "Re&move lesson"), self)
        remove.clicked.connect(self._remove_slot)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)

        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.slots)
        layout.addLayout(buttons)
        layout.addWidget(box)

    def add_slot(self, weekday: int, start: time, minutes: int, subject: Subject) -> None:
        row = self.slots.rowCount()
        self.slots.insertRow(row)
        day = QComboBox(self.slots)
        day.addItems(weekday_names())
        day.setCurrentIndex(weekday)
        begins = QTimeEdit(QTime(start.hour, start.minute), self.slots)
        begins.setDisplayFormat("HH:mm")
        length = QSpinBox(self.slots)
        length.setRange(1, 600)
        length.setValue(minutes)
        topic = QComboBox(self.slots)
        for value in Subject:
            topic.addItem(subject_label(value), value.value)
        topic.setCurrentIndex(list(Subject).index(subject))
        for column, widget in enumerate((day, begins, length, topic)):
            self.slots.setCellWidget(row, column, widget)
        self._slot_widgets.append((day, begins, length, topic))

    def _remove_slot(self) -> None:
        row = self.slots.currentRow()
        if row >= 0:
            self.slots.removeRow(row)
            del self._slot_widgets[row]

    def new_class(self) -> NewClass:
        timetable = []
        for day, begins, length, topic in self._slot_widgets:
            start = begins.time()
            timetable.append(
                TimetableSlot(
                    day.currentIndex(),
                    time(start.hour(), start.minute()),
                    length.value(),
                    Subject(topic.currentData()),
                )
            )
        return NewClass(
            self.code.text(),
            self.name.text(),
            self.teacher.text(),
            self.level.text(),
            self.room.text(),
            tuple(timetable),
        )


class MemberDialog(QDialog):
    """Choose a person (or a class, for a move) and the date it takes effect."""

    def __init__(
        self,
        title: str,
        label: str,
        choices: list[tuple[str, object]],
        day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.choice = QComboBox(self)
        self.choice.setObjectName("memberChoice")
        self.choice.setEditable(True)  # type to find a name
        self.choice.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for text, value in choices:
            self.choice.addItem(text, value)
        self.day = date_edit(self, day)
        form = QFormLayout()
        form.addRow(label, self.choice)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "&From"), self.day)
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(box)

    def chosen(self) -> object:
        return self.choice.currentData()

    def chosen_date(self) -> date:
        return from_qdate(self.day.date())


class TrainingRecordDialog(QDialog):
    """One person's training record: the overview, and registering an exemption, approved
    leave, or the end of the training. Every action is saved at once through the service."""

    def __init__(
        self, training: TrainingService, participant_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._training = training
        self._pid = participant_id
        self.changed = False
        # the record's row_version as shown: ending the training from it refuses a record
        # changed by someone else since (issue 15 item 2)
        self.loaded_version = 0
        self.setWindowTitle(QCoreApplication.translate("TrainingDialogs", "Training record"))
        self.overview = QLabel(self)
        self.overview.setObjectName("recordOverview")
        self.overview.setWordWrap(True)
        self.overview.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        tabs = QTabWidget(self)
        self._add_exemption_tab(tabs)
        self._add_leave_tab(tabs)
        self._add_end_tab(tabs)

        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.overview)
        layout.addWidget(tabs)
        layout.addWidget(box)
        self.show_record()

    def _add_exemption_tab(self, tabs: QTabWidget) -> None:
        """The exemption tab: kind, legal basis and decision date."""
        exemption = QWidget(tabs)
        self.exemption_kind = QComboBox(exemption)
        for kind in ExemptionKind:
            self.exemption_kind.addItem(exemption_label(kind), kind.value)
        self.legal_basis = QLineEdit(exemption)
        self.legal_basis.setObjectName("legalBasis")
        self.legal_basis.setPlaceholderText(
            QCoreApplication.translate("TrainingDialogs", "e.g. integreringsloven § 29")
        )
        self.exemption_date = date_edit(exemption, clock.today())
        add_exemption = QPushButton(
            QCoreApplication.translate("TrainingDialogs", "Register &exemption"), exemption
        )
        add_exemption.clicked.connect(self.register_exemption)
        form = QFormLayout(exemption)
        form.addRow(
            QCoreApplication.translate("TrainingDialogs", "Exemption from"), self.exemption_kind
        )
        form.addRow(QCoreApplication.translate("TrainingDialogs", "Legal basis"), self.legal_basis)
        form.addRow(
            QCoreApplication.translate("TrainingDialogs", "Decision date"), self.exemption_date
        )
        form.addRow(add_exemption)
        tabs.addTab(exemption, QCoreApplication.translate("TrainingDialogs", "Exemption"))

    def _add_leave_tab(self, tabs: QTabWidget) -> None:
        """The approved-leave tab: from, to and the reason."""
        leave = QWidget(tabs)
        self.leave_from = date_edit(leave, clock.today())
        self.leave_to = date_edit(leave, clock.today())
        self.leave_reason = QLineEdit(leave)
        add_leave = QPushButton(
            QCoreApplication.translate("TrainingDialogs", "Register &leave"), leave
        )
        add_leave.clicked.connect(self.register_leave)
        form = QFormLayout(leave)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "From"), self.leave_from)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "To"), self.leave_to)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "Reason"), self.leave_reason)
        form.addRow(add_leave)
        tabs.addTab(leave, QCoreApplication.translate("TrainingDialogs", "Approved leave"))

    def _add_end_tab(self, tabs: QTabWidget) -> None:
        """The end tab: completed or stopped, the date and the reason."""
        end = QWidget(tabs)
        self.end_state = QComboBox(end)
        self.end_state.addItem(
            QCoreApplication.translate("TrainingDialogs", "Completed"),
            TrainingState.COMPLETED.value,
        )
        self.end_state.addItem(
            QCoreApplication.translate("TrainingDialogs", "Stopped"), TrainingState.STOPPED.value
        )
        self.end_date = date_edit(end, clock.today())
        self.end_reason = QLineEdit(end)
        end_button = QPushButton(
            QCoreApplication.translate("TrainingDialogs", "E&nd training…"), end
        )
        end_button.clicked.connect(self.end_training)
        form = QFormLayout(end)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "Outcome"), self.end_state)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "Date"), self.end_date)
        form.addRow(QCoreApplication.translate("TrainingDialogs", "Reason"), self.end_reason)
        form.addRow(end_button)
        tabs.addTab(end, QCoreApplication.translate("TrainingDialogs", "End"))

    def show_record(self) -> None:
        (item,) = self._training.status(self._pid)
        record = item.record
        self.loaded_version = record.row_version
        lines = [
            f"<b>{html.escape(record.participant_name)}</b>",
            QCoreApplication.translate("TrainingDialogs", "Start: %1, deadline: %2")
            .replace("%1", record.start.strftime("%d.%m.%Y"))
            .replace("%2", item.deadline.strftime("%d.%m.%Y") if item.deadline else "–"),
            html.escape(item.deadline_basis_in(interface_language())),
            *[html.escape(reason) for reason in item.reasons_in(interface_language())],
        ]
        lines += [
            html.escape(
                f"{exemption_label(e.kind)}: {e.legal_basis or '–'} "
                f"({e.decision_date.strftime('%d.%m.%Y')})"
            )
            for e in record.exemptions
        ]
        lines += [
            html.escape(f"{p.start.strftime('%d.%m.%Y')}–{p.end.strftime('%d.%m.%Y')} {p.reason}")
            for p in record.leave
        ]
        if record.end_date:
            lines.append(
                html.escape(f"{record.end_date.strftime('%d.%m.%Y')}: {record.end_reason}")
            )
        self.overview.setText("<br>".join(line for line in lines if line))

    def _run(self, action: Callable[[], object]) -> bool:
        if not attempt(self, action):
            return False
        self.changed = True
        self.show_record()
        return True

    def register_exemption(self) -> None:
        self._run(
            lambda: self._training.add_exemption(
                self._pid,
                ExemptionKind(self.exemption_kind.currentData()),
                from_qdate(self.exemption_date.date()),
                self.legal_basis.text(),
            )
        )

    def register_leave(self) -> None:
        if self._run(
            lambda: self._training.add_leave(
                self._pid,
                from_qdate(self.leave_from.date()),
                from_qdate(self.leave_to.date()),
                self.leave_reason.text(),
            )
        ):
            self.leave_reason.clear()

    def end_training(self) -> None:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("TrainingDialogs", "End training"),
            QCoreApplication.translate(
                "TrainingDialogs", "End this person's training? This is recorded in the log."
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._training.end(
                self._pid,
                TrainingState(self.end_state.currentData()),
                from_qdate(self.end_date.date()),
                self.end_reason.text(),
                expected_version=self.loaded_version,
            )
        except ConflictError as error:
            # Someone else saved the record: say who and when, show their version and keep
            # what was typed here, so ending it again applies it to the fresh record.
            report_error(self, error)
            self.changed = True
            self.show_record()
            return
        except IntroDeskError as error:
            report_error(self, error)
            return
        self.changed = True
        self.show_record()


def exemption_label(kind: ExemptionKind) -> str:
    labels = {
        ExemptionKind.NORWEGIAN_TRAINING: QCoreApplication.translate(
            "TrainingDialogs", "Norwegian training"
        ),
        ExemptionKind.SOCIAL_STUDIES_TRAINING: QCoreApplication.translate(
            "TrainingDialogs", "Social-studies training"
        ),
        ExemptionKind.NORWEGIAN_TEST: QCoreApplication.translate(
            "TrainingDialogs", "Norwegian final test"
        ),
        ExemptionKind.SOCIAL_STUDIES_TEST: QCoreApplication.translate(
            "TrainingDialogs", "Social-studies test"
        ),
    }
    return labels[kind]
