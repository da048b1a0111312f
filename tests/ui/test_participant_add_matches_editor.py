"""The same person made in the window's editor ("Ny…") and with ``introdesk participants add``
is stored the same: the same record, the same first status and the same audit of the creation
(one capability, one service method: ``ParticipantService.new_record``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QSpinBox
from pytestqt.qtbot import QtBot

from introdesk.app import cli
from introdesk.domain.codes import EducationLevel, PermitType, Sex
from introdesk.services.container import Services
from introdesk.ui.dialogs.participant_editor import ParticipantEditor

TYPED = {
    "given_name": "Hodan",
    "family_name": "Warsame",
    "preferred_name": "Hoda",
    "birth_date": "17.05.1990",
    "permit_date": "01.02.2025",
    "settlement_date": "01.03.2025",
    "request_date": "15.03.2025",
    "first_settlement_date": "01.03.2025",
    "mother_tongue": "somali",
    "phone": "+47 400 00 000",
    "email": "hodan@example.org",
}


def _choose(editor: ParticipantEditor, name: str, value: object) -> None:
    combo = editor.inputs[name]
    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, name
    combo.setCurrentIndex(index)


def test_the_window_and_the_command_line_store_the_same_person(
    qtbot: QtBot,
    services: Services,
    sqlite_only_database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    kari = services.settings.add_adviser("kari", "Kari Nordmann")
    editor = ParticipantEditor(services.participants, services.settings.advisers())
    qtbot.addWidget(editor)
    editor.show()
    for name, text in TYPED.items():
        widget = editor.inputs[name]
        assert isinstance(widget, QLineEdit)
        qtbot.keyClicks(widget, text)
    _choose(editor, "sex", Sex.FEMALE)
    _choose(editor, "permit_type", PermitType.REFUGEE)
    _choose(editor, "education_level", EducationLevel.UPPER_SECONDARY)
    _choose(editor, "adviser_id", kari.id)
    completed = editor.inputs["completed_upper_secondary"]
    children = editor.inputs["children_under_18"]
    assert isinstance(completed, QCheckBox)
    assert isinstance(children, QSpinBox)
    completed.setChecked(True)
    children.setValue(2)
    editor.save()
    assert editor.saved_id is not None

    options = [f"--{name.replace('_', '-')}" for name in TYPED]
    argv = [part for option, text in zip(options, TYPED.values(), strict=True)
            for part in (option, text)]  # fmt: skip
    code = cli.run(
        [
            "--basedir", str(tmp_path), "--database", sqlite_only_database_url,
            "participants", "add", *argv, "--sex", "F", "--permit-type", "refugee",
            "--education-level", "upper_secondary", "--adviser", "kari",
            "--completed-upper-secondary", "--children-under-18", "2",
        ]
    )  # fmt: skip
    assert code == 0, capsys.readouterr().err
    from_cli = int(capsys.readouterr().out.split()[3].rstrip(":"))
    assert from_cli != editor.saved_id

    window, command = (services.participants.details(i) for i in (editor.saved_id, from_cli))
    assert command.fields == window.fields
    assert command.status_history == window.status_history
    assert command.adviser_name == "Kari Nordmann"

    def audited(participant_id: int) -> set[tuple[str, str, str | None, str | None]]:
        return {
            (h.action, h.field, h.old_value, h.new_value)
            for h in services.participants.history(participant_id)
        }

    assert audited(from_cli) == audited(editor.saved_id)
    assert ("create", "given_name", None, "Hodan") in audited(from_cli)
