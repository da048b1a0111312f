"""The training page (brief §4.0, §5.1), split by concern:

- ``page``: classes, members, the week's lessons and each member's hours (``TrainingPage``);
- ``attendance_grid``: the week's members × lessons grid entered from the keyboard;
- ``columns``: the page's tables and the labels for categories and warnings.
"""

from introdesk.ui.pages.training.page import TrainingPage

__all__ = ["TrainingPage"]
