"""The training page's tables: classes, members and each member's hours and warnings, with
the Norwegian labels for categories and warning codes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from introdesk.domain.language_tests import TrainingCategory
from introdesk.domain.training import (
    ClassRecord,
    MembershipRecord,
    TrainingOverview,
    WeekSheet,
)
from introdesk.rules.training_findings import (
    DEADLINE_NEAR,
    DEADLINE_PASSED,
    EXEMPTION_WITHOUT_LEGAL_BASIS,
    NORWEGIAN_TEST_MISSING,
    SOCIAL_STUDIES_HOURS_SHORT,
    SOCIAL_STUDIES_TEST_MISSING,
)
from introdesk.services.training import CATEGORY_UNKNOWN
from introdesk.ui.formatting import fmt_date, fmt_decimal
from introdesk.ui.labels import interface_language
from introdesk.ui.models.record_table import Column


def category_label(category: TrainingCategory | None) -> str:
    if category is TrainingCategory.RIGHT_AND_DUTY:
        return QCoreApplication.translate("TrainingPage", "Right and duty")
    if category is TrainingCategory.DUTY_ONLY:
        return QCoreApplication.translate("TrainingPage", "Duty only (pays)")
    if category is TrainingCategory.RIGHT_ONLY:
        return QCoreApplication.translate("TrainingPage", "Right only")
    if category is TrainingCategory.NONE:
        return QCoreApplication.translate("TrainingPage", "Neither (may buy a course)")
    return QCoreApplication.translate("TrainingPage", "Unknown")


@dataclass(frozen=True)
class LoadedClass:
    """One class as the page shows it, read in one go (in a worker thread)."""

    record: ClassRecord
    monday: date
    members: list[MembershipRecord]
    sheet: WeekSheet
    overviews: Mapping[int, TrainingOverview]  # participant id -> training status


@dataclass(frozen=True)
class LoadedClasses:
    """Every class, and the chosen one's week when it was read with them."""

    classes: list[ClassRecord]
    chosen: LoadedClass | None


@dataclass(frozen=True, slots=True)
class MemberHours:
    """One class member's line in the hours and warnings table."""

    participant_id: int
    name: str
    overview: TrainingOverview | None

    @property
    def warnings(self) -> str:
        """Short names of the warnings, for the table."""
        if self.overview is None:
            return QCoreApplication.translate("TrainingPage", "Not enrolled in training")
        return "; ".join(warning_label(w.code) for w in self.overview.warnings)

    @property
    def details(self) -> str:
        """The warnings in full and the reasons for category and deadline (Norwegian, from the
        rules), for the text under the table."""
        if self.overview is None:
            return self.warnings
        language = interface_language()
        lines = [f"• {w.message_in(language)}" for w in self.overview.warnings]
        # Why the category and the deadline are what they are (Norwegian, from the rules).
        lines += [f"ⓘ {reason}" for reason in self.overview.reasons_in(language)]
        if self.overview.deadline_basis:
            lines.append(f"ⓘ {self.overview.deadline_basis_in(language)}")
        return "\n".join(lines)


def warning_label(code: str) -> str:
    labels = {
        DEADLINE_NEAR: QCoreApplication.translate("TrainingPage", "Deadline near, goal not met"),
        DEADLINE_PASSED: QCoreApplication.translate(
            "TrainingPage", "Deadline passed, goal not met"
        ),
        SOCIAL_STUDIES_HOURS_SHORT: QCoreApplication.translate(
            "TrainingPage", "Social-studies hours short"
        ),
        NORWEGIAN_TEST_MISSING: QCoreApplication.translate(
            "TrainingPage", "Norwegian test not taken"
        ),
        SOCIAL_STUDIES_TEST_MISSING: QCoreApplication.translate(
            "TrainingPage", "Social-studies test not taken"
        ),
        EXEMPTION_WITHOUT_LEGAL_BASIS: QCoreApplication.translate(
            "TrainingPage", "Exemption without legal basis"
        ),
        CATEGORY_UNKNOWN: QCoreApplication.translate(
            "TrainingPage", "Category unknown (permit missing)"
        ),
    }
    return labels.get(code, code)


def class_columns() -> list[Column[ClassRecord]]:
    return [
        Column(
            "code", lambda: QCoreApplication.translate("TrainingPage", "Code"), lambda c: c.code
        ),
        Column(
            "name", lambda: QCoreApplication.translate("TrainingPage", "Name"), lambda c: c.name
        ),
        Column(
            "teacher",
            lambda: QCoreApplication.translate("TrainingPage", "Teacher"),
            lambda c: c.teacher,
        ),
        Column(
            "level", lambda: QCoreApplication.translate("TrainingPage", "Level"), lambda c: c.level
        ),
        Column(
            "room", lambda: QCoreApplication.translate("TrainingPage", "Room"), lambda c: c.room
        ),
        Column(
            "members",
            lambda: QCoreApplication.translate("TrainingPage", "Members"),
            lambda c: str(c.members),
            sort_key=lambda c: c.members,
            searchable=False,
            align_right=True,
        ),
    ]


def member_columns() -> list[Column[MembershipRecord]]:
    return [
        Column(
            "name",
            lambda: QCoreApplication.translate("TrainingPage", "Name"),
            lambda m: m.participant_name,
        ),
        Column(
            "from",
            lambda: QCoreApplication.translate("TrainingPage", "From"),
            lambda m: fmt_date(m.start),
            sort_key=lambda m: m.start.isoformat(),
            searchable=False,
        ),
        Column(
            "to",
            lambda: QCoreApplication.translate("TrainingPage", "To"),
            lambda m: fmt_date(m.end),
            sort_key=lambda m: m.end.isoformat() if m.end else "9999",
            searchable=False,
        ),
    ]


def _hours(h: MemberHours, value: str) -> str:
    return value if h.overview is not None else ""


def hours_columns() -> list[Column[MemberHours]]:
    return [
        Column(
            "name", lambda: QCoreApplication.translate("TrainingPage", "Name"), lambda h: h.name
        ),
        Column(
            "norwegian",
            lambda: QCoreApplication.translate("TrainingPage", "Norwegian\nhours"),
            lambda h: fmt_decimal(h.overview.hours_norwegian) if h.overview else "",
            sort_key=lambda h: h.overview.hours_norwegian if h.overview else -1,
            searchable=False,
            align_right=True,
        ),
        Column(
            "social_studies",
            lambda: QCoreApplication.translate("TrainingPage", "Social-studies\nhours"),
            lambda h: (
                (
                    fmt_decimal(h.overview.hours_social_studies)
                    + (
                        f" / {h.overview.social_studies_hours_required}"
                        if h.overview.social_studies_hours_required
                        else ""
                    )
                )
                if h.overview
                else ""
            ),
            sort_key=lambda h: h.overview.hours_social_studies if h.overview else -1,
            searchable=False,
            align_right=True,
        ),
        Column(
            "deadline",
            lambda: QCoreApplication.translate("TrainingPage", "Deadline"),
            lambda h: fmt_date(h.overview.deadline) if h.overview else "",
            sort_key=lambda h: (
                h.overview.deadline.isoformat() if h.overview and h.overview.deadline else "9999"
            ),
            searchable=False,
        ),
        Column(
            "goal_met",
            lambda: QCoreApplication.translate("TrainingPage", "Goal\nmet"),
            lambda h: (
                (
                    QCoreApplication.translate("TrainingPage", "Yes")
                    if h.overview.goal_met
                    else QCoreApplication.translate("TrainingPage", "No")
                )
                if h.overview
                else ""
            ),
        ),
        Column(
            "category",
            lambda: QCoreApplication.translate("TrainingPage", "Category"),
            lambda h: category_label(h.overview.category) if h.overview else "",
        ),
        Column(
            "warnings",
            lambda: QCoreApplication.translate("TrainingPage", "Warnings"),
            lambda h: h.warnings,
        ),
    ]
