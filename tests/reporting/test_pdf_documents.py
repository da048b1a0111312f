"""Contract, decision letter, deduction statement, certificate and attendance sheet PDFs."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from introdesk.reporting.pdf import samples
from introdesk.reporting.pdf.attendance_sheet import render_attendance_sheet
from introdesk.reporting.pdf.certificate import render_certificate
from introdesk.reporting.pdf.contract import render_contract
from introdesk.reporting.pdf.data import (
    AttendanceSheetData,
    CompletedElement,
    ProgrammeCourse,
    TimetableSlot,
)
from introdesk.reporting.pdf.decision_letter import render_decision_letter
from introdesk.reporting.pdf.deduction_statement import render_deduction_statement

TextOf = Callable[[bytes], str]


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.mark.parametrize("language", ["nb", "so", "ar"])
def test_contract_has_duties_and_long_term_goal(pdf_text: TextOf, language: str) -> None:
    data = samples.sample_contract(language)
    text = flat(pdf_text(render_contract(data)))
    assert "Integreringskontrakt" in text
    assert data.participant_name in text
    assert data.long_term_goal in text
    assert "Kommunen skal" in text
    assert "møte opp til alt som står i planen" in text
    assert data.extra_agreements[0] in text


def test_somali_contract_has_somali_labels(pdf_text: TextOf) -> None:
    text = flat(pdf_text(render_contract(samples.sample_contract("so"))))
    assert "Heshiiska is-dhexgalka" in text


@pytest.mark.parametrize("language", ["nb", "ar", "prs"])
def test_decision_letter_says_how_to_appeal(pdf_text: TextOf, language: str) -> None:
    """Brief §1.3 / §7.2: deadline, municipality first, then the County Governor."""
    data = samples.sample_decision(language)
    text = flat(pdf_text(render_decision_letter(data)))
    assert data.case_number in text
    assert "integreringsloven § 12" in text
    assert "Klagefristen er 3 uker" in text
    assert "Statsforvalteren" in text
    assert data.reasons in text


def test_decision_letter_prints_the_given_appeal_deadline(pdf_text: TextOf) -> None:
    data = replace(samples.sample_decision("en"), appeal_weeks=6)
    text = flat(pdf_text(render_decision_letter(data)))
    assert "Klagefristen er 6 uker" in text
    assert "The deadline is 6 weeks" in text


def test_deduction_statement_lists_lines_and_totals(pdf_text: TextOf) -> None:
    """Brief §3.3: 6 h × 147,62 kr = 885,72 kr; three lines, 10,5 h, 1 550,01 kr."""
    data = samples.sample_deduction("uk")
    text = flat(pdf_text(render_deduction_statement(data)))
    for expected in (
        "14.10.2026",
        "885,72 kr",
        "147,62 kr",
        "10,5",
        "1 550,01 kr",
        "22 758,17 kr",
        "21 208,16 kr",
        "oktober 2026",
    ):
        assert expected in text


def test_deduction_totals_must_match_the_lines() -> None:
    data = samples.sample_deduction()
    with pytest.raises(ValueError, match="total_amount"):
        replace(data, total_amount=Decimal("1.00"))
    with pytest.raises(ValueError, match="net_benefit"):
        replace(data, net_benefit=data.gross_benefit)


@pytest.mark.parametrize(
    ("course", "expected", "absent"),
    [
        pytest.param(
            ProgrammeCourse.COMPLETED,
            "har fullført introduksjonsprogrammet",
            "før planlagt slutt",
            id="completed",
        ),
        pytest.param(
            ProgrammeCourse.ENDED_EARLY,
            "avsluttet før planlagt slutt",
            "har fullført",
            id="ended-early",
        ),
        pytest.param(
            ProgrammeCourse.IN_PROGRESS,
            "Programmet er ikke ferdig",
            "avsluttet",
            id="in-progress",
        ),
    ],
)
def test_certificate_states_the_course(
    pdf_text: TextOf, course: ProgrammeCourse, expected: str, absent: str
) -> None:
    data = samples.sample_certificate("ti", course=course)
    text = flat(pdf_text(render_certificate(data)))
    assert "Deltakerbevis" in text
    assert expected in text
    assert absent not in text
    assert "Samfunnskunnskap" in text
    assert "1 160" in text
    assert ("Planlagt slutt" in text) is (course is ProgrammeCourse.IN_PROGRESS)


def test_certificate_refuses_rows_without_hours() -> None:
    data = samples.sample_certificate()
    with pytest.raises(ValueError, match="only elements with hours"):
        replace(data, elements=(CompletedElement("Ferie", Decimal(0), code="vacation"),))


def test_deduction_lines_speak_plainly_and_footnote_the_arithmetic(pdf_text: TextOf) -> None:
    """A participant reads "Ugyldig fravær" on the line; the formula is a footnote."""
    data = samples.sample_deduction("so")
    calc = "3 t (180 min) × 273 098,00 kr / 1 850 = 442,86 kr"
    lines = tuple(replace(line, calculation=calc) for line in data.lines)
    text = flat(pdf_text(render_deduction_statement(replace(data, lines=lines))))
    assert "Ugyldig fravær" in text
    assert "Maqnaansho sabab la'aan ah" in text  # the Somali label beside it
    assert "Ulønnet permisjon" in text
    assert "Slik er trekket regnet ut" in text
    before, after = text.split("Slik er trekket regnet ut", 1)
    assert "273 098,00" not in before  # the table itself carries no formula
    assert calc in after


def _last_page(pdf_pages: Callable[[bytes], list[str]], pdf: bytes) -> str:
    return " ".join(pdf_pages(pdf)[-1].split())


@pytest.mark.parametrize("language", ["nb", "ar", "so"])
def test_signatures_never_stand_alone_on_a_page(
    pdf_pages: Callable[[bytes], list[str]], language: str
) -> None:
    """Long extra agreements push the end onto a new page: the contact goes with the
    signatures, and the case officer with the appeal text."""
    contract = replace(
        samples.sample_contract(language),
        extra_agreements=tuple(f"Avtale nummer {n} om oppfølging." for n in range(1, 12)),
    )
    last = _last_page(pdf_pages, render_contract(contract))
    assert "Underskrifter" in last
    assert "Kontaktperson" in last
    decision = replace(samples.sample_decision(language), reasons="Begrunnelse. " * 160)
    last = _last_page(pdf_pages, render_decision_letter(decision))
    assert "Saksbehandler" in last
    assert "Du kan klage" in last


def test_attendance_sheet_has_a_row_per_participant(pdf_text: TextOf) -> None:
    data = samples.sample_attendance(participants=30)
    text = flat(pdf_text(render_attendance_sheet(data)))
    assert "Uke 52" in text or "52 (21.12.2026–25.12.2026)" in text
    for name in data.participants:
        assert name in text
    assert "Stengt" in text  # 25 December


def test_attendance_sheet_needs_a_monday() -> None:
    with pytest.raises(ValueError, match="Monday"):
        AttendanceSheetData(samples.SAMPLE_HEADER, "Gruppe", date(2026, 12, 22), ())


@pytest.mark.parametrize(
    ("weekday", "start", "end"),
    [
        pytest.param(5, 9, 10, id="saturday"),
        pytest.param(0, 10, 9, id="ends-before-start"),
    ],
)
def test_timetable_slot_is_checked(weekday: int, start: int, end: int) -> None:
    from datetime import time

    with pytest.raises(ValueError, match=r"weekday|end"):
        TimetableSlot(weekday, time(start), time(end), "Norsk")


@pytest.mark.parametrize(
    "render",
    [
        pytest.param(lambda: render_contract(samples.sample_contract("ar")), id="contract"),
        pytest.param(lambda: render_decision_letter(samples.sample_decision("ti")), id="decision"),
        pytest.param(
            lambda: render_deduction_statement(samples.sample_deduction("prs")), id="deduction"
        ),
        pytest.param(lambda: render_certificate(samples.sample_certificate("so")), id="cert"),
        pytest.param(lambda: render_attendance_sheet(samples.sample_attendance()), id="sheet"),
    ],
)
def test_documents_embed_fonts_and_number_pages(
    render: Callable[[], bytes],
    pdf_pages: Callable[[bytes], list[str]],
    pdf_fonts: Callable[[bytes], dict[str, dict[str, Any]]],
) -> None:
    pdf = render()
    pages = pdf_pages(pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
    for font in pdf_fonts(pdf).values():
        assert font["descriptor"] is not None
        assert "/FontFile2" in font["descriptor"]
