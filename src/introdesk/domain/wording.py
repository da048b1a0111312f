"""Which of a rule's written forms a reader gets: the one rule for every ``…_in(language)``.

A rule writes its texts in Bokmål and, beside them, in Nynorsk (``…_nn``) and English
(``…_en``); an empty form means the rule has none yet, and the reader gets the Bokmål
(docs/architecture.md, "the rules' Nynorsk").
"""

from __future__ import annotations

from typing import TypeVar

Text = TypeVar("Text", str, tuple[str, ...])


def in_language(language: str, nb: Text, nn: Text, en: Text) -> Text:
    """``nn`` or ``en`` for a reader of that language where the rule wrote it, else ``nb``."""
    written = {"nn": nn, "en": en}.get(language)
    return written if written else nb
