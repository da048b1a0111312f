"""Printed documents: from the database (participant, settings, plan, benefit) to PDF bytes.

The ``*_document`` functions are pure mappings from domain values to the plain data the
renderers in ``reporting.pdf`` print; :class:`DocumentService` fetches (one read-only unit of
work per document), maps and renders. Plans and the benefit come from other services, given to
the constructor as plain callables so this module does not depend on how they are stored:

- ``plans(participant_id) -> PlanVersion | None`` (``services.plans.current_version``): the
  version says whether the plan is a draft (printed marked UTKAST, without appeal text)
- ``benefit(month, participant_ids) -> list[BenefitResult]`` (``services.benefit.compute_month``)

Without them the documents that need them raise a clear :class:`UserInputError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from introdesk.core import clock
from introdesk.domain.attendance import BenefitLineKind, BenefitResult
from introdesk.domain.codes import ParticipantStatus, Regime
from introdesk.domain.dates import monday_of, month_start
from introdesk.domain.documents import DocumentPerson
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.domain.plan_versions import PlanVersion
from introdesk.domain.plans import DurationGroup, EndGoal, EndGoalType, NorwegianGoal, Plan
from introdesk.domain.plans import PlanElement as DomainElement
from introdesk.persistence.repositories import documents as repo
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.reporting.labels import NORWEGIAN, load_labels
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
    StatementAdjustment,
    TimetableSlot,
)
from introdesk.reporting.pdf.formatting import fmt_date
from introdesk.rules.catalogue import ElementCategory, ElementType, load_catalogue
from introdesk.rules.durations import allowed_end_date
from introdesk.rules.plan_calendar import norwegian_public_holidays
from introdesk.rules.tables import load_table
from introdesk.services.context import ServiceContext
from introdesk.services.settings import KNOWN_SETTINGS, MunicipalitySettings

PlanLookup = Callable[[int], PlanVersion | None]
BenefitLookup = Callable[[date, list[int]], list[BenefitResult]]


# Document names on the command line and in the window, in menu order.
DOCUMENTS = ("plan", "contract", "decision", "certificate", "statement", "attendance-sheet")

# Free-text language names (as typed in the participant record) → label catalogue code.
LANGUAGE_ALIASES: dict[str, str] = {
    **dict.fromkeys(["nb", "no", "nob", "norsk", "norwegian", "bokmål", "bokmal"], "nb"),
    **dict.fromkeys(["en", "eng", "english", "engelsk"], "en"),
    **dict.fromkeys(["ar", "ara", "arabic", "arabisk", "العربية"], "ar"),
    **dict.fromkeys(
        ["prs", "fa-af", "dari", "persian", "persisk", "farsi", "fa", "fas", "دری"], "prs"
    ),
    **dict.fromkeys(["ti", "tir", "tigrinya", "tigrinja", "ትግርኛ"], "ti"),
    **dict.fromkeys(["so", "som", "somali", "somalisk", "soomaali"], "so"),
    **dict.fromkeys(["uk", "ukr", "ukrainian", "ukrainsk", "українська"], "uk"),
}

END_GOAL_NB: dict[EndGoalType, str] = {
    EndGoalType.WORK: "Arbeid",
    EndGoalType.UPPER_SECONDARY: "Fullført videregående opplæring",
    EndGoalType.HIGHER_EDUCATION: "Høyere utdanning",
    EndGoalType.PRIMARY_SCHOOL: "Fullført grunnskole",
    EndGoalType.OTHER: "Annet mål",
}
NOT_SET_NB = "Fastsettes i integreringsplanen"

LEGAL_BASIS: dict[Regime, str] = {
    Regime.INTEGRATION_ACT: "integreringsloven § 12",
    Regime.INTRODUCTION_ACT: "introduksjonsloven § 2",
    Regime.CHAPTER_6A: "integreringsloven kapittel 6A",
}
REASONS_NB: dict[Regime, str] = {
    Regime.INTEGRATION_ACT: (
        "Du har rett og plikt til introduksjonsprogram etter integreringsloven § 8. "
        "Programmet bygger på kartleggingen av kompetansen din og karriereveiledningen, "
        "og innholdet står i integreringsplanen din."
    ),
    Regime.INTRODUCTION_ACT: (
        "Du har rett og plikt til introduksjonsprogram etter introduksjonsloven § 2. "
        "Innholdet i programmet står i den individuelle planen din."
    ),
    Regime.CHAPTER_6A: (
        "Du har kollektiv beskyttelse og rett til introduksjonsprogram etter "
        "integreringsloven kapittel 6A. Innholdet står i integreringsplanen din."
    ),
}

DAY_STARTS_AT = time(8, 30)
DAY_ENDS_BY = time(22, 0)


# --- pure mappings -------------------------------------------------------------------------


def language_code(text: str) -> str | None:
    """The catalogue code for a language as typed in a record (``"Arabisk"`` → ``"ar"``)."""
    return LANGUAGE_ALIASES.get(text.strip().casefold())


def document_language(person: DocumentPerson) -> str:
    """The participant's language for the labels beside the Norwegian: the interpreter
    language, else the mother tongue, else Norwegian only."""
    for text in (person.interpreter_language, person.mother_tongue):
        code = language_code(text)
        if code is not None:
            return code
    return NORWEGIAN


def check_language(code: str) -> str:
    """A catalogue language code, or a UserInputError naming the codes there are."""
    languages = load_labels().languages
    if code not in languages:
        raise UserInputError(
            code="documents.unknown_language", language=repr(code), choices=", ".join(languages)
        )
    return code


def header_from_settings(settings: MunicipalitySettings, printed_on: date) -> DocumentHeader:
    """Municipality name, logo and unit from the shared settings; the name is required."""
    values = {**KNOWN_SETTINGS, **settings.values}
    name = values["municipality_name"].strip()
    if not name:
        raise UserInputError(code="documents.no_municipality")
    return DocumentHeader(
        municipality=name,
        printed_on=printed_on,
        logo_path=values["logo_path"].strip() or None,
        unit=values["unit_name"].strip(),
    )


def contact_from(person: DocumentPerson, settings: MunicipalitySettings) -> ContactPerson:
    """The participant's adviser, reached through the unit's phone (advisers have no phone
    field) and the adviser's e-mail, else the unit's."""
    values = {**KNOWN_SETTINGS, **settings.values}
    return ContactPerson(
        name=person.adviser_name or values["unit_name"] or values["municipality_name"],
        role="Programrådgiver" if person.adviser_name else "",
        phone=values["contact_phone"].strip(),
        email=person.adviser_email or values["contact_email"].strip(),
    )


def end_goal_text(goal: EndGoal | None) -> str:
    if goal is None:
        return NOT_SET_NB
    return goal.text.strip() or END_GOAL_NB[goal.type]


def end_goal_key(goal: EndGoal | None) -> str:
    """The label key of the end goal's kind: printed in both languages beside the free text."""
    return "end_goal.not_set" if goal is None else f"end_goal.{goal.type.value}"


def language_goals(goal: NorwegianGoal | None) -> tuple[LanguageGoal, ...]:
    if goal is None:
        return ()
    return tuple(LanguageGoal(skill, level) for skill, level in goal.levels)


def element_name(code: str, catalogue: Mapping[str, ElementType]) -> str:
    found = catalogue.get(code)
    return found.name_nb if found is not None else code


def plan_elements(plan: Plan, catalogue: Mapping[str, ElementType]) -> tuple[PlanElement, ...]:
    """The elements as printed: each cut to the plan period, one wholly outside it left out.
    The paper must never promise an activity the plan period does not cover."""
    period = plan.period
    rows = []
    for element in plan.elements:
        kind = catalogue.get(element.code)
        start, end = max(element.start, period.start), min(element.end, period.end)
        if start > end:
            continue
        rows.append(
            PlanElement(
                name=element_name(element.code, catalogue),
                code=element.code,
                start=start,
                end=end,
                hours_per_week=element.hours.total,
                provider=element.note.strip(),
                work_oriented=kind is not None and kind.category is ElementCategory.WORK_ORIENTED,
            )
        )
    return tuple(rows)


def _add_minutes(moment: time, minutes: int) -> time:
    return (datetime.combine(date(2000, 1, 1), moment) + timedelta(minutes=minutes)).time()


def week_timetable(
    elements: Sequence[DomainElement], catalogue: Mapping[str, ElementType], monday: date
) -> tuple[TimetableSlot, ...]:
    """A normal week drawn from the weekly hours: each weekday's active elements one after the
    other from 08.30, in plan order, each block as long as its counted hours (rounded to a
    quarter). The plan has hours per weekday, not clock times, so the grid shows the order and
    size of the day's blocks, not exact times."""
    slots: list[TimetableSlot] = []
    for weekday in range(5):
        day = monday + timedelta(days=weekday)
        start = DAY_STARTS_AT
        for element in elements:
            hours = element.hours.on(day)
            if not element.is_active_on(day) or hours <= 0:
                continue
            minutes = int((hours * 4).to_integral_value()) * 15
            if minutes <= 0:
                continue
            latest = (DAY_ENDS_BY.hour * 60 + DAY_ENDS_BY.minute) - (start.hour * 60 + start.minute)
            minutes = min(minutes, latest)
            if minutes <= 0:
                break
            end = _add_minutes(start, minutes)
            slots.append(TimetableSlot(weekday, start, end, element_name(element.code, catalogue)))
            start = end
    return tuple(slots)


def typical_week(plan: Plan, today: date) -> date:
    """The Monday of the week to draw: this week when it falls in the plan, else the first
    week (from the plan's start, then each element's start) that has any hours."""
    clamped = min(max(today, plan.start), plan.planned_end)
    for candidate in (clamped, plan.start, *(e.start for e in plan.elements)):
        monday = monday_of(candidate)
        if any(
            e.is_active_on(monday + timedelta(days=i)) and e.hours.on(monday + timedelta(days=i))
            for e in plan.elements
            for i in range(5)
        ):
            return monday
    return monday_of(clamped)


def plan_document(
    person: DocumentPerson,
    plan: Plan,
    header: DocumentHeader,
    contact: ContactPerson,
    language: str,
    *,
    catalogue: Mapping[str, ElementType],
    today: date,
    draft: bool = False,
) -> IntegrationPlanData:
    period = plan.period
    return IntegrationPlanData(
        header=header,
        participant_name=person.full_name,
        language=language,
        birth_date=person.birth_date,
        period_start=period.start,
        period_end=period.end,
        end_goal=end_goal_text(plan.end_goal),
        end_goal_key=end_goal_key(plan.end_goal),
        long_term_goal=plan.long_term_goal.strip(),
        norwegian_goals=language_goals(plan.norwegian_goal),
        elements=plan_elements(plan, catalogue),
        timetable=week_timetable(plan.elements, catalogue, typical_week(plan, today)),
        contact=contact,
        draft=draft,
    )


def contract_document(
    person: DocumentPerson,
    plan: Plan,
    header: DocumentHeader,
    contact: ContactPerson,
    language: str,
) -> ContractData:
    period = plan.period
    return ContractData(
        header=header,
        participant_name=person.full_name,
        language=language,
        birth_date=person.birth_date,
        period_start=period.start,
        period_end=period.end,
        long_term_goal=plan.long_term_goal.strip() or NOT_SET_NB,
        end_goal=end_goal_text(plan.end_goal) if plan.end_goal is not None else "",
        end_goal_key=end_goal_key(plan.end_goal) if plan.end_goal is not None else "",
        contact=contact,
    )


def ordinary_end(person: DocumentPerson, start: date, goal: EndGoal | None = None) -> date:
    """The last day of the ordinary programme period for this person (brief §1.4 table)."""
    if person.upper_secondary_or_higher:
        group = DurationGroup.UPPER_SECONDARY_OR_HIGHER
    elif goal is not None and goal.type is EndGoalType.UPPER_SECONDARY:
        group = DurationGroup.UPPER_SECONDARY_GOAL
    else:
        group = DurationGroup.OTHER
    return allowed_end_date(start, person.regime, group, load_table("plan_durations"))


def address_lines(address: str) -> tuple[str, ...]:
    parts = address.replace("\r", "").replace(",", "\n").split("\n")
    return tuple(part.strip() for part in parts if part.strip())


def decision_document(
    person: DocumentPerson,
    header: DocumentHeader,
    officer: ContactPerson,
    language: str,
    *,
    plan: Plan | None = None,
) -> DecisionLetterData:
    """The § 12 decision. Needs the decision date and the programme start; the period is the
    plan's when there is one, else the ordinary period for the person's group."""
    decided, begins = person.decision_date, person.programme_start
    if decided is None or begins is None:
        missing = [
            label
            for label, value in (("decision date", decided), ("programme start", begins))
            if value is None
        ]
        raise UserInputError(code="documents.decision_needs", missing=" or ".join(missing))
    start = plan.start if plan is not None else begins
    end = plan.period.end if plan is not None else ordinary_end(person, start)
    return DecisionLetterData(
        header=header,
        participant_name=person.full_name,
        language=language,
        address_lines=address_lines(person.address),
        case_number=f"{decided.year}/{person.id:05d}",
        decision_date=decided,
        programme_start=start,
        programme_end=end,
        end_goal=end_goal_text(plan.end_goal if plan is not None else None),
        end_goal_key=end_goal_key(plan.end_goal if plan is not None else None),
        reasons=REASONS_NB[person.regime],
        case_officer=officer,
        legal_basis=LEGAL_BASIS[person.regime],
        birth_date=person.birth_date,
    )


def planned_hours(element: DomainElement, until: date) -> Decimal:
    """Counted hours the plan scheduled for an element up to and including ``until``."""
    last = min(element.end, until)
    total = Decimal(0)
    day = element.start
    while day <= last:
        total += element.hours.on(day)
        day += timedelta(days=1)
    return total


def programme_course(person: DocumentPerson) -> ProgrammeCourse:
    """Completed, ended early (stopped or interrupted), or still running."""
    if person.status is ParticipantStatus.COMPLETED:
        return ProgrammeCourse.COMPLETED
    if person.status in (ParticipantStatus.STOPPED, ParticipantStatus.INTERRUPTED):
        return ProgrammeCourse.ENDED_EARLY
    return ProgrammeCourse.IN_PROGRESS


def certificate_document(
    person: DocumentPerson,
    header: DocumentHeader,
    signer: ContactPerson,
    language: str,
    *,
    plan: Plan | None = None,
    catalogue: Mapping[str, ElementType] | None = None,
) -> CertificateData:
    """Deltakerbevis. While the programme runs it says so and gives the planned end; once it
    has ended the period runs to the day it ended (the exit date in the status history, else
    the plan's end). The content lists the plan's elements with the hours scheduled up to then
    (attendance is not subtracted), leaving out holidays and elements without hours."""
    if person.programme_start is None:
        raise UserInputError(code="documents.certificate_needs_start")
    start = person.programme_start
    course = programme_course(person)
    planned_end = plan.period.end if plan is not None else None
    if course is ProgrammeCourse.IN_PROGRESS:
        until = header.printed_on
        end = planned_end if planned_end is not None else header.printed_on
    else:
        end = person.exit_date or planned_end or header.printed_on
        until = end
    if planned_end is not None:
        until = min(until, planned_end)
    names = catalogue if catalogue is not None else {}
    elements: list[CompletedElement] = []
    for element in plan.elements if plan is not None else ():
        kind = names.get(element.code)
        if element.start > until or (kind is not None and kind.is_vacation):
            continue
        hours = planned_hours(element, until)
        if hours <= 0:
            continue
        elements.append(
            CompletedElement(
                name=element_name(element.code, names),
                code=element.code,
                hours=hours,
                start=element.start,
                end=min(element.end, until),
            )
        )
    return CertificateData(
        header=header,
        participant_name=person.full_name,
        language=language,
        birth_date=person.birth_date,
        programme_start=start,
        programme_end=max(start, end),
        course=course,
        counted_until=until,
        elements=tuple(elements),
        norwegian_results=(),  # results come from the language tests, not the plan's goals
        end_goal=end_goal_text(plan.end_goal) if plan is not None else "",
        end_goal_key=end_goal_key(plan.end_goal) if plan is not None else "",
        signed_by=signer,
    )


def statement_notes(result: BenefitResult) -> tuple[str, ...]:
    """Norwegian remarks the participant must see: a month with unregistered planned days is
    provisional; a deduction at or above the threshold needs its own decision (brief §3.3)."""
    notes = []
    missing = result.missing_registration_days
    if missing:
        days = ", ".join(fmt_date(day) for day in missing[:10]) + (
            " …" if len(missing) > 10 else ""
        )
        count = "1 planlagt dag" if len(missing) == 1 else f"{len(missing)} planlagte dager"
        notes.append(
            f"Foreløpig oppstilling: oppmøte er ikke registrert for {count} ({days}). "
            "Beløpene kan endre seg."
        )
    if result.decision_required:
        notes.append(
            "Trekket er så stort at kommunen gjør et eget vedtak om det. Du får vedtaket "
            "skriftlig og kan klage på det."
        )
    return tuple(notes)


def deduction_document(
    person: DocumentPerson,
    result: BenefitResult,
    header: DocumentHeader,
    contact: ContactPerson,
    language: str,
) -> DeductionStatementData:
    """The benefit engine's month, line by line: base lines make the gross, absence deductions
    are the table, every other line (other benefits, corrections) is listed after it."""
    lines = []
    others = []
    gross = Decimal("0.00")
    for line in result.lines:
        if line.kind is BenefitLineKind.BASE:
            gross += line.amount
        elif line.kind is BenefitLineKind.DEDUCTION:
            lines.append(
                DeductionLine(
                    day=line.start,
                    hours=line.hours if line.hours is not None else Decimal(0),
                    hourly_rate=line.rate if line.rate is not None else Decimal(0),
                    amount=-line.amount,
                    code=line.code or "invalid",
                    calculation=line.explanation,
                )
            )
        else:
            others.append(StatementAdjustment(line.start, line.end, line.explanation, line.amount))
    return DeductionStatementData(
        header=header,
        participant_name=person.full_name,
        language=language,
        notes=statement_notes(result),
        month=result.month,
        lines=tuple(lines),
        total_hours=sum((line.hours for line in lines), Decimal(0)),
        total_amount=sum((line.amount for line in lines), Decimal(0)),
        gross_benefit=gross,
        net_benefit=result.net,
        contact=contact,
        other_lines=tuple(others),
    )


def attendance_document(
    names: Sequence[str],
    header: DocumentHeader,
    week_monday: date,
    *,
    group_name: str,
    teacher: str = "",
    language: str = NORWEGIAN,
) -> AttendanceSheetData:
    days = {week_monday + timedelta(days=i) for i in range(5)}
    holidays = norwegian_public_holidays({day.year for day in days})
    return AttendanceSheetData(
        header=header,
        group_name=group_name,
        week_monday=week_monday,
        participants=tuple(names),
        teacher=teacher,
        language=language,
        closed_days=tuple(sorted(days & holidays)),
    )


# --- the service -----------------------------------------------------------------------------


@dataclass(frozen=True)
class BatchItem:
    """One participant in ``plan_batch``: the PDF, or why there is none."""

    participant_id: int
    pdf: bytes | None
    problem: str = ""


class DocumentService:
    """Participant documents as PDF. Each renderer (and with it ReportLab) is imported inside
    the method that prints, so commands and the window that print nothing start without it."""

    def __init__(
        self,
        context: ServiceContext,
        plans: PlanLookup | None = None,
        benefit: BenefitLookup | None = None,
    ) -> None:
        self._ctx = context
        self._plans = plans
        self._benefit = benefit

    # -- reading --------------------------------------------------------------------------
    def person(self, participant_id: int) -> DocumentPerson:
        with self._ctx.database.unit_of_work(write=False) as uow:
            person = repo.document_person(uow.session, participant_id)
        if person is None:
            raise NotFoundError(code="participants.not_found", id=participant_id)
        return person

    def settings(self) -> MunicipalitySettings:
        with self._ctx.database.unit_of_work(write=False) as uow:
            stored = settings_repo.get_all(uow.session)
        return MunicipalitySettings({**KNOWN_SETTINGS, **stored})

    def languages(self) -> list[tuple[str, str]]:
        """``(code, own name)`` of every language the document labels exist in."""
        return [(info.code, info.name) for info in load_labels().languages.values()]

    def default_language(self, participant_id: int) -> str:
        return document_language(self.person(participant_id))

    def _frame(
        self, participant_id: int, language: str | None
    ) -> tuple[DocumentPerson, MunicipalitySettings, DocumentHeader, str]:
        person = self.person(participant_id)
        settings = self.settings()
        header = header_from_settings(settings, clock.today())
        chosen = check_language(language) if language else document_language(person)
        return person, settings, header, chosen

    def _version(self, participant_id: int) -> PlanVersion:
        if self._plans is None:
            raise UserInputError(code="documents.plans_unavailable")
        version = self._plans(participant_id)
        if version is None:
            raise UserInputError(code="documents.no_plan")
        return version

    def _plan(self, participant_id: int) -> Plan:
        return self._version(participant_id).plan

    def _optional_plan(self, participant_id: int) -> Plan | None:
        version = self._plans(participant_id) if self._plans is not None else None
        return version.plan if version is not None else None

    # -- documents ------------------------------------------------------------------------
    def plan_pdf(self, participant_id: int, language: str | None = None) -> bytes:
        person, settings, header, chosen = self._frame(participant_id, language)
        version = self._version(participant_id)
        data = plan_document(
            person,
            version.plan,
            header,
            contact_from(person, settings),
            chosen,
            catalogue=load_catalogue(),
            today=clock.today(),
            draft=not version.is_signed,
        )
        from introdesk.reporting.pdf.integration_plan import (
            render_integration_plan,
        )

        return render_integration_plan(data)

    def contract_pdf(self, participant_id: int, language: str | None = None) -> bytes:
        person, settings, header, chosen = self._frame(participant_id, language)
        plan = self._plan(participant_id)
        from introdesk.reporting.pdf.contract import render_contract

        return render_contract(
            contract_document(person, plan, header, contact_from(person, settings), chosen)
        )

    def decision_letter_pdf(self, participant_id: int, language: str | None = None) -> bytes:
        person, settings, header, chosen = self._frame(participant_id, language)
        data = decision_document(
            person,
            header,
            contact_from(person, settings),
            chosen,
            plan=self._optional_plan(participant_id),
        )
        from introdesk.reporting.pdf.decision_letter import (
            render_decision_letter,
        )

        return render_decision_letter(data)

    def certificate_pdf(self, participant_id: int, language: str | None = None) -> bytes:
        person, settings, header, chosen = self._frame(participant_id, language)
        data = certificate_document(
            person,
            header,
            contact_from(person, settings),
            chosen,
            plan=self._optional_plan(participant_id),
            catalogue=load_catalogue(),
        )
        from introdesk.reporting.pdf.certificate import (
            render_certificate,
        )

        return render_certificate(data)

    def deduction_statement_pdf(
        self, participant_id: int, month: date, language: str | None = None
    ) -> bytes:
        person, settings, header, chosen = self._frame(participant_id, language)
        if self._benefit is None:
            raise UserInputError(code="documents.benefit_unavailable")
        first = month_start(month)
        results = [
            r for r in self._benefit(first, [participant_id]) if r.participant_id == person.id
        ]
        if not results:
            raise UserInputError(code="documents.no_benefit_month", month=f"{first:%Y-%m}")
        from introdesk.reporting.pdf.deduction_statement import (
            render_deduction_statement,
        )

        return render_deduction_statement(
            deduction_document(person, results[0], header, contact_from(person, settings), chosen)
        )

    def attendance_sheet_pdf(
        self,
        participant_ids: Sequence[int],
        week: date,
        *,
        group_name: str = "",
        teacher: str = "",
        language: str = NORWEGIAN,
    ) -> bytes:
        """The sign-in sheet for the week containing ``week``, participants sorted by name."""
        if not participant_ids:
            raise UserInputError(code="documents.sheet_needs_people")
        chosen = check_language(language)
        people = [self.person(pid) for pid in dict.fromkeys(participant_ids)]
        header = header_from_settings(self.settings(), clock.today())
        people.sort(key=lambda p: (p.family_name.casefold(), p.given_name.casefold(), p.id))
        data = attendance_document(
            [f"{p.family_name}, {p.given_name}" for p in people],
            header,
            monday_of(week),
            group_name=group_name or "Gruppe",
            teacher=teacher,
            language=chosen,
        )
        from introdesk.reporting.pdf.attendance_sheet import (
            render_attendance_sheet,
        )

        return render_attendance_sheet(data)

    def render(
        self, name: str, participant_id: int, language: str | None = None, month: date | None = None
    ) -> bytes:
        """Any participant document by its name in :data:`DOCUMENTS`."""
        if name == "plan":
            return self.plan_pdf(participant_id, language)
        if name == "contract":
            return self.contract_pdf(participant_id, language)
        if name == "decision":
            return self.decision_letter_pdf(participant_id, language)
        if name == "certificate":
            return self.certificate_pdf(participant_id, language)
        if name == "statement":
            if month is None:
                raise UserInputError(code="documents.statement_needs_month")
            return self.deduction_statement_pdf(participant_id, month, language)
        if name == "attendance-sheet":
            return self.attendance_sheet_pdf(
                [participant_id], month or clock.today(), language=language or NORWEGIAN
            )
        raise UserInputError(
            code="documents.unknown_document", name=repr(name), choices=", ".join(DOCUMENTS)
        )

    def plan_batch(self, language: str | None = None) -> Iterator[BatchItem]:
        """Every current participant's plan, one at a time (for ``plans pdf --all``).
        Participants without a plan come back with the reason instead of a PDF."""
        if language:
            check_language(language)
        if self._plans is None:
            raise UserInputError(code="documents.plans_unavailable")
        with self._ctx.database.unit_of_work(write=False) as uow:
            ids = [r.id for r in participant_repo.list_records(uow.session)]
        for participant_id in ids:
            try:
                yield BatchItem(participant_id, self.plan_pdf(participant_id, language))
            except UserInputError as error:
                yield BatchItem(participant_id, None, str(error))
