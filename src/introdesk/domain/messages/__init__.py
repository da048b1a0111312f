"""The coded messages: English text for each code a service raises (``domain/errors.py``).

Services raise ``UserInputError(code="documents.no_plan", ...)``; the placeholders are the
error's ``params``. The texts are marked for Qt Linguist (context ``Messages``) without
importing Qt: ``packaging/translations.py`` extracts them into the ``.ts`` files, the window
translates them with ``QCoreApplication.translate`` (unless ``ui/error_messages.py`` has a
text of its own for the code) and the command line reads the ``.ts`` files
(``app/messages.py``). Programme events (issue 14) carry {kind} {day} {other}, and {dato} and
{annen} (the same dates as dd.mm.yyyy) for the window.
"""

from __future__ import annotations

from introdesk.domain.messages import (
    casework_messages,
    database_messages,
    input_messages,
    value_messages,
)
from introdesk.domain.messages.marker import CONTEXT, QT_TRANSLATE_NOOP

# One table for every code; the parts are split by concern only to keep modules readable.
MESSAGES: dict[str, str] = {
    **database_messages.MESSAGES,
    **casework_messages.MESSAGES,
    **input_messages.MESSAGES,
    **value_messages.MESSAGES,
}

__all__ = ["CONTEXT", "MESSAGES", "QT_TRANSLATE_NOOP"]
