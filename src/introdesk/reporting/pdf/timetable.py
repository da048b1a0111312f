"""The weekly timetable grid: Monday–Friday columns, time bands as rows, elements as blocks.

Rows are the distinct start/end times of the week's slots, so a block spans exactly the bands it
covers and the grid stays compact however the times fall. Row height follows the duration.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import time
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table, TableStyle

from introdesk.reporting.fonts import Script, font_name
from introdesk.reporting.pdf.data import TimetableSlot
from introdesk.reporting.pdf.formatting import fmt_time

WEEKDAY_KEYS = ("weekday.mon", "weekday.tue", "weekday.wed", "weekday.thu", "weekday.fri")
# Light fills that keep black text readable in greyscale print.
PALETTE = tuple(
    colors.HexColor(code)
    for code in ("#d6e6f5", "#f8e1c4", "#d9efd6", "#eadcf2", "#f7d9d9", "#e7e7c9", "#d3eeee")
)


def _minutes(moment: time) -> int:
    return moment.hour * 60 + moment.minute


def timetable_grid(
    slots: Sequence[TimetableSlot],
    width: float,
    day_label: Callable[[str], list[Flowable]],
    cell: Callable[[str], Flowable],
) -> Table:
    """A table: header row of bilingual day names, then one row per time band."""
    bounds = sorted({s.start for s in slots} | {s.end for s in slots})
    colours = {name: PALETTE[i % len(PALETTE)] for i, name in enumerate(_names(slots))}
    bands = list(itertools.pairwise(bounds))
    rows: list[list[Any]] = [["", *[day_label(key) for key in WEEKDAY_KEYS]]]
    rows += [[cell(f"{fmt_time(a)}–{fmt_time(b)}")] + [""] * 5 for a, b in bands]
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#9aa5b1")),
        # Empty cells still set a font; without this ReportLab lists an unembedded Helvetica.
        ("FONTNAME", (0, 0), (-1, -1), font_name(Script.LATIN)),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eef2f6")),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    taken: set[tuple[int, int]] = set()
    for slot in sorted(slots, key=lambda s: (s.weekday, s.start)):
        first = bounds.index(slot.start) + 1
        last = bounds.index(slot.end)  # the band ending at slot.end
        column = slot.weekday + 1
        cells = {(column, row) for row in range(first, last + 1)}
        if cells & taken:  # overlapping slots: keep the first, name both in its first cell
            continue
        taken |= cells
        rows[first][column] = cell(slot.element)
        style.append(("BACKGROUND", (column, first), (column, last), colours[slot.element]))
        if last > first:
            style.append(("SPAN", (column, first), (column, last)))
    time_column = 24 * mm
    day_width = (width - time_column) / 5
    heights = [None] + [max(18.0, (_minutes(b) - _minutes(a)) * 0.3) for a, b in bands]
    table = Table(rows, colWidths=[time_column] + [day_width] * 5, rowHeights=heights)
    table.setStyle(TableStyle(style))
    return table


def _names(slots: Sequence[TimetableSlot]) -> list[str]:
    seen: dict[str, None] = {}
    for slot in slots:
        seen.setdefault(slot.element, None)
    return list(seen)
