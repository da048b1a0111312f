"""The plan-status column of the participants list (none, draft, signed, needs revision).

Kept apart from the participants page so that page only needs to add the column and reload it
(``PlanStatusSource``); the statuses come from ``PlanService.plan_status_by_participant`` in one
query per refresh."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication

from introdesk.domain.participant_details import ParticipantSummary
from introdesk.domain.plan_versions import PlanStatus
from introdesk.ui.models.record_table import Column

# Sorted so that what needs attention comes first.
SORT_ORDER = {
    PlanStatus.NEEDS_REVISION.value: 0,
    PlanStatus.DRAFT.value: 1,
    PlanStatus.NONE.value: 2,
    PlanStatus.SIGNED.value: 3,
}


def plan_status_label(code: str) -> str:
    labels = {
        PlanStatus.NONE.value: QCoreApplication.translate("PlanStatus", "No plan"),
        PlanStatus.DRAFT.value: QCoreApplication.translate("PlanStatus", "Draft"),
        PlanStatus.SIGNED.value: QCoreApplication.translate("PlanStatus", "Signed"),
        PlanStatus.NEEDS_REVISION.value: QCoreApplication.translate("PlanStatus", "Needs revision"),
    }
    return labels.get(code, code)


class PlanStatusSource:
    """Plan status per participant, reloaded when the list is."""

    def __init__(self, load: Callable[[], Mapping[int, str]]) -> None:
        self._load = load
        self.statuses: Mapping[int, str] = {}

    def load(self) -> Mapping[int, str]:
        """Read the statuses (any thread); the page stores them in ``statuses``."""
        return self._load()

    def reload(self) -> None:
        self.statuses = self.load()

    def status(self, record: ParticipantSummary) -> str:
        return self.statuses.get(record.id, PlanStatus.NONE.value)

    def column(self) -> Column[ParticipantSummary]:
        return Column(
            "plan_status",
            lambda: QCoreApplication.translate("PlanStatus", "Plan"),
            lambda r: plan_status_label(self.status(r)),
            sort_key=lambda r: SORT_ORDER.get(self.status(r), 9),
        )
