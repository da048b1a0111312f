"""The integration plan PDF, read back with pypdf (brief §1.3 step 4)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

import pytest

from introdesk.reporting.pdf.integration_plan import render_integration_plan
from introdesk.reporting.pdf.samples import sample_plan

LANGUAGES = ["nb", "en", "ar", "prs", "ti", "so", "uk"]
TextOf = Callable[[bytes], str]


@pytest.fixture(scope="module")
def plans() -> dict[str, bytes]:
    return {language: render_integration_plan(sample_plan(language)) for language in LANGUAGES}


@pytest.mark.parametrize("language", LANGUAGES)
def test_plan_shows_name_goal_elements_and_hours(
    plans: dict[str, bytes], pdf_text: TextOf, language: str
) -> None:
    data = sample_plan(language)
    text = " ".join(pdf_text(plans[language]).split())
    assert data.participant_name in text
    assert data.end_goal in text
    for element in data.elements:
        assert element.name in text
    assert "01.09.2026–31.08.2028" in text
    for hours in ("15", "7,5", "2"):
        assert f" {hours}" in text
    for day in ("Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"):
        assert day in text
    assert "08.30–11.30" in text
    for goal in data.norwegian_goals:
        assert goal.level.value in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_says_page_x_of_y(
    plans: dict[str, bytes], pdf_pages: Callable[[bytes], list[str]], language: str
) -> None:
    pages = pdf_pages(plans[language])
    assert len(pages) >= 1
    for number, page in enumerate(pages, start=1):
        assert f"Side {number} av {len(pages)}" in page
        assert "Utskrevet 23.11.2026" in page
        assert "Eksempel kommune" in page


@pytest.mark.parametrize("draft", [False, True], ids=["signed", "draft"])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_font_is_embedded(
    plans: dict[str, bytes],
    pdf_fonts: Callable[[bytes], dict[str, dict[str, Any]]],
    language: str,
    draft: bool,
) -> None:
    """A draft too: its UTKAST banner once brought in an unembedded Helvetica."""
    plan = (
        render_integration_plan(replace(sample_plan(language), draft=True))
        if draft
        else plans[language]
    )
    fonts = pdf_fonts(plan)
    assert fonts
    for name, font in fonts.items():
        assert font["descriptor"] is not None, f"{name} is not embedded (a base-14 font?)"
        assert "/FontFile2" in font["descriptor"], f"{name} has no embedded TrueType program"


@pytest.mark.parametrize(
    ("language", "families"),
    [
        pytest.param("nb", {"NotoSans"}, id="nb"),
        pytest.param("ar", {"NotoSans", "NotoSansArabic"}, id="ar"),
        pytest.param("prs", {"NotoSans", "NotoSansArabic"}, id="prs"),
        pytest.param("ti", {"NotoSans", "NotoSansEthiopic"}, id="ti"),
        pytest.param("uk", {"NotoSans"}, id="uk"),
    ],
)
def test_the_scripts_font_is_used(
    plans: dict[str, bytes],
    pdf_fonts: Callable[[bytes], dict[str, dict[str, Any]]],
    language: str,
    families: set[str],
) -> None:
    names = pdf_fonts(plans[language])
    used = {name.split("+", 1)[1].removesuffix("-Bold").removesuffix("-Regular") for name in names}
    assert used == families


def test_bilingual_labels_stand_beside_the_norwegian(
    plans: dict[str, bytes], pdf_text: TextOf
) -> None:
    text = pdf_text(plans["uk"])
    for norwegian, ukrainian in [
        ("Integreringsplan", "План інтеграції"),
        ("Sluttmål", "Кінцева мета"),
        ("Timeplan for en vanlig uke", "Розклад звичайного тижня"),
    ]:
        assert norwegian in text
        assert ukrainian in text


def test_norwegian_plan_has_no_second_language(plans: dict[str, bytes], pdf_text: TextOf) -> None:
    text = pdf_text(plans["nb"])
    assert "Integreringsplan" in text
    assert "Integration plan" not in text
    assert "Kari Øvrebø Ærlig" in text


def test_arabic_plan_reads_back_in_logical_order(plans: dict[str, bytes], pdf_text: TextOf) -> None:
    """pypdf returns right-to-left runs in logical order, so words drawn in the wrong order
    (or not reordered at all) would come back reversed and fail these checks."""
    text = pdf_text(plans["ar"])
    assert "خطة الاندماج" in text  # title
    assert "الهدف النهائي" in text  # "end goal" heading
    assert "جامدنالا ةطخ" not in text
    # The intro wraps over two lines: the first line must hold the first words.
    first, last = text.index("تبين هذه الخطة"), text.index("أعددنا الخطة")
    assert first < last


def test_tigrinya_plan_has_ethiopic_labels(plans: dict[str, bytes], pdf_text: TextOf) -> None:
    text = pdf_text(plans["ti"])
    assert "ትልሚ ምውህሃድ" in text
    assert "ሰኑይ" in text  # Monday


def test_rendering_is_deterministic() -> None:
    data = sample_plan("ar")
    assert render_integration_plan(data) == render_integration_plan(data)


def test_a_long_plan_runs_over_pages_and_counts_them(
    pdf_pages: Callable[[bytes], list[str]],
) -> None:
    base = sample_plan("ar")
    many = tuple(replace(base.elements[0], name=f"Element nummer {i}") for i in range(80))
    pages = pdf_pages(render_integration_plan(replace(base, elements=many)))
    assert len(pages) >= 3
    assert f"Side {len(pages)} av {len(pages)}" in pages[-1]
    assert "Element nummer 79" in "".join(pages)


def test_missing_logo_file_does_not_stop_printing(pdf_text: TextOf) -> None:
    data = sample_plan("nb")
    data = replace(data, header=replace(data.header, logo_path="/nonexistent/logo.png"))
    assert "Eksempel kommune" in pdf_text(render_integration_plan(data))


def _tiny_png() -> bytes:
    """A 2×2 red PNG written by hand (no image library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\xff\x00\x00" * 2 for _ in range(2))
    header = struct.pack(">IIBBBBB", 2, 2, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def test_logo_is_drawn_in_the_header(tmp_path: Any) -> None:
    import io

    import pypdf

    logo = tmp_path / "logo.png"
    logo.write_bytes(_tiny_png())
    data = sample_plan("nb")
    data = replace(data, header=replace(data.header, logo_path=str(logo)))
    page = pypdf.PdfReader(io.BytesIO(render_integration_plan(data))).pages[0]
    assert len(page.images) == 1


def test_participant_name_in_arabic_script_prints(pdf_text: TextOf) -> None:
    data = replace(sample_plan("ar"), participant_name="أمينة حداد")
    assert "أمينة حداد" in pdf_text(render_integration_plan(data))
