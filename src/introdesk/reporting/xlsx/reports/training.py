"""Norwegian and social-studies training reports (issue 10).

Pure row generators over plain domain values; see ``reports/__init__.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date
from decimal import Decimal

from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.training import TrainingOverview, TrainingWarning, WeekSheet, YearHours
from introdesk.reporting.xlsx.reports.common import (
    DT,
    INT,
    YN,
    D,
    Row,
    level_text,
    participant_name,
    sort_name,
    sub_skill,
)
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
from introdesk.reporting.xlsx.writer import Column, SheetSpec

# --- Norwegian and social-studies training (issue 10) ------------------------------------------


def _training_category(overview: TrainingOverview, texts: ReportTexts) -> str:
    if overview.category is None:
        return texts.unknown_category()
    return texts.code("training_category", overview.category)


def _norwegian_goal(overview: TrainingOverview, texts: ReportTexts) -> str:
    return ", ".join(
        f"{sub_skill(skill, texts).lower()} {level_text(level, texts)}"
        for skill, level in overview.record.goal
    )


# The headings follow the register's names for Norwegian training (brief §5.1: start, norskmål,
# education background, hours completed in Norwegian and in social studies, NIR's hour target).
TRAINING_HOURS = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Training hours"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Year"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Programme")),
        Column(QT_TRANSLATE_NOOP("Reports", "Category")),
        Column(QT_TRANSLATE_NOOP("Reports", "Start"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Deadline"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Norwegian goal")),
        Column(QT_TRANSLATE_NOOP("Reports", "Norwegian goal reached"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Hours completed in Norwegian"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Hours completed in social studies"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Hour target in social studies"), INT),
    ),
)


def training_hours_rows(
    overviews: Iterable[TrainingOverview],
    year_hours: Iterable[YearHours],
    *,
    year: int,
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """One row per person in training during ``year`` (or with hours counted in it): the year's
    hours completed in Norwegian and in social studies (45-minute teaching hours, from the
    lesson attendance) with the person's programme, category, start, deadline and goal."""
    counted = {h.participant_id: h for h in year_hours if h.year == year}
    first, last = date(year, 1, 1), date(year, 12, 31)
    chosen = [
        o
        for o in overviews
        if o.record.participant_id in counted
        or (o.record.start <= last and (o.record.end_date is None or o.record.end_date >= first))
    ]
    chosen.sort(key=lambda o: (sort_name(o.record.participant_name), o.record.participant_id))
    zero = Decimal("0.00")
    for o in chosen:
        found = counted.get(o.record.participant_id)
        yield (
            o.record.participant_id,
            o.record.participant_name,
            year,
            texts.code("programme", o.record.programme),
            _training_category(o, texts),
            o.record.start,
            o.deadline,
            _norwegian_goal(o, texts),
            o.goal_met,
            found.hours_norwegian if found else zero,
            found.hours_social_studies if found else zero,
            o.social_studies_hours_required,
        )


CLASS_ATTENDANCE = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Class attendance"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Class")),
        Column(QT_TRANSLATE_NOOP("Reports", "Teacher")),
        Column(QT_TRANSLATE_NOOP("Reports", "Date"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Weekday")),
        Column(QT_TRANSLATE_NOOP("Reports", "Starts at")),
        Column(QT_TRANSLATE_NOOP("Reports", "Subject")),
        Column(QT_TRANSLATE_NOOP("Reports", "Minutes"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Present"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Minutes present"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Teaching hours (45 min)"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Programme hours"), D),
    ),
)


def class_attendance_rows(
    weeks: Iterable[WeekSheet],
    *,
    start: date,
    end: date,
    hours: Callable[[int], tuple[Decimal, Decimal]],
    texts: ReportTexts = NORWEGIAN,
) -> Iterator[Row]:
    """One row per saved lesson in ``start``..``end`` and class member that day: present or
    absent, the minutes present, and what they count for (brief §2.1, §4.0: a 45-minute lesson
    is one teaching hour and 75 programme minutes). A member with no mark for the lesson gets
    empty attendance cells rather than a guess. Lessons only planned from the timetable (not
    saved) are left out. Rows in class, date, time, then name order. ``hours`` turns minutes
    present into (teaching hours, programme hours) by the lesson-counting rule."""
    ordered = sorted(weeks, key=lambda w: (w.class_code, w.monday))
    for week in ordered:
        for lesson in sorted(week.lessons, key=lambda x: (x.day, x.start)):
            if lesson.id is None or not start <= lesson.day <= end:
                continue
            marks = {m.participant_id: m for m in lesson.marks}
            people: dict[int, str] = {}
            for member in week.members:
                if member.start <= lesson.day and (member.end is None or member.end >= lesson.day):
                    people[member.participant_id] = member.participant_name
            for pid in marks:
                people.setdefault(pid, participant_name(None, pid, texts))
            for pid, name in sorted(people.items(), key=lambda p: (sort_name(p[1]), p[0])):
                mark = marks.get(pid)
                present = None if mark is None else mark.present
                minutes = None if mark is None else (mark.minutes if mark.present else 0)
                yield (
                    week.class_code,
                    week.teacher,
                    lesson.day,
                    texts.weekday(lesson.day),
                    lesson.start.strftime("%H:%M"),
                    texts.code("subject", lesson.subject),
                    lesson.minutes,
                    pid,
                    name,
                    present,
                    minutes,
                    *((None, None) if minutes is None else hours(minutes)),
                )


TRAINING_DEADLINES = SheetSpec(
    QT_TRANSLATE_NOOP("Reports", "Training deadlines"),
    (
        Column(QT_TRANSLATE_NOOP("Reports", "Participant ID"), INT, number_format="0"),
        Column(QT_TRANSLATE_NOOP("Reports", "Name")),
        Column(QT_TRANSLATE_NOOP("Reports", "Programme")),
        Column(QT_TRANSLATE_NOOP("Reports", "Category")),
        Column(QT_TRANSLATE_NOOP("Reports", "Start"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Deadline"), DT),
        Column(QT_TRANSLATE_NOOP("Reports", "Days left"), INT),
        Column(QT_TRANSLATE_NOOP("Reports", "Overdue"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Norwegian goal reached"), YN),
        Column(QT_TRANSLATE_NOOP("Reports", "Hours completed in Norwegian"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Hours completed in social studies"), D),
        Column(QT_TRANSLATE_NOOP("Reports", "Warnings"), width=80),
    ),
)


def training_deadline_rows(
    overviews: Iterable[TrainingOverview], *, as_of: date, texts: ReportTexts = NORWEGIAN
) -> Iterator[Row]:
    """One row per person whose training has not ended: the training deadline (brief §4.0,
    counted by ``services.training``), days left as of ``as_of``, overdue, goal met and the
    warnings. Nearest deadline first; people without a deadline (none applies, or it cannot be
    counted) last, with the warnings saying why."""
    open_ = [o for o in overviews if not o.record.state.ended]
    open_.sort(
        key=lambda o: (
            o.deadline is None,
            o.deadline or as_of,
            sort_name(o.record.participant_name),
            o.record.participant_id,
        )
    )
    for o in open_:
        days = None if o.deadline is None else (o.deadline - as_of).days
        yield (
            o.record.participant_id,
            o.record.participant_name,
            texts.code("programme", o.record.programme),
            _training_category(o, texts),
            o.record.start,
            o.deadline,
            days,
            None if days is None else days < 0,
            o.goal_met,
            o.hours_norwegian,
            o.hours_social_studies,
            _warnings(o, texts),
        )


def _warnings(overview: TrainingOverview, texts: ReportTexts) -> str:
    """The training warnings: the rules' full messages (dates, hours, the law) in Bokmål and,
    where a rule has one, in Nynorsk or English; else the window's short name of each."""

    def text(warning: TrainingWarning) -> str:
        if texts.language == "nb":
            return warning.message
        if texts.language == "nn" and warning.message_nn:
            return warning.message_nn
        if texts.language == "en" and warning.message_en:
            return warning.message_en
        return texts.code("training_warning", warning.code)

    return "; ".join(text(w) for w in overview.warnings)
