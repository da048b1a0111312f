"""The stored codes as a person reads them: code -> (the window's translation context, its
English text), one table for every layer that shows a code without Qt (issue 17).

The window has the same texts in its label functions (``ui/labels.py``,
``ui/participant_labels.py``, ...), translated through the ``.ts`` files; the command line
(``app/labels.py``) and the Excel reports (``reporting/xlsx/texts.py``) look the pair up in
those files without Qt (``core/translations.py``). Kinds whose texts exist only for the reports
use the context ``Reports``. ``tests/unit/test_cli_labels.py`` fails when a pair here is not one
the ``.ts`` files translate.
"""

from __future__ import annotations

from enum import Enum

from introdesk.core.translations import translate
from introdesk.domain.attendance import AbsenceType, BenefitLineKind
from introdesk.domain.codes import Category, ParticipantStatus, PermitType, Programme, SubSkill
from introdesk.domain.deadlines import DeadlineKind
from introdesk.domain.language_tests import ExemptionKind, SocialStudiesVersion, TrainingCategory
from introdesk.domain.messages import QT_TRANSLATE_NOOP
from introdesk.domain.plan_versions import PlanStatus
from introdesk.domain.programme import EventKind, LeaveKind
from introdesk.domain.training import Subject

REPORTS_CONTEXT = "Reports"

# code -> (the window's context, its English text)
LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "status": {
        ParticipantStatus.REFERRED: ("Labels", "Referred"),
        ParticipantStatus.MAPPED: ("Labels", "Mapped"),
        ParticipantStatus.DECIDED: ("Labels", "Decided"),
        ParticipantStatus.IN_PROGRAMME: ("Labels", "In programme"),
        ParticipantStatus.ON_LEAVE: ("Labels", "On leave"),
        ParticipantStatus.STOPPED: ("Labels", "Stopped"),
        ParticipantStatus.COMPLETED: ("Labels", "Completed"),
        ParticipantStatus.INTERRUPTED: ("Labels", "Interrupted"),
    },
    "category": {
        Category.RIGHT_AND_DUTY: ("ParticipantLabels", "Right and duty"),
        Category.RIGHT_ONLY: ("ParticipantLabels", "Right only"),
        Category.MAY_BE_OFFERED: ("ParticipantLabels", "May be offered"),
        Category.NOT_ELIGIBLE: ("ParticipantLabels", "Not eligible"),
    },
    "deadline": {
        DeadlineKind.MAPPING: ("ParticipantLabels", "Mapping"),
        DeadlineKind.DECISION: ("ParticipantLabels", "Decision"),
        DeadlineKind.PROGRAMME_START: ("ParticipantLabels", "Programme start"),
        DeadlineKind.DECISION_WINDOW: ("ParticipantLabels", "2-year window"),
    },
    "end_goal": {
        "qualify_higher_education_or_work": (
            "ParticipantLabels",
            "Qualify for higher education or work",
        ),
        "complete_upper_secondary": ("ParticipantLabels", "Complete upper secondary"),
        "work_or_primary_school": ("ParticipantLabels", "Work or primary school"),
    },
    "permit": {
        PermitType.REFUGEE: ("ParticipantLabels", "Refugee"),
        PermitType.RESETTLEMENT: ("ParticipantLabels", "Resettlement refugee"),
        PermitType.HUMANITARIAN: ("ParticipantLabels", "Humanitarian grounds"),
        PermitType.COLLECTIVE_PROTECTION: ("ParticipantLabels", "Collective protection"),
        PermitType.FAMILY_IMMIGRATION: ("ParticipantLabels", "Family immigration"),
        PermitType.INDEPENDENT: ("ParticipantLabels", "Independent permit"),
        PermitType.LABOUR: ("ParticipantLabels", "Labour"),
        PermitType.LABOUR_FAMILY: ("ParticipantLabels", "Family of a labour immigrant"),
        PermitType.EEA: ("ParticipantLabels", "EEA or Nordic"),
        PermitType.STUDENT: ("ParticipantLabels", "Student"),
        PermitType.OTHER: ("ParticipantLabels", "Other"),
    },
    "event_kind": {
        EventKind.DECISION: ("ProgrammeEvents", "Decision"),
        EventKind.START: ("ProgrammeEvents", "Programme start"),
        EventKind.LEAVE: ("ProgrammeEvents", "Leave"),
        EventKind.STOP: ("ProgrammeEvents", "Stop"),
        EventKind.RESUMPTION: ("ProgrammeEvents", "Resumption"),
        EventKind.INTERRUPTION: ("ProgrammeEvents", "Interruption"),
        EventKind.END: ("ProgrammeEvents", "End"),
    },
    "leave_kind": {
        LeaveKind.CARE: ("ProgrammeEvents", "Care leave"),
        LeaveKind.OWN_ILLNESS: ("ProgrammeEvents", "Own long-term illness"),
        LeaveKind.CHILD_ILLNESS: ("ProgrammeEvents", "Child's long-term illness"),
        LeaveKind.WELFARE: ("ProgrammeEvents", "Welfare leave"),
        LeaveKind.JOB: ("ProgrammeEvents", "Leave to take a job"),
        LeaveKind.OTHER: ("ProgrammeEvents", "Other leave"),
    },
    "exit_reason": {
        "completed": ("ProgrammeEvents", "Completed"),
        "work": ("ProgrammeEvents", "Work"),
        "education": ("ProgrammeEvents", "Education"),
        "moved": ("ProgrammeEvents", "Moved"),
        "declined": ("ProgrammeEvents", "Declined or did not turn up"),
        "other": ("ProgrammeEvents", "Other reason"),
    },
    "plan_status": {
        PlanStatus.NONE: ("PlanStatus", "No plan"),
        PlanStatus.DRAFT: ("PlanStatus", "Draft"),
        PlanStatus.SIGNED: ("PlanStatus", "Signed"),
        PlanStatus.NEEDS_REVISION: ("PlanStatus", "Needs revision"),
    },
    "plan_severity": {
        "error": ("PlansPage", "Error"),
        "warning": ("PlansPage", "Warning"),
        "info": ("PlansPage", "Note"),
    },
    "exemption_kind": {
        ExemptionKind.NORWEGIAN_TRAINING: ("Labels", "Norwegian training"),
        ExemptionKind.SOCIAL_STUDIES_TRAINING: ("Labels", "Social-studies training"),
        ExemptionKind.NORWEGIAN_TEST: ("Labels", "Norwegian test"),
        ExemptionKind.SOCIAL_STUDIES_TEST: ("Labels", "Social-studies test"),
    },
    # The window's names (ui/labels.py); the reports print the absence catalogue's own labels.
    "absence": {
        AbsenceType.HOLIDAY: ("Labels", "Holiday"),
        AbsenceType.SELF_CERTIFIED_ILLNESS: ("Labels", "Self-certified illness"),
        AbsenceType.DOCTOR_CERTIFIED_ILLNESS: ("Labels", "Illness with doctor's certificate"),
        AbsenceType.SICK_CHILD: ("Labels", "Sick child"),
        AbsenceType.PREGNANCY_CHECKUP: ("Labels", "Pregnancy check-up"),
        AbsenceType.PREGNANCY: ("Labels", "Leave during pregnancy"),
        AbsenceType.BIRTH_LEAVE_MOTHER: ("Labels", "Birth leave (mother)"),
        AbsenceType.BIRTH_LEAVE_FATHER: ("Labels", "Birth leave (father/co-mother)"),
        AbsenceType.BREASTFEEDING: ("Labels", "Breastfeeding"),
        AbsenceType.CARE_LEAVE: ("Labels", "Care leave"),
        AbsenceType.WELFARE_LEAVE: ("Labels", "Welfare leave"),
        AbsenceType.LONG_TERM_ILLNESS: ("Labels", "Long-term illness (leave)"),
        AbsenceType.UNPAID_LEAVE: ("Labels", "Unpaid leave"),
        AbsenceType.INVALID: ("Labels", "Invalid absence"),
    },
    "sub_skill": {
        SubSkill.LISTENING: ("PlansPage", "Listening"),
        SubSkill.READING: ("PlansPage", "Reading"),
        SubSkill.WRITING: ("PlansPage", "Writing"),
        SubSkill.ORAL: ("PlansPage", "Oral"),
    },
    "social_studies_version": {
        SocialStudiesVersion.HOURS_75: ("Labels", "75 hours"),
        SocialStudiesVersion.HOURS_50: ("Labels", "50 hours"),
    },
    "training_category": {
        TrainingCategory.RIGHT_AND_DUTY: ("TrainingPage", "Right and duty"),
        TrainingCategory.DUTY_ONLY: ("TrainingPage", "Duty only (pays)"),
        TrainingCategory.RIGHT_ONLY: ("TrainingPage", "Right only"),
        TrainingCategory.NONE: ("TrainingPage", "Neither (may buy a course)"),
    },
    "subject": {
        Subject.NORWEGIAN: ("TrainingDialogs", "Norwegian"),
        Subject.SOCIAL_STUDIES: ("TrainingDialogs", "Social studies"),
    },
    # rules/training_findings.py and services/training (category unknown) name these codes.
    "training_warning": {
        "training.deadline_near_goal_not_met": ("TrainingPage", "Deadline near, goal not met"),
        "training.deadline_passed_goal_not_met": (
            "TrainingPage",
            "Deadline passed, goal not met",
        ),
        "training.social_studies_hours_short": ("TrainingPage", "Social-studies hours short"),
        "training.norwegian_test_missing": ("TrainingPage", "Norwegian test not taken"),
        "training.social_studies_test_missing": (
            "TrainingPage",
            "Social-studies test not taken",
        ),
        "training.exemption_without_legal_basis": (
            "TrainingPage",
            "Exemption without legal basis",
        ),
        "training.category_unknown": ("TrainingPage", "Category unknown (permit missing)"),
    },
    "programme": {
        Programme.INTRODUCTION: (
            REPORTS_CONTEXT,
            QT_TRANSLATE_NOOP("Reports", "Introduction Programme"),
        ),
        Programme.TRAINING: (
            REPORTS_CONTEXT,
            QT_TRANSLATE_NOOP("Reports", "Training in Norwegian and social studies"),
        ),
        Programme.BOTH: (
            REPORTS_CONTEXT,
            QT_TRANSLATE_NOOP("Reports", "Introduction Programme, then training"),
        ),
    },
    "line_kind": {
        BenefitLineKind.BASE: (REPORTS_CONTEXT, QT_TRANSLATE_NOOP("Reports", "Benefit")),
        BenefitLineKind.DEDUCTION: (
            REPORTS_CONTEXT,
            QT_TRANSLATE_NOOP("Reports", "Deduction for absence"),
        ),
        BenefitLineKind.OTHER_REDUCTION: (
            REPORTS_CONTEXT,
            QT_TRANSLATE_NOOP("Reports", "Other benefit"),
        ),
        BenefitLineKind.ADJUSTMENT: (REPORTS_CONTEXT, QT_TRANSLATE_NOOP("Reports", "Adjustment")),
    },
}

UNKNOWN_CATEGORY = ("ParticipantLabels", "Unknown (missing facts)")


def code_label(kind: str, code: str | Enum | None, language: str) -> str:
    """The window's label of ``code`` (a value of the ``kind`` table) in ``language``, read
    from the translation files without Qt; a code without a label is shown as it is."""
    if code is None:
        return ""
    value = code.value if isinstance(code, Enum) else code
    found = LABELS[kind].get(value)
    if found is None:
        return str(value)
    context, english = found
    return translate(english, language, context)
