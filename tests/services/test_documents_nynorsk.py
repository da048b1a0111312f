"""Documents in nynorsk: every printed document's Norwegian text in the written standard the
municipality chose (setting ``document_standard``), and every label a document prints from a
catalogue present in Nynorsk (issue 17 item 2)."""

from __future__ import annotations

import io
import re
import unicodedata
from dataclasses import replace
from datetime import date, time
from decimal import Decimal

import pypdf
import pytest

from introdesk.domain.attendance import (
    AttendanceEntry,
    BenefitInput,
    BenefitLine,
    BenefitLineKind,
    BenefitResult,
    OtherBenefit,
)
from introdesk.domain.codes import ParticipantStatus, Regime
from introdesk.domain.documents import DocumentPerson
from introdesk.domain.plans import EndGoal, EndGoalType, Plan
from introdesk.reporting.labels import load_labels
from introdesk.reporting.pdf.attendance_sheet import render_attendance_sheet
from introdesk.reporting.pdf.certificate import render_certificate
from introdesk.reporting.pdf.class_sheet import (
    ClassLesson,
    ClassMember,
    ClassSheetData,
    render_class_sheet,
)
from introdesk.reporting.pdf.contract import render_contract
from introdesk.reporting.pdf.data import DeductionStatementData
from introdesk.reporting.pdf.decision_letter import render_decision_letter
from introdesk.reporting.pdf.deduction_statement import render_deduction_statement
from introdesk.reporting.pdf.integration_plan import render_integration_plan
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.rules.benefit import compute_benefit, load_benefit_tables
from introdesk.rules.catalogue import load_catalogue
from introdesk.rules.exit_reasons import load_exit_reasons
from introdesk.rules.tables import load_table
from introdesk.services.document_samples import example_plan
from introdesk.services.documents import (
    END_GOAL_NB,
    attendance_document,
    certificate_document,
    contact_from,
    contract_document,
    decision_document,
    deduction_document,
    header_from_settings,
    plan_document,
)
from introdesk.services.documents.nynorsk import nynorsk_explanation
from introdesk.services.documents.shared import END_GOAL_NN
from introdesk.services.settings import MunicipalitySettings

SETTINGS = MunicipalitySettings(
    {
        "municipality_name": "Eksempel kommune",
        "unit_name": "Introsenteret",
        "contact_phone": "22 33 44 55",
        "document_standard": "nn",
    }
)
TODAY = date(2026, 11, 23)
HEADER = header_from_settings(SETTINGS, TODAY)

# Words that are Bokmål and never Nynorsk. A nynorsk document printing one of them has
# Bokmål left in it (free texts the coordinator typed are kept out of these documents).
BOKMAL_ONLY = (
    "ikke", "hva", "hvis", "hvilke", "uker", "dager", "fravær", "deltaker", "deltakerbevis",
    "måned", "utstedt", "utskrevet", "hverandre", "gjøre", "følge", "fra", "begrunnelse",
    "saksbehandler", "integreringsloven", "introduksjonsloven", "fastsettes", "regnes",
    "være", "trekkes", "gjelder", "høyere", "videregående", "livsmestring", "timer",
    "innhold", "resultater", "deltar", "ble", "avsluttet", "hele", "uten", "mens",
)  # fmt: skip
BOKMAL = re.compile(rf"\b({'|'.join(BOKMAL_ONLY)})\b", re.IGNORECASE)


def text_of(pdf: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    raw = "\n".join(page.extract_text() for page in reader.pages)
    return " ".join(unicodedata.normalize("NFKC", raw).replace("\xa0", " ").split())


def bokmal_words(text: str) -> list[str]:
    return sorted({match.group(0) for match in BOKMAL.finditer(text)})


def person(**changes: object) -> DocumentPerson:
    base = DocumentPerson(
        id=7,
        given_name="Amira",
        family_name="Haddad",
        status=ParticipantStatus.IN_PROGRAMME,
        birth_date=date(1994, 3, 17),
        address="Storgata 1 B, 1234 Eksempelby",
        mother_tongue="",
        decision_date=date(2026, 8, 14),
        programme_start=date(2026, 9, 7),
        adviser_name="Åse Følling",
        adviser_email="ase@example.no",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def plan_without_free_text() -> Plan:
    """The example plan with the end goal's kind only and no long-term goal: everything
    printed then comes from IntroDesk, none of it typed by a coordinator in Bokmål."""
    return replace(example_plan(), end_goal=EndGoal(EndGoalType.WORK, ""), long_term_goal="")


# -- every label a document prints has its Nynorsk --------------------------------------------


def test_every_document_and_catalogue_label_has_nynorsk() -> None:
    """Lists what is missing: document labels, plan elements, absence codes, exit reasons,
    other income kinds and end goals."""
    labels = load_labels()
    missing = [f"document_labels: {key}" for key in labels.missing("nn")]
    for key in labels.label_keys():
        nynorsk = labels.texts[key].get("nn", "")
        placeholders = set(re.findall(r"{(\w+)}", labels.texts[key]["nb"]))
        if nynorsk and set(re.findall(r"{(\w+)}", nynorsk)) != placeholders:
            missing.append(f"document_labels: {key} (placeholders)")
    missing += [f"plan_elements: {c}" for c, k in load_catalogue().items() if not k.name_nn]
    missing += [f"absence_codes: {c}" for c, k in load_absence_codes().items() if not k.label_nn]
    missing += [f"exit_reasons: {c}" for c, r in load_exit_reasons().items() if not r.label_nn]
    for row in load_table("benefit_other_income").rows:
        kinds = row.value["kinds"].items()
        missing += [f"benefit_other_income: {c}" for c, r in kinds if not r.get("label_nn")]
    missing += [f"end goals: {kind}" for kind in END_GOAL_NB if kind not in END_GOAL_NN]
    assert missing == []


def test_nynorsk_labels_are_not_bokmal() -> None:
    labels = load_labels()
    found = {key: bokmal_words(texts["nn"]) for key, texts in labels.texts.items() if "nn" in texts}
    assert {key: words for key, words in found.items() if words} == {}


def test_nynorsk_is_a_written_standard_not_a_language_beside_the_norwegian() -> None:
    assert "nn" not in load_labels().languages


def test_the_setting_reaches_the_header_and_defaults_to_bokmal() -> None:
    assert HEADER.written_standard == "nn"
    bokmal = header_from_settings(MunicipalitySettings({"municipality_name": "X"}), TODAY)
    assert bokmal.written_standard == "nb"


# -- each document, rendered with the nynorsk setting -----------------------------------------


def _plan(draft: bool) -> bytes:
    data = plan_document(
        person(),
        plan_without_free_text(),
        HEADER,
        contact_from(person(), SETTINGS),
        "nb",
        catalogue=load_catalogue(),
        today=TODAY,
        draft=draft,
    )
    return render_integration_plan(data)


def _contract() -> bytes:
    data = contract_document(
        person(), plan_without_free_text(), HEADER, contact_from(person(), SETTINGS), "nb"
    )
    return render_contract(data)


def _decision() -> bytes:
    data = decision_document(
        person(), HEADER, contact_from(person(), SETTINGS), "nb", plan=plan_without_free_text()
    )
    return render_decision_letter(data)


def _certificate(status: ParticipantStatus) -> bytes:
    data = certificate_document(
        person(status=status, exit_date=date(2026, 11, 20)),
        HEADER,
        contact_from(person(), SETTINGS),
        "nb",
        plan=plan_without_free_text(),
        catalogue=load_catalogue(),
    )
    return render_certificate(data)


def _statement() -> bytes:
    """The real benefit engine's month: invalid absence, another benefit that exceeds the
    gross (the floor at zero), for a couple under 25 living alone: every template."""

    def absent(day: date, minutes: int) -> AttendanceEntry:
        return AttendanceEntry(7, day, "norwegian", minutes, 0, "invalid", minutes)

    result = compute_benefit(
        BenefitInput(
            participant_id=7,
            month=date(2026, 10, 1),
            birth_date=date(2003, 6, 15),
            lives_with_parents=False,
            regime=Regime.INTEGRATION_ACT,
            programme_start=date(2026, 10, 12),
            programme_end=None,
            entries=(absent(date(2026, 10, 14), 90), absent(date(2026, 10, 20), 180)),
            other_benefits=(OtherBenefit("dagpenger", Decimal("30000.00")),),
            missing_registration_days=(date(2026, 10, 21),),
            couple=True,
        ),
        load_benefit_tables(),
        load_absence_codes(),
    )
    data = deduction_document(person(), result, HEADER, contact_from(person(), SETTINGS), "nb")
    return render_deduction_statement(data)


def _statement_month() -> BenefitResult:
    def absent(day: date, minutes: int) -> AttendanceEntry:
        return AttendanceEntry(7, day, "norwegian", minutes, 0, "invalid", minutes)

    return compute_benefit(
        BenefitInput(
            participant_id=7,
            month=date(2026, 10, 1),
            birth_date=date(2003, 6, 15),
            lives_with_parents=False,
            regime=Regime.INTEGRATION_ACT,
            programme_start=date(2026, 10, 12),
            programme_end=None,
            entries=(absent(date(2026, 10, 14), 90),),
            other_benefits=(OtherBenefit("dagpenger", Decimal("30000.00")),),
            couple=True,
        ),
        load_benefit_tables(),
        load_absence_codes(),
    )


def test_the_statement_prints_the_engines_own_nynorsk_and_converts_only_stored_bokmal() -> None:
    """One Nynorsk per line: the engine's ``explanation_nn``; a locked month's stored lines
    have none and are put into Nynorsk when printed."""
    computed = _statement_month()
    # Marked, so the test tells the engine's text from a conversion of the Bokmål.
    result = replace(
        computed,
        lines=tuple(
            replace(line, explanation_nn=f"{line.explanation_nn} [motor]")
            for line in computed.lines
        ),
    )
    contact = contact_from(person(), SETTINGS)
    printed = _printed_texts(deduction_document(person(), result, HEADER, contact, "nb"))
    assert printed == [line.explanation_nn for line in _printed_lines(result)]
    assert printed
    assert all(text.endswith("[motor]") for text in printed)
    stored = replace(result, lines=tuple(replace(line, explanation_nn="") for line in result.lines))
    converted = _printed_texts(deduction_document(person(), stored, HEADER, contact, "nb"))
    assert converted == [nynorsk_explanation(line.explanation) for line in _printed_lines(result)]


def _printed_texts(data: DeductionStatementData) -> list[str]:
    return [line.calculation for line in data.lines] + [a.text for a in data.other_lines]


def _printed_lines(result: BenefitResult) -> list[BenefitLine]:
    """The engine's lines a statement prints, in its order: deductions, then the others."""
    deductions = [line for line in result.lines if line.kind is BenefitLineKind.DEDUCTION]
    others = [
        line
        for line in result.lines
        if line.kind not in (BenefitLineKind.BASE, BenefitLineKind.DEDUCTION)
    ]
    return deductions + others


def _attendance_sheet() -> bytes:
    data = attendance_document(
        ["Haddad, Amira"], HEADER, date(2026, 12, 21), group_name="Gruppe", teacher="Kari"
    )
    return render_attendance_sheet(data)


def _class_sheet() -> bytes:
    sheet = attendance_document(["Haddad, Amira"], HEADER, date(2026, 11, 23), group_name="N1")
    data = ClassSheetData(
        sheet=sheet,
        level="A2",
        room="2",
        timetable=(ClassLesson(0, time(9), 90, "Norsk"),),
        members=(ClassMember("Haddad, Amira", date(2026, 9, 7), None),),
    )
    return render_class_sheet(data)


DOCUMENTS = {
    "plan": (lambda: _plan(False), ["Dette skal du gjere", "3 veker", "Livsmeistring"]),
    "draft plan": (lambda: _plan(True), ["Planen er ikkje vedteken enno", "UTKAST"]),
    "contract": (_contract, ["lovar kvarandre", "seie frå same dag"]),
    "decision": (_decision, ["integreringslova § 12", "Grunngiving", "Statsforvaltaren"]),
    "certificate in progress": (
        lambda: _certificate(ParticipantStatus.IN_PROGRAMME),
        ["Deltakarbevis", "Programmet er ikkje ferdig", "Innhald i programmet"],
    ),
    "certificate ended": (
        lambda: _certificate(ParticipantStatus.INTERRUPTED),
        ["Programmet vart avslutta før planlagd slutt"],
    ),
    "deduction statement": (
        _statement,
        ["fråvær utan gyldig grunn", "Ugyldig fråvær", "Førebels oppstilling", "Utbetalinga"],
    ),
    "attendance sheet": (_attendance_sheet, ["Skriv under kvar dag", "Veke"]),
    "class sheet": (_class_sheet, ["Skriv under kvar dag", "Måndag", "Frå"]),
}


@pytest.mark.parametrize("name", list(DOCUMENTS))
def test_each_document_prints_nynorsk_with_the_setting(name: str) -> None:
    render, expected = DOCUMENTS[name]
    text = text_of(render())
    for phrase in (*expected, "Skrive ut 23.11.2026", "Side 1 av"):
        assert phrase in text, phrase
    assert bokmal_words(text) == []


def test_a_participants_language_still_stands_beside_the_nynorsk() -> None:
    data = decision_document(person(), HEADER, contact_from(person(), SETTINGS), "en")
    text = text_of(render_decision_letter(data))
    assert "Du kan klage på dette vedtaket" in text
    assert "Klagefristen er 3 veker" in text
    assert load_labels().text("decision.appeal_heading", "en") in text


def test_bokmal_stays_the_default() -> None:
    bokmal = replace(HEADER, written_standard="nb")
    data = decision_document(person(), bokmal, contact_from(person(), SETTINGS), "nb")
    text = text_of(render_decision_letter(data))
    assert "integreringsloven § 12" in text
    assert "Utskrevet 23.11.2026" in text
    assert "Begrunnelse" in text


def test_an_unknown_written_standard_is_refused() -> None:
    with pytest.raises(ValueError, match="written standard"):
        render_attendance_sheet(
            attendance_document(
                ["A"], replace(HEADER, written_standard="sv"), date(2026, 12, 21), group_name="G"
            )
        )


@pytest.mark.parametrize(
    ("bokmal", "nynorsk"),
    [
        (
            "Utbetalingen kan ikke bli negativ: 10,00 kr i trekk er ikke tatt denne måneden og "
            "må vurderes motregnet senere (integreringsloven §§ 19–25).",
            "Utbetalinga kan ikkje bli negativ: 10,00 kr i trekk er ikkje tekne denne månaden "
            "og må vurderast motrekna seinare (integreringslova §§ 19–25).",
        ),
        (
            "Korreksjon av oktober 2026, annen ytelse (x) 01.10.2026–31.10.2026: var 1,00 kr, "
            "skal være 2,00 kr, differanse 1,00 kr.",
            "Korreksjon av oktober 2026, anna yting (x) 01.10.2026–31.10.2026: var 1,00 kr, "
            "skal vere 2,00 kr, differanse 1,00 kr.",
        ),
    ],
)
def test_benefit_explanations_in_nynorsk(bokmal: str, nynorsk: str) -> None:
    assert nynorsk_explanation(bokmal) == nynorsk
