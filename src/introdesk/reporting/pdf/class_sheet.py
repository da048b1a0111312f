"""A class's week on paper: the sign-in sheet (``attendance_sheet``) followed by the class list
(teacher, level, room, weekly timetable, members with the date they joined)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table

from introdesk.reporting.pdf.attendance_sheet import AttendanceSheetDocument
from introdesk.reporting.pdf.base import boxed_style
from introdesk.reporting.pdf.data import AttendanceSheetData
from introdesk.reporting.pdf.formatting import fmt_date
from introdesk.reporting.pdf.timetable import WEEKDAY_KEYS


@dataclass(frozen=True, slots=True)
class ClassLesson:
    """A lesson of the normal week: weekday 0 = Monday … 4 = Friday; subject as printed."""

    weekday: int
    start: time
    minutes: int
    subject: str


@dataclass(frozen=True, slots=True)
class ClassMember:
    name: str
    joined: date
    leaves: date | None = None


@dataclass(frozen=True, slots=True)
class ClassSheetData:
    sheet: AttendanceSheetData
    level: str = ""
    room: str = ""
    timetable: tuple[ClassLesson, ...] = ()
    members: tuple[ClassMember, ...] = ()


class ClassSheetDocument(AttendanceSheetDocument):
    def __init__(self, data: ClassSheetData) -> None:
        super().__init__(data.sheet)
        self.class_data = data

    def story(self) -> list[Flowable]:
        return [*super().story(), PageBreak(), *self._class_list()]

    def _class_list(self) -> list[Flowable]:
        d = self.class_data
        facts = [("attendance.group", d.sheet.group_name)]
        if d.sheet.teacher:
            facts.append(("attendance.teacher", d.sheet.teacher))
        if d.level:
            facts.append(("classlist.level", d.level))
        if d.room:
            facts.append(("classlist.room", d.room))
        story: list[Flowable] = [
            self.pair("classlist.heading", "title"),
            Spacer(0, 3 * mm),
            self.field_table(facts),
        ]
        if d.timetable:
            story += self.heading("classlist.timetable")
            rows: list[list[Any]] = [
                [
                    self.label("classlist.day"),
                    self.label("common.time"),
                    self.label("classlist.minutes"),
                    self.label("classlist.subject"),
                ]
            ]
            rows += [
                [
                    self.text(self.nb(WEEKDAY_KEYS[s.weekday]), "cell"),
                    self.text(s.start.strftime("%H:%M"), "cell"),
                    self.text(str(s.minutes), "cell"),
                    self.text(s.subject, "cell"),
                ]
                for s in d.timetable
            ]
            width = self.content_width / 4
            table = Table(rows, colWidths=[width] * 4, repeatRows=1)
            table.setStyle(boxed_style())
            story.append(table)
        story += self.heading("common.participant")
        members: list[list[Any]] = [
            [
                self.label("common.name"),
                self.label("common.from"),
                self.label("common.to"),
            ]
        ]
        members += [
            [
                self.text(m.name, "cell"),
                self.text(fmt_date(m.joined), "cell"),
                self.text(fmt_date(m.leaves) if m.leaves else "", "cell"),
            ]
            for m in d.members
        ]
        name_width = self.content_width / 2
        table = Table(members, colWidths=[name_width, name_width / 2, name_width / 2], repeatRows=1)
        table.setStyle(boxed_style())
        story.append(table)
        return story


def render_class_sheet(data: ClassSheetData) -> bytes:
    """Sign-in sheet and class list for one class and week, as PDF bytes."""
    return ClassSheetDocument(data).render()
