"""The rows of each Excel report: pure generators over plain domain values (issue 9).

Each report is a ``SheetSpec`` (Norwegian headings, column types) and a function that yields one
tuple per row in that column order. Nothing here reads the database, the clock or a file: the
services layer passes the data, the date seen "as of" and the rule tables, and hands the rows to
``writer.write_workbook``. Hours are counted minutes / 60 rounded to øre-style two decimals.

One module per group of reports; this package re-exports them so ``reports.X`` keeps working.
"""

from introdesk.reporting.xlsx.reports.attendance import (
    ATTENDANCE,
    PAYROLL,
    attendance_rows,
    payroll_rows,
)
from introdesk.reporting.xlsx.reports.caseload import (
    CASELOAD,
    CASELOAD_CATEGORIES,
    CASELOAD_STATUSES,
    DEADLINES,
    NO_ADVISER_NB,
    caseload_rows,
    deadline_rows,
)
from introdesk.reporting.xlsx.reports.common import (
    CATEGORY_NB,
    CENT,
    CLOSED_STATUSES,
    DEADLINE_NB,
    END_GOAL_NB,
    LINE_KIND_NB,
    STATUS_NB,
    SUB_SKILL_NB,
    UNKNOWN_CATEGORY_NB,
    WEEKDAY_NB,
    Row,
    hours,
    level_text,
    participant_name,
    sort_name,
)
from introdesk.reporting.xlsx.reports.language_tests import (
    TESTS,
    language_test_rows,
)
from introdesk.reporting.xlsx.reports.outcomes import (
    OUTCOMES,
    SUPERVISION,
    SUPERVISION_CHECKS,
    exit_reason_label,
    months_between,
    nir_problems,
    outcome_rows,
    supervision_rows,
)
from introdesk.reporting.xlsx.reports.training import (
    CLASS_ATTENDANCE,
    PROGRAMME_NB,
    SUBJECT_NB,
    TRAINING_CATEGORY_NB,
    TRAINING_DEADLINES,
    TRAINING_HOURS,
    class_attendance_rows,
    training_deadline_rows,
    training_hours_rows,
)

__all__ = [
    "ATTENDANCE",
    "CASELOAD",
    "CASELOAD_CATEGORIES",
    "CASELOAD_STATUSES",
    "CATEGORY_NB",
    "CENT",
    "CLASS_ATTENDANCE",
    "CLOSED_STATUSES",
    "DEADLINES",
    "DEADLINE_NB",
    "END_GOAL_NB",
    "LINE_KIND_NB",
    "NO_ADVISER_NB",
    "OUTCOMES",
    "PAYROLL",
    "PROGRAMME_NB",
    "STATUS_NB",
    "SUBJECT_NB",
    "SUB_SKILL_NB",
    "SUPERVISION",
    "SUPERVISION_CHECKS",
    "TESTS",
    "TRAINING_CATEGORY_NB",
    "TRAINING_DEADLINES",
    "TRAINING_HOURS",
    "UNKNOWN_CATEGORY_NB",
    "WEEKDAY_NB",
    "Row",
    "attendance_rows",
    "caseload_rows",
    "class_attendance_rows",
    "deadline_rows",
    "exit_reason_label",
    "hours",
    "language_test_rows",
    "level_text",
    "months_between",
    "nir_problems",
    "outcome_rows",
    "participant_name",
    "payroll_rows",
    "sort_name",
    "supervision_rows",
    "training_deadline_rows",
    "training_hours_rows",
]
