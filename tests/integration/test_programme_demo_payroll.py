"""Issue 14 "done when": on a database made by ``introdesk demo``, the payroll workbook equals
``benefit compute`` for a month, and nobody stopped, ended or without a decision is paid."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import openpyxl

from introdesk.domain.programme import CLOSING_KINDS, EventKind
from introdesk.domain.reports import Period, PeriodKind
from introdesk.services.container import Services

NOVEMBER = date(2026, 11, 1)


def test_demo_payroll_equals_compute_and_pays_only_participants(
    services: Services, tmp_path: Path
) -> None:
    services.demo.generate(40, seed=7)
    results = {r.participant_id: r for r in services.benefit.compute_month(NOVEMBER)}
    out = tmp_path / "lonn.xlsx"
    services.reports.export("payroll", out, Period(PeriodKind.MONTH, NOVEMBER, date(2026, 11, 30)))
    sheet = openpyxl.load_workbook(out).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    pid_col, amount_col = header.index("Deltaker-ID"), header.index("Beløp (kr)")
    paid: dict[int, Decimal] = {}
    for row in rows[1:]:
        if isinstance(row[pid_col], int):
            paid[row[pid_col]] = paid.get(row[pid_col], Decimal(0)) + Decimal(str(row[amount_col]))
    for pid, result in results.items():
        assert paid.get(pid, Decimal(0)).quantize(Decimal("0.01")) == result.net, pid

    # Nobody without a decision, stopped all month or ended before the month is paid.
    for pid, result in results.items():
        course = services.programme.history(pid)
        kinds = {e.kind for e in course}
        if EventKind.DECISION not in kinds or EventKind.START not in kinds:
            assert result.gross == 0, pid
        stopped = [e.day for e in course if e.kind is EventKind.STOP]
        resumed = [e.day for e in course if e.kind is EventKind.RESUMPTION]
        if stopped and max(stopped) < NOVEMBER and not [d for d in resumed if d > max(stopped)]:
            assert result.gross == 0, pid
        closing = [e.day for e in course if e.kind in CLOSING_KINDS]
        if closing and closing[0] < NOVEMBER:
            assert result.gross == 0, pid
    # The demo covers those cases, and pays someone.
    statuses = {services.participants.get(pid).status.value for pid in results}
    assert {"referred", "stopped", "completed"} <= statuses | {
        p.status.value for p in services.participants.list()
    }
    assert any(r.net > 0 for r in results.values())


def test_demo_participants_with_a_start_have_a_decision(services: Services) -> None:
    """Issue 14 item 5: a demo person with a programme start also has a decision, so nobody
    "referred" or "mapped" shows up on the Benefit page as without a decision because of a
    start typed on the record; the start and decision are the events' dates."""
    services.demo.generate(40, seed=7)
    people = services.participants.summaries()
    assert {"referred", "mapped"} <= {p.status.value for p in people}
    for person in people:
        fields = services.participants.details(person.id).fields
        kinds = {e.kind for e in services.programme.history(person.id)}
        if fields.programme_start is not None:
            assert fields.decision_date is not None, person.id
            assert {EventKind.DECISION, EventKind.START} <= kinds, person.id
        if fields.status.value in ("referred", "mapped"):
            assert fields.programme_start is None, person.id
            assert fields.decision_date is None, person.id
