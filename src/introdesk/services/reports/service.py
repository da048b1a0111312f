"""The Excel reports (issue 9): which exist, what period each needs, and how to make one.

Every report is a pure row generator in ``reporting/xlsx/reports`` fed by a *data source*.
``deadlines`` and ``caseload`` read participants through ``DatabaseCaseSource`` (``sources``);
``tests`` reads ``LanguageTestService.progress`` through ``LanguageTestReportSource`` (wired in
``services/container.py``). The training reports (issue 10) read ``TrainingService`` through
``TrainingReportSource`` and ``ClassService``'s week sheets through
``ClassAttendanceReportSource``. The other reports name the protocol their data comes through
(``AttendanceSource``, ``PayrollSource``, ``OutcomeSource``, ``SupervisionSource``); until a
service implementing it is set in ``ReportSources``, asking for the report raises
``UserInputError("… is not available yet: needs …")`` rather than writing an empty or made-up file.

Every workbook is in the language asked for (``nb``, ``nn`` or ``en``; issue 17): the window
passes its interface language, the command line ``--language`` (or the language saved in the
window), both through ``prepare``/``export``. Headings, sheet names, labels of stored codes,
yes/no and the parameters sheet come through ``reporting/xlsx/texts.ReportTexts``.

Making a report is two steps so the window can write in a worker thread: ``prepare`` reads the
database (in the caller's thread) and returns a ``PreparedReport``; ``PreparedReport.write``
streams the rows to the workbook and touches only memory and the output file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import partial
from pathlib import Path

from introdesk.core import clock
from introdesk.domain.errors import UserInputError
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.records import ParticipantRecord
from introdesk.domain.reports import Period
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.reporting.xlsx import reports as rows
from introdesk.reporting.xlsx.texts import ReportTexts
from introdesk.reporting.xlsx.writer import (
    CancelCheck,
    ProgressCallback,
    ReportParameters,
    SheetSpec,
    WriteResult,
    write_workbook,
)
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.language_tests import citizenship_test_passed, social_studies_passed
from introdesk.rules.tables import load_table
from introdesk.rules.training import lesson_counting
from introdesk.services.access_log import IDENTITY_HEADINGS, log_identity_numbers_shown
from introdesk.services.context import ServiceContext
from introdesk.services.reports.catalogue import REPORT_NAMES, REPORTS, ReportInfo, title
from introdesk.services.reports.rule_answers import category_of, deadlines_of, lesson_hours
from introdesk.services.reports.sources import CaseSource, DatabaseCaseSource, ReportSources


@dataclass(frozen=True)
class PreparedReport:
    """Everything needed to write one workbook; writing needs no database."""

    info: ReportInfo
    spec: SheetSpec
    rows: Iterable[Sequence[object]]
    parameters: ReportParameters

    def write(
        self,
        path: Path,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
    ) -> WriteResult:
        return write_workbook(
            self.spec, self.rows, path, self.parameters, progress=progress, cancel=cancel
        )


def _now() -> datetime:
    return clock.now()


MUNICIPALITY = QT_TRANSLATE_NOOP("Reports", "Municipality")
PERIOD = QT_TRANSLATE_NOOP("Reports", "Period")
FROM = QT_TRANSLATE_NOOP("Reports", "From")
TO = QT_TRANSLATE_NOOP("Reports", "To")
AS_OF = QT_TRANSLATE_NOOP("Reports", "As of")


class ReportService:
    def __init__(
        self,
        context: ServiceContext,
        sources: ReportSources | None = None,
        cases: CaseSource | None = None,
        now: Callable[[], datetime] = _now,
    ) -> None:
        self._ctx = context
        self._sources = sources or ReportSources()
        self._cases = cases or DatabaseCaseSource(context)
        self._now = now

    def list(self) -> list[ReportInfo]:
        """Every report, with ``needs`` empty for those that can be made now."""
        wired = {
            "attendance": self._sources.attendance,
            "payroll": self._sources.payroll,
            "tests": self._sources.tests,
            "outcomes": self._sources.outcomes,
            "supervision": self._sources.supervision,
            "training_hours": self._sources.training,
            "training_deadlines": self._sources.training,
            "class_attendance": self._sources.classes,
        }
        result = []
        for info in REPORTS:
            if info.name in wired and wired[info.name] is not None:
                info = replace(info, needs="")
            result.append(info)
        return result

    def info(self, name: str) -> ReportInfo:
        for info in self.list():
            if info.name == name:
                return info
        raise UserInputError(code="reports.unknown", name=name, names=", ".join(REPORT_NAMES))

    def prepare(
        self, name: str, period: Period | None = None, *, language: str = "nb"
    ) -> PreparedReport:
        """Read the report's data; ``language`` (nb, nn, en) is the workbook's language."""
        texts = ReportTexts(language)
        info = self.info(name)
        if not info.available:
            raise UserInputError(code="reports.not_available", name=name, needs=info.needs)
        if period is None and info.period_required:
            raise UserInputError(code="reports.needs_period", name=name)
        if period is not None and period.kind not in info.periods:
            raise UserInputError(code="reports.period_kind", name=name, kind=period.kind)
        today = clock.today()
        spec, generated = self._rows(info, period, today, texts)
        filters: list[tuple[str, str | date]] = []
        with self._ctx.database.unit_of_work(write=False) as uow:
            municipality = settings_repo.get_all(uow.session).get("municipality_name", "")
        if municipality:
            filters.append((texts(MUNICIPALITY), municipality))
        if period is not None:
            filters += [
                (texts(PERIOD), period.label),
                (texts(FROM), period.start),
                (texts(TO), period.end),
            ]
        filters.append((texts(AS_OF), today))
        if any(column.heading in IDENTITY_HEADINGS for column in spec.columns):
            log_identity_numbers_shown(self._ctx, name, period.label if period else "")
        parameters = ReportParameters(
            report_title=title(info, language),
            generated_at=self._now(),
            generated_by=self._ctx.actor,
            filters=tuple(filters),
            language=language,
        )
        return PreparedReport(info, texts.sheet(spec), generated, parameters)

    def export(
        self,
        name: str,
        path: Path,
        period: Period | None = None,
        *,
        progress: ProgressCallback | None = None,
        cancel: CancelCheck | None = None,
        language: str = "nb",
    ) -> WriteResult:
        prepared = self.prepare(name, period, language=language)
        return prepared.write(path, progress=progress, cancel=cancel)

    # --- per report ----------------------------------------------------------------------------

    def _participants(self) -> Mapping[int, ParticipantRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            records = participant_repo.list_records(uow.session, include_archived=True)
        return {record.id: record for record in records}

    def _rows(
        self, info: ReportInfo, period: Period | None, today: date, texts: ReportTexts
    ) -> tuple[SheetSpec, Iterable[Sequence[object]]]:
        """The report's sheet (English source headings) and its rows in ``texts``' language."""
        s = self._sources
        if info.name in ("deadlines", "caseload"):
            return self._case_rows(info.name, period, today, texts)
        if info.name == "attendance" and s.attendance is not None and period is not None:
            return rows.ATTENDANCE, rows.attendance_rows(
                s.attendance.attendance_entries(period),
                self._participants(),
                load_absence_codes(),
                texts,
            )
        if info.name == "payroll" and s.payroll is not None and period is not None:
            return rows.PAYROLL, rows.payroll_rows(
                s.payroll.benefit_results(period.start),
                self._participants(),
                load_absence_codes(),
                texts,
            )
        if info.name == "tests" and s.tests is not None:
            return rows.TESTS, rows.language_test_rows(
                s.tests.test_progress(),
                social_studies_passed=partial(
                    social_studies_passed, table=load_table("social_studies_pass_marks")
                ),
                citizenship_passed=partial(
                    citizenship_test_passed, table=load_table("citizenship_test_pass_marks")
                ),
                start=period.start if period else None,
                end=period.end if period else None,
                texts=texts,
            )
        if info.name == "outcomes" and s.outcomes is not None and period is not None:
            return rows.OUTCOMES, rows.outcome_rows(
                s.outcomes.programme_exits(period),
                as_of=today,
                start=period.start,
                end=period.end,
                texts=texts,
            )
        if info.name == "supervision" and s.supervision is not None:
            return rows.SUPERVISION, rows.supervision_rows(
                s.supervision.supervision_subjects(), texts
            )
        if info.name == "training_hours" and s.training is not None and period is not None:
            year = period.start.year
            return rows.TRAINING_HOURS, rows.training_hours_rows(
                s.training.training_status(),
                s.training.training_hours(year),
                year=year,
                texts=texts,
            )
        if info.name == "class_attendance" and s.classes is not None and period is not None:
            return rows.CLASS_ATTENDANCE, rows.class_attendance_rows(
                s.classes.class_weeks(period),
                start=period.start,
                end=period.end,
                hours=lesson_hours(lesson_counting(load_table("lesson_counting"), today)),
                texts=texts,
            )
        if info.name == "training_deadlines" and s.training is not None:
            return rows.TRAINING_DEADLINES, rows.training_deadline_rows(
                s.training.training_status(), as_of=today, texts=texts
            )
        raise UserInputError(code="reports.not_available", name=info.name, needs=info.needs)

    def _case_rows(
        self, name: str, period: Period | None, today: date, texts: ReportTexts
    ) -> tuple[SheetSpec, Iterable[Sequence[object]]]:
        """The two reports over every case: open start deadlines, and caseload per adviser."""
        if name == "deadlines":
            return rows.DEADLINES, rows.deadline_rows(
                self._cases.case_snapshots(),
                deadlines_of=deadlines_of(today),
                due_from=period.start if period else None,
                due_to=period.end if period else None,
                texts=texts,
            )
        # The caseload's headings are labels already in the language; ``sheet`` leaves them.
        return rows.caseload_sheet(texts), rows.caseload_rows(
            self._cases.case_snapshots(),
            deadlines_of=deadlines_of(today),
            category_of=category_of(today),
            texts=texts,
        )
