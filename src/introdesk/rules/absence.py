"""Statutory absence checks (brief §2.3, integreringsforskriften ch. 3–4).

Each check reads a participant's attendance history and returns ``AbsenceFinding`` objects with a
reason and a suggested treatment. Nothing is re-coded: the coordinator decides.

How days are counted: "days" are working days (brief §2.3), i.e. distinct dates with at least one
registered minute of the code in question; a part-day counts as a day. Entries are only made on
programme days, so weekends and public holidays are never counted.

- **Egenmelding** (``self_certified_illness``): sick days are grouped into periods; a sick day
  within ``relapse_days`` (16) calendar days after the previous one belongs to the same period.
  A period may have at most 3 days; egenmelding may only be used from 8 weeks after the programme
  start; at most 4 periods may start within any rolling 12 months (the window is the 12 months
  up to and including the period's first day).
- **Sick child**: 10 days per rolling 12 months; 15 when caring for more than two children;
  20 for a sole carer, 30 for a sole carer of more than two children. Egenmelding is allowed from
  day one, so the 8-week rule does not apply.
- **Holiday**: 25 days per calendar year. **Welfare leave**: a municipal cap per calendar year
  (default table row is UNCONFIRMED; pass the municipality's own figure to override).
- **Warnings** (local thresholds): a run of consecutive planned days with full absence, and an
  absence rate (absent / planned minutes) above a share. Only the codes listed in the table count.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from fractions import Fraction

from introdesk.domain.attendance import AbsenceFinding, AbsenceType, AttendanceEntry, Severity
from introdesk.domain.dates import add_months
from introdesk.rules import _nb_format as nb
from introdesk.rules.tables import DatedTable, load_table


@dataclass(frozen=True, slots=True)
class AbsenceTables:
    self_certification: DatedTable
    sick_child: DatedTable
    holiday: DatedTable
    welfare_leave: DatedTable
    warnings: DatedTable


def load_absence_tables() -> AbsenceTables:
    """The bundled ``resources/rules/absence_*.json`` tables."""
    return AbsenceTables(
        self_certification=load_table("absence_self_certification"),
        sick_child=load_table("absence_sick_child"),
        holiday=load_table("absence_holiday"),
        welfare_leave=load_table("absence_welfare_leave"),
        warnings=load_table("absence_warnings"),
    )


def one_year_before(day: date) -> date:
    """The same date a year earlier (29 February → 28 February)."""
    return add_months(day, -12)


def _days_with(entries: Iterable[AttendanceEntry], code: str) -> list[date]:
    return sorted({e.day for e in entries if e.absence_code == code and e.absence_minutes > 0})


def self_certification_periods(days: Sequence[date], relapse_days: int) -> list[list[date]]:
    """Group sorted sick days into periods; a relapse within ``relapse_days`` joins the period."""
    periods: list[list[date]] = []
    for day in days:
        if periods and (day - periods[-1][-1]).days <= relapse_days:
            periods[-1].append(day)
        else:
            periods.append([day])
    return periods


def self_certification_findings(
    participant_id: int,
    entries: Iterable[AttendanceEntry],
    programme_start: date,
    table: DatedTable,
) -> list[AbsenceFinding]:
    days = _days_with(entries, AbsenceType.SELF_CERTIFIED_ILLNESS)
    if not days:
        return []
    relapse = int(table.at(days[0])["relapse_days"])
    periods = self_certification_periods(days, relapse)
    findings: list[AbsenceFinding] = []

    def finding(rule: str, dates: Sequence[date], message: str, nynorsk: str, english: str) -> None:
        findings.append(
            AbsenceFinding(
                participant_id=participant_id,
                rule_id=f"self_certification.{rule}",
                dates=tuple(dates),
                message=message,
                suggestion=doctor_or_invalid,
                severity=Severity.VIOLATION,
                suggested_code=AbsenceType.DOCTOR_CERTIFIED_ILLNESS,
                message_nn=nynorsk,
                suggestion_nn=doctor_or_invalid_nn,
                message_en=english,
                suggestion_en=doctor_or_invalid_en,
            )
        )

    doctor_or_invalid = (
        "Be om legeerklæring og kod om til sykdom med legeerklæring; uten legeerklæring "
        "vurderes fraværet som ugyldig fravær."
    )
    doctor_or_invalid_nn = (
        "Be om legeerklæring og kod om til sjukdom med legeerklæring; utan legeerklæring "
        "blir fråværet vurdert som ugyldig fråvær."
    )
    doctor_or_invalid_en = (
        "Ask for a doctor's certificate and re-code as illness with a doctor's certificate; "
        "without one the absence is treated as invalid absence."
    )
    for index, period in enumerate(periods):
        limits = table.at(period[0])
        weeks = int(limits["min_weeks_in_programme"])
        allowed_from = programme_start + timedelta(weeks=weeks)
        early = [d for d in period if d < allowed_from]
        if early:
            finding(
                "first_weeks",
                early,
                f"Egenmelding brukt før {weeks} uker i programmet; egenmelding kan tidligst "
                f"brukes fra {nb.day(allowed_from)} (integreringsforskriften kapittel 3–4).",
                f"Eigenmelding brukt før {weeks} veker i programmet; eigenmelding kan tidlegast "
                f"brukast frå {nb.day(allowed_from)} (integreringsforskrifta kapittel 3–4).",
                f"Self-certification used before {weeks} weeks in the programme; "
                f"self-certification can be used from {nb.day(allowed_from)} at the earliest "
                "(Integration Regulations chapter 3–4).",
            )
        max_days = int(limits["max_days_per_period"])
        if len(period) > max_days:
            finding(
                "max_days",
                period[max_days:],
                f"Egenmeldingsperioden fra {nb.day(period[0])} har {len(period)} dager; "
                f"egenmelding dekker høyst {max_days} dager (tilbakefall innen {relapse} dager "
                "regnes som samme periode, integreringsforskriften kapittel 3–4).",
                f"Eigenmeldingsperioden frå {nb.day(period[0])} har {len(period)} dagar; "
                f"eigenmelding dekkjer høgst {max_days} dagar (tilbakefall innan {relapse} dagar "
                "blir rekna som same periode, integreringsforskrifta kapittel 3–4).",
                f"The self-certification period from {nb.day(period[0])} has {len(period)} "
                f"days; self-certification covers at most {max_days} days (a relapse within "
                f"{relapse} days counts as the same period, Integration Regulations "
                "chapter 3–4).",
            )
        window_start = one_year_before(period[0])
        count = sum(1 for p in periods[: index + 1] if p[0] > window_start)
        max_periods = int(limits["max_periods_per_12_months"])
        if count > max_periods:
            finding(
                "max_periods",
                period,
                f"Egenmelding nr. {count} innen 12 måneder (fra {nb.day(period[0])}); høyst "
                f"{max_periods} egenmeldinger per 12 måneder "
                "(integreringsforskriften kapittel 3–4).",
                f"Eigenmelding nr. {count} innan 12 månader (frå {nb.day(period[0])}); høgst "
                f"{max_periods} eigenmeldingar per 12 månader "
                "(integreringsforskrifta kapittel 3–4).",
                f"Self-certification no. {count} within 12 months (from {nb.day(period[0])}); "
                f"at most {max_periods} self-certifications per 12 months "
                "(Integration Regulations chapter 3–4).",
            )
    return findings


def sick_child_quota(table_value: dict[str, int], children: int, sole_carer: bool) -> int:
    """Sick-child days per 12 months for this household (brief §2.3)."""
    if children <= 0:
        return 0
    many = children >= int(table_value["many_children_from"])
    if sole_carer:
        key = "sole_carer_days_many_children" if many else "sole_carer_days"
    else:
        key = "days_many_children" if many else "days"
    return int(table_value[key])


def sick_child_findings(
    participant_id: int,
    entries: Iterable[AttendanceEntry],
    children: int,
    sole_carer: bool,
    table: DatedTable,
) -> list[AbsenceFinding]:
    days = _days_with(entries, AbsenceType.SICK_CHILD)
    over: list[date] = []
    quota = 0
    first = 0  # index of the first day inside the rolling 12-month window
    for index, day in enumerate(days):
        while days[first] <= one_year_before(day):
            first += 1
        quota = sick_child_quota(table.at(day), children, sole_carer)
        if index - first + 1 > quota:
            over.append(day)
    if not over:
        return []
    household = f"{children} barn" + (", aleneomsorg" if sole_carer else "")
    return [
        AbsenceFinding(
            participant_id=participant_id,
            rule_id="sick_child.quota",
            dates=tuple(over),
            message=(
                f"Fravær for sykt barn utover {quota} dager innen 12 måneder ({household}); "
                f"{len(over)} {'dag' if len(over) == 1 else 'dager'} over kvoten "
                "(integreringsforskriften kapittel 3–4)."
            ),
            suggestion=(
                "Vurder velferdspermisjon eller ulønnet permisjon for dagene over kvoten; "
                "ellers ugyldig fravær. Kontroller antall barn og omsorgssituasjon."
            ),
            severity=Severity.VIOLATION,
            message_nn=(
                f"Fråvær for sjukt barn utover {quota} dagar innan 12 månader "
                f"({children} barn{', aleineomsorg' if sole_carer else ''}); "
                f"{len(over)} {'dag' if len(over) == 1 else 'dagar'} over kvoten "
                "(integreringsforskrifta kapittel 3–4)."
            ),
            suggestion_nn=(
                "Vurder velferdspermisjon eller ulønt permisjon for dagane over kvoten; "
                "elles ugyldig fråvær. Kontroller talet på barn og omsorgssituasjonen."
            ),
            message_en=(
                f"Absence for a sick child beyond {quota} days within 12 months "
                f"({children} {'child' if children == 1 else 'children'}"
                f"{', sole carer' if sole_carer else ''}); "
                f"{len(over)} {'day' if len(over) == 1 else 'days'} over the quota "
                "(Integration Regulations chapter 3–4)."
            ),
            suggestion_en=(
                "Consider welfare leave or unpaid leave for the days over the quota; otherwise "
                "invalid absence. Check the number of children and the care situation."
            ),
        )
    ]


def annual_quota_findings(
    participant_id: int,
    entries: Iterable[AttendanceEntry],
    code: AbsenceType,
    table: DatedTable,
    rule_id: str,
    label: str,
    override: int | None = None,
    label_en: str = "",
) -> list[AbsenceFinding]:
    """Days of ``code`` beyond the yearly quota in a calendar year (one finding per year).

    The quota is the table's ``days_per_year`` valid on the year's first day of that code, or
    ``override`` (a municipality's own cap) when given.
    """
    by_year: dict[int, list[date]] = defaultdict(list)
    for day in _days_with(entries, code):
        by_year[day.year].append(day)
    findings = []
    for year, days in sorted(by_year.items()):
        days_per_year = override
        if days_per_year is None:
            days_per_year = int(table.at(days[0])["days_per_year"])
        if len(days) > days_per_year:
            findings.append(
                AbsenceFinding(
                    participant_id=participant_id,
                    rule_id=rule_id,
                    dates=tuple(days[days_per_year:]),
                    message=(
                        f"{label} {year}: {len(days)} dager, høyst {days_per_year} dager per år "
                        "(integreringsforskriften kapittel 3–4)."
                    ),
                    suggestion=(
                        "Dagene over kvoten bør kodes som ulønnet permisjon (om innvilget) eller "
                        "ugyldig fravær."
                    ),
                    severity=Severity.VIOLATION,
                    suggested_code=AbsenceType.UNPAID_LEAVE,
                    message_nn=(
                        f"{label} {year}: {len(days)} dagar, høgst {days_per_year} dagar per år "
                        "(integreringsforskrifta kapittel 3–4)."
                    ),
                    suggestion_nn=(
                        "Dagane over kvoten bør kodast som ulønt permisjon (om innvilga) eller "
                        "ugyldig fråvær."
                    ),
                    message_en=(
                        f"{label_en or label} {year}: {len(days)} days, at most "
                        f"{days_per_year} days a year (Integration Regulations chapter 3–4)."
                    ),
                    suggestion_en=(
                        "The days over the quota should be coded as unpaid leave (if granted) "
                        "or invalid absence."
                    ),
                )
            )
    return findings


def _absent_minutes_by_day(
    entries: Iterable[AttendanceEntry], codes: frozenset[str]
) -> dict[date, tuple[int, int]]:
    """Day → (planned minutes, absent minutes in ``codes``), for days with planned time."""
    totals: dict[date, tuple[int, int]] = {}
    for e in entries:
        planned, absent = totals.get(e.day, (0, 0))
        counted = e.absence_minutes if e.absence_code in codes else 0
        totals[e.day] = (planned + e.planned_minutes, absent + counted)
    return {d: t for d, t in totals.items() if t[0] > 0}


def consecutive_absence_findings(
    participant_id: int, entries: Iterable[AttendanceEntry], table: DatedTable, as_of: date
) -> list[AbsenceFinding]:
    """Runs of planned days with full absence at least as long as the table's threshold."""
    settings = table.at(as_of)
    threshold = int(settings["consecutive_days"])
    days = _absent_minutes_by_day(entries, frozenset(settings["codes"]))
    runs: list[list[date]] = [[]]
    for day in sorted(days):
        planned, absent = days[day]
        if absent >= planned:
            runs[-1].append(day)
        elif runs[-1]:
            runs.append([])
    return [
        AbsenceFinding(
            participant_id=participant_id,
            rule_id="warning.consecutive_days",
            dates=tuple(run),
            message=(
                f"{len(run)} sammenhengende programdager med fravær "
                f"({nb.period(run[0], run[-1])}); varselgrense {threshold} dager."
            ),
            suggestion=(
                "Ta kontakt med deltakeren. Kontroller at fraværet er dokumentert; ved ugyldig "
                "fravær vurder oppfølging eller stans (integreringsloven § 18)."
            ),
            severity=Severity.WARNING,
            message_nn=(
                f"{len(run)} samanhengande programdagar med fråvær "
                f"({nb.period(run[0], run[-1])}); varselgrense {threshold} dagar."
            ),
            suggestion_nn=(
                "Ta kontakt med deltakaren. Kontroller at fråværet er dokumentert; ved ugyldig "
                "fråvær vurder oppfølging eller stans (integreringslova § 18)."
            ),
            message_en=(
                f"{len(run)} consecutive programme days with absence "
                f"({nb.period(run[0], run[-1])}); warning limit {threshold} days."
            ),
            suggestion_en=(
                "Contact the participant. Check that the absence is documented; for invalid "
                "absence consider follow-up or a stop (Integration Act § 18)."
            ),
        )
        for run in runs
        if len(run) >= threshold
    ]


def absence_rate_findings(
    participant_id: int, entries: Sequence[AttendanceEntry], table: DatedTable, as_of: date
) -> list[AbsenceFinding]:
    """Absence above the table's share of planned time, over all ``entries`` given."""
    settings = table.at(as_of)
    limit = Fraction(str(settings["absence_rate"]))
    days = _absent_minutes_by_day(entries, frozenset(settings["codes"]))
    planned = sum(p for p, _ in days.values())
    absent = sum(a for _, a in days.values())
    if planned == 0 or Fraction(absent, planned) <= limit:
        return []
    return [
        AbsenceFinding(
            participant_id=participant_id,
            rule_id="warning.absence_rate",
            dates=tuple(sorted(d for d, (_, a) in days.items() if a > 0)),
            message=(
                f"Fraværet er {nb.percent(Fraction(absent, planned))} av planlagt tid "
                f"(varselgrense {nb.percent(limit)})."
            ),
            suggestion=(
                "Følg opp fraværet i samtale med deltakeren og vurder om planen må justeres."
            ),
            severity=Severity.WARNING,
            message_nn=(
                f"Fråværet er {nb.percent(Fraction(absent, planned))} av planlagd tid "
                f"(varselgrense {nb.percent(limit)})."
            ),
            suggestion_nn=(
                "Følg opp fråværet i samtale med deltakaren og vurder om planen må justerast."
            ),
            message_en=(
                f"Absence is {nb.percent(Fraction(absent, planned))} of the planned time "
                f"(warning limit {nb.percent(limit)})."
            ),
            suggestion_en=(
                "Follow up the absence in a talk with the participant and consider whether the "
                "plan must be adjusted."
            ),
        )
    ]


def check_absence(
    participant_id: int,
    entries: Sequence[AttendanceEntry],
    *,
    programme_start: date,
    tables: AbsenceTables,
    children: int = 0,
    sole_carer: bool = False,
    period: tuple[date, date] | None = None,
    welfare_leave_days_per_year: int | None = None,
) -> list[AbsenceFinding]:
    """Every absence finding for one participant.

    ``entries`` should reach at least 12 months before ``period`` so the rolling counters are
    right. Only findings with a date inside ``period`` are returned (all when it is None), and the
    absence rate is computed over the period's entries.
    """
    if any(e.participant_id != participant_id for e in entries):
        raise ValueError("every entry must belong to the participant checked")
    as_of = period[1] if period else max((e.day for e in entries), default=programme_start)
    in_period = [e for e in entries if period is None or period[0] <= e.day <= period[1]]
    findings = [
        *self_certification_findings(
            participant_id, entries, programme_start, tables.self_certification
        ),
        *sick_child_findings(participant_id, entries, children, sole_carer, tables.sick_child),
        *annual_quota_findings(
            participant_id,
            entries,
            AbsenceType.HOLIDAY,
            tables.holiday,
            "holiday.annual_quota",
            "Ferie",
            label_en="Holiday",
        ),
        *annual_quota_findings(
            participant_id,
            entries,
            AbsenceType.WELFARE_LEAVE,
            tables.welfare_leave,
            "welfare_leave.annual_quota",
            "Velferdspermisjon",
            override=welfare_leave_days_per_year,
            label_en="Welfare leave",
        ),
        *consecutive_absence_findings(participant_id, entries, tables.warnings, as_of),
    ]
    if period is not None:
        findings = [f for f in findings if any(period[0] <= d <= period[1] for d in f.dates)]
    findings += absence_rate_findings(participant_id, in_period, tables.warnings, as_of)
    return findings
