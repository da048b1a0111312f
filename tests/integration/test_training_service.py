"""Training records and classes: enrol, move with history, a week of lessons in one
transaction, and the status computed through the rules (brief §4.0, §4.2, §5.1)."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

import pytest

from introdesk.domain.codes import CefrLevel, PermitType, Programme, SubSkill
from introdesk.domain.errors import UserInputError, ValidationError
from introdesk.domain.language_tests import ExemptionKind, TrainingCategory
from introdesk.domain.records import NewParticipant
from introdesk.domain.training import (
    LessonInput,
    Mark,
    NewClass,
    Subject,
    TimetableSlot,
    TrainingEnrolment,
    TrainingState,
)
from introdesk.rules.training_findings import (
    DEADLINE_NEAR,
    EXEMPTION_WITHOUT_LEGAL_BASIS,
    SOCIAL_STUDIES_HOURS_SHORT,
)
from introdesk.services.container import Services

TODAY = date(2026, 11, 30)  # a Monday
MONDAY = date(2026, 11, 23)
TIMETABLE = (
    TimetableSlot(0, time(9, 0), 45, Subject.NORWEGIAN),
    TimetableSlot(0, time(10, 0), 45, Subject.SOCIAL_STUDIES),
    TimetableSlot(2, time(9, 0), 90, Subject.NORWEGIAN),
)


pytestmark = pytest.mark.today(TODAY)


def _person(services: Services, given: str = "Amira") -> int:
    return services.participants.create(NewParticipant(given, "Haddad", date(1990, 5, 17))).id


def _enrol(services: Services, pid: int, **kwargs: object) -> None:
    services.training.enrol(
        TrainingEnrolment(pid, date(2024, 1, 8), **kwargs),  # type: ignore[arg-type]
        permit=PermitType.REFUGEE,
        permit_date=date(2024, 1, 2),
    )


def test_enrol_sets_goal_from_background_and_is_audited(services: Services) -> None:
    pid = _person(services)
    _enrol(services, pid, education_background="upper_secondary", programme=Programme.BOTH)
    record = services.training.get(pid)
    assert record.programme is Programme.BOTH
    assert dict(record.goal)[SubSkill.ORAL] is CefrLevel.B2  # brief §4.2 table
    assert record.rights_start == date(2024, 1, 2)  # the permit date, not the first lesson
    with pytest.raises(UserInputError):
        _enrol(services, pid)
    history = services.participants.history(pid)
    assert ("update", "permit_type", "refugee") in {
        (h.action, h.field, h.new_value) for h in history
    }


def test_status_category_deadline_leave_and_hours(services: Services) -> None:
    pid = _person(services)
    _enrol(services, pid, education_background="upper_secondary")
    services.classes.create(NewClass("N1", "Norsk 1", "Kari", "A2", "101", TIMETABLE))
    services.classes.enrol("N1", pid, date(2024, 1, 8))
    week = services.classes.week("N1", MONDAY)
    assert [lesson.id for lesson in week.lessons] == [None, None, None]  # planned
    services.classes.save_week(
        "N1",
        MONDAY,
        [
            LessonInput(
                lesson.day,
                lesson.start,
                lesson.minutes,
                lesson.subject,
                (Mark(pid, True, lesson.minutes if lesson.minutes == 45 else 60),),
            )
            for lesson in week.lessons
        ],
    )
    (status,) = services.training.status(pid)
    assert status.category is TrainingCategory.RIGHT_AND_DUTY
    assert status.deadline == date(2025, 7, 2)  # 18 months from 2.1.2024 (GSU background)
    assert status.hours_norwegian == Decimal("2.33")  # 45 + 60 minutes in 45-minute hours
    assert status.hours_social_studies == Decimal("1.00")
    assert status.goal_met is False
    services.training.add_leave(pid, date(2024, 3, 1), date(2024, 3, 10))
    (status,) = services.training.status(pid)
    assert status.deadline == date(2025, 7, 12)


def test_warnings_deadline_near_hours_short_and_exemption(services: Services) -> None:
    pid = _person(services)
    services.training.enrol(
        TrainingEnrolment(pid, date(2024, 2, 1), education_background="completed_primary"),
        permit=PermitType.REFUGEE,
        permit_date=date(2024, 1, 15),  # 3 years → 15.1.2027, within 90 days of TODAY
    )
    services.training.add_exemption(pid, ExemptionKind.NORWEGIAN_TEST, date(2026, 6, 1))
    (status,) = services.training.status(pid)
    codes = [w.code for w in status.warnings]
    assert DEADLINE_NEAR in codes
    assert SOCIAL_STUDIES_HOURS_SHORT in codes
    assert EXEMPTION_WITHOUT_LEGAL_BASIS in codes


def test_unknown_permit_gives_a_category_warning(services: Services) -> None:
    pid = _person(services)
    services.training.enrol(TrainingEnrolment(pid, date(2026, 1, 5)))
    (status,) = services.training.status(pid)
    assert status.category is None
    assert status.warnings[0].code == "training.category_unknown"


def test_move_keeps_history(services: Services) -> None:
    pid = _person(services)
    services.classes.create(NewClass("N1", "Norsk 1"))
    services.classes.create(NewClass("N2", "Norsk 2"))
    services.classes.enrol("N1", pid, date(2026, 8, 17))
    services.classes.move(pid, "N2", date(2026, 10, 1))
    history = services.classes.history(pid)
    assert [(m.class_code, m.start, m.end) for m in history] == [
        ("N1", date(2026, 8, 17), date(2026, 9, 30)),
        ("N2", date(2026, 10, 1), None),
    ]
    assert [m.participant_id for m in services.classes.members("N1", date(2026, 9, 1))] == [pid]
    assert services.classes.members("N1") == []
    with pytest.raises(ValidationError):
        services.classes.move(pid, "N1", date(2026, 9, 1))  # before joining N2


def test_bad_week_writes_nothing(services: Services) -> None:
    pid = _person(services)
    other = _person(services, "Omar")
    services.classes.create(NewClass("N1", "Norsk 1", timetable=TIMETABLE))
    services.classes.enrol("N1", pid, date(2026, 8, 17))
    good = LessonInput(MONDAY, time(9, 0), 45, Subject.NORWEGIAN, (Mark(pid, True, 45),))
    not_member = LessonInput(MONDAY, time(10, 0), 45, Subject.NORWEGIAN, (Mark(other, True, 45),))
    too_long = LessonInput(MONDAY, time(11, 0), 45, Subject.NORWEGIAN, (Mark(pid, True, 50),))
    with pytest.raises(ValidationError) as caught:
        services.classes.save_week("N1", MONDAY, [good, not_member, too_long])
    assert len(caught.value.problems) == 2
    assert all(lesson.id is None for lesson in services.classes.week("N1", MONDAY).lessons)


def test_end_training(services: Services) -> None:
    pid = _person(services)
    _enrol(services, pid)
    record = services.training.end(pid, TrainingState.COMPLETED, date(2026, 6, 30), "Nådd B1")
    assert record.state is TrainingState.COMPLETED
    with pytest.raises(ValidationError):
        services.training.end(pid, TrainingState.ACTIVE, date(2026, 6, 30), "x")


def test_demo_adds_classes_members_and_past_lessons(services: Services) -> None:
    services.demo.generate(12, seed=7)
    classes = services.classes.list()
    assert [c.code for c in classes] == ["NOR-A2", "NOR-B1"]
    assert sum(c.members for c in classes) == 12
    past = services.classes.week("NOR-A2", date(2026, 11, 16))
    assert past.lessons
    assert all(lesson.id is not None for lesson in past.lessons)  # saved, with attendance
    assert all(lesson.marks for lesson in past.lessons)
    status = services.training.status()
    assert len(status) == 12
    assert any(item.hours_norwegian > 0 for item in status)
    assert {item.category for item in status} - {None}  # permits set, categories computed
    # A second run adds people to the same classes instead of failing on the class codes.
    services.demo.generate(3, seed=8)
    assert [c.code for c in services.classes.list()] == ["NOR-A2", "NOR-B1"]
    assert len(services.training.status()) == 15


def test_sheet_pdf_is_made_for_a_class_week(services: Services) -> None:
    pid = _person(services)
    services.classes.create(NewClass("N1", "Norsk 1", "Kari", "A2", "101", TIMETABLE))
    services.classes.enrol("N1", pid, date(2026, 8, 17))
    pdf = services.classes.sign_in_sheet("N1", MONDAY, "Eksempel kommune")
    assert pdf.startswith(b"%PDF")


def test_hours_per_year(services: Services) -> None:
    pid = _person(services)
    _enrol(services, pid)
    services.classes.create(NewClass("N1", "Norsk 1", timetable=TIMETABLE))
    services.classes.enrol("N1", pid, date(2025, 12, 1))
    for monday in (date(2025, 12, 29), MONDAY):  # a week in each year
        week = services.classes.week("N1", monday)
        services.classes.save_week(
            "N1",
            monday,
            [
                LessonInput(x.day, x.start, x.minutes, x.subject, (Mark(pid, True, x.minutes),))
                for x in week.lessons
            ],
        )
    rows = services.training.hours_per_year()
    assert [(r.year, r.hours_norwegian, r.hours_social_studies) for r in rows] == [
        (2025, Decimal("3.00"), Decimal("1.00")),  # Monday 29 and Wednesday 31 December
        (2026, Decimal("3.00"), Decimal("1.00")),
    ]
    assert [r.year for r in services.training.hours_per_year(2026)] == [2026]


def test_a_day_saved_leaves_the_rest_of_the_week_open(services: Services) -> None:
    pid = _person(services)
    services.classes.create(NewClass("N1", "Norsk 1", timetable=TIMETABLE))
    services.classes.enrol("N1", pid, date(2026, 8, 17))
    monday = services.classes.week("N1", MONDAY).lessons[0]
    services.classes.save_week(
        "N1",
        MONDAY,
        [LessonInput(monday.day, monday.start, 45, monday.subject, (Mark(pid, True, 45),))],
    )
    week = services.classes.week("N1", MONDAY)
    assert [(x.day, x.id is not None) for x in week.lessons] == [
        (MONDAY, True),
        (MONDAY, False),
        (date(2026, 11, 25), False),
    ]
    # Clearing the mark again removes it (the marks given replace the lesson's attendance).
    services.classes.save_week(
        "N1", MONDAY, [LessonInput(monday.day, monday.start, 45, monday.subject, ())]
    )
    assert services.classes.week("N1", MONDAY).lessons[0].marks == ()


def test_enrolling_in_a_class_enrols_in_training_first(services: Services) -> None:
    """The window and the command line share ``enrol_in_class``: a class member always has a
    training record."""
    pid = _person(services)
    services.classes.create(NewClass("N1", "Norsk 1", timetable=TIMETABLE))
    assert services.training.find(pid) is None
    services.training.enrol_in_class("N1", pid, MONDAY)
    record = services.training.find(pid)
    assert record is not None
    assert record.start == MONDAY
    assert [m.participant_id for m in services.classes.week("N1", MONDAY).members] == [pid]


def test_register_week_marks_everyone_present_except_the_absences(services: Services) -> None:
    present, away = _person(services), _person(services, "Yonas")
    services.classes.create(NewClass("N1", "Norsk 1", timetable=TIMETABLE))
    for pid in (present, away):
        services.training.enrol_in_class("N1", pid, MONDAY)
    saved = services.classes.register_week("N1", MONDAY, {(away, MONDAY)})
    minutes = [
        (lesson.day, {m.participant_id: (m.present, m.minutes) for m in lesson.marks})
        for lesson in saved.lessons
    ]
    wednesday = MONDAY + timedelta(days=2)
    assert minutes == [
        (MONDAY, {present: (True, 45), away: (False, 0)}),
        (MONDAY, {present: (True, 45), away: (False, 0)}),
        (wednesday, {present: (True, 90), away: (True, 90)}),
    ]
