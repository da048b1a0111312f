"""Weekly sign-in sheet for a class: participants × Monday–Friday with empty signature boxes.

Landscape, so the boxes are wide enough to sign in. Days the centre is closed (public holidays,
given by the caller) are shaded and marked closed so nobody signs them.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, ClassVar

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from introdesk.reporting.pdf.base import PdfDocument, boxed_style
from introdesk.reporting.pdf.data import AttendanceSheetData
from introdesk.reporting.pdf.formatting import fmt_date
from introdesk.reporting.pdf.timetable import WEEKDAY_KEYS


class AttendanceSheetDocument(PdfDocument):
    title_key = "attendance.title"
    page_size: ClassVar[tuple[float, float]] = landscape(A4)

    def __init__(self, data: AttendanceSheetData) -> None:
        super().__init__(data.header, data.language)
        self.data = data

    def story(self) -> list[Flowable]:
        d = self.data
        week = d.week_monday.isocalendar()
        friday = d.week_monday + timedelta(days=4)
        facts = [
            ("attendance.group", d.group_name),
            ("attendance.week", f"{week.week} ({fmt_date(d.week_monday)}–{fmt_date(friday)})"),
        ]
        if d.teacher:
            facts.append(("attendance.teacher", d.teacher))
        return [
            *self.title_block(),
            self.field_table(facts),
            Spacer(0, 3 * mm),
            self.pair("attendance.note", "body"),
            Spacer(0, 4 * mm),
            self._grid(),
        ]

    def _grid(self) -> Table:
        d = self.data
        days = [d.week_monday + timedelta(days=i) for i in range(5)]
        header: list[Any] = [self.label("common.participant")]
        for key, day in zip(WEEKDAY_KEYS, days, strict=True):
            header.append([*self.label(key), self.text(fmt_date(day), "small")])
        rows: list[list[Any]] = [header]
        rows += [[self.text(name, "cell")] + [""] * 5 for name in d.participants]
        name_width = 70 * mm
        day_width = (self.content_width - name_width) / 5
        heights = [None] + [11 * mm] * len(d.participants)
        extra: list[tuple[Any, ...]] = [("VALIGN", (0, 1), (0, -1), "MIDDLE")]
        for column, day in enumerate(days, start=1):
            if day in d.closed_days:
                extra.append(("BACKGROUND", (column, 1), (column, -1), colors.HexColor("#dddddd")))
                for row in rows[1:]:
                    row[column] = self.text(self.nb("attendance.closed"), "small")
        table = Table(
            rows, colWidths=[name_width] + [day_width] * 5, rowHeights=heights, repeatRows=1
        )
        table.setStyle(boxed_style(extra=extra))
        return table


def render_attendance_sheet(data: AttendanceSheetData) -> bytes:
    """The weekly sign-in sheet as PDF bytes."""
    return AttendanceSheetDocument(data).render()
