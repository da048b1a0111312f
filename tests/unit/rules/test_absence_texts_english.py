"""Absence findings carry an English message and suggestion beside the Bokmål, so the
attendance page and `attendance check` in en read English (issue 17): self-certification
(first weeks, too long, too many), sick child over the quota, holiday and welfare leave over
their quotas, a long run of absence and a high absence rate."""

from __future__ import annotations

from datetime import date, timedelta

from tests.unit.rules.test_rule_texts_english import check_english

from introdesk.domain.attendance import AttendanceEntry
from introdesk.rules.absence import check_absence, load_absence_tables


def _weekdays(start: date, count: int) -> list[date]:
    days = []
    day = start
    while len(days) < count:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def test_every_absence_finding_has_an_english_message_and_suggestion() -> None:
    start = date(2026, 1, 5)
    coded = [(day, "self_certified_illness") for day in _weekdays(start, 10)]
    # single self-certified days a month apart: one period each, too many in 12 months
    coded += [(date(2026, month, 10), "self_certified_illness") for month in range(3, 11)]
    coded += [(day, "sick_child") for day in _weekdays(date(2026, 4, 6), 25)]
    coded += [(day, "holiday") for day in _weekdays(date(2026, 6, 1), 40)]
    coded += [(day, "welfare_leave") for day in _weekdays(date(2026, 11, 2), 3)]
    entries = [AttendanceEntry(5, day, "norwegian", 450, 0, code, 450) for day, code in coded]
    findings = check_absence(
        5,
        entries,
        programme_start=start,
        tables=load_absence_tables(),
        children=1,
        welfare_leave_days_per_year=1,
    )
    rules = {f.rule_id for f in findings}
    assert len(rules) >= 7, rules
    pairs = []
    for finding in findings:
        message, suggestion = finding.in_language("en")
        assert (message, suggestion) == (finding.message_en, finding.suggestion_en)
        assert finding.in_language("nb") == (finding.message, finding.suggestion)
        assert finding.in_language("nn") == finding.in_nynorsk()
        pairs += [(finding.message, message), (finding.suggestion, suggestion)]
    assert check_english(pairs) >= 10
