"""Typed SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from introdesk.persistence.models.attendance import (
    AcceptedMissingRow,
    AttendanceEntryRow,
    BenefitAdjustmentRow,
    BenefitPaymentLineRow,
    BenefitPaymentRow,
    LockedMonthRow,
    OtherBenefitRow,
)
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

__all__ = [
    "AcceptedMissingRow",
    "Adviser",
    "AttendanceEntryRow",
    "AuditEntry",
    "BenefitAdjustmentRow",
    "BenefitPaymentLineRow",
    "BenefitPaymentRow",
    "EducationRow",
    "LanguageSkillRow",
    "LockedMonthRow",
    "OtherBenefitRow",
    "ParticipantRow",
    "QualificationRow",
    "SettingRow",
    "StatusPeriodRow",
    "WorkExperienceRow",
]
