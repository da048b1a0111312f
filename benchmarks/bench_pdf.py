"""Rendering 500 integration plans, as a ratio to the same story built with bare ReportLab.

Run: ``uv run pytest benchmarks/bench_pdf.py -q`` (not part of the test suite; no timing is
asserted). The floor draws the same Norwegian story (title, intro, fields, goals, elements,
timetable grid, contact, signatures) with plain ReportLab Paragraphs and Tables in the same
bundled Noto Sans TTF (embedding a TTF is a cost any IntroDesk PDF has), but without the label
catalogue, per-script font runs, bidi shaping, bilingual columns or the "Side X av Y" canvas.
The ratio printed at the end is IntroDesk time / floor time for the same 500 documents.
"""

from __future__ import annotations

from io import BytesIO
from itertools import cycle, islice, pairwise
from typing import Any

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from introdesk.reporting.fonts import register_fonts
from introdesk.reporting.pdf.data import IntegrationPlanData
from introdesk.reporting.pdf.formatting import fmt_date, fmt_hours, fmt_period, fmt_time
from introdesk.reporting.pdf.integration_plan import render_integration_plan
from introdesk.reporting.pdf.samples import sample_plan

PLANS = 500
LANGUAGES = ("nb", "ar", "ti", "so", "prs", "uk", "en")
results: dict[str, float] = {}


def bare_reportlab_plan(data: IntegrationPlanData) -> bytes:
    """The Norwegian plan's story in plain ReportLab: the floor."""
    body = ParagraphStyle("b", fontName="NotoSans", fontSize=10, leading=14)
    head = ParagraphStyle("h", fontName="NotoSans-Bold", fontSize=12, leading=16)
    title = ParagraphStyle("t", fontName="NotoSans-Bold", fontSize=17, leading=22)
    grid = TableStyle(
        [("GRID", (0, 0), (-1, -1), 0.5, "grey"), ("FONT", (0, 0), (-1, -1), "NotoSans")]
    )
    story: list[Any] = [
        Paragraph("Integreringsplan", title),
        Paragraph("Denne planen viser målet ditt og hva du skal gjøre.", body),
        Table(
            [
                ["Navn", Paragraph(data.participant_name, body)],
                ["Programperiode", fmt_period(data.period_start, data.period_end)],
            ],
            style=grid,
        ),
        Paragraph("Sluttmål", head),
        Paragraph(data.end_goal, body),
        Paragraph("Mål i norsk", head),
        Table(
            [
                [g.sub_skill.value for g in data.norwegian_goals],
                [g.level.value for g in data.norwegian_goals],
            ],
            style=grid,
        ),
        Paragraph("Dette skal du gjøre", head),
        Table(
            [["Aktivitet", "Fra", "Til", "Timer per uke"]]
            + [
                [
                    Paragraph(e.name, body),
                    fmt_date(e.start),
                    fmt_date(e.end),
                    fmt_hours(e.hours_per_week),
                ]
                for e in data.elements
            ],
            style=grid,
        ),
        Paragraph("Timeplan", head),
    ]
    bounds = sorted({s.start for s in data.timetable} | {s.end for s in data.timetable})
    rows: list[list[Any]] = [["", "Mandag", "Tirsdag", "Onsdag", "Torsdag", "Fredag"]]
    rows += [[f"{fmt_time(a)}–{fmt_time(b)}"] + [""] * 5 for a, b in pairwise(bounds)]
    spans: list[tuple[Any, ...]] = []
    for slot in data.timetable:
        first, last = bounds.index(slot.start) + 1, bounds.index(slot.end)
        rows[first][slot.weekday + 1] = Paragraph(slot.element, body)
        spans.append(("SPAN", (slot.weekday + 1, first), (slot.weekday + 1, last)))
    story += [
        Table(rows, style=TableStyle([*grid.getCommands(), *spans])),
        Paragraph("Kontaktperson", head),
        Paragraph(f"Kontaktpersonen din er {data.contact.name}.", body),
        Spacer(0, 14 * mm),
        Table([["Deltaker", "For kommunen"], ["", ""]], style=grid),
    ]
    buffer = BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


@pytest.fixture(scope="module", autouse=True)
def _fonts() -> None:
    register_fonts()


def _run(render: Any, plans: list[IntegrationPlanData]) -> int:
    return sum(len(render(plan)) for plan in plans)


@pytest.mark.parametrize(
    ("name", "languages", "render"),
    [
        pytest.param("bare_reportlab_nb", ("nb",), bare_reportlab_plan, id="floor-bare-nb"),
        pytest.param("introdesk_nb", ("nb",), render_integration_plan, id="introdesk-nb"),
        pytest.param("introdesk_mixed", LANGUAGES, render_integration_plan, id="introdesk-mixed"),
    ],
)
def test_render_500_plans(
    benchmark: Any, name: str, languages: tuple[str, ...], render: Any
) -> None:
    plans = [sample_plan(lang) for lang in islice(cycle(languages), PLANS)]
    total_bytes = benchmark.pedantic(_run, args=(render, plans), rounds=1, iterations=1)
    results[name] = benchmark.stats.stats.mean
    benchmark.extra_info["bytes_per_plan"] = total_bytes // PLANS
    if name != "bare_reportlab_nb" and "bare_reportlab_nb" in results:
        ratio = results[name] / results["bare_reportlab_nb"]
        benchmark.extra_info["ratio_to_bare_reportlab"] = round(ratio, 2)
        print(f"\n{name}: {results[name]:.1f} s for {PLANS} plans, {ratio:.2f}× bare ReportLab")
    else:
        print(f"\n{name}: {results[name]:.1f} s for {PLANS} plans (floor)")
