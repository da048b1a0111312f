"""Year-round programme (helårlig): gaps and holiday (brief §2.1, §2.3).

* A *gap day* is a working day (Monday–Friday in the period, not a public holiday, approved
  leave or planned holiday) on which no activity element runs. Gap days are reported as a
  warning (YEAR_ROUND_GAP): they may be holiday the plan has not yet marked with a
  ``vacation`` element, so the coordinator is asked to mark them or fill them. "Runs" means
  the day lies within the element's dates, whatever its weekly hours: a once-a-week course
  spanning a break hides the break here, and the full-time rule reports the short weeks.
* Holiday is at most 25 working days per calendar year (table ``plan_fulltime``,
  ``vacation_days_per_year``). Planned holiday days plus gap days above that in one calendar
  year make the programme not year-round: an error (YEAR_ROUND_HOLIDAY_EXCESS). The allowance
  is per calendar year, not pro-rated for partial years, as in working life (a choice).

Public holidays (Christmas Day, Easter, …) are never gap days and never use the allowance,
so a plan whose elements run through Christmas and Easter shows no gap there.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from introdesk.domain.plans import Finding, Severity, iso_week
from introdesk.rules.plan_calendar import PlanCalendar, format_date, format_weeks
from introdesk.rules.tables import DatedTable

RULE_GAP = "YEAR_ROUND_GAP"
RULE_HOLIDAY_EXCESS = "YEAR_ROUND_HOLIDAY_EXCESS"


def gap_days(calendar: PlanCalendar) -> list[date]:
    return [
        day
        for day in calendar.period.days()
        if calendar.is_working_day(day) and not calendar.active_elements(day)
    ]


def holiday_days(calendar: PlanCalendar) -> list[date]:
    """Planned holiday on what would otherwise be working days."""
    return [
        day
        for day in calendar.period.days()
        if day in calendar.vacation
        and day.weekday() < 5
        and day not in calendar.public_holidays
        and day not in calendar.leave
    ]


def check_year_round(calendar: PlanCalendar, table: DatedTable) -> list[Finding]:
    findings: list[Finding] = []
    gaps = gap_days(calendar)
    if gaps:
        weeks = tuple(dict.fromkeys(iso_week(day) for day in gaps))
        findings.append(
            Finding(
                rule_id=RULE_GAP,
                severity=Severity.WARNING,
                message_nb=(
                    f"{len(gaps)} virkedager uten aktivitet (første {format_date(gaps[0])}), "
                    f"uke {format_weeks(weeks)}. Programmet skal være helårlig: legg inn "
                    "aktivitet eller ferie."
                ),
                message_nn=(
                    f"{len(gaps)} yrkedagar utan aktivitet (første {format_date(gaps[0])}), "
                    f"veke {format_weeks(weeks)}. Programmet skal vere heilårleg: legg inn "
                    "aktivitet eller ferie."
                ),
                message_en=(
                    f"{len(gaps)} working days without any activity (first "
                    f"{format_date(gaps[0])}). The programme must be year-round: add an "
                    "activity or mark the days as holiday."
                ),
                weeks=weeks,
                dates=tuple(gaps),
                brief_section="§2.1",
            )
        )
    off_per_year = Counter(day.year for day in [*gaps, *holiday_days(calendar)])
    for year, days_off in sorted(off_per_year.items()):
        first_day = max(date(year, 1, 1), calendar.period.start)
        allowance = int(table.at(first_day)["vacation_days_per_year"])
        if days_off > allowance:
            findings.append(
                Finding(
                    rule_id=RULE_HOLIDAY_EXCESS,
                    severity=Severity.ERROR,
                    message_nb=(
                        f"{year}: {days_off} virkedager med ferie eller uten aktivitet; "
                        f"høyst {allowance} dager ferie per år er tillatt."
                    ),
                    message_nn=(
                        f"{year}: {days_off} yrkedagar med ferie eller utan aktivitet; "
                        f"høgst {allowance} dagar ferie per år er tillate."
                    ),
                    message_en=(
                        f"{year}: {days_off} working days of holiday or without activity; "
                        f"at most {allowance} days of holiday a year are allowed."
                    ),
                    brief_section="§2.1, §2.3",
                )
            )
    return findings
