"""The participant editor, split by concern: ``editor`` (the dialog: load, read, check, save),
``tabs`` (the four tabs' fields), ``fields`` (field and error-label machinery), ``competence``
(the competence lists) and ``messages`` (texts in the interface language)."""

from introdesk.ui.dialogs.participant_editor.editor import ParticipantEditor
from introdesk.ui.dialogs.participant_editor.messages import national_id_message, reason_message

__all__ = ["ParticipantEditor", "national_id_message", "reason_message"]
