"""Where the rules stand in the law: the brief's sections mapped to what a user is shown.

Code comments cite the domain brief (``brief §2.3``); anything a user reads cites the law
instead. Chapter-level references are used where the brief does not name the section.
"""

from __future__ import annotations

import re

# brief section (or its first level) → the law a coordinator can look up.
LAW_BY_BRIEF_SECTION: dict[str, str] = {
    "1.1": "integreringsloven § 8",
    "1.2": "integreringsloven § 12",
    "1.3": "integreringsloven kapittel 4",
    "1.4": "integreringsloven §§ 13–14",
    "2.1": "integreringsloven kapittel 4",
    "2.2": "integreringsloven §§ 14–14 a",
    "2.3": "integreringsforskriften kapittel 3–4",
    "3": "integreringsloven §§ 19–25",
    "3.3": "integreringsloven § 20",
    "4.0": "integreringsloven kapittel 6",
    "4.1": "integreringsloven kapittel 6",
    "4.2": "integreringsloven kapittel 6",
    "4.3": "integreringsloven kapittel 6",
    "4.4": "utlendingsloven § 62",
    "4.5": "statsborgerloven § 8",
    "7": "integreringsforskriften kapittel 9",
}

_SECTION = re.compile(r"§\s?(\d+(?:\.\d+)?)")


def law_reference(brief_sections: str) -> str:
    """``"§1.4, §2.2 (§ 14 a)"`` → ``"integreringsloven §§ 13–14; integreringsloven §§ 14–14 a"``;
    sections with no known law give nothing rather than a guess."""
    found: list[str] = []
    for number in _SECTION.findall(brief_sections):
        law = LAW_BY_BRIEF_SECTION.get(number) or LAW_BY_BRIEF_SECTION.get(number.split(".")[0])
        if law and law not in found:
            found.append(law)
    return "; ".join(found)


_BRIEF_CITATION = re.compile(r"(\s?)\(brief (§[^)]*)\)")


def cite_law(text: str) -> str:
    """A message with its ``(brief §…)`` citations replaced by the law (or dropped)."""

    def replace(match: re.Match[str]) -> str:
        law = law_reference(match.group(2))
        return f"{match.group(1)}({law})" if law else ""

    return _BRIEF_CITATION.sub(replace, text)


def law_nn(law: str) -> str:
    """A law reference as Nynorsk writes it: "integreringsloven § 23" → "integreringslova
    § 23", "statsborgerforskriften" → "statsborgarforskrifta" (the names only)."""
    nynorsk = law.replace("loven", "lova").replace("forskriften", "forskrifta")
    return nynorsk.replace("statsborger", "statsborgar")


# The acts and regulations by their English names (as "Integration Act § 8" elsewhere).
_LAW_EN = {
    "integreringsloven": "Integration Act",
    "integreringsforskriften": "Integration Regulations",
    "introduksjonsloven": "Introduction Act",
    "utlendingsloven": "Immigration Act",
    "statsborgerloven": "Nationality Act",
    "statsborgerforskriften": "Nationality Regulations",
    "kapittel": "chapter",
    "første": "first",
    "andre": "second",
    "tredje": "third",
    "fjerde": "fourth",
    "siste": "last",
    "ledd": "paragraph",
}


def law_en(law: str) -> str:
    """A law reference as English writes it: "utlendingsloven § 62" → "Immigration Act § 62",
    "integreringsloven § 23 andre ledd" → "Integration Act § 23 second paragraph" (the names
    and words of a reference only)."""
    return " ".join(_LAW_EN.get(word, word) for word in law.split(" "))


def law_in(law: str, language: str) -> str:
    """A law reference (``law_reference``) as ``language`` writes it: Bokmål as it is,
    Nynorsk (``law_nn``) or English (``law_en``)."""
    if language == "nn":
        return law_nn(law)
    if language == "en":
        return law_en(law)
    return law
