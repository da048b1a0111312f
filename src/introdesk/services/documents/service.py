"""Printed documents: from the database (participant, settings, plan, benefit) to PDF bytes.

The ``*_document`` functions (in ``plan_documents``, ``programme_documents`` and
``attendance_documents``) are pure mappings from domain values to the plain data the renderers
in ``reporting.pdf`` print; :class:`DocumentService` fetches (one read-only unit of
work per document), maps and renders. Plans and the benefit come from other services, given to
the constructor as plain callables so this module does not depend on how they are stored:

- ``plans(participant_id) -> PlanVersion | None`` (``services.plans.current_version``): the
  version says whether the plan is a draft (printed marked UTKAST, without appeal text)
- ``benefit(month, participant_ids) -> list[BenefitResult]`` (``services.benefit.compute_month``)

Without them the documents that need them raise a clear :class:`UserInputError`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date

from introdesk.core import clock
from introdesk.domain.attendance import BenefitResult
from introdesk.domain.dates import monday_of, month_start
from introdesk.domain.documents import DocumentPerson
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.domain.plan_versions import PlanVersion
from introdesk.domain.plans import Plan
from introdesk.persistence.repositories import documents as repo
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.reporting.labels import NORWEGIAN, NYNORSK, load_labels
from introdesk.reporting.pdf.data import DocumentHeader
from introdesk.rules.catalogue import load_catalogue
from introdesk.services.context import ServiceContext
from introdesk.services.documents.attendance_documents import (
    attendance_document,
    deduction_document,
)
from introdesk.services.documents.plan_documents import contract_document, plan_document
from introdesk.services.documents.programme_documents import certificate_document, decision_document
from introdesk.services.documents.shared import (
    check_language,
    contact_from,
    document_language,
    header_from_settings,
)
from introdesk.services.settings import KNOWN_SETTINGS, MunicipalitySettings

PlanLookup = Callable[[int], PlanVersion | None]
BenefitLookup = Callable[[date, list[int]], list[BenefitResult]]


# Document names on the command line and in the window, in menu order.
DOCUMENTS = ("plan", "contract", "decision", "certificate", "statement", "attendance-sheet")


@dataclass(frozen=True)
class BatchItem:
    """One participant in ``plan_batch``: the PDF, or why there is none."""

    participant_id: int
    pdf: bytes | None
    problem: str = ""
    error: UserInputError | None = None  # the problem, coded: said in the interface language


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
        settings, language = self._standard_for(language)
        header = header_from_settings(settings, clock.today())
        chosen = check_language(language) if language else document_language(person)
        return person, settings, header, chosen

    def _standard_for(self, language: str | None) -> tuple[MunicipalitySettings, str | None]:
        """The settings and the label language for ``language``: ``nn`` asks for the Norwegian
        text only, in nynorsk whatever the municipality's written standard (``nb`` keeps
        that standard: Norwegian only)."""
        settings = self.settings()
        if language != NYNORSK:
            return settings, language
        values = {**settings.values, "document_standard": NYNORSK}
        return MunicipalitySettings(values, settings.versions), NORWEGIAN

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
        settings, label_language = self._standard_for(language)
        chosen = check_language(label_language or NORWEGIAN)
        people = [self.person(pid) for pid in dict.fromkeys(participant_ids)]
        header = header_from_settings(settings, clock.today())
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
            check_language(NORWEGIAN if language == NYNORSK else language)
        if self._plans is None:
            raise UserInputError(code="documents.plans_unavailable")
        with self._ctx.database.unit_of_work(write=False) as uow:
            ids = [r.id for r in participant_repo.list_records(uow.session)]
        for participant_id in ids:
            try:
                yield BatchItem(participant_id, self.plan_pdf(participant_id, language))
            except UserInputError as error:
                yield BatchItem(participant_id, None, str(error), error)
