"""A participant's row in the list: the record with what the rules say about it."""

from __future__ import annotations

from introdesk.domain.participant_details import Assessment, ParticipantFields, ParticipantSummary
from introdesk.rules.participant_assessment import AssessmentTables
from introdesk.rules.tables import load_table


def assessment_tables() -> AssessmentTables:
    return AssessmentTables(
        age_limits=load_table("intro_age_limits"),
        deadlines=load_table("intro_deadlines"),
        norwegian_goals=load_table("norwegian_goal_by_education"),
        chapter_6a=load_table("chapter_6a"),
    )


def summary_of(
    participant_id: int,
    record: ParticipantFields,
    adviser: str,
    archived: bool,
    assessment: Assessment,
) -> ParticipantSummary:
    following = assessment.next_deadline
    return ParticipantSummary(
        id=participant_id,
        given_name=record.given_name,
        family_name=record.family_name,
        preferred_name=record.preferred_name,
        national_id=record.national_id,
        birth_date=record.birth_date,
        status=record.status,
        programme=record.programme,
        adviser_id=record.adviser_id,
        adviser_name=adviser,
        settlement_date=record.settlement_date,
        permit_type=record.permit_type,
        category=assessment.category,
        start_deadline=assessment.start_deadline,
        next_deadline_kind=following.kind if following else "",
        next_deadline=following.due if following else None,
        days_left=following.days_left if following else None,
        overdue=any(d.overdue for d in assessment.deadlines),
        end_goal_group=assessment.end_goal_group,
        norwegian_goal=assessment.norwegian_goal,
        archived=archived,
        search_key=" ".join(
            part
            for part in (
                record.given_name,
                record.family_name,
                record.preferred_name,
                record.national_id or "",
                adviser,
            )
            if part
        ).casefold(),
    )
