"""Coded messages of input: rows and fields of imports and forms, dates and options, files read
and written, the plan import.

English text per code; see ``domain/messages/__init__.py`` for how they are translated."""

from __future__ import annotations

from introdesk.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "options.refused": QT_TRANSLATE_NOOP(
        "Messages",
        "{option}: {reason}",
    ),
    "dates.not_a_date": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)",
    ),
    "dates.impossible_date": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is an impossible date",
    ),
    "dates.not_a_month": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a month (write YYYY-MM, e.g. 2026-10)",
    ),
    "dates.outside_years": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is outside the years {first}–{last}",
    ),
    "dates.not_a_week": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a week (write YYYY-Www, e.g. 2026-W48)",
    ),
    "dates.no_such_week": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}': no such week",
    ),
    "files.no_such_file": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: no such file",
    ),
    "files.unreadable": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: cannot be read ({reason})",
    ),
    "files.not_utf8": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: is not UTF-8 text",
    ),
    "files.not_json": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: not valid JSON: {detail}",
    ),
    "files.json_problem": QT_TRANSLATE_NOOP(
        "Messages",
        "not valid JSON: {detail}",
    ),
    "rows.required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required",
    ),
    "rows.required_or_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (or national_id)",
    ),
    "rows.column_missing_or_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "required column is missing (or national_id)",
    ),
    "rows.no_participant_id": QT_TRANSLATE_NOOP(
        "Messages",
        "no participant with id '{text}'",
    ),
    "rows.no_participant_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "no participant with this national id",
    ),
    "rows.national_id_other_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "belongs to another participant than participant_id",
    ),
    "rows.month_locked": QT_TRANSLATE_NOOP(
        "Messages",
        "{month} is locked (sent to payroll)",
    ),
    "rows.not_hours": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a number of hours between 0 and 24",
    ),
    "rows.not_absence_code": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not an absence code",
    ),
    "rows.absence_needs_hours": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (above 0) with an absence code",
    ),
    "rows.hours_need_code": QT_TRANSLATE_NOOP(
        "Messages",
        "is required when absence hours are given",
    ),
    "rows.give_hours_or_absence": QT_TRANSLATE_NOOP(
        "Messages",
        "give attended hours, an absence, or both",
    ),
    "rows.several_elements": QT_TRANSLATE_NOOP(
        "Messages",
        "the plan has several elements that day ({elements})",
    ),
    "rows.same_day_and_element": QT_TRANSLATE_NOOP(
        "Messages",
        "the same day and element as row {row}",
    ),
    "rows.birth_date_mismatch": QT_TRANSLATE_NOOP(
        "Messages",
        "does not match the birth date in the national id",
    ),
    "rows.in_future": QT_TRANSLATE_NOOP(
        "Messages",
        "lies in the future",
    ),
    "rows.before_birth": QT_TRANSLATE_NOOP(
        "Messages",
        "is before the birth date",
    ),
    "options.outside_range": QT_TRANSLATE_NOOP(
        "Messages",
        "{option} must be a whole number from {low} to {high}",
    ),
    "rows.children_range": QT_TRANSLATE_NOOP(
        "Messages",
        "must be a number of children from 0 to 30",
    ),
    "rows.not_email": QT_TRANSLATE_NOOP(
        "Messages",
        "is not an e-mail address",
    ),
    "rows.not_goal_group": QT_TRANSLATE_NOOP(
        "Messages",
        "is not an end-goal group code",
    ),
    "rows.goal_reason_missing": QT_TRANSLATE_NOOP(
        "Messages",
        "give a reason for the chosen goal (integreringsloven §§ 13–14)",
    ),
    "rows.too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "is longer than {limit} characters",
    ),
    "rows.duplicate_number": QT_TRANSLATE_NOOP(
        "Messages",
        "duplicate number (also on row {row})",
    ),
    "rows.birth_date_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required when there is no national id",
    ),
    "rows.already_in_database": QT_TRANSLATE_NOOP(
        "Messages",
        "already in the database",
    ),
    "rows.id_taken": QT_TRANSLATE_NOOP(
        "Messages",
        "already belongs to another participant",
    ),
    "rows.not_changed_here": QT_TRANSLATE_NOOP(
        "Messages",
        "cannot be changed here",
    ),
    "rows.not_another_participant": QT_TRANSLATE_NOOP(
        "Messages",
        "is not another participant",
    ),
    "rows.unknown_permit_type": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown permit type (use refugee, resettlement, humanitarian, collective_protection, "
        "family_immigration, independent or other): '{text}'",
    ),
    "rows.unknown_regime": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown regime (use integration_act, introduction_act or chapter_6a): '{text}'",
    ),
    "rows.unknown_education_level": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown education level (use none, primary_partial, primary, upper_secondary or "
        "higher): '{text}'",
    ),
    "rows.unknown_sex": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown sex (use F, M or K): '{text}'",
    ),
    "rows.unknown_status": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown status (use referred, mapped, decided, in_programme, on_leave, stopped, "
        "completed or interrupted): '{text}'",
    ),
    "rows.unknown_programme": QT_TRANSLATE_NOOP(
        "Messages",
        "unknown programme (use introduction, training or both): '{text}'",
    ),
    "rows.give_id_or_national_id": QT_TRANSLATE_NOOP(
        "Messages",
        "give participant_id or national_id",
    ),
    "rows.registration_writing_oral": QT_TRANSLATE_NOOP(
        "Messages",
        "applies to writing and oral only",
    ),
    "rows.give_score_or_passed": QT_TRANSLATE_NOOP(
        "Messages",
        "give score or passed",
    ),
    "rows.scored_tasks": QT_TRANSLATE_NOOP(
        "Messages",
        "the {version} test has {tasks} scored tasks, not {given}",
    ),
    "rows.give_passed": QT_TRANSLATE_NOOP(
        "Messages",
        "give passed yes/no for this date",
    ),
    "rows.legal_basis_required": QT_TRANSLATE_NOOP(
        "Messages",
        "the legal basis is required",
    ),
    "rows.no_participant_with_id": QT_TRANSLATE_NOOP(
        "Messages",
        "no participant with id {id}",
    ),
    "files.is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: is a folder, not a file",
    ),
    "files.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the file is larger than {megabytes} MB",
    ),
    "files.unpacks_too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the workbook unpacks to {megabytes} MB; refused as unsafe",
    ),
    "files.xml_entities": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: the workbook declares XML entities; refused as unsafe",
    ),
    "files.not_xlsx": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: cannot be read as an .xlsx workbook",
    ),
    "files.nested_deeper": QT_TRANSLATE_NOOP(
        "Messages",
        "{source}: nested deeper than {levels} levels; refused",
    ),
    "files.nested_too_deeply": QT_TRANSLATE_NOOP(
        "Messages",
        "{source}: nested too deeply; refused",
    ),
    "files.no_sheet": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: no sheet named '{sheet}' (sheets: {sheets})",
    ),
    "files.cell_too_long": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}:{line}: a cell is longer than {kib} KiB",
    ),
    "files.not_csv": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}:{line}: not a readable CSV file ({detail})",
    ),
    "files.sheet_needs_xlsx": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: --sheet applies to .xlsx files only",
    ),
    "files.use_xlsx_or_csv": QT_TRANSLATE_NOOP(
        "Messages",
        "{name}: use an .xlsx or .csv file",
    ),
    "files.empty": QT_TRANSLATE_NOOP(
        "Messages",
        "{source}: the file is empty",
    ),
    "files.out_is_folder": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: is a folder; give a file name ending in .xlsx",
    ),
    "files.cannot_write": QT_TRANSLATE_NOOP(
        "Messages",
        "{path}: cannot write there ({reason})",
    ),
    "files.export_cancelled": QT_TRANSLATE_NOOP(
        "Messages",
        "The export was cancelled; no file was written.",
    ),
    "plan_import.date_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (a date such as 2026-01-05)",
    ),
    "plan_import.not_a_date": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a date (write YYYY-MM-DD or DD.MM.YYYY, e.g. 2026-12-21)",
    ),
    "plan_import.hours_number": QT_TRANSLATE_NOOP(
        "Messages",
        "must be a number of hours",
    ),
    "plan_import.not_a_number": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not a number",
    ),
    "plan_import.hours_range": QT_TRANSLATE_NOOP(
        "Messages",
        "must be between 0 and 24",
    ),
    "plan_import.before": QT_TRANSLATE_NOOP(
        "Messages",
        "lies before {field}",
    ),
    "plan_import.unknown_field": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a known field",
    ),
    "plan_import.one_object": QT_TRANSLATE_NOOP(
        "Messages",
        "must hold one JSON object",
    ),
    "plan_import.participant_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (the participant's id or national id)",
    ),
    "plan_import.object_shape": QT_TRANSLATE_NOOP(
        "Messages",
        "must be an object {shape}",
    ),
    "plan_import.list_shape": QT_TRANSLATE_NOOP(
        "Messages",
        "must be a list of {shape}",
    ),
    "plan_import.one_of": QT_TRANSLATE_NOOP(
        "Messages",
        "must be one of {choices}",
    ),
    "plan_import.text": QT_TRANSLATE_NOOP(
        "Messages",
        "must be text",
    ),
    "plan_import.levels": QT_TRANSLATE_NOOP(
        "Messages",
        "must be an object with a level per sub-skill",
    ),
    "plan_import.elements_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required (a list of elements)",
    ),
    "plan_import.object": QT_TRANSLATE_NOOP(
        "Messages",
        "must be an object",
    ),
    "plan_import.unknown_code": QT_TRANSLATE_NOOP(
        "Messages",
        "{value} is not an element code in the catalogue",
    ),
    "plan_import.hours_required": QT_TRANSLATE_NOOP(
        "Messages",
        "is required, e.g. {example}",
    ),
    "rows.read_from_events": QT_TRANSLATE_NOOP(
        "Messages",
        "is read from the programme events: record the event",
    ),
    "rows.status_follows_events": QT_TRANSLATE_NOOP(
        "Messages",
        "follows the programme events (decision, start, leave, stop, end): record the event "
        "instead",
    ),
    "rows.leave_ends_before_start": QT_TRANSLATE_NOOP(
        "Messages",
        "the leave cannot end before it begins",
    ),
    "rows.completed_or_stopped": QT_TRANSLATE_NOOP(
        "Messages",
        "must be completed or stopped",
    ),
    "rows.before_training_start": QT_TRANSLATE_NOOP(
        "Messages",
        "lies before the start of the training",
    ),
    "rows.monday_to_friday": QT_TRANSLATE_NOOP(
        "Messages",
        "must be Monday to Friday",
    ),
    "rows.minutes_range": QT_TRANSLATE_NOOP(
        "Messages",
        "must be 1 to 600",
    ),
    "rows.class_exists": QT_TRANSLATE_NOOP(
        "Messages",
        "class {class_code} already exists",
    ),
    "rows.before_joining": QT_TRANSLATE_NOOP(
        "Messages",
        "lies before the person joined the class",
    ),
    "rows.move_after_joining": QT_TRANSLATE_NOOP(
        "Messages",
        "the person joined their present class on {day}; a move must be dated after that",
    ),
    "rows.not_in_week": QT_TRANSLATE_NOOP(
        "Messages",
        "{where} is not in the week",
    ),
    "rows.given_twice": QT_TRANSLATE_NOOP(
        "Messages",
        "{where} is given twice",
    ),
    "rows.lesson_minutes": QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: must be 1 to 600",
    ),
    "rows.not_in_class": QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: participant {id} is not in the class that day",
    ),
    "rows.minutes_present": QT_TRANSLATE_NOOP(
        "Messages",
        "{where}: minutes present must be 0 to {minutes}",
    ),
    "rows.not_finite": QT_TRANSLATE_NOOP(
        "Messages",
        "is not a finite number",
    ),
    "rows.too_large": QT_TRANSLATE_NOOP(
        "Messages",
        "is too large",
    ),
}
