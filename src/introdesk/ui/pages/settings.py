"""Settings: the municipality (shared by everyone on this database) and the interface language
(this user only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.errors import IntroDeskError
from introdesk.services.settings import SettingsService
from introdesk.ui import prefs
from introdesk.ui.errors import show_error
from introdesk.ui.i18n import LANGUAGES
from introdesk.ui.pages.base import Page


class SettingsPage(Page):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = settings
        municipality = QGroupBox(
            self.tr("Municipality (shared by all users of this database)"), self
        )
        self.municipality_name = QLineEdit(municipality)
        self.municipality_name.setObjectName("municipalityName")
        self.municipality_number = QLineEdit(municipality)
        self.municipality_number.setInputMask("9999")
        self.revision_months = QSpinBox(municipality)  # plan revision reminders (plans)
        self.revision_months.setObjectName("planRevisionMonths")
        self.revision_months.setRange(1, 36)
        self.save_button = QPushButton(self.tr("Save"), municipality)
        self.save_button.setObjectName("saveSettings")
        self.save_button.clicked.connect(self.save)
        form = QFormLayout(municipality)
        form.addRow(self.tr("Municipality name"), self.municipality_name)
        form.addRow(self.tr("Municipality number"), self.municipality_number)
        form.addRow(
            QCoreApplication.translate("SettingsPage", "Revise signed plans every (months)"),
            self.revision_months,
        )
        form.addRow("", self.save_button)

        personal = QGroupBox(self.tr("This user"), self)
        self.language = QComboBox(personal)
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language())))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.language_note = QLabel(personal)
        self.language_note.setWordWrap(True)
        personal_form = QFormLayout(personal)
        personal_form.addRow(self.tr("Interface language"), self.language)
        personal_form.addRow("", self.language_note)

        layout = QVBoxLayout(self)
        layout.addWidget(municipality)
        layout.addWidget(personal)
        layout.addStretch(1)

    def refresh(self) -> None:
        values = self._service.load().values
        self.municipality_name.setText(values.get("municipality_name", ""))
        self.municipality_number.setText(values.get("municipality_number", ""))
        months = values.get("plan_revision_interval_months", "")
        self.revision_months.setValue(int(months) if months.isdigit() else 6)

    def save(self) -> None:
        try:
            self._service.save(
                {
                    "municipality_name": self.municipality_name.text(),
                    "municipality_number": self.municipality_number.text().strip(),
                    "plan_revision_interval_months": str(self.revision_months.value()),
                }
            )
        except IntroDeskError as error:
            show_error(self, error)

    def _language_changed(self) -> None:
        prefs.set_language(str(self.language.currentData()))
        self.language_note.setText(
            self.tr("The new language is used the next time IntroDesk starts.")
        )
