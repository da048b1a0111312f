"""Classes for Norwegian and social-studies training (brief §4.0): groups with a teacher, a level,
a room and a weekly timetable; members with from/to dates (moving keeps the history); lessons and
attendance per lesson for the whole class.

Kept apart from the case data in ``services.training`` (own service, own tables) so a future
``teacher`` role can be given class attendance without the rest of the record.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from introdesk.core import clock
from introdesk.domain.class_week import check_week
from introdesk.domain.dates import monday_of
from introdesk.domain.errors import (
    Coded,
    FieldProblem,
    NotFoundError,
    UserInputError,
    ValidationError,
)
from introdesk.domain.training import (
    ClassRecord,
    LessonInput,
    LessonRecord,
    Mark,
    MembershipRecord,
    NewClass,
    Subject,
    WeekSheet,
)
from introdesk.persistence.models import (
    ClassMemberRow,
    LessonAttendanceRow,
    LessonRow,
    TimetableSlotRow,
    TrainingClassRow,
)
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import classes as repo
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.persistence.uow import UnitOfWork
from introdesk.reporting.pdf.data import AttendanceSheetData, DocumentHeader
from introdesk.services.context import ServiceContext

SUBJECT_NB = {Subject.NORWEGIAN: "Norsk", Subject.SOCIAL_STUDIES: "Samfunnskunnskap"}


def _problem(field: str, code: str, **params: object) -> ValidationError:
    """A refused field, its reason coded (``domain/messages/``)."""
    return ValidationError([FieldProblem.of(None, field, Coded.of(code, **params))])


def _to_class(uow: UnitOfWork, row: TrainingClassRow, today: date) -> ClassRecord:
    return ClassRecord(
        id=row.id,
        code=row.code,
        name=row.name,
        teacher=row.teacher,
        level=row.level,
        room=row.room,
        timetable=repo.timetable(uow.session, row.id),
        members=repo.member_count(uow.session, row.id, today),
    )


class ClassService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    # --- classes ---------------------------------------------------------------------------

    def list(self) -> builtins.list[ClassRecord]:
        today = clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            return [_to_class(uow, row, today) for row in repo.list_classes(uow.session)]

    def get(self, code: str) -> ClassRecord:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return _to_class(uow, self._class(uow, code), clock.today())

    def create(self, new: NewClass) -> ClassRecord:
        problems = []
        code = new.code.strip()
        if not code:
            problems.append(FieldProblem.coded(None, "code", "rows.required"))
        if not new.name.strip():
            problems.append(FieldProblem.coded(None, "name", "rows.required"))
        for index, slot in enumerate(new.timetable, start=1):
            if not 0 <= slot.weekday <= 4:
                problems.append(FieldProblem.coded(index, "weekday", "rows.monday_to_friday"))
            if not 0 < slot.minutes <= 600:
                problems.append(FieldProblem.coded(index, "minutes", "rows.minutes_range"))
        if problems:
            raise ValidationError(problems)
        with self._ctx.database.unit_of_work() as uow:
            if repo.get_by_code(uow.session, code) is not None:
                raise _problem("code", "rows.class_exists", class_code=code)
            row = TrainingClassRow(
                code=code,
                name=new.name.strip(),
                teacher=new.teacher.strip(),
                level=new.level.strip(),
                room=new.room.strip(),
                archived=False,
            )
            uow.session.add(row)
            uow.session.flush()
            for slot in new.timetable:
                uow.session.add(
                    TimetableSlotRow(
                        class_id=row.id,
                        weekday=slot.weekday,
                        start_time=slot.start,
                        minutes=slot.minutes,
                        subject=slot.subject.value,
                    )
                )
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="create",
                entity="training_class",
                entity_id=row.id,
                changes={
                    "code": (None, row.code),
                    "name": (None, row.name),
                    "teacher": (None, row.teacher),
                    "level": (None, row.level),
                    "room": (None, row.room),
                    "timetable": (None, len(new.timetable)),
                },
            )
            uow.flush()
            record = _to_class(uow, row, clock.today())
            uow.commit()
        return record

    def _class(self, uow: UnitOfWork, code: str) -> TrainingClassRow:
        row = repo.get_by_code(uow.session, code)
        if row is None:
            raise NotFoundError(code="classes.no_class", class_code=code.strip())
        return row

    # --- members ---------------------------------------------------------------------------

    def members(self, code: str, on: date | None = None) -> builtins.list[MembershipRecord]:
        """Members on ``on`` (default today); ``history`` gives every period instead."""
        day = on or clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = self._class(uow, code)
            return repo.memberships(uow.session, class_id=row.id, between=(day, day))

    def history(self, participant_id: int) -> builtins.list[MembershipRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return repo.memberships(uow.session, participant_id=participant_id)

    def enrol(
        self, code: str, participant_id: int, start: date, *, uow: UnitOfWork | None = None
    ) -> MembershipRecord:
        """Put a person in a class from ``start``. Someone already in a class is moved instead."""
        if uow is not None:
            return self._place(uow, code, participant_id, start)
        with self._ctx.database.unit_of_work() as own:
            record = self._place(own, code, participant_id, start)
            own.commit()
            return record

    def move(self, participant_id: int, code: str, on: date) -> MembershipRecord:
        """Move a person to another class from ``on``; the old membership ends the day before."""
        with self._ctx.database.unit_of_work() as uow:
            record = self._place(uow, code, participant_id, on)
            uow.commit()
            return record

    def leave(self, participant_id: int, last_day: date) -> None:
        """End the person's class membership after ``last_day``."""
        with self._ctx.database.unit_of_work() as uow:
            open_rows = repo.open_memberships(uow.session, participant_id)
            if not open_rows:
                raise UserInputError(code="classes.not_in_class", id=participant_id)
            for member in open_rows:
                self._close(uow, member, last_day)
            uow.commit()

    def _close(self, uow: UnitOfWork, member: ClassMemberRow, last_day: date) -> None:
        if last_day < member.from_date:
            raise _problem("date", "rows.before_joining")
        audit.record(
            uow.session,
            actor=self._ctx.actor,
            action="update",
            entity="training_class_member",
            entity_id=member.id,
            changes={"to_date": (member.to_date, last_day)},
        )
        member.to_date = last_day

    def _place(
        self, uow: UnitOfWork, code: str, participant_id: int, start: date
    ) -> MembershipRecord:
        session = uow.session
        target = self._class(uow, code)
        if participant_repo.get_row(session, participant_id) is None:
            raise NotFoundError(code="participants.not_found", id=participant_id)
        for member in repo.open_memberships(session, participant_id):
            if member.class_id == target.id:
                raise UserInputError(
                    code="classes.already_in_class", id=participant_id, class_code=target.code
                )
            if member.from_date >= start:
                raise _problem("date", "rows.move_after_joining", day=member.from_date.isoformat())
            self._close(uow, member, start - timedelta(days=1))
        member = ClassMemberRow(
            class_id=target.id, participant_id=participant_id, from_date=start, to_date=None
        )
        session.add(member)
        session.flush()
        audit.record(
            session,
            actor=self._ctx.actor,
            action="create",
            entity="training_class_member",
            entity_id=member.id,
            changes={
                "class": (None, target.code),
                "participant_id": (None, participant_id),
                "from_date": (None, start),
            },
        )
        found = [
            m for m in repo.memberships(session, participant_id=participant_id) if m.id == member.id
        ]
        return found[0]

    # --- lessons and attendance ------------------------------------------------------------

    def week(self, code: str, monday: date) -> WeekSheet:
        """The class's week: members that week, the saved lessons with their attendance, and
        the timetable's lessons not saved yet (``id`` None, no attendance)."""
        monday = monday_of(monday)
        sunday = monday + timedelta(days=6)
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = self._class(uow, code)
            members = repo.memberships(uow.session, class_id=row.id, between=(monday, sunday))
            saved = repo.lessons_between(uow.session, row.id, monday, sunday)
            marks: dict[int, list[Mark]] = {}
            for a in repo.attendance_for(uow.session, [lesson.id for lesson in saved]):
                marks.setdefault(a.lesson_id, []).append(
                    Mark(a.participant_id, a.present, a.minutes)
                )
            stored = [
                LessonRecord(
                    lesson.id,
                    lesson.lesson_date,
                    lesson.start_time,
                    lesson.minutes,
                    _subject(lesson.subject),
                    tuple(marks.get(lesson.id, ())),
                )
                for lesson in saved
            ]
            taken = {(lesson.day, lesson.start) for lesson in stored}
            planned = [
                LessonRecord(
                    None, monday + timedelta(days=s.weekday), s.start, s.minutes, s.subject
                )
                for s in repo.timetable(uow.session, row.id)
                if (monday + timedelta(days=s.weekday), s.start) not in taken
            ]
            lessons = tuple(sorted(stored + planned, key=lambda x: (x.day, x.start)))
            return WeekSheet(row.code, row.name, row.teacher, monday, tuple(members), lessons)

    def register_week(
        self, code: str, monday: date, absent: Iterable[tuple[int, date]] = ()
    ) -> WeekSheet:
        """Save the week's timetable lessons with every member present except ``absent``
        (participant, day) pairs: the command line's register."""
        sheet = self.week(code, monday)
        if not sheet.lessons:
            raise UserInputError(code="classes.no_lessons", class_code=sheet.class_code)
        return self.save_week(code, monday, sheet.lessons_marked(frozenset(absent)))

    def save_week(self, code: str, monday: date, lessons: Sequence[LessonInput]) -> WeekSheet:
        """Save a week of lessons and the whole class's attendance in one transaction: every
        lesson is checked first, and any problem means nothing is written. The marks given for
        a lesson replace what was stored for it."""
        monday = monday_of(monday)
        sunday = monday + timedelta(days=6)
        with self._ctx.database.unit_of_work() as uow:
            row = self._class(uow, code)
            members = repo.memberships(uow.session, class_id=row.id, between=(monday, sunday))
            problems = check_week(lessons, members, monday, sunday)
            if problems:
                raise ValidationError(problems)
            existing = {
                (lesson.lesson_date, lesson.start_time): lesson
                for lesson in repo.lessons_between(uow.session, row.id, monday, sunday)
            }
            for lesson in lessons:
                self._save_lesson(uow, row, existing.get((lesson.day, lesson.start)), lesson)
            uow.commit()
        return self.week(code, monday)

    def _save_lesson(
        self, uow: UnitOfWork, klass: TrainingClassRow, row: LessonRow | None, lesson: LessonInput
    ) -> None:
        session = uow.session
        if row is None:
            row = LessonRow(
                class_id=klass.id,
                lesson_date=lesson.day,
                start_time=lesson.start,
                minutes=lesson.minutes,
                subject=lesson.subject.value,
            )
            session.add(row)
            session.flush()
            audit.record(
                session,
                actor=self._ctx.actor,
                action="create",
                entity="training_lesson",
                entity_id=row.id,
                changes={
                    "class": (None, klass.code),
                    "date": (None, lesson.day),
                    "start": (None, lesson.start.isoformat("minutes")),
                    "minutes": (None, lesson.minutes),
                    "subject": (None, lesson.subject),
                },
            )
        else:
            changes: dict[str, tuple[object, object]] = {}
            if row.minutes != lesson.minutes:
                changes["minutes"] = (row.minutes, lesson.minutes)
                row.minutes = lesson.minutes
            if row.subject != lesson.subject.value:
                changes["subject"] = (row.subject, lesson.subject.value)
                row.subject = lesson.subject.value
            if changes:
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="update",
                    entity="training_lesson",
                    entity_id=row.id,
                    changes=changes,
                )
        stored = {a.participant_id: a for a in repo.attendance_for(session, [row.id])}
        # The marks given are the lesson's whole attendance: a mark cleared is removed.
        given = {mark.participant_id for mark in lesson.marks}
        for pid, gone in stored.items():
            if pid not in given:
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="delete",
                    entity="lesson_attendance",
                    entity_id=f"{row.id}:{pid}",
                    changes={"present": (gone.present, None), "minutes": (gone.minutes, None)},
                )
                session.delete(gone)
        for mark in lesson.marks:
            minutes = mark.minutes if mark.present else 0
            old = stored.get(mark.participant_id)
            entity_id = f"{row.id}:{mark.participant_id}"
            if old is None:
                session.add(
                    LessonAttendanceRow(
                        lesson_id=row.id,
                        participant_id=mark.participant_id,
                        present=mark.present,
                        minutes=minutes,
                    )
                )
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="create",
                    entity="lesson_attendance",
                    entity_id=entity_id,
                    changes={"present": (None, mark.present), "minutes": (None, minutes)},
                )
            elif old.present != mark.present or old.minutes != minutes:
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="update",
                    entity="lesson_attendance",
                    entity_id=entity_id,
                    changes={
                        "present": (old.present, mark.present),
                        "minutes": (old.minutes, minutes),
                    },
                )
                old.present, old.minutes = mark.present, minutes

    # --- printing --------------------------------------------------------------------------

    def sign_in_sheet(
        self, code: str, monday: date, municipality: str, closed_days: Sequence[date] = ()
    ) -> bytes:
        """The week's sign-in sheet (the existing attendance sheet) and the class list, as PDF."""
        # ReportLab is loaded on the first print, not when the program starts.
        from introdesk.reporting.pdf.class_sheet import (
            ClassLesson,
            ClassMember,
            ClassSheetData,
            render_class_sheet,
        )

        sheet = self.week(code, monday)
        record = self.get(code)
        people = _unique_people(sheet.members)
        with self._ctx.database.unit_of_work(write=False) as uow:  # bokmål (nb) or nynorsk (nn)
            standard = settings_repo.get_all(uow.session).get("document_standard", "nb")
        return render_class_sheet(
            ClassSheetData(
                sheet=AttendanceSheetData(
                    header=DocumentHeader(
                        municipality=municipality,
                        printed_on=clock.today(),
                        written_standard=standard,
                    ),
                    group_name=f"{sheet.class_code} – {sheet.class_name}",
                    week_monday=sheet.monday,
                    participants=tuple(m.participant_name for m in people),
                    teacher=sheet.teacher,
                    closed_days=tuple(closed_days),
                ),
                level=record.level,
                room=record.room,
                timetable=tuple(
                    ClassLesson(s.weekday, s.start, s.minutes, SUBJECT_NB[s.subject])
                    for s in record.timetable
                ),
                members=tuple(ClassMember(m.participant_name, m.start, m.end) for m in people),
            )
        )


def _subject(value: str) -> Subject:
    return Subject(value)


def _unique_people(members: Sequence[MembershipRecord]) -> builtins.list[MembershipRecord]:
    seen: set[int] = set()
    result = []
    for member in members:
        if member.participant_id not in seen:
            seen.add(member.participant_id)
            result.append(member)
    return result
