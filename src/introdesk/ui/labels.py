"""Translated labels for the stable codes in ``domain.codes``."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from introdesk.domain.codes import ParticipantStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: ParticipantStatus) -> str:
    labels = {
        ParticipantStatus.REFERRED: _t("Referred"),
        ParticipantStatus.MAPPED: _t("Mapped"),
        ParticipantStatus.DECIDED: _t("Decided"),
        ParticipantStatus.IN_PROGRAMME: _t("In programme"),
        ParticipantStatus.ON_LEAVE: _t("On leave"),
        ParticipantStatus.STOPPED: _t("Stopped"),
        ParticipantStatus.COMPLETED: _t("Completed"),
        ParticipantStatus.INTERRUPTED: _t("Interrupted"),
    }
    return labels[status]
