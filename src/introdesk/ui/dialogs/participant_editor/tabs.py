"""The four tabs of the participant editor (person, programme, competence, goals), built as
labelled fields of a ``FieldDialog``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.records import AdviserRecord
from introdesk.ui.dialogs.participant_editor.competence import CompetenceLists
from introdesk.ui.dialogs.participant_editor.fields import FieldDialog
from introdesk.ui.labels import status_label
from introdesk.ui.participant_labels import (
    education_labels,
    end_goal_labels,
    permit_labels,
    regime_labels,
    sex_labels,
)


def person_tab(dialog: FieldDialog) -> QWidget:
    page = QWidget(dialog)
    form = QFormLayout(page)
    dialog.add_field(
        form,
        "given_name",
        QCoreApplication.translate("ParticipantEditor", "Given name *"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "family_name",
        QCoreApplication.translate("ParticipantEditor", "Family name *"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "preferred_name",
        QCoreApplication.translate("ParticipantEditor", "Preferred name"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "national_id",
        QCoreApplication.translate("ParticipantEditor", "National ID (fødselsnummer/D-number)"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "birth_date",
        QCoreApplication.translate("ParticipantEditor", "Birth date"),
        dialog.date_edit(),
    )
    dialog.add_field(
        form,
        "duf_number",
        QCoreApplication.translate("ParticipantEditor", "DUF number"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "sex",
        QCoreApplication.translate("ParticipantEditor", "Sex"),
        dialog.combo(list(sex_labels().items())),
    )
    dialog.add_field(
        form,
        "country_of_birth",
        QCoreApplication.translate("ParticipantEditor", "Country of birth"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "citizenship",
        QCoreApplication.translate("ParticipantEditor", "Citizenship"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "mother_tongue",
        QCoreApplication.translate("ParticipantEditor", "Mother tongue"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "other_languages",
        QCoreApplication.translate("ParticipantEditor", "Other languages"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "interpreter_needed",
        QCoreApplication.translate("ParticipantEditor", "Needs an interpreter"),
        QCheckBox(dialog),
    )
    dialog.add_field(
        form,
        "interpreter_language",
        QCoreApplication.translate("ParticipantEditor", "Interpreter language"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form, "phone", QCoreApplication.translate("ParticipantEditor", "Phone"), QLineEdit(dialog)
    )
    dialog.add_field(
        form,
        "email",
        QCoreApplication.translate("ParticipantEditor", "E-mail"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "address",
        QCoreApplication.translate("ParticipantEditor", "Address"),
        QLineEdit(dialog),
    )
    return dialog.scroll_area(page)


def programme_tab(dialog: FieldDialog, advisers: list[AdviserRecord]) -> QWidget:
    page = QWidget(dialog)
    form = QFormLayout(page)
    statuses = [(s, status_label(s)) for s in ParticipantStatus]
    dialog.add_field(
        form,
        "status",
        QCoreApplication.translate("ParticipantEditor", "Status"),
        dialog.combo(list(statuses), empty=False),
    )
    dialog.add_field(
        form,
        "adviser_id",
        QCoreApplication.translate("ParticipantEditor", "Adviser"),
        dialog.combo([(a.id, a.full_name) for a in advisers]),
    )
    dialog.add_field(
        form,
        "permit_type",
        QCoreApplication.translate("ParticipantEditor", "Permit type"),
        dialog.combo(list(permit_labels().items())),
    )
    dialog.add_field(
        form,
        "permit_date",
        QCoreApplication.translate("ParticipantEditor", "Permit granted"),
        dialog.date_edit(),
    )
    dialog.add_field(
        form,
        "regime",
        QCoreApplication.translate("ParticipantEditor", "Regime"),
        dialog.combo(list(regime_labels().items()), empty=False),
    )
    dialog.add_field(
        form,
        "settlement_municipality",
        QCoreApplication.translate("ParticipantEditor", "Settlement municipality"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "settlement_date",
        QCoreApplication.translate("ParticipantEditor", "Settlement date"),
        dialog.date_edit(),
    )
    first_settlement = dialog.date_edit()
    first_settlement.setToolTip(
        QCoreApplication.translate(
            "ParticipantEditor",
            "The first settlement in any Norwegian municipality: the two years of "
            "integreringsloven § 8 count from it. Empty: the settlement date above.",
        )
    )
    dialog.add_field(
        form,
        "first_settlement_date",
        QCoreApplication.translate("ParticipantEditor", "First settled in Norway on"),
        first_settlement,
    )
    dialog.add_field(
        form,
        "request_date",
        QCoreApplication.translate("ParticipantEditor", "Asked to take part on"),
        dialog.date_edit(),
    )
    dialog.add_field(
        form,
        "settled_by_agreement",
        QCoreApplication.translate("ParticipantEditor", "Settled by agreement with IMDi"),
        QCheckBox(dialog),
    )
    children = QSpinBox(dialog)
    children.setRange(0, 30)
    dialog.add_field(
        form,
        "children_under_18",
        QCoreApplication.translate("ParticipantEditor", "Children under 18"),
        children,
    )
    dialog.add_field(
        form,
        "expecting_child",
        QCoreApplication.translate("ParticipantEditor", "Expecting a child"),
        QCheckBox(dialog),
    )
    dialog.add_field(
        form,
        "lives_with_parents",
        QCoreApplication.translate("ParticipantEditor", "Lives with parents"),
        QCheckBox(dialog),
    )
    partner = QSpinBox(dialog)
    partner.setRange(0, 2_000_000_000)
    partner.setSpecialValueText(QCoreApplication.translate("ParticipantEditor", "none"))
    partner.setToolTip(
        QCoreApplication.translate(
            "ParticipantEditor",
            "The participant id of a spouse or cohabitant who also takes part: without children, "
            "each gets 5/6 of the rate (integreringsloven § 20).",
        )
    )
    dialog.add_field(
        form,
        "household_partner_id",
        QCoreApplication.translate("ParticipantEditor", "Spouse or cohabitant (participant id)"),
        partner,
    )
    dialog.add_field(
        form,
        "mapping_date",
        QCoreApplication.translate("ParticipantEditor", "Competence mapped on"),
        dialog.date_edit(),
    )
    dialog.add_field(
        form,
        "decision_date",
        QCoreApplication.translate("ParticipantEditor", "Decision made on"),
        dialog.date_edit(),
    )
    dialog.add_field(
        form,
        "programme_start",
        QCoreApplication.translate("ParticipantEditor", "Programme started on"),
        dialog.date_edit(),
    )
    return dialog.scroll_area(page)


def competence_tab(dialog: FieldDialog) -> tuple[QWidget, CompetenceLists, QLabel]:
    page = QWidget(dialog)
    layout = QVBoxLayout(page)
    form = QFormLayout()
    dialog.add_field(
        form,
        "education_level",
        QCoreApplication.translate("ParticipantEditor", "Highest education"),
        dialog.combo(list(education_labels().items())),
    )
    dialog.add_field(
        form,
        "completed_upper_secondary",
        QCoreApplication.translate("ParticipantEditor", "Completed upper secondary (GSU list)"),
        QCheckBox(dialog),
    )
    dialog.add_field(
        form,
        "career_guidance_date",
        QCoreApplication.translate("ParticipantEditor", "Career guidance on"),
        dialog.date_edit(),
    )
    dialog.add_field(
        form,
        "career_guidance_recommendation",
        QCoreApplication.translate("ParticipantEditor", "Career guidance recommendation"),
        QPlainTextEdit(dialog),
    )
    dialog.inputs["career_guidance_recommendation"].setMaximumHeight(60)
    layout.addLayout(form)

    lists = CompetenceLists(dialog.revalidate, page)
    layout.addWidget(lists)
    competence_error = QLabel(page)
    competence_error.setObjectName("error_competence")
    competence_error.setStyleSheet("color: #b00020;")
    layout.addWidget(competence_error)
    return dialog.scroll_area(page), lists, competence_error


def goals_tab(dialog: FieldDialog) -> tuple[QWidget, QLabel]:
    page = QWidget(dialog)
    layout = QVBoxLayout(page)
    assessment_label = QLabel(page)
    assessment_label.setObjectName("assessmentText")
    assessment_label.setWordWrap(True)
    assessment_label.setTextFormat(Qt.TextFormat.RichText)
    layout.addWidget(assessment_label)
    form = QFormLayout()
    dialog.add_field(
        form,
        "end_goal_group_override",
        QCoreApplication.translate("ParticipantEditor", "End goal (override)"),
        dialog.combo(list(end_goal_labels().items())),
    )
    dialog.add_field(
        form,
        "norwegian_goal_override",
        QCoreApplication.translate("ParticipantEditor", "Norwegian goal (override)"),
        QLineEdit(dialog),
    )
    dialog.add_field(
        form,
        "goal_override_reason",
        QCoreApplication.translate("ParticipantEditor", "Reason for the override"),
        QLineEdit(dialog),
    )
    goal = dialog.inputs["norwegian_goal_override"]
    assert isinstance(goal, QLineEdit)
    goal.setPlaceholderText(
        QCoreApplication.translate(
            "ParticipantEditor", "listening/reading/writing/oral, e.g. B1/B1/A2/B1"
        )
    )
    layout.addLayout(form)
    layout.addStretch(1)
    return dialog.scroll_area(page), assessment_label
