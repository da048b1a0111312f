"""Language and social-studies tests (brief §4), split by concern:

- ``service``: recording results and exemptions, history and progress;
- ``parsing``: the words a person types for levels, sub-skills, tests and versions;
- ``importing``: results from a spreadsheet;
- ``readiness``: the rule glue (pass marks, test duty, residence and citizenship readiness);
- ``storage``: one result and its audit rows in the caller's transaction.
"""

from introdesk.services.language_tests.importing import IMPORT_COLUMNS, ImportResult
from introdesk.services.language_tests.parsing import (
    parse_exemption_kind,
    parse_goal,
    parse_language,
    parse_level,
    parse_registration_level,
    parse_result_ref,
    parse_skill,
    parse_test_kind,
    parse_version,
)
from introdesk.services.language_tests.service import (
    LanguageTestService,
    PlanTerms,
    PlanTermsLookup,
    TrainingHours,
)
from introdesk.services.language_tests.storage import Result, write_result, write_results

__all__ = [
    "IMPORT_COLUMNS",
    "ImportResult",
    "LanguageTestService",
    "PlanTerms",
    "PlanTermsLookup",
    "Result",
    "TrainingHours",
    "parse_exemption_kind",
    "parse_goal",
    "parse_language",
    "parse_level",
    "parse_registration_level",
    "parse_result_ref",
    "parse_skill",
    "parse_test_kind",
    "parse_version",
    "write_result",
    "write_results",
]
