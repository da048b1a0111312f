"""Typed SQLAlchemy models. Importing this package registers every table on ``Base.metadata``."""

from introdesk.persistence.models.attendance import (
    AcceptedMissingRow,
    AttendanceEntryRow,
    AttendanceWeekRow,
    BenefitAdjustmentRow,
    BenefitPaymentLineRow,
    BenefitPaymentRow,
    LockedMonthRow,
    OtherBenefitRow,
)
from introdesk.persistence.models.audit import AuditEntry
from introdesk.persistence.models.language_tests import (
    CitizenshipTestResultRow,
    NorskprovenResultRow,
    SocialStudiesResultRow,
    TestExemptionRow,
)
from introdesk.persistence.models.participant import (
    CaseloadShareRow,
    EducationRow,
    LanguageSkillRow,
    ParticipantRow,
    QualificationRow,
    StatusPeriodRow,
    WorkExperienceRow,
)
from introdesk.persistence.models.plans import PlanElementRow, PlanLeaveRow, PlanVersionRow
from introdesk.persistence.models.programme import ProgrammeEventRow
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
    "AcceptedMissingRow",
    "Adviser",
    "AttendanceEntryRow",
    "AttendanceWeekRow",
    "AuditEntry",
    "BenefitAdjustmentRow",
    "BenefitPaymentLineRow",
    "BenefitPaymentRow",
    "CaseloadShareRow",
    "CitizenshipTestResultRow",
    "ClassMemberRow",
    "EducationRow",
    "LanguageSkillRow",
    "LessonAttendanceRow",
    "LessonRow",
    "LockedMonthRow",
    "NorskprovenResultRow",
    "OtherBenefitRow",
    "ParticipantRow",
    "PlanElementRow",
    "PlanLeaveRow",
    "PlanVersionRow",
    "ProgrammeEventRow",
    "QualificationRow",
    "SettingRow",
    "SocialStudiesResultRow",
    "StatusPeriodRow",
    "TestExemptionRow",
    "TimetableSlotRow",
    "TrainingClassRow",
    "TrainingExemptionRow",
    "TrainingLeaveRow",
    "TrainingRecordRow",
    "WorkExperienceRow",
]
