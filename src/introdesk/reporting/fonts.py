"""Bundled fonts for PDFs: registration, font choice per script, and right-to-left shaping.

ReportLab draws glyphs one by one from a single font and knows nothing of Arabic shaping or
bidirectional order. So:

- the fonts are registered once, on first use (never at import time), from
  ``resources/fonts`` (Noto, OFL; see the README there);
- the Arabic-script and Ethiopic fonts carry no Latin letters, so text is cut into runs and each
  run gets the first font that has its glyphs (:func:`font_runs`);
- Arabic-script text is shaped to presentation forms and put in visual order with
  arabic-reshaper + python-bidi (:func:`shape_for_pdf`). A paragraph must be wrapped into lines
  in logical order FIRST and each line reordered afterwards (machine notes, "PDFs"); the
  flowable in ``reporting.pdf.rtl`` does that.
"""

from __future__ import annotations

import threading
import unicodedata
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from arabic_reshaper import reshape
from bidi import get_display
from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from introdesk.core import paths


class Script(StrEnum):
    """Writing systems that need their own font."""

    LATIN = "latin"  # Latin (Norwegian, Somali, English) and Cyrillic (Ukrainian)
    ARABIC = "arabic"  # Arabic, Dari/Persian, Pashto, Sorani
    ETHIOPIC = "ethiopic"  # Tigrinya, Amharic


@dataclass(frozen=True, slots=True)
class FontFace:
    """One registered TrueType face."""

    name: str  # the name ReportLab knows it by
    file_name: str
    script: Script
    bold: bool


FONT_FACES: tuple[FontFace, ...] = (
    FontFace("NotoSans", "NotoSans-Regular.ttf", Script.LATIN, bold=False),
    FontFace("NotoSans-Bold", "NotoSans-Bold.ttf", Script.LATIN, bold=True),
    FontFace("NotoSansArabic", "NotoSansArabic-Regular.ttf", Script.ARABIC, bold=False),
    FontFace("NotoSansArabic-Bold", "NotoSansArabic-Bold.ttf", Script.ARABIC, bold=True),
    FontFace("NotoSansEthiopic", "NotoSansEthiopic-Regular.ttf", Script.ETHIOPIC, bold=False),
    FontFace("NotoSansEthiopic-Bold", "NotoSansEthiopic-Bold.ttf", Script.ETHIOPIC, bold=True),
)

# Fallback order when a character is not in the current run's font: Latin first.
_SCRIPT_ORDER: tuple[Script, ...] = (Script.LATIN, Script.ARABIC, Script.ETHIOPIC)

# Bidi controls steer get_display() but have no glyphs: drop them from what is drawn. So do the
# zero-width (non-)joiners once shaping has chosen the letter forms: Persian "می‌توانید" needs
# ZWNJ to keep ی unjoined, but Noto draws a visible mark for it.
_BIDI_CONTROLS = dict.fromkeys(
    [0x200C, 0x200D, 0x200E, 0x200F, 0x061C, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)

# Symbols that no bundled font has (texts from the rules layer use some of them): drawn as
# plain-text look-alikes instead of an empty glyph box.
_SUBSTITUTES = str.maketrans(
    {
        "\u2192": "->",  # →
        "\u2190": "<-",  # ←
        "\u21d2": "=>",  # ⇒
        "\u2212": "-",  # minus sign
        "\u2264": "<=",  # ≤
        "\u2265": ">=",  # ≥
        "\u2248": "~",  # ≈
        "\u2713": "x",  # ✓
        "\u2714": "x",  # ✔
        "\u2610": "[ ]",  # ☐
    }
)

_lock = threading.Lock()
_coverage: dict[str, frozenset[int]] = {}


def fonts_dir() -> Path:
    return paths.resources_dir() / "fonts"


def register_fonts() -> None:
    """Register every bundled face with ReportLab (idempotent, thread-safe, lazy)."""
    if _coverage:
        return
    with _lock:
        if _coverage:
            return
        coverage: dict[str, frozenset[int]] = {}
        for face in FONT_FACES:
            font = TTFont(face.name, str(fonts_dir() / face.file_name))
            pdfmetrics.registerFont(font)
            coverage[face.name] = frozenset(font.face.charToGlyph)
        for script in Script:
            regular, bold = font_name(script, bold=False), font_name(script, bold=True)
            # Lets Paragraph markup <b> switch to the bold face of the same family.
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
        _coverage.update(coverage)


def font_name(script: Script, *, bold: bool = False) -> str:
    """The registered font name for a script and weight."""
    for face in FONT_FACES:
        if face.script is script and face.bold == bold:
            return face.name
    raise KeyError(script)  # pragma: no cover - FONT_FACES covers every Script


def script_of(char: str) -> Script | None:
    """The script a character needs, or None for neutrals (spaces, digits, punctuation)."""
    code = ord(char)
    if (
        0x0600 <= code <= 0x06FF
        or 0x0750 <= code <= 0x077F
        or 0x08A0 <= code <= 0x08FF
        or 0xFB50 <= code <= 0xFDFF
        or 0xFE70 <= code <= 0xFEFF
    ):
        return Script.ARABIC
    if 0x1200 <= code <= 0x139F or 0x2D80 <= code <= 0x2DDF or 0xAB00 <= code <= 0xAB2F:
        return Script.ETHIOPIC
    if unicodedata.category(char)[0] == "L":
        return Script.LATIN
    return None


def is_rtl(text: str) -> bool:
    """True when the text's first strong character is right-to-left (Arabic script, Hebrew)."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in ("R", "AL") for c in text)


@lru_cache(maxsize=8192)
def shape_for_pdf(text: str) -> str:
    """Text ready to draw left to right: Arabic letters joined, runs in visual order.

    Only for ONE line: reordering a whole paragraph before wrapping would put its lines in the
    wrong order. Text without right-to-left characters comes back unchanged.
    """
    if not has_rtl(text):
        return text.translate(_BIDI_CONTROLS)
    return str(get_display(reshape(text))).translate(_BIDI_CONTROLS)


def font_runs(text: str, *, bold: bool = False) -> list[tuple[str, str]]:
    """Cut (already shaped) text into ``(font name, text)`` runs, each drawable by its font.

    Neutral characters stay in the current run when its font has them, so a space or a digit
    inside Arabic text does not split the run.
    """
    register_fonts()
    text = text.translate(_SUBSTITUTES)
    runs: list[tuple[str, str]] = []
    current = font_name(Script.LATIN, bold=bold)
    buffer: list[str] = []
    for char in text:
        wanted = _font_for_char(char, current, bold)
        if wanted != current and buffer:
            runs.append((current, "".join(buffer)))
            buffer = []
        current = wanted
        buffer.append(char)
    if buffer:
        runs.append((current, "".join(buffer)))
    return runs


def _font_for_char(char: str, current: str, bold: bool) -> str:
    script = script_of(char)
    code = ord(char)
    if script is None and code in _coverage[current]:
        return current
    if script is not None:
        preferred = font_name(script, bold=bold)
        if code in _coverage[preferred]:
            return preferred
    for candidate in _SCRIPT_ORDER:
        name = font_name(candidate, bold=bold)
        if code in _coverage[name]:
            return name
    return current  # no bundled font has it: draw a box rather than drop the character


def text_width(text: str, size: float, *, bold: bool = False) -> float:
    """Width in points of (already shaped) text drawn with :func:`font_runs`."""
    return float(
        sum(pdfmetrics.stringWidth(run, font, size) for font, run in font_runs(text, bold=bold))
    )


@lru_cache(maxsize=8192)  # labels and names repeat across documents in a batch
def paragraph_markup(text: str, *, bold: bool = False) -> str:
    """ReportLab Paragraph markup for left-to-right text, with a font tag per non-Latin run.

    An embedded right-to-left name is shaped and reordered in place (base direction left to
    right); such fragments are short, so wrapping them is not a concern.
    """
    if has_rtl(text):
        text = str(get_display(reshape(text), base_dir="L"))
    text = text.translate(_BIDI_CONTROLS)
    latin = font_name(Script.LATIN, bold=bold)
    parts: list[str] = []
    for font, run in font_runs(text, bold=bold):
        escaped = escape(run).replace("\n", "<br/>")
        parts.append(escaped if font == latin else f'<font name="{font}">{escaped}</font>')
    return "".join(parts)
