"""The audit dialog's fields by label, from the same Qt-free table as ``introdesk audit``."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from introdesk.ui.audit_labels import field_label, value_label


def test_fields_are_labels_and_an_attendance_field_names_its_element(qapp: QApplication) -> None:
    assert field_label("decision_date") == "Decision date"
    assert field_label("norwegian.absence_code") == "Norwegian language training, absence code"
    assert value_label("norwegian.absence_code", "sick_child") == "Sick child"
    assert field_label("no_such_field") == "no_such_field"  # shown as stored
