"""A paragraph flowable for right-to-left text (Arabic, Dari, Pashto, Sorani).

ReportLab's Paragraph wraps glyphs left to right, so feeding it reordered Arabic puts the end of
a sentence on the first line. This flowable wraps the text in LOGICAL order by measured width
first, then shapes and reorders each line on its own (machine notes, "PDFs") and draws it
right-aligned, switching fonts per run so Latin names and digits inside Arabic text print too.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from introdesk.reporting.fonts import font_runs, shape_for_pdf, text_width


def wrap_logical(text: str, width: float, size: float, *, bold: bool = False) -> list[str]:
    """Split logical-order text into lines no wider than ``width`` once shaped.

    Lines break at plain spaces only (no-break spaces hold a number or name together). A word
    wider than the line stays whole: it overflows rather than being cut inside a word, which
    would break the letter joining.
    """
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in filter(None, paragraph.split(" ")):
            candidate = f"{current} {word}" if current else word
            if current and text_width(shape_for_pdf(candidate), size, bold=bold) > width:
                lines.append(current)
                current = word
            else:
                current = candidate
        lines.append(current)
    return lines


class RtlParagraph(Flowable):  # type: ignore[misc]  # ReportLab is untyped
    """Right-aligned, right-to-left paragraph; wraps first, reorders each line after."""

    def __init__(
        self,
        text: str,
        *,
        size: float = 10,
        leading: float | None = None,
        bold: bool = False,
        color: Color = black,
        align_right: bool = True,
    ) -> None:
        super().__init__()
        self.text = text
        self.size = size
        self.leading = leading if leading is not None else size * 1.35
        self.bold = bold
        self.color = color
        self.align_right = align_right
        self._lines: list[str] = []
        self._visual: list[list[tuple[str, str, float]]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        self._lines = wrap_logical(self.text, avail_width, self.size, bold=self.bold)
        self._visual = [self._layout(line) for line in self._lines]
        self.height = self.leading * len(self._lines)
        return avail_width, self.height

    def _layout(self, line: str) -> list[tuple[str, str, float]]:
        runs = font_runs(shape_for_pdf(line), bold=self.bold)
        return [(font, run, stringWidth(run, font, self.size)) for font, run in runs]

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fitting = int(avail_height // self.leading)
        if fitting <= 0 or fitting >= len(self._lines):
            return [] if fitting <= 0 else [self]
        first, rest = self._lines[:fitting], self._lines[fitting:]
        return [self._copy("\n".join(first)), self._copy("\n".join(rest))]

    def _copy(self, text: str) -> RtlParagraph:
        return RtlParagraph(
            text,
            size=self.size,
            leading=self.leading,
            bold=self.bold,
            color=self.color,
            align_right=self.align_right,
        )

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.setFillColor(self.color)
        # Baseline sits about one font size below the top of each line box.
        y = self.height - self.leading + (self.leading - self.size) / 2 + self.size * 0.22
        for runs in self._visual:
            total = sum(width for _, _, width in runs)
            x = self.width - total if self.align_right else 0.0
            for font, run, width in runs:
                canvas.setFont(font, self.size)
                canvas.drawString(x, y, run)
                x += width
            y -= self.leading

    def __repr__(self) -> str:  # pragma: no cover - debugging aid only
        return f"RtlParagraph({self.text[:30]!r})"


__all__ = ["RtlParagraph", "text_width", "wrap_logical"]
