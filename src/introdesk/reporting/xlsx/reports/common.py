"""Shared pieces of the Excel reports: column kinds, name order, hours and a few labels.

The words are in the language of the ``ReportTexts`` a report is given (``texts.py``): the
headings below are English source strings, marked for Qt Linguist in the context ``Reports``.

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from introdesk.domain.codes import CefrLevel, ParticipantStatus
from introdesk.domain.collation import norwegian_sort_key
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.records import ParticipantRecord
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
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

CLOSED_STATUSES = frozenset(
    {ParticipantStatus.STOPPED, ParticipantStatus.COMPLETED, ParticipantStatus.INTERRUPTED}
)


sort_name = norwegian_sort_key  # the one Norwegian order (domain/collation.py)


BELOW_A1 = QT_TRANSLATE_NOOP("Reports", "Below A1")
UNKNOWN_PARTICIPANT = QT_TRANSLATE_NOOP("Reports", "(unknown participant {id})")


def level_text(level: CefrLevel, texts: ReportTexts = NORWEGIAN) -> str:
    return texts(BELOW_A1) if level is CefrLevel.BELOW_A1 else str(level)


def sub_skill(skill: str, texts: ReportTexts = NORWEGIAN) -> str:
    """A Norskprøven sub-skill (``oral``) as the window names it (``Muntlig``)."""
    return texts.code("sub_skill", skill)


def hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(CENT, rounding=ROUND_HALF_UP)


def participant_name(
    record: ParticipantRecord | None, participant_id: int, texts: ReportTexts = NORWEGIAN
) -> str:
    if record is not None:
        return record.display_name
    return texts(UNKNOWN_PARTICIPANT, id=participant_id)
