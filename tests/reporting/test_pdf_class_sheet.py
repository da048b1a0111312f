"""Sign-in sheet followed by the class list (issue 10: printable class lists and sign-in sheets
through the PDF document base)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, time

from introdesk.reporting.pdf import samples
from introdesk.reporting.pdf.class_sheet import (
    ClassLesson,
    ClassMember,
    ClassSheetData,
    render_class_sheet,
)

PagesOf = Callable[[bytes], list[str]]


def test_sign_in_sheet_then_class_list(pdf_pages: PagesOf) -> None:
    sheet = samples.sample_attendance(participants=4)
    members = tuple(
        ClassMember(name, date(2026, 8, 17), date(2026, 12, 18) if i == 0 else None)
        for i, name in enumerate(sheet.participants)
    )
    data = ClassSheetData(
        sheet=sheet,
        level="A2",
        room="Rom 101",
        timetable=(
            ClassLesson(0, time(9, 0), 90, "Norsk"),
            ClassLesson(2, time(12, 30), 45, "Samfunnskunnskap"),
        ),
        members=members,
    )
    pages = [" ".join(page.split()) for page in pdf_pages(render_class_sheet(data))]
    assert len(pages) == 2
    first, class_list = pages
    assert "Frammøteliste" in first
    assert "Klasseliste" not in first
    assert "Klasseliste" in class_list
    assert "Rom 101" in class_list
    assert "Mandag 09:00 90 Norsk" in class_list
    assert "Onsdag 12:30 45 Samfunnskunnskap" in class_list
    for member in members:
        assert member.name in first
        assert member.name in class_list
    assert "18.12.2026" in class_list  # a member leaving the class
    assert "17.08.2026" in class_list
