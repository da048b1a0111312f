"""Translated labels for the stable codes in ``domain.codes``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.codes import ParticipantStatus


def status_label(status: ParticipantStatus) -> str:
    labels = {
        ParticipantStatus.REFERRED: QCoreApplication.translate("Labels", "Referred"),
        ParticipantStatus.MAPPED: QCoreApplication.translate("Labels", "Mapped"),
        ParticipantStatus.DECIDED: QCoreApplication.translate("Labels", "Decided"),
        ParticipantStatus.IN_PROGRAMME: QCoreApplication.translate("Labels", "In programme"),
        ParticipantStatus.ON_LEAVE: QCoreApplication.translate("Labels", "On leave"),
        ParticipantStatus.STOPPED: QCoreApplication.translate("Labels", "Stopped"),
        ParticipantStatus.COMPLETED: QCoreApplication.translate("Labels", "Completed"),
        ParticipantStatus.INTERRUPTED: QCoreApplication.translate("Labels", "Interrupted"),
    }
    return labels[status]
