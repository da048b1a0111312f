"""The tests page (brief §4), split by concern:

- ``page``: the overview, and per participant the chart, results and readiness (``TestsPage``);
- ``overview``: the overview table's columns and its near-deadline filter;
- ``record_form``: the form for a new result or exemption, and how a stored result reads.
"""

from introdesk.ui.pages.tests.page import TestsPage
from introdesk.ui.pages.tests.record_form import describe

__all__ = ["TestsPage", "describe"]
