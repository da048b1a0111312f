"""What ``introdesk training`` prints for a person, in the interface language (issue 17): the
status and hours tables' words and the lines that confirm a change. Codes, ISO dates and plain
numbers stay in JSON (``training.py``); here dates are dd.mm.åååå and hours ``20,00 t``."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from introdesk.app.commands.support import table_number
from introdesk.app.labels import label, unknown_category
from introdesk.app.messages import counted, day_text, say, translate
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.training import (
    ClassRecord,
    TrainingOverview,
    TrainingState,
    TrainingWarning,
)

DEADLINE = QT_TRANSLATE_NOOP("Cli", "deadline")
NORWEGIAN = QT_TRANSLATE_NOOP("Cli", "Norwegian")
SOCIAL_STUDIES = QT_TRANSLATE_NOOP("Cli", "social studies")
HOURS = QT_TRANSLATE_NOOP("Cli", "h")
GOAL_MET = QT_TRANSLATE_NOOP("Cli", "goal met")
GOAL_NOT_MET = QT_TRANSLATE_NOOP("Cli", "goal not met")
NOBODY = QT_TRANSLATE_NOOP("Cli", "Nobody is enrolled in training.")
PROGRAMMES = {
    "introduction": QT_TRANSLATE_NOOP("Cli", "the Introduction Programme"),
    "training": QT_TRANSLATE_NOOP("Cli", "Norwegian and social-studies training"),
    "both": QT_TRANSLATE_NOOP("Cli", "the Introduction Programme, then training"),
}
STATES = {
    TrainingState.ACTIVE: QT_TRANSLATE_NOOP("Cli", "active"),
    TrainingState.ON_LEAVE: QT_TRANSLATE_NOOP("Cli", "on leave"),
    TrainingState.COMPLETED: QT_TRANSLATE_NOOP("Cli", "completed"),
    TrainingState.STOPPED: QT_TRANSLATE_NOOP("Cli", "stopped"),
}


def _hours(value: Decimal | float, language: str) -> str:
    return f"{table_number(value)} {translate(HOURS, language)}"


def status_line(item: TrainingOverview, language: str) -> str:
    """``    7  Al-Hassan, Salma  Rett og plikt  frist 22.09.2027  norsk 20,00 t …``"""
    r = item.record
    category = (
        label("training_category", item.category, language)
        if item.category
        else unknown_category(language)
    )
    deadline = day_text(item.deadline) if item.deadline else "-"
    goal = translate(GOAL_MET if item.goal_met else GOAL_NOT_MET, language)
    return (
        f"{r.participant_id:>6}  {r.participant_name:<30} {category:<15} "
        f"{translate(DEADLINE, language)} {deadline:<10}  "
        f"{translate(NORWEGIAN, language)} {_hours(item.hours_norwegian, language):>9}  "
        f"{translate(SOCIAL_STUDIES, language)} {_hours(item.hours_social_studies, language):>8}  "
        f"{goal}"
    )


def warning_line(warning: TrainingWarning, language: str) -> str:
    """A finding in full in the interface language (the rules write Bokmål, Nynorsk and
    English); in English by the window's label where a warning has no English text."""
    if language == "en" and not warning.message_en:
        return f"        ! {label('training_warning', warning.code, language)}"
    return f"        ! {warning.message_in(language)}"


def hours_line(
    participant_id: int, name: str, year: int, norwegian: Decimal, social: Decimal, language: str
) -> str:
    return (
        f"{participant_id:>6}  {name:<30} {year}  "
        f"{translate(NORWEGIAN, language)} {_hours(norwegian, language):>9}  "
        f"{translate(SOCIAL_STUDIES, language)} {_hours(social, language):>8}"
    )


def enrolled(
    participant_id: int, programme: str, start: date, class_code: str | None, language: str
) -> str:
    line = say(
        QT_TRANSLATE_NOOP("Cli", "Enrolled participant {id} in {programme} from {date}"),
        language,
        id=participant_id,
        programme=translate(PROGRAMMES.get(programme, programme), language),
        date=day_text(start),
    )
    if class_code:
        line += say(QT_TRANSLATE_NOOP("Cli", " in class {code}"), language, code=class_code)
    return line + "."


def ended(participant_id: int, state: str, day: date, language: str) -> str:
    return say(
        QT_TRANSLATE_NOOP("Cli", "Training of participant {id}: {state} from {date}."),
        language,
        id=participant_id,
        state=translate(STATES.get(TrainingState(state), state), language),
        date=day_text(day),
    )


def exempted(participant_id: int, kind: str, has_basis: bool, language: str) -> str:
    text = (
        QT_TRANSLATE_NOOP("Cli", "Exemption from {kind} registered for participant {id}.")
        if has_basis
        else QT_TRANSLATE_NOOP(
            "Cli",
            "Exemption from {kind} registered for participant {id} (no legal basis: it will be "
            "warned about).",
        )
    )
    named = label("exemption_kind", kind, language)
    return say(text, language, kind=named[:1].lower() + named[1:], id=participant_id)


def leave(participant_id: int, days: int, language: str) -> str:
    return counted(
        days,
        QT_TRANSLATE_NOOP("Cli", "Approved leave of {count} day registered for participant {id}."),
        QT_TRANSLATE_NOOP("Cli", "Approved leave of {count} days registered for participant {id}."),
        language,
        id=participant_id,
    )


NO_CLASSES = QT_TRANSLATE_NOOP(
    "Cli", "No classes yet (create one with 'introdesk training classes create')."
)
CREATED = QT_TRANSLATE_NOOP("Cli", "Created class {code} ({name}).")
IN_CLASS = QT_TRANSLATE_NOOP("Cli", "Participant {id} is in class {code} from {date}.")
MOVED = QT_TRANSLATE_NOOP("Cli", "Participant {id} moved to class {code} from {date}.")


def class_line(c: ClassRecord, language: str) -> str:
    members = counted(
        c.members,
        QT_TRANSLATE_NOOP("Cli", "{count} member"),
        QT_TRANSLATE_NOOP("Cli", "{count} members"),
        language,
    )
    lessons = counted(
        len(c.timetable),
        QT_TRANSLATE_NOOP("Cli", "{count} lesson a week"),
        QT_TRANSLATE_NOOP("Cli", "{count} lessons a week"),
        language,
    )
    return (
        f"{c.code:<10} {c.name:<30} {c.teacher:<20} {c.level:<6} {c.room:<8} {members}, {lessons}"
    )


def say_class(text: str, code: str, name: str, language: str) -> str:
    return say(text, language, code=code, name=name)


def in_class(text: str, participant_id: int, code: str, day: date, language: str) -> str:
    return say(text, language, id=participant_id, code=code, date=day_text(day))


def registered_week(lessons: int, code: str, week: date, absences: int, language: str) -> str:
    iso = week.isocalendar()
    first = counted(
        lessons,
        QT_TRANSLATE_NOOP("Cli", "Registered {count} lesson for class {code} in week {week}"),
        QT_TRANSLATE_NOOP("Cli", "Registered {count} lessons for class {code} in week {week}"),
        language,
        code=code,
        week=f"{iso.year}-W{iso.week:02d}",
    )
    second = counted(
        absences,
        QT_TRANSLATE_NOOP("Cli", " ({count} absence)."),
        QT_TRANSLATE_NOOP("Cli", " ({count} absences)."),
        language,
    )
    return first + second


def sheet_written(code: str, monday: date, out: Path, language: str) -> str:
    return say(
        QT_TRANSLATE_NOOP(
            "Cli", "Sign-in sheet for class {code}, {start} – {end}, written to {file}."
        ),
        language,
        code=code,
        start=day_text(monday),
        end=day_text(monday + timedelta(days=4)),
        file=out,
    )
