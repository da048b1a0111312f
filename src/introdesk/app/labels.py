"""The stored codes the command line shows, as labels in the interface language (issue 17).

A table printed for a person shows "I program", not ``in_programme``: the same labels as the
window, looked up by the window's context and English text in the ``.ts`` files
(``app/messages.py``, no Qt; the table is ``domain/code_labels.py``, shared with the Excel
reports). JSON and CSV keep the codes. ``tests/unit/test_cli_labels.py``
fails when a text here is not one the window translates.
"""

from __future__ import annotations

from enum import Enum
from typing import TYPE_CHECKING

from introdesk.app.messages import LANGUAGES, translate
from introdesk.domain.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # read through ``__getattr__`` below
    from introdesk.domain.code_labels import LABELS as LABELS
    from introdesk.domain.code_labels import UNKNOWN_CATEGORY as UNKNOWN_CATEGORY


def __getattr__(name: str) -> object:
    """``LABELS`` and ``UNKNOWN_CATEGORY`` are read from ``domain/code_labels.py`` when first
    asked: the table imports most of the domain, which a command printing JSON or a month's
    benefit does not need (issue 18)."""
    if name in ("LABELS", "UNKNOWN_CATEGORY"):
        from introdesk.domain import code_labels

        return getattr(code_labels, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Headings and words of the command line's own tables (context "Cli").
HEADINGS = {
    "id": QT_TRANSLATE_NOOP("Cli", "ID"),
    "name": QT_TRANSLATE_NOOP("Cli", "Name"),
    "national_id": QT_TRANSLATE_NOOP("Cli", "National ID"),
    "status": QT_TRANSLATE_NOOP("Cli", "Status"),
    "category": QT_TRANSLATE_NOOP("Cli", "Category"),
    "adviser": QT_TRANSLATE_NOOP("Cli", "Adviser"),
    "next_deadline": QT_TRANSLATE_NOOP("Cli", "Next deadline"),
    "days_left": QT_TRANSLATE_NOOP("Cli", "Days left"),
}
OVERDUE = QT_TRANSLATE_NOOP("Cli", "OVERDUE")
# participants show
DETAILS = {
    "national_id": QT_TRANSLATE_NOOP("Cli", "National ID:"),
    "birth_date": QT_TRANSLATE_NOOP("Cli", "Birth date:"),
    "status": QT_TRANSLATE_NOOP("Cli", "Status:"),
    "adviser": QT_TRANSLATE_NOOP("Cli", "Adviser:"),
    "permit_type": QT_TRANSLATE_NOOP("Cli", "Permit:"),
    "permit_date": QT_TRANSLATE_NOOP("Cli", "Permit date:"),
    "settlement_date": QT_TRANSLATE_NOOP("Cli", "Settlement:"),
    "category": QT_TRANSLATE_NOOP("Cli", "Category:"),
    "end_goal_group": QT_TRANSLATE_NOOP("Cli", "End goal:"),
}
DETAIL_KINDS = {
    "status": "status",
    "permit_type": "permit",
    "category": "category",
    "end_goal_group": "end_goal",
}
NORWEGIAN_GOAL = QT_TRANSLATE_NOOP("Cli", "Norw. goal:")
REASONS = QT_TRANSLATE_NOOP("Cli", "Reasons:")
DEADLINES = QT_TRANSLATE_NOOP("Cli", "Deadlines:")
DONE = QT_TRANSLATE_NOOP("Cli", "done")
DAYS_LEFT = QT_TRANSLATE_NOOP("Cli", "{days} days left")
NO_DEADLINES = QT_TRANSLATE_NOOP("Cli", "(none: no settlement or request date)")
RECOGNITION = QT_TRANSLATE_NOOP("Cli", "Recognition: {hint}")
# programme history
EVENTS_HEADING = QT_TRANSLATE_NOOP("Cli", "Participant {id}: {count} events")
EVENT_HEADING = QT_TRANSLATE_NOOP("Cli", "Participant {id}: {count} event")
PAID = QT_TRANSLATE_NOOP("Cli", "paid")
UNPAID = QT_TRANSLATE_NOOP("Cli", "unpaid")
BY = QT_TRANSLATE_NOOP("Cli", "by {actor}")
RECORDED = QT_TRANSLATE_NOOP("Cli", "Recorded for participant {id}: {event}.")
CHANGED = QT_TRANSLATE_NOOP("Cli", "Changed event {event_id} of participant {id}: {event}.")
PARTICIPANTS_COUNT = QT_TRANSLATE_NOOP("Cli", "{count} participants")
PARTICIPANT_COUNT = QT_TRANSLATE_NOOP("Cli", "{count} participant")
IMPORT_PROBLEM = QT_TRANSLATE_NOOP("Cli", "{count} problem in {file}; nothing was imported.")
IMPORT_PROBLEMS = QT_TRANSLATE_NOOP("Cli", "{count} problems in {file}; nothing was imported.")
WROTE = QT_TRANSLATE_NOOP("Cli", "Wrote {file}")
# benefit compute / lock
BENEFIT_HEADING = QT_TRANSLATE_NOOP("Cli", "Benefit {month} ({state}): {count} participants")
BENEFIT_HEADING_ONE = QT_TRANSLATE_NOOP("Cli", "Benefit {month} ({state}): {count} participant")
MONTH_LOCKED = QT_TRANSLATE_NOOP("Cli", "locked (as paid)")
MONTH_OPEN = QT_TRANSLATE_NOOP("Cli", "open")
PARTICIPANT_NET = QT_TRANSLATE_NOOP("Cli", "participant {id}: net {net} kr")
DECISION_REQUIRED = QT_TRANSLATE_NOOP("Cli", "DECISION REQUIRED")
MISSING_DAYS = QT_TRANSLATE_NOOP("Cli", "{count} days missing registration")
MISSING_DAY = QT_TRANSLATE_NOOP("Cli", "{count} day missing registration")
LOCKED_SUMMARY = QT_TRANSLATE_NOOP(
    "Cli", "Locked {month}: {count} participants, net total {net} kr."
)
LOCKED_SUMMARY_ONE = QT_TRANSLATE_NOOP(
    "Cli", "Locked {month}: {count} participant, net total {net} kr."
)


def label(kind: str, code: str | Enum | None, language: str) -> str:
    """The label of ``code`` (a value of the ``kind`` table) in ``language``; a code without a
    label is shown as it is."""
    from introdesk.domain.code_labels import code_label

    return code_label(kind, code, language if language in LANGUAGES else "en")


def unknown_category(language: str) -> str:
    from introdesk.domain.code_labels import UNKNOWN_CATEGORY

    return translate(UNKNOWN_CATEGORY[1], language, UNKNOWN_CATEGORY[0])


def cli_text(text: str, language: str) -> str:
    return translate(text, language)
