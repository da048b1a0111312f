"""Norwegian person identifiers: fødselsnummer, D-number and DUF number (brief §7.1).

Fødselsnummer / D-number
    Checked with python-stdnum's building blocks (``stdnum.no.fodselsnummer``). We do not call
    ``fodselsnummer.validate`` itself because it compares the birth date with the machine's
    clock; rules stay pure, so the caller passes ``not_after`` instead.

The 2032 scheme (brief §7.1 [R61][R73])
    From 1 January 2032 new numbers are gender-neutral and the first control digit accepts more
    values: the brief says "the new calculation accepts remainders 0, 1, 2, 3". We read that as:
    the weighted sum of the first nine digits *plus the first control digit* (weights
    3,7,6,1,8,9,4,5,2,1) modulo 11 may be 0, 1, 2 or 3 (the classic rule demands 0); the second
    control digit is unchanged. The exact algorithm is not in the brief, so it lives behind a
    dated switch: the table ``resources/rules/national_id_control_schemes.json`` says which
    schemes are accepted on a date (``accepted_schemes``), and numbers that pass only the new
    check carry no sex information (``NationalIdCheck.sex`` is ``None``).

DUF number
    12 digits: YYYY + 6-digit serial + 2 check digits (weighted sum of the first ten digits,
    weights 4,6,3,2,4,6,3,2,7,5, modulo 11, written as two digits). The algorithm is community
    knowledge, not official (UNCONFIRMED), so ``duf_number_warning`` only ever warns.

Messages are Norwegian Bokmål for the coordinator and never repeat the number itself.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from stdnum.exceptions import InvalidComponent
from stdnum.no import fodselsnummer as stdnum_fnr

from introdesk.domain.codes import Sex
from introdesk.rules.tables import DatedTable

_K1_WEIGHTS = (3, 7, 6, 1, 8, 9, 4, 5, 2, 1)  # last weight applies to the control digit itself
_K2_WEIGHTS = (5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1)
_EXTENDED_K1_REMAINDERS = frozenset({0, 1, 2, 3})
_DUF_WEIGHTS = (4, 6, 3, 2, 4, 6, 3, 2, 7, 5)


class ControlScheme(StrEnum):
    """Control-digit rules for national identity numbers (brief §7.1)."""

    CLASSIC = "classic"  # both control digits mod 11 == 0 (numbers issued before 2032)
    EXTENDED_2032 = "extended_2032"  # first control digit: remainder 0-3 accepted


class IdKind(StrEnum):
    FODSELSNUMMER = "fodselsnummer"
    D_NUMBER = "d_number"  # day + 40
    H_NUMBER = "h_number"  # month + 40 (help number)


class IdProblem(StrEnum):
    LENGTH = "length"
    FORMAT = "format"
    CHECKSUM = "checksum"
    DATE = "date"


@dataclass(frozen=True, slots=True)
class NationalIdCheck:
    """Outcome of checking a fødselsnummer or D-number. ``ok`` is true when ``problem`` is None."""

    # Compacted digits, for storage. Kept out of repr so that logging a result leaks nothing.
    number: str = field(repr=False)
    problem: IdProblem | None = None
    message: str = ""
    kind: IdKind | None = None
    birth_date: date | None = None
    scheme: ControlScheme | None = None
    sex: Sex | None = None  # only for classic-scheme numbers; 2032 numbers are gender-neutral

    @property
    def ok(self) -> bool:
        return self.problem is None


def accepted_schemes(on_date: date, table: DatedTable) -> frozenset[ControlScheme]:
    """The control schemes accepted on ``on_date`` (table ``national_id_control_schemes``)."""
    return frozenset(ControlScheme(code) for code in table.at(on_date))


def _weighted(digits: str, weights: tuple[int, ...]) -> int:
    return sum(w * int(d) for w, d in zip(weights, digits, strict=False))


def _passing_scheme(number: str, accepted: frozenset[ControlScheme]) -> ControlScheme | None:
    # The second control digit is the same in both schemes: weighted sum of all 11 digits ≡ 0.
    if _weighted(number, _K2_WEIGHTS) % 11 != 0:
        return None
    remainder = _weighted(number[:10], _K1_WEIGHTS) % 11
    if remainder == 0 and ControlScheme.CLASSIC in accepted:
        return ControlScheme.CLASSIC
    if remainder in _EXTENDED_K1_REMAINDERS and ControlScheme.EXTENDED_2032 in accepted:
        return ControlScheme.EXTENDED_2032
    return None


def _kind(number: str) -> IdKind:
    if int(number[0]) >= 4:
        return IdKind.D_NUMBER
    if int(number[2]) >= 4:
        return IdKind.H_NUMBER
    return IdKind.FODSELSNUMMER


def validate_national_id(
    text: str,
    *,
    accepted: frozenset[ControlScheme] = frozenset({ControlScheme.CLASSIC}),
    not_after: date | None = None,
) -> NationalIdCheck:
    """Check a fødselsnummer, D-number or H-number (brief §7.1).

    ``accepted``: the control schemes in force (see ``accepted_schemes``). ``not_after``: a birth
    date later than this is refused (pass the registration date); ``None`` skips that check.
    Spaces, hyphens and colons are ignored. The problems are told apart: wrong length, not only
    digits, control digit (kontrollsiffer) mismatch, and a date that cannot exist.
    """
    number = stdnum_fnr.compact(text)
    if len(number) != 11:
        return NationalIdCheck(
            number,
            IdProblem.LENGTH,
            f"Fødselsnummer/D-nummer må ha 11 sifre, ikke {len(number)}.",
        )
    if not number.isdigit() or not number.isascii():
        return NationalIdCheck(
            number, IdProblem.FORMAT, "Fødselsnummer/D-nummer kan bare inneholde sifre."
        )
    scheme = _passing_scheme(number, accepted)
    if scheme is None:
        return NationalIdCheck(
            number,
            IdProblem.CHECKSUM,
            "Kontrollsifferet stemmer ikke: sjekk at nummeret er skrevet riktig.",
        )
    try:
        born = stdnum_fnr.get_birth_date(number)
    except InvalidComponent:
        return NationalIdCheck(
            number,
            IdProblem.DATE,
            "Datoen i nummeret finnes ikke (ugyldig dag, måned eller århundre).",
        )
    if not_after is not None and born > not_after:
        return NationalIdCheck(
            number, IdProblem.DATE, "Fødselsdatoen i nummeret ligger fram i tid."
        )
    sex = None
    if scheme is ControlScheme.CLASSIC:
        sex = Sex.MALE if int(number[8]) % 2 else Sex.FEMALE
    return NationalIdCheck(number, kind=_kind(number), birth_date=born, scheme=scheme, sex=sex)


def birth_date_from_national_id(
    text: str,
    *,
    accepted: frozenset[ControlScheme] = frozenset({ControlScheme.CLASSIC}),
) -> date | None:
    """The birth date encoded in a valid fødselsnummer/D-number, else ``None`` (brief §7.1)."""
    return validate_national_id(text, accepted=accepted).birth_date


def duf_number_warning(text: str, *, on_date: date | None = None) -> str | None:
    """A soft check of a DUF number (brief §7.1): a warning text, or ``None`` when it looks right.

    Never an error: the check-digit algorithm is not officially confirmed, so a mismatch only
    asks the coordinator to look at the UDI document again.
    """
    number = "".join(ch for ch in text if ch not in " -.")
    if not number.isdigit() or not number.isascii():
        return "DUF-nummeret skal bare inneholde sifre. Kontroller nummeret mot UDI-dokumentet."
    if len(number) != 12:
        return (
            f"DUF-nummeret har vanligvis 12 sifre, dette har {len(number)}. "
            "Kontroller nummeret mot UDI-dokumentet."
        )
    if on_date is not None and int(number[:4]) > on_date.year:
        return "Registreringsåret i DUF-nummeret ligger fram i tid. Kontroller nummeret."
    expected = _weighted(number[:10], _DUF_WEIGHTS) % 11
    if int(number[10:]) != expected:
        return (
            "Kontrollsifrene i DUF-nummeret stemmer ikke med den vanlige beregningen. "
            "Kontroller nummeret mot UDI-dokumentet (beregningen er ikke offisielt bekreftet)."
        )
    return None


def _individual_range(year: int) -> range:
    """Individual numbers allowed for a birth year (brief §7.1 [R63])."""
    if 1854 <= year <= 1899:
        return range(500, 750)
    if 1900 <= year <= 1999:
        return range(0, 500)
    if 2000 <= year <= 2039:
        return range(500, 1000)
    raise ValueError(f"no individual-number series for birth year {year}")


def generate_fodselsnummer(
    birth_date: date, sex: Sex, rng: random.Random, *, d_number: bool = False
) -> str:
    """A synthetic, checksum-valid (classic scheme) fødselsnummer or D-number for demo data.

    The number encodes ``birth_date`` and ``sex`` (odd ninth digit = male). Individual numbers
    whose control digit would be 10 are skipped, as the population register does.
    """
    series = _individual_range(birth_date.year)
    parity = 1 if sex is Sex.MALE else 0
    day = birth_date.day + (40 if d_number else 0)
    stem = f"{day:02d}{birth_date.month:02d}{birth_date.year % 100:02d}"
    while True:
        individual = rng.randrange(series.start + parity, series.stop, 2)
        base = f"{stem}{individual:03d}"
        k1 = stdnum_fnr.calc_check_digit1(base)
        if len(k1) != 1:
            continue
        k2 = stdnum_fnr.calc_check_digit2(base + k1)
        if len(k2) != 1:
            continue
        return base + k1 + k2
