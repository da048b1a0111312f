"""The Plans page, split by concern: ``page`` (what it does), ``sections`` (header and plan
details), ``schedule`` (the week calendar), ``findings`` (findings and versions), ``labels``."""

from introdesk.ui.pages.plans.labels import FIRST_DAY_COLUMN, TOTAL_COLUMN
from introdesk.ui.pages.plans.page import PlansPage

__all__ = ["FIRST_DAY_COLUMN", "TOTAL_COLUMN", "PlansPage"]
