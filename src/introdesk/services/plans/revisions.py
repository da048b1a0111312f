"""Which plan version is in force and when a signed plan is due for revision (brief §1.4):
the municipality's interval setting, each participant's plan status and the reminders."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from introdesk.domain.dates import add_months
from introdesk.domain.plan_versions import PlanStatus, PlanVersion, VersionStatus
from introdesk.domain.plans import Plan
from introdesk.persistence.repositories import plans as repo
from introdesk.persistence.repositories.plan_months import month_plans
from introdesk.services.context import ServiceContext

REVISION_INTERVAL_SETTING = "plan_revision_interval_months"
DEFAULT_REVISION_INTERVAL_MONTHS = 6


@dataclass(frozen=True, slots=True)
class RevisionReminder:
    participant_id: int
    version: int
    signed_on: date
    due_on: date


def interval_from_settings(settings: dict[str, str]) -> int:
    """The revision interval in months; a missing, unreadable or non-positive setting gives
    the default."""
    raw = settings.get(REVISION_INTERVAL_SETTING, "").strip()
    try:
        months = int(raw) if raw else DEFAULT_REVISION_INTERVAL_MONTHS
    except ValueError:
        return DEFAULT_REVISION_INTERVAL_MONTHS
    return months if months > 0 else DEFAULT_REVISION_INTERVAL_MONTHS


def version_in_force(versions: list[PlanVersion]) -> PlanVersion | None:
    """The newest signed version, else the newest draft, else None."""
    if not versions:
        return None
    return versions[_in_force_index([v.status for v in versions])]


def head_in_force(heads: list[repo.VersionHead]) -> repo.VersionHead:
    """``version_in_force`` chosen from version heads (oldest first, at least one)."""
    return heads[_in_force_index([VersionStatus(head[3]) for head in heads])]


def _in_force_index(statuses: list[VersionStatus]) -> int:
    """Index of the newest signed version, else of the newest (statuses oldest first)."""
    signed = [index for index, status in enumerate(statuses) if status is VersionStatus.SIGNED]
    return signed[-1] if signed else len(statuses) - 1


def plans_in_force_within(
    context: ServiceContext, participant_ids: Iterable[int] | None, first: date, last: date
) -> dict[int, Plan]:
    """``PlanService.current_plans_within``: the plan in force per participant (all when None),
    keeping only the elements running between ``first`` and ``last``, with no goals or texts.
    Here, not in the plan service, so a month's benefit reads its plans without loading the
    plan rules (issue 18)."""
    with context.database.unit_of_work(write=False) as uow:
        heads = by_head_participant(repo.version_heads(uow.session, participant_ids))
        chosen = [head_in_force(rows)[0] for rows in heads.values()]
        return month_plans(uow.session, chosen, first, last)


def by_head_participant(heads: Iterable[repo.VersionHead]) -> dict[int, list[repo.VersionHead]]:
    grouped: dict[int, list[repo.VersionHead]] = {}
    for head in heads:
        grouped.setdefault(head[1], []).append(head)
    return grouped


def by_participant(
    summaries: Iterable[repo.VersionSummary],
) -> dict[int, list[repo.VersionSummary]]:
    grouped: dict[int, list[repo.VersionSummary]] = {}
    for summary in summaries:
        grouped.setdefault(summary[0], []).append(summary)
    return grouped


def plan_status(rows: list[repo.VersionSummary], months: int, today: date) -> PlanStatus:
    signed = [r for r in rows if r[2] == VersionStatus.SIGNED.value]
    if not signed:
        return PlanStatus.DRAFT if rows else PlanStatus.NONE
    _pid, newest_signed, _code, signed_on, planned_end = signed[-1]
    newer_draft = any(r[1] > newest_signed for r in rows)
    due = signed_on is not None and add_months(signed_on, months) <= today
    if due and not newer_draft and planned_end >= today:
        return PlanStatus.NEEDS_REVISION
    return PlanStatus.SIGNED


def due_reminders(
    grouped: dict[int, list[repo.VersionSummary]], months: int, today: date
) -> list[RevisionReminder]:
    """A reminder for each participant whose signed plan needs revision, oldest due first."""
    reminders = []
    for participant_id, rows in grouped.items():
        if plan_status(rows, months, today) is PlanStatus.NEEDS_REVISION:
            _pid, version, _status_code, signed_on, _end = [
                r for r in rows if r[2] == VersionStatus.SIGNED.value
            ][-1]
            assert signed_on is not None
            due = add_months(signed_on, months)
            reminders.append(RevisionReminder(participant_id, version, signed_on, due))
    return sorted(reminders, key=lambda r: (r.due_on, r.participant_id))
