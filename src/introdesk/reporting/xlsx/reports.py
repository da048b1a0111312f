"""The rows of each Excel report: pure generators over plain domain values (issue 9).

Each report is a ``SheetSpec`` (Norwegian headings, column types) and a function that yields one
tuple per row in that column order. Nothing here reads the database, the clock or a file: the
services layer passes the data, the date seen "as of" and the rule tables, and hands the rows to
``writer.write_workbook``. Hours are counted minutes / 60 rounded to øre-style two decimals.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from itertools import groupby

from introdesk.domain.attendance import AttendanceEntry, BenefitLineKind, BenefitResult
from introdesk.domain.codes import (
    Category,
    CefrLevel,
    ParticipantStatus,
    PermitType,
    Programme,
    Regime,
)
from introdesk.domain.language_tests import TrainingCategory
from introdesk.domain.participants import ParticipantFacts
from introdesk.domain.plans import EndGoalType, Severity
from introdesk.domain.records import ParticipantRecord
from introdesk.domain.reports import (
    CaseSnapshot,
    ProgrammeExit,
    SupervisionSubject,
    TestReportSubject,
)
from introdesk.domain.training import Subject, TrainingOverview, WeekSheet, YearHours
from introdesk.reporting.xlsx.writer import Column, ColumnKind, SheetSpec
from introdesk.rules.absence_codes import AbsenceCatalogue
from introdesk.rules.deadlines import DeadlineKind, DeadlineStatus, add_months, start_deadlines
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.language_tests import citizenship_test_passed, social_studies_passed
from introdesk.rules.tables import DatedTable
from introdesk.rules.training import LessonCounting, programme_hours, teaching_hours

Row = tuple[object, ...]
T, INT, D, DT, YN = (
    ColumnKind.TEXT,
    ColumnKind.INTEGER,
    ColumnKind.DECIMAL,
    ColumnKind.DATE,
    ColumnKind.YES_NO,
)
CENT = Decimal("0.01")
NIR_DEADLINE_MONTHS = 2  # brief §5.1: register in NIR at the latest 2 months after the fact

STATUS_NB = {
    ParticipantStatus.REFERRED: "Henvist",
    ParticipantStatus.MAPPED: "Kartlagt",
    ParticipantStatus.DECIDED: "Vedtak fattet",
    ParticipantStatus.IN_PROGRAMME: "I program",
    ParticipantStatus.ON_LEAVE: "Permisjon",
    ParticipantStatus.STOPPED: "Stanset",
    ParticipantStatus.COMPLETED: "Fullført",
    ParticipantStatus.INTERRUPTED: "Avbrutt",
}
CATEGORY_NB = {
    Category.RIGHT_AND_DUTY: "Rett og plikt",
    Category.RIGHT_ONLY: "Rett",
    Category.MAY_BE_OFFERED: "Kan tilbys",
    Category.NOT_ELIGIBLE: "Ikke rett",
}
UNKNOWN_CATEGORY_NB = "Ukjent (mangler opplysninger)"
DEADLINE_NB = {
    DeadlineKind.MAPPING: "Kompetansekartlegging",
    DeadlineKind.DECISION: "Vedtak",
    DeadlineKind.PROGRAMME_START: "Programstart",
    DeadlineKind.DECISION_WINDOW: "Vedtak innen 2 år i kommunen",
}
LINE_KIND_NB = {
    BenefitLineKind.BASE: "Stønad",
    BenefitLineKind.DEDUCTION: "Trekk for fravær",
    BenefitLineKind.OTHER_REDUCTION: "Annen ytelse",
    BenefitLineKind.ADJUSTMENT: "Justering",
}
END_GOAL_NB = {
    EndGoalType.WORK: "Arbeid",
    EndGoalType.UPPER_SECONDARY: "Fullført videregående opplæring",
    EndGoalType.HIGHER_EDUCATION: "Høyere utdanning",
    EndGoalType.PRIMARY_SCHOOL: "Grunnskole",
    EndGoalType.OTHER: "Annet",
}
WEEKDAY_NB = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
CLOSED_STATUSES = frozenset(
    {ParticipantStatus.STOPPED, ParticipantStatus.COMPLETED, ParticipantStatus.INTERRUPTED}
)


_NB_ORDER = str.maketrans(
    {"æ": "{", "ä": "{", "ø": "|", "ö": "|", "å": "}", "é": "e", "ü": "y"}
)  # "{", "|", "}" follow "z" in code-point order


def sort_name(text: str) -> str:
    """A key that sorts names in Norwegian alphabetical order: … z, æ, ø, å."""
    return text.casefold().translate(_NB_ORDER)


def hours(minutes: int) -> Decimal:
    return (Decimal(minutes) / 60).quantize(CENT, rounding=ROUND_HALF_UP)


def _name(record: ParticipantRecord | None, participant_id: int) -> str:
    return record.display_name if record is not None else f"(ukjent deltaker {participant_id})"


# --- deadlines ---------------------------------------------------------------------------------

DEADLINES = SheetSpec(
    "Frister",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Veileder"),
        Column("Status"),
        Column("Frist gjelder"),
        Column("Løper fra", DT),
        Column("Frist", DT),
        Column("Dager igjen", INT),
        Column("Overskredet", YN),
        Column("Beskrivelse", width=60),
    ),
)


def snapshot_deadlines(
    snapshot: CaseSnapshot, *, as_of: date, table: DatedTable
) -> tuple[DeadlineStatus, ...]:
    """The start deadlines of brief §1.1/§1.2 for one case, via ``rules.deadlines``."""
    facts = snapshot.facts
    if facts is None:
        # start_deadlines reads only the settlement/request/event dates below; the person
        # fields are required by the type but not used for deadlines.
        facts = ParticipantFacts(
            birth_date=as_of,
            permit_type=PermitType.OTHER,
            permit_date=as_of,
            regime=Regime.INTEGRATION_ACT,
        )
    facts = replace(
        facts,
        settlement_date=snapshot.settlement_date,
        request_date=snapshot.request_date,
        mapping_date=snapshot.mapping_date,
        decision_date=snapshot.decision_date,
        programme_start=snapshot.programme_start,
    )
    return start_deadlines(facts, as_of=as_of, table=table)


def deadline_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    as_of: date,
    table: DatedTable,
    due_from: date | None = None,
    due_to: date | None = None,
) -> Iterator[Row]:
    """Open start deadlines (the event has not happened), earliest due first.

    Archived participants and closed cases (stopped, completed, interrupted) are left out.
    ``due_from``/``due_to`` keep only deadlines due in that range.
    """
    found: list[tuple[date, str, Row]] = []
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived or person.status in CLOSED_STATUSES:
            continue
        for status in snapshot_deadlines(snapshot, as_of=as_of, table=table):
            if status.event_date is not None:
                continue
            if (due_from and status.due < due_from) or (due_to and status.due > due_to):
                continue
            row: Row = (
                person.id,
                person.display_name,
                person.adviser_name,
                STATUS_NB[person.status],
                DEADLINE_NB[status.kind],
                status.runs_from,
                status.due,
                status.days_left,
                status.overdue,
                status.description,
            )
            found.append((status.due, person.display_name, row))
    found.sort(key=lambda item: (item[0], sort_name(item[1])))
    for _, _, row in found:
        yield row


# --- caseload ----------------------------------------------------------------------------------

CASELOAD_STATUSES = tuple(ParticipantStatus)
CASELOAD_CATEGORIES = (*Category, None)
CASELOAD = SheetSpec(
    "Saksmengde",
    (
        Column("Veileder"),
        Column("Deltakere", INT),
        *(Column(STATUS_NB[s], INT) for s in CASELOAD_STATUSES),
        *(Column(CATEGORY_NB[c] if c else UNKNOWN_CATEGORY_NB, INT) for c in CASELOAD_CATEGORIES),
        Column("Med overskredet frist", INT),
    ),
)
NO_ADVISER_NB = "(uten veileder)"


def caseload_rows(
    snapshots: Iterable[CaseSnapshot],
    *,
    as_of: date,
    deadline_table: DatedTable,
    age_limits: DatedTable,
) -> Iterator[Row]:
    """Per adviser: participants (not archived) by status and by right/duty category, and how
    many have at least one overdue start deadline. Sorted by adviser name; no adviser last."""
    totals: dict[str, Counter[object]] = defaultdict(Counter)
    for snapshot in snapshots:
        person = snapshot.participant
        if person.archived:
            continue
        counter = totals[person.adviser_name or NO_ADVISER_NB]
        counter["total"] += 1
        counter[person.status] += 1
        category: Category | None = None
        if snapshot.facts is not None:
            category = assess_eligibility(
                snapshot.facts, as_of=as_of, age_limits=age_limits
            ).category
        counter[("category", category)] += 1
        if person.status not in CLOSED_STATUSES and any(
            s.overdue for s in snapshot_deadlines(snapshot, as_of=as_of, table=deadline_table)
        ):
            counter["overdue"] += 1
    names = sorted(totals, key=lambda n: (n == NO_ADVISER_NB, sort_name(n)))
    for name in names:
        counter = totals[name]
        yield (
            name,
            counter["total"],
            *(counter[s] for s in CASELOAD_STATUSES),
            *(counter[("category", c)] for c in CASELOAD_CATEGORIES),
            counter["overdue"],
        )


# --- attendance --------------------------------------------------------------------------------

ATTENDANCE = SheetSpec(
    "Oppmøte",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Dato", DT),
        Column("Ukedag"),
        Column("Planlagt (timer)", D),
        Column("Oppmøtt (timer)", D),
        Column("Gyldig fravær (timer)", D),
        Column("Ugyldig fravær (timer)", D),
        Column("Ikke registrert (timer)", D),
        Column("Fravær"),
    ),
)


def attendance_rows(
    entries: Iterable[AttendanceEntry],
    participants: Mapping[int, ParticipantRecord],
    codes: AbsenceCatalogue,
) -> Iterator[Row]:
    """One row per participant and day (entries for several plan elements summed).

    Valid and invalid absence follow the absence-code catalogue's ``valid`` flag; planned minutes
    with nothing registered are shown apart, not counted as invalid (brief §2.3: the coordinator
    codes them). Rows are in participant name, then date order. The entries are sorted once (a
    list of references) and each day's row is made as it is written, so no per-day table of the
    whole period is held in memory.
    """
    names: dict[int, str] = {}

    def name(pid: int) -> str:
        if pid not in names:
            names[pid] = _name(participants.get(pid), pid)
        return names[pid]

    ordered = sorted(
        entries, key=lambda e: (sort_name(name(e.participant_id)), e.participant_id, e.day)
    )
    valid = {code: codes[code].valid for code in codes}
    for (pid, day), group in groupby(ordered, key=lambda e: (e.participant_id, e.day)):
        planned = attended = valid_minutes = invalid_minutes = missing = 0
        day_codes: set[str] = set()
        for entry in group:
            planned += entry.planned_minutes
            attended += entry.attended_minutes
            if entry.absence_code is not None:
                is_valid = valid.get(entry.absence_code)
                if is_valid is None:  # unknown code: the catalogue raises its user error
                    is_valid = codes[entry.absence_code].valid
                if is_valid:
                    valid_minutes += entry.absence_minutes
                else:
                    invalid_minutes += entry.absence_minutes
                day_codes.add(codes[entry.absence_code].label_nb)
            missing += entry.unregistered_minutes
        yield (
            pid,
            name(pid),
            day,
            WEEKDAY_NB[day.weekday()],
            hours(planned),
            hours(attended),
            hours(valid_minutes),
            hours(invalid_minutes),
            hours(missing),
            ", ".join(sorted(day_codes)),
        )


# --- payroll -----------------------------------------------------------------------------------

PAYROLL = SheetSpec(
    "Lønn",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Fødselsnummer"),
        Column("Måned", DT),
        Column("Lønnsart"),
        Column("Kode"),
        Column("Timer", D),
        Column("Dager", INT),
        Column("Beløp (kr)", D),
        Column("Vedtak kreves", YN),
        Column("Mangler registrering", YN),
    ),
)


def payroll_rows(
    results: Iterable[BenefitResult], participants: Mapping[int, ParticipantRecord]
) -> Iterator[Row]:
    """One row per participant, month and pay component (line kind and code), amounts summed.

    Amounts keep the benefit engine's sign (paid out positive, deductions negative), so the sum of
    a participant's rows is ``BenefitResult.net``. Components with no lines are not shown.
    """

    def order(result: BenefitResult) -> tuple[str, int, date]:
        pid = result.participant_id
        return (sort_name(_name(participants.get(pid), pid)), pid, result.month)

    for result in sorted(results, key=order):
        pid = result.participant_id
        record = participants.get(pid)
        components: dict[tuple[BenefitLineKind, str], list[Decimal | int | None]] = {}
        for line in result.lines:
            key = (line.kind, line.code or "")
            hours_sum, days_sum, amount = components.setdefault(key, [None, None, Decimal("0")])
            if line.hours is not None:
                hours_sum = (hours_sum or Decimal("0")) + line.hours
            if line.days is not None:
                days_sum = (days_sum or 0) + line.days
            assert isinstance(amount, Decimal)
            components[key] = [hours_sum, days_sum, amount + line.amount]
        kinds = list(BenefitLineKind)
        for (kind, code), (hours_sum, days_sum, amount) in sorted(
            components.items(), key=lambda item: (kinds.index(item[0][0]), item[0][1])
        ):
            yield (
                pid,
                _name(record, pid),
                (record.national_id or "") if record is not None else "",
                result.month,
                LINE_KIND_NB[kind],
                code,
                hours_sum,
                days_sum,
                amount,
                result.decision_required,
                result.has_missing_registrations,
            )


# --- tests -------------------------------------------------------------------------------------

SUB_SKILL_NB = {"listening": "Lytte", "reading": "Lese", "writing": "Skrive", "oral": "Muntlig"}
TESTS = SheetSpec(
    "Prøver",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Prøve"),
        Column("Dato", DT),
        Column("Delferdighet"),
        Column("Nivå"),
        Column("Poeng", INT),
        Column("Maks poeng", INT),
        Column("Bestått", YN),
        Column("Norskmål"),
        Column("Mål nådd", YN),
        Column("Endring i nivå (trinn)", INT),
    ),
)


def _level_text(level: CefrLevel) -> str:
    return "Under A1" if level is CefrLevel.BELOW_A1 else str(level)


def language_test_rows(
    progress: Iterable[TestReportSubject],
    *,
    social_studies_marks: DatedTable,
    citizenship_marks: DatedTable,
    start: date | None = None,
    end: date | None = None,
) -> Iterator[Row]:
    """One row per test result taken in ``start``..``end``, per participant in date order.

    For Norskprøven the row shows the sub-skill's Norwegian goal, whether the level reaches it,
    and the change in CEFR steps from the participant's previous result in that sub-skill
    (taken before the period too). Pass/fail for the other tests follows the pass-mark tables.
    """

    def inside(day: date) -> bool:
        return (start is None or day >= start) and (end is None or day <= end)

    for item in sorted(
        progress,
        key=lambda p: (sort_name(p.participant.display_name), p.participant.id),
    ):
        person = item.participant
        rows: list[tuple[date, int, Row]] = []
        previous: dict[str, CefrLevel] = {}
        for result in sorted(item.history.norskproven, key=lambda r: r.test_date):
            goal = item.norwegian_goal.level(result.sub_skill) if item.norwegian_goal else None
            before = previous.get(result.sub_skill)
            previous[result.sub_skill] = result.level
            if not inside(result.test_date):
                continue
            rows.append(
                (
                    result.test_date,
                    0,
                    (
                        person.id,
                        person.display_name,
                        "Norskprøven C1" if result.c1 else "Norskprøven",
                        result.test_date,
                        SUB_SKILL_NB[result.sub_skill],
                        _level_text(result.level),
                        None,
                        None,
                        None,
                        _level_text(goal) if goal else "",
                        None if goal is None else result.level.rank >= goal.rank,
                        None if before is None else result.level.rank - before.rank,
                    ),
                )
            )
        for social in item.history.social_studies:
            if inside(social.test_date):
                rows.append(
                    (
                        social.test_date,
                        1,
                        (
                            person.id,
                            person.display_name,
                            f"Samfunnskunnskap ({social.version})",
                            social.test_date,
                            "",
                            "",
                            social.score,
                            social.max_score,
                            social_studies_passed(social, social_studies_marks),
                            "",
                            None,
                            None,
                        ),
                    )
                )
        for citizen in item.history.citizenship:
            if inside(citizen.test_date):
                rows.append(
                    (
                        citizen.test_date,
                        2,
                        (
                            person.id,
                            person.display_name,
                            "Statsborgerprøven",
                            citizen.test_date,
                            "",
                            "",
                            citizen.score,
                            citizen.max_score,
                            citizenship_test_passed(citizen, citizenship_marks),
                            "",
                            None,
                            None,
                        ),
                    )
                )
        rows.sort(key=lambda r: (r[0], r[1]))
        for _, _, row in rows:
            yield row


# --- outcomes (exits, with NIR field names) ----------------------------------------------------

OUTCOMES = SheetSpec(
    "Resultater",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Fødselsnummer"),
        # Field names as the register (NIR) uses them, brief §5.1. Exact NIR identifiers in
        # an integration file are UNCONFIRMED; these are the names on the registration pages.
        Column("Startdato", DT),
        Column("Planlagt sluttdato", DT),
        Column("Avslutningsdato", DT),
        Column("Avslutningsårsak"),
        Column("Hovedaktivitet etter avslutning"),
        Column("Sluttmål"),
        Column("Kompetansekartlegging gjennomført", YN),
        Column("Karriereveiledning gjennomført", YN),
        Column("Integreringskontrakt", YN),
        Column("Planlagt varighet (måneder)", D),
        Column("Faktisk varighet (måneder)", D),
        Column("Forlengelse (måneder)", INT),
        Column("Registreringsfrist NIR", DT),
        Column("Registrert i NIR", DT),
        Column("NIR: mangler eller for sent", width=50),
    ),
)


def months_between(start: date, end: date) -> Decimal:
    """Whole calendar months from ``start`` plus the rest as a fraction of 30 days, 2 decimals."""
    whole = (end.year - start.year) * 12 + end.month - start.month
    if add_months(start, whole) > end:
        whole -= 1
    rest = (end - add_months(start, whole)).days
    return (Decimal(whole) + Decimal(rest) / 30).quantize(CENT, rounding=ROUND_HALF_UP)


def nir_problems(item: ProgrammeExit, *, as_of: date) -> list[str]:
    """What keeps this exit from being complete and on time in NIR (brief §5.1)."""
    problems = []
    if not item.exit_reason:
        problems.append("avslutningsårsak mangler")
    if item.end_goal is None:
        problems.append("sluttmål mangler")
    if not item.participant.national_id:
        problems.append("fødselsnummer mangler")
    known = item.information_date or item.exit_date
    due = add_months(known, NIR_DEADLINE_MONTHS)
    if item.nir_registered is None and as_of > due:
        problems.append("ikke registrert innen 2 måneder")
    elif item.nir_registered is not None and item.nir_registered > due:
        problems.append("registrert senere enn 2 måneder")
    return problems


def outcome_rows(
    exits: Iterable[ProgrammeExit], *, as_of: date, start: date, end: date
) -> Iterator[Row]:
    """One row per participant who left the programme in ``start``..``end``, by exit date."""
    for item in sorted(
        (e for e in exits if start <= e.exit_date <= end),
        key=lambda e: (e.exit_date, sort_name(e.participant.display_name)),
    ):
        person = item.participant
        known = item.information_date or item.exit_date
        yield (
            person.id,
            person.display_name,
            person.national_id or "",
            item.programme_start,
            item.planned_end,
            item.exit_date,
            item.exit_reason,
            item.main_activity_after,
            END_GOAL_NB[item.end_goal] if item.end_goal else "",
            item.mapping_done,
            item.career_guidance_done,
            item.contract_signed,
            months_between(item.programme_start, item.planned_end),
            months_between(item.programme_start, item.exit_date),
            item.extension_months,
            add_months(known, NIR_DEADLINE_MONTHS),
            item.nir_registered,
            "; ".join(nir_problems(item, as_of=as_of)),
        )


# --- supervision readiness ---------------------------------------------------------------------

SUPERVISION = SheetSpec(
    "Tilsyn",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Veileder"),
        Column("Status"),
        Column("Plan finnes", YN),
        Column("Plan signert", YN),
        Column("Sluttmål satt", YN),
        Column("Fulltid gyldig", YN),
        Column("Obligatoriske elementer", YN),
        Column("Kompetansekartlegging gjort", YN),
        Column("Karriereveiledning gjort", YN),
        Column("Kontrakt signert", YN),
        Column("Klar for tilsyn", YN),
        Column("Mangler", width=60),
    ),
)
SUPERVISION_CHECKS = (
    "Plan finnes",
    "Plan signert",
    "Sluttmål satt",
    "Fulltid gyldig",
    "Obligatoriske elementer",
    "Kompetansekartlegging gjort",
    "Karriereveiledning gjort",
    "Kontrakt signert",
)


def _no_error(subject: SupervisionSubject, prefix: str) -> bool:
    return not any(
        f.severity is Severity.ERROR and f.rule_id.startswith(prefix) for f in subject.findings
    )


def supervision_rows(subjects: Iterable[SupervisionSubject]) -> Iterator[Row]:
    """Per participant in the programme (not archived, not closed): the points the county
    governor's supervision checks (brief §1.3, §1.4, IMDi's instruction 2026–2028).

    Full time and mandatory elements are read from the plan validation findings (rules
    ``FULLTIME_WEEK`` and ``MANDATORY_*``); without a plan they are "Nei".
    """
    for subject in sorted(subjects, key=lambda s: sort_name(s.participant.display_name)):
        person = subject.participant
        if person.archived or person.status in CLOSED_STATUSES:
            continue
        has_plan = subject.plan is not None
        checks = (
            has_plan,
            has_plan and subject.plan_signed,
            subject.plan is not None and subject.plan.end_goal is not None,
            has_plan and _no_error(subject, "FULLTIME"),
            has_plan and _no_error(subject, "MANDATORY_"),
            subject.mapping_date is not None,
            subject.career_guidance_date is not None,
            subject.contract_signed,
        )
        missing = [
            label.lower() for label, ok in zip(SUPERVISION_CHECKS, checks, strict=True) if not ok
        ]
        yield (
            person.id,
            person.display_name,
            person.adviser_name,
            STATUS_NB[person.status],
            *checks,
            all(checks),
            "; ".join(missing),
        )


# --- Norwegian and social-studies training (issue 10) ------------------------------------------

PROGRAMME_NB = {
    Programme.INTRODUCTION: "Introduksjonsprogram",
    Programme.TRAINING: "Opplæring i norsk og samfunnskunnskap",
    Programme.BOTH: "Introduksjonsprogram, deretter opplæring",
}
TRAINING_CATEGORY_NB = {
    TrainingCategory.RIGHT_AND_DUTY: "Rett og plikt",
    TrainingCategory.DUTY_ONLY: "Plikt (egenbetaling)",
    TrainingCategory.RIGHT_ONLY: "Rett",
    TrainingCategory.NONE: "Ingen rett eller plikt",
}
SUBJECT_NB = {Subject.NORWEGIAN: "Norsk", Subject.SOCIAL_STUDIES: "Samfunnskunnskap"}


def _training_category(overview: TrainingOverview) -> str:
    if overview.category is None:
        return UNKNOWN_CATEGORY_NB
    return TRAINING_CATEGORY_NB[overview.category]


def _norwegian_goal(overview: TrainingOverview) -> str:
    return ", ".join(
        f"{SUB_SKILL_NB[skill].lower()} {_level_text(level)}"
        for skill, level in overview.record.goal
    )


# The headings follow the register's names for Norwegian training (brief §5.1: start, norskmål,
# education background, hours completed in Norwegian and in social studies, NIR's hour target).
TRAINING_HOURS = SheetSpec(
    "Timer opplæring",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("År", INT, number_format="0"),
        Column("Program"),
        Column("Kategori"),
        Column("Oppstart", DT),
        Column("Frist", DT),
        Column("Norskmål"),
        Column("Norskmål nådd", YN),
        Column("Gjennomførte timer norsk", D),
        Column("Gjennomførte timer samfunnskunnskap", D),
        Column("Timemål samfunnskunnskap", INT),
    ),
)


def training_hours_rows(
    overviews: Iterable[TrainingOverview], year_hours: Iterable[YearHours], *, year: int
) -> Iterator[Row]:
    """One row per person in training during ``year`` (or with hours counted in it): the year's
    hours completed in Norwegian and in social studies (45-minute teaching hours, from the
    lesson attendance) with the person's programme, category, start, deadline and goal."""
    counted = {h.participant_id: h for h in year_hours if h.year == year}
    first, last = date(year, 1, 1), date(year, 12, 31)
    chosen = [
        o
        for o in overviews
        if o.record.participant_id in counted
        or (o.record.start <= last and (o.record.end_date is None or o.record.end_date >= first))
    ]
    chosen.sort(key=lambda o: (sort_name(o.record.participant_name), o.record.participant_id))
    zero = Decimal("0.00")
    for o in chosen:
        found = counted.get(o.record.participant_id)
        yield (
            o.record.participant_id,
            o.record.participant_name,
            year,
            PROGRAMME_NB[o.record.programme],
            _training_category(o),
            o.record.start,
            o.deadline,
            _norwegian_goal(o),
            o.goal_met,
            found.hours_norwegian if found else zero,
            found.hours_social_studies if found else zero,
            o.social_studies_hours_required,
        )


CLASS_ATTENDANCE = SheetSpec(
    "Klasseoppmøte",
    (
        Column("Klasse"),
        Column("Lærer"),
        Column("Dato", DT),
        Column("Ukedag"),
        Column("Start"),
        Column("Fag"),
        Column("Minutter", INT),
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Til stede", YN),
        Column("Minutter til stede", INT),
        Column("Undervisningstimer (45 min)", D),
        Column("Programtimer", D),
    ),
)


def class_attendance_rows(
    weeks: Iterable[WeekSheet], *, start: date, end: date, rule: LessonCounting
) -> Iterator[Row]:
    """One row per saved lesson in ``start``..``end`` and class member that day: present or
    absent, the minutes present, and what they count for (brief §2.1, §4.0: a 45-minute lesson
    is one teaching hour and 75 programme minutes). A member with no mark for the lesson gets
    empty attendance cells rather than a guess. Lessons only planned from the timetable (not
    saved) are left out. Rows in class, date, time, then name order."""
    ordered = sorted(weeks, key=lambda w: (w.class_code, w.monday))
    for week in ordered:
        for lesson in sorted(week.lessons, key=lambda x: (x.day, x.start)):
            if lesson.id is None or not start <= lesson.day <= end:
                continue
            marks = {m.participant_id: m for m in lesson.marks}
            people: dict[int, str] = {}
            for member in week.members:
                if member.start <= lesson.day and (member.end is None or member.end >= lesson.day):
                    people[member.participant_id] = member.participant_name
            for pid in marks:
                people.setdefault(pid, _name(None, pid))
            for pid, name in sorted(people.items(), key=lambda p: (sort_name(p[1]), p[0])):
                mark = marks.get(pid)
                present = None if mark is None else mark.present
                minutes = None if mark is None else (mark.minutes if mark.present else 0)
                yield (
                    week.class_code,
                    week.teacher,
                    lesson.day,
                    WEEKDAY_NB[lesson.day.weekday()],
                    lesson.start.strftime("%H:%M"),
                    SUBJECT_NB[lesson.subject],
                    lesson.minutes,
                    pid,
                    name,
                    present,
                    minutes,
                    None if minutes is None else teaching_hours(minutes, rule),
                    None if minutes is None else programme_hours(minutes, rule),
                )


TRAINING_DEADLINES = SheetSpec(
    "Frister opplæring",
    (
        Column("Deltaker-ID", INT, number_format="0"),
        Column("Navn"),
        Column("Program"),
        Column("Kategori"),
        Column("Oppstart", DT),
        Column("Frist", DT),
        Column("Dager igjen", INT),
        Column("Overskredet", YN),
        Column("Norskmål nådd", YN),
        Column("Gjennomførte timer norsk", D),
        Column("Gjennomførte timer samfunnskunnskap", D),
        Column("Varsler", width=80),
    ),
)


def training_deadline_rows(overviews: Iterable[TrainingOverview], *, as_of: date) -> Iterator[Row]:
    """One row per person whose training has not ended: the training deadline (brief §4.0,
    counted by ``services.training``), days left as of ``as_of``, overdue, goal met and the
    warnings. Nearest deadline first; people without a deadline (none applies, or it cannot be
    counted) last, with the warnings saying why."""
    open_ = [o for o in overviews if not o.record.state.ended]
    open_.sort(
        key=lambda o: (
            o.deadline is None,
            o.deadline or as_of,
            sort_name(o.record.participant_name),
            o.record.participant_id,
        )
    )
    for o in open_:
        days = None if o.deadline is None else (o.deadline - as_of).days
        yield (
            o.record.participant_id,
            o.record.participant_name,
            PROGRAMME_NB[o.record.programme],
            _training_category(o),
            o.record.start,
            o.deadline,
            days,
            None if days is None else days < 0,
            o.goal_met,
            o.hours_norwegian,
            o.hours_social_studies,
            "; ".join(w.message for w in o.warnings),
        )
