"""Benefit rates: the dated tables and the annual rate valid on a day (brief §3.1).

The annual rate is ``G(day) × multiple × share``: G from ``grunnbelop`` (changes 1 May), the
multiple (2) from ``benefit_g_multiple`` and the share from ``benefit_rate_fractions`` by regime
and by the participant's **age on that day**. A person is 25 from the 25th birthday itself (born
29 February: from 1 March in years without that date). Arithmetic is exact (``Fraction``) until
``round_ore`` rounds a line once to øre, ROUND_HALF_UP.
"""

from __future__ import annotations

import calendar
import threading
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache
from typing import Any

from introdesk.domain.codes import Regime
from introdesk.rules import _nb_format as nb
from introdesk.rules.chapter_6a import chapter_6a_end, regime_on
from introdesk.rules.tables import DatedTable, load_table


@dataclass(frozen=True, slots=True)
class BenefitTables:
    grunnbelop: DatedTable
    g_multiple: DatedTable
    rate_fractions: DatedTable
    monthly_divisor: DatedTable
    daily_divisor: DatedTable
    hourly_divisor: DatedTable
    decision_threshold: DatedTable
    couple_share: DatedTable  # issue 14: couples without children, § 20 fourth paragraph
    chapter_6a: DatedTable  # issue 14: chapter 6A applies until its end date, then ordinary rules
    other_income: DatedTable  # issue 14: § 22 other benefits, § 23 pay for work in the programme

    def all(self) -> tuple[DatedTable, ...]:
        return (
            self.grunnbelop,
            self.g_multiple,
            self.rate_fractions,
            self.monthly_divisor,
            self.daily_divisor,
            self.hourly_divisor,
            self.decision_threshold,
            self.couple_share,
            self.chapter_6a,
            self.other_income,
        )


def load_benefit_tables() -> BenefitTables:
    """The bundled tables from ``resources/rules`` (the only file access of this module)."""
    return BenefitTables(
        grunnbelop=load_table("grunnbelop"),
        g_multiple=load_table("benefit_g_multiple"),
        rate_fractions=load_table("benefit_rate_fractions"),
        monthly_divisor=load_table("benefit_monthly_divisor"),
        daily_divisor=load_table("benefit_daily_divisor"),
        hourly_divisor=load_table("benefit_hourly_divisor"),
        decision_threshold=load_table("benefit_decision_threshold"),
        couple_share=load_table("benefit_couple_share"),
        chapter_6a=load_table("chapter_6a"),
        other_income=load_table("benefit_other_income"),
    )


def fraction(value: Any) -> Fraction:
    """A table value (``"2/3"``, ``"0.5"``, ``"1850"``, 25) as an exact fraction."""
    return _parse_fraction(str(value))


@lru_cache(maxsize=1024)
def _parse_fraction(text: str) -> Fraction:
    # Table values repeat for every participant and day; parsing them once saves most of a run.
    return Fraction(text)


def round_ore(value: Fraction) -> Decimal:
    """Round an exact amount once to øre, ROUND_HALF_UP (halves away from zero)."""
    # floor(|n/d| × 100 + 1/2) in whole numbers: the same value as Fraction arithmetic, without
    # building the intermediate fractions (a month's benefit rounds tens of thousands of lines).
    numerator, denominator = value.numerator, value.denominator
    cents = (abs(numerator) * 200 + denominator) // (2 * denominator)
    rounded = Decimal(cents).scaleb(-2)
    return -rounded if numerator < 0 else rounded


def age_on(birth_date: date, day: date) -> int:
    before_birthday = (day.month, day.day) < (birth_date.month, birth_date.day)
    return day.year - birth_date.year - int(before_birthday)


def birthday(birth_date: date, age: int) -> date:
    """The day a person reaches ``age`` (29 February → 1 March in other years)."""
    year = birth_date.year + age
    if birth_date.month == 2 and birth_date.day == 29 and not calendar.isleap(year):
        return date(year, 3, 1)
    return birth_date.replace(year=year)


# The share's label in Bokmål, Nynorsk and English.
_SHARE_LABELS = {
    "full": ("full sats", "full sats", "full rate"),
    "under_age_not_with_parents": (
        "under {limit} år, bor ikke med foreldre",
        "under {limit} år, bur ikkje med foreldre",
        "under {limit}, not living with parents",
    ),
    "under_age_with_parents": (
        "under {limit} år, bor med foreldre",
        "under {limit} år, bur med foreldre",
        "under {limit}, living with parents",
    ),
}


def _chapter_6a_note(governing: Regime, table: DatedTable) -> tuple[str, str, str]:
    if governing is Regime.CHAPTER_6A:
        return (
            ", integreringsloven kapittel 6A",
            ", integreringslova kapittel 6A",
            ", Integration Act chapter 6A",
        )
    end = chapter_6a_end(table)
    ended = f" gjaldt til {end:%d.%m.%Y}" if end is not None else " gjelder ikke"
    ended_nn = f" galdt til {end:%d.%m.%Y}" if end is not None else " gjeld ikkje"
    ended_en = f" applied until {end:%d.%m.%Y}" if end is not None else " does not apply"
    return (
        f", kapittel 6A{ended}: ordinære regler i integreringsloven",
        f", kapittel 6A{ended_nn}: ordinære reglar i integreringslova",
        f", chapter 6A{ended_en}: the ordinary rules of the Integration Act",
    )


@dataclass(frozen=True, slots=True)
class AnnualRate:
    g: Decimal
    multiple: Fraction
    share: Fraction
    share_label: str
    share_label_nn: str = ""  # Nynorsk, for a window or document in nynorsk
    share_label_en: str = ""  # English, for a window that speaks en
    # The hash of the fields above, worked out once: a month's lines look their rate up in
    # caches tens of thousands of times, and hashing two fractions each time adds up.
    _hash: int = field(default=0, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        fields = (
            self.g,
            self.multiple,
            self.share,
            self.share_label,
            self.share_label_nn,
            self.share_label_en,
        )
        object.__setattr__(self, "_hash", hash(fields))

    def __hash__(self) -> int:
        return self._hash

    @property
    def amount(self) -> Fraction:
        return _annual_amount(self)

    def describe(self) -> str:
        return _describe(self, "nb")

    def describe_nn(self) -> str:
        """``describe`` in Nynorsk (the figures are the same)."""
        return _describe(self, "nn")

    def describe_en(self) -> str:
        """``describe`` in English (the figures are the same)."""
        return _describe(self, "en")


# A month's benefit asks thousands of times for the same few rates: each rate's amount and
# text are computed once per process.
@lru_cache(maxsize=1024)
def _annual_amount(rate: AnnualRate) -> Fraction:
    return Fraction(rate.g) * rate.multiple * rate.share


@lru_cache(maxsize=1024)
def _describe(rate: AnnualRate, language: str) -> str:
    label = {"nn": rate.share_label_nn, "en": rate.share_label_en}.get(language) or (
        rate.share_label
    )
    year = "year" if language == "en" else "år"
    return (
        f"{nb.number(rate.multiple)} G × {rate.share} ({label}), "
        f"G = {nb.number(rate.g)} kr → {nb.kr(round_ore(rate.amount))} kr/{year}"
    )


def annual_rate(
    tables: BenefitTables,
    regime: Regime,
    birth_date: date,
    lives_with_parents: bool,
    day: date,
    couple: bool = False,
) -> AnnualRate:
    """The annual benefit valid on ``day`` for this participant (brief §3.1). ``couple``:
    spouses or cohabitants who both take part and have no children get the share of the rate
    otherwise due in ``benefit_couple_share`` (integreringsloven § 20 fourth paragraph).
    A participant under chapter 6A gets the ordinary integreringsloven share on days the
    ``chapter_6a`` table says 6A no longer applies (issue 14 item 3).

    The birth date matters only through the age limit, so the rate is worked out once per
    day and kind of participant and then looked up (issue 18: a month for thousands)."""
    memo = tables_memo(tables)
    limit = memo.get(("age_limit", day))
    if limit is None:
        limit = memo[("age_limit", day)] = int(tables.rate_fractions.at(day)["age_limit"])
    over_limit = age_on(birth_date, day) >= limit
    key = ("rate", regime, over_limit, lives_with_parents and not over_limit, day, couple)
    rate = memo.get(key)
    if rate is None:
        rate = memo[key] = _annual_rate(
            tables, regime, over_limit, lives_with_parents, day, couple, limit
        )
    return rate


def _annual_rate(
    tables: BenefitTables,
    regime: Regime,
    over_limit: bool,
    lives_with_parents: bool,
    day: date,
    couple: bool,
    limit: int,
) -> AnnualRate:
    governing = regime_on(regime, day, tables.chapter_6a)
    fractions_row = tables.rate_fractions.at(day)
    if over_limit:
        key = "full"
    elif lives_with_parents:
        key = "under_age_with_parents"
    else:
        key = "under_age_not_with_parents"
    share = fraction(fractions_row[str(governing)][key])
    label, label_nn, label_en = (text.format(limit=limit) for text in _SHARE_LABELS[key])
    if regime is Regime.CHAPTER_6A:
        note, note_nn, note_en = _chapter_6a_note(governing, tables.chapter_6a)
        label, label_nn, label_en = label + note, label_nn + note_nn, label_en + note_en
    couple_share = fraction(tables.couple_share.at(day)) if couple else Fraction(1)
    if couple_share != 1:
        share *= couple_share
        label += f", × {couple_share} for par uten barn (integreringsloven § 20 fjerde ledd)"
        label_nn += f", × {couple_share} for par utan barn (integreringslova § 20 fjerde ledd)"
        label_en += (
            f", × {couple_share} for a couple without children "
            "(Integration Act § 20 fourth paragraph)"
        )
    return AnnualRate(
        g=Decimal(str(tables.grunnbelop.at(day))),
        multiple=fraction(tables.g_multiple.at(day)),
        share=share,
        share_label=label,
        share_label_nn=label_nn,
        share_label_en=label_en,
    )


_MEMO_LOCK = threading.Lock()
_MEMOS: dict[int, tuple[BenefitTables, dict[Any, Any]]] = {}
_MEMOS_KEPT = 8


def tables_memo(tables: BenefitTables) -> dict[Any, Any]:
    """Answers that depend only on ``tables`` and the rest of their key, kept per tables
    object (a month's benefit asks the same questions thousands of times). The object is
    kept with its answers, so its id cannot be reused while they are; other tables (tests
    build many) get their own, and the oldest are dropped."""
    found = _MEMOS.get(id(tables))
    if found is not None and found[0] is tables:
        return found[1]
    with _MEMO_LOCK:
        found = _MEMOS.get(id(tables))
        if found is None or found[0] is not tables:
            while len(_MEMOS) >= _MEMOS_KEPT:
                del _MEMOS[next(iter(_MEMOS))]
            found = _MEMOS[id(tables)] = (tables, {})
        return found[1]
