"""The absence-code catalogue (brief §2.3)."""

from __future__ import annotations

import pytest

from introdesk.domain.attendance import AbsenceType
from introdesk.domain.errors import RuleTableError, UserInputError
from introdesk.rules.absence_codes import catalogue_from_dict, load_absence_codes


def test_catalogue_lists_every_code_with_both_labels() -> None:
    catalogue = load_absence_codes()
    assert sorted(catalogue) == sorted(AbsenceType)
    for code in catalogue:
        info = catalogue[code]
        assert info.label_nb
        assert info.label_en
        assert info.section.startswith("brief §2.3")


@pytest.mark.parametrize(
    ("code", "valid", "paid", "documentation"),
    [
        ("holiday", True, True, "approval"),
        ("self_certified_illness", True, True, "self_certification"),
        ("doctor_certified_illness", True, True, "medical_certificate"),
        ("sick_child", True, True, "self_certification"),
        ("welfare_leave", True, True, "approval"),
        # Care leave is leave without benefit: integreringsforskriften § 16 (Review of 2026-12).
        ("care_leave", True, False, "approval"),
        ("long_term_illness", True, False, "medical_certificate"),
        ("unpaid_leave", True, False, "approval"),
        ("invalid", False, False, "none"),
    ],
    ids=lambda v: str(v),
)
def test_validity_pay_and_documentation(
    code: str, valid: bool, paid: bool, documentation: str
) -> None:
    info = load_absence_codes()[code]
    assert (info.valid, info.paid, info.documentation) == (valid, paid, documentation)


def test_unknown_code_is_a_user_error() -> None:
    with pytest.raises(UserInputError, match="Unknown absence code"):
        load_absence_codes()["sick_dog"]


def test_catalogue_missing_a_code_is_refused() -> None:
    with pytest.raises(RuleTableError, match="every absence code"):
        catalogue_from_dict(
            {
                "codes": [
                    {
                        "code": "holiday",
                        "label_nb": "Ferie",
                        "label_en": "Holiday",
                        "valid": True,
                        "paid": True,
                    }
                ]
            }
        )
