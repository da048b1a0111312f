"""Done-when check of issue 17 for the Excel reports: every report, in nb, nn and en, read back
cell by cell.

A varied synthetic database (the demo's participants in every status and category, plans,
eight weeks of attendance with absence codes, tests, training and classes, exits; plus a person
with no adviser and no facts, and another benefit in the month) is written to every report the
reports service lists, through the same ``prepare`` the window and the command line call. Every
cell of every sheet, the sheet names and the parameters sheet are read back with openpyxl, and
the test fails on:

- a stored code from the code catalogues (the enums of ``domain`` and the code table
  ``domain/code_labels.py``, plus the page walk's list), in any language;
- in nb and nn, an English text of the reports (an English source string of the ``.ts`` files'
  ``Reports`` context, or the English of a code's label) and the page walk's English words;
- in nn, a Bokmål-only word (the page walk's list);
- "brief §" anywhere;
- a value of the wrong type: dates must be dates, numbers numbers, yes/no the language's words.
"""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from pathlib import Path

import openpyxl
import pytest
from tests.ui.test_no_codes_in_norwegian import BOKMAL_ONLY, CODE_WORDS, WHOLE_WORDS

from introdesk.core.translations import catalogue, translate
from introdesk.domain import (
    attendance,
    codes,
    deadlines,
    language_tests,
    plan_versions,
    plans,
    programme,
    training,
)
from introdesk.domain.code_labels import LABELS
from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import SocialStudiesVersion
from introdesk.domain.records import NewParticipant
from introdesk.domain.reports import Period, PeriodKind
from introdesk.reporting.xlsx.writer import ColumnKind
from introdesk.rules.absence_codes import load_absence_codes
from introdesk.services.benefit_calculator import NO_DECISION_CODE
from introdesk.services.container import Services
from introdesk.services.reports import REPORT_NAMES, PreparedReport, ReportInfo

pytestmark = [pytest.mark.database, pytest.mark.today(date(2026, 12, 4))]

LANGUAGES = ("nb", "nn", "en")
NOVEMBER = Period(PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30))
YEAR = Period(PeriodKind.YEAR, date(2026, 1, 1), date(2026, 12, 31))
CATALOGUE_ENUMS: tuple[type[StrEnum], ...] = (
    codes.ParticipantStatus,
    codes.Category,
    codes.PermitType,
    codes.Programme,
    codes.SubSkill,
    deadlines.DeadlineKind,
    attendance.AbsenceType,
    attendance.BenefitLineKind,
    plans.EndGoalType,
    plan_versions.PlanStatus,
    language_tests.TrainingCategory,
    language_tests.ExemptionKind,
    language_tests.SocialStudiesVersion,
    training.Subject,
    programme.EventKind,
    programme.LeaveKind,
)


def catalogue_codes() -> set[str]:
    """Every stored code a report could print: the catalogues' enums and the label table."""
    found = {str(member.value) for enum in CATALOGUE_ENUMS for member in enum}
    found |= {str(code) for table in LABELS.values() for code in table}
    found |= set(load_absence_codes())
    found.add(NO_DECISION_CODE)  # why a day has no benefit: no_decision, stopped, leave_<kind>
    return found | set(CODE_WORDS)


CODES = catalogue_codes()
# A code with "_", "." or a digit is never a word: found anywhere in a text, in any language.
COMPOUND = sorted(c for c in CODES if re.search(r"[_.\d]", c))
# A one-word code (``stopped``, ``invalid``) is an English word: whole words, in nb and nn.
SINGLE = sorted({c for c in CODES if c not in COMPOUND} | set(WHOLE_WORDS))


def english_texts() -> set[str]:
    """The English a report would print were it left untranslated: the reports' source strings
    and the English labels of codes, less those spelt the same in Norwegian ("Status")."""
    pairs = {pair for pair in catalogue("nb") if pair[0] == "Reports"}
    pairs |= {pair for table in LABELS.values() for pair in table.values()}
    found = {
        english
        for context, english in pairs
        if "{" not in english
        and english not in (translate(english, "nb", context), translate(english, "nn", context))
    }
    absences = load_absence_codes().codes
    found |= {a.label_en for a in absences if a.label_en not in (a.label_nb, a.label_nn)}
    return found


ENGLISH = english_texts()


def problems(text: str, language: str) -> list[str]:
    found = []
    if "brief §" in text:
        found.append("brief §")
    found += [f"code {c}" for c in COMPOUND if c in text]
    if language in ("nb", "nn"):
        found += [f"code {c}" for c in SINGLE if re.search(rf"\b{re.escape(c)}\b", text)]
        parts = {text.strip(), *(p.strip() for p in re.split(r"[;,]", text))}
        found += [f"English {p!r}" for p in parts if p in ENGLISH]
    if language == "nn":
        found += [f"Bokmål {w}" for w in BOKMAL_ONLY if re.search(rf"\b{w}\b", text, re.IGNORECASE)]
    return found


def period_for(info: ReportInfo) -> Period | None:
    """No period when the report allows it (every row); else 2020-2026 when it takes any
    period (outcomes); else November (attendance and payroll registered) or the year 2026."""
    if not info.period_required:
        return None
    if set(info.periods) == set(PeriodKind):
        return Period(PeriodKind.RANGE, date(2020, 1, 1), date(2026, 12, 31))
    return NOVEMBER if PeriodKind.MONTH in info.periods else YEAR


YES_NO = {"nb": {"Ja", "Nei"}, "nn": {"Ja", "Nei"}, "en": {"Yes", "No"}}


def check_types(prepared: PreparedReport, rows: list[tuple[object, ...]], language: str) -> None:
    """Dates are dates, numbers numbers, yes/no the language's words, the rest text."""
    for row in rows:
        for column, value in zip(prepared.spec.columns, row, strict=True):
            where = f"{prepared.info.name}/{language}/{column.heading}: {value!r}"
            if value is None:
                continue
            if column.kind is ColumnKind.DATE:
                assert isinstance(value, datetime), where
            elif column.kind in (ColumnKind.INTEGER, ColumnKind.DECIMAL):
                assert isinstance(value, int | float | Decimal), where
                assert not isinstance(value, bool), where
            elif column.kind is ColumnKind.YES_NO:
                assert value in YES_NO[language], where
            else:
                assert isinstance(value, str), where


@pytest.fixture
def varied(services: Services) -> Services:
    services.demo.generate(24, seed=5)
    services.demo_attendance.fill(weeks=8, seed=5)
    lone = services.participants.create(NewParticipant("Lone", "Utenfakta"))  # no adviser, facts
    tests = services.language_tests
    tests.record_norskproven(
        lone.id, test_date=date(2026, 9, 1), skill=SubSkill.ORAL, level=CefrLevel.BELOW_A1
    )
    tests.record_norskproven(
        lone.id, test_date=date(2026, 9, 1), skill=SubSkill.READING, level=CefrLevel.A2
    )
    tests.record_social_studies(
        lone.id, test_date=date(2026, 10, 1), score=30, version=SocialStudiesVersion.HOURS_50
    )
    tests.record_citizenship(lone.id, test_date=date(2026, 10, 2), score=20)
    return services


def test_every_report_in_every_language_has_no_codes_english_or_bokmal(
    varied: Services, tmp_path: Path
) -> None:
    offences: dict[str, list[str]] = {}
    seen: dict[str, set[str]] = {language: set() for language in LANGUAGES}
    infos = varied.reports.list()
    assert {info.name for info in infos} == set(REPORT_NAMES)
    for info, language in itertools.product(infos, LANGUAGES):
        assert info.available, info.name
        prepared = varied.reports.prepare(info.name, period_for(info), language=language)
        path = tmp_path / f"{info.name}-{language}.xlsx"
        written = prepared.write(path).rows
        assert written > 0, f"{info.name} has no rows: the data is not varied enough"
        book = openpyxl.load_workbook(path)
        data, parameters = book.worksheets
        rows = list(data.iter_rows(values_only=True))
        assert len(rows) == written + 1
        check_types(prepared, rows[1:], language)
        cells = [*rows, *parameters.iter_rows(values_only=True)]
        texts = {*book.sheetnames, *(v for row in cells for v in row if isinstance(v, str))}
        seen[language] |= texts
        found = [f"{text!r}: {p}" for text in texts for p in problems(text, language)]
        if found:
            offences[f"{info.name} ({language})"] = sorted(found)[:6]
    assert offences == {}
    # The walk read real content: labels of statuses, absence codes and exits in each language.
    expected = {
        "nb": {"I program", "Ugyldig fravær", "Stanset", "Parametere", "(uten veileder)"},
        "nn": {"I program", "Ugyldig fråvær", "Stansa", "Parametrar", "(utan rettleiar)"},
        "en": {"In programme", "Invalid absence", "Stopped", "Parameters", "(no adviser)"},
    }
    for language, wanted in expected.items():
        assert wanted <= seen[language], (language, wanted - seen[language])


def test_the_check_finds_what_it_looks_for() -> None:
    """The word lists catch a code, English in Norwegian, Bokmål in Nynorsk and the brief."""
    assert problems("sick_child 3", "en")
    assert problems("Stanset; invalid", "nb")
    assert problems("Invalid absence", "nn")
    assert problems("Deltaker-ID", "nn")
    assert problems("jf. brief §2.3", "en")
    assert not problems("Ugyldig fråvær; Sjukt barn", "nn")
    assert not problems("Stopped", "en")
