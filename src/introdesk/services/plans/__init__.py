"""Integration plans (brief §1.3 step 4, §1.4, §2), split by concern:

- ``service``: drafts, validation, signing, revisions and history (``PlanService``);
- ``element_edits``: adding, changing, moving and removing one element of a plan;
- ``revisions``: the version in force, plan status and revision reminders;
- ``signing``: the checks and writes of signing a version;
- ``participant_facts``: the participant facts the plan rules need.
"""

from introdesk.services.plans.participant_facts import plan_context
from introdesk.services.plans.revisions import (
    DEFAULT_REVISION_INTERVAL_MONTHS,
    REVISION_INTERVAL_SETTING,
    RevisionReminder,
)
from introdesk.services.plans.service import PlanService, PlanValidation
from introdesk.services.plans.signing import ENTITY

__all__ = [
    "DEFAULT_REVISION_INTERVAL_MONTHS",
    "ENTITY",
    "REVISION_INTERVAL_SETTING",
    "PlanService",
    "PlanValidation",
    "RevisionReminder",
    "plan_context",
]
