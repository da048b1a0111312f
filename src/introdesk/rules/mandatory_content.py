"""Mandatory content of the programme (brief §2.2, table ``plan_mandatory_content``).

Hours of an element are computed from its weekly schedule over its dates inside the programme
period, leaving out public holidays, approved leave and planned holiday (``plan_calendar``).
The table's ``hours_measure`` says whether minimums are compared with counted hours as
scheduled ("counted") or with lessons, i.e. counted hours turned back into lessons with the
catalogue's hour counting ("lessons": 75 counted hours of social studies = 60 lessons). Which
one the law means is UNCONFIRMED, so findings that depend on it are marked unconfirmed.

Parenting guidance is measured in sessions: each day with scheduled hours is one meeting.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from decimal import Decimal
from typing import Any

from introdesk.domain.codes import Regime
from introdesk.domain.plans import Finding, Severity
from introdesk.rules.catalogue import MandatoryCode
from introdesk.rules.plan_calendar import PlanCalendar, format_hours
from introdesk.rules.tables import DatedTable

RULE_NORWEGIAN = "MANDATORY_NORWEGIAN"
RULE_SOCIAL_STUDIES = "MANDATORY_SOCIAL_STUDIES"
RULE_LIFE_SKILLS_HEALTH = "MANDATORY_LIFE_SKILLS_HEALTH"
RULE_LIFE_SKILLS_CAREER = "MANDATORY_LIFE_SKILLS_CAREER"
RULE_LIFE_SKILLS_TOTAL = "MANDATORY_LIFE_SKILLS_TOTAL"
RULE_PARENTAL_GUIDANCE = "MANDATORY_PARENTAL_GUIDANCE"
RULE_PARENTAL_GUIDANCE_REDUCED = "PARENTAL_GUIDANCE_REDUCED"
RULE_WORK_OR_EDUCATION = "MANDATORY_WORK_OR_EDUCATION"


def element_hours(calendar: PlanCalendar, code: str, measure: str = "counted") -> Decimal:
    """Total hours of all elements with ``code``, in the table's measure."""
    counted = sum(
        (calendar.element_total_hours(e) for e in calendar.plan.elements if e.code == code),
        Decimal(0),
    )
    kind = calendar.catalogue.get(code)
    if measure == "lessons" and kind is not None:
        return kind.lessons_in(counted)
    return counted


def _sessions(calendar: PlanCalendar, code: str) -> int:
    return sum(calendar.element_session_days(e) for e in calendar.plan.elements if e.code == code)


def _error(
    rule_id: str, nb: str, en: str, code: str | None, unconfirmed: bool, nn: str = ""
) -> Finding:
    return Finding(
        rule_id=rule_id,
        severity=Severity.ERROR,
        message_nb=nb,
        message_en=en,
        message_nn=nn,
        brief_section="§2.2",
        element_code=code,
        unconfirmed=unconfirmed,
    )


def _work_or_education_missing(calendar: PlanCalendar) -> list[Finding]:
    """An error when no element with hours is work- or education-oriented."""
    if not any(
        (kind := calendar.catalogue.get(e.code)) is not None
        and kind.is_work_or_education
        and calendar.element_total_hours(e) > 0
        for e in calendar.plan.elements
    ):
        return [
            _error(
                RULE_WORK_OR_EDUCATION,
                "Planen mangler et arbeids- eller utdanningsrettet element.",
                "The plan has no work- or education-oriented element.",
                None,
                False,
                "Planen manglar eit arbeids- eller utdanningsretta element.",
            )
        ]
    return []


def check_mandatory_content(
    calendar: PlanCalendar,
    regime: Regime,
    children_under_18: int,
    exempt: frozenset[str],
    table: DatedTable,
    on: date,
    expecting_child: bool = False,
) -> list[Finding]:
    """Findings for missing or too small mandatory elements; ``on`` picks the table row.

    Parenting guidance is required for a participant with children under 18 and, where the
    row's ``required_when_expecting_child`` says so, for one who is expecting a child (issue 14
    item 3: "have or are expecting children", domain brief Review of 2026-12)."""
    row = table.row_at(on)
    measure = str(row.value.get("hours_measure", "counted"))
    rules: Mapping[str, Any] = row.value["regimes"].get(regime.value, {})
    unconfirmed = row.unconfirmed
    findings: list[Finding] = []

    def short(
        code: MandatoryCode, minimum: Decimal, rule_id: str, nb: str, en: str, nn: str
    ) -> None:
        if code.value in exempt:
            return
        planned = element_hours(calendar, code.value, measure)
        if planned < minimum:
            findings.append(
                _error(
                    rule_id,
                    f"{nb}: {format_hours(planned)} timer planlagt, minst "
                    f"{format_hours(minimum)} kreves.",
                    f"{en}: {format_hours(planned)} hours planned, at least "
                    f"{format_hours(minimum)} required.",
                    code.value,
                    unconfirmed,
                    f"{nn}: {format_hours(planned)} timar planlagde, minst "
                    f"{format_hours(minimum)} krevst.",
                )
            )

    if MandatoryCode.NORWEGIAN.value not in exempt and not element_hours(
        calendar, MandatoryCode.NORWEGIAN.value
    ):
        findings.append(
            _error(
                RULE_NORWEGIAN,
                "Planen mangler opplæring i norsk.",
                "The plan has no Norwegian language training.",
                MandatoryCode.NORWEGIAN.value,
                False,
                "Planen manglar opplæring i norsk.",
            )
        )
    if rules.get("social_studies_hours") is not None:
        short(
            MandatoryCode.SOCIAL_STUDIES,
            Decimal(str(rules["social_studies_hours"])),
            RULE_SOCIAL_STUDIES,
            "For lite samfunnskunnskap",
            "Too little social studies",
            "For lite samfunnskunnskap",
        )
    life_skills = rules.get("life_skills")
    if life_skills:
        before = len(findings)
        short(
            MandatoryCode.LIFE_SKILLS_HEALTH,
            Decimal(str(life_skills["health_hours"])),
            RULE_LIFE_SKILLS_HEALTH,
            "For lite livsmestring (migrasjon, helse og mangfold)",
            "Too little life skills (migration, health and diversity)",
            "For lite livsmeistring (migrasjon, helse og mangfald)",
        )
        short(
            MandatoryCode.LIFE_SKILLS_CAREER,
            Decimal(str(life_skills["career_hours"])),
            RULE_LIFE_SKILLS_CAREER,
            "For lite livsmestring (karrierekompetanse)",
            "Too little life skills (career competence)",
            "For lite livsmeistring (karrierekompetanse)",
        )
        exempted = {MandatoryCode.LIFE_SKILLS_HEALTH.value, MandatoryCode.LIFE_SKILLS_CAREER.value}
        if len(findings) == before and not exempted & exempt:
            total = element_hours(
                calendar, MandatoryCode.LIFE_SKILLS_HEALTH.value, measure
            ) + element_hours(calendar, MandatoryCode.LIFE_SKILLS_CAREER.value, measure)
            minimum = Decimal(str(life_skills["total_hours"]))
            if total < minimum:
                findings.append(
                    _error(
                        RULE_LIFE_SKILLS_TOTAL,
                        f"For lite livsmestring: {format_hours(total)} timer, minst "
                        f"{format_hours(minimum)} kreves.",
                        f"Too little life skills: {format_hours(total)} hours, at least "
                        f"{format_hours(minimum)} required.",
                        MandatoryCode.LIFE_SKILLS_HEALTH.value,
                        unconfirmed,
                        f"For lite livsmeistring: {format_hours(total)} timar, minst "
                        f"{format_hours(minimum)} krevst.",
                    )
                )
    guidance = rules.get("parental_guidance")
    expecting = expecting_child and bool(guidance and guidance.get("required_when_expecting_child"))
    if guidance and (children_under_18 > 0 or expecting):
        findings.extend(_check_parental_guidance(calendar, guidance, exempt))
    findings.extend(_work_or_education_missing(calendar))
    return findings


def _check_parental_guidance(
    calendar: PlanCalendar, norms: Mapping[str, Any], exempt: frozenset[str]
) -> list[Finding]:
    """Brief §2.2: 8–12 group meetings or 5–8 individual sessions; at least 4 / 2 where
    capacity requires (a warning, since the reduced size needs a reason)."""
    group_code = MandatoryCode.PARENTAL_GUIDANCE.value
    individual_code = MandatoryCode.PARENTAL_GUIDANCE_INDIVIDUAL.value
    if group_code in exempt or individual_code in exempt:
        return []
    group, individual = _sessions(calendar, group_code), _sessions(calendar, individual_code)
    if group >= int(norms["group_sessions"]) or individual >= int(norms["individual_sessions"]):
        return []
    if group >= int(norms["group_sessions_minimum"]) or individual >= int(
        norms["individual_sessions_minimum"]
    ):
        return [
            Finding(
                rule_id=RULE_PARENTAL_GUIDANCE_REDUCED,
                severity=Severity.WARNING,
                message_nb=(
                    "Foreldreveiledningen er kortere enn normalen "
                    f"({norms['group_sessions']} gruppemøter eller "
                    f"{norms['individual_sessions']} individuelle samtaler); det er bare "
                    "tillatt når kapasiteten krever det."
                ),
                message_nn=(
                    "Foreldrerettleiinga er kortare enn normalen "
                    f"({norms['group_sessions']} gruppemøte eller "
                    f"{norms['individual_sessions']} individuelle samtalar); det er berre "
                    "tillate når kapasiteten krev det."
                ),
                message_en=(
                    "Parenting guidance is shorter than the norm "
                    f"({norms['group_sessions']} group meetings or "
                    f"{norms['individual_sessions']} individual sessions); only allowed "
                    "where capacity requires it."
                ),
                brief_section="§2.2",
                element_code=group_code if group else individual_code,
            )
        ]
    return [
        _error(
            RULE_PARENTAL_GUIDANCE,
            "Deltakeren har eller venter barn, men planen har ikke foreldreveiledning "
            f"(minst {norms['group_sessions_minimum']} gruppemøter eller "
            f"{norms['individual_sessions_minimum']} individuelle samtaler).",
            "The participant has or is expecting children but the plan has no parenting guidance "
            f"(at least {norms['group_sessions_minimum']} group meetings or "
            f"{norms['individual_sessions_minimum']} individual sessions).",
            group_code,
            False,
            "Deltakaren har eller ventar barn, men planen har ikkje foreldrerettleiing "
            f"(minst {norms['group_sessions_minimum']} gruppemøte eller "
            f"{norms['individual_sessions_minimum']} individuelle samtalar).",
        )
    ]
