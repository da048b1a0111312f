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
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields, is_dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TypeVar

from introdesk.core import clock
from introdesk.domain.codes import CefrLevel, EducationLevel, PermitType, Regime, SubSkill
from introdesk.domain.errors import (
    FieldProblem,
    IntroDeskError,
    NotFoundError,
    RuleTableError,
    ValidationError,
)
from introdesk.domain.language_tests import (
    REGISTERED_SUB_SKILLS,
    CitizenshipTestResult,
    ExemptionKind,
    NorskprovenResult,
    RegistrationLevel,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestExemption,
    TestHistory,
    TrainingCategory,
)
from introdesk.domain.test_progress import (
    GoalSource,
    Readiness,
    StoredResult,
    TestKind,
    TestProgress,
)
from introdesk.persistence.models import ParticipantRow
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import language_tests as repo
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.reporting.spreadsheet_reader import SheetRow, parse_date, read_rows
from introdesk.rules.eligibility import completed_years
from introdesk.rules.goals import has_upper_secondary_or_higher, recommended_norwegian_goal
from introdesk.rules.language_tests import (
    best_results,
    citizenship_test_passed,
    goal_met,
    social_studies_pass_mark,
    social_studies_passed,
)
from introdesk.rules.readiness import (
    CITIZENSHIP_CAVEAT,
    CitizenshipFacts,
    citizenship_readiness,
    permanent_residence_readiness,
)
from introdesk.rules.tables import load_table
from introdesk.rules.training import TrainingFacts, training_category, training_deadline
from introdesk.services.context import ServiceContext

E = TypeVar("E", PermitType, Regime, EducationLevel)
LeaveDays = Callable[[int], int | None]  # None: not known (no plan)
TrainingHours = Callable[[int], tuple[Decimal, Decimal] | None]
PlanGoal = Callable[[int], Mapping[SubSkill, CefrLevel] | None]

# Permit groups without a right to free Norwegian training (brief §4.0 table).
NO_FREE_TRAINING = frozenset({PermitType.EEA, PermitType.STUDENT, PermitType.OTHER})
# Came as asylum seeker or resettlement refugee: may need only oral A2 after 55 (brief §4.5).
ASYLUM_OR_RESETTLEMENT = frozenset(
    {PermitType.REFUGEE, PermitType.RESETTLEMENT, PermitType.HUMANITARIAN}
)
STATELESS_WORDS = frozenset({"stateless", "statsløs", "statslos", "xxa"})


def _key(text: str) -> str:
    return "".join(text.split()).replace("_", "").replace("-", "").casefold()


SKILL_ALIASES: dict[str, SubSkill] = {
    **{skill.value: skill for skill in SubSkill},
    "lytting": SubSkill.LISTENING,
    "lytteforståelse": SubSkill.LISTENING,
    "lesing": SubSkill.READING,
    "leseforståelse": SubSkill.READING,
    "skriving": SubSkill.WRITING,
    "skriftlig": SubSkill.WRITING,
    "skriftligframstilling": SubSkill.WRITING,
    "muntlig": SubSkill.ORAL,
    "muntligkommunikasjon": SubSkill.ORAL,
}
TEST_ALIASES: dict[str, TestKind] = {
    **{kind.value: kind for kind in TestKind},
    "norskprøven": TestKind.NORSKPROVEN,
    "norskprøvenc1": TestKind.NORSKPROVEN_C1,
    "c1": TestKind.NORSKPROVEN_C1,
    "samfunnskunnskap": TestKind.SOCIAL_STUDIES,
    "samfunnskunnskapsprøven": TestKind.SOCIAL_STUDIES,
    "samfunnskunnskapsprove": TestKind.SOCIAL_STUDIES,
    "socialstudies": TestKind.SOCIAL_STUDIES,
    "statsborgerprøven": TestKind.CITIZENSHIP,
    "statsborgerprøve": TestKind.CITIZENSHIP,
    "statsborgerproven": TestKind.CITIZENSHIP,
    "citizenship": TestKind.CITIZENSHIP,
}
SKILL_ALIASES = {_key(k): v for k, v in SKILL_ALIASES.items()}
TEST_ALIASES = {_key(k): v for k, v in TEST_ALIASES.items()}
LANGUAGE_ALIASES = {"norsk": "nb", "bokmål": "nb", "bokmal": "nb", "nynorsk": "nn"}
YES = frozenset({"yes", "ja", "true", "1", "bestått", "bestatt", "passed", "x"})
NO = frozenset({"no", "nei", "false", "0", "ikke bestått", "ikkebestått", "failed"})


def parse_level(text: str) -> CefrLevel:
    """``B1``, ``b1``, ``under A1`` / ``below_A1`` / ``<A1``; raises ValueError otherwise."""
    key = _key(text)
    if key in ("undera1", "belowa1", "<a1"):
        return CefrLevel.BELOW_A1
    for level in CefrLevel:
        if key == level.value.casefold():
            return level
    raise ValueError(f"{text!r} is not a level (under A1, A1, A2, B1, B2, C1)")


def parse_skill(text: str) -> SubSkill:
    found = SKILL_ALIASES.get(_key(text))
    if found is None:
        raise ValueError(f"{text!r} is not a sub-skill (listening, reading, writing, oral)")
    return found


def parse_test_kind(text: str) -> TestKind:
    found = TEST_ALIASES.get(_key(text))
    if found is None:
        choices = ", ".join(kind.value for kind in TestKind)
        raise ValueError(f"{text!r} is not a test ({choices})")
    return found


def parse_registration_level(text: str) -> RegistrationLevel:
    key = _key(text).upper()
    for level in RegistrationLevel:
        if key == level.value.replace("-", ""):
            return level
    raise ValueError(f"{text!r} is not a registration level (A1-A2, A2-B1, B1-B2)")


def parse_exemption_kind(text: str) -> ExemptionKind:
    for kind in ExemptionKind:
        if _key(text) == _key(kind.value):
            return kind
    choices = ", ".join(kind.value for kind in ExemptionKind)
    raise ValueError(f"{text!r} is not an exemption kind ({choices})")


def parse_version(text: str) -> SocialStudiesVersion:
    key = _key(text).removesuffix("h").removesuffix("timer").removesuffix("hours")
    for version in SocialStudiesVersion:
        if key == version.value.removesuffix("h"):
            return version
    raise ValueError(f"{text!r} is not a version (75h or 50h)")


def parse_language(text: str) -> str:
    """An ISO 639 code (two or three letters); a few Norwegian names are accepted."""
    key = text.strip().casefold()
    key = LANGUAGE_ALIASES.get(key, key)
    if not (2 <= len(key) <= 3 and key.isascii() and key.isalpha()):
        raise ValueError(f"{text!r} is not a language code (for example nb, ar, ti, uk)")
    return key


def parse_goal(text: str) -> dict[SubSkill, CefrLevel] | None:
    """The adviser's Norwegian goal as stored on the participant record, or None if unreadable.

    Accepted: one level for all sub-skills (``B1``); four levels in the order listening,
    reading, writing, oral (``A2/A2/A2/B1``); ``skill=level`` pairs (``oral=B2, reading=B1``);
    or a JSON object ``{"oral": "B2", ...}``. Sub-skills not named are left out of the goal.
    """
    text = text.strip()
    if not text:
        return None
    try:
        if text.startswith("{"):
            data = json.loads(text)
            return {parse_skill(str(k)): parse_level(str(v)) for k, v in data.items()}
        if "=" in text or ":" in text:
            goal: dict[SubSkill, CefrLevel] = {}
            for part in text.replace(";", ",").split(","):
                if part.strip():
                    skill, _, level = part.replace(":", "=").partition("=")
                    goal[parse_skill(skill)] = parse_level(level)
            return goal or None
        parts = [p for p in text.replace(",", "/").replace(" ", "/").split("/") if p]
        if len(parts) == 1:
            return dict.fromkeys(SubSkill, parse_level(parts[0]))
        if len(parts) == len(SubSkill):
            return {skill: parse_level(p) for skill, p in zip(SubSkill, parts, strict=True)}
    except (ValueError, AttributeError):
        return None
    return None


@dataclass(frozen=True, slots=True)
class ImportResult:
    rows: int
    added: int
    duplicates: int
    dry_run: bool


# Import columns: key -> other accepted headings (Norwegian aliases). Documented in
# docs/import-tests.md.
IMPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "participant_id": ("id", "deltaker_id", "deltaker"),
    "national_id": ("fødselsnummer", "fodselsnummer", "fnr", "personnummer", "d-nummer"),
    "test": ("prøve", "prove", "test_type", "prøvetype"),
    "date": ("test_date", "dato", "prøvedato", "provedato"),
    "skill": ("sub_skill", "delprøve", "delprove", "ferdighet"),
    "level": ("nivå", "niva", "resultat"),
    "registration_level": ("oppmeldingsnivå", "oppmeldingsniva", "oppmeldt_nivå"),
    "version": ("versjon",),
    "score": ("poeng", "poengsum", "riktige"),
    "max_score": ("maks_poeng", "maks", "max"),
    "language": ("språk", "sprak", "prøvespråk"),
    "passed": ("bestått", "bestatt", "resultat_bestått"),
}

Result = NorskprovenResult | SocialStudiesResult | CitizenshipTestResult


def _problems_from(error: ValidationError, row: int | None, source: str) -> list[FieldProblem]:
    return [FieldProblem(row, p.field, p.reason, source) for p in error.problems]


def _changes(value: object, **extra: object) -> dict[str, tuple[object, object]]:
    changes: dict[str, tuple[object, object]] = {k: (None, v) for k, v in extra.items()}
    if is_dataclass(value):
        for f in fields(value):
            item = getattr(value, f.name)
            if item not in (None, "", False):
                changes[f.name] = (None, item)
    return changes


ENTITY = {
    NorskprovenResult: "norskproven_result",
    SocialStudiesResult: "social_studies_result",
    CitizenshipTestResult: "citizenship_test_result",
    TestExemption: "test_exemption",
}


class LanguageTestService:
    def __init__(
        self,
        context: ServiceContext,
        *,
        leave_days: LeaveDays | None = None,
        training_hours: TrainingHours | None = None,
        plan_goal: PlanGoal | None = None,
    ) -> None:
        self._ctx = context
        self.leave_days = leave_days
        self.training_hours = training_hours
        self.plan_goal = plan_goal

    # --- recording ---------------------------------------------------------------------------

    def check(
        self, result: Result, *, row: int | None = None, source: str = ""
    ) -> list[FieldProblem]:
        """Problems that depend on dates and rule tables (the dataclasses check the rest)."""
        problems: list[FieldProblem] = []
        if result.test_date > clock.today():
            problems.append(FieldProblem(row, "date", "lies in the future", source))
        if isinstance(result, SocialStudiesResult):
            try:
                mark = social_studies_pass_mark(result, load_table("social_studies_pass_marks"))
            except RuleTableError:
                problems.append(
                    FieldProblem(
                        row,
                        "version",
                        f"the {result.version} test did not exist on "
                        f"{result.test_date:%d.%m.%Y} (75h from December 2022)",
                        source,
                    )
                )
            else:
                if result.max_score != mark.max_score:
                    problems.append(
                        FieldProblem(
                            row,
                            "max_score",
                            f"the {result.version} test has {mark.max_score} scored tasks, "
                            f"not {result.max_score}",
                            source,
                        )
                    )
        if isinstance(result, CitizenshipTestResult) and result.passed is None:
            try:
                citizenship_test_passed(result, load_table("citizenship_test_pass_marks"))
            except RuleTableError:
                problems.append(
                    FieldProblem(row, "passed", "give passed yes/no for this date", source)
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
                raise NotFoundError(f"No participant with id {participant_id}")
            row_id = self._write(uow.session, participant_id, item, "manual", note=note)
            uow.commit()
        return StoredResult(row_id, participant_id, item, _passed(item))

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
            test_date, version, score, max_score or _max_score(version, test_date), language
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
            max_score = _citizenship_max(test_date)
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
        problems = []
        if not legal_basis.strip():
            problems.append(FieldProblem(None, "basis", "the legal basis is required"))
        if decision_date > clock.today():
            problems.append(FieldProblem(None, "date", "lies in the future"))
        if problems:
            raise ValidationError(problems)
        exemption = TestExemption(kind, legal_basis.strip(), decision_date)
        return self._add(participant_id, exemption, note=note.strip())

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
                raise NotFoundError(f"No participant with id {participant_id}")
            stored: list[StoredResult] = []
            for row_id, item in repo.items_for(uow.session, participant_id):
                stored.append(StoredResult(row_id, participant_id, item, _passed(item)))
        return sorted(stored, key=lambda s: (s.day, s.id))

    def progress(
        self, participant_id: int | None = None, *, as_of: date | None = None
    ) -> builtins.list[TestProgress]:
        """Progress for every active participant (or the one asked for), by name."""
        day = as_of or clock.today()
        with self._ctx.database.unit_of_work(write=False) as uow:
            rows = repo.participant_rows(uow.session, participant_id)
            if participant_id is not None and not rows:
                raise NotFoundError(f"No participant with id {participant_id}")
            found = repo.histories(
                uow.session, None if participant_id is None else [participant_id]
            )
            advisers = participant_repo.list_records(uow.session, include_archived=True)
            adviser_names = {r.id: r.adviser_name for r in advisers}
            facts = [(_Facts.of(row), found.get(row.id, TestHistory())) for row in rows]
        return [self._progress(f, h, day, adviser_names.get(f.id, "")) for f, h in facts]

    def progress_for(self, participant_id: int, *, as_of: date | None = None) -> TestProgress:
        return self.progress(participant_id, as_of=as_of)[0]

    # --- progress ----------------------------------------------------------------------------

    def _goal(
        self, facts: _Facts, day: date
    ) -> tuple[dict[SubSkill, CefrLevel] | None, GoalSource | None]:
        if self.plan_goal is not None:
            planned = self.plan_goal(facts.id)
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

    def _deadline(self, facts: _Facts, leave: int) -> tuple[date | None, str]:
        if facts.permit_date is None:
            return None, "Vedtaksdato for oppholdstillatelsen mangler; fristen kan ikke beregnes."
        if facts.permit_type in NO_FREE_TRAINING:
            return None, "Ingen rett til gratis norskopplæring for denne tillatelsen (brief §4.0)."
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
        self, facts: _Facts, history: TestHistory, day: date, adviser: str
    ) -> TestProgress:
        history = history.up_to(day)
        best = best_results(history.norskproven)
        goal, source = self._goal(facts, day)
        met = goal_met({s: r.level for s, r in best.items()}, goal) if goal else {}
        leave = self.leave_days(facts.id) if self.leave_days is not None else None
        deadline, note = self._deadline(facts, leave or 0)
        if leave is None and deadline is not None:
            note += " Godkjent permisjon er ikke registrert her og er ikke lagt til."
        hours = self.training_hours(facts.id) if self.training_hours is not None else None
        social_table = load_table("social_studies_pass_marks")
        norwegian_duty, social_duty, duty_note = _test_duty(facts, history, day)
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
            social_studies_passed=any(
                _safe_passed(r, social_table) for r in history.social_studies
            ),
            permanent_residence=_permanent_residence(history, day),
            citizenship=_citizenship(history, facts, day),
            adviser_name=adviser,
            norwegian_test_duty=norwegian_duty,
            social_studies_test_duty=social_duty,
            test_duty_note=duty_note,
        )

    # --- import ------------------------------------------------------------------------------

    def import_file(self, path: Path, *, dry_run: bool = False) -> ImportResult:
        """Results from a .xlsx/.csv file (columns in docs/import-tests.md).

        Every row is checked first; any problem means nothing is written (ValidationError with
        one ``FILE:ROW:COLUMN: reason`` per problem). Results already on record are skipped, so
        importing the same file twice adds nothing the second time.
        """
        source = str(path)
        aliases = {name: key for key, names in IMPORT_COLUMNS.items() for name in (key, *names)}
        sheet = read_rows(path, aliases, required=("test", "date"))
        source = sheet.source
        problems: list[FieldProblem] = []
        if "participant_id" not in sheet.columns and "national_id" not in sheet.columns:
            problems.append(
                FieldProblem(1, "participant_id", "give participant_id or national_id", source)
            )
        if problems:
            raise ValidationError(problems)
        parsed: list[tuple[int, int, Result]] = []
        with self._ctx.database.unit_of_work(write=False) as uow:
            for row in sheet.rows:
                row_problems, participant, result = self._parse_row(uow.session, row, source)
                if row_problems or participant is None or result is None:
                    problems.extend(row_problems)
                else:
                    parsed.append((row.number, participant, result))
            if problems:
                raise ValidationError(problems)
            known = repo.histories(uow.session, {p for _, p, _ in parsed})
        new: list[tuple[int, Result]] = []
        duplicates = 0
        seen: set[tuple[int, Result]] = set()
        for _, participant, result in parsed:
            history = known.get(participant, TestHistory())
            if (participant, result) in seen or result in (
                *history.norskproven,
                *history.social_studies,
                *history.citizenship,
            ):
                duplicates += 1
                continue
            seen.add((participant, result))
            new.append((participant, result))
        if not dry_run and new:
            with self._ctx.database.unit_of_work() as uow:
                for participant, result in new:
                    self._write(uow.session, participant, result, "import")
                uow.commit()
        return ImportResult(len(sheet.rows), len(new), duplicates, dry_run)

    def _parse_row(
        self, session: Any, row: SheetRow, source: str
    ) -> tuple[list[FieldProblem], int | None, Result | None]:
        problems: list[FieldProblem] = []
        number = row.number

        def problem(column: str, reason: str) -> None:
            problems.append(FieldProblem(number, column, reason, source))

        def text(column: str) -> str:
            return row.text(column)

        def parsed(column: str, parser: Callable[[str], Any], required: bool = True) -> Any:
            raw = text(column)
            if not raw:
                if required:
                    problem(column, "is required")
                return None
            try:
                return parser(raw)
            except ValueError as exc:
                problem(column, str(exc))
                return None

        participant = self._participant(
            session, text("participant_id"), text("national_id"), problem
        )
        kind: TestKind | None = parsed("test", parse_test_kind)
        test_date: date | None = None
        try:
            test_date = parse_date(row.values.get("date"))
            if test_date is None:
                problem("date", "is required")
        except ValueError as exc:
            problem("date", str(exc))
        if kind is None or test_date is None:
            return problems, participant, None
        result: Result | None = None
        try:
            if kind in (TestKind.NORSKPROVEN, TestKind.NORSKPROVEN_C1):
                skill = parsed("skill", parse_skill)
                level = parsed("level", parse_level)
                registration = parsed("registration_level", parse_registration_level, False)
                if registration is not None and skill not in REGISTERED_SUB_SKILLS | {None}:
                    problem("registration_level", "applies to writing and oral only")
                elif skill is not None and level is not None:
                    result = NorskprovenResult(
                        test_date, skill, level, registration, kind is TestKind.NORSKPROVEN_C1
                    )
            elif kind is TestKind.SOCIAL_STUDIES:
                version = parsed("version", parse_version, False) or SocialStudiesVersion.HOURS_75
                score = parsed("score", _parse_int)
                language = parsed("language", parse_language)
                maximum = parsed("max_score", _parse_int, False)
                if score is not None and language is not None:
                    result = SocialStudiesResult(
                        test_date,
                        version,
                        score,
                        maximum or _max_score(version, test_date),
                        language,
                    )
            else:
                score = parsed("score", _parse_int, False)
                passed = parsed("passed", _parse_bool, False)
                maximum = parsed("max_score", _parse_int, False)
                if score is None and passed is None and not problems:
                    problem("score", "give score or passed")
                elif not problems:
                    if score is not None and maximum is None:
                        maximum = _citizenship_max(test_date)
                    result = CitizenshipTestResult(test_date, score, maximum, passed)
        except ValidationError as exc:
            problems.extend(_problems_from(exc, number, source))
            result = None
        if result is not None:
            problems.extend(self.check(result, row=number, source=source))
        return problems, participant, result

    @staticmethod
    def _participant(
        session: Any, by_id: str, by_national_id: str, problem: Callable[[str, str], None]
    ) -> int | None:
        if by_national_id:
            found = participant_repo.find_id_by_national_id(session, by_national_id)
            if found is None:
                problem("national_id", "no participant has this national id")
            return found
        if not by_id:
            problem("participant_id", "give participant_id or national_id")
            return None
        if not by_id.isdigit() or participant_repo.get_row(session, int(by_id)) is None:
            problem("participant_id", f"no participant with id {by_id}")
            return None
        return int(by_id)


# --- helpers ----------------------------------------------------------------------------------


def write_result(
    session: Any,
    actor: str,
    participant_id: int,
    item: Result | TestExemption,
    source: str = "manual",
    note: str = "",
) -> int:
    """Add one result or exemption and its audit rows in the caller's transaction."""
    if isinstance(item, NorskprovenResult):
        row_id = repo.add_norskproven(session, participant_id, item, source).id
    elif isinstance(item, SocialStudiesResult):
        row_id = repo.add_social_studies(session, participant_id, item, source).id
    elif isinstance(item, CitizenshipTestResult):
        row_id = repo.add_citizenship(session, participant_id, item, source).id
    else:
        row_id = repo.add_exemption(session, participant_id, item, note).id
    extra: dict[str, object] = {"participant_id": participant_id}
    if source != "manual":
        extra["source"] = source
    audit.record(
        session,
        actor=actor,
        action="create",
        entity=ENTITY[type(item)],
        entity_id=row_id,
        changes=_changes(item, **extra),
    )
    return row_id


@dataclass(frozen=True, slots=True)
class _Facts:
    """What progress needs from the participant row (read inside the unit of work)."""

    id: int
    name: str
    birth_date: date | None
    permit_type: PermitType | None
    permit_date: date | None
    regime: Regime
    education: EducationLevel | None
    completed_upper_secondary: bool
    goal_override: str
    programme_start: date | None
    citizenship: str

    @classmethod
    def of(cls, row: ParticipantRow) -> _Facts:
        return cls(
            id=row.id,
            name=f"{row.family_name}, {row.given_name}",
            birth_date=row.birth_date,
            permit_type=_enum(PermitType, row.permit_type),
            permit_date=row.permit_date,
            regime=_enum(Regime, row.regime) or Regime.INTEGRATION_ACT,
            education=_enum(EducationLevel, row.education_level),
            completed_upper_secondary=row.completed_upper_secondary,
            goal_override=row.norwegian_goal_override or "",
            programme_start=row.programme_start,
            citizenship=row.citizenship or "",
        )


def _enum(kind: type[E], value: str | None) -> E | None:
    if not value:
        return None
    try:
        return kind(value)
    except ValueError:
        return None


def _parse_int(text: str) -> int:
    try:
        return int(Decimal(text.replace(",", ".")).to_integral_exact())
    except ArithmeticError as exc:
        raise ValueError(f"{text!r} is not a whole number") from exc


def _parse_bool(text: str) -> bool:
    key = text.strip().casefold()
    if key in YES:
        return True
    if key in NO:
        return False
    raise ValueError(f"{text!r} is not yes/no (ja/nei)")


def _max_score(version: SocialStudiesVersion, day: date) -> int:
    table = load_table("social_studies_pass_marks")
    try:
        entry = table.at(day).get(str(version))
    except RuleTableError:
        entry = None
    return int(entry["max_score"]) if entry else {"75h": 34, "50h": 38}[version.value]


def _citizenship_max(day: date) -> int | None:
    try:
        return int(load_table("citizenship_test_pass_marks").at(day)["max_score"])
    except RuleTableError:
        return None


def _safe_passed(result: SocialStudiesResult, table: Any) -> bool:
    try:
        return social_studies_passed(result, table)
    except IntroDeskError:
        return False


def _passed(item: Result | TestExemption) -> bool | None:
    try:
        if isinstance(item, SocialStudiesResult):
            return social_studies_passed(item, load_table("social_studies_pass_marks"))
        if isinstance(item, CitizenshipTestResult):
            return citizenship_test_passed(item, load_table("citizenship_test_pass_marks"))
    except IntroDeskError:
        return None
    return None


def _test_duty(
    facts: _Facts, history: TestHistory, day: date
) -> tuple[bool | None, bool | None, str]:
    """Duty to sit the final tests (brief §4.0 Final tests): the right-and-duty group, unless
    the municipality has granted an exemption from that test."""
    if facts.permit_type is None or facts.permit_date is None or facts.birth_date is None:
        return None, None, "Tillatelse, tillatelsesdato eller fødselsdato mangler."
    try:
        category = training_category(
            TrainingFacts(facts.permit_type, facts.permit_date, facts.birth_date, facts.regime),
            age_limits=load_table("training_age_limits"),
            on=day,
        )
    except IntroDeskError as exc:
        return None, None, str(exc)
    if category.category is TrainingCategory.NONE:
        return False, False, "Verken rett eller plikt til opplæring (brief §4.0)."
    if category.category is not TrainingCategory.RIGHT_AND_DUTY:
        return None, None, "Prøveplikten for denne gruppen er ikke bekreftet (brief §4.0)."
    exempt = {e.kind for e in history.exemptions if e.has_legal_basis}
    norwegian = ExemptionKind.NORWEGIAN_TEST not in exempt
    social = ExemptionKind.SOCIAL_STUDIES_TEST not in exempt
    note = "Rett og plikt: avsluttende prøver i norsk og samfunnskunnskap (brief §4.0)."
    if not (norwegian and social):
        note += " Fritak fra prøve er registrert."
    return norwegian, social, note


def _permanent_residence(history: TestHistory, day: date) -> Readiness:
    try:
        result = permanent_residence_readiness(
            history,
            application_date=day,
            rules=load_table("readiness_permanent_residence"),
            social_studies_pass_marks=load_table("social_studies_pass_marks"),
        )
    except IntroDeskError as exc:
        return Readiness(None, (str(exc),), "")
    return Readiness(result.ok, result.missing, result.caveat, result.notes, result.unconfirmed)


def _citizenship(history: TestHistory, facts: _Facts, day: date) -> Readiness:
    if facts.birth_date is None:
        return Readiness(
            None, ("Fødselsdato mangler; alderskravet kan ikke vurderes.",), CITIZENSHIP_CAVEAT
        )
    person = CitizenshipFacts(
        age=completed_years(facts.birth_date, day),
        stateless=facts.citizenship.strip().casefold() in STATELESS_WORDS,
        came_as_asylum_seeker_or_resettlement_refugee=facts.permit_type in ASYLUM_OR_RESETTLEMENT,
    )
    try:
        result = citizenship_readiness(
            history,
            person,
            application_date=day,
            rules=load_table("readiness_citizenship"),
            social_studies_pass_marks=load_table("social_studies_pass_marks"),
            citizenship_pass_marks=load_table("citizenship_test_pass_marks"),
        )
    except IntroDeskError as exc:
        return Readiness(None, (str(exc),), CITIZENSHIP_CAVEAT)
    return Readiness(result.ok, result.missing, result.caveat, result.notes, result.unconfirmed)
