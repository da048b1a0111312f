"""Shared pieces of the Excel reports: column kinds, Norwegian labels, name order and hours.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from introdesk.domain.attendance import BenefitLineKind
from introdesk.domain.codes import (
    Category,
    CefrLevel,
    ParticipantStatus,
)
from introdesk.domain.collation import norwegian_sort_key
from introdesk.domain.deadlines import DeadlineKind
from introdesk.domain.plans import EndGoalType
from introdesk.domain.records import ParticipantRecord
from introdesk.reporting.xlsx.writer import ColumnKind

Row = tuple[object, ...]
T, INT, D, DT, YN = (
    ColumnKind.TEXT,
    ColumnKind.INTEGER,
    ColumnKind.DECIMAL,
    ColumnKind.DATE,
    ColumnKind.YES_NO,
)
CENT = Decimal("0.01")

STATUS_NB = {
    ParticipantStatus.REFERRED: "Henvist",
    ParticipantStatus.MAPPED: "Kartlagt",
    ParticipantStatus.DECIDED: "Vedtak fattet",
    ParticipantStatus.IN_PROGRAMME: "I program",
    ParticipantStatus.ON_LEAVE: "Permisjon",
    ParticipantStatus.STOPPED: "Stanset",
    ParticipantStatus.COMPLETED: "Fullført",
    ParticipantStatus.INTERRUPTED: "Avbrutt",
}
CATEGORY_NB = {
    Category.RIGHT_AND_DUTY: "Rett og plikt",
    Category.RIGHT_ONLY: "Rett",
    Category.MAY_BE_OFFERED: "Kan tilbys",
    Category.NOT_ELIGIBLE: "Ikke rett",
}
UNKNOWN_CATEGORY_NB = "Ukjent (mangler opplysninger)"
DEADLINE_NB = {
    DeadlineKind.MAPPING: "Kompetansekartlegging",
    DeadlineKind.DECISION: "Vedtak",
    DeadlineKind.PROGRAMME_START: "Programstart",
    DeadlineKind.DECISION_WINDOW: "Vedtak innen 2 år i kommunen",
}
LINE_KIND_NB = {
    BenefitLineKind.BASE: "Stønad",
    BenefitLineKind.DEDUCTION: "Trekk for fravær",
    BenefitLineKind.OTHER_REDUCTION: "Annen ytelse",
    BenefitLineKind.ADJUSTMENT: "Justering",
}
END_GOAL_NB = {
    EndGoalType.WORK: "Arbeid",
    EndGoalType.UPPER_SECONDARY: "Fullført videregående opplæring",
    EndGoalType.HIGHER_EDUCATION: "Høyere utdanning",
    EndGoalType.PRIMARY_SCHOOL: "Grunnskole",
    EndGoalType.OTHER: "Annet",
}
WEEKDAY_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
CLOSED_STATUSES = frozenset(
    {ParticipantStatus.STOPPED, ParticipantStatus.COMPLETED, ParticipantStatus.INTERRUPTED}
)


sort_name = norwegian_sort_key  # the one Norwegian order (domain/collation.py)


SUB_SKILL_NB = {"listening": "Lytte", "reading": "Lese", "writing": "Skrive", "oral": "Muntlig"}


def level_text(level: CefrLevel) -> str:
    return "Under A1" if level is CefrLevel.BELOW_A1 else str(level)


def hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(CENT, rounding=ROUND_HALF_UP)


def participant_name(record: ParticipantRecord | None, participant_id: int) -> str:
    return record.display_name if record is not None else f"(ukjent deltaker {participant_id})"
