"""Bundled fonts, font choice per script, and right-to-left shaping (reporting.fonts)."""

from __future__ import annotations

import subprocess
import sys
import unicodedata

import pytest
from reportlab.pdfbase.ttfonts import TTFont

from introdesk.reporting.fonts import (
    FONT_FACES,
    FontFace,
    font_runs,
    fonts_dir,
    is_rtl,
    paragraph_markup,
    register_fonts,
    shape_for_pdf,
)
from introdesk.reporting.labels import load_labels
from introdesk.reporting.pdf.rtl import wrap_logical


def folded(text: str) -> str:
    """Presentation forms back to base letters, for comparing with logical strings."""
    return unicodedata.normalize("NFKC", text).replace("\xa0", " ")


@pytest.mark.parametrize("face", FONT_FACES, ids=[f.name for f in FONT_FACES])
def test_each_bundled_font_is_static_truetype_and_registers(face: FontFace) -> None:
    path = fonts_dir() / face.file_name
    data = path.read_bytes()
    assert data[:4] == b"\x00\x01\x00\x00", "TrueType outlines (not CFF 'OTTO')"
    assert b"fvar" not in data[12 : 12 + 16 * 40], "not a variable font"
    TTFont(face.name + "-probe", str(path))  # raises if ReportLab cannot use it


def test_fonts_and_licence_are_bundled_and_small() -> None:
    files = {p.name for p in fonts_dir().iterdir()}
    assert {"OFL.txt", "README.md"} <= files
    assert "SIL Open Font License" in (fonts_dir() / "OFL.txt").read_text(encoding="utf-8")
    total = sum((fonts_dir() / f.file_name).stat().st_size for f in FONT_FACES)
    assert total < 3_000_000


def test_fonts_are_not_registered_at_import_time() -> None:
    code = (
        "import introdesk.reporting.fonts, introdesk.reporting.pdf.integration_plan\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "print('NotoSans' in pdfmetrics.getRegisteredFontNames())"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "False"


@pytest.mark.parametrize("language", ["nb", "en", "ar", "prs", "ti", "so", "uk"])
def test_every_label_has_a_glyph_in_the_bundled_fonts(language: str) -> None:
    """No tofu: each character of every label is in the font chosen for it."""
    from reportlab.pdfbase.pdfmetrics import getFont

    register_fonts()
    catalogue = load_labels()
    for key in catalogue.label_keys():
        text = shape_for_pdf(
            catalogue.text(key, language, weeks=3, name="Åse", phone="1", date="01.12.2026")
        )
        for font, run in font_runs(text):
            missing = [c for c in run if ord(c) not in getFont(font).face.charToGlyph]
            assert not missing, (key, font, missing)


@pytest.mark.parametrize(
    ("text", "fonts"),
    [
        pytest.param("Navn æøå", ["NotoSans"], id="norwegian"),
        pytest.param("Ім'я", ["NotoSans"], id="ukrainian"),
        pytest.param("Navn الاسم", ["NotoSans", "NotoSansArabic"], id="latin-then-arabic"),
        pytest.param("ስም Selam", ["NotoSansEthiopic", "NotoSans"], id="ethiopic-then-latin"),
        pytest.param("الاسم 12 بند", ["NotoSansArabic"], id="digits-stay-in-arabic-run"),
    ],
)
def test_font_runs_pick_a_font_per_script(text: str, fonts: list[str]) -> None:
    runs = font_runs(text)
    assert [font for font, _ in runs] == fonts
    assert "".join(run for _, run in runs) == text


@pytest.mark.parametrize(
    ("logical", "visual"),
    [
        # Arabic words: letters and word order reversed for left-to-right drawing.
        pytest.param("خطة عمل", "لمع ةطخ", id="two-arabic-words"),
        # A Norwegian name inside Arabic keeps its own order and sits at the sentence's end.
        pytest.param("اسمي Åse Følling", "Åse Følling يمسا", id="norwegian-name"),
        # A number keeps its digit order.
        pytest.param("غرفة 2026 فقط", "طقف 2026 ةفرغ", id="number"),
        pytest.param("Side 1 av 2", "Side 1 av 2", id="ltr-untouched"),
    ],
)
def test_shape_for_pdf_puts_a_line_in_visual_order(logical: str, visual: str) -> None:
    assert folded(shape_for_pdf(logical)) == visual


def test_shape_for_pdf_joins_arabic_letters() -> None:
    shaped = shape_for_pdf("سلام")
    assert all(0xFE70 <= ord(c) <= 0xFEFF for c in shaped), "presentation forms"


def test_isolated_phone_number_keeps_its_group_order_in_rtl_text() -> None:
    catalogue = load_labels()
    text = catalogue.text("plan.contact_sentence", "ar", name="Åse Følling", phone="987 65 432")
    visual = folded(shape_for_pdf(text))
    assert "987 65 432" in visual
    assert "432 65 987" not in visual
    assert "\u2068" not in shape_for_pdf(text), "bidi controls are not drawn"


def test_rtl_text_is_wrapped_in_logical_order_before_reordering() -> None:
    register_fonts()
    words = ["أول", "ثاني", "ثالث", "رابع", "خامس", "سادس"]
    lines = wrap_logical(" ".join(words), width=60, size=10)
    assert len(lines) > 1
    assert lines[0].startswith("أول"), "the first line holds the first words"
    assert " ".join(lines).split() == words


@pytest.mark.parametrize(
    ("text", "rtl"),
    [
        pytest.param("الاسم", True, id="arabic"),
        pytest.param("نام", True, id="dari"),
        pytest.param("12 الاسم", True, id="digits-first"),
        pytest.param("Navn الاسم", False, id="latin-first"),
        pytest.param("ስም", False, id="ethiopic"),
    ],
)
def test_is_rtl_follows_the_first_strong_character(text: str, rtl: bool) -> None:
    assert is_rtl(text) is rtl


def test_paragraph_markup_tags_non_latin_runs_and_escapes() -> None:
    markup = paragraph_markup("A & B ስም")
    assert markup == 'A &amp; B <font name="NotoSansEthiopic">ስም</font>'


def test_persian_zero_width_non_joiner_shapes_but_is_not_drawn() -> None:
    """Dari "می‌توانید": ی stays unjoined (final form before the ZWNJ), and the ZWNJ itself,
    which Noto draws as a visible mark, is not in the drawn text."""
    shaped = shape_for_pdf("می\u200cتوانید")
    assert "\u200c" not in shaped
    assert "\ufbfd" in shaped  # ی in its final form: not joined to the following ت


def test_symbols_no_bundled_font_has_are_drawn_as_look_alikes() -> None:
    """The benefit engine writes "G = 136 549 kr → 273 098,00 kr/år"; Noto Sans has no arrow."""
    runs = font_runs("G = 136 549 kr \u2192 273 098 kr, \u2265 50 %, \u2212 3")
    drawn = "".join(text for _, text in runs)
    assert drawn == "G = 136 549 kr -> 273 098 kr, >= 50 %, - 3"
