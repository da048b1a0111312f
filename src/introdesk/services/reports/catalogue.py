"""Which Excel reports exist (issue 9): titles, what each prints, which periods it takes and
what it waits for while its data source is not wired."""

from __future__ import annotations

from dataclasses import dataclass

from introdesk.core.translations import translate
from introdesk.domain.reports import PeriodKind

ALL_PERIODS = (PeriodKind.MONTH, PeriodKind.YEAR, PeriodKind.RANGE)


@dataclass(frozen=True, slots=True)
class ReportInfo:
    name: str
    title: str  # English; translated as the window's title (context ReportsPage): ``title()``
    description: str
    periods: tuple[PeriodKind, ...]  # which of --month/--year/--from..--to it accepts
    period_required: bool
    needs: str  # what the report waits for; "" when it has its data

    @property
    def available(self) -> bool:
        return not self.needs


REPORTS: tuple[ReportInfo, ...] = (
    ReportInfo(
        "attendance",
        "Attendance per day",
        "Participant × day: planned, attended, valid and invalid absence hours.",
        (PeriodKind.MONTH, PeriodKind.RANGE),
        True,
        "the attendance service (AttendanceSource.attendance_entries)",
    ),
    ReportInfo(
        "payroll",
        "Payroll",
        "One row per participant and pay component of the month's introduction benefit.",
        (PeriodKind.MONTH,),
        True,
        "the benefit service (PayrollSource.benefit_results, as 'benefit compute')",
    ),
    ReportInfo(
        "tests",
        "Test results and progress",
        "Norskprøven, social studies and citizenship results, against the Norwegian goal.",
        ALL_PERIODS,
        False,
        "the test results service (LanguageTestSource.test_progress)",
    ),
    ReportInfo(
        "deadlines",
        "Start deadlines",
        "Open mapping, decision and programme-start deadlines: days left and overdue. "
        "A period keeps deadlines due in it.",
        ALL_PERIODS,
        False,
        "",
    ),
    ReportInfo(
        "caseload",
        "Caseload per adviser",
        "Per adviser: participants by status and right/duty category, and overdue deadlines.",
        (),
        False,
        "",
    ),
    ReportInfo(
        "outcomes",
        "Outcomes and exits (NIR)",
        "Exits by reason, end goals, planned vs actual duration, extensions; flags data "
        "missing for NIR or registered later than 2 months.",
        ALL_PERIODS,
        True,
        "programme exits from the plans service (OutcomeSource.programme_exits)",
    ),
    ReportInfo(
        "training_hours",
        "Training hours per year (NIR)",
        "Per participant and year: hours completed in Norwegian and social studies, programme, "
        "category, start, deadline and goal, with the register's field names.",
        (PeriodKind.YEAR,),
        True,
        "the training service (TrainingSource.training_hours)",
    ),
    ReportInfo(
        "class_attendance",
        "Class attendance",
        "Per class, lesson and member: date, subject, minutes, present or absent, counted hours.",
        (PeriodKind.MONTH, PeriodKind.RANGE),
        True,
        "the classes service (ClassAttendanceSource.class_weeks)",
    ),
    ReportInfo(
        "training_deadlines",
        "Training deadlines",
        "Participants in training: deadline, days left, overdue, goal met and warnings.",
        (),
        False,
        "the training service (TrainingSource.training_status)",
    ),
    ReportInfo(
        "supervision",
        "Supervision readiness",
        "Per participant: plan exists and is signed, end goal, full time, mandatory elements, "
        "mapping, career guidance, contract.",
        (),
        False,
        "the plans service (SupervisionSource.supervision_subjects: plan, signature, findings, "
        "contract)",
    ),
)
REPORT_NAMES = tuple(r.name for r in REPORTS)


def title(info: ReportInfo, language: str) -> str:
    """The report's title in ``language`` (nb, nn, en): the window's own translation, so the
    workbook, the Reports page and the file name it suggests agree."""
    return translate(info.title, language, "ReportsPage")
