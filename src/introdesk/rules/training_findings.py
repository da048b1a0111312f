"""Warnings about one person's Norwegian and social-studies training (brief §4.0, §4.2).

Each finding has a stable ``code`` (safe to store, filter and translate on) and a message for
the coordinator in Bokmål, Nynorsk and English (``message``, ``message_nn`` and ``message_en``,
as the plan rules' ``message_nb``/``message_nn``/``message_en``). Messages never contain
personal data.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.language_tests import ExemptionKind, TestHistory, TrainingCategory
from introdesk.domain.wording import in_language
from introdesk.rules import _nb_format as nb
from introdesk.rules.language_tests import best_levels, goal_met

DEADLINE_NEAR = "training.deadline_near_goal_not_met"
DEADLINE_PASSED = "training.deadline_passed_goal_not_met"
SOCIAL_STUDIES_HOURS_SHORT = "training.social_studies_hours_short"
NORWEGIAN_TEST_MISSING = "training.norwegian_test_missing"
SOCIAL_STUDIES_TEST_MISSING = "training.social_studies_test_missing"
EXEMPTION_WITHOUT_LEGAL_BASIS = "training.exemption_without_legal_basis"

DEFAULT_WARN_DAYS = 90

SUB_SKILL_LABELS_NB: dict[SubSkill, str] = {
    SubSkill.LISTENING: "lytteforståelse",
    SubSkill.READING: "leseforståelse",
    SubSkill.WRITING: "skriftlig framstilling",
    SubSkill.ORAL: "muntlig kommunikasjon",
}

SUB_SKILL_LABELS_NN: dict[SubSkill, str] = {
    SubSkill.LISTENING: "lytteforståing",
    SubSkill.READING: "leseforståing",
    SubSkill.WRITING: "skriftleg framstilling",
    SubSkill.ORAL: "munnleg kommunikasjon",
}

SUB_SKILL_LABELS_EN: dict[SubSkill, str] = {
    SubSkill.LISTENING: "listening",
    SubSkill.READING: "reading",
    SubSkill.WRITING: "writing",
    SubSkill.ORAL: "oral communication",
}

EXEMPTION_LABELS_NB: dict[ExemptionKind, str] = {
    ExemptionKind.NORWEGIAN_TRAINING: "opplæring i norsk",
    ExemptionKind.SOCIAL_STUDIES_TRAINING: "opplæring i samfunnskunnskap",
    ExemptionKind.NORWEGIAN_TEST: "avsluttende prøve i norsk",
    ExemptionKind.SOCIAL_STUDIES_TEST: "avsluttende prøve i samfunnskunnskap",
}

EXEMPTION_LABELS_NN: dict[ExemptionKind, str] = {
    ExemptionKind.NORWEGIAN_TRAINING: "opplæring i norsk",
    ExemptionKind.SOCIAL_STUDIES_TRAINING: "opplæring i samfunnskunnskap",
    ExemptionKind.NORWEGIAN_TEST: "avsluttande prøve i norsk",
    ExemptionKind.SOCIAL_STUDIES_TEST: "avsluttande prøve i samfunnskunnskap",
}

EXEMPTION_LABELS_EN: dict[ExemptionKind, str] = {
    ExemptionKind.NORWEGIAN_TRAINING: "Norwegian training",
    ExemptionKind.SOCIAL_STUDIES_TRAINING: "social studies training",
    ExemptionKind.NORWEGIAN_TEST: "the final Norwegian test",
    ExemptionKind.SOCIAL_STUDIES_TEST: "the final social studies test",
}


class Severity(StrEnum):
    INFO = "info"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the coordinator should look at. ``subject`` narrows the code (e.g. a kind)."""

    code: str
    severity: Severity
    message: str
    subject: str = ""
    message_nn: str = ""  # Nynorsk, for a window that speaks nn
    message_en: str = ""  # English, for a window that speaks en

    def message_in(self, language: str) -> str:
        """The message in Nynorsk for ``nn``, in English for ``en`` (Bokmål where a rule has
        none), else Bokmål."""
        return in_language(language, self.message, self.message_nn, self.message_en)


@dataclass(frozen=True, slots=True)
class TrainingStatus:
    """A person's training as of now: category, deadline, goal, results and hours.

    ``social_studies_hours_required`` is 75 or 50 by the date right or duty began
    (``training_limits``); ``ended`` is true once the training is finished or stopped.
    """

    category: TrainingCategory
    deadline: date | None
    goal: Mapping[SubSkill, CefrLevel]
    history: TestHistory = field(default_factory=TestHistory)
    social_studies_hours_done: Decimal = Decimal(0)
    social_studies_hours_required: int | None = None
    ended: bool = False


def _date_nb(day: date) -> str:
    return day.strftime("%d.%m.%Y")


def _skills_nb(skills: list[SubSkill]) -> str:
    return ", ".join(SUB_SKILL_LABELS_NB[s] for s in skills)


def _skills_nn(skills: list[SubSkill]) -> str:
    return ", ".join(SUB_SKILL_LABELS_NN[s] for s in skills)


def _skills_en(skills: list[SubSkill]) -> str:
    return ", ".join(SUB_SKILL_LABELS_EN[s] for s in skills)


def _exempt(status: TrainingStatus, kind: ExemptionKind) -> bool:
    return any(e.kind is kind for e in status.history.exemptions)


def _deadline_findings(status: TrainingStatus, today: date, warn_days: int) -> list[Finding]:
    if status.deadline is None or _exempt(status, ExemptionKind.NORWEGIAN_TRAINING):
        return []
    met = goal_met(best_levels(status.history.up_to(today).norskproven), status.goal)
    missing = [skill for skill in SubSkill if met.get(skill) is False]
    if not missing:
        return []
    days_left = (status.deadline - today).days
    if days_left < 0:
        return [
            Finding(
                DEADLINE_PASSED,
                Severity.WARNING,
                f"Fristen for gratis opplæring gikk ut {_date_nb(status.deadline)} uten at "
                f"norskmålet er nådd i {_skills_nb(missing)}; kommunen kan nå kreve betaling "
                "(integreringsloven kapittel 6).",
                message_nn=f"Fristen for gratis opplæring gjekk ut {_date_nb(status.deadline)} "
                f"utan at norskmålet er nådd i {_skills_nn(missing)}; kommunen kan no krevje "
                "betaling (integreringslova kapittel 6).",
                message_en=f"The deadline for free training passed on "
                f"{_date_nb(status.deadline)} without the Norwegian goal reached in "
                f"{_skills_en(missing)}; the municipality may now charge a fee "
                "(Integration Act chapter 6).",
            )
        ]
    if days_left <= warn_days:
        return [
            Finding(
                DEADLINE_NEAR,
                Severity.WARNING,
                f"Fristen for gratis opplæring går ut {_date_nb(status.deadline)} "
                f"(om {days_left} dager), og norskmålet er ikke nådd i {_skills_nb(missing)} "
                "(integreringsloven kapittel 6).",
                message_nn=f"Fristen for gratis opplæring går ut {_date_nb(status.deadline)} "
                f"(om {days_left} dagar), og norskmålet er ikkje nådd i {_skills_nn(missing)} "
                "(integreringslova kapittel 6).",
                message_en=f"The deadline for free training runs out on "
                f"{_date_nb(status.deadline)} (in {days_left} days), and the Norwegian goal is "
                f"not reached in {_skills_en(missing)} (Integration Act chapter 6).",
            )
        ]
    return []


def _due(status: TrainingStatus, today: date, warn_days: int) -> bool:
    """Whether hours and tests should be in place by now: training ended or deadline close."""
    if status.ended:
        return True
    return status.deadline is not None and today >= status.deadline - timedelta(days=warn_days)


def _hours_findings(status: TrainingStatus) -> list[Finding]:
    required = status.social_studies_hours_required
    if required is None or _exempt(status, ExemptionKind.SOCIAL_STUDIES_TRAINING):
        return []
    if status.social_studies_hours_done >= required:
        return []
    return [
        Finding(
            SOCIAL_STUDIES_HOURS_SHORT,
            Severity.WARNING,
            f"Samfunnskunnskap: {nb.number(status.social_studies_hours_done)} av "
            f"{nb.number(required)} timer "
            f"gjennomført (integreringsloven kapittel 6).",
            message_nn=f"Samfunnskunnskap: {nb.number(status.social_studies_hours_done)} av "
            f"{nb.number(required)} timar gjennomførte (integreringslova kapittel 6).",
            message_en=f"Social studies: {nb.number(status.social_studies_hours_done)} of "
            f"{nb.number(required)} hours completed (Integration Act chapter 6).",
        )
    ]


def _test_findings(status: TrainingStatus, today: date) -> list[Finding]:
    # The test duty is confirmed only for the right-and-duty group (brief §4.0 Final tests).
    if status.category is not TrainingCategory.RIGHT_AND_DUTY:
        return []
    history = status.history.up_to(today)
    findings = []
    taken = {r.sub_skill for r in history.norskproven}
    untested = [skill for skill in SubSkill if skill not in taken]
    if untested and not _exempt(status, ExemptionKind.NORWEGIAN_TEST):
        findings.append(
            Finding(
                NORWEGIAN_TEST_MISSING,
                Severity.WARNING,
                f"Plikten til avsluttende prøve i norsk er ikke oppfylt: ingen resultat i "
                f"{_skills_nb(untested)} (integreringsloven kapittel 6).",
                message_nn="Plikta til avsluttande prøve i norsk er ikkje oppfylt: ingen "
                f"resultat i {_skills_nn(untested)} (integreringslova kapittel 6).",
                message_en="The duty to take the final Norwegian test is not fulfilled: no "
                f"result in {_skills_en(untested)} (Integration Act chapter 6).",
            )
        )
    if not history.social_studies and not _exempt(status, ExemptionKind.SOCIAL_STUDIES_TEST):
        findings.append(
            Finding(
                SOCIAL_STUDIES_TEST_MISSING,
                Severity.WARNING,
                "Plikten til avsluttende prøve i samfunnskunnskap er ikke oppfylt "
                "(integreringsloven kapittel 6).",
                message_nn="Plikta til avsluttande prøve i samfunnskunnskap er ikkje oppfylt "
                "(integreringslova kapittel 6).",
                message_en="The duty to take the final social studies test is not fulfilled "
                "(Integration Act chapter 6).",
            )
        )
    return findings


def _exemption_findings(status: TrainingStatus) -> list[Finding]:
    return [
        Finding(
            EXEMPTION_WITHOUT_LEGAL_BASIS,
            Severity.WARNING,
            f"Fritak fra {EXEMPTION_LABELS_NB[e.kind]} ({_date_nb(e.decision_date)}) mangler "
            f"hjemmel; hjemmelen skal registreres i NIR (integreringsloven kapittel 6).",
            subject=str(e.kind),
            message_nn=f"Fritak frå {EXEMPTION_LABELS_NN[e.kind]} ({_date_nb(e.decision_date)}) "
            "manglar heimel; heimelen skal registrerast i NIR (integreringslova kapittel 6).",
            message_en=f"Exemption from {EXEMPTION_LABELS_EN[e.kind]} "
            f"({_date_nb(e.decision_date)}) has no legal basis; the legal basis must be "
            "recorded in NIR (Integration Act chapter 6).",
        )
        for e in status.history.exemptions
        if not e.has_legal_basis
    ]


def training_findings(
    status: TrainingStatus, *, today: date, warn_days: int = DEFAULT_WARN_DAYS
) -> list[Finding]:
    """Warnings for one person (brief §4.0, §4.2), in a fixed order.

    - deadline within ``warn_days`` (or passed) while the Norwegian goal is not met;
    - social-studies hours short of 75 (or 50), once the training has ended or the deadline
      is within ``warn_days``;
    - test duty not fulfilled (right-and-duty group), with the same timing;
    - an exemption registered without a legal basis (always).
    People with neither right nor duty get no training warnings.
    """
    if status.category is TrainingCategory.NONE:
        return []
    findings = _deadline_findings(status, today, warn_days)
    if _due(status, today, warn_days):
        findings += _hours_findings(status)
        findings += _test_findings(status, today)
    findings += _exemption_findings(status)
    return findings
