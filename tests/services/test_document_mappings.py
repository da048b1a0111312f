"""Domain values → document data (pure mappings in services/documents.py), read back as PDFs."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, time, timedelta
from decimal import Decimal

import pypdf
import pytest

from introdesk.domain.attendance import BenefitLine, BenefitLineKind, BenefitResult
from introdesk.domain.codes import CefrLevel, ParticipantStatus, Regime, SubSkill
from introdesk.domain.documents import DocumentPerson
from introdesk.domain.errors import UserInputError
from introdesk.domain.plans import EndGoal, EndGoalType, Plan, PlanElement, WeekHours
from introdesk.reporting.pdf.certificate import render_certificate
from introdesk.reporting.pdf.data import (
    ContactPerson,
    DocumentHeader,
    ProgrammeCourse,
    TimetableSlot,
)
from introdesk.reporting.pdf.deduction_statement import render_deduction_statement
from introdesk.reporting.pdf.formatting import fmt_date
from introdesk.reporting.pdf.integration_plan import render_integration_plan
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.document_samples import EXAMPLE_END_GOAL, example_plan
from introdesk.services.documents import (
    attendance_document,
    certificate_document,
    contact_from,
    decision_document,
    deduction_document,
    document_language,
    header_from_settings,
    plan_document,
    week_timetable,
)
from introdesk.services.settings import MunicipalitySettings

HEADER = DocumentHeader("Eksempel kommune", date(2026, 11, 23), unit="Introsenteret")
CONTACT = ContactPerson("Åse Følling", "Programrådgiver", "987 65 432", "ase@example.no")
PERSON = DocumentPerson(
    id=7,
    given_name="Amira",
    family_name="Haddad",
    status=ParticipantStatus.IN_PROGRAMME,
    birth_date=date(1994, 3, 17),
    address="Storgata 1 B, 1234 Eksempelby",
    mother_tongue="Arabisk",
    decision_date=date(2026, 8, 14),
    programme_start=date(2026, 9, 7),
    adviser_name="Åse Følling",
    adviser_email="ase@example.no",
)


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).replace("\xa0", " ").split())


def test_plan_maps_names_hours_period_and_goals() -> None:
    plan = example_plan()
    data = plan_document(
        PERSON, plan, HEADER, CONTACT, "ar", catalogue=load_catalogue(), today=date(2026, 11, 23)
    )
    assert data.participant_name == "Amira Haddad"
    assert data.end_goal == EXAMPLE_END_GOAL
    assert [e.name for e in data.elements] == [
        "Opplæring i norsk",
        "Språkpraksis",
        "Livsmestring: migrasjon, helse og mangfold",
    ]
    assert [e.hours_per_week for e in data.elements] == [
        Decimal("18.75"),
        Decimal("7.5"),
        Decimal(2),
    ]
    assert data.elements[1].provider == "Eksempel barnehage"
    assert data.elements[1].work_oriented
    # Seven days of approved leave move the end (brief §1.4).
    assert (data.period_end - plan.planned_end).days == 7
    assert data.norwegian_goals[0].sub_skill is SubSkill.LISTENING
    assert data.norwegian_goals[0].level is CefrLevel.B1


def test_timetable_stacks_each_days_blocks_from_half_past_eight() -> None:
    plan = example_plan()
    slots = week_timetable(plan.elements, load_catalogue(), date(2026, 11, 23))
    monday = [s for s in slots if s.weekday == 0]
    assert monday == [
        TimetableSlot(0, time(8, 30), time(12, 15), "Opplæring i norsk"),
        TimetableSlot(0, time(12, 15), time(14, 45), "Språkpraksis"),
    ]
    wednesday = [s.element for s in slots if s.weekday == 2]
    assert wednesday == ["Opplæring i norsk", "Livsmestring: migrasjon, helse og mangfold"]


def test_a_week_before_language_practice_starts_has_no_practice() -> None:
    slots = week_timetable(example_plan().elements, load_catalogue(), date(2026, 9, 7))
    assert "Språkpraksis" not in {s.element for s in slots}


def test_end_goal_without_text_uses_the_type() -> None:
    plan = example_plan()
    bare = Plan(plan.start, plan.planned_end, EndGoal(EndGoalType.UPPER_SECONDARY), None)
    data = plan_document(
        PERSON, bare, HEADER, CONTACT, "nb", catalogue=load_catalogue(), today=plan.start
    )
    assert data.end_goal == "Fullført videregående opplæring"
    assert data.elements == ()
    assert data.timetable == ()


def test_mapped_plan_prints_name_goal_elements_and_hours() -> None:
    data = plan_document(
        PERSON,
        example_plan(),
        HEADER,
        CONTACT,
        "nb",
        catalogue=load_catalogue(),
        today=date(2026, 11, 23),
    )
    text = text_of(render_integration_plan(data))
    for expected in ("Amira Haddad", EXAMPLE_END_GOAL, "Opplæring i norsk", "18,75", "7,5"):
        assert expected in text
    assert "Språkpraksis (Eksempel barnehage)" in text


@pytest.mark.parametrize(
    ("interpreter", "mother_tongue", "expected"),
    [
        ("", "Arabisk", "ar"),
        ("", "tigrinja", "ti"),
        ("Dari", "Pashto", "prs"),
        ("", "Somali", "so"),
        ("", "ukrainsk", "uk"),
        ("", "Pashto", "nb"),  # no labels in Pashto yet: Norwegian only
        ("", "", "nb"),
    ],
)
def test_document_language_follows_the_record(
    interpreter: str, mother_tongue: str, expected: str
) -> None:
    person = DocumentPerson(
        1,
        "A",
        "B",
        ParticipantStatus.REFERRED,
        mother_tongue=mother_tongue,
        interpreter_language=interpreter,
    )
    assert document_language(person) == expected


def test_header_and_contact_come_from_settings() -> None:
    settings = MunicipalitySettings(
        {
            "municipality_name": "Eksempel kommune",
            "logo_path": "/tmp/logo.png",
            "unit_name": "Introsenteret",
            "contact_phone": "22 33 44 55",
        }
    )
    header = header_from_settings(settings, date(2026, 1, 2))
    assert (header.municipality, header.logo_path, header.unit) == (
        "Eksempel kommune",
        "/tmp/logo.png",
        "Introsenteret",
    )
    contact = contact_from(PERSON, settings)
    assert (contact.name, contact.phone, contact.email) == (
        "Åse Følling",
        "22 33 44 55",
        "ase@example.no",
    )


def test_missing_municipality_name_is_a_user_error() -> None:
    with pytest.raises(UserInputError, match="municipality"):
        header_from_settings(MunicipalitySettings({"municipality_name": " "}), date(2026, 1, 2))


def test_decision_without_plan_grants_the_ordinary_period() -> None:
    data = decision_document(PERSON, HEADER, CONTACT, "nb")
    assert data.programme_start == date(2026, 9, 7)
    assert data.programme_end == date(2028, 9, 6)  # 24 months, integreringsloven (brief §1.4)
    assert data.address_lines == ("Storgata 1 B", "1234 Eksempelby")
    assert data.legal_basis == "integreringsloven § 12"
    assert data.case_number == "2026/00007"


def test_decision_under_the_old_act_cites_it() -> None:
    old = DocumentPerson(
        2,
        "Yonas",
        "Tesfay",
        ParticipantStatus.DECIDED,
        regime=Regime.INTRODUCTION_ACT,
        decision_date=date(2020, 5, 4),
        programme_start=date(2020, 6, 1),
    )
    data = decision_document(old, HEADER, CONTACT, "ti")
    assert data.legal_basis == "introduksjonsloven § 2"
    assert "introduksjonsloven § 2" in data.reasons


def test_decision_needs_a_decision_date() -> None:
    person = DocumentPerson(3, "A", "B", ParticipantStatus.MAPPED, programme_start=date(2026, 1, 5))
    with pytest.raises(UserInputError, match="decision date"):
        decision_document(person, HEADER, CONTACT, "nb")


def test_certificate_counts_planned_hours_up_to_the_print_date() -> None:
    plan = example_plan(date(2026, 9, 7))
    header = DocumentHeader("Eksempel kommune", date(2026, 9, 18))  # two weeks: Mon 7 - Fri 18
    data = certificate_document(
        PERSON, header, CONTACT, "so", plan=plan, catalogue=load_catalogue()
    )
    hours = {e.name: e.hours for e in data.elements}
    assert hours["Opplæring i norsk"] == Decimal("37.50")  # 10 days × 3.75
    assert hours["Livsmestring: migrasjon, helse og mangfold"] == Decimal(4)
    assert "Språkpraksis" not in hours  # starts in October
    assert data.course is ProgrammeCourse.IN_PROGRESS
    assert data.programme_end == plan.period.end  # the planned end, not the print date
    assert data.counted_until == date(2026, 9, 18)
    text = text_of(render_certificate(data))
    assert "Amira Haddad" in text
    assert "37,5" in text


def _line(kind: BenefitLineKind, day: date, amount: str, text: str, **extra: object) -> BenefitLine:
    return BenefitLine(kind, day, day, Decimal(amount), text, **extra)  # type: ignore[arg-type]


def test_deduction_statement_lists_the_benefit_line_by_line() -> None:
    month = date(2026, 10, 1)
    base = BenefitLine(
        BenefitLineKind.BASE, month, date(2026, 10, 31), Decimal("22758.17"), "2 G / 12"
    )
    deductions = (
        _line(
            BenefitLineKind.DEDUCTION,
            date(2026, 10, 6),
            "-442.86",
            "Ugyldig fravær",
            hours=Decimal(3),
            rate=Decimal("147.62"),
        ),
        _line(
            BenefitLineKind.DEDUCTION,
            date(2026, 10, 14),
            "-221.43",
            "Kom for sent",
            hours=Decimal("1.5"),
            rate=Decimal("147.62"),
        ),
    )
    other = BenefitLine(
        BenefitLineKind.OTHER_REDUCTION, month, date(2026, 10, 31), Decimal("-1000.00"), "Dagpenger"
    )
    lines = (base, *deductions, other)
    result = BenefitResult(
        participant_id=7,
        month=month,
        gross=Decimal("22758.17"),
        deductions=deductions,
        other_reductions=(other,),
        adjustments=(),
        net=sum((line.amount for line in lines), Decimal(0)),
        decision_required=False,
        lines=lines,
    )
    data = deduction_document(PERSON, result, HEADER, CONTACT, "prs")
    assert [(d.day, d.hours, d.amount) for d in data.lines] == [
        (date(2026, 10, 6), Decimal(3), Decimal("442.86")),
        (date(2026, 10, 14), Decimal("1.5"), Decimal("221.43")),
    ]
    assert data.total_amount == Decimal("664.29")
    assert data.net_benefit == Decimal("21093.88")
    assert [o.text for o in data.other_lines] == ["Dagpenger"]
    text = text_of(render_deduction_statement(data))
    for expected in ("06.10.2026", "Kom for sent", "442,86 kr", "Dagpenger", "21 093,88 kr"):
        assert expected in text


def test_attendance_sheet_strikes_public_holidays() -> None:
    data = attendance_document(["Haddad, Amira"], HEADER, date(2026, 12, 21), group_name="Norsk B1")
    assert data.closed_days == (date(2026, 12, 25),)


def test_statement_notes_a_provisional_month_and_a_needed_decision() -> None:
    month = date(2026, 10, 1)
    base = BenefitLine(BenefitLineKind.BASE, month, date(2026, 10, 31), Decimal("100.00"), "x")
    result = BenefitResult(
        participant_id=7,
        month=month,
        gross=Decimal("100.00"),
        deductions=(),
        other_reductions=(),
        adjustments=(),
        net=Decimal("100.00"),
        decision_required=True,
        lines=(base,),
        missing_registration_days=(date(2026, 10, 5), date(2026, 10, 6)),
    )
    data = deduction_document(PERSON, result, HEADER, CONTACT, "nb")
    assert len(data.notes) == 2
    assert "2 planlagte dager (05.10.2026, 06.10.2026)" in data.notes[0]
    assert "eget vedtak" in data.notes[1]
    text = text_of(render_deduction_statement(data))
    assert "Foreløpig oppstilling" in text
    assert "eget vedtak" in text


def test_contact_without_phone_and_headings_stay_with_their_text() -> None:
    """A heading at the foot of a page moves over with its text (without a birth date the
    Arabic plan's "Kontaktperson" heading falls at the foot of page 1); no "Ring  hvis" gap."""
    data = plan_document(
        replace(PERSON, birth_date=None),
        example_plan(),
        HEADER,
        ContactPerson("Introsenteret"),
        "ar",
        catalogue=load_catalogue(),
        today=date(2026, 11, 23),
    )
    pages = [
        unicodedata.normalize("NFKC", page.extract_text())
        for page in pypdf.PdfReader(io.BytesIO(render_integration_plan(data))).pages
    ]
    assert len(pages) == 2
    assert not any("Ring" in page for page in pages)
    heading = [bool(re.search(r"^Kontaktperson(?!en)", page, re.MULTILINE)) for page in pages]
    body = ["Kontaktpersonen din er Introsenteret." in " ".join(page.split()) for page in pages]
    assert heading == body == [False, True]


def test_statement_from_the_real_benefit_engine_balances() -> None:
    """The benefit engine's own result (brief §3.3: invalid absence, another benefit, the zero
    floor) maps without the statement's totals check failing, and prints line by line."""
    from introdesk.domain.attendance import AttendanceEntry, BenefitInput, OtherBenefit
    from introdesk.rules.absence_codes import load_absence_codes
    from introdesk.rules.benefit import compute_benefit, load_benefit_tables

    def absent(day: date, minutes: int) -> AttendanceEntry:
        return AttendanceEntry(7, day, "norwegian", minutes, 0, "invalid", minutes)

    tables, codes = load_benefit_tables(), load_absence_codes()
    for other in (Decimal("1000.00"), Decimal("30000.00")):  # the second exceeds the gross
        result = compute_benefit(
            BenefitInput(
                participant_id=7,
                month=date(2026, 10, 1),
                birth_date=date(1990, 6, 15),
                lives_with_parents=False,
                regime=Regime.INTEGRATION_ACT,
                programme_start=date(2025, 1, 6),
                programme_end=None,
                entries=(absent(date(2026, 10, 6), 180), absent(date(2026, 10, 14), 90)),
                other_benefits=(OtherBenefit("dagpenger", other),),
            ),
            tables,
            codes,
        )
        data = deduction_document(PERSON, result, HEADER, CONTACT, "so")
        assert data.gross_benefit == result.gross
        assert data.net_benefit == result.net
        assert data.total_amount == result.total_deductions
        assert [line.hours for line in data.lines] == [Decimal(3), Decimal("1.5")]
        text = text_of(render_deduction_statement(data))
        assert "06.10.2026" in text
        assert "14.10.2026" in text


def _plan_pdf_text(plan: Plan, *, draft: bool, language: str = "nb") -> str:
    data = plan_document(
        PERSON,
        plan,
        HEADER,
        CONTACT,
        language,
        catalogue=load_catalogue(),
        today=date(2026, 11, 23),
        draft=draft,
    )
    return text_of(render_integration_plan(data))


def test_a_draft_plan_is_marked_and_cannot_be_appealed_yet() -> None:
    draft = _plan_pdf_text(example_plan(), draft=True, language="en")
    assert "UTKAST" in draft
    assert "Planen er ikke vedtatt ennå" in draft
    assert "This is a draft" in draft
    assert "Du kan klage på den innen" not in draft
    signed = _plan_pdf_text(example_plan(), draft=False)
    assert "UTKAST" not in signed
    assert "Du kan klage på den innen 3 uker" in signed


def test_plan_elements_are_cut_to_the_plan_period() -> None:
    """An element reaching past the period is printed to its end; one wholly outside is left
    out: the paper never promises an activity outside the plan."""
    plan = example_plan()
    end = plan.period.end
    outside = replace(
        plan.elements[2], start=end + timedelta(days=10), end=end + timedelta(days=40)
    )
    beyond = replace(plan.elements[0], end=end + timedelta(days=100))
    plan = replace(plan, elements=(beyond, plan.elements[1], outside))
    data = plan_document(
        PERSON, plan, HEADER, CONTACT, "nb", catalogue=load_catalogue(), today=date(2026, 11, 23)
    )
    assert [(e.code, e.end) for e in data.elements] == [
        ("norwegian", end),
        ("language_practice", plan.elements[1].end),
    ]


def test_plan_prints_element_names_and_end_goal_in_the_participants_language() -> None:
    plan = replace(example_plan(), end_goal=EndGoal(EndGoalType.WORK, ""))
    text = _plan_pdf_text(plan, draft=False, language="uk")
    assert "Навчання норвезької мови" in text  # Opplæring i norsk
    assert "Мовна практика" in text  # Språkpraksis
    assert "Arbeid" in text
    assert "Робота" in text


def test_certificate_of_an_ended_programme_runs_to_the_exit_and_skips_empty_rows() -> None:
    plan = example_plan(date(2026, 9, 7))
    holiday = PlanElement(
        "vacation", date(2026, 10, 5), date(2026, 10, 9), WeekHours.weekdays(Decimal(0))
    )
    later = PlanElement(
        "work_practice", date(2026, 9, 7), date(2026, 9, 30), WeekHours.weekdays(Decimal(0))
    )
    plan = replace(plan, elements=(*plan.elements, holiday, later))
    person = replace(PERSON, status=ParticipantStatus.INTERRUPTED, exit_date=date(2026, 10, 16))
    header = DocumentHeader("Eksempel kommune", date(2026, 12, 1))
    data = certificate_document(
        person, header, CONTACT, "nb", plan=plan, catalogue=load_catalogue()
    )
    assert data.course is ProgrammeCourse.ENDED_EARLY
    assert data.programme_end == date(2026, 10, 16)
    assert data.counted_until == date(2026, 10, 16)
    assert [e.code for e in data.elements] == [
        "norwegian",
        "language_practice",
        "life_skills_health",
    ]
    text = text_of(render_certificate(data))
    assert "07.09.2026–16.10.2026" in text
    assert "Ferie" not in text
    assert "avsluttet før planlagt slutt" in text


def test_certificate_while_in_programme_says_it_is_not_finished() -> None:
    header = DocumentHeader("Eksempel kommune", date(2026, 12, 1))
    data = certificate_document(
        PERSON, header, CONTACT, "nb", plan=example_plan(), catalogue=load_catalogue()
    )
    text = text_of(render_certificate(data))
    assert "Programmet er ikke ferdig" in text
    assert "Timene er regnet til og med 01.12.2026" in text
    assert "avsluttet" not in text
    assert fmt_date(example_plan().period.end) in text
