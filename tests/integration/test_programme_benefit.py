"""The benefit follows the programme's events (issue 14 items 1-2), on SQLite and PostgreSQL.

Hand-worked figures: G = 136 549 kr from 1 May 2026 (integreringsloven § 20: 2 G a year), so the
full rate is 273 098 kr/year; a day is 273 098 / 12 / 30 = 758,605... kr (daily rule: monthly / 30,
a partial month counts its calendar days in the programme, a full month counts 30).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from introdesk.core import clock
from introdesk.domain.codes import ParticipantStatus, Regime
from introdesk.domain.plans import Plan
from introdesk.domain.programme import LeaveKind
from introdesk.domain.records import NewParticipant
from introdesk.rules.benefit_rates import load_benefit_tables
from introdesk.rules.programme_events import CourseError
from introdesk.rules.tables import DatedRow
from introdesk.services.benefit import BenefitService
from introdesk.services.container import Services

NOV, DEC, JAN = date(2026, 11, 1), date(2026, 12, 1), date(2027, 1, 1)


def person(services: Services, name: str, *, decided: bool = True) -> int:
    pid = services.participants.create(
        NewParticipant(name, "Testesen", birth_date=date(1990, 6, 15))
    ).id
    if decided:
        services.programme.decide(pid, date(2026, 1, 2))
        services.programme.start(pid, date(2026, 1, 5))
    return pid


def net(services: Services, pid: int, month: date) -> Decimal:
    results = services.benefit.compute_month(month, [pid])
    return results[0].net if results else Decimal("0.00")


def stopped_mid_month(s: Services, pid: int) -> None:
    s.programme.stop(pid, date(2026, 12, 6), "møtte ikke")  # paid 1-5 Dec: 5 days


def resumed(s: Services, pid: int) -> None:
    s.programme.stop(pid, date(2026, 12, 6), "møtte ikke")
    s.programme.resume(pid, date(2026, 12, 16))  # paid 1-5 and 16-31 Dec: 21 days


def care_leave_across_months(s: Services, pid: int) -> None:
    s.programme.leave(pid, LeaveKind.CARE, date(2026, 11, 20), date(2027, 1, 10))


def welfare_leave(s: Services, pid: int) -> None:
    s.programme.leave(pid, LeaveKind.WELFARE, date(2026, 12, 7), date(2026, 12, 11))


def ended_early(s: Services, pid: int) -> None:
    s.programme.end(pid, date(2026, 12, 15), "work")  # paid 1-15 Dec: 15 days


def under_chapter_6a(s: Services, pid: int) -> None:
    # Collective protection: chapter 6A until 30 June 2026 (table chapter_6a), then the
    # ordinary rules; for a 36-year-old both give the full 2 G (benefit_rate_fractions).
    s.participants.update(pid, {"regime": Regime.CHAPTER_6A})


JUNE, JULY = date(2026, 6, 1), date(2026, 7, 1)

CASES = [
    # (case, course, month, expected net)
    ("stopped from 6 Dec: 5 days × 273 098 / 360", stopped_mid_month, DEC, "3793.03"),
    ("stopped 6-15 Dec, resumed 16 Dec: 21 days", resumed, DEC, "15930.72"),
    ("care leave 20 Nov-10 Jan, November: 19 days", care_leave_across_months, NOV, "14413.51"),
    ("care leave 20 Nov-10 Jan, December: nothing", care_leave_across_months, DEC, "0.00"),
    ("care leave 20 Nov-10 Jan, January: 21 days", care_leave_across_months, JAN, "15930.72"),
    ("welfare leave 7-11 Dec is paid: full month", welfare_leave, DEC, "22758.17"),
    ("ended 15 Dec (work): 15 days", ended_early, DEC, "11379.08"),
    ("stopped from 6 Dec, January: nothing", stopped_mid_month, JAN, "0.00"),
    ("6A, June 2026 (last month under 6A): 273 098 / 12", under_chapter_6a, JUNE, "22758.17"),
    (
        "6A ended 30 June 2026, July: ordinary rules, 273 098 / 12",
        under_chapter_6a,
        JULY,
        "22758.17",
    ),
]


@pytest.mark.parametrize(("case", "course", "month", "expected"), CASES, ids=[c[0] for c in CASES])
def test_hand_worked_month(services: Services, case, course, month, expected) -> None:  # type: ignore[no-untyped-def]
    pid = person(services, "Amira")
    course(services, pid)
    assert net(services, pid, month) == Decimal(expected), case


def test_unpaid_days_are_explained_on_the_lines(services: Services) -> None:
    pid = person(services, "Amira")
    care_leave_across_months(services, pid)
    (result,) = services.benefit.compute_month(DEC, [pid])
    assert [line.code for line in result.lines] == ["leave_care"]
    assert "integreringsforskriften § 16" in result.lines[0].explanation


def test_no_decision_is_listed_with_net_zero_and_the_reason(services: Services) -> None:
    """A plan but no decision (status referred): never payable, listed with net 0 and why."""
    pid = person(services, "Bilal", decided=False)
    with pytest.raises(CourseError, match="before a decision"):
        services.programme.start(pid, date(2026, 1, 5))
    plan = Plan(
        start=date(2026, 1, 5),
        planned_end=date(2027, 12, 31),
        end_goal=None,
        norwegian_goal=None,
        elements=(),
    )

    def lookup(ids: Iterable[int] | None = None) -> dict[int, Plan]:
        return {pid: plan}

    benefit = BenefitService(services.context, lookup)
    (result,) = benefit.compute_month(DEC, [pid])
    assert result.net == Decimal("0.00")
    assert [line.code for line in result.lines] == ["no_decision"]
    assert "Ingen vedtak" in result.lines[0].explanation


def test_a_g_rise_published_after_a_lock_is_paid_in_the_next_open_month(
    services: Services,
) -> None:
    """May 2026 was locked while the table still had G = 130 160 (monthly 21 693,33); the 2026
    G (136 549, monthly 22 758,17) then arrives: locking June books 1 064,84 for May into June."""
    clock.set_today(date(2026, 7, 1))
    pid = person(services, "Dina")
    real = load_benefit_tables()
    old_g = replace(
        real.grunnbelop,
        rows=(
            *real.grunnbelop.rows[:-2],
            replace(real.grunnbelop.rows[-2], effective_to=None),
        ),
    )
    assert isinstance(old_g.rows[-1], DatedRow)
    before_rise = BenefitService(services.context, tables=replace(real, grunnbelop=old_g))
    assert before_rise.lock_month(date(2026, 5, 1)).net_total == Decimal("21693.33")
    services.benefit.lock_month(date(2026, 6, 1))
    (june,) = services.benefit.compute_month(date(2026, 6, 1), [pid])
    assert [a.amount for a in june.adjustments] == [Decimal("1064.84")]
    assert june.net == Decimal("23823.01")
    # May itself stays as paid.
    assert services.benefit.compute_month(date(2026, 5, 1), [pid])[0].net == Decimal("21693.33")


def test_a_stop_in_a_locked_month_is_taken_back_in_the_next_open_month(
    services: Services,
) -> None:
    clock.set_today(date(2027, 1, 2))
    pid = person(services, "Erik")
    services.benefit.lock_month(DEC)
    stopped_mid_month(services, pid)  # paid 22 758,17 for December; due 3 793,03
    (january,) = services.benefit.compute_month(JAN, [pid])
    taken_back = [a for a in january.adjustments if a.corrects_month == DEC]
    assert sum(a.amount for a in taken_back) == Decimal("-18965.14")
    assert january.net == Decimal("0.00")  # stopped all January: the rest is unrecovered
    assert january.unrecovered == Decimal("18965.14")


@pytest.mark.parametrize(
    ("course", "message"),
    [
        ([("stop", date(2026, 1, 1))], "before the programme start"),
        (
            [
                ("leave", date(2026, 3, 1), date(2026, 3, 10)),
                ("leave", date(2026, 3, 5), date(2026, 3, 6)),
            ],
            "overlaps leave",
        ),
        ([("stop", date(2026, 3, 1)), ("end", date(2026, 2, 1))], "before the last event"),
        ([("resume", date(2026, 3, 1))], "not stopped"),
    ],
    ids=["stop before start", "overlapping leave", "end before last event", "resume unstopped"],
)
def test_impossible_sequences_are_refused_and_nothing_is_written(
    services: Services, course, message
) -> None:  # type: ignore[no-untyped-def]
    pid = person(services, "Farah")
    calls = {
        "stop": lambda d: services.programme.stop(pid, d, "grunn"),
        "resume": lambda d: services.programme.resume(pid, d),
        "end": lambda d: services.programme.end(pid, d, "other"),
        "leave": lambda d, e: services.programme.leave(pid, LeaveKind.OTHER, d, e),
    }
    *setup, (kind, *days) = course
    for step_kind, *step_days in setup:
        calls[step_kind](*step_days)
    before = services.programme.history(pid)
    with pytest.raises(CourseError, match=message):
        calls[kind](*days)
    assert services.programme.history(pid) == before


def test_status_and_history_are_read_from_the_events(services: Services) -> None:
    pid = person(services, "Gita")
    services.programme.stop(pid, date(2026, 11, 2), "fravær")
    record = services.participants.get(pid)
    assert record.status.value == "stopped"
    services.programme.resume(pid, date(2026, 11, 20))
    details = services.participants.details(pid)
    assert [(p.status.value, p.from_date) for p in details.status_history][-4:] == [
        ("decided", date(2026, 1, 2)),
        ("in_programme", date(2026, 1, 5)),
        ("stopped", date(2026, 11, 2)),
        ("in_programme", date(2026, 11, 20)),
    ]


@pytest.mark.parametrize(
    ("month", "expected"),
    [
        # 5/6 of 273 098 / 12 = 18 965,14 (Prop. 101 L (2023–2024): § 20 fourth paragraph).
        (DEC, "18965.14"),
        # Before the row of benefit_couple_share that starts 1 July 2024 (in-force date
        # UNCONFIRMED, docs/rules-sources.md): the full 2 G, G 124 028 → 248 056 / 12 = 20 671,33.
        (date(2024, 6, 1), "20671.33"),
    ],
)
def test_the_couple_rate_for_spouses_without_children_who_both_take_part(
    services: Services, month: date, expected: str
) -> None:
    couple = []
    for name in ("Hanna", "Hamid"):
        pid = person(services, name, decided=False)
        services.programme.decide(pid, date(2024, 1, 2))
        services.programme.start(pid, date(2024, 1, 8))
        couple.append(pid)
    first, second = couple
    services.participants.update(first, {"household_partner_id": second})
    services.participants.update(second, {"household_partner_id": first})
    assert net(services, first, month) == Decimal(expected)
    assert net(services, second, month) == Decimal(expected)


def test_a_couple_with_children_or_a_partner_not_taking_part_keeps_the_full_rate(
    services: Services,
) -> None:
    first = person(services, "Ida")
    undecided = person(services, "Ivan", decided=False)
    services.participants.update(first, {"household_partner_id": undecided})
    assert net(services, first, DEC) == Decimal("22758.17")
    partner = person(services, "Iben")
    services.participants.update(first, {"household_partner_id": partner, "children_under_18": 1})
    assert net(services, first, DEC) == Decimal("22758.17")


@pytest.mark.parametrize(
    ("month", "expected", "regime_words"),
    [
        # Chapter 6A applies until 30 June 2026 (table chapter_6a: IMDi guide ch. 8, "til
        # 1. juli 2026"; domain brief Review of 2026-12). Aged 22, not living with parents:
        # 2/3 × 2 G = 2/3 × 273 098 = 182 065,33 a year; / 12 = 15 172,11 for June.
        (date(2026, 6, 1), "15172.11", "integreringsloven kapittel 6A"),
        # From 1 July 2026 the ordinary integreringsloven rules decide: the same 2/3 for under
        # 25 not living with parents (benefit_rate_fractions), so July is also 15 172,11 and
        # its line says the ordinary rules were applied.
        (date(2026, 7, 1), "15172.11", "kapittel 6A gjaldt til 30.06.2026: ordinære regler"),
    ],
    ids=["June 2026 under 6A", "July 2026 after 6A"],
)
def test_chapter_6a_before_and_after_its_end_date(
    services: Services, month: date, expected: str, regime_words: str
) -> None:
    pid = services.participants.create(
        NewParticipant("Olena", "Testesen", birth_date=date(2004, 3, 1))
    ).id
    services.participants.update(pid, {"regime": Regime.CHAPTER_6A})
    services.programme.decide(pid, date(2026, 1, 2))
    services.programme.start(pid, date(2026, 1, 5))
    (result,) = services.benefit.compute_month(month, [pid])
    assert result.net == Decimal(expected)
    (line,) = result.lines
    assert regime_words in line.explanation
    assert ("chapter_6a" in result.unconfirmed_tables) is (month >= date(2026, 7, 1))


def test_pay_for_work_in_the_programme_reduces_the_month(services: Services) -> None:
    """integreringsloven § 23 second paragraph (table benefit_other_income): December 2026 full
    month 22 758,17 − 3 200,00 kr pay for work done in the programme = 19 558,17."""
    pid = person(services, "Pavel")
    services.benefit.set_other_benefit(pid, DEC, "programme_work_pay", Decimal("3200"))
    (result,) = services.benefit.compute_month(DEC, [pid])
    assert result.net == Decimal("19558.17")
    (reduction,) = result.other_reductions
    assert "integreringsloven § 23 andre ledd" in reduction.explanation


@pytest.mark.today(date(2027, 1, 4))
def test_a_future_start_becomes_in_programme_on_its_day_by_itself(services: Services) -> None:
    """Issue 14 item 4: the status is read from the events against the clock's today, not
    stored when the start was recorded. Recorded on 1 December 2026 with a start on 4 January
    2027: "decided" until 3 January, "in programme" from 4 January with nothing written then."""
    clock.set_today(date(2026, 12, 1))
    pid = person(services, "Jonas", decided=False)
    services.programme.decide(pid, date(2026, 12, 1))
    services.programme.start(pid, date(2027, 1, 4))
    assert services.participants.get(pid).status.value == "decided"
    clock.set_today(date(2027, 1, 3))
    assert services.participants.details(pid).fields.status.value == "decided"
    clock.set_today(date(2027, 1, 4))
    assert services.participants.get(pid).status.value == "in_programme"
    assert services.participants.details(pid).fields.status.value == "in_programme"
    (listed,) = [r for r in services.participants.list() if r.id == pid]
    assert listed.status.value == "in_programme"
    in_programme = services.participants.summaries(status=ParticipantStatus.IN_PROGRAMME)
    assert pid in [s.id for s in in_programme]
    decided = services.participants.summaries(status=ParticipantStatus.DECIDED)
    assert pid not in [s.id for s in decided]
