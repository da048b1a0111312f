"""Start deadlines as values (brief §1.1, §1.2): which deadline, when it is due and whether it is
met. ``rules/deadlines.py`` computes them; services and reports pass them on."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from introdesk.core.quick_init import quick_init


class DeadlineKind(StrEnum):
    MAPPING = "mapping"  # kompetansekartlegging, brief §1.2/§1.3
    DECISION = "decision"  # vedtak om introduksjonsprogram, brief §1.2
    PROGRAMME_START = "programme_start"  # brief §1.2
    DECISION_WINDOW = "decision_window"  # less than 2 years in the municipality, brief §1.1


@quick_init
@dataclass(frozen=True, slots=True)
class DeadlineStatus:
    """One deadline seen from ``as_of``.

    ``days_left`` is negative when the due date has passed. ``met`` is ``None`` while the event
    has not happened; otherwise whether it happened on or before the due date.
    """

    kind: DeadlineKind
    due: date
    runs_from: date
    event_date: date | None
    days_left: int
    met: bool | None
    description: str

    @property
    def overdue(self) -> bool:
        """Not done and the due date has passed."""
        return self.event_date is None and self.days_left < 0
