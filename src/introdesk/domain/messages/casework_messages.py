"""Coded messages of the daily work: participants, the programme, plans, attendance, benefit,
tests, training and classes, documents and reports.

English text per code; see ``domain/messages/__init__.py`` for how they are translated."""

from __future__ import annotations

from introdesk.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "documents.no_plan": QT_TRANSLATE_NOOP("Messages", "This participant has no plan yet"),
    "documents.plans_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "Plans are not available in this version: this participant has no plan yet"
    ),
    "documents.benefit_unavailable": QT_TRANSLATE_NOOP(
        "Messages", "The benefit is not available in this version"
    ),
    "documents.no_municipality": QT_TRANSLATE_NOOP(
        "Messages", "The municipality's name is not set: fill it in under Settings before printing"
    ),
    "documents.unknown_language": QT_TRANSLATE_NOOP(
        "Messages", "No document labels in language {language}; choose one of: {choices}"
    ),
    "documents.decision_needs": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the decision letter: the participant has no {missing}"
    ),
    "documents.certificate_needs_start": QT_TRANSLATE_NOOP(
        "Messages", "Cannot write the certificate: the participant has no programme start"
    ),
    "documents.no_benefit_month": QT_TRANSLATE_NOOP(
        "Messages", "No benefit was computed for this participant for {month}"
    ),
    "documents.statement_needs_month": QT_TRANSLATE_NOOP(
        "Messages", "A deduction statement needs a month (YYYY-MM)"
    ),
    "documents.sheet_needs_people": QT_TRANSLATE_NOOP(
        "Messages", "An attendance sheet needs at least one participant"
    ),
    "documents.unknown_document": QT_TRANSLATE_NOOP(
        "Messages", "Unknown document {name}; choose one of: {choices}"
    ),
    "participants.not_found": QT_TRANSLATE_NOOP("Messages", "No participant with id {id}"),
    "benefit.lock_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "{month} cannot be locked: {count} participant(s) have planned days without "
        "registration (register them, or accept them with 'introdesk attendance "
        "accept-missing')\n{details}",
    ),
    "attendance.absence_needs_hours": QT_TRANSLATE_NOOP(
        "Messages", "An absence needs a number of hours above zero"
    ),
    "attendance.hours_need_code": QT_TRANSLATE_NOOP(
        "Messages", "Hours of absence need an absence code"
    ),
    "attendance.give_hours_or_code": QT_TRANSLATE_NOOP(
        "Messages", "Give the hours attended, or an absence code and its hours"
    ),
    "attendance.not_a_code": QT_TRANSLATE_NOOP("Messages", "'{text}' is not an absence code"),
    "attendance.not_hours": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a number of hours"),
    "attendance.hours_out_of_range": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a number of hours between 0 and 24"
    ),
    "attendance.cell_unreadable": QT_TRANSLATE_NOOP(
        "Messages", "'{text}': write hours, an absence code, or a code and hours"
    ),
    "attendance.nothing_planned": QT_TRANSLATE_NOOP(
        "Messages", "'{text}': nothing is planned that day; give the hours absent"
    ),
    "plans.no_version": QT_TRANSLATE_NOOP("Messages", "No plan version with id {id}"),
    "plans.unknown_elements": QT_TRANSLATE_NOOP("Messages", "Unknown element code: {codes}"),
    "plans.signer_required": QT_TRANSLATE_NOOP("Messages", "Say who signs the plan"),
    "plans.revision_reason_required": QT_TRANSLATE_NOOP("Messages", "A revision needs a reason"),
    "plans.nothing_to_revise": QT_TRANSLATE_NOOP(
        "Messages", "Participant {id} has no signed plan to revise"
    ),
    "plans.signed_not_deleted": QT_TRANSLATE_NOOP(
        "Messages", "A signed plan version cannot be deleted"
    ),
    "plans.no_element": QT_TRANSLATE_NOOP("Messages", "The plan has no element number {number}"),
    "plans.element_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "An element cannot end before it starts"
    ),
    "benefit.already_locked": QT_TRANSLATE_NOOP("Messages", "{month} is already locked"),
    "benefit.negative_other_income": QT_TRANSLATE_NOOP(
        "Messages", "The amount of another benefit cannot be negative"
    ),
    "programme.no_event": QT_TRANSLATE_NOOP("Messages", "No programme event with id {id}"),
    "training.not_enrolled": QT_TRANSLATE_NOOP(
        "Messages", "Participant {id} is not enrolled in training"
    ),
    "classes.no_class": QT_TRANSLATE_NOOP("Messages", "No class '{class_code}'"),
    "classes.not_in_class": QT_TRANSLATE_NOOP("Messages", "Participant {id} is not in a class"),
    "classes.no_lessons": QT_TRANSLATE_NOOP(
        "Messages", "Class {class_code} has no lessons in its timetable"
    ),
    "participants.no_adviser": QT_TRANSLATE_NOOP("Messages", "No adviser '{adviser}'"),
    "programme.after_end": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme ended on {other}"
    ),
    "programme.before_start": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: before the programme start"
    ),
    "programme.second_decision": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: there is already a decision ({other})"
    ),
    "programme.start_without_decision": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme cannot start before a decision"
    ),
    "programme.second_start": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme already started {other}"
    ),
    "programme.end_without_decision": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: there is no decision to end"
    ),
    "programme.before_last_event": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: before the last event ({other})"
    ),
    "programme.leave_while_stopped": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme is stopped from {other}"
    ),
    "programme.overlapping_leave": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: overlaps leave already recorded"
    ),
    "programme.already_stopped": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: already stopped from {other}"
    ),
    "programme.stop_on_leave": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the participant is on leave that day"
    ),
    "programme.not_stopped": QT_TRANSLATE_NOOP(
        "Messages", "{kind} {day}: the programme is not stopped"
    ),
    "programme.stop_needs_reason": QT_TRANSLATE_NOOP("Messages", "--reason: a stop needs a reason"),
    "programme.leave_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages", "--to: the leave cannot end before it starts"
    ),
    "tests.reason_required": QT_TRANSLATE_NOOP(
        "Messages", "Give a reason for the correction or deletion"
    ),
    "tests.result_not_found": QT_TRANSLATE_NOOP("Messages", "No test result or exemption {ref}"),
    "tests.kind_unchanged": QT_TRANSLATE_NOOP(
        "Messages",
        "A correction keeps the kind of result ({ref}); delete it and record the right one",
    ),
    "attendance.unknown_absence_code": QT_TRANSLATE_NOOP(
        "Messages",
        "Unknown absence code: '{code_given}'",
    ),
    "attendance.several_elements": QT_TRANSLATE_NOOP(
        "Messages",
        "{day}: the plan has several elements that day ({elements}); name one with --element",
    ),
    "attendance.month_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{month} is locked (sent to payroll); a change must be registered as a correction "
        "(--correction), which books an adjustment in the next open month",
    ),
    "attendance.locked_months": QT_TRANSLATE_NOOP(
        "Messages",
        "Locked months are read-only: {months}",
    ),
    "benefit.other_income_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "The amount of another benefit must be a number of kroner up to {maximum} a month",
    ),
    "benefit.no_birth_date": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no birth date: the rate cannot be found",
    ),
    "classes.already_in_class": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} is already in class {class_code}",
    ),
    "participants.not_found_text": QT_TRANSLATE_NOOP(
        "Messages",
        "No participant '{text}' (give the id or the national id)",
    ),
    "plans.participant_has_no_plan": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no plan",
    ),
    "plans.participant_has_no_version": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no plan version {version}",
    ),
    "plans.signed_unchangeable": QT_TRANSLATE_NOOP(
        "Messages",
        "Plan version {version} is signed and cannot be changed; revise it to make a new version",
    ),
    "plans.no_draft_to_sign": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no draft plan to sign",
    ),
    "plans.no_draft_to_sign_signed": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} has no draft plan to sign (version {version} is already signed)",
    ),
    "plans.draft_revision_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "Version {version} is already a draft revision; edit that one",
    ),
    "plans.errors_block_signing": QT_TRANSLATE_NOOP(
        "Messages",
        "Plan version {version} has {count} error(s) and cannot be signed: {rules}",
    ),
    "programme.unknown_exit_reason": QT_TRANSLATE_NOOP(
        "Messages",
        "--reason: unknown exit reason '{reason}' (use {codes})",
    ),
    "programme.kind_unchangeable": QT_TRANSLATE_NOOP(
        "Messages",
        "programme event {id}: a {kind} cannot become a {new_kind}",
    ),
    "reports.not_a_year": QT_TRANSLATE_NOOP(
        "Messages",
        "--year: '{text}' is not a year (use YYYY)",
    ),
    "reports.to_before_from": QT_TRANSLATE_NOOP(
        "Messages",
        "--to is before --from",
    ),
    "reports.range_needs_both": QT_TRANSLATE_NOOP(
        "Messages",
        "--from and --to must be given together",
    ),
    "reports.one_period": QT_TRANSLATE_NOOP(
        "Messages",
        "give only one of --month, --year or --from/--to",
    ),
    "reports.needs_period_option": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' needs {accepted}",
    ),
    "reports.takes_no_period": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' takes no period",
    ),
    "reports.wrong_period": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' takes {accepted}, not {given}",
    ),
    "reports.unknown": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown report '{name}' (one of: {names})",
    ),
    "reports.not_available": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' is not available yet: needs {needs}",
    ),
    "reports.needs_period": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' needs a period",
    ),
    "reports.period_kind": QT_TRANSLATE_NOOP(
        "Messages",
        "report '{name}' does not take a {kind} period",
    ),
    "training.already_enrolled": QT_TRANSLATE_NOOP(
        "Messages",
        "Participant {id} is already enrolled in training",
    ),
    "participants.id_length": QT_TRANSLATE_NOOP(
        "Messages",
        "must have 11 digits",
    ),
    "participants.id_format": QT_TRANSLATE_NOOP(
        "Messages",
        "may contain digits only",
    ),
    "participants.id_checksum": QT_TRANSLATE_NOOP(
        "Messages",
        "check digits do not match (typing error?)",
    ),
    "participants.id_date": QT_TRANSLATE_NOOP(
        "Messages",
        "the birth date in the number is impossible",
    ),
    "participants.id_future": QT_TRANSLATE_NOOP(
        "Messages",
        "the birth date in the number lies in the future",
    ),
    "participants.id_invalid": QT_TRANSLATE_NOOP(
        "Messages",
        "is not valid",
    ),
}
