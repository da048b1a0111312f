"""Participant use cases: list, create, change, archive; every change audited in the same
transaction as the change itself."""

from __future__ import annotations

import builtins
from dataclasses import fields, replace
from datetime import date

from introdesk.core import clock, paths
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import FieldProblem, NotFoundError, ValidationError
from introdesk.domain.participant_details import (
    FIELD_NAMES,
    Assessment,
    CompetenceMapping,
    ParticipantDetails,
    ParticipantFields,
    ParticipantSummary,
)
from introdesk.domain.records import AdviserRecord, AuditRecord, NewParticipant, ParticipantRecord
from introdesk.persistence.base import utcnow
from introdesk.persistence.models import ParticipantRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as repo
from introdesk.persistence.repositories import programme_events as programme_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.persistence.uow import Session
from introdesk.rules.participant_assessment import assess
from introdesk.rules.qualifications import recognition_route_hint
from introdesk.rules.tables import load_table_file
from introdesk.services.concurrency import refuse_if_stale
from introdesk.services.context import ServiceContext
from introdesk.services.participants.audit_changes import competence_changes, created_changes
from introdesk.services.participants.checks import (
    complete_fields,
    is_record_id,
    validate_fields,
    validate_new,
)
from introdesk.services.participants.summaries import assessment_tables, summary_of

EDITABLE = FIELD_NAMES
HKDIR_CATALOGUE = "hkdir_vocational_approval.json"


def refuse_taken_national_id(
    session: Session, national_id: str | None, participant_id: int | None = None
) -> None:
    """One national id, one participant: refused when someone other than ``participant_id``
    (None: anyone, for a new participant) already has it."""
    if not national_id:
        return
    other = repo.find_id_by_national_id(session, national_id)
    if other is not None and other != participant_id:
        raise ValidationError([FieldProblem.coded(None, "national_id", "rows.id_taken")])


def _checked_new(record: ParticipantFields) -> ParticipantFields:
    """A new record completed (trimmed, birth date from the number) and checked."""
    record = complete_fields(record)
    problems = validate_fields(record)
    if problems:
        raise ValidationError(problems)
    return record


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
            raise NotFoundError(code="participants.not_found", id=participant_id)
        return record

    def resolve(self, reference: str) -> int:
        """A participant named by id or by national id (as everywhere on the command line)."""
        text = reference.strip()
        with self._ctx.database.unit_of_work(write=False) as uow:
            if len(text) == 11 and text.isdigit():
                found = repo.find_id_by_national_id(uow.session, text)
                if found is not None:
                    return found
            elif is_record_id(text) and repo.get_row(uow.session, int(text)) is not None:
                return int(text)
        raise NotFoundError(code="participants.not_found_text", text=text)

    def create(self, new: NewParticipant) -> ParticipantRecord:
        new = replace(new, given_name=new.given_name.strip(), family_name=new.family_name.strip())
        problems = validate_new(new)
        if problems:
            raise ValidationError(problems)
        with self._ctx.database.unit_of_work() as uow:
            refuse_taken_national_id(uow.session, new.national_id)
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

    def update(
        self,
        participant_id: int,
        changes: dict[str, object],
        *,
        expected_version: int | None = None,
    ) -> ParticipantRecord:
        """Change some fields; each changed field is audited with its old and new value.

        With ``expected_version`` (the ``row_version`` the caller read) a record saved by
        someone else meanwhile is refused with a ``ConflictError``."""
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise ValidationError(
                [FieldProblem.coded(None, name, "rows.not_changed_here") for name in unknown]
            )
        with self._ctx.database.unit_of_work() as uow:
            row = self._locked_row(uow.session, participant_id, expected_version)
            current = repo.row_fields(row)
            try:
                wanted = replace(current, **changes)  # type: ignore[arg-type]
            except TypeError as exc:
                raise ValidationError([FieldProblem(None, "?", str(exc))]) from None
            self._write_changes(uow.session, participant_id, row, current, wanted)
            uow.commit()
        return self.get(participant_id)

    def _locked_row(
        self, session: Session, participant_id: int, expected_version: int | None
    ) -> ParticipantRow:
        row = repo.get_row(session, participant_id, for_update=True)
        if row is None:
            raise NotFoundError(code="participants.not_found", id=participant_id)
        refuse_if_stale(
            session,
            what=f"Participant {participant_id}",
            entity="participant",
            entity_id=participant_id,
            current=row.row_version,
            expected=expected_version,
        )
        return row

    def _write_changes(
        self,
        session: Session,
        participant_id: int,
        row: object,
        current: ParticipantFields,
        wanted: ParticipantFields,
    ) -> bool:
        wanted = complete_fields(wanted)
        changed = {
            name: (getattr(current, name), getattr(wanted, name))
            for name in FIELD_NAMES
            if getattr(current, name) != getattr(wanted, name)
        }
        if not changed:
            return False
        problems = [
            p
            for p in validate_fields(wanted)
            if p.field in changed
            or p.field in ("given_name", "family_name", "goal_override_reason")
        ]
        if problems:
            raise ValidationError(problems)
        partner = wanted.household_partner_id
        if (
            "household_partner_id" in changed
            and partner is not None
            and (partner == participant_id or repo.get_row(session, partner) is None)
        ):
            raise ValidationError(
                [FieldProblem.coded(None, "household_partner_id", "rows.not_another_participant")]
            )
        if "national_id" in changed:
            refuse_taken_national_id(session, wanted.national_id, participant_id)
        # Imported where a change is written: reading the list does not load the programme's
        # course and the plans it imports (issue 18).
        from introdesk.services.programme import course_events_for_fields, record_event

        course = course_events_for_fields(
            programme_repo.events_of(session, participant_id), changed
        )
        for name, (_old, new) in changed.items():
            setattr(row, name, repo.stored_value(name, new))
        if "status" in changed:
            repo.add_status_period(session, participant_id, wanted.status, clock.today())
        audit.record(
            session,
            actor=self._ctx.actor,
            action="update",
            entity="participant",
            entity_id=participant_id,
            changes=changed,
        )
        for event in course:
            record_event(session, participant_id, event, self._ctx.actor)
        return True

    # --- the full record -----------------------------------------------------------------

    def new_record(
        self, record: ParticipantFields, competence: CompetenceMapping | None = None
    ) -> int:
        """Create a participant from the full record (and competence mapping); returns the id.
        The window's editor ("Ny…") and ``introdesk participants add`` both create here."""
        record = _checked_new(record)
        with self._ctx.database.unit_of_work() as uow:
            refuse_taken_national_id(uow.session, record.national_id)
            row = repo.add_fields(uow.session, record)
            repo.add_status_period(uow.session, row.id, record.status, clock.today())
            audit.record(
                uow.session,
                actor=self._ctx.actor,
                action="create",
                entity="participant",
                entity_id=row.id,
                changes=created_changes(record),
            )
            from introdesk.services.programme import course_events_for_fields, record_event

            dates = {
                "decision_date": (None, record.decision_date),
                "programme_start": (None, record.programme_start),
            }
            for event in course_events_for_fields([], dates):
                record_event(uow.session, row.id, event, self._ctx.actor)
            if competence is not None and competence != CompetenceMapping():
                repo.replace_competence(uow.session, row.id, competence)
                audit.record(
                    uow.session,
                    actor=self._ctx.actor,
                    action="create",
                    entity="participant",
                    entity_id=row.id,
                    changes=competence_changes(CompetenceMapping(), competence),
                )
            uow.commit()
            return row.id

    def check_new_record(self, record: ParticipantFields) -> ParticipantFields:
        """What ``new_record`` would store, after its checks (a ``ValidationError`` with every
        problem otherwise); nothing is written (``participants add --dry-run``)."""
        record = _checked_new(record)
        with self._ctx.database.unit_of_work(write=False) as uow:
            refuse_taken_national_id(uow.session, record.national_id)
        return record

    def save(
        self,
        participant_id: int,
        record: ParticipantFields,
        competence: CompetenceMapping | None = None,
        *,
        expected_version: int | None = None,
    ) -> ParticipantDetails:
        """Store the whole record (and the competence mapping when given), audited per field.

        The editor passes the ``row_version`` it loaded: a record saved by someone else since
        is refused with a ``ConflictError`` (who and when) and nothing is written."""
        with self._ctx.database.unit_of_work() as uow:
            row = self._locked_row(uow.session, participant_id, expected_version)
            changed = self._write_changes(
                uow.session, participant_id, row, repo.row_fields(row), record
            )
            if competence is not None:
                before = repo.competence(uow.session, participant_id)
                if before != competence:
                    repo.replace_competence(uow.session, participant_id, competence)
                    audit.record(
                        uow.session,
                        actor=self._ctx.actor,
                        action="update",
                        entity="participant",
                        entity_id=participant_id,
                        changes=competence_changes(before, competence),
                    )
                    changed = True
            if changed:
                row.updated_at = utcnow()  # a competence-only change bumps the version too
                uow.commit()
        return self.details(participant_id)

    def set_goal_override(
        self,
        participant_id: int,
        *,
        end_goal_group: str = "",
        norwegian_goal: str = "",
        reason: str = "",
    ) -> ParticipantDetails:
        """The adviser's own end-goal group and/or norskmål, with the reason (§1.4, §4.2)."""
        self.update(
            participant_id,
            {
                "end_goal_group_override": end_goal_group,
                "norwegian_goal_override": norwegian_goal,
                "goal_override_reason": reason,
            },
        )
        return self.details(participant_id)

    def details(self, participant_id: int, *, as_of: date | None = None) -> ParticipantDetails:
        with self._ctx.database.unit_of_work(write=False) as uow:
            row = repo.get_row(uow.session, participant_id)
            if row is None:
                raise NotFoundError(code="participants.not_found", id=participant_id)
            record = repo.row_fields(row)
            details = ParticipantDetails(
                row_version=row.row_version,
                id=row.id,
                fields=record,
                adviser_name=repo.adviser_name(uow.session, row.adviser_id),
                archived=row.archived_at is not None,
                competence=repo.competence(uow.session, participant_id),
                status_history=tuple(repo.status_history(uow.session, participant_id)),
                assessment=assess(record, as_of=as_of or clock.today(), tables=assessment_tables()),
            )
        return details

    def assess(self, record: ParticipantFields, *, as_of: date | None = None) -> Assessment:
        """What the rules say about an unsaved record (for the editor)."""
        return assess(
            complete_fields(record), as_of=as_of or clock.today(), tables=assessment_tables()
        )

    def summaries(
        self,
        *,
        include_archived: bool = False,
        status: ParticipantStatus | None = None,
        adviser: str | None = None,
        as_of: date | None = None,
    ) -> builtins.list[ParticipantSummary]:
        """Rows for the participants list: one query, rules computed in memory (no N+1)."""
        day = as_of or clock.today()
        tables = assessment_tables()
        with self._ctx.database.unit_of_work(write=False) as uow:
            adviser_id = None
            if adviser:
                found = settings_repo.find_adviser(uow.session, adviser)
                if found is None:
                    raise NotFoundError(code="participants.no_adviser", adviser=adviser)
                adviser_id = found.id
            rows = repo.list_field_rows(
                uow.session,
                include_archived=include_archived,
                status=status.value if status else None,
                adviser_id=adviser_id,
            )
        return [
            summary_of(pid, record, name, archived, assess(record, as_of=day, tables=tables))
            for pid, record, name, archived in rows
        ]

    def recognition_hints(self, details: ParticipantDetails) -> builtins.list[str]:
        """For each foreign vocational qualification: whether HK-dir's approval scheme covers it,
        or that realkompetansevurdering is the route (brief §6)."""
        table = load_table_file(paths.resources_dir() / "catalogues" / HKDIR_CATALOGUE)
        day = clock.today()
        return [
            f"{q.trade} ({q.country}): "
            + recognition_route_hint(q.country, q.trade, q.applied_on or day, table)
            for q in details.competence.qualifications
            if q.kind == "vocational_approval"
        ]

    def advisers(self) -> builtins.list[AdviserRecord]:
        with self._ctx.database.unit_of_work(write=False) as uow:
            return settings_repo.advisers(uow.session)

    def archive(self, participant_id: int) -> None:
        self._set_archived(participant_id, archived=True)

    def restore(self, participant_id: int) -> None:
        self._set_archived(participant_id, archived=False)

    def _set_archived(self, participant_id: int, *, archived: bool) -> None:
        with self._ctx.database.unit_of_work() as uow:
            row = repo.get_row(uow.session, participant_id)
            if row is None:
                raise NotFoundError(code="participants.not_found", id=participant_id)
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
