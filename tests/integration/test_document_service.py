"""Documents from the database: participant + settings → PDF, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
import unicodedata
from datetime import date

import pypdf
import pytest

from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import NotFoundError, UserInputError
from introdesk.domain.records import NewParticipant
from introdesk.persistence.models import ParticipantRow
from introdesk.services.container import Services
from introdesk.services.document_samples import EXAMPLE_END_GOAL, store_example_plan
from introdesk.services.documents import DocumentService


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).replace("\xa0", " ").split())


def _participant(services: Services, **row_values: object) -> int:
    services.settings.save(
        {
            "municipality_name": "Eksempel kommune",
            "unit_name": "Introsenteret",
            "contact_phone": "22 33 44 55",
        }
    )
    adviser = services.settings.add_adviser("aase", "Åse Følling", "ase@example.no")
    created = services.participants.create(
        NewParticipant(
            "Amira",
            "Haddad",
            date(1994, 3, 17),
            status=ParticipantStatus.IN_PROGRAMME,
            adviser_id=adviser.id,
        )
    )
    with services.database.unit_of_work() as uow:
        row = uow.session.get(ParticipantRow, created.id)
        assert row is not None
        for name, value in row_values.items():
            setattr(row, name, value)
        uow.commit()
    return created.id


DECIDED = {
    "decision_date": date(2026, 8, 14),
    "programme_start": date(2026, 9, 7),
    "address": "Storgata 1 B\n1234 Eksempelby",
    "mother_tongue": "Arabisk",
}


def test_decision_letter_from_the_database(services: Services) -> None:
    pid = _participant(services, **DECIDED)
    text = text_of(services.documents.decision_letter_pdf(pid))
    for expected in (
        "Amira Haddad",
        "Storgata 1 B",
        "Eksempel kommune",
        "Introsenteret",
        "07.09.2026–06.09.2028",
        "Åse Følling",
        "22 33 44 55",
        "integreringsloven § 12",
        "Statsforvalteren",
        "Side 1 av",
    ):
        assert expected in text, expected
    assert "قرار" in text  # Arabic labels beside the Norwegian (mother tongue Arabic)


def test_certificate_from_the_database_in_a_chosen_language(services: Services) -> None:
    pid = _participant(services, **DECIDED)
    text = text_of(services.documents.certificate_pdf(pid, "uk"))
    assert "Amira Haddad" in text
    assert "Deltakerbevis" in text
    assert "07.09.2026" in text
    assert "Eksempel kommune" in text


def test_the_plan_document_prints_the_stored_plan(services: Services) -> None:
    pid = _participant(services, **DECIDED)
    with pytest.raises(UserInputError, match="no plan yet"):
        services.documents.plan_pdf(pid)
    store_example_plan(services.plans, pid)
    text = text_of(services.documents.plan_pdf(pid, "nb"))
    assert EXAMPLE_END_GOAL in text
    assert "Opplæring i norsk" in text


def test_statement_needs_the_benefit_service(services: Services) -> None:
    pid = _participant(services, **DECIDED)
    unwired = DocumentService(services.context)
    with pytest.raises(UserInputError, match="benefit is not available"):
        unwired.deduction_statement_pdf(pid, date(2026, 10, 1))


def test_unknown_participant_language_and_missing_dates(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.documents.certificate_pdf(9999)
    pid = _participant(services)
    with pytest.raises(UserInputError, match="xx"):
        services.documents.certificate_pdf(pid, "xx")
    with pytest.raises(UserInputError, match="decision date or programme start"):
        services.documents.decision_letter_pdf(pid)


def test_attendance_sheet_lists_participants(services: Services) -> None:
    pid = _participant(services, **DECIDED)
    other = services.participants.create(NewParticipant("Yonas", "Berhe")).id
    text = text_of(
        services.documents.attendance_sheet_pdf(
            [pid, other], date(2026, 12, 23), group_name="Norsk B1"
        )
    )
    assert "Berhe, Yonas" in text
    assert "Haddad, Amira" in text
    assert "Norsk B1" in text
    assert text.index("Berhe, Yonas") < text.index("Haddad, Amira")


def test_documents_follow_the_municipalitys_written_standard(services: Services) -> None:
    """The setting document_standard = nn prints every Norwegian text in nynorsk (issue 17)."""
    pid = _participant(services, **DECIDED)
    store_example_plan(services.plans, pid)
    bokmal = text_of(services.documents.decision_letter_pdf(pid, "nb"))
    assert "integreringsloven § 12" in bokmal
    services.settings.save({"document_standard": "nn"})
    decision = text_of(services.documents.decision_letter_pdf(pid, "nb"))
    assert "integreringslova § 12" in decision
    assert "Du kan klage på dette vedtaket. Klagefristen er 3 veker" in decision
    assert "Skrive ut" in decision
    plan = text_of(services.documents.plan_pdf(pid, "ar"))
    assert "Dette skal du gjere" in plan
    assert "Livsmeistring: migrasjon, helse og mangfald" in plan
    certificate = text_of(services.documents.certificate_pdf(pid, "nb"))
    assert "Deltakarbevis" in certificate
    sheet = text_of(services.documents.attendance_sheet_pdf([pid], date(2026, 12, 21)))
    assert "Skriv under kvar dag du er til stades." in sheet
