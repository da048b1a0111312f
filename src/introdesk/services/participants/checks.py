"""Checking a participant record before it is saved: the national id, required fields and
dates (brief §7.1); no database needed, so the editor and the import check as they go."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from introdesk.core import clock
from introdesk.domain.errors import Coded, FieldProblem
from introdesk.domain.participant_details import (
    ParticipantFields,
    parse_goal_text,
)
from introdesk.domain.records import NewParticipant
from introdesk.rules.goals import EndGoalGroup
from introdesk.rules.identifiers import (
    IdProblem,
    NationalIdCheck,
    accepted_schemes,
    duf_number_warning,
    validate_national_id,
)
from introdesk.rules.tables import load_table

_ID_PROBLEM_TEXT = {
    IdProblem.LENGTH: "participants.id_length",
    IdProblem.FORMAT: "participants.id_format",
    IdProblem.CHECKSUM: "participants.id_checksum",
    IdProblem.DATE: "participants.id_date",
}


def is_record_id(text: str) -> bool:
    """Plain ASCII digits small enough to be a record id (20 nines is a typo, not a query)."""
    return text.isascii() and text.isdigit() and len(text) <= 10 and int(text) < 2**31


def national_id_check(value: str, on_date: date | None = None) -> NationalIdCheck:
    """The rule check of a fødselsnummer/D-number with the schemes in force (brief §7.1)."""
    day = on_date or clock.today()
    accepted = accepted_schemes(day, load_table("national_id_control_schemes"))
    return validate_national_id(value, accepted=accepted, not_after=day)


def national_id_problem(value: str) -> Coded | None:
    """Why a fødselsnummer/D-number is not acceptable (coded), or None."""
    check = national_id_check(value)
    if check.problem is None:
        return None
    if check.problem is IdProblem.DATE and "fram i tid" in check.message:
        return Coded.of("participants.id_future")
    return Coded.of(_ID_PROBLEM_TEXT[check.problem])


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
    found = [
        *_name_problems(record),
        *_identity_and_date_problems(record, clock.today()),
        *_contact_problems(record),
        *_goal_override_problems(record),
    ]
    return [FieldProblem.of(row, name, reason, source) for name, reason in found]


# A field's name and why it cannot be saved (coded: said in the user's language).
Reasons = list[tuple[str, str | Coded]]


def _name_problems(record: ParticipantFields) -> Reasons:
    problems: Reasons = []
    if not record.given_name.strip():
        problems.append(("given_name", Coded.of("rows.required")))
    if not record.family_name.strip():
        problems.append(("family_name", Coded.of("rows.required")))
    return problems


def _identity_and_date_problems(record: ParticipantFields, today: date) -> Reasons:
    """The national id against the birth date, and dates that cannot be (the future, before
    birth)."""
    problems: Reasons = []
    if record.national_id:
        check = national_id_check(record.national_id, today)
        if not check.ok:
            reason = national_id_problem(record.national_id) or Coded.of("participants.id_invalid")
            problems.append(("national_id", reason))
        elif (
            record.birth_date is not None
            and check.birth_date is not None
            and check.birth_date != record.birth_date
        ):
            problems.append(("birth_date", Coded.of("rows.birth_date_mismatch")))
    if record.birth_date and record.birth_date > today:
        problems.append(("birth_date", Coded.of("rows.in_future")))
    for name in ("permit_date", "settlement_date", "request_date"):
        value = getattr(record, name)
        if value is not None and record.birth_date is not None and value < record.birth_date:
            problems.append((name, Coded.of("rows.before_birth")))
    return problems


def _contact_problems(record: ParticipantFields) -> Reasons:
    problems: Reasons = []
    if record.children_under_18 < 0 or record.children_under_18 > 30:
        problems.append(("children_under_18", Coded.of("rows.children_range")))
    if record.email and "@" not in record.email:
        problems.append(("email", Coded.of("rows.not_email")))
    return problems


def _goal_override_problems(record: ParticipantFields) -> Reasons:
    """An adviser's own end-goal group or norskmål must be valid and carry a reason."""
    problems: Reasons = []
    if record.end_goal_group_override:
        try:
            EndGoalGroup(record.end_goal_group_override)
        except ValueError:
            problems.append(("end_goal_group_override", Coded.of("rows.not_goal_group")))
    if record.norwegian_goal_override:
        try:
            parse_goal_text(record.norwegian_goal_override)
        except ValueError as exc:
            problems.append(("norwegian_goal_override", str(exc)))
    overriding = record.end_goal_group_override or record.norwegian_goal_override
    if overriding and not record.goal_override_reason.strip():
        problems.append(("goal_override_reason", Coded.of("rows.goal_reason_missing")))
    return problems


def field_warnings(record: ParticipantFields) -> list[FieldProblem]:
    """Soft warnings that never block saving (the DUF number, brief §7.1)."""
    if record.duf_number:
        warning = duf_number_warning(record.duf_number, on_date=clock.today())
        if warning:
            return [FieldProblem(None, "duf_number", warning)]
    return []


def validate_new(new: NewParticipant) -> list[FieldProblem]:
    problems = []
    if not new.given_name.strip():
        problems.append(FieldProblem.coded(None, "given_name", "rows.required"))
    if not new.family_name.strip():
        problems.append(FieldProblem.coded(None, "family_name", "rows.required"))
    if new.national_id:
        reason = national_id_problem(new.national_id)
        if reason:
            problems.append(FieldProblem.of(None, "national_id", reason))
    if new.birth_date and new.birth_date > clock.today():
        problems.append(FieldProblem.coded(None, "birth_date", "rows.in_future"))
    return problems
