"""Dialogs of the training page: a new class with its weekly timetable, a new member, a move."""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.training import NewClass, Subject, TimetableSlot


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


def date_edit(parent: QWidget, day: date) -> QDateEdit:
    edit = QDateEdit(to_qdate(day), parent)
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
