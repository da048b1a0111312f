"""The § 12 decision letter and the certificate (deltakerbevis): the programme period, the legal
basis and reasons for the person's regime, and the hours the plan scheduled."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, timedelta
from decimal import Decimal

from introdesk.domain.codes import ParticipantStatus, Regime
from introdesk.domain.documents import DocumentPerson
from introdesk.domain.errors import Coded, UserInputError
from introdesk.domain.plans import DurationGroup, EndGoal, EndGoalType, Plan
from introdesk.domain.plans import PlanElement as DomainElement
from introdesk.reporting.pdf.data import (
    CertificateData,
    CompletedElement,
    ContactPerson,
    DecisionLetterData,
    DocumentHeader,
    ProgrammeCourse,
)
from introdesk.rules.catalogue import ElementType
from introdesk.rules.durations import allowed_end_date
from introdesk.rules.tables import load_table
from introdesk.services.documents.shared import element_name, end_goal_key, end_goal_text

LEGAL_BASIS: dict[Regime, str] = {
    Regime.INTEGRATION_ACT: "integreringsloven § 12",
    Regime.INTRODUCTION_ACT: "introduksjonsloven § 2",
    Regime.CHAPTER_6A: "integreringsloven kapittel 6A",
}
LEGAL_BASIS_NN: dict[Regime, str] = {
    Regime.INTEGRATION_ACT: "integreringslova § 12",
    Regime.INTRODUCTION_ACT: "introduksjonslova § 2",
    Regime.CHAPTER_6A: "integreringslova kapittel 6A",
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


REASONS_NN: dict[Regime, str] = {
    Regime.INTEGRATION_ACT: (
        "Du har rett og plikt til introduksjonsprogram etter integreringslova § 8. "
        "Programmet byggjer på kartlegginga av kompetansen din og karriererettleiinga, "
        "og innhaldet står i integreringsplanen din."
    ),
    Regime.INTRODUCTION_ACT: (
        "Du har rett og plikt til introduksjonsprogram etter introduksjonslova § 2. "
        "Innhaldet i programmet står i den individuelle planen din."
    ),
    Regime.CHAPTER_6A: (
        "Du har kollektivt vern og rett til introduksjonsprogram etter "
        "integreringslova kapittel 6A. Innhaldet står i integreringsplanen din."
    ),
}


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
        what = (
            "both"
            if decided is None and begins is None
            else "decision_date"
            if decided is None
            else "programme_start"
        )
        raise UserInputError(
            code="documents.decision_needs", missing=Coded.of(f"documents.missing.{what}")
        )
    start = plan.start if plan is not None else begins
    end = plan.period.end if plan is not None else ordinary_end(person, start)
    nynorsk = header.written_standard == "nn"
    return DecisionLetterData(
        header=header,
        participant_name=person.full_name,
        language=language,
        address_lines=address_lines(person.address),
        case_number=f"{decided.year}/{person.id:05d}",
        decision_date=decided,
        programme_start=start,
        programme_end=end,
        end_goal=end_goal_text(
            plan.end_goal if plan is not None else None, header.written_standard
        ),
        end_goal_key=end_goal_key(plan.end_goal if plan is not None else None),
        reasons=(REASONS_NN if nynorsk else REASONS_NB)[person.regime],
        case_officer=officer,
        legal_basis=(LEGAL_BASIS_NN if nynorsk else LEGAL_BASIS)[person.regime],
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
                name=element_name(element.code, names, header.written_standard),
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
        end_goal=end_goal_text(plan.end_goal, header.written_standard) if plan is not None else "",
        end_goal_key=end_goal_key(plan.end_goal) if plan is not None else "",
        signed_by=signer,
    )
