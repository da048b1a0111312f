"""Fødselsnummer, D-number and DUF number checks (brief §7.1).

Check digits in the vectors below were worked out with the brief's mod-11 formulas; e.g. for
30029012373 (a 30 February): k1 = 11 - (3·3+7·0+6·0+1·2+8·9+9·0+4·1+5·2+2·3) mod 11
= 11 - 103 mod 11 = 11 - 4 = 7, so the checksum is fine and only the date is impossible.
"""

from __future__ import annotations

import random
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from introdesk.domain.codes import Sex
from introdesk.rules.identifiers import (
    ControlScheme,
    IdKind,
    IdProblem,
    accepted_schemes,
    birth_date_from_national_id,
    duf_number_warning,
    generate_fodselsnummer,
    validate_national_id,
)
from introdesk.rules.tables import load_table

BOTH = frozenset({ControlScheme.CLASSIC, ControlScheme.EXTENDED_2032})


@pytest.mark.parametrize(
    ("number", "kind", "born", "sex"),
    [
        pytest.param(
            "31129956715",
            IdKind.FODSELSNUMMER,
            date(1899, 12, 31),
            Sex.MALE,
            id="brief-worked-example",
        ),
        pytest.param(
            "151086 95088", IdKind.FODSELSNUMMER, date(1986, 10, 15), Sex.FEMALE, id="with-space"
        ),
        pytest.param(
            "010100-50053", IdKind.FODSELSNUMMER, date(2000, 1, 1), Sex.FEMALE, id="2000s-series"
        ),
        pytest.param(
            "01015445072", IdKind.FODSELSNUMMER, date(1954, 1, 1), Sex.FEMALE, id="1900s-series"
        ),
        pytest.param(
            "29020050088", IdKind.FODSELSNUMMER, date(2000, 2, 29), Sex.FEMALE, id="leap-day-2000"
        ),
        pytest.param("41019012393", IdKind.D_NUMBER, date(1990, 1, 1), Sex.MALE, id="d-number"),
        pytest.param(
            "71019012306", IdKind.D_NUMBER, date(1990, 1, 31), Sex.MALE, id="d-number-day-71"
        ),
        pytest.param("01459012342", IdKind.H_NUMBER, date(1990, 5, 1), Sex.MALE, id="h-number"),
    ],
)
def test_valid_numbers_give_kind_birth_date_and_sex(
    number: str, kind: IdKind, born: date, sex: Sex
) -> None:
    check = validate_national_id(number)
    assert check.ok, check.message
    assert (check.kind, check.birth_date, check.sex) == (kind, born, sex)
    assert check.scheme is ControlScheme.CLASSIC
    assert birth_date_from_national_id(number) == born


@pytest.mark.parametrize(
    ("number", "problem", "words"),
    [
        pytest.param("3112995671", IdProblem.LENGTH, "11 sifre, ikke 10", id="too-short"),
        pytest.param("311299567155", IdProblem.LENGTH, "11 sifre, ikke 12", id="too-long"),
        pytest.param("", IdProblem.LENGTH, "ikke 0", id="empty"),
        pytest.param("3112995671X", IdProblem.FORMAT, "bare inneholde sifre", id="letter"),
        pytest.param(
            "31129956716", IdProblem.CHECKSUM, "Kontrollsifferet stemmer ikke", id="k2-wrong"
        ),
        pytest.param(
            "31129956725", IdProblem.CHECKSUM, "Kontrollsifferet stemmer ikke", id="k1-wrong"
        ),
        pytest.param("13129956715", IdProblem.CHECKSUM, "Kontrollsifferet", id="digits-swapped"),
        pytest.param("30029012373", IdProblem.DATE, "finnes ikke", id="30-february"),
        pytest.param("29020012380", IdProblem.DATE, "finnes ikke", id="29-feb-1900-not-leap"),
        pytest.param("31049912350", IdProblem.DATE, "finnes ikke", id="31-april"),
        pytest.param("01015080082", IdProblem.DATE, "århundre", id="no-century-for-series"),
    ],
)
def test_problems_are_told_apart(number: str, problem: IdProblem, words: str) -> None:
    check = validate_national_id(number)
    assert not check.ok
    assert check.problem is problem
    assert words in check.message
    assert check.birth_date is None
    if len(number) >= 6:
        assert number not in check.message  # never echo the number (brief §7)


def test_number_is_not_in_repr() -> None:
    assert "31129956715" not in repr(validate_national_id("31129956715"))


def test_future_birth_date_is_refused_only_against_the_given_date() -> None:
    born_2032 = "01013250231"  # 1 January 2032, individual 502
    assert validate_national_id(born_2032).ok
    late = validate_national_id(born_2032, not_after=date(2031, 12, 31))
    assert late.problem is IdProblem.DATE
    assert validate_national_id(born_2032, not_after=date(2032, 1, 1)).ok


# 1 January 1905, individual 234. The nine digits weigh 0+7+0+1+0+45+8+15+8 = 84 ≡ 7 (mod 11),
# so k1 = 4 is the classic digit (remainder 0), and k1 = 5, 6, 7 give remainders 1, 2, 3, which
# only the 2032 rule accepts; k2 is computed as before for each.
EXTENDED_ONLY = ("01010523458", "01010523466", "01010523474")


@pytest.mark.parametrize("number", EXTENDED_ONLY, ids=["remainder-1", "remainder-2", "remainder-3"])
def test_2032_numbers_pass_only_when_the_new_scheme_is_accepted(number: str) -> None:
    weights = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)
    remainder = sum(w * int(d) for w, d in zip(weights, number, strict=False)) % 11
    assert remainder in {1, 2, 3}
    assert validate_national_id(number).problem is IdProblem.CHECKSUM
    check = validate_national_id(number, accepted=BOTH)
    assert check.ok
    assert check.scheme is ControlScheme.EXTENDED_2032
    assert check.birth_date == date(1905, 1, 1)
    assert check.sex is None  # gender-neutral numbers (brief §7.1)


def test_remainder_4_fails_even_in_the_new_scheme() -> None:
    # k1 = 8 gives remainder (84 + 8) mod 11 = 4: outside 0-3; k2 recomputed for that k1.
    base = "010105234" + "8"
    k2 = (
        11 - sum(w * int(d) for w, d in zip((5, 4, 3, 2, 7, 6, 5, 4, 3, 2), base, strict=True)) % 11
    ) % 11
    number = base + str(k2)
    assert validate_national_id(number, accepted=BOTH).problem is IdProblem.CHECKSUM


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param(date(2031, 12, 31), {ControlScheme.CLASSIC}, id="day-before-2032"),
        pytest.param(
            date(2032, 1, 1), {ControlScheme.CLASSIC, ControlScheme.EXTENDED_2032}, id="1-jan-2032"
        ),
    ],
)
def test_dated_switch_to_the_2032_scheme(day: date, expected: set[ControlScheme]) -> None:
    table = load_table("national_id_control_schemes")
    assert accepted_schemes(day, table) == expected
    assert table.row_at(day).unconfirmed is (ControlScheme.EXTENDED_2032 in expected)


@pytest.mark.parametrize(
    ("text", "warns", "words"),
    [
        # 2015 123456: 4·2+6·0+3·1+2·5+4·1+6·2+3·3+2·4+7·5+5·6 = 119 ≡ 9 (mod 11) → "09"
        pytest.param("201512345609", False, "", id="valid"),
        pytest.param("2015 123456 09", False, "", id="with-spaces"),
        pytest.param("201512345608", True, "Kontrollsifrene", id="check-mismatch"),
        pytest.param("20151234560", True, "12 sifre, dette har 11", id="short"),
        pytest.param("2015123456AB", True, "bare inneholde sifre", id="letters"),
    ],
)
def test_duf_number_soft_check(text: str, warns: bool, words: str) -> None:
    warning = duf_number_warning(text)
    assert (warning is not None) is warns
    if warns:
        assert warning is not None
        assert words in warning


def test_duf_registration_year_in_the_future_warns() -> None:
    assert duf_number_warning("201512345609", on_date=date(2014, 12, 31)) is not None
    assert duf_number_warning("201512345609", on_date=date(2015, 1, 1)) is None


@given(
    born=st.dates(min_value=date(1854, 1, 1), max_value=date(2039, 12, 31)),
    sex=st.sampled_from(Sex),
    d_number=st.booleans(),
    seed=st.integers(min_value=0, max_value=2**32),
)
def test_generated_numbers_validate_and_round_trip(
    born: date, sex: Sex, d_number: bool, seed: int
) -> None:
    number = generate_fodselsnummer(born, sex, random.Random(seed), d_number=d_number)
    check = validate_national_id(number)
    assert check.ok, check.message
    assert check.birth_date == born
    assert check.sex is sex
    assert check.kind is (IdKind.D_NUMBER if d_number else IdKind.FODSELSNUMMER)


def test_generator_is_reproducible_from_the_seed() -> None:
    first = generate_fodselsnummer(date(1990, 5, 17), Sex.FEMALE, random.Random(7))
    again = generate_fodselsnummer(date(1990, 5, 17), Sex.FEMALE, random.Random(7))
    assert first == again


def test_generator_refuses_years_without_a_series() -> None:
    with pytest.raises(ValueError, match="1853"):
        generate_fodselsnummer(date(1853, 1, 1), Sex.MALE, random.Random(1))
