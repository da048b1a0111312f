"""The absence-code catalogue as values (brief §2.3): label, validity, pay and documentation
per code. ``rules/absence_codes.py`` loads it from ``resources/catalogues/absence_codes.json``."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

from introdesk.domain.attendance import AbsenceType
from introdesk.domain.errors import UserInputError

DOCUMENTATION_KINDS = frozenset(
    {"none", "self_certification", "medical_certificate", "approval", "notice"}
)


@dataclass(frozen=True, slots=True)
class AbsenceCodeInfo:
    code: AbsenceType
    label_nb: str
    label_en: str
    valid: bool
    paid: bool
    documentation: str  # one of DOCUMENTATION_KINDS
    section: str  # where in the brief the rule is described, e.g. "brief §2.3"
    source: str = ""
    unconfirmed: bool = False
    note: str = ""
    label_nn: str = ""  # Nynorsk, for documents written in nynorsk
    # The hash of the fields above, worked out once: a month's deduction lines are remembered
    # by their code's entry, tens of thousands of look-ups.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = (
            self.code,
            self.label_nb,
            self.label_en,
            self.valid,
            self.paid,
            self.documentation,
            self.section,
            self.source,
            self.unconfirmed,
            self.note,
            self.label_nn,
        )
        object.__setattr__(self, "_hash", hash(fields))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True)
class AbsenceCatalogue(Mapping[str, AbsenceCodeInfo]):
    """Code → information; looking up an unknown code is a user-facing error."""

    codes: tuple[AbsenceCodeInfo, ...]
    # Code → its first entry in ``codes``: a month's benefit looks codes up tens of thousands
    # of times.
    _by_code: dict[str, AbsenceCodeInfo] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        by_code: dict[str, AbsenceCodeInfo] = {}
        for info in self.codes:
            by_code.setdefault(info.code, info)
        object.__setattr__(self, "_by_code", by_code)

    def __getitem__(self, code: str) -> AbsenceCodeInfo:
        info = self._by_code.get(code)
        if info is None:
            raise UserInputError(code="attendance.unknown_absence_code", code_given=code)
        return info

    def __iter__(self) -> Iterator[str]:
        return (str(info.code) for info in self.codes)

    def __len__(self) -> int:
        return len(self.codes)
