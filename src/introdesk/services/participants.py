"""Participant use cases: list, create, change, archive; every change audited in the same
transaction as the change itself."""

from __future__ import annotations

import builtins
from dataclasses import fields, replace

from stdnum.no import fodselsnummer

from introdesk.core import clock
from introdesk.domain.codes import ParticipantStatus, Sex
from introdesk.domain.errors import FieldProblem, NotFoundError, ValidationError
from introdesk.domain.records import AuditRecord, NewParticipant, ParticipantRecord
from introdesk.persistence.base import utcnow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as repo
from introdesk.services.context import ServiceContext

EDITABLE = (
    "given_name",
    "family_name",
    "preferred_name",
    "birth_date",
    "national_id",
    "sex",
    "status",
    "adviser_id",
)


def national_id_problem(value: str) -> str | None:
    """Why a fødselsnummer/D-number is not acceptable, or None."""
    try:
        fodselsnummer.validate(value)
    except fodselsnummer.InvalidLength:
        return "must have 11 digits"
    except fodselsnummer.InvalidFormat:
        return "may contain digits only"
    except fodselsnummer.InvalidChecksum:
        return "check digits do not match (typing error?)"
    except fodselsnummer.InvalidComponent:
        return "the birth date in the number is impossible"
    except fodselsnummer.ValidationError:
        return "is not a valid fødselsnummer or D-number"
    return None


def validate_new(new: NewParticipant) -> list[FieldProblem]:
    problems = []
    if not new.given_name.strip():
        problems.append(FieldProblem(None, "given_name", "is required"))
    if not new.family_name.strip():
        problems.append(FieldProblem(None, "family_name", "is required"))
    if new.national_id:
        reason = national_id_problem(new.national_id)
        if reason:
            problems.append(FieldProblem(None, "national_id", reason))
    if new.birth_date and new.birth_date > clock.today():
        problems.append(FieldProblem(None, "birth_date", "lies in the future"))
    return problems


class ParticipantService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def list(
        self, *, search: str = "", include_archived: bool = False
    ) -> builtins.list[ParticipantRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return repo.list_records(uow.session, search=search, include_archived=include_archived)

    def get(self, participant_id: int) -> ParticipantRecord:
        with self._ctx.database.unit_of_work(write=False) as uow:
            record = repo.get_record(uow.session, participant_id)
        if record is None:
            raise NotFoundError(f"No participant with id {participant_id}")
        return record

    def resolve(self, reference: str) -> int:
        """A participant named by id or by national id (as everywhere on the command line)."""
        text = reference.strip()
        with self._ctx.database.unit_of_work(write=False) as uow:
            if len(text) == 11 and text.isdigit():
                found = repo.find_id_by_national_id(uow.session, text)
                if found is not None:
                    return found
            elif text.isdigit() and repo.get_row(uow.session, int(text)) is not None:
                return int(text)
        raise NotFoundError(f"No participant {text!r} (give the id or the national id)")

    def create(self, new: NewParticipant) -> ParticipantRecord:
        new = replace(new, given_name=new.given_name.strip(), family_name=new.family_name.strip())
        problems = validate_new(new)
        if problems:
            raise ValidationError(problems)
        with self._ctx.database.unit_of_work() as uow:
            if new.national_id and repo.find_id_by_national_id(uow.session, new.national_id):
                raise ValidationError(
                    [FieldProblem(None, "national_id", "already belongs to another participant")]
                )
            row = repo.add(uow.session, new)
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="create",
                entity="participant",
                entity_id=row.id,
                changes={
                    f.name: (None, getattr(new, f.name))
                    for f in fields(new)
                    if getattr(new, f.name) not in (None, "")
                },
            )
            uow.commit()
            participant_id = row.id
        return self.get(participant_id)

    def update(self, participant_id: int, changes: dict[str, object]) -> ParticipantRecord:
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise ValidationError(
                [FieldProblem(None, name, "cannot be changed here") for name in unknown]
            )
        national_id = changes.get("national_id")
        if isinstance(national_id, str) and national_id:
            reason = national_id_problem(national_id)
            if reason:
                raise ValidationError([FieldProblem(None, "national_id", reason)])
        with self._ctx.database.unit_of_work() as uow:
            row = repo.get_row(uow.session, participant_id)
            if row is None:
                raise NotFoundError(f"No participant with id {participant_id}")
            diff: dict[str, tuple[object, object]] = {}
            for name, value in changes.items():
                stored = value.value if isinstance(value, Sex | ParticipantStatus) else value
                if name == "sex" and stored is None:
                    stored = ""
                old = getattr(row, name)
                if old != stored:
                    diff[name] = (old, stored)
                    setattr(row, name, stored)
            if diff:
                audit.record(
                    uow.session,
                    actor=self._ctx.actor,
                    action="update",
                    entity="participant",
                    entity_id=participant_id,
                    changes=diff,
                )
                uow.commit()
        return self.get(participant_id)

    def archive(self, participant_id: int) -> None:
        self._set_archived(participant_id, archived=True)

    def restore(self, participant_id: int) -> None:
        self._set_archived(participant_id, archived=False)

    def _set_archived(self, participant_id: int, *, archived: bool) -> None:
        with self._ctx.database.unit_of_work() as uow:
            row = repo.get_row(uow.session, participant_id)
            if row is None:
                raise NotFoundError(f"No participant with id {participant_id}")
            if (row.archived_at is not None) == archived:
                return
            row.archived_at = utcnow() if archived else None
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="archive" if archived else "restore",
                entity="participant",
                entity_id=participant_id,
                changes={"archived": (not archived, archived)},
            )
            uow.commit()

    def history(self, participant_id: int) -> builtins.list[AuditRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return audit.history(uow.session, "participant", participant_id)
