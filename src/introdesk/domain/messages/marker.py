"""The marker lupdate reads, without importing Qt (see ``domain/messages/__init__.py``)."""

from __future__ import annotations

CONTEXT = "Messages"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (the name lupdate reads)
    """Marks ``text`` for translation in ``context``; returns it unchanged."""
    return text
