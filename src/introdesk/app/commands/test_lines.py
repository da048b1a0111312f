"""What ``introdesk tests`` prints for a person, in the interface language (issue 17): a result
or exemption in a line, the progress table's words and the import summary. The reference at the
start of a line (``norskproven:12``) is what ``tests correct`` and ``tests delete`` take, so it
stays as it is; JSON keeps codes and ISO dates (``language_tests.py``)."""

from __future__ import annotations

from typing import Any

from introdesk.app.labels import label
from introdesk.app.messages import counted, day_text, say, translate
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
)
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.test_progress import StoredResult

PASSED = {
    True: QT_TRANSLATE_NOOP("Cli", "passed"),
    False: QT_TRANSLATE_NOOP("Cli", "not passed"),
}
YES = QT_TRANSLATE_NOOP("Cli", "yes")
NO = QT_TRANSLATE_NOOP("Cli", "no")
# tests progress: the heading's words, and the note under the table
ID = QT_TRANSLATE_NOOP("Cli", "id")
NAME = QT_TRANSLATE_NOOP("Cli", "name")
DEADLINE = QT_TRANSLATE_NOOP("Cli", "deadline")
PERMANENT_RESIDENCE = QT_TRANSLATE_NOOP("Cli", "PR")
CITIZENSHIP = QT_TRANSLATE_NOOP("Cli", "citizenship")
PROGRESS_NOTE = QT_TRANSLATE_NOOP(
    "Cli",
    "(best/goal per sub-skill: listening, reading, writing, oral; PR (permanent residence) and "
    "citizenship cover only the language and test parts)",
)
SKILL_HEADINGS = ("L", "R", "W", "O")
SKILL_LETTERS = {
    "L": QT_TRANSLATE_NOOP("Cli", "L"),
    "R": QT_TRANSLATE_NOOP("Cli", "R"),
    "W": QT_TRANSLATE_NOOP("Cli", "W"),
    "O": QT_TRANSLATE_NOOP("Cli", "O"),
}


def short_level(level: Any) -> str:
    if level is None:
        return "-"
    return "<A1" if level.value == "below_A1" else str(level.value)


def yes(value: bool | None, language: str) -> str:
    return "?" if value is None else translate(YES if value else NO, language)


def _passed(value: bool | None, language: str) -> str:
    return "?" if value is None else translate(PASSED[value], language)


def describe(stored: StoredResult, language: str) -> str:
    """``norskproven:12  15.01.2026 Norskprøven Muntlig: B1``: the reference first, for
    ``tests correct`` and ``tests delete``."""
    return f"{stored.ref}  {_describe(stored, language)}"


def _describe(stored: StoredResult, language: str) -> str:
    item = stored.result
    if isinstance(item, NorskprovenResult):
        test = "Norskprøven C1" if item.c1 else "Norskprøven"
        text = (
            f"{day_text(item.test_date)} {test} {label('sub_skill', item.sub_skill, language)}: "
            f"{short_level(item.level)}"
        )
        if item.registration_level:
            text += say(
                QT_TRANSLATE_NOOP("Cli", " (registered {level})"),
                language,
                level=item.registration_level,
            )
        return text
    if isinstance(item, SocialStudiesResult):
        return say(
            QT_TRANSLATE_NOOP(
                "Cli",
                "{date} social-studies test ({version}, {test_language}): {score}/{max}, {outcome}",
            ),
            language,
            date=day_text(item.test_date),
            version=label("social_studies_version", item.version, language),
            test_language=item.language,
            score=item.score,
            max=item.max_score,
            outcome=_passed(stored.passed, language),
        )
    if isinstance(item, CitizenshipTestResult):
        score = f"{item.score}/{item.max_score}, " if item.score is not None else ""
        outcome = _passed(stored.passed, language)
        return f"{day_text(item.test_date)} statsborgerprøven: {score}{outcome}"
    return say(
        QT_TRANSLATE_NOOP("Cli", "{date} exemption from {kind}: {basis}"),
        language,
        date=day_text(item.decision_date),
        kind=_lower_first(label("exemption_kind", item.kind, language)),
        basis=item.legal_basis,
    )


def _lower_first(text: str) -> str:
    """A label inside a sentence: "fritak fra avsluttende prøve …", not "… fra Avsluttende …"."""
    return text[:1].lower() + text[1:]


def recorded(participant: int, stored: StoredResult, language: str) -> str:
    return say(
        QT_TRANSLATE_NOOP("Cli", "Recorded for participant {id}: {result}"),
        language,
        id=participant,
        result=describe(stored, language),
    )


def corrected(stored: StoredResult, language: str) -> str:
    return say(
        QT_TRANSLATE_NOOP("Cli", "Corrected {result}"), language, result=describe(stored, language)
    )


def deleted(stored: StoredResult, language: str) -> str:
    return say(
        QT_TRANSLATE_NOOP("Cli", "Deleted {result}"), language, result=describe(stored, language)
    )


def imported(added: int, rows: int, duplicates: int, dry_run: bool, language: str) -> str:
    """``Added 3 results from 4 rows; 1 already on record.`` (or ``Would add`` for a dry run)."""
    if dry_run:
        first = counted(
            added,
            QT_TRANSLATE_NOOP("Cli", "Would add {count} result"),
            QT_TRANSLATE_NOOP("Cli", "Would add {count} results"),
            language,
        )
    else:
        first = counted(
            added,
            QT_TRANSLATE_NOOP("Cli", "Added {count} result"),
            QT_TRANSLATE_NOOP("Cli", "Added {count} results"),
            language,
        )
    source = counted(
        rows,
        QT_TRANSLATE_NOOP("Cli", " from {count} row"),
        QT_TRANSLATE_NOOP("Cli", " from {count} rows"),
        language,
    )
    already = say(
        QT_TRANSLATE_NOOP("Cli", "; {count} already on record."), language, count=duplicates
    )
    return first + source + already
