"""The introduction benefit for one participant and one month (brief §3).

How a month is computed (every step becomes a ``BenefitLine`` with an explanation in Bokmål,
``explanation``, in Nynorsk, ``explanation_nn``, and in English, ``explanation_en``):

1. **Annual rate on a day** (brief §3.1): ``G(day) × multiple × share``. The multiple (2) comes
   from ``benefit_g_multiple``; the share from ``benefit_rate_fractions`` by regime and by the
   participant's **age on that day**: under the age limit (25), integreringsloven and chapter 6A
   give 2/3 when not living with parents and 1/3 when living with them; introduksjonsloven gives
   2/3 to everyone under 25. A person is 25 from the 25th birthday itself (born 29 February: from
   1 March in years without that date). G comes from ``grunnbelop`` and changes on 1 May, so it
   never changes inside a month; the engine still splits at any table change date.
2. **Base lines** (brief §3.3: monthly = annual / 12, daily = monthly / 30). The days counted are
   the calendar days the participant is in the programme within the month, with two rules: a
   month with the programme on every calendar day counts as exactly 30 days (so a full month is
   always annual / 12, whatever its length), and any other month counts at most 30. When the rate
   changes inside the month (a 25th birthday), each rate gets its calendar days and the **last**
   part of the month absorbs the difference to that total (31-day month: one day fewer;
   February: two or one more). Amount per part = annual × days / (12 × 30).
3. **Absence deductions** (brief §3.3): for each day and each unpaid absence code (``invalid``,
   ``unpaid_leave``, ``long_term_illness``), ``minutes / 60 × annual(day) / 1 850``, at the rate
   valid on the day of absence.
4. **Other benefits** (§ 22, brief §3.1) reduce the month krone for krone.
5. **Adjustments** booked from corrections of locked months (``adjustment_lines``).
6. The net is never negative: if the reductions exceed what is due, an adjustment line brings
   the month to zero and ``unrecovered`` says how much was not taken (to be offset later).

Rounding: each line is computed exactly (rational arithmetic from the table values) and rounded
once to øre, ROUND_HALF_UP; totals are sums of rounded lines, so the lines add up to the net.

Decision (brief §3.3): ``decision_required`` when the month's deduction for **invalid** absence
is at least 50 % of the month's gross payment and at least G / 12 (G valid on the first of the
month). Unpaid leave is not counted: it was granted by its own decision.

Missing registrations (planned minutes with neither attendance nor absence) are paid as attended
and listed in ``missing_registration_days`` for the coordinator to follow up.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from fractions import Fraction

from introdesk.domain.absence_catalogue import AbsenceCatalogue
from introdesk.domain.attendance import (
    BenefitInput,
    BenefitLine,
    BenefitLineKind,
    BenefitResult,
)
from introdesk.domain.codes import Regime
from introdesk.domain.dates import month_end as last_day_of_month
from introdesk.rules import _nb_format as nb
from introdesk.rules.benefit_lines import base_line, deduction_line
from introdesk.rules.benefit_rates import (
    AnnualRate,
    BenefitTables,
    annual_rate,
    birthday,
    fraction,
    load_benefit_tables,
    round_ore,
    tables_memo,
)
from introdesk.rules.other_income import other_income_rule

__all__ = [
    "BenefitTables",
    "adjustment_lines",
    "can_change_benefit",
    "compute_benefit",
    "load_benefit_tables",
]

ZERO = Decimal("0.00")
FLOOR_CODE = "floor"


def _rate_segments(
    inp: BenefitInput, tables: BenefitTables, start: date, end: date
) -> list[tuple[date, date, AnnualRate]]:
    """Split ``start..end`` where the annual rate changes; merge parts with equal rates."""
    cuts = {d for d in _change_dates(tables) if start < d <= end}
    for day in (start, end):
        limit = int(tables.rate_fractions.at(day)["age_limit"])
        turning = birthday(inp.birth_date, limit)
        if start < turning <= end:
            cuts.add(turning)
    bounds = [start, *sorted(cuts), end + timedelta(days=1)]
    segments: list[tuple[date, date, AnnualRate]] = []
    for seg_start, next_start in itertools.pairwise(bounds):
        rate = annual_rate(
            tables, inp.regime, inp.birth_date, inp.lives_with_parents, seg_start, inp.couple
        )
        seg_end = next_start - timedelta(days=1)
        if segments and segments[-1][2] == rate:
            segments[-1] = (segments[-1][0], seg_end, rate)
        else:
            segments.append((seg_start, seg_end, rate))
    return segments


def _paid_periods(inp: BenefitInput) -> list[tuple[date, date]]:
    month_end = last_day_of_month(inp.month)
    if inp.paid_periods is not None:
        periods = inp.paid_periods
    else:
        end = month_end if inp.programme_end is None else inp.programme_end
        periods = ((inp.programme_start, end),)
    clipped = [(max(inp.month, a), min(month_end, b)) for a, b in periods]
    return [(a, b) for a, b in clipped if a <= b]


def _base_lines(inp: BenefitInput, tables: BenefitTables) -> list[BenefitLine]:
    month_end = last_day_of_month(inp.month)
    periods = _paid_periods(inp)
    if not periods:
        return []
    monthly = fraction(tables.monthly_divisor.at(inp.month))
    daily = int(fraction(tables.daily_divisor.at(inp.month)))
    calendar_days = sum((b - a).days + 1 for a, b in periods)
    full_month = calendar_days == month_end.day
    counted_total = daily if full_month else min(calendar_days, daily)
    segments = [seg for a, b in periods for seg in _rate_segments(inp, tables, a, b)]
    lines: list[BenefitLine] = []
    for index, (seg_start, seg_end, rate) in enumerate(segments):
        seg_days = (seg_end - seg_start).days + 1
        adjusted_from = None  # the last part's own days, when it absorbs the difference
        if index == len(segments) - 1 and counted_total != calendar_days:
            if len(segments) > 1:
                adjusted_from = seg_days
            seg_days += counted_total - calendar_days
        if seg_days <= 0:
            continue  # the 31st alone at a new rate: day 31 is not counted in a 30-day month
        lines.append(
            base_line(
                seg_start,
                seg_end,
                rate,
                monthly,
                daily,
                seg_days,
                calendar_days,
                full_month,
                adjusted_from,
            )
        )
    return lines


def _check_entries(inp: BenefitInput) -> None:
    month_end = last_day_of_month(inp.month)
    for entry in inp.entries:
        if entry.participant_id != inp.participant_id:
            raise ValueError("an attendance entry belongs to another participant")
        if not inp.month <= entry.day <= month_end:
            raise ValueError("an attendance entry lies outside the benefit month")


def _deduction_lines(
    inp: BenefitInput, tables: BenefitTables, codes: AbsenceCatalogue
) -> list[BenefitLine]:
    minutes: dict[tuple[date, str], int] = defaultdict(int)
    periods = _paid_periods(inp)
    for entry in inp.entries:
        code = entry.absence_code
        if code is None or codes[code].paid:
            continue
        if not any(a <= entry.day <= b for a, b in periods):
            continue  # a day not paid at all (stopped, unpaid leave) is not deducted again
        minutes[(entry.day, code)] += entry.absence_minutes
    lines = []
    memo = tables_memo(tables)
    for (day, code), absent in sorted(minutes.items()):
        rate = annual_rate(
            tables, inp.regime, inp.birth_date, inp.lives_with_parents, day, inp.couple
        )
        divisor = memo.get(("hourly_divisor", day))
        if divisor is None:
            divisor = memo[("hourly_divisor", day)] = fraction(tables.hourly_divisor.at(day))
        lines.append(deduction_line(rate, divisor, absent, day, code, codes[code]))
    return lines


def _change_dates(tables: BenefitTables) -> tuple[date, ...]:
    """Every date on which a row of one of the tables takes effect."""
    memo = tables_memo(tables)
    found = memo.get("change_dates")
    if found is None:
        found = memo["change_dates"] = tuple(
            sorted({d for table in tables.all() for d in table.change_dates()})
        )
    return found


def _other_lines(inp: BenefitInput, tables: BenefitTables) -> list[BenefitLine]:
    """Other income of the month: other public benefits (§ 22) and pay for work done as part
    of the programme (§ 23 second paragraph), each by its rule in ``benefit_other_income``."""
    lines = []
    for benefit in inp.other_benefits:
        if benefit.amount < 0:
            raise ValueError("another benefit cannot be negative")
        rule = other_income_rule(benefit.kind, inp.month, tables.other_income)
        amount = round_ore(Fraction(benefit.amount) * rule.share)
        how = "krone for krone" if rule.share == 1 else f"med {rule.share} av beløpet"
        how_en = "in full" if rule.share == 1 else f"by {rule.share} of the amount"
        paid = f"{nb.kr(round_ore(Fraction(benefit.amount)))} kr"
        lines.append(
            BenefitLine(
                kind=BenefitLineKind.OTHER_REDUCTION,
                start=inp.month,
                end=last_day_of_month(inp.month),
                amount=-amount,
                code=benefit.kind,
                explanation=(
                    f"{rule.label_nb} ({benefit.kind}) {nb.month(inp.month)}: "
                    f"{paid} trekkes {how} ({rule.law})."
                ),
                explanation_nn=(
                    f"{rule.label_nn or rule.label_nb} ({benefit.kind}) {nb.month(inp.month)}: "
                    f"{paid} blir trekt {how} ({nb.law_nn(rule.law)})."
                ),
                explanation_en=(
                    f"{rule.label_en or rule.label_nb} ({benefit.kind}) "
                    f"{nb.month_en(inp.month)}: {paid} is deducted {how_en} "
                    f"({nb.law_en(rule.law)})."
                ),
            )
        )
    return lines


def _missing_days(inp: BenefitInput) -> tuple[date, ...]:
    days = set(inp.missing_registration_days)
    days.update(e.day for e in inp.entries if e.unregistered_minutes > 0)
    return tuple(sorted(days))


def _decision_required(
    inp: BenefitInput,
    tables: BenefitTables,
    codes: AbsenceCatalogue,
    gross: Decimal,
    deductions: list[BenefitLine],
) -> bool:
    invalid = -sum(
        (line.amount for line in deductions if line.code and not codes[line.code].valid), ZERO
    )
    if not invalid > 0:
        return False
    share, least = _decision_limits(tables, inp.month)
    return Fraction(invalid) >= share * Fraction(gross) and Fraction(invalid) >= least


def _decision_limits(tables: BenefitTables, month: date) -> tuple[Fraction, Fraction]:
    """The month's share of the payment and least amount (a fraction of G on the first of the
    month) for ``_decision_required``, worked out once per month."""
    memo = tables_memo(tables)
    found = memo.get(("decision_limits", month))
    if found is None:
        threshold = tables.decision_threshold.at(month)
        g = Decimal(str(tables.grunnbelop.at(month)))
        found = memo[("decision_limits", month)] = (
            fraction(threshold["share_of_payment"]),
            fraction(threshold["g_fraction"]) * Fraction(g),
        )
    return found


def _unconfirmed(inp: BenefitInput, tables: BenefitTables, codes: AbsenceCatalogue) -> list[str]:
    # The couple share only matters for a couple (issue 14: § 20 fourth paragraph), the
    # chapter 6A end date only for a participant registered under chapter 6A.
    unused = set()
    if not inp.couple:
        unused.add(tables.couple_share.name)
    if inp.regime is not Regime.CHAPTER_6A:
        unused.add(tables.chapter_6a.name)
    if not inp.other_benefits:
        unused.add(tables.other_income.name)
    names = list(_unconfirmed_tables(tables, inp.month, frozenset(unused)))
    used = {e.absence_code for e in inp.entries if e.absence_code is not None}
    names += [f"absence_codes:{c}" for c in sorted(used) if codes[c].unconfirmed]
    return names


def _unconfirmed_tables(
    tables: BenefitTables, month: date, unused: frozenset[str]
) -> tuple[str, ...]:
    memo = tables_memo(tables)
    key = ("unconfirmed", month, unused)
    found = memo.get(key)
    if found is None:
        found = memo[key] = tuple(
            t.name for t in tables.all() if t.name not in unused and t.row_at(month).unconfirmed
        )
    return found


def can_change_benefit(
    planned_minutes: int, attended_minutes: int, absence_code: str | None, absence_minutes: int
) -> bool:
    """Whether an attendance row can change ``compute_benefit``'s result: an absence (it may
    be deducted, and its code's table status is reported) or planned time with nothing
    registered (a missing registration). A row attended as planned changes nothing, so a
    month run for thousands of participants may leave such rows out of
    ``BenefitInput.entries`` (tests/unit/rules/test_benefit_entry_filter.py)."""
    return absence_code is not None or planned_minutes > attended_minutes + absence_minutes


def compute_benefit(
    inp: BenefitInput, tables: BenefitTables, codes: AbsenceCatalogue
) -> BenefitResult:
    """The month's benefit for one participant, line by line (see the module docstring)."""
    _check_entries(inp)
    base = _base_lines(inp, tables)
    deductions = _deduction_lines(inp, tables, codes)
    others = _other_lines(inp, tables)
    adjustments = list(inp.adjustments)
    if any(line.kind is not BenefitLineKind.ADJUSTMENT for line in adjustments):
        raise ValueError("only adjustment lines can be booked into a month")
    gross = sum((line.amount for line in base), ZERO)
    subtotal = sum((line.amount for line in [*base, *deductions, *others, *adjustments]), ZERO)
    unrecovered = ZERO
    if subtotal < 0:
        unrecovered = -subtotal
        adjustments.append(
            BenefitLine(
                kind=BenefitLineKind.ADJUSTMENT,
                start=inp.month,
                end=last_day_of_month(inp.month),
                amount=unrecovered,
                code=FLOOR_CODE,
                explanation=(
                    f"Utbetalingen kan ikke bli negativ: {nb.kr(unrecovered)} kr i trekk er ikke "
                    "tatt denne måneden og må vurderes motregnet senere "
                    "(integreringsloven §§ 19–25)."
                ),
                explanation_nn=(
                    f"Utbetalinga kan ikkje bli negativ: {nb.kr(unrecovered)} kr i trekk er ikkje "
                    "tekne denne månaden og må vurderast motrekna seinare "
                    "(integreringslova §§ 19–25)."
                ),
                explanation_en=(
                    f"The payment cannot be negative: {nb.kr(unrecovered)} kr of deductions are "
                    "not taken this month and must be considered for offsetting later "
                    "(Integration Act §§ 19–25)."
                ),
            )
        )
    lines = (*base, *inp.unpaid_lines, *deductions, *others, *adjustments)
    return BenefitResult(
        participant_id=inp.participant_id,
        month=inp.month,
        gross=gross,
        deductions=tuple(deductions),
        other_reductions=tuple(others),
        adjustments=tuple(adjustments),
        net=sum((line.amount for line in lines), ZERO),
        decision_required=_decision_required(inp, tables, codes, gross, deductions),
        lines=lines,
        missing_registration_days=_missing_days(inp),
        unrecovered=unrecovered,
        unconfirmed_tables=tuple(_unconfirmed(inp, tables, codes)),
    )


_KIND_LABELS = {
    BenefitLineKind.BASE: "stønad",
    BenefitLineKind.DEDUCTION: "trekk",
    BenefitLineKind.OTHER_REDUCTION: "annen ytelse",
    BenefitLineKind.ADJUSTMENT: "justering",
}
_KIND_LABELS_NN = {**_KIND_LABELS, BenefitLineKind.OTHER_REDUCTION: "anna yting"}
_KIND_LABELS_EN = {
    BenefitLineKind.BASE: "benefit",
    BenefitLineKind.DEDUCTION: "deduction",
    BenefitLineKind.OTHER_REDUCTION: "other benefit",
    BenefitLineKind.ADJUSTMENT: "adjustment",
}


_LineKey = tuple[BenefitLineKind, str | None, date, date, date | None]


def adjustment_lines(original: BenefitResult, recomputed: BenefitResult) -> list[BenefitLine]:
    """Lines to book in the next open month when a locked month is recomputed.

    Lines are matched by (kind, code, period, corrected month); each difference becomes one
    adjustment line, so the lines sum to ``recomputed.net - original.net`` and each one says
    what changed. The locked month itself is never rewritten.
    """
    if (original.participant_id, original.month) != (recomputed.participant_id, recomputed.month):
        raise ValueError("an adjustment compares two results for the same participant and month")
    before: dict[_LineKey, Decimal] = {}
    after: dict[_LineKey, Decimal] = {}
    for lines, totals in ((original.lines, before), (recomputed.lines, after)):
        for line in lines:
            key: _LineKey = (line.kind, line.code, line.start, line.end, line.corrects_month)
            totals[key] = totals.get(key, ZERO) + line.amount
    result = []
    for key in dict.fromkeys([*before, *after]):
        old, new = before.get(key, ZERO), after.get(key, ZERO)
        if old == new:
            continue
        kind, code, start, end, _ = key
        coded = f" ({code})" if code else ""
        label, label_nn = _KIND_LABELS[kind] + coded, _KIND_LABELS_NN[kind] + coded
        label_en = _KIND_LABELS_EN[kind] + coded
        result.append(
            BenefitLine(
                kind=BenefitLineKind.ADJUSTMENT,
                start=start,
                end=end,
                amount=new - old,
                code=code,
                corrects_month=original.month,
                explanation=(
                    f"Korreksjon av {nb.month(original.month)}, {label} "
                    f"{nb.period(start, end)}: var {nb.kr(old)} kr, skal være {nb.kr(new)} kr, "
                    f"differanse {nb.kr(new - old)} kr."
                ),
                explanation_nn=(
                    f"Korreksjon av {nb.month(original.month)}, {label_nn} "
                    f"{nb.period(start, end)}: var {nb.kr(old)} kr, skal vere {nb.kr(new)} kr, "
                    f"differanse {nb.kr(new - old)} kr."
                ),
                explanation_en=(
                    f"Correction of {nb.month_en(original.month)}, {label_en} "
                    f"{nb.period(start, end)}: was {nb.kr(old)} kr, should be {nb.kr(new)} kr, "
                    f"difference {nb.kr(new - old)} kr."
                ),
            )
        )
    return result
