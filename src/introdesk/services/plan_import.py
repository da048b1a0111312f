"""Reading a plan from JSON (``introdesk plans import``; format in docs/plan-import.md).

Every field is checked before anything is written; all problems are reported together, each
as ``FILE:FIELD: reason`` (``plan.json:elements[2].hours.mon: must be a number``).
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.dates import parse_day
from introdesk.domain.errors import Coded, FieldProblem, UserInputError, ValidationError, reason_of
from introdesk.domain.numbers import parse_decimal
from introdesk.domain.plans import (
    DateRange,
    EndGoal,
    EndGoalType,
    NorwegianGoal,
    Plan,
    PlanElement,
    WeekHours,
)
from introdesk.reporting.input_limits import load_json, readable_file

WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
TOP_KEYS = {
    "participant_id",
    "start",
    "planned_end",
    "end_goal",
    "norwegian_goal",
    "long_term_goal",
    "goal_override_reason",
    "approved_leave",
    "elements",
}
ELEMENT_KEYS = {"code", "start", "end", "hours", "note"}
MAX_HOURS_PER_DAY = Decimal(24)


@dataclass(frozen=True)
class ImportedPlan:
    participant: str  # id or national id, as written in the file
    plan: Plan


class _Problems:
    def __init__(self, source: str) -> None:
        self.source = source
        self.items: list[FieldProblem] = []

    def add(self, field: str, reason: str | Coded) -> None:
        self.items.append(FieldProblem.of(None, field, reason, self.source))


def _date(value: object, field: str, problems: _Problems) -> date | None:
    if value is None or value == "":
        problems.add(field, Coded.of("plan_import.date_required"))
        return None
    if not isinstance(value, str):
        problems.add(field, Coded.of("plan_import.not_a_date", value=repr(value)))
        return None
    try:
        return parse_day(value)
    except ValueError as exc:
        problems.add(field, reason_of(exc))
        return None


def _hours(value: object, field: str, problems: _Problems) -> Decimal | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        problems.add(field, Coded.of("plan_import.hours_number"))
        return None
    try:
        hours = parse_decimal(value)
    except ValueError:
        problems.add(field, Coded.of("plan_import.not_a_number", value=repr(value)))
        return None
    if hours < 0 or hours > MAX_HOURS_PER_DAY:
        problems.add(field, Coded.of("plan_import.hours_range"))
        return None
    return hours


def _period(
    raw: Mapping[str, Any], first_key: str, last_key: str, prefix: str, problems: _Problems
) -> tuple[date | None, date | None]:
    """Two dates of ``raw`` that make a period; (None, None) when the second is before the
    first (said as a problem of the second)."""
    first = _date(raw.get(first_key), f"{prefix}{first_key}", problems)
    last = _date(raw.get(last_key), f"{prefix}{last_key}", problems)
    if first and last and last < first:
        problems.add(f"{prefix}{last_key}", Coded.of("plan_import.before", field=first_key))
        return None, None
    return first, last


def _objects(
    raw: object, key: str, shape: tuple[Coded, Coded], problems: _Problems
) -> Iterator[tuple[str, Mapping[str, Any]]]:
    """The objects of the list ``raw`` (the value of ``key``) with their field prefix
    (``key[3]``); ``shape`` says what is wrong when it is no list or an item no object."""
    not_a_list, not_an_object = shape
    if not isinstance(raw, list):
        problems.add(key, not_a_list)
        return
    for index, item in enumerate(raw):
        prefix = f"{key}[{index}]"
        if isinstance(item, dict):
            yield prefix, item
        else:
            problems.add(prefix, not_an_object)


def _unknown(raw: Mapping[str, Any], allowed: set[str], prefix: str, problems: _Problems) -> None:
    for key in sorted(set(raw) - allowed):
        problems.add(f"{prefix}{key}", Coded.of("plan_import.unknown_field"))


def parse_plan(data: object, source: str, known_codes: Collection[str]) -> ImportedPlan:
    """The plan in ``data`` (parsed JSON), or ValidationError with every problem found."""
    problems = _Problems(source)
    if not isinstance(data, dict):
        problems.add("(file)", Coded.of("plan_import.one_object"))
        raise ValidationError(problems.items)
    _unknown(data, TOP_KEYS, "", problems)
    participant = _participant_reference(data.get("participant_id"), problems)
    start, planned_end = _period(data, "start", "planned_end", "", problems)
    end_goal = _end_goal(data.get("end_goal"), problems)
    norwegian_goal = _norwegian_goal(data.get("norwegian_goal"), problems)
    texts = _texts(data, problems)
    leave = _approved_leave(data.get("approved_leave", []), problems)
    elements = _elements(data.get("elements"), known_codes, problems)
    if problems.items or start is None or planned_end is None:
        raise ValidationError(problems.items)
    plan = Plan(
        start=start,
        planned_end=planned_end,
        end_goal=end_goal,
        norwegian_goal=norwegian_goal,
        elements=tuple(elements),
        long_term_goal=texts["long_term_goal"],
        approved_leave=tuple(leave),
        goal_override_reason=texts["goal_override_reason"],
    )
    return ImportedPlan(participant.strip(), plan)


def _participant_reference(participant: object, problems: _Problems) -> str:
    """The participant's id or national id as text ("" and a problem when missing)."""
    if isinstance(participant, int) and not isinstance(participant, bool):
        participant = str(participant)
    if not isinstance(participant, str) or not participant.strip():
        problems.add("participant_id", Coded.of("plan_import.participant_required"))
        return ""
    return participant


def _end_goal(raw_goal: object, problems: _Problems) -> EndGoal | None:
    if raw_goal is None:
        return None
    if not isinstance(raw_goal, dict):
        problems.add(
            "end_goal", Coded.of("plan_import.object_shape", shape='{"type": ..., "text": ...}')
        )
        return None
    _unknown(raw_goal, {"type", "text"}, "end_goal.", problems)
    try:
        goal_type = EndGoalType(str(raw_goal.get("type")))
    except ValueError:
        choices = "|".join(t.value for t in EndGoalType)
        problems.add("end_goal.type", Coded.of("plan_import.one_of", choices=choices))
        return None
    text = raw_goal.get("text", "")
    if not isinstance(text, str):
        problems.add("end_goal.text", Coded.of("plan_import.text"))
        text = ""
    return EndGoal(goal_type, text.strip())


def _norwegian_goal(raw_levels: object, problems: _Problems) -> NorwegianGoal | None:
    if raw_levels is None:
        return None
    if not isinstance(raw_levels, dict):
        problems.add("norwegian_goal", Coded.of("plan_import.levels"))
        return None
    _unknown(raw_levels, {s.value for s in SubSkill}, "norwegian_goal.", problems)
    levels: dict[SubSkill, CefrLevel] = {}
    for skill in SubSkill:
        raw_level = raw_levels.get(skill.value)
        if raw_level is None:
            continue
        try:
            levels[skill] = CefrLevel(raw_level)
        except ValueError:
            choices = ", ".join(level.value for level in CefrLevel)
            problems.add(
                f"norwegian_goal.{skill.value}", Coded.of("plan_import.one_of", choices=choices)
            )
    return NorwegianGoal.of(levels) if levels else None


def _texts(data: Mapping[str, Any], problems: _Problems) -> dict[str, str]:
    texts: dict[str, str] = {}
    for key in ("long_term_goal", "goal_override_reason"):
        value = data.get(key, "")
        if not isinstance(value, str):
            problems.add(key, Coded.of("plan_import.text"))
            value = ""
        texts[key] = value.strip()
    return texts


def _approved_leave(raw_leave: object, problems: _Problems) -> list[DateRange]:
    leave: list[DateRange] = []
    shape = (
        Coded.of("plan_import.list_shape", shape="{start, end}"),
        Coded.of("plan_import.object_shape", shape="{start, end}"),
    )
    for prefix, period in _objects(raw_leave, "approved_leave", shape, problems):
        _unknown(period, {"start", "end"}, f"{prefix}.", problems)
        first, last = _period(period, "start", "end", f"{prefix}.", problems)
        if first and last:
            leave.append(DateRange(first, last))
    return leave


def _elements(
    raw_elements: object, known_codes: Collection[str], problems: _Problems
) -> list[PlanElement]:
    elements: list[PlanElement] = []
    shape = (Coded.of("plan_import.elements_required"), Coded.of("plan_import.object"))
    for prefix, raw in _objects(raw_elements, "elements", shape, problems):
        element = _element(raw, prefix, known_codes, problems)
        if element is not None:
            elements.append(element)
    return elements


def _element(
    raw: Mapping[str, Any], prefix: str, known_codes: Collection[str], problems: _Problems
) -> PlanElement | None:
    """One element, or None when its code or dates cannot be used (problems say why)."""
    _unknown(raw, ELEMENT_KEYS, f"{prefix}.", problems)
    code = raw.get("code")
    if not isinstance(code, str) or code not in known_codes:
        problems.add(f"{prefix}.code", Coded.of("plan_import.unknown_code", value=repr(code)))
    first, last = _period(raw, "start", "end", f"{prefix}.", problems)
    day_hours = _week_hours(raw.get("hours"), prefix, problems)
    note = raw.get("note", "")
    if not isinstance(note, str):
        problems.add(f"{prefix}.note", Coded.of("plan_import.text"))
        note = ""
    if isinstance(code, str) and first and last:
        return PlanElement(code, first, last, WeekHours(**day_hours), note)
    return None


def _week_hours(raw_hours: object, prefix: str, problems: _Problems) -> dict[str, Decimal]:
    day_hours: dict[str, Decimal] = {}
    if not isinstance(raw_hours, dict):
        problems.add(
            f"{prefix}.hours",
            Coded.of("plan_import.hours_required", example='{"mon": 4, "tue": 4}'),
        )
        return day_hours
    _unknown(raw_hours, set(WEEKDAYS), f"{prefix}.hours.", problems)
    for day in WEEKDAYS:
        if day in raw_hours:
            hours = _hours(raw_hours[day], f"{prefix}.hours.{day}", problems)
            if hours is not None:
                day_hours[day] = hours
    return day_hours


def read_plan_file(path: Path, known_codes: Collection[str]) -> ImportedPlan:
    readable_file(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise UserInputError(code="files.no_such_file", path=path) from exc
    except OSError as exc:
        raise UserInputError(code="files.unreadable", path=path, reason=exc.strerror) from exc
    except UnicodeDecodeError as exc:
        raise UserInputError(code="files.not_utf8", path=path) from exc
    try:
        data = load_json(text, str(path))
    except json.JSONDecodeError as exc:
        raise ValidationError(
            [
                FieldProblem.coded(
                    exc.lineno,
                    str(exc.colno),
                    "files.json_problem",
                    source=str(path),
                    detail=exc.msg,
                )
            ]
        ) from exc
    except ValueError as exc:
        raise UserInputError(code="files.not_json", path=path, detail=exc) from None
    return parse_plan(data, str(path), known_codes)


def plan_to_json(participant: str, plan: Plan) -> dict[str, Any]:
    """The import format for ``plan`` (round-trips through ``parse_plan``)."""
    return {
        "participant_id": participant,
        "start": plan.start.isoformat(),
        "planned_end": plan.planned_end.isoformat(),
        **(
            {"end_goal": {"type": plan.end_goal.type.value, "text": plan.end_goal.text}}
            if plan.end_goal
            else {}
        ),
        **(
            {
                "norwegian_goal": {
                    skill.value: level.value for skill, level in plan.norwegian_goal.levels
                }
            }
            if plan.norwegian_goal
            else {}
        ),
        "long_term_goal": plan.long_term_goal,
        "goal_override_reason": plan.goal_override_reason,
        "approved_leave": [
            {"start": p.start.isoformat(), "end": p.end.isoformat()} for p in plan.approved_leave
        ],
        "elements": [
            {
                "code": e.code,
                "start": e.start.isoformat(),
                "end": e.end.isoformat(),
                "hours": {
                    day: _number(value)
                    for day, value in zip(WEEKDAYS, e.hours.as_tuple(), strict=True)
                    if value
                },
                **({"note": e.note} if e.note else {}),
            }
            for e in plan.elements
        ],
    }


def _number(value: Decimal) -> int | float:
    return int(value) if value == value.to_integral_value() else float(value)
