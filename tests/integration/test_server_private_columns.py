"""Payroll on a real PostgreSQL server (brief issue 16): it sees the absence kinds that decide
the benefit, but not the health-related detail written beside an absence nor the case notes,
neither through the program nor with a direct SQL ``SELECT``."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.exc import ProgrammingError
from tests.integration.conftest import Server, draft_plan, participant

from introdesk.domain.errors import AccessDeniedError
from introdesk.domain.reports import Period, PeriodKind
from introdesk.services.container import open_services
from introdesk.ui import tasks
from introdesk.ui.main_window import PAGE_NAMES, MainWindow

pytestmark = pytest.mark.parametrize("backend", ["postgresql"])

SICK_DAY = date(2026, 1, 6)  # a Tuesday inside the draft plan
HEALTH_NOTE = "Legeerklæring: synthetic diagnosis text"
CASE_NOTE = "Synthetic case note: follow up after the family meeting"


def absent_with_a_note(server: Server) -> int:
    person = participant(server.admin, "Amira", server.logins["anna"])
    draft_plan(server.admin, person)
    server.admin.participants.update(person, {"career_guidance_recommendation": CASE_NOTE})
    server.admin.participants.set_goal_override(
        person, norwegian_goal="B1/B1/A2/B1", reason=CASE_NOTE
    )
    server.admin.attendance.record(
        person,
        SICK_DAY,
        absence_code="doctor_certified_illness",
        absence_minutes=60,
        note=HEALTH_NOTE,
    )
    return person


def test_payroll_sees_absence_kinds_but_not_health_details_or_case_notes(server: Server) -> None:
    person = absent_with_a_note(server)
    paul = server.open_as("paul")
    try:
        entries = paul.attendance.entries(SICK_DAY, SICK_DAY, [person])
        details = paul.participants.details(person)
        listed = paul.participants.summaries()  # the participants list in the window
        benefit = paul.benefit.compute_month(date(2026, 1, 1), [person])
    finally:
        paul.close()
    assert "doctor_certified_illness" in {e.absence_code for e in entries}
    assert HEALTH_NOTE not in repr(entries)
    assert details.fields.given_name == "Amira"
    assert details.fields.career_guidance_recommendation == ""
    assert details.fields.goal_override_reason == ""
    assert CASE_NOTE not in repr(details)
    assert [s.id for s in listed] == [person]
    assert CASE_NOTE not in repr(listed)
    assert [b.participant_id for b in benefit] == [person]

    # The adviser whose caseload it is still reads both.
    anna = server.open_as("anna")
    try:
        fields = anna.participants.details(person).fields
    finally:
        anna.close()
    assert fields.career_guidance_recommendation == CASE_NOTE


def test_a_direct_select_of_health_details_or_case_notes_is_refused_for_payroll(
    server: Server,
) -> None:
    person = absent_with_a_note(server)
    kinds = server.sql_as("paul", "SELECT absence_code FROM attendance_entries")
    assert ("doctor_certified_illness",) in kinds
    for statement in (
        "SELECT note FROM attendance_entries",
        "SELECT * FROM attendance_entries",
        "SELECT career_guidance_recommendation FROM participants",
        "SELECT goal_override_reason FROM participants",
        "SELECT note FROM participant_status_history",
        "SELECT reason FROM programme_events",
    ):
        with pytest.raises(ProgrammingError, match="permission denied"):
            server.sql_as("paul", statement)
    # Nor can payroll overwrite the detail it cannot see.
    with pytest.raises(ProgrammingError, match="permission denied"):
        server.sql_as(
            "paul", f"UPDATE attendance_entries SET note = '' WHERE participant_id = {person}"
        )
    assert server.sql_as("anna", "SELECT note FROM attendance_entries") == [(HEALTH_NOTE,)]


def test_payroll_cannot_overwrite_a_health_note_through_the_program(server: Server) -> None:
    person = absent_with_a_note(server)
    paul = server.open_as("paul")
    try:
        with pytest.raises(AccessDeniedError):
            paul.attendance.record(
                person,
                SICK_DAY,
                absence_code="doctor_certified_illness",
                absence_minutes=60,
                note="payroll's guess",
            )
        # Registering the hours without a note is payroll's work and goes through.
        paul.attendance.record(
            person, SICK_DAY, absence_code="self_certified_illness", absence_minutes=60
        )
    finally:
        paul.close()
    assert server.sql_as("anna", "SELECT absence_code, note FROM attendance_entries") == [
        ("self_certified_illness", HEALTH_NOTE)
    ]


def test_the_audit_log_does_not_give_payroll_what_the_columns_hide(server: Server) -> None:
    person = absent_with_a_note(server)
    # The newest audit row is a change of a case note, with its old and new text.
    server.admin.participants.update(person, {"career_guidance_recommendation": "Revised"})
    seen = server.sql_as("paul", "SELECT old_value, new_value FROM audit_log")
    assert CASE_NOTE not in repr(seen)
    # Payroll's own changes are still chained onto the log the others wrote.
    paul = server.open_as("paul")
    try:
        paul.benefit.lock_month(date(2025, 12, 1))
    finally:
        paul.close()
    assert server.admin.database.check().sound


def test_the_window_tells_payroll_what_it_does_not_see(
    server: Server, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A page payroll could not read would say so in a message box; recorded instead of shown.
    reported: list[BaseException] = []
    monkeypatch.setattr(tasks, "show_error", lambda _parent, error: reported.append(error))
    for person, told in (("paul", True), ("anna", False)):
        services = server.open_as(person)
        try:
            window = MainWindow(services, open_database=open_services)
            qtbot.addWidget(window)
            for page in PAGE_NAMES:  # every page loads for payroll, blanks and all
                window.show_page(page)
                tasks.wait_for_all()
            status = window.database_label.text()
            window.close()
        finally:
            services.close()
        assert server.logins[person] in status
        assert ("case notes" in status or "saksnotater" in status) == told
    assert [(type(e).__name__, str(e)[:60]) for e in reported] == []


def test_payroll_writes_every_report_without_the_private_columns(
    server: Server, tmp_path: Path
) -> None:
    absent_with_a_note(server)
    january = Period(PeriodKind.MONTH, date(2026, 1, 1), date(2026, 1, 31))
    paul = server.open_as("paul")
    try:
        for info in paul.reports.list():
            if not info.available:
                continue
            year = Period(PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
            period = (
                january
                if PeriodKind.MONTH in info.periods
                else year
                if PeriodKind.YEAR in info.periods
                else None
            )
            prepared = paul.reports.prepare(info.name, period)
            prepared.write(tmp_path / f"{info.name}.xlsx")
    finally:
        paul.close()
    assert list(tmp_path.glob("*.xlsx"))
