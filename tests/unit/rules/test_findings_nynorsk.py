"""Plan findings and absence findings carry a Nynorsk message beside the Bokmål: a window
that speaks nn shows it (issue 17 item 2)."""

from __future__ import annotations

import ast
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from introdesk.domain.attendance import AttendanceEntry
from introdesk.domain.codes import EducationLevel, Regime
from introdesk.domain.plans import Plan, PlanElement, WeekHours
from introdesk.rules.absence import check_absence, load_absence_tables
from introdesk.rules.plan_context import PlanContext, load_plan_tables
from introdesk.rules.plan_validation import validate_plan

RULES = Path(__file__).resolve().parents[3] / "src" / "introdesk" / "rules"
BOKMAL_ONLY = re.compile(
    r"\b(ikke|uten|timer|uke|uken|dager|måneder|mangler|kreves|være|høyst|høyere|lavere"
    r"|anbefalt|begrunnelse|deltakerens|elementer|livsmestring|utenfor|ligger|telles"
    r"|foreldreveiledning|arbeidsrettet|virkedager|helårlig|slutter|forlengelse|fravær|sykdom"
    r"|egenmelding|fraværet|deltakeren|tidligst|brukes|innen|dagene|vurderes|kodes)\b",
    re.IGNORECASE,
)


def test_every_finding_the_plan_rules_write_has_a_nynorsk_message() -> None:
    """Every ``Finding(...)`` in the plan rules names ``message_nn`` beside ``message_nb``,
    and every helper call that builds one passes the Nynorsk too."""
    missing = []
    for path in sorted(RULES.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            names = {k.arg for k in node.keywords}
            if node.func.id == "Finding" and "message_nb" in names and "message_nn" not in names:
                missing.append(f"{path.name}:{node.lineno}")
            if node.func.id == "AbsenceFinding" and not {"message_nn", "suggestion_nn"} <= names:
                missing.append(f"{path.name}:{node.lineno}")
    assert missing == []


def test_a_plan_with_many_problems_is_described_in_nynorsk() -> None:
    start = date(2026, 9, 7)
    bad = Plan(
        start=start,
        planned_end=start + timedelta(days=365 * 4),
        end_goal=None,
        norwegian_goal=None,
        elements=(
            PlanElement("norwegian", start, start + timedelta(days=30), WeekHours.weekdays(2)),
            PlanElement("language_practice", start, start + timedelta(days=60), WeekHours()),
            PlanElement("no_such_element", start, start + timedelta(days=10), WeekHours()),
            PlanElement(
                "work_practice",
                start - timedelta(days=30),
                start + timedelta(days=20),
                WeekHours.weekdays(Decimal(1)),
            ),
        ),
    )
    context = PlanContext(
        Regime.INTEGRATION_ACT, age_at_start=30, education=EducationLevel.PRIMARY,
        children_under_18=2,
    )  # fmt: skip
    findings = validate_plan(bad, context, load_plan_tables())
    assert len({f.rule_id for f in findings}) >= 6
    for finding in findings:
        assert finding.message_nn, finding.rule_id
        assert finding.message("nn") == finding.message_nn
        assert not BOKMAL_ONLY.search(finding.message_nn), finding.message_nn
    assert findings[0].message("nb") == findings[0].message_nb


def test_absence_findings_read_as_nynorsk() -> None:
    """Self-certified illness in the first weeks and for too long, a long run of absence and a
    high absence rate: every message and suggestion in Nynorsk."""
    start = date(2026, 9, 7)
    days = [
        start + timedelta(days=i) for i in range(14) if (start + timedelta(days=i)).weekday() < 5
    ]
    entries = [
        AttendanceEntry(5, day, "norwegian", 450, 0, "self_certified_illness", 450) for day in days
    ]
    findings = check_absence(5, entries, programme_start=start, tables=load_absence_tables())
    assert len({f.rule_id for f in findings}) >= 3
    for finding in findings:
        message, suggestion = finding.in_nynorsk()
        assert message != finding.message, finding.rule_id
        for text in (message, suggestion):
            assert not BOKMAL_ONLY.search(text), text
