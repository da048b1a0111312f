"""Importing test results from a .xlsx/.csv file: every row checked first, nothing written on
any problem, results already on record skipped."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from introdesk.domain.errors import Coded, FieldProblem, ValidationError, reason_of
from introdesk.domain.language_tests import (
    REGISTERED_SUB_SKILLS,
    CitizenshipTestResult,
    NorskprovenResult,
    SocialStudiesResult,
    SocialStudiesVersion,
    TestHistory,
)
from introdesk.domain.test_progress import TestKind
from introdesk.persistence.repositories import language_tests as repo
from introdesk.persistence.repositories import participants as participant_repo
from introdesk.reporting.spreadsheet_reader import SheetRow, parse_date, parse_yes_no, read_rows
from introdesk.services.context import ServiceContext
from introdesk.services.language_tests.parsing import (
    parse_int,
    parse_language,
    parse_level,
    parse_registration_level,
    parse_skill,
    parse_test_kind,
    parse_version,
)
from introdesk.services.language_tests.readiness import citizenship_max, social_studies_max_score
from introdesk.services.language_tests.storage import Result, write_result

ResultCheck = Callable[..., list[FieldProblem]]


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


def _problems_from(error: ValidationError, row: int | None, source: str) -> list[FieldProblem]:
    return [FieldProblem.of(row, p.field, p.why(), source) for p in error.problems]


class LanguageTestImporter:
    """Reads one file for :meth:`LanguageTestService.import_file`."""

    def __init__(self, context: ServiceContext, check: ResultCheck) -> None:
        self._ctx = context
        self.check = check

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
                FieldProblem.of(
                    1, "participant_id", Coded.of("rows.give_id_or_national_id"), source
                )
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
                    write_result(uow.session, self._ctx.actor, participant, result, "import")
                uow.commit()
        return ImportResult(len(sheet.rows), len(new), duplicates, dry_run)

    def _parse_row(
        self, session: Any, row: SheetRow, source: str
    ) -> tuple[list[FieldProblem], int | None, Result | None]:
        reader = _RowReader(row, source)
        participant = self._participant(
            session, row.text("participant_id"), row.text("national_id"), reader.problem
        )
        kind: TestKind | None = reader.parsed("test", parse_test_kind)
        test_date = reader.test_date()
        if kind is None or test_date is None:
            return reader.problems, participant, None
        build = _BUILDERS.get(kind, _citizenship)
        try:
            result = build(reader, kind, test_date)
        except ValidationError as exc:
            reader.problems.extend(_problems_from(exc, row.number, source))
            result = None
        if result is not None:
            reader.problems.extend(self.check(result, row=row.number, source=source))
        return reader.problems, participant, result

    @staticmethod
    def _participant(
        session: Any, by_id: str, by_national_id: str, problem: Callable[[str, Coded], None]
    ) -> int | None:
        if by_national_id:
            found = participant_repo.find_id_by_national_id(session, by_national_id)
            if found is None:
                problem("national_id", Coded.of("rows.no_participant_national_id"))
            return found
        if not by_id:
            problem("participant_id", Coded.of("rows.give_id_or_national_id"))
            return None
        if not by_id.isdigit() or participant_repo.get_row(session, int(by_id)) is None:
            problem("participant_id", Coded.of("rows.no_participant_with_id", id=by_id))
            return None
        return int(by_id)


# --- helpers ----------------------------------------------------------------------------------


class _RowReader:
    """One spreadsheet row read column by column, collecting a problem per bad cell."""

    def __init__(self, row: SheetRow, source: str) -> None:
        self.row = row
        self.source = source
        self.problems: list[FieldProblem] = []

    def problem(self, column: str, reason: str | Coded) -> None:
        self.problems.append(FieldProblem.of(self.row.number, column, reason, self.source))

    def parsed(self, column: str, parser: Callable[[str], Any], required: bool = True) -> Any:
        raw = self.row.text(column)
        if not raw:
            if required:
                self.problem(column, Coded.of("rows.required"))
            return None
        try:
            return parser(raw)
        except ValueError as exc:
            self.problem(column, reason_of(exc))
            return None

    def test_date(self) -> date | None:
        try:
            found = parse_date(self.row.values.get("date"))
        except ValueError as exc:
            self.problem("date", reason_of(exc))
            return None
        if found is None:
            self.problem("date", Coded.of("rows.required"))
        return found


def _norskproven(reader: _RowReader, kind: TestKind, test_date: date) -> Result | None:
    skill = reader.parsed("skill", parse_skill)
    level = reader.parsed("level", parse_level)
    registration = reader.parsed("registration_level", parse_registration_level, False)
    if registration is not None and skill not in REGISTERED_SUB_SKILLS | {None}:
        reader.problem("registration_level", Coded.of("rows.registration_writing_oral"))
        return None
    if skill is None or level is None:
        return None
    return NorskprovenResult(test_date, skill, level, registration, kind is TestKind.NORSKPROVEN_C1)


def _social_studies(reader: _RowReader, _kind: TestKind, test_date: date) -> Result | None:
    version = reader.parsed("version", parse_version, False) or SocialStudiesVersion.HOURS_75
    score = reader.parsed("score", parse_int)
    language = reader.parsed("language", parse_language)
    maximum = reader.parsed("max_score", parse_int, False)
    if score is None or language is None:
        return None
    return SocialStudiesResult(
        test_date,
        version,
        score,
        maximum or social_studies_max_score(version, test_date),
        language,
    )


def _citizenship(reader: _RowReader, _kind: TestKind, test_date: date) -> Result | None:
    score = reader.parsed("score", parse_int, False)
    passed = reader.parsed("passed", parse_yes_no, False)
    maximum = reader.parsed("max_score", parse_int, False)
    if reader.problems:
        return None
    if score is None and passed is None:
        reader.problem("score", Coded.of("rows.give_score_or_passed"))
        return None
    if score is not None and maximum is None:
        maximum = citizenship_max(test_date)
    return CitizenshipTestResult(test_date, score, maximum, passed)


_BUILDERS: dict[TestKind, Callable[[_RowReader, TestKind, date], Result | None]] = {
    TestKind.NORSKPROVEN: _norskproven,
    TestKind.NORSKPROVEN_C1: _norskproven,
    TestKind.SOCIAL_STUDIES: _social_studies,
}
