"""Synthetic training data for the demo: two classes with a weekly timetable, members with a
permit and an education background, and four past weeks of lessons with attendance.

Called once from ``DemoService.generate`` inside its unit of work, so the demo is written whole
or not at all. Nothing here describes a real person.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

from introdesk.domain.codes import EducationLevel, PermitType, Programme, Regime, SubSkill
from introdesk.domain.dates import monday_of
from introdesk.domain.training import Subject, TrainingState
from introdesk.persistence.models import (
    ClassMemberRow,
    LessonAttendanceRow,
    LessonRow,
    TimetableSlotRow,
    TrainingClassRow,
    TrainingRecordRow,
)
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import classes as class_repo
from introdesk.persistence.repositories import training as training_repo
from introdesk.persistence.uow import UnitOfWork
from introdesk.rules.goals import background_key
from introdesk.rules.tables import load_table

CLASSES = [
    (
        "NOR-A2",
        "Norsk A2 formiddag",
        "Ingrid Sæther",
        "A2",
        "Rom 101",
        [
            (0, time(9, 0), 90, Subject.NORWEGIAN),
            (1, time(9, 0), 90, Subject.NORWEGIAN),
            (2, time(9, 0), 45, Subject.SOCIAL_STUDIES),
            (3, time(9, 0), 90, Subject.NORWEGIAN),
        ],
    ),
    (
        "NOR-B1",
        "Norsk B1 ettermiddag",
        "Håkon Løvås",
        "B1",
        "Rom 204",
        [
            (0, time(12, 30), 90, Subject.NORWEGIAN),
            (2, time(12, 30), 90, Subject.NORWEGIAN),
            (4, time(12, 30), 90, Subject.SOCIAL_STUDIES),
        ],
    ),
]
PERMITS = [
    (PermitType.REFUGEE, 40),
    (PermitType.FAMILY_IMMIGRATION, 20),
    (PermitType.RESETTLEMENT, 10),
    (PermitType.LABOUR, 15),
    (PermitType.LABOUR_FAMILY, 5),
    (PermitType.EEA, 5),
    (PermitType.STUDENT, 5),
]
WEEKS_OF_LESSONS = 4


def _add(uow: UnitOfWork, actor: str, entity: str, row: object, what: str) -> None:
    session = uow.session
    session.add(row)
    session.flush()
    audit.record(
        session,
        actor=actor,
        action="create",
        entity=entity,
        entity_id=getattr(row, "id", ""),
        changes={"source": (None, what)},
    )


def _demo_classes(uow: UnitOfWork, actor: str) -> list[TrainingClassRow]:
    """The demo classes with their timetables, each added once."""
    session = uow.session
    classes = []
    for code, name, teacher, level, room, timetable in CLASSES:
        row = class_repo.get_by_code(session, code)
        if row is None:
            row = TrainingClassRow(
                code=code, name=name, teacher=teacher, level=level, room=room, archived=False
            )
            _add(uow, actor, "training_class", row, "demo")
            for weekday, begins, minutes, subject in timetable:
                session.add(
                    TimetableSlotRow(
                        class_id=row.id,
                        weekday=weekday,
                        start_time=begins,
                        minutes=minutes,
                        subject=subject.value,
                    )
                )
        classes.append(row)
    return classes


def _add_lessons(
    uow: UnitOfWork,
    actor: str,
    rng: random.Random,
    classes: list[TrainingClassRow],
    members: dict[int, list[int]],
    first_monday: date,
) -> None:
    """The past weeks' lessons of each class with its members' attendance (lessons already
    there are left as they are)."""
    session = uow.session
    for klass in classes:
        slots = class_repo.timetable(session, klass.id)
        for week in range(WEEKS_OF_LESSONS):
            monday = first_monday + timedelta(weeks=week)
            existing = {
                (lesson.lesson_date, lesson.start_time)
                for lesson in class_repo.lessons_between(
                    session, klass.id, monday, monday + timedelta(days=6)
                )
            }
            for slot in slots:
                day = monday + timedelta(days=slot.weekday)
                if (day, slot.start) in existing:
                    continue
                lesson = LessonRow(
                    class_id=klass.id,
                    lesson_date=day,
                    start_time=slot.start,
                    minutes=slot.minutes,
                    subject=slot.subject.value,
                )
                _add(uow, actor, "training_lesson", lesson, "demo")
                for pid in members[klass.id]:
                    present = rng.random() < 0.88
                    minutes = slot.minutes if rng.random() < 0.92 else slot.minutes // 2
                    session.add(
                        LessonAttendanceRow(
                            lesson_id=lesson.id,
                            participant_id=pid,
                            present=present,
                            minutes=minutes if present else 0,
                        )
                    )


def add_training_demo(uow: UnitOfWork, actor: str, rng: random.Random, today: date) -> int:
    """Add the demo classes (once) and enrol up to 20 participants; returns how many."""
    session = uow.session
    people = training_repo.participants_without_training(session, 20)
    if not people:
        return 0
    classes = _demo_classes(uow, actor)
    goals = load_table("norwegian_goal_by_education")
    this_monday = monday_of(today)
    first_monday = this_monday - timedelta(weeks=WEEKS_OF_LESSONS)
    members: dict[int, list[int]] = {c.id: [] for c in classes}
    for index, person in enumerate(people):
        permit = rng.choices([p for p, _ in PERMITS], [w for _, w in PERMITS])[0]
        if not person.permit_type:
            person.permit_type = permit.value
            person.permit_date = today - timedelta(days=rng.randint(90, 1150))
            person.regime = Regime.INTEGRATION_ACT.value
        if not person.education_level:
            person.education_level = rng.choice(list(EducationLevel)).value
            person.completed_upper_secondary = person.education_level in (
                EducationLevel.UPPER_SECONDARY.value,
                EducationLevel.HIGHER.value,
            )
        background = background_key(
            EducationLevel(person.education_level), person.completed_upper_secondary
        )
        start = max(person.permit_date or today, today - timedelta(days=400))
        start = min(start + timedelta(days=rng.randint(14, 80)), first_monday)
        levels = goals.at(start)[background.value]
        record = TrainingRecordRow(
            participant_id=person.id,
            programme=rng.choice([Programme.TRAINING, Programme.BOTH]).value,
            start_date=start,
            rights_start=person.permit_date or start,
            rights_start_reason="grant",
            education_background=background.value,
            social_studies_language=rng.choice(["ar", "ti", "so", "prs", "uk"]),
            state=TrainingState.ACTIVE.value,
            end_reason="",
            **{
                column: levels[skill.value]
                for skill, column in training_repo.GOAL_COLUMNS.items()
                if isinstance(skill, SubSkill)
            },
        )
        _add(uow, actor, "training", record, "demo")
        klass = classes[index % len(classes)]
        member = ClassMemberRow(
            class_id=klass.id, participant_id=person.id, from_date=start, to_date=None
        )
        _add(uow, actor, "training_class_member", member, "demo")
        members[klass.id].append(person.id)
    _add_lessons(uow, actor, rng, classes, members, first_monday)
    return len(people)
