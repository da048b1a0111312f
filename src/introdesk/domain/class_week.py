"""The checks of a class's week of lessons before it is saved (brief §4.0): pure, over the
lessons typed and the class's memberships, so the window and the command line get the same
problems, each naming its row and field."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time

from introdesk.domain.errors import Coded, FieldProblem
from introdesk.domain.training import LessonInput, MembershipRecord


def check_week(
    lessons: Sequence[LessonInput],
    members: Sequence[MembershipRecord],
    monday: date,
    sunday: date,
) -> list[FieldProblem]:
    """What is wrong with a week of lessons for a class, each problem on its lesson's row:
    a day outside the week, a lesson given twice, impossible minutes, a mark for someone not in
    the class that day, or more minutes present than the lesson lasted."""
    problems = []
    seen: set[tuple[date, time]] = set()
    for index, lesson in enumerate(lessons, start=1):
        where = f"{lesson.day.isoformat()} {lesson.start.isoformat('minutes')}"
        if not monday <= lesson.day <= sunday:
            problems.append(
                FieldProblem.of(index, "date", Coded.of("rows.not_in_week", where=where))
            )
        if (lesson.day, lesson.start) in seen:
            problems.append(
                FieldProblem.of(index, "start", Coded.of("rows.given_twice", where=where))
            )
        seen.add((lesson.day, lesson.start))
        if not 0 < lesson.minutes <= 600:
            problems.append(
                FieldProblem.of(index, "minutes", Coded.of("rows.lesson_minutes", where=where))
            )
        for mark in lesson.marks:
            in_class = any(
                m.participant_id == mark.participant_id
                and m.start <= lesson.day
                and (m.end is None or m.end >= lesson.day)
                for m in members
            )
            if not in_class:
                problems.append(
                    FieldProblem.of(
                        index,
                        "participant",
                        Coded.of("rows.not_in_class", where=where, id=mark.participant_id),
                    )
                )
            if mark.present and not 0 <= mark.minutes <= lesson.minutes:
                problems.append(
                    FieldProblem.of(
                        index,
                        "minutes",
                        Coded.of("rows.minutes_present", where=where, minutes=lesson.minutes),
                    )
                )
    return problems
