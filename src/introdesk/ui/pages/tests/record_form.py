"""Recording a new test result or exemption, and one stored result as the results list shows
it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from introdesk.core import clock
from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import FieldProblem, ValidationError
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
)
from introdesk.domain.test_progress import StoredResult, TestKind
from introdesk.services.language_tests import LanguageTestService, parse_language
from introdesk.ui.formatting import fmt_date
from introdesk.ui.labels import exemption_kind_label, social_studies_version_label
from introdesk.ui.widgets.date_edit import DateEdit
from introdesk.ui.widgets.level_chart import level_label, skill_label


class RecordForm(QGroupBox):
    """Record one result for the selected participant."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TestsPage", "Record a result"), parent)
        self.test = QComboBox(self)
        self.test.setObjectName("testKind")
        for kind, text in (
            (TestKind.NORSKPROVEN, QCoreApplication.translate("TestsPage", "Norskprøven")),
            (TestKind.NORSKPROVEN_C1, QCoreApplication.translate("TestsPage", "Norskprøven C1")),
            (
                TestKind.SOCIAL_STUDIES,
                QCoreApplication.translate("TestsPage", "Social-studies test"),
            ),
            (TestKind.CITIZENSHIP, QCoreApplication.translate("TestsPage", "Statsborgerprøven")),
        ):
            self.test.addItem(text, kind)
        self.date = DateEdit(self)
        self.date.setObjectName("testDate")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        today = clock.today()
        self.date.setDate(QDate(today.year, today.month, today.day))
        self.skill = QComboBox(self)
        self.skill.setObjectName("testSkill")
        for skill in SubSkill:
            self.skill.addItem(skill_label(skill), skill)
        self.level = QComboBox(self)
        self.level.setObjectName("testLevel")
        for level in CefrLevel:
            self.level.addItem(level_label(level), level)
        self.level.setCurrentIndex(list(CefrLevel).index(CefrLevel.A2))
        self.registration = QComboBox(self)
        self.registration.addItem(QCoreApplication.translate("TestsPage", "not given"), None)
        for registration in RegistrationLevel:
            self.registration.addItem(registration.value, registration)
        self.version = QComboBox(self)
        self.version.addItem(
            QCoreApplication.translate("TestsPage", "75 hours"), SocialStudiesVersion.HOURS_75
        )
        self.version.addItem(
            QCoreApplication.translate("TestsPage", "50 hours"), SocialStudiesVersion.HOURS_50
        )
        self.score = QSpinBox(self)
        self.score.setObjectName("testScore")
        self.score.setRange(0, 40)
        self.language = QLineEdit("nb", self)
        self.language.setMaxLength(3)
        self.language.setToolTip(
            QCoreApplication.translate(
                "TestsPage", "Language code of the test, for example nb, ar, ti, uk"
            )
        )
        self.passed = QCheckBox(QCoreApplication.translate("TestsPage", "Passed"), self)
        self.save = QPushButton(QCoreApplication.translate("TestsPage", "&Save result"), self)
        self.save.setObjectName("saveResult")
        self.form = QFormLayout(self)
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Test"), self.test)
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Date"), self.date)
        self.form.addRow(QCoreApplication.translate("TestsPage", "Sub-s&kill"), self.skill)
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Level"), self.level)
        self.form.addRow(
            QCoreApplication.translate("TestsPage", "&Registered level"), self.registration
        )
        self.form.addRow(QCoreApplication.translate("TestsPage", "&Version"), self.version)
        self.form.addRow(QCoreApplication.translate("TestsPage", "Sc&ore"), self.score)
        self.form.addRow(QCoreApplication.translate("TestsPage", "Lan&guage"), self.language)
        self.form.addRow("", self.passed)
        self.form.addRow("", self.save)
        self.test.currentIndexChanged.connect(self._update_fields)
        self._update_fields()

    def kind(self) -> TestKind:
        value = self.test.currentData()
        return TestKind(value) if value else TestKind.NORSKPROVEN

    def test_date(self) -> date:
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def _update_fields(self) -> None:
        kind = self.kind()
        norsk = kind in (TestKind.NORSKPROVEN, TestKind.NORSKPROVEN_C1)
        visible = {
            self.skill: norsk,
            self.level: norsk,
            self.registration: norsk,
            self.version: kind is TestKind.SOCIAL_STUDIES,
            self.score: not norsk,
            self.language: kind is TestKind.SOCIAL_STUDIES,
            self.passed: kind is TestKind.CITIZENSHIP,
        }
        for widget, shown in visible.items():
            self.form.setRowVisible(widget, shown)
        if kind is TestKind.NORSKPROVEN_C1:
            self.level.setCurrentIndex(list(CefrLevel).index(CefrLevel.C1))

    def submit(self, service: LanguageTestService, participant_id: int) -> StoredResult:
        kind = self.kind()
        day = self.test_date()
        if kind in (TestKind.NORSKPROVEN, TestKind.NORSKPROVEN_C1):
            registration = self.registration.currentData()
            return service.record_norskproven(
                participant_id,
                test_date=day,
                skill=SubSkill(self.skill.currentData()),
                level=CefrLevel(self.level.currentData()),
                registration_level=RegistrationLevel(registration) if registration else None,
                c1=kind is TestKind.NORSKPROVEN_C1,
            )
        if kind is TestKind.SOCIAL_STUDIES:
            try:
                language = parse_language(self.language.text())
            except ValueError as exc:
                raise ValidationError([FieldProblem(None, "language", str(exc))]) from exc
            return service.record_social_studies(
                participant_id,
                test_date=day,
                score=self.score.value(),
                version=SocialStudiesVersion(self.version.currentData()),
                language=language,
            )
        return service.record_citizenship(
            participant_id,
            test_date=day,
            score=self.score.value(),
            passed=self.passed.isChecked(),
        )


def describe(stored: StoredResult) -> str:
    item = stored.result
    when = fmt_date(stored.day)
    if isinstance(item, NorskprovenResult):
        test = "Norskprøven C1" if item.c1 else "Norskprøven"
        return f"{when}  {test}, {skill_label(item.sub_skill)}: {level_label(item.level)}"
    outcome = _passed_text(stored.passed)
    if isinstance(item, SocialStudiesResult):
        name = QCoreApplication.translate("TestsPage", "Social-studies test")
        score = f"{item.score}/{item.max_score}"
        version = social_studies_version_label(item.version)
        return f"{when}  {name} ({version}, {item.language}): {score}, {outcome}"
    if isinstance(item, CitizenshipTestResult):
        score = f"{item.score}/{item.max_score}, " if item.score is not None else ""
        return f"{when}  Statsborgerprøven: {score}{outcome}"
    name = QCoreApplication.translate("TestsPage", "Exemption")
    return f"{when}  {name} ({exemption_kind_label(item.kind)}): {item.legal_basis}"


def _passed_text(passed: bool | None) -> str:
    if passed is None:
        return "?"
    if passed:
        return QCoreApplication.translate("TestsPage", "passed")
    return QCoreApplication.translate("TestsPage", "not passed")
