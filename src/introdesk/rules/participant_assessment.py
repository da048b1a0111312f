"""Everything the rules say about one participant record, in one call (brief §1.1, §1.2, §1.4,
§4.2).

This only combines the existing pure rules (``eligibility``, ``deadlines``, ``goals``); it adds
two choices of its own, both documented here:

Which deadlines are still open
    A deadline is *open* when its event has no date and the participant's status has not passed
    that phase: mapping is open while ``referred``; the decision while ``referred`` or
    ``mapped``; the programme start and the 2-year decision window while ``referred``,
    ``mapped`` or ``decided`` (the window only until a decision). A participant who stopped,
    completed or was interrupted has no open deadline. Statuses imported without the event
    dates would otherwise show false "overdue" warnings.

Missing facts
    Without birth date, permit type or permit date the category is unknown (``None``) and the
    reasons say which fact is missing. Without an education level the goals are unknown.

Every reason and problem is written in Bokmål, Nynorsk and English (``Assessment.category_reasons``,
``category_reasons_nn`` and ``category_reasons_en``; ``goal_problems``, ``goal_problems_nn`` and
``goal_problems_en``); the category's reasons only when read (``Assessment.reason_texts``: the
participants list of thousands shows none of them).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from introdesk.domain.codes import (
    CefrLevel,
    EducationLevel,
    ParticipantStatus,
    PermitType,
    SubSkill,
)
from introdesk.domain.deadlines import DeadlineKind
from introdesk.domain.participant_details import (
    Assessment,
    DeadlineView,
    ParticipantFields,
    ReasonTexts,
    parse_goal_text,
)
from introdesk.domain.participants import ParticipantFacts
from introdesk.rules.deadlines import start_deadlines
from introdesk.rules.eligibility import assess_eligibility, completed_years
from introdesk.rules.goals import EndGoalGroup, end_goal_group, recommended_norwegian_goal
from introdesk.rules.tables import DatedTable

_OPEN_WHILE: dict[DeadlineKind, frozenset[ParticipantStatus]] = {
    DeadlineKind.MAPPING: frozenset({ParticipantStatus.REFERRED}),
    DeadlineKind.DECISION: frozenset({ParticipantStatus.REFERRED, ParticipantStatus.MAPPED}),
    DeadlineKind.PROGRAMME_START: frozenset(
        {ParticipantStatus.REFERRED, ParticipantStatus.MAPPED, ParticipantStatus.DECIDED}
    ),
    DeadlineKind.DECISION_WINDOW: frozenset({ParticipantStatus.REFERRED, ParticipantStatus.MAPPED}),
}


@dataclass(frozen=True, slots=True)
class AssessmentTables:
    age_limits: DatedTable  # intro_age_limits
    deadlines: DatedTable  # intro_deadlines
    norwegian_goals: DatedTable  # norwegian_goal_by_education
    chapter_6a: DatedTable  # chapter_6a: the days chapter 6A applies (issue 14 item 3)


def facts_of(record: ParticipantFields) -> ParticipantFacts | None:
    """The rule facts of a record, or None when birth date, permit type or date is missing."""
    if record.birth_date is None or record.permit_type is None or record.permit_date is None:
        return None
    return ParticipantFacts(
        birth_date=record.birth_date,
        permit_type=record.permit_type,
        permit_date=record.permit_date,
        regime=record.regime,
        settlement_date=record.settlement_date,
        request_date=record.request_date,
        first_settlement_date=record.first_settlement_date,
        settled_by_agreement=record.settled_by_agreement,
        education_level=record.education_level or EducationLevel.NONE,
        completed_upper_secondary=record.completed_upper_secondary,
        children_under_18=max(record.children_under_18, 0),
        lives_with_parents=record.lives_with_parents,
        mapping_date=record.mapping_date,
        decision_date=record.decision_date,
        programme_start=record.programme_start,
    )


_MISSING_NAMES = {  # field: (Bokmål, Nynorsk, English)
    "birth_date": ("fødselsdato", "fødselsdato", "birth date"),
    "permit_type": ("tillatelsestype", "løyvetype", "permit type"),
    "permit_date": ("tillatelsesdato", "løyvedato", "permit date"),
}
_FORM = {"nb": 0, "nn": 1, "en": 2}
_CANNOT_ASSESS = (  # (start, end) in Bokmål, Nynorsk, English
    ("Kan ikke vurdere rett og plikt: mangler ", " (integreringsloven § 8)."),
    ("Kan ikkje vurdere rett og plikt: manglar ", " (integreringslova § 8)."),
    ("Cannot assess right and duty: missing ", " (Integration Act § 8)."),
)


@dataclass(frozen=True, slots=True)
class MissingFacts:
    """The reason there is no category: which of birth date, permit type and permit date the
    record lacks (``Assessment.reason_texts``)."""

    fields: tuple[str, ...]

    def texts(self, language: str = "nb") -> list[str]:
        form = _FORM.get(language, 0)
        start, end = _CANNOT_ASSESS[form]
        return [start + ", ".join(_MISSING_NAMES[name][form] for name in self.fields) + end]


def _missing(record: ParticipantFields) -> MissingFacts:
    return MissingFacts(tuple(name for name in _MISSING_NAMES if getattr(record, name) is None))


def _deadline_facts(record: ParticipantFields) -> ParticipantFacts:
    # Deadlines need only the dates; the other facts are placeholders that they do not read.
    return ParticipantFacts(
        birth_date=record.birth_date or date(2000, 1, 1),
        permit_type=record.permit_type or PermitType.OTHER,
        permit_date=record.permit_date or date(2000, 1, 1),
        regime=record.regime,
        settlement_date=record.settlement_date,
        request_date=record.request_date,
        first_settlement_date=record.first_settlement_date,
        mapping_date=record.mapping_date,
        decision_date=record.decision_date,
        programme_start=record.programme_start,
    )


_CODES = {kind: kind.value for kind in DeadlineKind}


def deadline_views(
    record: ParticipantFields,
    *,
    as_of: date,
    table: DatedTable,
    facts: ParticipantFacts | None = None,
) -> tuple[DeadlineView, ...]:
    """The record's start deadlines; ``facts`` are the record's (``facts_of``) when known."""
    result = []
    for item in start_deadlines(facts or _deadline_facts(record), as_of=as_of, table=table):
        is_open = item.event_date is None and record.status in _OPEN_WHILE[item.kind]
        result.append(
            DeadlineView(
                kind=_CODES[item.kind],
                due=item.due,
                days_left=item.days_left,
                done_on=item.event_date,
                met=item.met,
                open=is_open,
                overdue=is_open and item.days_left < 0,
                description=item.description,
            )
        )
    return tuple(result)


_GOALS: dict[tuple[int, EducationLevel, bool, date], dict[SubSkill, CefrLevel]] = {}


def _recommended_goal(
    education: EducationLevel, completed: bool, on_date: date, table: DatedTable
) -> dict[SubSkill, CefrLevel]:
    """``recommended_norwegian_goal`` per sub-skill, remembered per table row (lists of tens of
    thousands of participants share a handful of answers)."""
    key = (id(table), education, completed, table.row_at(on_date).effective_from)
    found = _GOALS.get(key)
    if found is None:
        advised = recommended_norwegian_goal(education, completed, on_date=on_date, table=table)
        found = {skill: advised.level(skill) for skill in SubSkill}
        _GOALS[key] = found
    return dict(found)


def _goal_age_date(record: ParticipantFields, as_of: date) -> date:
    return record.decision_date or as_of


def assess(record: ParticipantFields, *, as_of: date, tables: AssessmentTables) -> Assessment:
    """Category with reasons (§1.1), deadlines (§1.2), end-goal group (§1.4) and Norwegian goal
    (§4.2), seen on ``as_of``; overrides stored on the record are applied, with their reason."""
    facts = facts_of(record)
    reason_texts: ReasonTexts
    if facts is None:
        category = None
        reason_texts = _missing(record)
    else:
        eligibility = assess_eligibility(
            facts,
            as_of=as_of,
            age_limits=tables.age_limits,
            deadlines=tables.deadlines,
            chapter_6a=tables.chapter_6a,
        )
        category = eligibility.category
        reason_texts = eligibility
    deadlines = deadline_views(record, as_of=as_of, table=tables.deadlines, facts=facts)

    recommended_group = ""
    recommended_goal: dict[SubSkill, CefrLevel] = {}
    if record.education_level is not None:
        age_on = _goal_age_date(record, as_of)
        age = completed_years(record.birth_date, age_on) if record.birth_date else 30
        recommended_group = end_goal_group(
            record.education_level, record.completed_upper_secondary, age
        ).value
        recommended_goal = _recommended_goal(
            record.education_level,
            record.completed_upper_secondary,
            max(age_on, tables.norwegian_goals.rows[0].effective_from),
            tables.norwegian_goals,
        )

    problems: list[tuple[str, str, str]] = []  # (Bokmål, Nynorsk, English)
    group = recommended_group
    if record.end_goal_group_override:
        try:
            group = EndGoalGroup(record.end_goal_group_override).value
        except ValueError:
            problems.append(
                (
                    "Ukjent sluttmålsgruppe i overstyringen (integreringsloven §§ 13–14).",
                    "Ukjend sluttmålsgruppe i overstyringa (integreringslova §§ 13–14).",
                    "Unknown end-goal group in the override (Integration Act §§ 13–14).",
                )
            )
    goal = recommended_goal
    if record.norwegian_goal_override:
        try:
            goal = parse_goal_text(record.norwegian_goal_override)
        except ValueError as exc:
            problems.append(
                (
                    f"Norskmål i overstyringen: {exc} (integreringsloven kapittel 6).",
                    f"Norskmål i overstyringa: {exc} (integreringslova kapittel 6).",
                    f"Norwegian goal in the override: {exc} (Integration Act chapter 6).",
                )
            )
    overridden = (group != recommended_group and bool(record.end_goal_group_override)) or (
        goal != recommended_goal and bool(record.norwegian_goal_override)
    )
    if overridden and not record.goal_override_reason.strip():
        problems.append(
            (
                "Overstyrt sluttmål eller norskmål mangler begrunnelse "
                "(integreringsloven §§ 13–14; integreringsloven kapittel 6).",
                "Overstyrt sluttmål eller norskmål manglar grunngiving "
                "(integreringslova §§ 13–14; integreringslova kapittel 6).",
                "The overridden end goal or Norwegian goal has no stated reason "
                "(Integration Act §§ 13–14; Integration Act chapter 6).",
            )
        )
    return Assessment(
        as_of=as_of,
        category=category,
        reason_texts=reason_texts,
        deadlines=deadlines,
        end_goal_group=group,
        end_goal_recommended=recommended_group,
        norwegian_goal=goal,
        norwegian_goal_recommended=recommended_goal,
        goal_overridden=overridden,
        goal_problems=tuple(nb for nb, _, _ in problems),
        goal_problems_nn=tuple(nn for _, nn, _ in problems),
        goal_problems_en=tuple(en for _, _, en in problems),
    )
