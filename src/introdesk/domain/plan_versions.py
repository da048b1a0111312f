"""Versions of a participant's integration plan (brief §1.3 step 4, §1.4).

Draft → signed (date, by whom; the integration contract is signed with the plan) → a revision
is a new draft version with a reason. Signed versions never change. These are plain values the
plan service hands out; ``plan_changes`` says what differs between two versions.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from introdesk.domain.codes import SubSkill
from introdesk.domain.plans import Plan, PlanElement

WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


class VersionStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class PlanStatus(StrEnum):
    """A participant's plan status as the participants list shows it."""

    NONE = "none"
    DRAFT = "draft"
    SIGNED = "signed"
    NEEDS_REVISION = "needs_revision"


@dataclass(frozen=True, slots=True)
class PlanVersion:
    """One stored version of a plan with its metadata."""

    id: int
    participant_id: int
    version: int
    status: VersionStatus
    plan: Plan
    signed_on: date | None = None
    signed_by: str = ""
    revision_reason: str = ""
    contract_signed: bool = False
    created_at: datetime | None = None
    updated_at: datetime | None = None
    row_version: int = 0  # for optimistic concurrency: pass back as ``expected_version``

    @property
    def is_signed(self) -> bool:
        return self.status is VersionStatus.SIGNED

    @property
    def start(self) -> date:
        return self.plan.start

    @property
    def planned_end(self) -> date:
        return self.plan.planned_end


class ChangeKind(StrEnum):
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class PlanChange:
    """One difference between two versions. ``subject`` is a field name (``planned_end``,
    ``norwegian_goal.reading``) or ``element:CODE``; values are display texts (ISO dates)."""

    kind: ChangeKind
    subject: str
    old: str = ""
    new: str = ""


@dataclass(frozen=True, slots=True)
class PlanHistoryEntry:
    version: PlanVersion
    changes: tuple[PlanChange, ...]  # against the previous version; empty for the first


def _hours_text(element: PlanElement) -> str:
    parts = []
    for key, value in zip(WEEKDAY_KEYS, element.hours.as_tuple(), strict=True):
        if value:
            parts.append(f"{key} {format(value.normalize(), 'f')}")
    return ", ".join(parts)


def element_text(element: PlanElement) -> str:
    """``2026-01-05–2026-06-30 (mon 4, tue 4)``: an element's period and hours."""
    return f"{element.start.isoformat()}–{element.end.isoformat()} ({_hours_text(element)})"


def _goal_text(plan: Plan, skill: SubSkill) -> str:
    level = plan.norwegian_goal.level(skill) if plan.norwegian_goal else None
    return level.value if level else ""


def plan_changes(old: Plan, new: Plan) -> tuple[PlanChange, ...]:
    """What changed from ``old`` to ``new``: fields, goals, leave, and elements matched by code
    and order (the n-th element of a code in one version against the n-th in the other)."""
    changes: list[PlanChange] = []

    def field(subject: str, before: object, after: object) -> None:
        if before != after:
            changes.append(PlanChange(ChangeKind.CHANGED, subject, str(before), str(after)))

    field("start", old.start.isoformat(), new.start.isoformat())
    field("planned_end", old.planned_end.isoformat(), new.planned_end.isoformat())
    field(
        "end_goal.type",
        old.end_goal.type.value if old.end_goal else "",
        new.end_goal.type.value if new.end_goal else "",
    )
    field(
        "end_goal.text",
        old.end_goal.text if old.end_goal else "",
        new.end_goal.text if new.end_goal else "",
    )
    for skill in SubSkill:
        field(f"norwegian_goal.{skill.value}", _goal_text(old, skill), _goal_text(new, skill))
    field("long_term_goal", old.long_term_goal, new.long_term_goal)
    field("goal_override_reason", old.goal_override_reason, new.goal_override_reason)
    field(
        "approved_leave",
        ", ".join(f"{p.start}–{p.end}" for p in old.approved_leave),
        ", ".join(f"{p.start}–{p.end}" for p in new.approved_leave),
    )
    codes = list(dict.fromkeys([e.code for e in old.elements] + [e.code for e in new.elements]))
    for code in codes:
        before = [e for e in old.elements if e.code == code]
        after = [e for e in new.elements if e.code == code]
        for index in range(max(len(before), len(after))):
            subject = f"element:{code}"
            if index >= len(before):
                changes.append(
                    PlanChange(ChangeKind.ADDED, subject, "", element_text(after[index]))
                )
            elif index >= len(after):
                changes.append(
                    PlanChange(ChangeKind.REMOVED, subject, element_text(before[index]), "")
                )
            elif element_text(before[index]) != element_text(after[index]):
                changes.append(
                    PlanChange(
                        ChangeKind.CHANGED,
                        subject,
                        element_text(before[index]),
                        element_text(after[index]),
                    )
                )
    return tuple(changes)
