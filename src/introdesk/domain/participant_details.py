"""The full participant record as the services hand it out (brief §1.1–§1.4, §6, §7.1).

``ParticipantFields`` is what a coordinator edits (the editor, an import row); the service
stores it. ``ParticipantDetails`` adds the id, the competence mapping and what the rules
compute from it (``Assessment``). ``ParticipantSummary`` is one row of the participants list:
only what the table, filters and search need, computed once per load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Protocol

from introdesk.core.quick_init import quick_init
from introdesk.domain.codes import (
    Category,
    CefrLevel,
    EducationLevel,
    ParticipantStatus,
    PermitType,
    Programme,
    Regime,
    Sex,
    SubSkill,
)
from introdesk.domain.errors import CodedValueError
from introdesk.domain.messages import MESSAGES
from introdesk.domain.wording import in_language

# The service's reason when an overridden goal has no justification; the editor shows its
# translation (the text is the key).
# The coded reason's English text (the participant editor shows its own words for it).
GOAL_REASON_MISSING = MESSAGES["rows.goal_reason_missing"]

# Order of the sub-skills in a stored Norwegian-goal text such as "B1/B1/A2/B1".
GOAL_SKILLS = (SubSkill.LISTENING, SubSkill.READING, SubSkill.WRITING, SubSkill.ORAL)


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantFields:
    """Every field of the participant record a person can edit."""

    given_name: str
    family_name: str
    preferred_name: str = ""
    birth_date: date | None = None
    national_id: str | None = None
    duf_number: str = ""
    sex: Sex | None = None
    country_of_birth: str = ""
    citizenship: str = ""
    mother_tongue: str = ""
    other_languages: str = ""
    interpreter_needed: bool = False
    interpreter_language: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    settlement_municipality: str = ""
    settlement_date: date | None = None
    request_date: date | None = None
    settled_by_agreement: bool = True
    permit_type: PermitType | None = None
    permit_date: date | None = None
    regime: Regime = Regime.INTEGRATION_ACT
    children_under_18: int = 0
    lives_with_parents: bool = False
    education_level: EducationLevel | None = None
    completed_upper_secondary: bool = False
    mapping_date: date | None = None
    career_guidance_date: date | None = None
    career_guidance_recommendation: str = ""
    decision_date: date | None = None
    programme_start: date | None = None
    status: ParticipantStatus = ParticipantStatus.REFERRED
    adviser_id: int | None = None
    # The adviser's choice when it differs from the recommendation (brief §1.4, §4.2): an
    # ``EndGoalGroup`` code, a goal text "L/R/W/O" (e.g. "B1/B1/A2/B1"), and why.
    end_goal_group_override: str = ""
    norwegian_goal_override: str = ""
    goal_override_reason: str = ""
    # Introduction Programme (default) or only the training programme (brief §4.0).
    programme: Programme = Programme.INTRODUCTION
    # Issue 14 item 3: the spouse or cohabitant who also takes part (participant id; the couple
    # rate of integreringsloven § 20), the first settlement in any Norwegian municipality, and
    # whether a child is expected (parental guidance).
    household_partner_id: int | None = None
    first_settlement_date: date | None = None
    expecting_child: bool = False


FIELD_NAMES: tuple[str, ...] = tuple(ParticipantFields.__dataclass_fields__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Education:
    level: EducationLevel
    country: str = ""
    field: str = ""
    years: int = 0
    completed: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class WorkExperience:
    occupation: str
    country: str = ""
    years: Decimal = Decimal(0)


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageSkill:
    language: str
    level: str = ""  # CEFR level or "mother_tongue"


QUALIFICATION_KINDS = ("vocational_approval", "prior_learning")
QUALIFICATION_STATUSES = ("not_applied", "applied", "approved", "rejected")


@dataclass(frozen=True, slots=True, kw_only=True)
class Qualification:
    """An HK-dir application for approval of foreign vocational training, or a recognition of
    prior learning (realkompetansevurdering), with its status (brief §6)."""

    kind: str  # one of QUALIFICATION_KINDS
    country: str = ""
    trade: str = ""
    status: str = "not_applied"  # one of QUALIFICATION_STATUSES
    applied_on: date | None = None
    decided_on: date | None = None
    note: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class CompetenceMapping:
    education: tuple[Education, ...] = ()
    work: tuple[WorkExperience, ...] = ()
    languages: tuple[LanguageSkill, ...] = ()
    qualifications: tuple[Qualification, ...] = ()


@dataclass(frozen=True, slots=True)
class StatusPeriod:
    status: ParticipantStatus
    from_date: date
    note: str = ""


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class DeadlineView:
    """One start deadline as the list and ``show`` present it."""

    kind: str  # DeadlineKind code
    due: date
    days_left: int
    done_on: date | None
    met: bool | None
    open: bool  # still to be done in the participant's current phase
    overdue: bool
    description: str


class ReasonTexts(Protocol):
    """The reasons for a category, written when asked for: in Bokmål (``nb``), Nynorsk
    (``nn``) or English (``en``)."""

    def texts(self, language: str = "nb") -> list[str]: ...


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class Assessment:
    """What the rules say about a participant on ``as_of``, with the reasons."""

    as_of: date
    category: Category | None
    # The category's reasons, written in a language only when read (``category_reasons``,
    # ``reasons_in``): a list of thousands needs the category, not its reasons (issue 18).
    reason_texts: ReasonTexts
    deadlines: tuple[DeadlineView, ...] = ()
    end_goal_group: str = ""  # EndGoalGroup code in force (override or recommendation)
    end_goal_recommended: str = ""
    norwegian_goal: dict[SubSkill, CefrLevel] = field(default_factory=dict)
    norwegian_goal_recommended: dict[SubSkill, CefrLevel] = field(default_factory=dict)
    goal_overridden: bool = False
    goal_problems: tuple[str, ...] = ()
    # The same texts in Nynorsk and English, for a window that speaks nn or en (empty: show
    # the Bokmål).
    goal_problems_nn: tuple[str, ...] = ()
    goal_problems_en: tuple[str, ...] = ()

    @property
    def category_reasons(self) -> tuple[str, ...]:
        return tuple(self.reason_texts.texts("nb"))

    @property
    def category_reasons_nn(self) -> tuple[str, ...]:
        return tuple(self.reason_texts.texts("nn"))

    @property
    def category_reasons_en(self) -> tuple[str, ...]:
        return tuple(self.reason_texts.texts("en"))

    def reasons_in(self, language: str) -> tuple[str, ...]:
        """The category's reasons in Nynorsk for ``nn`` and English for ``en`` where the rules
        wrote them, else Bokmål (as ``Readiness.missing_in``)."""
        return in_language(
            language, self.category_reasons, self.category_reasons_nn, self.category_reasons_en
        )

    def goal_problems_in(self, language: str) -> tuple[str, ...]:
        """``goal_problems`` in Nynorsk for ``nn`` and English for ``en`` where the rules wrote
        them, else Bokmål."""
        return in_language(
            language, self.goal_problems, self.goal_problems_nn, self.goal_problems_en
        )

    @property
    def next_deadline(self) -> DeadlineView | None:
        open_ones = [d for d in self.deadlines if d.open]
        return min(open_ones, key=lambda d: d.due) if open_ones else None

    @property
    def start_deadline(self) -> date | None:
        for deadline in self.deadlines:
            if deadline.kind == "programme_start":
                return deadline.due
        return None


@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantDetails:
    id: int
    fields: ParticipantFields
    adviser_name: str
    archived: bool
    competence: CompetenceMapping
    status_history: tuple[StatusPeriod, ...]
    assessment: Assessment
    row_version: int = 0  # for optimistic concurrency: pass back to ``save``


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantSummary:
    """One row of the participants list (brief §1.1, §1.2)."""

    id: int
    given_name: str
    family_name: str
    preferred_name: str
    national_id: str | None
    birth_date: date | None
    status: ParticipantStatus
    adviser_id: int | None
    adviser_name: str
    settlement_date: date | None
    permit_type: PermitType | None
    category: Category | None
    start_deadline: date | None
    next_deadline_kind: str
    next_deadline: date | None
    days_left: int | None
    overdue: bool
    end_goal_group: str
    norwegian_goal: dict[SubSkill, CefrLevel]
    archived: bool
    programme: Programme = Programme.INTRODUCTION
    search_key: str  # lowercase: names, national id, adviser (for search as you type)

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


def goal_text(goal: dict[SubSkill, CefrLevel]) -> str:
    """ "B1/B1/A2/B1" (listening/reading/writing/oral), or "" when not known."""
    if not goal:
        return ""
    return "/".join(goal[skill].value for skill in GOAL_SKILLS)


def parse_goal_text(text: str) -> dict[SubSkill, CefrLevel]:
    """The inverse of ``goal_text``; raises ValueError for anything else."""
    parts = [p.strip() for p in text.replace(",", "/").split("/")]
    if len(parts) != len(GOAL_SKILLS):
        raise CodedValueError("values.four_levels")
    levels = {}
    for skill, part in zip(GOAL_SKILLS, parts, strict=True):
        try:
            levels[skill] = CefrLevel(part.upper() if part.lower() != "below_a1" else "below_A1")
        except ValueError:
            raise CodedValueError("values.not_a_cefr_level", text=part) from None
    return levels
