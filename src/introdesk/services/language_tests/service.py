"""Language and social-studies tests: record results and exemptions, show progress toward the
Norwegian goal, the training deadline and residence/citizenship readiness (brief §4).

Every result is validated before it is written and audited in the same transaction. The best
result per sub-skill is computed from all results (brief §4.1), never stored.

Plans and attendance are other features: the Norwegian goal from a plan, approved leave and
completed hours come through optional callables given to the constructor. Without them the
goal comes from the participant record (the adviser's override, else the recommendation for the
education background, §4.2), leave counts as none and hours are unknown (None, not zero).
"""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from introdesk.core import clock
from introdesk.domain.codes import CefrLevel, EducationLevel, SubSkill
from introdesk.domain.errors import (
    Coded,
    FieldProblem,
    NotFoundError,
    RuleTableError,
    ValidationError,
)
from introdesk.domain.language_tests import (
    CitizenshipTestResult,
    ExemptionKind,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
    TestHistory,
)
from introdesk.domain.test_progress import GoalSource, ResultRef, StoredResult, TestProgress
from introdesk.persistence.repositories import language_tests as repo
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.reporting.xlsx.writer import ColumnKind, WriteResult
from introdesk.rules.goals import has_upper_secondary_or_higher, recommended_norwegian_goal
from introdesk.rules.language_tests import (
    best_results,
    citizenship_test_passed,
    goal_met,
    social_studies_pass_mark,
)
from introdesk.rules.tables import load_table
from introdesk.rules.training import training_deadline
from introdesk.services.context import ServiceContext
from introdesk.services.language_tests import corrections
from introdesk.services.language_tests.importing import ImportResult, LanguageTestImporter
from introdesk.services.language_tests.overview_export import write_overview
from introdesk.services.language_tests.parsing import parse_goal
from introdesk.services.language_tests.readiness import (
    NO_FREE_TRAINING,
    ParticipantFacts,
    citizenship_max,
    citizenship_of,
    no_such_version,
    passed_of,
    permanent_residence_of,
    safe_passed,
    social_studies_max_score,
    test_duty,
)
from introdesk.services.language_tests.storage import Item, Result, write_result

TrainingHours = Callable[[int], tuple[Decimal, Decimal] | None]


@dataclass(frozen=True)
class PlanTerms:
    """What a participant's plan in force says for test progress: approved leave days (they
    extend the training deadline) and the Norwegian goal written in it (None: none written)."""

    leave_days: int
    goal: Mapping[SubSkill, CefrLevel] | None = None


# Participants → their plan's terms, for many at once (one load of the plans, issue 18);
# a participant without a plan is left out (leave then not known, goal from the rules).
PlanTermsLookup = Callable[[Sequence[int]], Mapping[int, PlanTerms]]


class LanguageTestService:
    def __init__(
        self,
        context: ServiceContext,
        *,
        plan_terms: PlanTermsLookup | None = None,
        training_hours: TrainingHours | None = None,
    ) -> None:
        self._ctx = context
        self._plan_terms = plan_terms
        self._training_hours = training_hours

    # --- recording ---------------------------------------------------------------------------

    def check(
        self, result: Result, *, row: int | None = None, source: str = ""
    ) -> list[FieldProblem]:
        """Problems that depend on dates and rule tables (the dataclasses check the rest)."""
        problems: list[FieldProblem] = []
        if result.test_date > clock.today():
            problems.append(FieldProblem.of(row, "date", Coded.of("rows.in_future"), source))
        if isinstance(result, SocialStudiesResult):
            try:
                mark = social_studies_pass_mark(result, load_table("social_studies_pass_marks"))
            except RuleTableError:
                problems.append(
                    FieldProblem(
                        row,
                        "version",
                        no_such_version(result.version, result.test_date),
                        source,
                    )
                )
            else:
                if result.max_score != mark.max_score:
                    problems.append(
                        FieldProblem.of(
                            row,
                            "max_score",
                            Coded.of(
                                "rows.scored_tasks",
                                version=result.version,
                                tasks=mark.max_score,
                                given=result.max_score,
                            ),
                            source,
                        )
                    )
        if isinstance(result, CitizenshipTestResult) and result.passed is None:
            try:
                citizenship_test_passed(result, load_table("citizenship_test_pass_marks"))
            except RuleTableError:
                problems.append(
                    FieldProblem.of(row, "passed", Coded.of("rows.give_passed"), source)
                )
        return problems

    def _add(
        self, participant_id: int, item: Result | TestExemption, *, note: str = ""
    ) -> StoredResult:
        if not isinstance(item, TestExemption):
            problems = self.check(item)
            if problems:
                raise ValidationError(problems)
        with self._ctx.database.unit_of_work() as uow:
            if participant_repo.get_row(uow.session, participant_id) is None:
                raise NotFoundError(code="participants.not_found", id=participant_id)
            row_id = self._write(uow.session, participant_id, item, "manual", note=note)
            uow.commit()
        return StoredResult(row_id, participant_id, item, passed_of(item))

    def _write(
        self,
        session: Any,
        participant_id: int,
        item: Result | TestExemption,
        source: str,
        note: str = "",
    ) -> int:
        return write_result(session, self._ctx.actor, participant_id, item, source, note)

    def record_norskproven(
        self,
        participant_id: int,
        *,
        test_date: date,
        skill: SubSkill,
        level: CefrLevel,
        registration_level: RegistrationLevel | None = None,
        c1: bool = False,
    ) -> StoredResult:
        result = NorskprovenResult(test_date, skill, level, registration_level, c1)
        return self._add(participant_id, result)

    def record_social_studies(
        self,
        participant_id: int,
        *,
        test_date: date,
        score: int,
        version: SocialStudiesVersion = SocialStudiesVersion.HOURS_75,
        language: str = "nb",
        max_score: int | None = None,
    ) -> StoredResult:
        result = SocialStudiesResult(
            test_date,
            version,
            score,
            max_score or social_studies_max_score(version, test_date),
            language,
        )
        return self._add(participant_id, result)

    def record_citizenship(
        self,
        participant_id: int,
        *,
        test_date: date,
        score: int | None = None,
        passed: bool | None = None,
        max_score: int | None = None,
    ) -> StoredResult:
        if score is not None and max_score is None:
            max_score = citizenship_max(test_date)
        return self._add(participant_id, CitizenshipTestResult(test_date, score, max_score, passed))

    def record_exemption(
        self,
        participant_id: int,
        *,
        kind: ExemptionKind,
        legal_basis: str,
        decision_date: date,
        note: str = "",
    ) -> StoredResult:
        exemption = TestExemption(kind, legal_basis.strip(), decision_date)
        problems = self._problems(exemption)
        if problems:
            raise ValidationError(problems)
        return self._add(participant_id, exemption, note=note.strip())

    def _problems(self, item: Item) -> list[FieldProblem]:
        if not isinstance(item, TestExemption):
            return self.check(item)
        problems = []
        if not item.legal_basis.strip():
            problems.append(FieldProblem.coded(None, "basis", "rows.legal_basis_required"))
        if item.decision_date > clock.today():
            problems.append(FieldProblem.coded(None, "date", "rows.in_future"))
        return problems

    # --- correcting --------------------------------------------------------------------------

    def result(self, ref: ResultRef) -> StoredResult:
        """One recorded result or exemption (NotFoundError when there is none)."""
        return corrections.get_result(self._ctx, ref)

    def correct(
        self, ref: ResultRef, replacement: Item, *, reason: str, expected: Item | None = None
    ) -> StoredResult:
        """Correct a recorded result or exemption; audited with the reason, one transaction.
        ``expected`` is the copy the user saw (a different stored value: ConflictError)."""
        return corrections.correct_result(
            self._ctx, self._problems, ref, replacement, reason=reason, expected=expected
        )

    def delete(self, ref: ResultRef, *, reason: str, expected: Item | None = None) -> StoredResult:
        """Delete a recorded result or exemption; audited with the reason, one transaction."""
        return corrections.delete_result(self._ctx, ref, reason=reason, expected=expected)

    # --- reading -----------------------------------------------------------------------------

    def test_history(self, participant_id: int) -> TestHistory:
        """The participant's results as the rules read them (best per sub-skill, passes)."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            found = repo.histories(uow.session, {participant_id})
        return found.get(participant_id, TestHistory())

    def history(self, participant_id: int) -> builtins.list[StoredResult]:
        """Every result and exemption of one participant, oldest first."""
        with self._ctx.database.unit_of_work(write=False) as uow:
            if participant_repo.get_row(uow.session, participant_id) is None:
                raise NotFoundError(code="participants.not_found", id=participant_id)
            stored: list[StoredResult] = []
            for row_id, item in repo.items_for(uow.session, participant_id):
                stored.append(StoredResult(row_id, participant_id, item, passed_of(item)))
        return sorted(stored, key=lambda s: (s.day, s.id))

    def progress(
        self, participant_id: int | None = None, *, as_of: date | None = None
    ) -> builtins.list[TestProgress]:
        """Progress for every active participant (or the one asked for), by name."""
        day = as_of or clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            rows = repo.participant_rows(uow.session, participant_id)
            if participant_id is not None and not rows:
                raise NotFoundError(code="participants.not_found", id=participant_id)
            found = repo.histories(
                uow.session, None if participant_id is None else [participant_id]
            )
            advisers = participant_repo.list_records(uow.session, include_archived=True)
            adviser_names = {r.id: r.adviser_name for r in advisers}
            facts = [(ParticipantFacts.of(row), found.get(row.id, TestHistory())) for row in rows]
        terms = self._plan_terms([f.id for f, _ in facts]) if self._plan_terms else {}
        return [
            self._progress(f, h, day, adviser_names.get(f.id, ""), terms.get(f.id))
            for f, h in facts
        ]

    def progress_for(self, participant_id: int, *, as_of: date | None = None) -> TestProgress:
        return self.progress(participant_id, as_of=as_of)[0]

    # --- progress ----------------------------------------------------------------------------

    def _goal(
        self, facts: ParticipantFacts, day: date, planned: Mapping[SubSkill, CefrLevel] | None
    ) -> tuple[dict[SubSkill, CefrLevel] | None, GoalSource | None]:
        if planned:
            return dict(planned), GoalSource.PLAN
        override = parse_goal(facts.goal_override)
        if override:
            return override, GoalSource.OVERRIDE
        if facts.education is None:
            return None, None
        try:
            goal = recommended_norwegian_goal(
                facts.education,
                facts.completed_upper_secondary,
                on_date=day,
                table=load_table("norwegian_goal_by_education"),
            )
        except RuleTableError:
            return None, None
        return {skill: goal.level(skill) for skill in SubSkill}, GoalSource.RECOMMENDED

    def _deadline(self, facts: ParticipantFacts, leave: int) -> tuple[date | None, str]:
        if facts.permit_date is None:
            return None, "Vedtaksdato for oppholdstillatelsen mangler; fristen kan ikke beregnes."
        if facts.permit_type in NO_FREE_TRAINING:
            return (
                None,
                "Ingen rett til gratis norskopplæring for denne tillatelsen "
                "(integreringsloven kapittel 6).",
            )
        try:
            deadline = training_deadline(
                regime=facts.regime,
                rights_start=facts.permit_date,
                has_upper_secondary=has_upper_secondary_or_higher(
                    facts.education or EducationLevel.NONE, facts.completed_upper_secondary
                ),
                table=load_table("training_deadlines"),
                approved_leave_days=leave,
                training_start=facts.programme_start,
            )
        except (RuleTableError, ValidationError) as exc:
            return None, str(exc)
        return deadline.deadline, deadline.basis

    def _progress(
        self,
        facts: ParticipantFacts,
        history: TestHistory,
        day: date,
        adviser: str,
        plan: PlanTerms | None,
    ) -> TestProgress:
        history = history.up_to(day)
        best = best_results(history.norskproven)
        goal, source = self._goal(facts, day, plan.goal if plan else None)
        met = goal_met({s: r.level for s, r in best.items()}, goal) if goal else {}
        leave = plan.leave_days if plan is not None else None
        deadline, note = self._deadline(facts, leave or 0)
        if leave is None and deadline is not None:
            note += " Godkjent permisjon er ikke registrert her og er ikke lagt til."
        hours = self._training_hours(facts.id) if self._training_hours is not None else None
        social_table = load_table("social_studies_pass_marks")
        norwegian_duty, social_duty, duty_note = test_duty(facts, history, day)
        return TestProgress(
            participant_id=facts.id,
            name=facts.name,
            as_of=day,
            history=history,
            best=best,
            goal=goal,
            goal_source=source,
            goal_met=met,
            deadline=deadline,
            deadline_note=note,
            leave_days=leave,
            norwegian_hours=hours[0] if hours else None,
            social_studies_hours=hours[1] if hours else None,
            social_studies_passed=any(safe_passed(r, social_table) for r in history.social_studies),
            permanent_residence=permanent_residence_of(history, day),
            citizenship=citizenship_of(history, facts, day),
            adviser_name=adviser,
            norwegian_test_duty=norwegian_duty,
            social_studies_test_duty=social_duty,
            test_duty_note=duty_note,
        )

    def export_overview(
        self,
        path: Path,
        *,
        title: str,
        columns: Sequence[tuple[str, ColumnKind]],
        rows: Iterable[Sequence[object]],
        filters: Sequence[tuple[str, str | date]] = (),
        language: str = "nb",
    ) -> WriteResult:
        """The tests page's overview, as shown, to an Excel workbook (the reports' writer), its
        own words (yes/no, parameters sheet) in ``language`` like the page's headings."""
        return write_overview(
            self._ctx,
            path,
            title=title,
            columns=columns,
            rows=rows,
            filters=filters,
            language=language,
        )

    # --- import ------------------------------------------------------------------------------
    def import_file(self, path: Path, *, dry_run: bool = False) -> ImportResult:
        """Results from a .xlsx/.csv file (columns in docs/import-tests.md).

        Every row is checked first; any problem means nothing is written (ValidationError with
        one ``FILE:ROW:COLUMN: reason`` per problem). Results already on record are skipped, so
        importing the same file twice adds nothing the second time.
        """
        return LanguageTestImporter(self._ctx, self.check).import_file(path, dry_run=dry_run)
