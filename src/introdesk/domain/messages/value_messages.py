"""Coded reasons of refused values: what a parser or a setting's check says about one value
(``'B3' is not a level``), so that the window and the command line say it in the interface
language (issue 17). English text per code; see ``domain/messages/__init__.py``."""

from __future__ import annotations

from introdesk.domain.messages.marker import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    "values.not_a_number": QT_TRANSLATE_NOOP("Messages", "is not a number"),
    "values.not_a_whole_number": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a whole number"),
    "values.not_a_count": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a whole number from 0"),
    "values.negative": QT_TRANSLATE_NOOP("Messages", "cannot be negative"),
    "values.not_yes_no": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not yes or no (write ja/nei, yes/no, true/false or 1/0)"
    ),
    "values.empty_yes_no": QT_TRANSLATE_NOOP("Messages", "is empty (write yes or no)"),
    "values.not_a_level": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a level (under A1, A1, A2, B1, B2, C1)"
    ),
    "values.not_a_cefr_level": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a CEFR level (A1, A2, B1, B2, C1)"
    ),
    "values.four_levels": QT_TRANSLATE_NOOP(
        "Messages", "give four levels: listening/reading/writing/oral, e.g. B1/B1/A2/B1"
    ),
    "values.not_a_sub_skill": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a sub-skill (listening, reading, writing, oral)"
    ),
    "values.not_a_test": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a test ({choices})"),
    "values.not_a_registration_level": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a registration level (A1-A2, A2-B1, B1-B2)"
    ),
    "values.not_an_exemption_kind": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not an exemption kind ({choices})"
    ),
    "values.not_a_version": QT_TRANSLATE_NOOP("Messages", "'{text}' is not a version (75h or 50h)"),
    "values.not_a_language_code": QT_TRANSLATE_NOOP(
        "Messages", "'{text}' is not a language code (for example nb, ar, ti, uk)"
    ),
    "values.not_a_result_reference": QT_TRANSLATE_NOOP(
        "Messages",
        "'{text}' is not a result reference (as 'tests history' shows it, for example "
        "norskproven:12 or exemption:3)",
    ),
    "values.required_for_test": QT_TRANSLATE_NOOP("Messages", "is required for this test"),
    "values.score_or_passed": QT_TRANSLATE_NOOP("Messages", "give --score or --passed"),
    # What a decision letter lacks (documents.decision_needs)
    "documents.missing.decision_date": QT_TRANSLATE_NOOP("Messages", "decision date"),
    "documents.missing.programme_start": QT_TRANSLATE_NOOP("Messages", "programme start"),
    "documents.missing.both": QT_TRANSLATE_NOOP("Messages", "decision date or programme start"),
    # The municipality's settings (services/settings.py)
    "settings.longer_than": QT_TRANSLATE_NOOP("Messages", "is longer than {limit} characters"),
    "settings.four_digits": QT_TRANSLATE_NOOP("Messages", "must be four digits (e.g. 0301)"),
    "settings.whole_number_range": QT_TRANSLATE_NOOP(
        "Messages", "must be a whole number from {low} to {high}"
    ),
    "settings.language_choice": QT_TRANSLATE_NOOP("Messages", "must be nb, nn or en"),
    "settings.document_standard_choice": QT_TRANSLATE_NOOP(
        "Messages", "must be nb (bokmål) or nn (nynorsk)"
    ),
    "settings.payment_period_choice": QT_TRANSLATE_NOOP("Messages", "must be monthly or biweekly"),
    "settings.not_email": QT_TRANSLATE_NOOP("Messages", "is not an e-mail address"),
}
