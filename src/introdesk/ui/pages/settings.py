"""Settings: the municipality (shared by everyone on this database) and the interface language
(this user only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from introdesk.services.settings import MunicipalitySettings, SettingsService
from introdesk.ui import prefs
from introdesk.ui.i18n import LANGUAGES
from introdesk.ui.pages.base import Page
from introdesk.ui.tasks import attempt


class SettingsPage(Page):
    def __init__(self, settings: SettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = settings
        self._loaded: MunicipalitySettings | None = None  # what the form was filled from
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
        self._add_document_fields(municipality, form)
        self.document_standard = QComboBox(municipality)
        self.document_standard.setObjectName("documentStandard")
        self.document_standard.addItem(QCoreApplication.translate("SettingsPage", "Bokmål"), "nb")
        self.document_standard.addItem(QCoreApplication.translate("SettingsPage", "Nynorsk"), "nn")
        form.addRow(
            QCoreApplication.translate("SettingsPage", "Written standard of documents"),
            self.document_standard,
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

    def _add_document_fields(self, box: QWidget, form: QFormLayout) -> None:
        """What printed documents show in their header and as the contact (issue 8)."""
        self.document_fields: dict[str, QLineEdit] = {}
        for key, label in (
            ("unit_name", QCoreApplication.translate("SettingsPage", "Unit on documents")),
            ("contact_phone", QCoreApplication.translate("SettingsPage", "Phone on documents")),
            ("contact_email", QCoreApplication.translate("SettingsPage", "E-mail on documents")),
            (
                "logo_path",
                QCoreApplication.translate("SettingsPage", "Logo on documents (PNG or JPEG)"),
            ),
        ):
            field = QLineEdit(box)
            field.setObjectName(f"setting_{key}")
            self.document_fields[key] = field
            if key != "logo_path":
                form.addRow(label, field)
                continue
            browse = QPushButton(QCoreApplication.translate("SettingsPage", "Browse…"), box)
            browse.clicked.connect(self._choose_logo)
            row = QHBoxLayout()
            row.addWidget(field, 1)
            row.addWidget(browse)
            form.addRow(label, row)

    def _choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("SettingsPage", "Choose the municipality's logo"),
            self.document_fields["logo_path"].text(),
            QCoreApplication.translate("SettingsPage", "Images (*.png *.jpg *.jpeg)"),
        )
        if path:
            self.document_fields["logo_path"].setText(path)

    def refresh(self) -> None:
        loaded = self._service.load()
        self._loaded = loaded
        values = loaded.values
        self.municipality_name.setText(values.get("municipality_name", ""))
        self.municipality_number.setText(values.get("municipality_number", ""))
        months = values.get("plan_revision_interval_months", "")
        self.revision_months.setValue(int(months) if months.isdigit() else 6)
        for key, field in self.document_fields.items():
            field.setText(values.get(key, ""))
        standard = self.document_standard.findData(loaded.document_standard)
        self.document_standard.setCurrentIndex(max(0, standard))

    def _form(self) -> dict[str, str]:
        return {
            "municipality_name": self.municipality_name.text(),
            "municipality_number": self.municipality_number.text().strip(),
            "plan_revision_interval_months": str(self.revision_months.value()),
            **{key: field.text() for key, field in self.document_fields.items()},
            "document_standard": str(self.document_standard.currentData()),
        }

    def save(self) -> bool:
        """Save the form; a setting saved by someone else since it was loaded is refused (the
        form keeps what was typed)."""
        values = self._form()
        versions = self._loaded.versions if self._loaded is not None else None
        if not attempt(self, lambda: self._service.save(values, versions)):
            return False
        self.refresh()
        return True

    # --- unsaved changes (ui/unsaved.py) ------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        loaded = self._loaded
        if loaded is None:
            return False
        return any(
            value.strip() != loaded.values.get(key, "").strip()
            for key, value in self._form().items()
        )

    def save_changes(self) -> bool:
        return self.save()

    def discard_changes(self) -> None:
        self.refresh()

    def _language_changed(self) -> None:
        prefs.set_language(str(self.language.currentData()))
        self.language_note.setText(
            self.tr("The new language is used the next time IntroDesk starts.")
        )
