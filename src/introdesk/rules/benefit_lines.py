"""A benefit line's figures and texts in Bokmål, Nynorsk and English (``rules.benefit``'s
steps 2 and 3), each made once per process for the same inputs: a month's thousands of lines
repeat the same whole month at a few rates and the same minutes on thirty days."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from fractions import Fraction
from functools import lru_cache

from introdesk.domain.absence_catalogue import AbsenceCodeInfo
from introdesk.domain.attendance import BenefitLine, BenefitLineKind
from introdesk.rules import _nb_format as nb
from introdesk.rules.benefit_rates import AnnualRate, round_ore


@lru_cache(maxsize=4096)
def base_line(
    seg_start: date,
    seg_end: date,
    rate: AnnualRate,
    monthly: Fraction,
    daily: int,
    seg_days: int,
    calendar_days: int,
    full_month: bool,
    adjusted_from: int | None,
) -> BenefitLine:
    """A base line, made once per period, rate and days (most participants of a month have
    the same whole month at one of a few rates). ``adjusted_from``: the last part's calendar
    days when it was adjusted to ``seg_days`` in a month split by a rate change."""
    if full_month:
        note = f"hel måned regnes som {daily} dager"
        note_nn = f"heil månad blir rekna som {daily} dagar"
        note_en = f"a whole month counts as {daily} days"
    else:
        note = f"{calendar_days} kalenderdager i programmet, høyst {daily} regnes"
        note_nn = f"{calendar_days} kalenderdagar i programmet, høgst {daily} blir rekna"
        note_en = f"{calendar_days} calendar days in the programme, at most {daily} counted"
    if adjusted_from is not None:
        note += f"; siste del av måneden justert fra {adjusted_from} til {seg_days} dager"
        note_nn += f"; siste del av månaden justert frå {adjusted_from} til {seg_days} dagar"
        note_en += f"; last part of the month adjusted from {adjusted_from} to {seg_days} days"
    amount, yearly, how, how_nn, how_en = _base(rate, monthly, daily, seg_days)
    period = nb.period(seg_start, seg_end)
    return BenefitLine(
        kind=BenefitLineKind.BASE,
        start=seg_start,
        end=seg_end,
        amount=amount,
        days=seg_days,
        rate=yearly,
        explanation=f"Introduksjonsstønad {period}: {how} ({note}).",
        explanation_nn=f"Introduksjonsstønad {period}: {how_nn} ({note_nn}).",
        explanation_en=f"Introduction benefit {period}: {how_en} ({note_en}).",
    )


@lru_cache(maxsize=4096)
def _base(
    rate: AnnualRate, monthly: Fraction, daily: int, days: int
) -> tuple[Decimal, Decimal, str, str, str]:
    """A base line's amount, annual rate and how it was computed (Bokmål, Nynorsk, English),
    once per rate and days."""
    amount = round_ore(rate.amount * days / (monthly * daily))
    figures = f"/ {nb.number(monthly)} / {daily} × {days}"
    how = f"{rate.describe()}; {figures} dager = {nb.kr(amount)} kr"
    how_nn = f"{rate.describe_nn()}; {figures} dagar = {nb.kr(amount)} kr"
    how_en = f"{rate.describe_en()}; {figures} days = {nb.kr(amount)} kr"
    return amount, round_ore(rate.amount), how, how_nn, how_en


@lru_cache(maxsize=8192)
def deduction_line(
    rate: AnnualRate, divisor: Fraction, absent: int, day: date, code: str, info: AbsenceCodeInfo
) -> BenefitLine:
    """A deduction line, made once per rate, minutes, day and code (a month's thousands of
    deductions repeat a few rates and minutes on thirty days)."""
    amount, hours, hourly, how, how_nn, how_en = _deduction(rate, divisor, absent)
    label_nn = info.label_nn or info.label_nb
    label_en = info.label_en or info.label_nb
    return BenefitLine(
        kind=BenefitLineKind.DEDUCTION,
        start=day,
        end=day,
        amount=amount,
        hours=hours,
        rate=hourly,
        code=code,
        explanation=f"Trekk for {info.label_nb.lower()} {nb.day(day)}: {how}",
        explanation_nn=f"Trekk for {label_nn.lower()} {nb.day(day)}: {how_nn}",
        explanation_en=f"Deduction for {label_en.lower()} {nb.day(day)}: {how_en}",
    )


@lru_cache(maxsize=4096)
def _deduction(
    rate: AnnualRate, divisor: Fraction, absent: int
) -> tuple[Decimal, Decimal, Decimal, str, str, str]:
    """A deduction's amount, hours, hourly rate and how it was computed (Bokmål, Nynorsk,
    English):
    the same for every day and participant with this rate and these minutes (thousands of
    lines, a few rates)."""
    amount = -round_ore(rate.amount * absent / (divisor * 60))
    hours = (Decimal(absent) / 60).quantize(Decimal("0.01"))
    figures = (
        f"({absent} min) × {nb.kr(round_ore(rate.amount))} kr "
        f"/ {nb.number(divisor)} = {nb.kr(-amount)} kr"
    )
    hours_text = nb.number(hours)
    how = f"{hours_text} t {figures} (sats gyldig på fraværsdagen: {rate.describe()})."
    how_nn = f"{hours_text} t {figures} (sats gyldig på fråværsdagen: {rate.describe_nn()})."
    how_en = f"{hours_text} h {figures} (rate valid on the day of absence: {rate.describe_en()})."
    return amount, hours, round_ore(rate.amount / divisor), how, how_nn, how_en
