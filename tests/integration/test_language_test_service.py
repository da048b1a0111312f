"""Recording test results, progress toward the Norwegian goal, deadline and readiness (brief §4),
and the results import, through the service on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import update

from introdesk.domain.codes import CefrLevel, SubSkill
from introdesk.domain.errors import NotFoundError, ValidationError
from introdesk.domain.language_tests import (
    ExemptionKind,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesVersion,
)
from introdesk.domain.records import NewParticipant
from introdesk.domain.test_progress import GoalSource
from introdesk.persistence.models import ParticipantRow
from introdesk.services.container import Services
from introdesk.services.language_tests import LanguageTestService, PlanTerms, parse_goal

TODAY = date(2026, 11, 20)
pytestmark = pytest.mark.today(TODAY)


def _person(services: Services, **record: object) -> int:
    created = services.participants.create(
        NewParticipant("Amira", "Haddad", birth_date=date(1990, 4, 2))
    )
    if record:
        with services.database.unit_of_work() as uow:
            uow.session.execute(
                update(ParticipantRow).where(ParticipantRow.id == created.id).values(**record)
            )
            uow.commit()
    return created.id


REFUGEE = {
    "permit_type": "refugee",
    "permit_date": date(2024, 3, 15),
    "regime": "integration_act",
    "education_level": "primary",
}


def test_recorded_results_are_audited_and_make_up_the_history(services: Services) -> None:
    pid = _person(services)
    tests = services.language_tests
    tests.record_norskproven(
        pid,
        test_date=date(2026, 3, 1),
        skill=SubSkill.ORAL,
        level=CefrLevel.A2,
        registration_level=RegistrationLevel.A2_B1,
    )
    social = tests.record_social_studies(pid, test_date=date(2026, 4, 1), score=26, language="ti")
    assert social.passed is True
    assert social.result.max_score == 34  # from the 75-hour version's table row (§4.3)
    tests.record_exemption(
        pid,
        kind=ExemptionKind.NORWEGIAN_TEST,
        legal_basis="Helsemessige grunner, legeerklæring",
        decision_date=date(2026, 5, 1),
    )
    history = tests.history(pid)
    assert [type(h.result).__name__ for h in history] == [
        "NorskprovenResult",
        "SocialStudiesResult",
        "TestExemption",
    ]
    with services.database.unit_of_work(write=False) as uow:
        from introdesk.persistence.repositories import audit

        entries = audit.history(uow.session, "norskproven_result", history[0].id)
    assert {(e.field, e.new_value) for e in entries} >= {
        ("level", "A2"),
        ("sub_skill", "oral"),
        ("participant_id", str(pid)),
    }


@pytest.mark.parametrize(
    ("score", "version", "passed"),
    [(26, SocialStudiesVersion.HOURS_75, True), (25, SocialStudiesVersion.HOURS_75, False),
     (29, SocialStudiesVersion.HOURS_50, True), (28, SocialStudiesVersion.HOURS_50, False)],
)  # fmt: skip
def test_social_studies_pass_marks_through_the_service(
    services: Services, score: int, version: SocialStudiesVersion, passed: bool
) -> None:
    pid = _person(services)
    stored = services.language_tests.record_social_studies(
        pid, test_date=date(2025, 6, 1), score=score, version=version, language="ar"
    )
    assert stored.passed is passed
    assert services.language_tests.progress_for(pid).social_studies_passed is passed


@pytest.mark.parametrize(
    ("call", "field"),
    [
        (lambda t, p: t.record_norskproven(p, test_date=date(2027, 1, 1), skill=SubSkill.ORAL,
                                           level=CefrLevel.B1), "date"),
        (lambda t, p: t.record_norskproven(p, test_date=date(2026, 1, 1),
                                           skill=SubSkill.WRITING, level=CefrLevel.B2,
                                           registration_level=RegistrationLevel.A2_B1), "level"),
        (lambda t, p: t.record_social_studies(p, test_date=date(2022, 6, 1), score=30), "version"),
        (lambda t, p: t.record_social_studies(p, test_date=date(2026, 6, 1), score=35), "score"),
        (lambda t, p: t.record_exemption(p, kind=ExemptionKind.NORWEGIAN_TEST, legal_basis=" ",
                                         decision_date=date(2026, 1, 1)), "basis"),
    ],
    ids=["future", "writing-above-registration", "75h-before-dec-2022", "score-over-max",
         "exemption-without-basis"],
)  # fmt: skip
def test_invalid_results_are_refused_and_nothing_is_written(
    services: Services, call: object, field: str
) -> None:
    pid = _person(services)
    with pytest.raises(ValidationError) as caught:
        call(services.language_tests, pid)  # type: ignore[operator]
    assert field in {p.field for p in caught.value.problems}
    assert services.language_tests.history(pid) == []


def test_unknown_participant(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.language_tests.record_norskproven(
            999, test_date=date(2026, 1, 1), skill=SubSkill.ORAL, level=CefrLevel.A1
        )


def test_progress_best_per_skill_against_the_recommended_goal(services: Services) -> None:
    pid = _person(services, **REFUGEE)
    tests = services.language_tests
    for day, skill, level in [
        (date(2025, 6, 1), SubSkill.ORAL, CefrLevel.B1),
        (date(2026, 3, 1), SubSkill.ORAL, CefrLevel.A2),  # worse later: B1 stays (§4.1)
        (date(2026, 3, 1), SubSkill.READING, CefrLevel.B1),
        (date(2026, 3, 1), SubSkill.LISTENING, CefrLevel.A2),
    ]:
        tests.record_norskproven(pid, test_date=day, skill=skill, level=level)
    progress = tests.progress_for(pid)
    assert progress.goal_source is GoalSource.RECOMMENDED
    # Completed primary school: B1 in everything (brief §4.2 table).
    assert progress.goal == dict.fromkeys(SubSkill, CefrLevel.B1)
    assert progress.best_level(SubSkill.ORAL) is CefrLevel.B1
    assert progress.goal_met == {
        SubSkill.LISTENING: False,
        SubSkill.READING: True,
        SubSkill.WRITING: False,
        SubSkill.ORAL: True,
    }
    assert progress.below_goal
    # 3 years from the permit date; without a plan no approved leave is known (§4.2).
    assert progress.deadline == date(2027, 3, 15)
    assert progress.leave_days is None
    assert progress.norwegian_hours is None
    assert progress.social_studies_hours is None
    # Oral B1 but no social-studies test: not ready for permanent residence (§4.4).
    assert progress.permanent_residence.ok is False
    assert progress.citizenship.ok is False


def test_override_goal_wins_over_the_recommendation(services: Services) -> None:
    pid = _person(services, **REFUGEE, norwegian_goal_override="A2/A2/A2/B1")
    progress = services.language_tests.progress_for(pid)
    assert progress.goal_source is GoalSource.OVERRIDE
    assert progress.goal == {
        SubSkill.LISTENING: CefrLevel.A2,
        SubSkill.READING: CefrLevel.A2,
        SubSkill.WRITING: CefrLevel.A2,
        SubSkill.ORAL: CefrLevel.B1,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("B1", dict.fromkeys(SubSkill, CefrLevel.B1)),
        ("oral=B2, reading=b1", {SubSkill.ORAL: CefrLevel.B2, SubSkill.READING: CefrLevel.B1}),
        ('{"muntlig": "B1"}', {SubSkill.ORAL: CefrLevel.B1}),
        ("", None),
        ("fast progress", None),
    ],
)
def test_parse_goal(text: str, expected: dict[SubSkill, CefrLevel] | None) -> None:
    assert parse_goal(text) == expected


@pytest.mark.parametrize(
    ("leave", "expected"),
    [(0, date(2027, 3, 15)), (30, date(2027, 4, 14)), (365, date(2028, 3, 14))],
)
def test_deadline_adds_approved_leave_and_hours_come_from_attendance(
    services: Services, leave: int, expected: date
) -> None:
    pid = _person(services, **REFUGEE)
    tests = LanguageTestService(
        services.context,
        plan_terms=lambda ids: {i: PlanTerms(leave) for i in ids},
        training_hours=lambda _pid: (Decimal("412.5"), Decimal(75)),
    )
    progress = tests.progress_for(pid)
    assert progress.deadline == expected
    assert progress.leave_days == leave
    assert progress.norwegian_hours == Decimal("412.5")
    assert progress.social_studies_hours == Decimal(75)


def test_upper_secondary_gives_18_months_and_plan_goal_wins(services: Services) -> None:
    pid = _person(services, **{**REFUGEE, "completed_upper_secondary": True})
    tests = LanguageTestService(
        services.context,
        plan_terms=lambda ids: {i: PlanTerms(0, {SubSkill.ORAL: CefrLevel.B2}) for i in ids},
    )
    progress = tests.progress_for(pid)
    assert progress.deadline == date(2025, 9, 15)
    assert progress.goal_source is GoalSource.PLAN
    assert progress.goal == {SubSkill.ORAL: CefrLevel.B2}


def test_readiness_with_passed_tests(services: Services) -> None:
    pid = _person(services, **REFUGEE)
    tests = services.language_tests
    tests.record_norskproven(
        pid, test_date=date(2026, 2, 1), skill=SubSkill.ORAL, level=CefrLevel.B1
    )
    tests.record_social_studies(pid, test_date=date(2026, 3, 1), score=30, language="nb")
    progress = tests.progress_for(pid)
    assert progress.permanent_residence.ok is True
    # Oral B1 plus social studies passed in Norwegian (§4.5).
    assert progress.citizenship.ok is True
    assert "bare" in progress.citizenship.caveat


def test_participant_without_facts_has_unknown_goal_and_deadline(services: Services) -> None:
    pid = _person(services)
    progress = services.language_tests.progress_for(pid)
    assert progress.goal is None
    assert progress.deadline is None
    assert progress.deadline_note
    assert not progress.below_goal


# --- import -----------------------------------------------------------------------------------


def _csv(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "results.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_import_writes_nothing_on_any_error(services: Services, tmp_path: Path) -> None:
    pid = _person(services)
    path = _csv(
        tmp_path,
        "Deltaker ID;Prøve;Dato;Delprøve;Nivå;Poeng;Språk\n"
        f"{pid};norskproven;01.03.2026;muntlig;B1;;\n"
        f"{pid};norskproven;01.03.2026;oral;B3;;\n"
        f"{pid};social_studies;2026-04-01;;;;\n"
        f"999;norskproven;2026-04-01;reading;A2;;\n",
    )
    with pytest.raises(ValidationError) as caught:
        services.language_tests.import_file(path)
    lines = str(caught.value).splitlines()
    assert f"{path.name}:3:level: 'B3' is not a level (under A1, A1, A2, B1, B2, C1)" in lines
    assert f"{path.name}:4:score: is required" in lines
    assert f"{path.name}:4:language: is required" in lines
    assert f"{path.name}:5:participant_id: no participant with id 999" in lines
    assert services.language_tests.history(pid) == []


def test_import_dry_run_then_real_then_again(services: Services, tmp_path: Path) -> None:
    pid = _person(services)
    path = _csv(
        tmp_path,
        "participant_id,test,date,skill,level,registration_level,score,language,passed\n"
        f"{pid},Norskprøven,01.03.2026,writing,A2,A1-A2,,,\n"
        f"{pid},samfunnskunnskapsprøven,02.03.2026,,,,27,ar,\n"
        f"{pid},statsborgerprove,03.03.2026,,,,,,ja\n",
    )
    tests = services.language_tests
    dry = tests.import_file(path, dry_run=True)
    assert (dry.rows, dry.added, dry.dry_run) == (3, 3, True)
    assert tests.history(pid) == []
    done = tests.import_file(path)
    assert (done.added, done.duplicates) == (3, 0)
    history = tests.history(pid)
    assert history[0].result == NorskprovenResult(
        date(2026, 3, 1), SubSkill.WRITING, CefrLevel.A2, RegistrationLevel.A1_A2
    )
    assert [h.passed for h in history[1:]] == [True, True]
    again = tests.import_file(path)
    assert (again.added, again.duplicates) == (0, 3)
    assert len(tests.history(pid)) == 3


def test_import_reports_unknown_and_missing_columns(services: Services, tmp_path: Path) -> None:
    path = _csv(tmp_path, "fnr,prøve,nivaa\n12345678901,norskproven,B1\n")
    with pytest.raises(ValidationError) as caught:
        services.language_tests.import_file(path)
    lines = str(caught.value).splitlines()
    assert f"{path.name}:1:nivaa: unknown column heading" in lines
    assert f"{path.name}:1:date: required column is missing" in lines


@pytest.mark.parametrize(
    ("as_of", "oral", "pr_ok", "pr_missing_word", "citizenship_ok"),
    [
        # Before 1.9.2025 the older rule: oral A1 is enough, but documented completed training
        # is also required, and attendance does not tell the service that (§4.4).
        (date(2025, 8, 31), CefrLevel.A1, False, "opplæring", False),
        (date(2025, 9, 1), CefrLevel.A1, False, "A2", False),
        (date(2025, 8, 31), CefrLevel.A2, False, "opplæring", False),
        (date(2025, 9, 1), CefrLevel.A2, True, None, False),
        # Citizenship (§4.5, from 1.10.2022) is the same on both sides: oral B1 and the
        # social-studies test in Norwegian.
        (date(2025, 8, 31), CefrLevel.B1, False, "opplæring", True),
        (date(2025, 9, 1), CefrLevel.B1, True, None, True),
    ],
)
def test_readiness_on_both_sides_of_1_september_2025(
    services: Services,
    as_of: date,
    oral: CefrLevel,
    pr_ok: bool,
    pr_missing_word: str | None,
    citizenship_ok: bool,
) -> None:
    pid = _person(services, **REFUGEE)
    tests = services.language_tests
    tests.record_norskproven(pid, test_date=date(2025, 3, 10), skill=SubSkill.ORAL, level=oral)
    tests.record_social_studies(pid, test_date=date(2025, 4, 1), score=28, language="nb")
    # A result after the application date does not count.
    tests.record_norskproven(
        pid, test_date=date(2025, 10, 1), skill=SubSkill.ORAL, level=CefrLevel.B2
    )
    progress = tests.progress_for(pid, as_of=as_of)
    assert progress.best_level(SubSkill.ORAL) is oral
    assert progress.permanent_residence.ok is pr_ok
    if pr_missing_word is not None:
        assert any(pr_missing_word in m for m in progress.permanent_residence.missing)
    assert progress.citizenship.ok is citizenship_ok


def test_import_from_xlsx_with_date_cells_and_serials(services: Services, tmp_path: Path) -> None:
    import random
    from datetime import datetime

    from openpyxl import Workbook

    from introdesk.domain.codes import Sex
    from introdesk.services.demo import synthetic_national_id

    pid = _person(services)
    number = synthetic_national_id(date(1990, 1, 1), Sex.FEMALE, random.Random(1))
    services.participants.update(pid, {"national_id": number})
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(["Fødselsnummer", "Prøve", "Prøvedato", "Delprøve", "Nivå", "Oppmeldingsnivå"])
    sheet.append([number, "Norskprøven", datetime(2026, 3, 10), "Muntlig", "B1", "A2-B1"])
    sheet.append([number, "norskproven", 46091, "lesing", "under A1", None])
    path = tmp_path / "results.xlsx"
    workbook.save(path)
    result = services.language_tests.import_file(path)
    assert result.added == 2
    history = services.language_tests.history(pid)
    assert [(h.day, h.result.level) for h in history] == [  # type: ignore[union-attr]
        (date(2026, 3, 10), CefrLevel.B1),
        (date(2026, 3, 10), CefrLevel.BELOW_A1),
    ]


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("broken.xlsx", b"not a workbook", "cannot be read as an .xlsx workbook"),
        ("results.ods", b"a,b\n", "use an .xlsx or .csv file"),
        ("empty.csv", b"", "the file is empty"),
    ],
)
def test_unreadable_files_are_user_errors(
    services: Services, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    from introdesk.domain.errors import UserInputError

    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(UserInputError, match=reason):
        services.language_tests.import_file(path)


@pytest.mark.parametrize(
    ("record", "exempt", "norwegian_duty", "social_duty"),
    [
        # Refugee, 34 at the permit: right and duty, so final tests in both (brief §4.0).
        (REFUGEE, None, True, True),
        (REFUGEE, ExemptionKind.SOCIAL_STUDIES_TEST, True, False),
        (REFUGEE, ExemptionKind.NORWEGIAN_TEST, False, True),
        # EEA citizens have neither right nor duty.
        ({**REFUGEE, "permit_type": "eea"}, None, False, False),
        # Labour immigrants outside the EEA: duty without right; test duty UNCONFIRMED.
        ({**REFUGEE, "permit_type": "labour"}, None, None, None),
        # Facts missing: cannot tell.
        ({}, None, None, None),
    ],
    ids=["refugee", "exempt-social", "exempt-norwegian", "eea", "labour-unconfirmed", "unknown"],
)
def test_duty_to_sit_the_final_tests(
    services: Services,
    record: dict[str, object],
    exempt: ExemptionKind | None,
    norwegian_duty: bool | None,
    social_duty: bool | None,
) -> None:
    pid = _person(services, **record)
    if exempt is not None:
        services.language_tests.record_exemption(
            pid, kind=exempt, legal_basis="Særlige helsemessige grunner", decision_date=TODAY
        )
    progress = services.language_tests.progress_for(pid)
    assert progress.norwegian_test_duty is norwegian_duty
    assert progress.social_studies_test_duty is social_duty
    assert progress.test_duty_note


@pytest.mark.parametrize(
    ("word", "passed"),
    [
        ("j", True),
        ("sann", True),
        ("y", True),
        ("Bestått", True),
        ("x", True),
        ("n", False),
        ("usann", False),
        ("ikke bestått", False),
        ("failed", False),
    ],
)
def test_import_reads_yes_no_with_the_participants_import_vocabulary(
    services: Services, tmp_path: Path, word: str, passed: bool
) -> None:
    """One yes/no parser for every import: words the participants import accepts ("j",
    "sann") work for the tests import too, and the other way round ("bestått")."""
    pid = _person(services)
    path = _csv(
        tmp_path, f"participant_id,test,date,passed\n{pid},statsborgerprove,03.03.2026,{word}\n"
    )
    services.language_tests.import_file(path)
    assert [h.passed for h in services.language_tests.history(pid)] == [passed]


@pytest.mark.parametrize(
    ("day", "version"),
    [
        (date(2012, 5, 1), SocialStudiesVersion.HOURS_50),
        (date(2021, 5, 1), SocialStudiesVersion.HOURS_75),
    ],
)
def test_a_date_without_a_pass_mark_row_is_refused_not_guessed(
    services: Services, day: date, version: SocialStudiesVersion
) -> None:
    """The number of scored tasks comes from the pass-mark table only (no built-in 34/38)."""
    pid = _person(services)
    with pytest.raises(ValidationError) as refused:
        services.language_tests.record_social_studies(
            pid, test_date=day, score=20, version=version, language="nb"
        )
    assert [p.field for p in refused.value.problems] == ["version"]
    assert services.language_tests.history(pid) == []
