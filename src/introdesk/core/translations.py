"""The interface's translations read without Qt, for the layers that may not load PySide6.

The window translates with Qt (``ui/i18n.py``). The command line (issue 18) and the Excel
reports (issue 17: written by the reports service for the window and the command line alike)
read the same Qt Linguist sources, ``resources/translations/introdesk_{nb,nn}.ts``, with
ElementTree: once per process and language, and only when there is something to translate.
English is the source language: it has no catalogue.
"""

from __future__ import annotations

import functools
import logging

log = logging.getLogger(__name__)


@functools.cache
def catalogue(language: str) -> dict[tuple[str, str], str]:
    """``(context, English source) -> translation`` for ``language`` (every finished entry);
    empty for English or when the file cannot be read."""
    if language == "en":
        return {}
    import xml.etree.ElementTree as ET  # only here: most commands print no translated text

    from introdesk.core import paths

    path = paths.resources_dir() / "translations" / f"introdesk_{language}.ts"
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError):
        log.warning("No translations for %s; texts stay in English", language)
        return {}
    found: dict[tuple[str, str], str] = {}
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                continue
            text = translation.text or ""
            if text.strip():
                found[(name, message.findtext("source", ""))] = text
    return found


def translate(text: str, language: str, context: str) -> str:
    """``text`` (an English source string of ``context``) in ``language``; the English when
    it is not translated."""
    return catalogue(language).get((context, text), text)
