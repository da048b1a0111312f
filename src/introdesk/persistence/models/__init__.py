"""Typed SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from introdesk.persistence.models.audit import AuditEntry
from introdesk.persistence.models.language_tests import (
    CitizenshipTestResultRow,
    NorskprovenResultRow,
    SocialStudiesResultRow,
    TestExemptionRow,
)
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
    "CitizenshipTestResultRow",
    "EducationRow",
    "LanguageSkillRow",
    "NorskprovenResultRow",
    "ParticipantRow",
    "PlanElementRow",
    "PlanLeaveRow",
    "PlanVersionRow",
    "QualificationRow",
    "SettingRow",
    "SocialStudiesResultRow",
    "StatusPeriodRow",
    "TestExemptionRow",
    "WorkExperienceRow",
]
