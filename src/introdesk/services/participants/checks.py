"""Checking a participant record before it is saved: the national id, required fields and
dates (brief §7.1); no database needed, so the editor and the import check as they go."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from introdesk.core import clock
from introdesk.domain.errors import FieldProblem
from introdesk.domain.participant_details import (
    GOAL_REASON_MISSING,
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
    return [FieldProblem(row, name, reason, source) for name, reason in found]


def _name_problems(record: ParticipantFields) -> list[tuple[str, str]]:
    problems = []
    if not record.given_name.strip():
        problems.append(("given_name", "is required"))
    if not record.family_name.strip():
        problems.append(("family_name", "is required"))
    return problems


def _identity_and_date_problems(record: ParticipantFields, today: date) -> list[tuple[str, str]]:
    """The national id against the birth date, and dates that cannot be (the future, before
    birth)."""
    problems = []
    if record.national_id:
        check = national_id_check(record.national_id, today)
        if not check.ok:
            reason = national_id_problem(record.national_id) or "is not valid"
            problems.append(("national_id", reason))
        elif (
            record.birth_date is not None
            and check.birth_date is not None
            and check.birth_date != record.birth_date
        ):
            problems.append(("birth_date", "does not match the birth date in the national id"))
    if record.birth_date and record.birth_date > today:
        problems.append(("birth_date", "lies in the future"))
    for name in ("permit_date", "settlement_date", "request_date"):
        value = getattr(record, name)
        if value is not None and record.birth_date is not None and value < record.birth_date:
            problems.append((name, "is before the birth date"))
    return problems


def _contact_problems(record: ParticipantFields) -> list[tuple[str, str]]:
    problems = []
    if record.children_under_18 < 0 or record.children_under_18 > 30:
        problems.append(("children_under_18", "must be a number of children from 0 to 30"))
    if record.email and "@" not in record.email:
        problems.append(("email", "is not an e-mail address"))
    return problems


def _goal_override_problems(record: ParticipantFields) -> list[tuple[str, str]]:
    """An adviser's own end-goal group or norskmål must be valid and carry a reason."""
    problems = []
    if record.end_goal_group_override:
        try:
            EndGoalGroup(record.end_goal_group_override)
        except ValueError:
            problems.append(("end_goal_group_override", "is not an end-goal group code"))
    if record.norwegian_goal_override:
        try:
            parse_goal_text(record.norwegian_goal_override)
        except ValueError as exc:
            problems.append(("norwegian_goal_override", str(exc)))
    overriding = record.end_goal_group_override or record.norwegian_goal_override
    if overriding and not record.goal_override_reason.strip():
        problems.append(("goal_override_reason", GOAL_REASON_MISSING))
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
