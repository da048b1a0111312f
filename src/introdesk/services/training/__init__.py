"""Norwegian and social-studies training (brief §4.0, §5.1), split by concern:

- ``service``: enrol, exemptions, leave, the end, hours per year and status
  (``TrainingService``);
- ``enrolment``: the permit facts, education background, starting norskmål and new record of
  an enrolment;
- ``status``: a record's category, deadline, hours, goal and warnings through the pure rules.
"""

from introdesk.services.training.service import HistoryProvider, TrainingService
from introdesk.services.training.status import CATEGORY_UNKNOWN

__all__ = ["CATEGORY_UNKNOWN", "HistoryProvider", "TrainingService"]
