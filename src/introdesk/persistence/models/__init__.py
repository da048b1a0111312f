"""Typed SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from introdesk.persistence.models.audit import AuditEntry
from introdesk.persistence.models.participant import (
    EducationRow,
    LanguageSkillRow,
    ParticipantRow,
    QualificationRow,
    StatusPeriodRow,
    WorkExperienceRow,
)
from introdesk.persistence.models.settings import Adviser, SettingRow
from introdesk.persistence.models.training import (
    ClassMemberRow,
    LessonAttendanceRow,
    LessonRow,
    TimetableSlotRow,
    TrainingClassRow,
    TrainingExemptionRow,
    TrainingLeaveRow,
    TrainingRecordRow,
)

__all__ = [
    "Adviser",
    "AuditEntry",
    "ClassMemberRow",
    "EducationRow",
    "LanguageSkillRow",
    "LessonAttendanceRow",
    "LessonRow",
    "ParticipantRow",
    "QualificationRow",
    "SettingRow",
    "StatusPeriodRow",
    "TimetableSlotRow",
    "TrainingClassRow",
    "TrainingExemptionRow",
    "TrainingLeaveRow",
    "TrainingRecordRow",
    "WorkExperienceRow",
]
