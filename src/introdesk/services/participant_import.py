"""Import participants from a settlement list (.xlsx or .csv).

The format is documented in docs/import-participants.md.

Every row is validated first. Any problem means nothing is written: the caller gets a
``ValidationError`` with one ``FieldProblem(row, column, reason, source=file)`` per problem, the
column named as the file writes it. A dry run validates and reports, and writes nothing. A real
import adds every row in one transaction, each with its audit rows.

Advisers are matched by user name or full name (case-insensitive); a name not yet known is
added to the adviser list in the same transaction (and counted in the result).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from enum import Enum
from pathlib import Path
from typing import Any, TypeVar

from introdesk.core import clock
from introdesk.domain.codes import (
    EducationLevel,
    ParticipantStatus,
    PermitType,
    Programme,
    Regime,
    Sex,
)
from introdesk.domain.errors import (
    Coded,
    CodedValueError,
    FieldProblem,
    ValidationError,
    reason_of,
)
from introdesk.domain.participant_details import ParticipantFields
from introdesk.persistence.repositories import audit
from introdesk.persistence.repositories import participants as repo
from introdesk.persistence.repositories import settings as settings_repo
from introdesk.reporting.spreadsheet_reader import (
    SheetRow,
    SheetRows,
    normalise_heading,
    parse_count,
    parse_date,
    parse_yes_no,
    read_rows,
)
from introdesk.services.context import ServiceContext
from introdesk.services.participants import (
    complete_fields,
    created_changes,
    field_warnings,
    validate_fields,
)

# Canonical column → accepted headings (English and Norwegian). Matching ignores case, spaces,
# hyphens and underscores.
COLUMNS: dict[str, tuple[str, ...]] = {
    "given_name": ("given_name", "given name", "first name", "fornavn"),
    "family_name": ("family_name", "family name", "surname", "last name", "etternavn"),
    "preferred_name": ("preferred_name", "preferred name", "kallenavn", "foretrukket navn"),
    "national_id": (
        "national_id",
        "national id",
        "fødselsnummer",
        "fodselsnummer",
        "fnr",
        "d-nummer",
        "personnummer",
        "fødselsnummer/d-nummer",
    ),
    "birth_date": ("birth_date", "date of birth", "fødselsdato", "fodselsdato"),
    "sex": ("sex", "gender", "kjønn", "kjonn"),
    "duf_number": ("duf_number", "duf", "duf-nummer", "dufnr"),
    "country_of_birth": ("country_of_birth", "fødeland", "fodeland"),
    "citizenship": ("citizenship", "statsborgerskap"),
    "mother_tongue": ("mother_tongue", "morsmål", "morsmal"),
    "other_languages": ("other_languages", "andre språk", "andre_sprak"),
    "interpreter_needed": ("interpreter_needed", "tolkebehov", "trenger tolk", "behov for tolk"),
    "interpreter_language": ("interpreter_language", "tolkespråk", "tolkesprak"),
    "phone": ("phone", "telephone", "telefon", "mobil"),
    "email": ("email", "e-mail", "e-post", "epost"),
    "address": ("address", "adresse"),
    "settlement_municipality": (
        "settlement_municipality",
        "municipality",
        "bosettingskommune",
        "kommune",
    ),
    "settlement_date": ("settlement_date", "bosettingsdato", "bosatt dato", "bosatt"),
    "request_date": ("request_date", "forespørselsdato", "dato for forespørsel"),
    # Issue 14 item 3: the two-year window counts from the first settlement in Norway.
    "first_settlement_date": (
        "first_settlement_date",
        "første bosettingsdato",
        "forste bosettingsdato",
        "først bosatt i norge",
    ),
    "settled_by_agreement": ("settled_by_agreement", "bosatt etter avtale", "avtale med imdi"),
    "permit_type": ("permit_type", "permit", "tillatelse", "tillatelsestype", "oppholdsgrunnlag"),
    "permit_date": ("permit_date", "tillatelsesdato", "dato for tillatelse"),
    "regime": ("regime", "regelverk", "lov"),
    "children_under_18": ("children_under_18", "barn_under_18", "barn under 18 år"),
    "lives_with_parents": ("lives_with_parents", "bor_med_foreldre"),
    "expecting_child": ("expecting_child", "venter barn", "venter_barn"),
    "education_level": ("education_level", "education", "utdanningsnivå", "utdanningsniva"),
    "completed_upper_secondary": (
        "completed_upper_secondary",
        "fullført videregående",
        "fullfort videregaende",
    ),
    "status": ("status",),
    "programme": ("programme", "program", "programtype"),
    "adviser": ("adviser", "advisor", "veileder", "programrådgiver", "programradgiver"),
}
ALIASES = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}
REQUIRED = ("given_name", "family_name")

# Code → accepted words (codes themselves always work). Matching as for headings.
PERMIT_WORDS: dict[PermitType, tuple[str, ...]] = {
    PermitType.REFUGEE: ("flyktning", "asyl", "flyktningstatus"),
    PermitType.RESETTLEMENT: ("overføringsflyktning", "kvoteflyktning", "overforingsflyktning"),
    PermitType.HUMANITARIAN: ("humanitær", "humanitært grunnlag", "opphold på humanitært grunnlag"),
    PermitType.COLLECTIVE_PROTECTION: (
        "kollektiv beskyttelse",
        "midlertidig kollektiv beskyttelse",
    ),
    PermitType.FAMILY_IMMIGRATION: ("familieinnvandring", "familiegjenforening"),
    PermitType.INDEPENDENT: ("selvstendig", "selvstendig tillatelse", "selvstendig opphold"),
    PermitType.LABOUR: ("arbeid", "arbeidsinnvandring"),
    PermitType.LABOUR_FAMILY: ("familie til arbeidsinnvandrer",),
    PermitType.EEA: ("eøs", "eos", "eøs-borger", "nordisk"),
    PermitType.STUDENT: ("studie", "student"),
    PermitType.OTHER: ("annen", "annet", "andre"),
}
REGIME_WORDS: dict[Regime, tuple[str, ...]] = {
    Regime.INTEGRATION_ACT: ("integreringsloven", "intl"),
    Regime.INTRODUCTION_ACT: ("introduksjonsloven", "introl"),
    Regime.CHAPTER_6A: ("kapittel 6a", "kap 6a", "6a"),
}
EDUCATION_WORDS: dict[EducationLevel, tuple[str, ...]] = {
    EducationLevel.NONE: ("ingen", "ingen skolegang"),
    EducationLevel.PRIMARY_PARTIAL: ("deler av grunnskole", "ufullstendig grunnskole"),
    EducationLevel.PRIMARY: ("grunnskole", "fullført grunnskole"),
    EducationLevel.UPPER_SECONDARY: ("videregående", "videregaende", "vgs"),
    EducationLevel.HIGHER: ("høyere", "høyere utdanning", "hoyere", "universitet"),
}
SEX_WORDS: dict[Sex, tuple[str, ...]] = {
    Sex.FEMALE: ("k", "kvinne", "female", "woman", "f"),
    Sex.MALE: ("m", "mann", "male", "man"),
}
STATUS_WORDS: dict[ParticipantStatus, tuple[str, ...]] = {
    ParticipantStatus.REFERRED: ("henvist",),
    ParticipantStatus.MAPPED: ("kartlagt",),
    ParticipantStatus.DECIDED: ("vedtak fattet", "vedtatt"),
    ParticipantStatus.IN_PROGRAMME: ("i program", "deltar"),
    ParticipantStatus.ON_LEAVE: ("permisjon",),
    ParticipantStatus.STOPPED: ("stanset",),
    ParticipantStatus.COMPLETED: ("fullført", "fullfort"),
    ParticipantStatus.INTERRUPTED: ("avbrutt",),
}

PROGRAMME_WORDS: dict[Programme, tuple[str, ...]] = {
    Programme.INTRODUCTION: ("introduksjonsprogram", "introduksjonsprogrammet", "intro"),
    Programme.TRAINING: ("opplæring", "opplaering", "norskopplæring", "opplæringsprogram"),
    Programme.BOTH: ("begge",),
}

E = TypeVar("E", bound=Enum)


def _code_lookup(words: dict[E, tuple[str, ...]]) -> dict[str, E]:
    table = {}
    for code, labels in words.items():
        for label in (str(code.value), str(code.name), *labels):
            table[normalise_heading(label)] = code
    return table


_LOOKUPS: dict[str, dict[str, Any]] = {
    "permit_type": _code_lookup(PERMIT_WORDS),
    "regime": _code_lookup(REGIME_WORDS),
    "education_level": _code_lookup(EDUCATION_WORDS),
    "sex": _code_lookup(SEX_WORDS),
    "status": _code_lookup(STATUS_WORDS),
    "programme": _code_lookup(PROGRAMME_WORDS),
}
# The reason for a value that is none of a column's codes (domain/messages/: "rows.unknown_*").
_CODE_HINTS = {
    name: f"rows.unknown_{name}"
    for name in ("permit_type", "regime", "education_level", "sex", "status", "programme")
}
_DATES = ("birth_date", "settlement_date", "request_date", "permit_date", "first_settlement_date")
_YES_NO = (
    "interpreter_needed",
    "lives_with_parents",
    "expecting_child",
    "settled_by_agreement",
    "completed_upper_secondary",
)
_TEXTS = (
    "given_name",
    "family_name",
    "preferred_name",
    "national_id",
    "duf_number",
    "country_of_birth",
    "citizenship",
    "mother_tongue",
    "other_languages",
    "interpreter_language",
    "phone",
    "email",
    "address",
    "settlement_municipality",
)
_MAX_LENGTH = {"given_name": 200, "family_name": 200, "preferred_name": 200, "email": 200}


@dataclass(frozen=True)
class ImportRow:
    row: int
    record: ParticipantFields
    adviser: str  # as written in the file ("" when none)


@dataclass(frozen=True)
class ImportResult:
    source: str
    rows: list[ImportRow]
    added: int  # 0 for a dry run
    new_advisers: list[str]
    dry_run: bool
    warnings: list[FieldProblem] = field(default_factory=list)


def _parsed(
    row: SheetRow,
    sheet: SheetRows,
    problems: list[FieldProblem],
    name: str,
    parse: Callable[[object], Any],
    default: Any,
) -> Any:
    if name not in sheet.columns:
        return default
    try:
        return parse(row.values.get(name))
    except ValueError as exc:
        problems.append(sheet.problem(row.number, name, reason_of(exc)))
        return default


def _code(name: str) -> Callable[[object], Any]:
    def parse(value: object) -> Any:
        text = "" if value is None else str(value).strip()
        if not text:
            return None
        found = _LOOKUPS[name].get(normalise_heading(text))
        if found is None:
            raise CodedValueError(_CODE_HINTS[name], text=text)
        return found

    return parse


def _national_id_text(value: object) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        # Excel drops the leading zero of numbers born on days 01-09.
        return f"{int(value):011d}"
    return re.sub(r"[\s.\-]", "", str(value or ""))


def _texts(row: SheetRow, sheet: SheetRows, problems: list[FieldProblem]) -> dict[str, Any]:
    """The row's text fields; one too long is a problem."""
    values: dict[str, Any] = {}
    for name in _TEXTS:
        values[name] = row.text(name)
        limit = _MAX_LENGTH.get(name, 300)
        if len(values[name]) > limit:
            problems.append(sheet.problem(row.number, name, Coded.of("rows.too_long", limit=limit)))
    return values


def _fill_defaults(values: dict[str, Any]) -> None:
    """Programme, regime and status left empty: the introduction programme, the regime the
    permit gives, and "referred"."""
    if values["programme"] is None:
        values["programme"] = Programme.INTRODUCTION
    if values["regime"] is None:
        values["regime"] = (
            Regime.CHAPTER_6A
            if values["permit_type"] is PermitType.COLLECTIVE_PROTECTION
            else Regime.INTEGRATION_ACT
        )
    if values["status"] is None:
        values["status"] = ParticipantStatus.REFERRED


def _numbers_seen(
    parsed: list[ImportRow], table: SheetRows, problems: list[FieldProblem]
) -> dict[str, int]:
    """Each national id in the file and the first row it is on; a repeat is a problem."""
    seen: dict[str, int] = {}
    for item in parsed:
        number = item.record.national_id
        if not number:
            continue
        if number in seen:
            problems.append(
                table.problem(
                    item.row, "national_id", Coded.of("rows.duplicate_number", row=seen[number])
                )
            )
        else:
            seen[number] = item.row
    return seen


def parse_row(row: SheetRow, sheet: SheetRows, problems: list[FieldProblem]) -> ImportRow:
    """One row → a record; problems found are appended (the record is then not to be used)."""
    values: dict[str, Any] = _texts(row, sheet, problems)
    if "national_id" in sheet.columns and row.values.get("national_id") not in (None, ""):
        values["national_id"] = _national_id_text(row.values.get("national_id"))
    values["national_id"] = values["national_id"] or None
    for name in _DATES:
        values[name] = _parsed(row, sheet, problems, name, parse_date, None)
    for name in _YES_NO:
        default = name == "settled_by_agreement"
        values[name] = _parsed(row, sheet, problems, name, parse_yes_no, default)
        if name == "settled_by_agreement" and row.text(name) == "":
            values[name] = True
    values["children_under_18"] = _parsed(row, sheet, problems, "children_under_18", parse_count, 0)
    for name in ("permit_type", "regime", "education_level", "sex", "status", "programme"):
        values[name] = _parsed(row, sheet, problems, name, _code(name), None)
    _fill_defaults(values)
    record = complete_fields(ParticipantFields(**values))
    if record.birth_date is None and not record.national_id and not row.text("birth_date"):
        problems.append(
            sheet.problem(row.number, "birth_date", Coded.of("rows.birth_date_required"))
        )
    for problem in validate_fields(record, row=row.number, source=sheet.source):
        problems.append(sheet.problem(row.number, problem.field, problem.why()))
    return ImportRow(row.number, record, row.text("adviser"))


class ParticipantImportService:
    def __init__(self, context: ServiceContext) -> None:
        self._ctx = context

    def import_file(
        self, path: Path, *, dry_run: bool = False, sheet: str | None = None
    ) -> ImportResult:
        """Validate every row, then (unless ``dry_run``) add them all in one transaction."""
        table = read_rows(path, ALIASES, sheet=sheet, required=REQUIRED)
        problems: list[FieldProblem] = []
        parsed = [parse_row(row, table, problems) for row in table.rows]
        seen = _numbers_seen(parsed, table, problems)
        warnings = [
            table.problem(item.row, w.field, w.reason)
            for item in parsed
            for w in field_warnings(item.record)
        ]
        with self._ctx.database.unit_of_work(write=not dry_run) as uow:
            session = uow.session
            existing = repo.existing_national_ids(session, set(seen))
            for item in parsed:
                if item.record.national_id in existing:
                    problems.append(
                        table.problem(item.row, "national_id", Coded.of("rows.already_in_database"))
                    )
            if problems:
                order = {heading: i for i, heading in enumerate(table.columns.values())}
                problems.sort(key=lambda p: (p.row or 0, order.get(p.field, len(order))))
                raise ValidationError(problems)
            advisers = {}
            for adviser in settings_repo.advisers(session):
                advisers[adviser.username.casefold()] = adviser.id
                advisers[adviser.full_name.casefold()] = adviser.id
            new_advisers = sorted(
                {i.adviser for i in parsed if i.adviser and i.adviser.casefold() not in advisers}
            )
            if dry_run:
                return ImportResult(table.source, parsed, 0, new_advisers, True, warnings)
            taken = {a.username for a in settings_repo.advisers(session)}
            for name in new_advisers:
                username = _username(name, taken)
                taken.add(username)
                added = settings_repo.add_adviser(session, username, name)
                advisers[name.casefold()] = added.id
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="create",
                    entity="adviser",
                    entity_id=added.id,
                    changes={"full_name": (None, name), "source": (None, table.source)},
                )
            records = [
                replace(i.record, adviser_id=advisers[i.adviser.casefold()] if i.adviser else None)
                for i in parsed
            ]
            ids = repo.add_many(session, records)
            for participant_id, record in zip(ids, records, strict=True):
                changes = created_changes(record)
                changes["source"] = (None, table.source)
                audit.record(
                    session,
                    actor=self._ctx.actor,
                    action="create",
                    entity="participant",
                    entity_id=participant_id,
                    changes=changes,
                )
                repo.add_status_period(
                    session, participant_id, record.status, clock.today(), "import"
                )
            uow.commit()
        return ImportResult(table.source, parsed, len(records), new_advisers, False, warnings)


def _username(full_name: str, taken: set[str]) -> str:
    base = re.sub(r"[^a-z0-9æøå]+", ".", full_name.casefold()).strip(".") or "adviser"
    name, counter = base[:90], 2
    while name in taken:
        name = f"{base[:85]}.{counter}"
        counter += 1
    return name
