"""What the tests page and ``introdesk tests progress`` show per participant (brief §4.1–§4.5).

Plain frozen records built by ``services.language_tests``; nothing here reads the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
    TestExemption,
    TestHistory,
)
from introdesk.domain.wording import in_language


class GoalSource(StrEnum):
    """Where the Norwegian goal (norskmål, §4.2) shown for a participant comes from."""

    PLAN = "plan"
    OVERRIDE = "override"
    RECOMMENDED = "recommended"


class TestKind(StrEnum):
    """The tests that can be recorded (command line ``--test`` and the import's ``test``)."""

    __test__ = False  # not a pytest test class, despite the name

    NORSKPROVEN = "norskproven"
    NORSKPROVEN_C1 = "norskproven_c1"
    SOCIAL_STUDIES = "social_studies"
    CITIZENSHIP = "statsborgerprove"


class ResultTable(StrEnum):
    """Where a recorded result or exemption is kept: row ids are unique within one table only,
    so a result is named by table and id (``norskproven:12``, see :class:`ResultRef`)."""

    NORSKPROVEN = "norskproven"  # also Norskprøven C1
    SOCIAL_STUDIES = "social_studies"
    CITIZENSHIP = "statsborgerprove"
    EXEMPTION = "exemption"


@dataclass(frozen=True, slots=True)
class ResultRef:
    """One recorded result or exemption, as ``tests history`` shows it and ``tests correct`` /
    ``tests delete`` take it: ``norskproven:12``."""

    table: ResultTable
    id: int

    def __str__(self) -> str:
        return f"{self.table.value}:{self.id}"


def result_table(
    item: NorskprovenResult | SocialStudiesResult | CitizenshipTestResult | TestExemption,
) -> ResultTable:
    if isinstance(item, NorskprovenResult):
        return ResultTable.NORSKPROVEN
    if isinstance(item, SocialStudiesResult):
        return ResultTable.SOCIAL_STUDIES
    if isinstance(item, CitizenshipTestResult):
        return ResultTable.CITIZENSHIP
    return ResultTable.EXEMPTION


@dataclass(frozen=True, slots=True)
class StoredResult:
    """A recorded result with its row id (for the history list and the audit log)."""

    id: int
    participant_id: int
    result: NorskprovenResult | SocialStudiesResult | CitizenshipTestResult | TestExemption
    passed: bool | None = None  # social studies and statsborgerprøven only

    @property
    def ref(self) -> ResultRef:
        return ResultRef(result_table(self.result), self.id)

    @property
    def day(self) -> date:
        if isinstance(self.result, TestExemption):
            return self.result.decision_date
        return self.result.test_date


@dataclass(frozen=True, slots=True)
class Readiness:
    """The language and test part of permanent residence or citizenship (brief §4.4, §4.5).

    ``ok`` is None when it cannot be judged (for example no birth date for citizenship).
    """

    ok: bool | None
    missing: tuple[str, ...]
    caveat: str
    notes: tuple[str, ...] = ()
    unconfirmed: bool = False
    missing_nn: tuple[str, ...] = ()  # ``missing`` in Nynorsk (empty: show ``missing``)
    notes_nn: tuple[str, ...] = ()  # ``notes`` in Nynorsk (empty: show ``notes``)
    caveat_nn: str = ""  # ``caveat`` in Nynorsk (empty: show ``caveat``)
    missing_en: tuple[str, ...] = ()  # ``missing`` in English (empty: show ``missing``)
    notes_en: tuple[str, ...] = ()  # ``notes`` in English (empty: show ``notes``)
    caveat_en: str = ""  # ``caveat`` in English (empty: show ``caveat``)

    def missing_in(self, language: str) -> tuple[str, ...]:
        """What is missing, in Nynorsk for ``nn`` and English for ``en`` where the rule wrote
        it, else Bokmål."""
        return in_language(language, self.missing, self.missing_nn, self.missing_en)

    def notes_in(self, language: str) -> tuple[str, ...]:
        """Which rule was applied, in Nynorsk for ``nn`` and English for ``en`` where the rule
        wrote it, else Bokmål."""
        return in_language(language, self.notes, self.notes_nn, self.notes_en)

    def caveat_in(self, language: str) -> str:
        """The caveat, in Nynorsk for ``nn`` and English for ``en`` where the rule wrote it,
        else Bokmål."""
        return in_language(language, self.caveat, self.caveat_nn, self.caveat_en)


@dataclass(frozen=True, slots=True)
class TestProgress:
    """Progress toward the Norwegian goal and readiness for one participant on ``as_of``.

    ``goal`` is None when neither a plan, an adviser's override nor the education background
    gives one. ``deadline`` is None when it cannot be computed; ``deadline_note`` says why.
    Hours are None when attendance is not available (unknown, not zero).
    """

    __test__ = False  # not a pytest test class, despite the name

    participant_id: int
    name: str
    as_of: date
    history: TestHistory
    best: dict[SubSkill, NorskprovenResult]
    goal: dict[SubSkill, CefrLevel] | None
    goal_source: GoalSource | None
    goal_met: dict[SubSkill, bool]
    deadline: date | None
    deadline_note: str
    leave_days: int | None
    norwegian_hours: Decimal | None
    social_studies_hours: Decimal | None
    social_studies_passed: bool
    permanent_residence: Readiness
    citizenship: Readiness
    adviser_name: str = ""
    # Duty to sit the final tests (brief §4.0 Final tests, §4.2): True for the right-and-duty
    # group unless exempted from that test; None when it cannot be told (facts missing, or the
    # duty-only and chapter 6A groups, whose test duty the brief leaves UNCONFIRMED).
    norwegian_test_duty: bool | None = None
    social_studies_test_duty: bool | None = None
    test_duty_note: str = ""

    @property
    def below_goal(self) -> bool:
        """A goal is set and at least one sub-skill has not reached it."""
        return self.goal is not None and not all(self.goal_met.values())

    @property
    def days_left(self) -> int | None:
        return None if self.deadline is None else (self.deadline - self.as_of).days

    def best_level(self, skill: SubSkill) -> CefrLevel | None:
        found = self.best.get(skill)
        return None if found is None else found.level
