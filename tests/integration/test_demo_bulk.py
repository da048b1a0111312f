"""``introdesk demo`` writes in bulk (issue 18): many audit rows in one commit still form an
unbroken hash chain, attendance rows are all there, and progress is reported as it goes."""

from __future__ import annotations

from datetime import date

import pytest

from introdesk.services.container import Services

pytestmark = pytest.mark.database


def test_bulk_demo_keeps_the_audit_chain_and_reports_progress(services: Services) -> None:
    steps: list[str] = []
    attendance_progress: list[tuple[int, int]] = []
    result = services.demo.generate(30, seed=7, progress=steps.append)
    written = services.demo_attendance.fill(
        weeks=2, seed=7, progress=lambda done, total: attendance_progress.append((done, total))
    )

    assert result.participants == 30
    assert steps[0] == "storing 30 participants"
    assert "integration plans" in steps
    assert attendance_progress
    assert attendance_progress[-1][0] == attendance_progress[-1][1]  # the last call: all done
    stored = services.attendance.entries(date(2000, 1, 1), date(2100, 1, 1))
    assert len(stored) == written  # every row of the bulk insert is there
    report = services.database.check()
    assert report.sound, report.problems  # the audit chain has no broken link
    assert written > 0
