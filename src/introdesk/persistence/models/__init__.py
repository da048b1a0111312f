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
from introdesk.persistence.models.plans import PlanElementRow, PlanLeaveRow, PlanVersionRow
from introdesk.persistence.models.settings import Adviser, SettingRow

__all__ = [
    "Adviser",
    "AuditEntry",
    "EducationRow",
    "LanguageSkillRow",
    "ParticipantRow",
    "PlanElementRow",
    "PlanLeaveRow",
    "PlanVersionRow",
    "QualificationRow",
    "SettingRow",
    "StatusPeriodRow",
    "WorkExperienceRow",
]
