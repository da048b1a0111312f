"""The plan import format (docs/plan-import.md): every problem named by its field."""

from __future__ import annotations

import json
import random
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import UserInputError, ValidationError
from introdesk.domain.plans import EndGoalType
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.demo_plans import demo_plan
from introdesk.services.plan_import import parse_plan, plan_to_json, read_plan_file

CODES = set(load_catalogue())
ISSUE_EXAMPLE: dict[str, Any] = {
    "participant_id": "12",
    "start": "2026-01-05",
    "planned_end": "2027-12-31",
    "end_goal": {"type": "work", "text": "Jobb som helsefagarbeider"},
    "norwegian_goal": {"listening": "B1", "reading": "B1", "writing": "B1", "oral": "B1"},
    "elements": [
        {
            "code": "norwegian",
            "start": "2026-01-05",
            "end": "2026-06-30",
            "hours": {"mon": 4, "tue": 4, "wed": 4, "thu": 4, "fri": 3},
        }
    ],
}


def test_the_issue_example_is_read() -> None:
    imported = parse_plan(ISSUE_EXAMPLE, "p.json", CODES)
    assert imported.participant == "12"
    plan = imported.plan
    assert (plan.start, plan.planned_end) == (date(2026, 1, 5), date(2027, 12, 31))
    assert plan.end_goal is not None
    assert plan.end_goal.type is EndGoalType.WORK
    assert plan.norwegian_goal is not None
    assert plan.norwegian_goal.level(SubSkill.ORAL) is CefrLevel.B1
    (element,) = plan.elements
    assert element.hours.total == Decimal(19)
    assert element.hours.sat == Decimal(0)


def test_round_trip_through_the_format() -> None:
    plan = demo_plan(random.Random(4), date(2026, 1, 5), young=True)
    data = json.loads(json.dumps(plan_to_json("7", plan)))
    assert parse_plan(data, "p.json", CODES).plan == plan


@pytest.mark.parametrize(
    ("change", "field"),
    [
        pytest.param({"start": "05/01/2026"}, "start", id="bad-date"),
        pytest.param({"planned_end": "2025-12-31"}, "planned_end", id="end-before-start"),
        pytest.param({"end_goal": {"type": "rich"}}, "end_goal.type", id="goal-type"),
        pytest.param({"norwegian_goal": {"reading": "B3"}}, "norwegian_goal.reading", id="cefr"),
        pytest.param({"participant_id": ""}, "participant_id", id="no-participant"),
        pytest.param({"elements": None}, "elements", id="no-elements"),
        pytest.param({"colour": "red"}, "colour", id="unknown-field"),
    ],
)
def test_problems_name_the_field(change: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        parse_plan({**ISSUE_EXAMPLE, **change}, "p.json", CODES)
    assert [p.field for p in caught.value.problems] == [field]
    assert str(caught.value).startswith(f"p.json:{field}: ")


def test_every_element_problem_is_reported_at_once() -> None:
    element = {"code": "knitting", "start": "2026-02-30", "end": "2026-01-01"}
    element["hours"] = {"mon": -1, "tue": "x", "fre": 2}  # type: ignore[assignment]
    with pytest.raises(ValidationError) as caught:
        parse_plan({**ISSUE_EXAMPLE, "elements": [element]}, "p.json", CODES)
    assert sorted(p.field for p in caught.value.problems) == [
        "elements[0].code",
        "elements[0].hours.fre",
        "elements[0].hours.mon",
        "elements[0].hours.tue",
        "elements[0].start",
    ]


def test_hours_are_exact_decimals() -> None:
    element = {**ISSUE_EXAMPLE["elements"][0], "hours": {"mon": 0.1, "tue": "2,25"}}
    plan = parse_plan({**ISSUE_EXAMPLE, "elements": [element]}, "p.json", CODES).plan
    assert plan.elements[0].hours.mon == Decimal("0.1")
    assert plan.elements[0].hours.tue == Decimal("2.25")


def test_file_errors(tmp_path: Path) -> None:
    with pytest.raises(UserInputError, match="no such file"):
        read_plan_file(tmp_path / "missing.json", CODES)
    broken = tmp_path / "broken.json"
    broken.write_text('{"start": ', encoding="utf-8")
    with pytest.raises(ValidationError, match=r"broken.json:1:\d+: not valid JSON"):
        read_plan_file(broken, CODES)
