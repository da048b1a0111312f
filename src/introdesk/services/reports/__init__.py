"""The Excel reports (issue 9), split by concern:

- ``service``: preparing and writing a report (``ReportService``, ``PreparedReport``);
- ``catalogue``: which reports exist and what each needs;
- ``periods``: the period a report covers;
- ``sources``: where each report's data comes from (protocols and the adapters the container
  wires);
- ``rule_answers``: the rules' answers the workbooks print, bound so reporting decides nothing.
"""

from introdesk.services.reports.catalogue import ALL_PERIODS, REPORT_NAMES, REPORTS, ReportInfo
from introdesk.services.reports.periods import (
    choose_period,
    month_period,
    range_period,
    year_period,
)
from introdesk.services.reports.rule_answers import category_of, deadlines_of, lesson_hours
from introdesk.services.reports.service import PreparedReport, ReportService
from introdesk.services.reports.sources import (
    EXIT_STATUSES,
    AttendanceReportSource,
    AttendanceSource,
    CaseSource,
    ClassAttendanceReportSource,
    ClassAttendanceSource,
    DatabaseCaseSource,
    LanguageTestReportSource,
    LanguageTestSource,
    OutcomeSource,
    PayrollReportSource,
    PayrollSource,
    PlanOutcomeSource,
    PlanSupervisionSource,
    ReportSources,
    SupervisionSource,
    TrainingReportSource,
    TrainingSource,
)

__all__ = [
    "ALL_PERIODS",
    "EXIT_STATUSES",
    "REPORTS",
    "REPORT_NAMES",
    "AttendanceReportSource",
    "AttendanceSource",
    "CaseSource",
    "ClassAttendanceReportSource",
    "ClassAttendanceSource",
    "DatabaseCaseSource",
    "LanguageTestReportSource",
    "LanguageTestSource",
    "OutcomeSource",
    "PayrollReportSource",
    "PayrollSource",
    "PlanOutcomeSource",
    "PlanSupervisionSource",
    "PreparedReport",
    "ReportInfo",
    "ReportService",
    "ReportSources",
    "SupervisionSource",
    "TrainingReportSource",
    "TrainingSource",
    "category_of",
    "choose_period",
    "deadlines_of",
    "lesson_hours",
    "month_period",
    "range_period",
    "year_period",
]
