"""What the printed documents need to know about a participant, beyond ``ParticipantRecord``.

A plain value read in one go from the participant row (and the adviser's name and e-mail), so the
document service maps it to the reporting data without touching the database again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from introdesk.domain.codes import ParticipantStatus, Regime


@dataclass(frozen=True, slots=True)
class DocumentPerson:
    id: int
    given_name: str
    family_name: str
    status: ParticipantStatus
    regime: Regime = Regime.INTEGRATION_ACT
    preferred_name: str = ""
    birth_date: date | None = None
    address: str = ""  # free text; lines separated by newlines or commas
    mother_tongue: str = ""
    interpreter_language: str = ""
    decision_date: date | None = None
    programme_start: date | None = None
    adviser_name: str = ""
    adviser_email: str = ""
    upper_secondary_or_higher: bool = False  # decides the ordinary programme length (§1.4)
    exit_date: date | None = None  # since when the current status is completed/stopped/...

    @property
    def full_name(self) -> str:
        """Given name first, as on a letter: ``Amira Haddad``."""
        return f"{self.given_name} {self.family_name}".strip()
