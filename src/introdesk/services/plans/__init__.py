"""Integration plans (brief §1.3 step 4, §1.4, §2), split by concern:

- ``service``: drafts, validation, signing, revisions and history (``PlanService``);
- ``element_edits``: adding, changing, moving and removing one element of a plan;
- ``revisions``: the version in force, plan status and revision reminders;
- ``signing``: the checks and writes of signing a version;
- ``participant_facts``: the participant facts the plan rules need.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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

# Each name's module, imported when the name is first used: a month's benefit reads its plans
# through ``revisions`` alone and does not load the plan rules the service needs (issue 18).
_MODULES = {
    "DEFAULT_REVISION_INTERVAL_MONTHS": "revisions",
    "ENTITY": "signing",
    "REVISION_INTERVAL_SETTING": "revisions",
    "PlanService": "service",
    "PlanValidation": "service",
    "RevisionReminder": "revisions",
    "plan_context": "participant_facts",
}


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value
