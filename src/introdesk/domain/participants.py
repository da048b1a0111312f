"""Plain facts about a participant that the participant rules need (brief §1.1, §1.2, §1.4, §6).

These are values, not records: the persistence layer maps its rows to them and the rules in
``introdesk.rules`` (eligibility, deadlines, goals, qualifications) read them. Nothing here
knows about the database, the UI or today's date.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from introdesk.core.quick_init import quick_init
from introdesk.domain.codes import EducationLevel, PermitType, Regime


class ApprovalStatus(StrEnum):
    """Status of an application to HK-dir for approval of foreign vocational training (brief §6)."""

    NOT_APPLIED = "not_applied"
    APPLIED = "applied"
    APPROVED = "approved"
    REJECTED = "rejected"


@quick_init
@dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantFacts:
    """What the eligibility, deadline and goal rules need to know about one person.

    Field meanings, with the brief section each one serves:

    - ``permit_date``: the date the qualifying residence permit was granted; age limits are
      measured on this date, not today (brief §1.1).
    - ``settlement_date``: settlement in the municipality (bosetting). Time in an asylum reception
      centre before that does not count (brief §1.1). ``None`` while not yet settled.
    - ``first_settlement_date``: the first settlement in any Norwegian municipality; the
      two-year window counts from it (issue 14 item 3); ``None`` means the settlement here.
    - ``request_date``: when the person asked to take part; the start deadline runs from this
      date when it is later than settlement (brief §1.2).
    - ``settled_by_agreement``: settled by agreement between the municipality and IMDi; not
      required for family-immigration and independent permits (brief §1.1).
    - ``sponsor_settled_under_five_years``: family immigration only: whether the sponsor had
      lived in a municipality less than 5 years when the application was made (brief §1.1);
      ``None`` when not recorded.
    - ``completed_upper_secondary``: has completed upper-secondary education that meets the GSU
      list (brief §1.4, §4.0). ``education_level=UPPER_SECONDARY`` with this flag false means
      upper-secondary was started but not completed.
    - ``mapping_date``, ``decision_date``, ``programme_start``: when competence mapping was done,
      the programme decision (§ 12 vedtak) was made and the programme started (brief §1.2, §1.3).
    - ``approved_leave_days``: approved leave, added to the programme period (brief §1.4).
    """

    birth_date: date
    permit_type: PermitType
    permit_date: date
    regime: Regime
    settlement_date: date | None = None
    request_date: date | None = None
    first_settlement_date: date | None = None
    settled_by_agreement: bool = False
    sponsor_settled_under_five_years: bool | None = None
    education_level: EducationLevel = EducationLevel.NONE
    completed_upper_secondary: bool = False
    children_under_18: int = 0
    lives_with_parents: bool = False
    mapping_date: date | None = None
    decision_date: date | None = None
    programme_start: date | None = None
    approved_leave_days: int = 0

    def __post_init__(self) -> None:
        if self.children_under_18 < 0:
            raise ValueError("children_under_18 cannot be negative")
        if self.approved_leave_days < 0:
            raise ValueError("approved_leave_days cannot be negative")

    @property
    def has_upper_secondary_or_higher(self) -> bool:
        """The § 13 group: completed upper-secondary (GSU list) or higher (brief §1.4)."""
        return self.completed_upper_secondary or self.education_level is EducationLevel.HIGHER


@dataclass(frozen=True, slots=True, kw_only=True)
class VocationalApproval:
    """One application for HK-dir approval of foreign vocational training (brief §6)."""

    country: str  # ISO 3166-1 alpha-2 code of the country where the training was taken
    trade: str  # trade code from resources/catalogues/hkdir_vocational_approval.json
    status: ApprovalStatus = ApprovalStatus.NOT_APPLIED
    applied_on: date | None = None
    decided_on: date | None = None
