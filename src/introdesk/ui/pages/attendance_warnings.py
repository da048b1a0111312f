"""The attendance page's warnings panel: a week's findings and unregistered planned days as the
lines a coordinator reads, in the interface language."""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication

from introdesk.domain.attendance import AbsenceFinding, MissingRegistration, WeekGrid
from introdesk.ui.formatting import fmt_date, fmt_hours
from introdesk.ui.labels import interface_language, plan_element_label


@dataclass(frozen=True)
class WeekData:
    """A week as shown: the grid and its warnings (or the problem that stopped the checks)."""

    grid: WeekGrid
    findings: list[AbsenceFinding]
    missing: list[MissingRegistration]
    problem: str
    filters: tuple[int | None, int | None] = (None, None)  # (adviser, participant) read with
    # The warning lines, made where the week was read (a worker thread: thousands of lines for
    # a big municipality were a tenth of a second on the GUI thread); None: not made yet.
    texts: tuple[str, ...] | None = None

    def with_texts(self) -> WeekData:
        """This week with its warning lines made (call it off the GUI thread)."""
        return replace(self, texts=tuple(warning_texts(self)))


def warning_texts(week: WeekData, problems: list[str] | None = None) -> list[str]:
    """The week's warnings, thousands for a big municipality: the texts are made in one pass
    (templates translated and element names looked up once) so the page adds them to its list
    in one call, not item by item (issue 18)."""
    texts = list(problems or [])
    if week.texts is not None:
        return texts + list(week.texts)
    if week.problem:
        texts.append(week.problem)
    names = {r.participant_id: r.name for r in week.grid.rows}
    suggestion = QCoreApplication.translate("AttendancePage", "Suggestion: %1")
    language = interface_language()
    for finding in week.findings:
        message, treatment = finding.in_language(language)
        texts.append(
            f"{names[finding.participant_id]}: {message} " + suggestion.replace("%1", treatment)
        )
    gap_text = QCoreApplication.translate(
        "AttendancePage", "%1: no registration on %2 (%3 h planned, %4)"
    )
    labels = {code: plan_element_label(code) for code in {g.element_code for g in week.missing}}
    texts += [
        gap_text.replace("%1", names[gap.participant_id])
        .replace("%2", fmt_date(gap.day))
        .replace("%3", fmt_hours(gap.planned_minutes))
        .replace("%4", labels[gap.element_code])
        for gap in week.missing
    ]
    return texts
