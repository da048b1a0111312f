"""The catalogue of fixed labels and headings printed on documents, per language.

Data in ``resources/catalogues/document_labels.json``: for each key a text in nb (Norwegian
Bokmål, always printed, or nn, Nynorsk, when the municipality writes nynorsk), en, ar, prs
(Dari), ti (Tigrinya), so (Somali) and uk (Ukrainian). Nynorsk is a written standard of the
Norwegian column, not a language printed beside it, so it is not among ``languages``. Every
language carries ``"reviewed": false`` until a translator has checked it: the texts were drafted
by machine.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from introdesk.core import paths

NORWEGIAN = "nb"
NYNORSK = "nn"
# The municipality's written standard for documents (setting ``document_standard``).
WRITTEN_STANDARDS = (NORWEGIAN, NYNORSK)
FALLBACK = "en"
FIRST_STRONG_ISOLATE = "\u2068"
POP_DIRECTIONAL_ISOLATE = "\u2069"
NO_BREAK_SPACE = "\u00a0"


def isolate(value: str) -> str:
    """A value to put inside right-to-left text, kept whole and in its own direction.

    Without the isolate a phone number "987 65 432" in Arabic text is shown as "432 65 987"
    (the bidi algorithm reorders the digit groups); no-break spaces keep it on one line.
    """
    return FIRST_STRONG_ISOLATE + value.replace(" ", NO_BREAK_SPACE) + POP_DIRECTIONAL_ISOLATE


@dataclass(frozen=True, slots=True)
class LanguageInfo:
    code: str
    name: str  # the language's own name for itself
    right_to_left: bool
    reviewed: bool


@dataclass(frozen=True, slots=True)
class LabelCatalogue:
    """Fixed document texts by key and language code."""

    languages: MappingProxyType[str, LanguageInfo]
    texts: MappingProxyType[str, MappingProxyType[str, str]]

    def text(self, key: str, language: str, **values: object) -> str:
        """The label in ``language`` (English when that language lacks it), formatted."""
        by_language = self.texts[key]
        fallback = NORWEGIAN if language == NYNORSK else FALLBACK
        template = by_language.get(language) or by_language[fallback]
        if not values:
            return template
        info = self.languages.get(language)
        if info is not None and info.right_to_left:
            values = {name: isolate(str(value)) for name, value in values.items()}
        return template.format(**values)

    def norwegian(self, key: str, **values: object) -> str:
        return self.text(key, NORWEGIAN, **values)

    def missing(self, language: str) -> list[str]:
        """Keys without a text in ``language`` (``nn``: printed in Bokmål until filled)."""
        return sorted(key for key, texts in self.texts.items() if not texts.get(language))

    def language(self, code: str) -> LanguageInfo:
        try:
            return self.languages[code]
        except KeyError:
            raise KeyError(f"no document labels for language {code!r}") from None

    def label_keys(self) -> list[str]:
        return sorted(self.texts)


def catalogue_path() -> Path:
    return paths.resources_dir() / "catalogues" / "document_labels.json"


@lru_cache(maxsize=4)
def load_labels(path: Path | None = None) -> LabelCatalogue:
    """Read (once per path) and check the label catalogue."""
    raw: dict[str, Any] = json.loads((path or catalogue_path()).read_text(encoding="utf-8"))
    languages = {
        code: LanguageInfo(
            code=code,
            name=str(info["name"]),
            right_to_left=info["direction"] == "rtl",
            reviewed=bool(info["reviewed"]),
        )
        for code, info in raw["languages"].items()
    }
    texts: dict[str, MappingProxyType[str, str]] = {}
    for key, by_language in raw["labels"].items():
        if NORWEGIAN not in by_language or FALLBACK not in by_language:
            raise ValueError(f"label {key!r} lacks {NORWEGIAN} or {FALLBACK}")
        texts[key] = MappingProxyType({str(k): str(v) for k, v in by_language.items()})
    return LabelCatalogue(MappingProxyType(languages), MappingProxyType(texts))
