"""Plain records the services hand to the UI and the command line (never live ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from introdesk.domain.codes import ParticipantStatus, Sex


@dataclass(frozen=True, slots=True)
class AuditRecord:
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: str
    field: str
    old_value: str | None
    new_value: str | None


@dataclass(frozen=True, slots=True)
class AdviserRecord:
    id: int
    username: str
    full_name: str
    email: str
    active: bool


@dataclass(frozen=True, slots=True)
class ParticipantRecord:
    id: int
    given_name: str
    family_name: str
    preferred_name: str
    birth_date: date | None
    national_id: str | None
    sex: Sex | None
    status: ParticipantStatus
    adviser_id: int | None
    adviser_name: str
    archived: bool
    row_version: int = 0  # for optimistic concurrency: pass back as ``expected_version``

    @property
    def display_name(self) -> str:
        return f"{self.family_name}, {self.given_name}"


@dataclass(frozen=True, slots=True)
class NewParticipant:
    given_name: str
    family_name: str
    birth_date: date | None = None
    national_id: str | None = None
    sex: Sex | None = None
    preferred_name: str = ""
    status: ParticipantStatus = ParticipantStatus.REFERRED
    adviser_id: int | None = None
