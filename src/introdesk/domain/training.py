"""Norwegian and social-studies training: the training record, classes and lessons (brief §4.0,
§5.1). Plain, frozen values handed out by the services; the rules live in ``rules.training``."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, time
from decimal import Decimal
from enum import StrEnum

from introdesk.domain.codes import CefrLevel, Programme, SubSkill
from introdesk.domain.language_tests import ExemptionKind, TrainingCategory
from introdesk.domain.wording import in_language


class TrainingState(StrEnum):
    """Where a person's training stands (brief §5.1: allocation, start, stop)."""

    ACTIVE = "active"
    ON_LEAVE = "on_leave"
    COMPLETED = "completed"
    STOPPED = "stopped"

    @property
    def ended(self) -> bool:
        return self in (TrainingState.COMPLETED, TrainingState.STOPPED)


class RightsStartReason(StrEnum):
    """Why right and duty began on the stored date (brief §4.0 When right and duty begin)."""

    GRANT = "grant"
    ARRIVAL = "arrival"
    RENEWAL = "renewal"
    SETTLEMENT = "settlement"
    REQUEST = "request"


class Subject(StrEnum):
    NORWEGIAN = "norwegian"
    SOCIAL_STUDIES = "social_studies"


@dataclass(frozen=True, slots=True)
class LeavePeriod:
    """Approved leave; its days are added to the training deadline (brief §4.0 Duration)."""

    start: date
    end: date
    reason: str = ""
    id: int | None = None


@dataclass(frozen=True, slots=True)
class ExemptionRecord:
    """An exemption from training or a final test, and its legal basis (brief §4.0, §5.1)."""

    id: int
    kind: ExemptionKind
    legal_basis: str
    decision_date: date
    note: str = ""


@dataclass(frozen=True, slots=True)
class TrainingEnrolment:
    """What is asked to enrol a person. Missing values are taken from the participant record
    (programme; rights start: the permit date) and the rule tables (goal from the education
    background)."""

    participant_id: int
    start: date
    programme: Programme | None = None  # None: the participant record's programme
    rights_start: date | None = None
    rights_start_reason: RightsStartReason = RightsStartReason.GRANT
    education_background: str = ""  # a rules.goals.BackgroundKey value; "" = from the record
    goal: tuple[tuple[SubSkill, CefrLevel], ...] = ()
    social_studies_language: str = ""


@dataclass(frozen=True, slots=True)
class TrainingRecord:
    id: int
    participant_id: int
    participant_name: str
    programme: Programme
    start: date
    rights_start: date
    rights_start_reason: RightsStartReason
    education_background: str
    goal: tuple[tuple[SubSkill, CefrLevel], ...]
    social_studies_language: str
    state: TrainingState
    end_date: date | None
    end_reason: str
    leave: tuple[LeavePeriod, ...] = ()
    exemptions: tuple[ExemptionRecord, ...] = ()
    row_version: int = 0  # for optimistic concurrency: pass back as ``expected_version``


@dataclass(frozen=True, slots=True)
class TrainingWarning:
    code: str
    message: str  # Bokmål
    message_nn: str = ""  # Nynorsk, for a window that speaks nn
    message_en: str = ""  # English, for a window that speaks en

    def message_in(self, language: str) -> str:
        """The message in Nynorsk for ``nn``, in English for ``en`` (Bokmål where a rule has
        none), else Bokmål."""
        return in_language(language, self.message, self.message_nn, self.message_en)


@dataclass(frozen=True, slots=True)
class TrainingOverview:
    """A person's training as computed now: the record plus category, deadline and hours."""

    record: TrainingRecord
    category: TrainingCategory | None
    category_reasons: tuple[str, ...]
    fee_paying: bool | None
    deadline: date | None
    deadline_basis: str
    minutes_norwegian: int
    minutes_social_studies: int
    hours_norwegian: Decimal
    hours_social_studies: Decimal
    programme_hours: Decimal
    social_studies_hours_required: int | None
    goal_met: bool
    warnings: tuple[TrainingWarning, ...] = ()
    unconfirmed: bool = False
    # ``category_reasons`` and ``deadline_basis`` in Nynorsk and English (empty: show the
    # Bokmål).
    category_reasons_nn: tuple[str, ...] = ()
    deadline_basis_nn: str = ""
    category_reasons_en: tuple[str, ...] = ()
    deadline_basis_en: str = ""

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """Why the category, in Nynorsk for ``nn`` and English for ``en`` where the rules
        wrote it, else Bokmål."""
        return in_language(
            language, self.category_reasons, self.category_reasons_nn, self.category_reasons_en
        )

    def deadline_basis_in(self, language: str) -> str:
        """Why the deadline, in Nynorsk for ``nn`` and English for ``en`` where the rules
        wrote it, else Bokmål."""
        return in_language(
            language, self.deadline_basis, self.deadline_basis_nn, self.deadline_basis_en
        )


@dataclass(frozen=True, slots=True)
class TimetableSlot:
    """A lesson in the class's normal week: weekday 0 = Monday … 4 = Friday."""

    weekday: int
    start: time
    minutes: int
    subject: Subject


@dataclass(frozen=True, slots=True)
class NewClass:
    code: str
    name: str
    teacher: str = ""
    level: str = ""
    room: str = ""
    timetable: tuple[TimetableSlot, ...] = ()


@dataclass(frozen=True, slots=True)
class ClassRecord:
    id: int
    code: str
    name: str
    teacher: str
    level: str
    room: str
    timetable: tuple[TimetableSlot, ...]
    members: int  # members today


@dataclass(frozen=True, slots=True)
class MembershipRecord:
    id: int
    class_code: str
    participant_id: int
    participant_name: str
    start: date
    end: date | None


@dataclass(frozen=True, slots=True)
class Mark:
    """One participant's attendance at one lesson: present (with minutes) or absent."""

    participant_id: int
    present: bool
    minutes: int


@dataclass(frozen=True, slots=True)
class LessonInput:
    day: date
    start: time
    minutes: int
    subject: Subject
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class LessonRecord:
    id: int | None  # None: planned from the timetable, not saved yet
    day: date
    start: time
    minutes: int
    subject: Subject
    marks: tuple[Mark, ...] = field(default=())


@dataclass(frozen=True, slots=True)
class WeekSheet:
    """A class's week: the members that week and its lessons (saved, or planned)."""

    class_code: str
    class_name: str
    teacher: str
    monday: date
    members: tuple[MembershipRecord, ...]
    lessons: tuple[LessonRecord, ...]

    def lessons_marked(self, absent: frozenset[tuple[int, date]]) -> tuple[LessonInput, ...]:
        """Every lesson with a mark for each member of the class that day: present for the
        lesson's minutes unless ``(participant_id, day)`` is in ``absent``."""
        lessons = []
        for lesson in self.lessons:
            marks = tuple(
                Mark(member.participant_id, present, lesson.minutes if present else 0)
                for member in self.members
                if member.start <= lesson.day and (member.end is None or lesson.day <= member.end)
                for present in [(member.participant_id, lesson.day) not in absent]
            )
            lessons.append(
                LessonInput(lesson.day, lesson.start, lesson.minutes, lesson.subject, marks)
            )
        return tuple(lessons)


@dataclass(frozen=True, slots=True)
class YearHours:
    """Hours completed in one calendar year (brief §5.1: hours completed in Norwegian and in
    social studies), counted from lesson attendance in 45-minute teaching hours."""

    participant_id: int
    name: str
    year: int
    hours_norwegian: Decimal
    hours_social_studies: Decimal
