"""The words of an Excel report in the interface language: nb, nn or en (issue 17).

A report is written in the language the user works in, whether it is asked for in the window
or with ``introdesk --language``: the reports service passes the language, and everything a
reader sees in the workbook comes through a ``ReportTexts``:

- fixed headings, sheet names and words are English source strings marked for Qt Linguist in
  the context ``Reports`` and translated in the ``.ts`` files, read without Qt
  (``core/translations.py``);
- stored codes (status, category, deadline, exit reason, ...) are the window's own labels, from
  the one table ``domain/code_labels.py``;
- absence codes are the absence catalogue's labels (``label_nb``/``label_nn``/``label_en``);
- end goals, sub-skills and weekdays are the documents' labels (``reporting/labels.py``), which
  have Nynorsk.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from introdesk.core.translations import translate
from introdesk.domain.absence_catalogue import AbsenceCodeInfo
from introdesk.domain.code_labels import UNKNOWN_CATEGORY, code_label
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.reporting.labels import load_labels
from introdesk.reporting.xlsx.writer import SheetSpec

CONTEXT = "Reports"
LANGUAGES = ("nb", "nn", "en")
WEEKDAY_KEYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
YES = QT_TRANSLATE_NOOP("Reports", "Yes")
NO = QT_TRANSLATE_NOOP("Reports", "No")


@dataclass(frozen=True, slots=True)
class ReportTexts:
    """Translates a report's words into ``language`` (``nb`` unless told)."""

    language: str = "nb"

    def __post_init__(self) -> None:
        if self.language not in LANGUAGES:
            raise ValueError(f"reports are written in {', '.join(LANGUAGES)}, not {self.language}")

    def __call__(self, text: str, **values: object) -> str:
        """A fixed text of the reports (English source, context ``Reports``), formatted."""
        found = translate(text, self.language, CONTEXT)
        return found.format(**values) if values else found

    def code(self, kind: str, code: str | Enum | None) -> str:
        """The window's label of a stored code (``domain/code_labels.py``); a code without one
        is shown as it is."""
        return code_label(kind, code, self.language)

    def unknown_category(self) -> str:
        return translate(UNKNOWN_CATEGORY[1], self.language, UNKNOWN_CATEGORY[0])

    def absence(self, info: AbsenceCodeInfo) -> str:
        """An absence code's name in the absence catalogue (Nynorsk where it has one)."""
        if self.language == "en":
            return info.label_en or info.label_nb
        if self.language == "nn":
            return info.label_nn or info.label_nb
        return info.label_nb

    def document(self, key: str) -> str:
        """A label the documents print (``reporting/labels.py``): end goals, skills, weekdays."""
        return load_labels().text(key, self.language)

    def weekday(self, day: date) -> str:
        return self.document(f"weekday.{WEEKDAY_KEYS[day.weekday()]}")

    def yes_no(self, value: bool) -> str:
        return self(YES) if value else self(NO)

    def sheet(self, spec: SheetSpec) -> SheetSpec:
        """``spec`` with its sheet name and headings in this language."""
        return SheetSpec(
            self(spec.title), tuple(replace(c, heading=self(c.heading)) for c in spec.columns)
        )


NORWEGIAN = ReportTexts("nb")
