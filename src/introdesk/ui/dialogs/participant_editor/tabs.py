"""The four tabs of the participant editor (person, programme, competence, goals). Their layouts
are the Designer forms ``forms/participant_*.ui``; here the fields are taken into the
``FieldDialog`` (error labels, re-checking) and the choices that come from data are filled."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.records import AdviserRecord
from introdesk.ui.dialogs.participant_editor.competence import CompetenceLists
from introdesk.ui.dialogs.participant_editor.fields import FieldDialog
from introdesk.ui.forms.participant_competence import Ui_CompetenceTab
from introdesk.ui.forms.participant_goals import Ui_GoalsTab
from introdesk.ui.forms.participant_person import Ui_PersonTab
from introdesk.ui.forms.participant_programme import Ui_ProgrammeTab
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
    form = Ui_PersonTab()
    form.setupUi(page)
    dialog.adopt_fields(page)
    dialog.fill_choices(form.field_sex, sex_labels().items())
    return dialog.scroll_area(page)


def programme_tab(dialog: FieldDialog, advisers: list[AdviserRecord]) -> QWidget:
    page = QWidget(dialog)
    form = Ui_ProgrammeTab()
    form.setupUi(page)
    dialog.adopt_fields(page)
    statuses = [(s, status_label(s)) for s in ParticipantStatus]
    dialog.fill_choices(form.field_status, statuses, empty=False)
    dialog.fill_choices(form.field_adviser_id, [(a.id, a.full_name) for a in advisers])
    dialog.fill_choices(form.field_permit_type, permit_labels().items())
    dialog.fill_choices(form.field_regime, regime_labels().items(), empty=False)
    return dialog.scroll_area(page)


def competence_tab(dialog: FieldDialog) -> tuple[QWidget, CompetenceLists, QLabel]:
    page = QWidget(dialog)
    form = Ui_CompetenceTab()
    form.setupUi(page)
    dialog.adopt_fields(page)
    dialog.fill_choices(form.field_education_level, education_labels().items())
    # The education, work and language lists sit between the fields and the error line.
    lists = CompetenceLists(dialog.revalidate, page)
    form.page_layout.insertWidget(1, lists)
    return dialog.scroll_area(page), lists, form.error_competence


def goals_tab(dialog: FieldDialog) -> tuple[QWidget, QLabel]:
    page = QWidget(dialog)
    form = Ui_GoalsTab()
    form.setupUi(page)
    dialog.adopt_fields(page)
    dialog.fill_choices(form.field_end_goal_group_override, end_goal_labels().items())
    return dialog.scroll_area(page), form.assessmentText
