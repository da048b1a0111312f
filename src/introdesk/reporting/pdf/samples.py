"""Synthetic example data for every document: previews, tests, benchmarks. No real person."""

from __future__ import annotations

from datetime import date, time, timedelta
from decimal import Decimal

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.reporting.pdf.data import (
    AttendanceSheetData,
    CertificateData,
    CompletedElement,
    ContactPerson,
    ContractData,
    DecisionLetterData,
    DeductionLine,
    DeductionStatementData,
    DocumentHeader,
    IntegrationPlanData,
    LanguageGoal,
    PlanElement,
    ProgrammeCourse,
    TimetableSlot,
)

SAMPLE_HEADER = DocumentHeader(
    municipality="Eksempel kommune", printed_on=date(2026, 11, 23), unit="Introsenteret"
)
SAMPLE_CONTACT = ContactPerson(
    name="Åse Bjørnstad Følling", role="Programrådgiver", phone="987 65 432", email="ase@example.no"
)
SAMPLE_NAMES = {
    "nb": "Kari Øvrebø Ærlig",
    "en": "Sam Example",
    "ar": "Amira Haddad",
    "prs": "Farid Ahmadi",
    "ti": "Selam Tesfay",
    "so": "Hodan Cabdi Warsame",
    "uk": "Олена Коваленко",
}


def sample_plan(language: str = "nb", *, name: str | None = None) -> IntegrationPlanData:
    start = date(2026, 9, 1)
    norwegian = "Norskopplæring og samfunnskunnskap"
    practice = "Språkpraksis i barnehage"
    life_skills = "Livsmestring i et nytt land"
    morning, noon, afternoon = time(8, 30), time(11, 30), time(14, 30)
    slots = [TimetableSlot(day, morning, noon, norwegian) for day in range(5)]
    slots += [TimetableSlot(day, time(12, 0), afternoon, practice) for day in (0, 1, 3)]
    slots += [TimetableSlot(2, time(12, 0), time(14, 0), life_skills)]
    return IntegrationPlanData(
        header=SAMPLE_HEADER,
        participant_name=name or SAMPLE_NAMES.get(language, "Sam Example"),
        language=language,
        birth_date=date(1994, 3, 17),
        period_start=start,
        period_end=date(2028, 8, 31),
        end_goal="Fast jobb som barne- og ungdomsarbeider, med fagbrev innen utgangen av 2028.",
        long_term_goal="Egen barnehageavdeling og god norsk i hverdagen.",
        norwegian_goals=(
            LanguageGoal(SubSkill.LISTENING, CefrLevel.B1),
            LanguageGoal(SubSkill.READING, CefrLevel.B1),
            LanguageGoal(SubSkill.WRITING, CefrLevel.A2),
            LanguageGoal(SubSkill.ORAL, CefrLevel.B1),
        ),
        elements=(
            PlanElement(norwegian, start, date(2027, 8, 31), Decimal("15"), "Voksenopplæringa"),
            PlanElement(practice, date(2026, 10, 1), date(2027, 6, 30), Decimal("7.5"), "", True),
            PlanElement(life_skills, start, date(2026, 12, 18), Decimal("2")),
            PlanElement(
                "Foreldreveiledning (ICDP)", date(2027, 1, 4), date(2027, 3, 26), Decimal(2)
            ),
        ),
        timetable=tuple(slots),
        contact=SAMPLE_CONTACT,
    )


def sample_contract(language: str = "nb") -> ContractData:
    plan = sample_plan(language)
    return ContractData(
        header=SAMPLE_HEADER,
        participant_name=plan.participant_name,
        language=language,
        period_start=plan.period_start,
        period_end=plan.period_end,
        long_term_goal=plan.long_term_goal,
        end_goal=plan.end_goal,
        extra_agreements=("Deltakeren får buss-kort for reise til språkpraksis.",),
        contact=SAMPLE_CONTACT,
        birth_date=plan.birth_date,
    )


def sample_decision(language: str = "nb") -> DecisionLetterData:
    plan = sample_plan(language)
    return DecisionLetterData(
        header=SAMPLE_HEADER,
        participant_name=plan.participant_name,
        language=language,
        address_lines=("Storgata 1 B", "1234 Eksempelby"),
        case_number="2026/01234",
        decision_date=date(2026, 8, 14),
        programme_start=plan.period_start,
        programme_end=plan.period_end,
        end_goal=plan.end_goal,
        reasons=(
            "Du er bosatt i kommunen etter avtale med IMDi og har rett og plikt til "
            "introduksjonsprogram. Kartleggingen og karriereveiledningen viser at du ønsker "
            "å jobbe med barn."
        ),
        case_officer=SAMPLE_CONTACT,
        birth_date=plan.birth_date,
    )


def sample_deduction(language: str = "nb") -> DeductionStatementData:
    rate = Decimal("147.62")  # 2 G / 1 850 from 1.5.2026 (brief §3.2), rounded for display
    lines = (
        DeductionLine(date(2026, 10, 6), Decimal("3"), rate, Decimal("442.86"), "invalid"),
        DeductionLine(date(2026, 10, 14), Decimal("6"), rate, Decimal("885.72"), "invalid"),
        DeductionLine(date(2026, 10, 22), Decimal("1.5"), rate, Decimal("221.43"), "unpaid_leave"),
    )
    total = sum((line.amount for line in lines), Decimal(0))
    gross = Decimal("22758.17")
    return DeductionStatementData(
        header=SAMPLE_HEADER,
        participant_name=SAMPLE_NAMES.get(language, "Sam Example"),
        language=language,
        month=date(2026, 10, 1),
        lines=lines,
        total_hours=sum((line.hours for line in lines), Decimal(0)),
        total_amount=total,
        gross_benefit=gross,
        net_benefit=gross - total,
        contact=SAMPLE_CONTACT,
    )


def sample_certificate(
    language: str = "nb", *, course: ProgrammeCourse = ProgrammeCourse.COMPLETED
) -> CertificateData:
    plan = sample_plan(language)
    return CertificateData(
        header=SAMPLE_HEADER,
        participant_name=plan.participant_name,
        language=language,
        programme_start=plan.period_start,
        programme_end=plan.period_end,
        course=course,
        elements=(
            CompletedElement("Norskopplæring", Decimal("1160"), code="norwegian"),
            CompletedElement("Samfunnskunnskap", Decimal("75"), code="social_studies"),
            CompletedElement("Livsmestring i et nytt land", Decimal("25")),
            CompletedElement("Språkpraksis i barnehage", Decimal("540")),
        ),
        norwegian_results=plan.norwegian_goals,
        end_goal=plan.end_goal,
        birth_date=plan.birth_date,
        signed_by=SAMPLE_CONTACT,
    )


def sample_attendance(participants: int = 14) -> AttendanceSheetData:
    monday = date(2026, 12, 21)
    names = [f"Deltaker {i:02d} Ørnes" for i in range(1, participants + 1)]
    return AttendanceSheetData(
        header=SAMPLE_HEADER,
        group_name="Norsk B1 morgen",
        week_monday=monday,
        participants=tuple(names),
        teacher="Bjørn Æsøy",
        closed_days=(monday + timedelta(days=4),),  # 25 December
    )
