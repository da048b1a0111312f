"""The tests page's overview as an Excel workbook (issue 17: the page wrote CSV, every other
report Excel). The window gives the rows as shown (filtered and sorted, headings and texts in the
interface language, dates as dates, counts as numbers); the reporting layer's writer gives it the
same layout, number formats and parameters sheet as every other report."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from pathlib import Path

from introdesk.core import clock
from introdesk.reporting.xlsx.writer import (
    Column,
    ColumnKind,
    ReportParameters,
    SheetSpec,
    WriteResult,
    write_workbook,
)
from introdesk.services.context import ServiceContext


def write_overview(
    context: ServiceContext,
    path: Path,
    *,
    title: str,
    columns: Sequence[tuple[str, ColumnKind]],
    rows: Iterable[Sequence[object]],
    filters: Sequence[tuple[str, str | date]] = (),
    language: str = "nb",
) -> WriteResult:
    spec = SheetSpec(title, tuple(Column(heading, kind) for heading, kind in columns))
    parameters = ReportParameters(
        report_title=title,
        generated_at=clock.now(),
        generated_by=context.actor,
        filters=tuple(filters),
        language=language,  # of yes/no, the parameters sheet and the footer
    )
    return write_workbook(spec, rows, path, parameters)
