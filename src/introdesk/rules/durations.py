"""Programme duration limits per group and regime (brief §1.4, table ``plan_durations``).

Month arithmetic: a programme of N months starting on D ends on the day before the same
day-of-month N months later (1 Jan + 6 months → 30 Jun); a missing day (31 → 30 Jun) is
clamped to the month's last day. Approved leave adds its calendar days to the end (brief §1.4:
"programme end date = planned end + approved leave days"). Extension beyond the ordinary
maximum needs a decision (``PlanContext.extension_months``), never more than the table's
maximum extension.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from introdesk.domain.codes import Regime
from introdesk.domain.dates import add_months
from introdesk.domain.errors import RuleTableError
from introdesk.domain.plans import DurationGroup, Finding, Plan, Severity
from introdesk.rules.plan_calendar import format_date
from introdesk.rules.tables import DatedTable

RULE_EXCEEDS_MAXIMUM = "DURATION_EXCEEDS_MAXIMUM"
RULE_NEEDS_EXTENSION = "DURATION_NEEDS_EXTENSION"
RULE_BELOW_MINIMUM = "DURATION_BELOW_MINIMUM"


@dataclass(frozen=True, slots=True)
class DurationLimits:
    min_months: int | None
    max_months: int
    extension_months: int
    unconfirmed: bool = False


def _end_after(start: date, months: int) -> date:
    return add_months(start, months) - timedelta(days=1)


def duration_limits(
    table: DatedTable, regime: Regime, group: DurationGroup, on: date
) -> DurationLimits:
    """The limits valid on ``on`` (the plan's start) for ``regime`` and ``group``."""
    row = table.row_at(on)
    by_group: dict[str, Any] | None = row.value.get(regime.value)
    if by_group is None:
        raise RuleTableError(f"Rule table {table.name!r} has no {regime.value} limits on {on}")
    entry = by_group.get(group.value) or by_group.get("all")
    if entry is None:
        raise RuleTableError(f"Rule table {table.name!r} has no {group.value} limits on {on}")
    minimum = entry.get("min_months")
    return DurationLimits(
        min_months=None if minimum is None else int(minimum),
        max_months=int(entry["max_months"]),
        extension_months=int(entry["extension_months"]),
        unconfirmed=row.unconfirmed or bool(entry.get("unconfirmed", False)),
    )


def allowed_end_date(
    start: date,
    regime: Regime,
    group: DurationGroup,
    table: DatedTable,
    *,
    extension_months: int = 0,
    leave_days: int = 0,
) -> date:
    """Last allowed programme day: ordinary maximum + granted extension (capped) + leave days."""
    limits = duration_limits(table, regime, group, start)
    extension = min(max(extension_months, 0), limits.extension_months)
    return _end_after(start, limits.max_months + extension) + timedelta(days=leave_days)


def _finding(
    rule_id: str,
    severity: Severity,
    nb: str,
    en: str,
    dates: tuple[date, ...],
    unconfirmed: bool,
    nn: str = "",
) -> Finding:
    return Finding(
        rule_id=rule_id,
        severity=severity,
        message_nb=nb,
        message_en=en,
        message_nn=nn,
        dates=dates,
        brief_section="§1.4",
        unconfirmed=unconfirmed,
    )


def check_duration(
    plan: Plan,
    regime: Regime,
    group: DurationGroup,
    table: DatedTable,
    extension_months: int = 0,
) -> list[Finding]:
    limits = duration_limits(table, regime, group, plan.start)
    leave = plan.leave_days
    end = plan.end_with_leave
    absolute = allowed_end_date(
        plan.start,
        regime,
        group,
        table,
        extension_months=limits.extension_months,
        leave_days=leave,
    )
    granted = allowed_end_date(
        plan.start, regime, group, table, extension_months=extension_months, leave_days=leave
    )
    if end > absolute:
        return [
            _finding(
                RULE_EXCEEDS_MAXIMUM,
                Severity.ERROR,
                f"Programmet slutter {format_date(end)}, men kan vare til "
                f"{format_date(absolute)} ({limits.max_months} måneder + høyst "
                f"{limits.extension_months} måneders forlengelse, pluss permisjon).",
                f"The programme ends {format_date(end)} but may last until "
                f"{format_date(absolute)} ({limits.max_months} months + at most "
                f"{limits.extension_months} months' extension, plus leave).",
                (end, absolute),
                limits.unconfirmed,
                f"Programmet sluttar {format_date(end)}, men kan vare til "
                f"{format_date(absolute)} ({limits.max_months} månader + høgst "
                f"{limits.extension_months} månader forlenging, pluss permisjon).",
            )
        ]
    if end > granted:
        return [
            _finding(
                RULE_NEEDS_EXTENSION,
                Severity.WARNING,
                f"Programmet slutter {format_date(end)}, etter ordinær slutt "
                f"{format_date(granted)}: det krever vedtak om forlengelse.",
                f"The programme ends {format_date(end)}, after the ordinary end "
                f"{format_date(granted)}: this needs an extension decision.",
                (end, granted),
                limits.unconfirmed,
                f"Programmet sluttar {format_date(end)}, etter ordinær slutt "
                f"{format_date(granted)}: det krev vedtak om forlenging.",
            )
        ]
    minimum = limits.min_months
    if minimum is not None and plan.planned_end < _end_after(plan.start, minimum):
        return [
            _finding(
                RULE_BELOW_MINIMUM,
                Severity.WARNING,
                f"Programmet er kortere enn minstetiden på {minimum} måneder.",
                f"The programme is shorter than the minimum of {minimum} months.",
                (plan.planned_end,),
                limits.unconfirmed,
                f"Programmet er kortare enn minstetida på {minimum} månader.",
            )
        ]
    return []
