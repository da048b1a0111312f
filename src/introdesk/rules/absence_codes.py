"""The absence-code catalogue (brief §2.3): labels, validity, pay and documentation per code.

The catalogue is data in ``resources/catalogues/absence_codes.json``; ``load_absence_codes`` is the
only function here that reads a file. The rule engines take an ``AbsenceCatalogue`` argument.
The JSON must list exactly the codes of ``domain.attendance.AbsenceType``: a code the rules refer
to cannot silently go missing.

- ``valid``: lawful absence (illness, compelling welfare reasons or granted leave). Only
  ``invalid`` is not valid; it reduces the benefit under § 21 (brief §3.3).
- ``paid``: the benefit continues. Unpaid codes (``unpaid_leave``, ``long_term_illness``,
  ``care_leave``, ``invalid``) are deducted hour by hour in ``rules/benefit.py``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

from introdesk.core import paths
from introdesk.domain.absence_catalogue import (
    DOCUMENTATION_KINDS,
    AbsenceCatalogue,
    AbsenceCodeInfo,
)
from introdesk.domain.attendance import AbsenceType
from introdesk.domain.errors import RuleTableError
from introdesk.rules.tables import read_json_file


def catalogue_from_dict(data: dict[str, Any]) -> AbsenceCatalogue:
    infos: list[AbsenceCodeInfo] = []
    for raw in data.get("codes", []):
        try:
            code = AbsenceType(raw["code"])
        except (KeyError, ValueError) as exc:
            raise RuleTableError(f"Absence catalogue: unknown code {raw.get('code')!r}") from exc
        documentation = str(raw.get("documentation", "none"))
        if documentation not in DOCUMENTATION_KINDS:
            raise RuleTableError(f"Absence catalogue: {code}: unknown documentation kind")
        infos.append(
            AbsenceCodeInfo(
                code=code,
                label_nb=str(raw["label_nb"]),
                label_en=str(raw["label_en"]),
                valid=bool(raw["valid"]),
                paid=bool(raw["paid"]),
                documentation=documentation,
                section=str(raw.get("section", "")),
                source=str(raw.get("source", "")),
                unconfirmed=bool(raw.get("unconfirmed", False)),
                note=str(raw.get("note", "")),
                label_nn=str(raw.get("label_nn", "")),
            )
        )
    listed = [info.code for info in infos]
    if sorted(listed) != sorted(AbsenceType) or len(set(listed)) != len(listed):
        raise RuleTableError("Absence catalogue must list every absence code exactly once")
    return AbsenceCatalogue(tuple(infos))


def load_absence_codes_file(path: Path) -> AbsenceCatalogue:
    return catalogue_from_dict(read_json_file(path, "Catalogue"))


@cache
def load_absence_codes() -> AbsenceCatalogue:
    """The bundled catalogue ``resources/catalogues/absence_codes.json`` (cached, read-only)."""
    return load_absence_codes_file(paths.resources_dir() / "catalogues" / "absence_codes.json")
