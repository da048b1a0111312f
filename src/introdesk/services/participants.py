"""Participant use cases: list, create, change, archive; every change audited in the same
transaction as the change itself."""

from __future__ import annotations

import builtins
from dataclasses import fields, replace
from datetime import date
from enum import Enum

from introdesk.core import clock, paths
from introdesk.domain.codes import ParticipantStatus
from introdesk.domain.errors import FieldProblem, NotFoundError, ValidationError
from introdesk.domain.participant_details import (
    FIELD_NAMES,
    GOAL_REASON_MISSING,
    Assessment,
    CompetenceMapping,
    ParticipantDetails,
    ParticipantFields,
    ParticipantSummary,
    parse_goal_text,
)
from introdesk.domain.records import AdviserRecord, AuditRecord, NewParticipant, ParticipantRecord
from introdesk.persistence.base import utcnow
from introdesk.persistence.models import ParticipantRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as repo
from introdesk.persistence.repositories import programme_events as programme_repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.persistence.uow import Session
from introdesk.rules.goals import EndGoalGroup
from introdesk.rules.identifiers import (
    IdProblem,
    NationalIdCheck,
    accepted_schemes,
    duf_number_warning,
    validate_national_id,
)
from introdesk.rules.participant_assessment import AssessmentTables, assess
from introdesk.rules.qualifications import recognition_route_hint
from introdesk.rules.tables import load_table, load_table_file
from introdesk.services.concurrency import refuse_if_stale
from introdesk.services.context import ServiceContext
from introdesk.services.programme import course_events_for_fields, record_event

EDITABLE = FIELD_NAMES
HKDIR_CATALOGUE = "hkdir_vocational_approval.json"

_ID_PROBLEM_TEXT = {
    IdProblem.LENGTH: "must have 11 digits",
    IdProblem.FORMAT: "may contain digits only",
    IdProblem.CHECKSUM: "check digits do not match (typing error?)",
    IdProblem.DATE: "the birth date in the number is impossible",
}


def is_record_id(text: str) -> bool:
    """Plain ASCII digits small enough to be a record id (20 nines is a typo, not a query)."""
    return text.isascii() and text.isdigit() and len(text) <= 10 and int(text) < 2**31


def national_id_check(value: str, on_date: date | None = None) -> NationalIdCheck:
    """The rule check of a fødselsnummer/D-number with the schemes in force (brief §7.1)."""
    day = on_date or clock.today()
    accepted = accepted_schemes(day, load_table("national_id_control_schemes"))
    return validate_national_id(value, accepted=accepted, not_after=day)


def national_id_problem(value: str) -> str | None:
    """Why a fødselsnummer/D-number is not acceptable, or None."""
    check = national_id_check(value)
    if check.problem is None:
        return None
    if check.problem is IdProblem.DATE and "fram i tid" in check.message:
        return "the birth date in the number lies in the future"
    return _ID_PROBLEM_TEXT[check.problem]


def assessment_tables() -> AssessmentTables:
    return AssessmentTables(
        age_limits=load_table("intro_age_limits"),
        deadlines=load_table("intro_deadlines"),
        norwegian_goals=load_table("norwegian_goal_by_education"),
        chapter_6a=load_table("chapter_6a"),
    )


def complete_fields(record: ParticipantFields) -> ParticipantFields:
    """Trimmed names and number; the birth date taken from a valid number when missing."""
    number = (record.national_id or "").replace(" ", "").strip() or None
    record = replace(
        record,
        given_name=record.given_name.strip(),
        family_name=record.family_name.strip(),
        preferred_name=record.preferred_name.strip(),
        national_id=number,
        duf_number=record.duf_number.replace(" ", "").strip(),
    )
    if record.birth_date is None and number:
        check = national_id_check(number)
        if check.ok and check.birth_date is not None:
            record = replace(record, birth_date=check.birth_date)
    return record


def validate_fields(
    record: ParticipantFields, *, row: int | None = None, source: str = ""
) -> list[FieldProblem]:
    """Every problem that blocks saving ``record`` (no database needed)."""
    today = clock.today()
    problems: list[FieldProblem] = []

    def problem(name: str, reason: str) -> None:
        problems.append(FieldProblem(row, name, reason, source))

    if not record.given_name.strip():
        problem("given_name", "is required")
    if not record.family_name.strip():
        problem("family_name", "is required")
    if record.national_id:
        check = national_id_check(record.national_id, today)
        if not check.ok:
            reason = national_id_problem(record.national_id) or "is not valid"
            problem("national_id", reason)
        elif (
            record.birth_date is not None
            and check.birth_date is not None
            and check.birth_date != record.birth_date
        ):
            problem("birth_date", "does not match the birth date in the national id")
    if record.birth_date and record.birth_date > today:
        problem("birth_date", "lies in the future")
    for name in ("permit_date", "settlement_date", "request_date"):
        value = getattr(record, name)
        if value is not None and record.birth_date is not None and value < record.birth_date:
            problem(name, "is before the birth date")
    if record.children_under_18 < 0 or record.children_under_18 > 30:
        problem("children_under_18", "must be a number of children from 0 to 30")
    if record.email and "@" not in record.email:
        problem("email", "is not an e-mail address")
    if record.end_goal_group_override:
        try:
            EndGoalGroup(record.end_goal_group_override)
        except ValueError:
            problem("end_goal_group_override", "is not an end-goal group code")
    if record.norwegian_goal_override:
        try:
            parse_goal_text(record.norwegian_goal_override)
        except ValueError as exc:
            problem("norwegian_goal_override", str(exc))
    overriding = record.end_goal_group_override or record.norwegian_goal_override
    if overriding and not record.goal_override_reason.strip():
        problem("goal_override_reason", GOAL_REASON_MISSING)
    return problems


def field_warnings(record: ParticipantFields) -> list[FieldProblem]:
    """Soft warnings that never block saving (the DUF number, brief §7.1)."""
    if record.duf_number:
        warning = duf_number_warning(record.duf_number, on_date=clock.today())
        if warning:
            return [FieldProblem(None, "duf_number", warning)]
    return []


def summary_of(
    participant_id: int,
    record: ParticipantFields,
    adviser: str,
    archived: bool,
    assessment: Assessment,
) -> ParticipantSummary:
    following = assessment.next_deadline
    return ParticipantSummary(
        id=participant_id,
        given_name=record.given_name,
        family_name=record.family_name,
        preferred_name=record.preferred_name,
        national_id=record.national_id,
        birth_date=record.birth_date,
        status=record.status,
        programme=record.programme,
        adviser_id=record.adviser_id,
        adviser_name=adviser,
        settlement_date=record.settlement_date,
        permit_type=record.permit_type,
        category=assessment.category,
        start_deadline=assessment.start_deadline,
        next_deadline_kind=following.kind if following else "",
        next_deadline=following.due if following else None,
        days_left=following.days_left if following else None,
        overdue=any(d.overdue for d in assessment.deadlines),
        end_goal_group=assessment.end_goal_group,
        norwegian_goal=assessment.norwegian_goal,
        archived=archived,
        search_key=" ".join(
            part
            for part in (
                record.given_name,
                record.family_name,
                record.preferred_name,
                record.national_id or "",
                adviser,
            )
            if part
        ).casefold(),
    )


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


def created_changes(record: ParticipantFields) -> dict[str, tuple[object, object]]:
    """Audit changes for a new record: every field that has a value."""
    return {
        name: (None, value)
        for name in FIELD_NAMES
        if (value := getattr(record, name)) not in (None, "", False, 0)
    }


def _competence_text(items: tuple[object, ...]) -> str:
    def one(item: object) -> str:
        parts = []
        for name in getattr(item, "__dataclass_fields__", {}):
            value = getattr(item, name)
            if value in (None, ""):
                continue
            parts.append(f"{name}={value.value if isinstance(value, Enum) else value}")
        return ", ".join(parts)

    return "; ".join(one(item) for item in items)


def competence_changes(
    before: CompetenceMapping, after: CompetenceMapping
) -> dict[str, tuple[object, object]]:
    """Audit changes for the competence mapping: one entry per changed list, as text."""
    changes: dict[str, tuple[object, object]] = {}
    for name in ("education", "work", "languages", "qualifications"):
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes[f"competence.{name}"] = (
                _competence_text(old) or None,
                _competence_text(new) or None,
            )
    return changes


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
            elif is_record_id(text) and repo.get_row(uow.session, int(text)) is not None:
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
                [FieldProblem(None, name, "cannot be changed here") for name in unknown]
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
            raise NotFoundError(f"No participant with id {participant_id}")
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
                [FieldProblem(None, "household_partner_id", "is not another participant")]
            )
        if "national_id" in changed and wanted.national_id:
            other = repo.find_id_by_national_id(session, wanted.national_id)
            if other is not None and other != participant_id:
                raise ValidationError(
                    [FieldProblem(None, "national_id", "already belongs to another participant")]
                )
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
        """Create a participant from the full record (and competence mapping); returns the id."""
        record = complete_fields(record)
        problems = validate_fields(record)
        if problems:
            raise ValidationError(problems)
        with self._ctx.database.unit_of_work() as uow:
            if record.national_id and repo.find_id_by_national_id(uow.session, record.national_id):
                raise ValidationError(
                    [FieldProblem(None, "national_id", "already belongs to another participant")]
                )
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
                raise NotFoundError(f"No participant with id {participant_id}")
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
                    raise NotFoundError(f"No adviser {adviser!r}")
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
