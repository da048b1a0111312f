"""The Designer forms (forms/*.ui) and their compiled modules (src/introdesk/ui/forms) agree,
and the widgets built from them are the ones the page and the editor use."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from introdesk.services.container import Services
from introdesk.ui.dialogs.participant_editor import ParticipantEditor
from introdesk.ui.pages.plans.sections import PlanHeader

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("forms", ROOT / "packaging" / "forms.py")
assert spec is not None
assert spec.loader is not None
forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(forms)


def test_every_compiled_form_is_what_uic_makes_of_its_ui_file() -> None:
    stale = forms.out_of_date()
    assert stale == [], f"run 'uv run python packaging/forms.py compile' for {stale}"
    compiled = {p.stem for p in forms.COMPILED.glob("*.py")} - {"__init__"}
    assert compiled == {p.stem for p in forms.form_files()}, "a compiled form without its .ui"


def test_the_plan_header_comes_from_its_form(qtbot: QtBot) -> None:
    header = PlanHeader()
    qtbot.addWidget(header)
    assert header.participant.objectName() == "planParticipant"
    assert header.participant.isEditable()
    assert header.participant.insertPolicy() is QComboBox.InsertPolicy.NoInsert
    assert [b.text() for b in (header.new_button, header.sign_button, header.revise_button)] == [
        "&New plan",
        "&Sign…",
        "&Revise…",
    ]


def test_every_editor_field_has_its_label_and_an_error_beside_it(
    qtbot: QtBot, services: Services
) -> None:
    editor = ParticipantEditor(services.participants, services.settings.advisers())
    qtbot.addWidget(editor)
    assert len(editor.inputs) == 40  # person 16, programme 17, competence 4, goals 3
    assert editor.inputs.keys() == editor.errors.keys()
    for name, widget in editor.inputs.items():
        label = editor.findChild(QLabel, f"label_{name}")
        row = editor.findChild(QHBoxLayout, f"row_{name}")
        assert label is not None, name
        assert label.text(), name
        assert label.buddy() is widget, name
        assert row is not None, name
        assert (row.indexOf(widget), row.indexOf(editor.errors[name])) == (0, 1), name
    date = editor.inputs["birth_date"]
    assert isinstance(date, QLineEdit)
    assert date.placeholderText() == "dd.mm.yyyy"
    sex = editor.inputs["sex"]
    assert isinstance(sex, QComboBox)
    assert sex.count() > 1
    assert sex.itemData(0) is None  # the empty choice, then the labels
