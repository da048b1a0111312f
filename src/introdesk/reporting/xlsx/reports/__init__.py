"""The rows of each Excel report: pure generators over plain domain values (issue 9).

Each report is a ``SheetSpec`` (English source headings, column types; ``ReportTexts.sheet``
gives it in nb, nn or en) and a function that yields one tuple per row in that column order, its
words in the language of the ``texts`` it is given (``reporting/xlsx/texts.py``; Bokmål unless
told). Nothing here reads the database, the clock or a file: the
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
    CASELOAD_CATEGORIES,
    CASELOAD_STATUSES,
    DEADLINES,
    NO_ADVISER,
    caseload_rows,
    caseload_sheet,
    deadline_description,
    deadline_rows,
)
from introdesk.reporting.xlsx.reports.common import (
    CENT,
    CLOSED_STATUSES,
    Row,
    hours,
    level_text,
    participant_name,
    sort_name,
    sub_skill,
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
    TRAINING_DEADLINES,
    TRAINING_HOURS,
    class_attendance_rows,
    training_deadline_rows,
    training_hours_rows,
)

__all__ = [
    "ATTENDANCE",
    "CASELOAD_CATEGORIES",
    "CASELOAD_STATUSES",
    "CENT",
    "CLASS_ATTENDANCE",
    "CLOSED_STATUSES",
    "DEADLINES",
    "NO_ADVISER",
    "OUTCOMES",
    "PAYROLL",
    "SUPERVISION",
    "SUPERVISION_CHECKS",
    "TESTS",
    "TRAINING_DEADLINES",
    "TRAINING_HOURS",
    "Row",
    "attendance_rows",
    "caseload_rows",
    "caseload_sheet",
    "class_attendance_rows",
    "deadline_description",
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
    "sub_skill",
    "supervision_rows",
    "training_deadline_rows",
    "training_hours_rows",
]
