"""Each report's rows from synthetic domain data, written and read back with openpyxl.

Totals are checked against the sources: attendance hours against the entries' minutes, payroll
amounts against ``compute_benefit`` (what ``benefit compute`` prints), deadlines against
``rules.deadlines`` (brief §1.2), NIR lateness against the 2-month rule (brief §5.1).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from functools import partial
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from introdesk.domain.attendance import (
    AttendanceEntry,
    BenefitInput,
    BenefitLine,
    BenefitLineKind,
    BenefitResult,
)
from introdesk.domain.codes import (
    Category,
    CefrLevel,
    ParticipantStatus,
    PermitType,
    Regime,
    SubSkill,
)
from introdesk.domain.deadlines import DeadlineStatus
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestHistory,
)
from introdesk.domain.participants import ParticipantFacts
from introdesk.domain.plans import (
    EndGoal,
    EndGoalType,
    Finding,
    NorwegianGoal,
    Plan,
    Severity,
)
from introdesk.domain.records import ParticipantRecord
from introdesk.domain.reports import (
    CaseSnapshot,
    ProgrammeExit,
    SupervisionSubject,
    TestReportSubject,
)
from introdesk.reporting.xlsx import reports
from introdesk.reporting.xlsx.texts import NORWEGIAN, ReportTexts
from introdesk.reporting.xlsx.writer import ReportParameters, SheetSpec, write_workbook
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables
from introdesk.rules.deadlines import case_deadlines
from introdesk.rules.eligibility import assess_eligibility
from introdesk.rules.language_tests import citizenship_test_passed, social_studies_passed
from introdesk.rules.tables import load_table

AS_OF = date(2026, 5, 4)


def person(
    pid: int,
    family: str,
    given: str = "Test",
    *,
    adviser: str = "Kari Nordmann",
    status: ParticipantStatus = ParticipantStatus.IN_PROGRAMME,
    national_id: str | None = None,
    archived: bool = False,
) -> ParticipantRecord:
    return ParticipantRecord(
        id=pid,
        given_name=given,
        family_name=family,
        preferred_name="",
        birth_date=date(1990, 1, 1),
        national_id=national_id,
        sex=None,
        status=status,
        adviser_id=1,
        adviser_name=adviser,
        archived=archived,
    )


def read_back(
    tmp_path: Path, spec: SheetSpec, rows: Iterable[Sequence[object]]
) -> list[dict[str, Any]]:
    path = tmp_path / "report.xlsx"
    params = ReportParameters("Test", datetime(2026, 5, 4, 9, 0), "tester")
    spec = NORWEGIAN.sheet(spec)  # the headings in Bokmål, as the service writes them for nb
    write_workbook(spec, rows, path, params)
    sheet = openpyxl.load_workbook(path)[spec.title]
    values = list(sheet.iter_rows(values_only=True))
    assert list(values[0]) == list(spec.headings)
    return [dict(zip(spec.headings, row, strict=True)) for row in values[1:]]


def cell_types(tmp_path: Path, spec: SheetSpec) -> list[str]:
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")[NORWEGIAN.sheet(spec).title]
    return [c.data_type for c in sheet[2]]


# --- attendance --------------------------------------------------------------------------------

AMIRA = person(1, "Haddad", "Amira")
FORMULA = person(2, '=HYPERLINK("http://evil")', "X")


def entry(pid: int, day: int, element: str, planned: int, attended: int, code: str | None = None):  # type: ignore[no-untyped-def]
    absent = planned - attended if code else 0
    return AttendanceEntry(pid, date(2026, 3, day), element, planned, attended, code, absent)


ENTRIES = [
    entry(1, 2, "NOR", 180, 180),
    entry(1, 2, "PRAKSIS", 240, 180, "invalid"),
    entry(1, 3, "NOR", 180, 0, "self_certified_illness"),
    entry(1, 4, "NOR", 180, 90),  # 90 minutes with nothing registered
    entry(2, 2, "NOR", 135, 135),
]


def test_attendance_hours_match_the_entries(tmp_path: Path) -> None:
    rows = read_back(
        tmp_path,
        reports.ATTENDANCE,
        reports.attendance_rows(ENTRIES, {1: AMIRA, 2: FORMULA}, load_absence_codes()),
    )
    assert len(rows) == 4  # participant × day, elements summed
    amira = [r for r in rows if r["Deltaker-ID"] == 1]
    first = amira[0]
    assert first["Dato"] == datetime(2026, 3, 2)
    assert first["Planlagt (timer)"] == 7  # 180 + 240 minutes
    assert first["Ugyldig fravær (timer)"] == 1
    assert first["Fravær"] == load_absence_codes()["invalid"].label_nb
    assert amira[1]["Gyldig fravær (timer)"] == 3
    assert amira[2]["Ikke registrert (timer)"] == 1.5
    for column, field in [
        ("Planlagt (timer)", "planned_minutes"),
        ("Oppmøtt (timer)", "attended_minutes"),
    ]:
        total = sum(getattr(e, field) for e in ENTRIES) / 60
        assert sum(r[column] for r in rows) == pytest.approx(total)
    absent = sum(e.absence_minutes for e in ENTRIES) / 60
    assert sum(r["Gyldig fravær (timer)"] + r["Ugyldig fravær (timer)"] for r in rows) == (
        pytest.approx(absent)
    )
    assert cell_types(tmp_path, reports.ATTENDANCE)[:5] == ["n", "s", "d", "s", "n"]
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")["Oppmøte"]
    assert sheet["A2"].number_format == "0"  # an id, not an amount: no thousands separator
    assert sheet["C2"].number_format == "dd.mm.yyyy"
    assert sheet["E2"].number_format == "#,##0.00"


def test_a_name_beginning_with_equals_comes_back_as_text(tmp_path: Path) -> None:
    rows = read_back(
        tmp_path,
        reports.ATTENDANCE,
        reports.attendance_rows(ENTRIES, {1: AMIRA, 2: FORMULA}, load_absence_codes()),
    )
    assert rows[0]["Navn"] == FORMULA.display_name  # "=" sorts before letters
    sheet = openpyxl.load_workbook(tmp_path / "report.xlsx")["Oppmøte"]
    assert sheet["B2"].data_type == "s"
    assert sheet["B2"].value.startswith("=HYPERLINK")


# --- payroll -----------------------------------------------------------------------------------


def benefit(pid: int, entries: tuple[AttendanceEntry, ...] = ()) -> BenefitResult:
    inp = BenefitInput(
        participant_id=pid,
        month=date(2026, 5, 1),
        birth_date=date(1990, 6, 15),
        lives_with_parents=False,
        regime=Regime.INTEGRATION_ACT,
        programme_start=date(2025, 1, 6),
        programme_end=None,
        entries=entries,
    )
    return compute_benefit(inp, load_benefit_tables(), load_absence_codes())


def test_payroll_amounts_add_up_to_benefit_compute(tmp_path: Path) -> None:
    absent = tuple(
        AttendanceEntry(1, date(2026, 5, d), "NOR", 240, 0, "invalid", 240) for d in (4, 5)
    )
    results = [benefit(1, absent), benefit(2)]
    records = {1: person(1, "Haddad", national_id="01019012345"), 2: person(2, "Tesfay")}
    rows = read_back(
        tmp_path, reports.PAYROLL, reports.payroll_rows(results, records, load_absence_codes())
    )
    by_person: dict[int, Decimal] = defaultdict(Decimal)
    for row in rows:
        assert isinstance(row["Beløp (kr)"], int | float)
        by_person[row["Deltaker-ID"]] += Decimal(str(row["Beløp (kr)"]))
    assert by_person == {1: results[0].net, 2: results[1].net}
    kinds = [row["Lønnsart"] for row in rows if row["Deltaker-ID"] == 1]
    assert kinds == ["Stønad", "Trekk for fravær"]
    deduction = next(r for r in rows if r["Lønnsart"] == "Trekk for fravær")
    assert deduction["Timer"] == 8
    assert deduction["Årsak"] == "Ugyldig fravær"  # the label, never the code "invalid"
    assert Decimal(str(deduction["Beløp (kr)"])) == -results[0].total_deductions
    assert rows[0]["Fødselsnummer"] == "01019012345"
    assert rows[0]["Måned"] == datetime(2026, 5, 1)


# --- deadlines and caseload ----------------------------------------------------------------------

FACTS = ParticipantFacts(
    birth_date=date(1990, 1, 1),
    permit_type=PermitType.REFUGEE,
    permit_date=date(2025, 11, 1),
    regime=Regime.INTEGRATION_ACT,
    settlement_date=date(2026, 1, 10),
    settled_by_agreement=True,
)


def snapshots() -> list[CaseSnapshot]:
    return [
        # settled 10.01.2026: mapping, decision and start due 10.04.2026: overdue on 04.05.2026
        CaseSnapshot(
            participant=person(1, "Haddad", status=ParticipantStatus.REFERRED),
            settlement_date=date(2026, 1, 10),
            facts=FACTS,
        ),
        # asked to take part 15.03.2026 (later than settlement): due 15.06.2026; mapped already
        CaseSnapshot(
            participant=person(2, "Tesfay", adviser="Ola Hansen", status=ParticipantStatus.MAPPED),
            settlement_date=date(2025, 12, 1),
            request_date=date(2026, 3, 15),
            mapping_date=date(2026, 4, 1),
        ),
        CaseSnapshot(participant=person(3, "Warsame", adviser="")),  # no dates: no deadlines
        CaseSnapshot(  # archived: left out
            participant=person(4, "Ahmadi", archived=True), settlement_date=date(2026, 1, 10)
        ),
    ]


def deadlines_of(snapshot: CaseSnapshot) -> tuple[DeadlineStatus, ...]:
    """What the reports service hands the renderer: the rules' deadlines for a case."""
    return case_deadlines(snapshot, as_of=AS_OF, table=load_table("intro_deadlines"))


def category_of(snapshot: CaseSnapshot) -> Category | None:
    if snapshot.facts is None:
        return None
    return assess_eligibility(
        snapshot.facts,
        as_of=AS_OF,
        age_limits=load_table("intro_age_limits"),
        deadlines=load_table("intro_deadlines"),
        chapter_6a=load_table("chapter_6a"),
    ).category


def test_deadlines_days_left_and_overdue(tmp_path: Path) -> None:
    rows = read_back(
        tmp_path, reports.DEADLINES, reports.deadline_rows(snapshots(), deadlines_of=deadlines_of)
    )
    haddad = [r for r in rows if r["Deltaker-ID"] == 1]
    assert {r["Frist gjelder"] for r in haddad} == {
        "Kartlegging",
        "Vedtak",
        "Programstart",
        "Toårsgrensen",
    }
    mapping = next(r for r in haddad if r["Frist gjelder"] == "Kartlegging")
    assert mapping["Beskrivelse"] == (
        "Kompetansekartlegging innen 3 måneder etter bosetting eller forespørsel om deltakelse "
        "(integreringsloven § 12)."
    )
    assert mapping["Frist"] == datetime(2026, 4, 10)
    assert mapping["Dager igjen"] == -24
    assert mapping["Overskredet"] == "Ja"
    tesfay = [r for r in rows if r["Deltaker-ID"] == 2]
    assert "Kartlegging" not in {r["Frist gjelder"] for r in tesfay}  # done
    decision = next(r for r in tesfay if r["Frist gjelder"] == "Vedtak")
    assert decision["Løper fra"] == datetime(2026, 3, 15)
    assert decision["Dager igjen"] == 42
    assert decision["Overskredet"] == "Nei"
    assert 4 not in {r["Deltaker-ID"] for r in rows}
    assert [r["Frist"] for r in rows] == sorted(r["Frist"] for r in rows)


def test_deadlines_filtered_by_due_date() -> None:
    rows = list(
        reports.deadline_rows(
            snapshots(),
            deadlines_of=deadlines_of,
            due_from=date(2026, 6, 1),
            due_to=date(2026, 6, 30),
        )
    )
    assert {(r[0], r[4]) for r in rows} == {(2, "Vedtak"), (2, "Programstart")}


def test_caseload_per_adviser(tmp_path: Path) -> None:
    rows = read_back(
        tmp_path,
        reports.caseload_sheet(),
        reports.caseload_rows(snapshots(), deadlines_of=deadlines_of, category_of=category_of),
    )
    assert [r["Veileder"] for r in rows] == ["Kari Nordmann", "Ola Hansen", "(uten veileder)"]
    kari, ola, nobody = rows
    assert kari["Deltakere"] == 1  # the archived participant is not counted
    assert kari["Henvist"] == 1
    assert kari["Rett og plikt"] == 1  # refugee aged 35 at the permit, settled by agreement
    assert kari["Med overskredet frist"] == 1
    assert ola["Kartlagt"] == 1
    assert ola["Ukjent (mangler opplysninger)"] == 1
    assert ola["Med overskredet frist"] == 0
    assert nobody["Deltakere"] == 1
    assert sum(r["Deltakere"] for r in rows) == 3


# --- tests -------------------------------------------------------------------------------------


def test_test_results_show_goal_and_progress(tmp_path: Path) -> None:
    history = TestHistory(
        norskproven=(
            NorskprovenResult(date(2025, 6, 1), SubSkill.READING, CefrLevel.A1),
            NorskprovenResult(date(2026, 2, 1), SubSkill.READING, CefrLevel.B1),
            NorskprovenResult(date(2026, 2, 1), SubSkill.LISTENING, CefrLevel.A2),
        ),
        social_studies=(
            SocialStudiesResult(date(2026, 3, 1), SocialStudiesVersion.HOURS_75, 27, 34, "ar"),
        ),
        citizenship=(CitizenshipTestResult(date(2026, 4, 1), passed=False),),
    )
    progress = [
        TestReportSubject(AMIRA, history, NorwegianGoal.uniform(CefrLevel.B1)),
    ]
    rows = read_back(
        tmp_path,
        reports.TESTS,
        reports.language_test_rows(
            progress,
            social_studies_passed=partial(
                social_studies_passed, table=load_table("social_studies_pass_marks")
            ),
            citizenship_passed=partial(
                citizenship_test_passed, table=load_table("citizenship_test_pass_marks")
            ),
            start=date(2026, 1, 1),
            end=date(2026, 12, 31),
        ),
    )
    assert [r["Prøve"] for r in rows] == [
        "Norskprøven",
        "Norskprøven",
        "Samfunnskunnskap (75 timer)",
        "Statsborgerprøven",
    ]
    reading = next(r for r in rows if r["Delferdighet"] == "Lesing")
    assert reading["Nivå"] == "B1"
    assert reading["Mål nådd"] == "Ja"
    assert reading["Endring i nivå (trinn)"] == 2  # A1 (2025, before the period) → B1
    listening = next(r for r in rows if r["Delferdighet"] == "Lytting")
    assert listening["Mål nådd"] == "Nei"
    assert listening["Endring i nivå (trinn)"] is None
    assert rows[2]["Poeng"] == 27
    assert rows[2]["Bestått"] == "Ja"  # 27 ≥ 26 of 34
    assert rows[3]["Bestått"] == "Nei"


# --- outcomes ----------------------------------------------------------------------------------


def test_outcomes_flag_missing_and_late_register_data(tmp_path: Path) -> None:
    complete = ProgrammeExit(
        participant=person(1, "Haddad", national_id="01019012345"),
        programme_start=date(2024, 1, 1),
        planned_end=date(2026, 1, 1),
        exit_date=date(2026, 3, 1),
        nir_due=date(2026, 5, 1),
        exit_reason="arbeid",
        end_goal=EndGoalType.WORK,
        extension_months=2,
        mapping_done=True,
        career_guidance_done=True,
        contract_signed=True,
        nir_registered=date(2026, 3, 10),
    )
    late = ProgrammeExit(
        participant=person(2, "Tesfay"),
        programme_start=date(2024, 8, 1),
        planned_end=date(2026, 8, 1),
        exit_date=date(2026, 2, 1),
        nir_due=date(2026, 4, 1),
    )
    outside = ProgrammeExit(
        participant=person(3, "Warsame"),
        programme_start=date(2023, 1, 1),
        planned_end=date(2025, 1, 1),
        exit_date=date(2025, 1, 1),
        nir_due=date(2025, 3, 1),
    )
    rows = read_back(
        tmp_path,
        reports.OUTCOMES,
        reports.outcome_rows(
            [complete, late, outside], as_of=AS_OF, start=date(2026, 1, 1), end=date(2026, 12, 31)
        ),
    )
    assert [r["Deltaker-ID"] for r in rows] == [2, 1]
    tesfay, haddad = rows
    assert haddad["NIR: mangler eller for sent"] is None  # empty text: nothing missing
    assert haddad["Planlagt varighet (måneder)"] == 24
    assert haddad["Faktisk varighet (måneder)"] == 26
    assert haddad["Forlengelse (måneder)"] == 2
    assert haddad["Sluttmål"] == "Arbeid"
    assert tesfay["Registreringsfrist NIR"] == datetime(2026, 4, 1)
    flags = tesfay["NIR: mangler eller for sent"]
    assert "avslutningsårsak mangler" in flags
    assert "sluttmål mangler" in flags
    assert "ikke registrert innen fristen" in flags


def test_an_exit_status_is_written_as_its_label() -> None:
    assert reports.exit_reason_label("stopped") == "Stanset"
    assert reports.exit_reason_label("completed") == "Fullført"
    assert reports.exit_reason_label("utdanning") == "utdanning"  # typed text stays


def test_registering_after_the_nir_deadline_is_flagged() -> None:
    item = ProgrammeExit(
        participant=person(1, "Haddad", national_id="01019012345"),
        programme_start=date(2024, 1, 1),
        planned_end=date(2026, 1, 1),
        exit_date=date(2026, 1, 31),
        nir_due=date(2026, 3, 31),
        exit_reason="utdanning",
        end_goal=EndGoalType.HIGHER_EDUCATION,
        nir_registered=date(2026, 4, 1),  # due 31.03.2026
    )
    assert reports.nir_problems(item, as_of=AS_OF) == ["registrert etter fristen"]
    on_time = replace(item, nir_registered=date(2026, 3, 31))
    assert reports.nir_problems(on_time, as_of=AS_OF) == []


# --- supervision -------------------------------------------------------------------------------

PLAN = Plan(
    start=date(2026, 1, 5),
    planned_end=date(2028, 1, 4),
    end_goal=EndGoal(EndGoalType.WORK, "Arbeid som helsefagarbeider"),
    norwegian_goal=NorwegianGoal.uniform(CefrLevel.B1),
)


def test_supervision_readiness(tmp_path: Path) -> None:
    ready = SupervisionSubject(
        participant=person(1, "Haddad"),
        plan=PLAN,
        plan_signed=True,
        mapping_date=date(2025, 12, 1),
        career_guidance_date=date(2025, 12, 15),
        contract_signed=True,
        findings=(Finding("WORK_ORIENTED_SHARE_NOT_RISING", Severity.WARNING, "advarsel"),),
    )
    gaps = SupervisionSubject(
        participant=person(2, "Tesfay"),
        plan=PLAN,
        plan_signed=False,
        findings=(
            Finding("FULLTIME_WEEK", Severity.ERROR, "under fulltid"),
            Finding("MANDATORY_SOCIAL_STUDIES", Severity.ERROR, "mangler samfunnskunnskap"),
        ),
        mapping_date=date(2025, 12, 1),
    )
    no_plan = SupervisionSubject(participant=person(3, "Warsame"))
    closed = SupervisionSubject(
        participant=person(4, "Ahmadi", status=ParticipantStatus.COMPLETED), plan=PLAN
    )
    rows = read_back(
        tmp_path, reports.SUPERVISION, reports.supervision_rows([ready, gaps, no_plan, closed])
    )
    assert [r["Deltaker-ID"] for r in rows] == [1, 2, 3]
    first, second, third = rows
    assert first["Klar for tilsyn"] == "Ja"
    assert first["Mangler"] is None
    assert second["Plan finnes"] == "Ja"
    assert second["Plan signert"] == "Nei"
    assert second["Fulltid gyldig"] == "Nei"
    assert second["Obligatoriske elementer"] == "Nei"
    assert second["Sluttmål satt"] == "Ja"
    assert second["Kompetansekartlegging gjennomført"] == "Ja"
    assert second["Karriereveiledning gjennomført"] == "Nei"
    assert second["Klar for tilsyn"] == "Nei"
    assert third["Plan finnes"] == "Nei"
    assert third["Fulltid gyldig"] == "Nei"
    assert "plan finnes" in third["Mangler"]


def test_names_sort_in_norwegian_order() -> None:
    names = ["Østby", "Aasen", "Zahir", "Ærø", "Åsen", "Berg"]
    assert sorted(names, key=reports.sort_name) == [
        "Aasen",
        "Berg",
        "Zahir",
        "Ærø",
        "Østby",
        "Åsen",
    ]


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("nb", ["Stønad", "Omsorgspermisjon", "Ikke vedtak om introduksjonsprogram", "Stanset"]),
        ("nn", ["Stønad", "Omsorgspermisjon", "Ikkje vedtak om introduksjonsprogram", "Stansa"]),
        ("en", ["Benefit", "Care leave", "No decision on the programme", "Stopped"]),
    ],
)
def test_payroll_names_days_without_benefit_in_the_language(
    language: str, expected: list[str]
) -> None:
    """The codes of unpaid days (rules/programme_events.py) are never printed as codes; the
    rows come in code order (leave_care, no_decision, stopped)."""
    day = date(2026, 6, 1)

    def line(code: str | None) -> BenefitLine:
        return BenefitLine(BenefitLineKind.BASE, day, day, Decimal("0.00"), "", code=code)

    lines = (line(None), line("stopped"), line("no_decision"), line("leave_care"))
    result = BenefitResult(1, day, Decimal("0"), (), (), (), Decimal("0"), False, lines)
    rows = list(
        reports.payroll_rows(
            [result], {1: AMIRA}, load_absence_codes(), texts=ReportTexts(language)
        )
    )
    assert [rows[0][4], *(row[5] for row in rows[1:])] == expected
