"""Issue 14 item 4 as a new user meets it: ``settings show|set``, absence hours without
``--element`` spread over the day's elements, and the participants import ``programme`` column."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from tests.e2e.conftest import CliRunner


def test_settings_show_and_set_are_validated_and_audited(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    db = ["--database", str(tmp_path / "s.sqlite3")]
    assert introdesk(*db, "db", "upgrade", base=tmp_path).returncode == 0
    shown = introdesk(*db, "settings", "show", "--format", "json", base=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert json.loads(shown.stdout)["municipality_name"] == ""
    for key, value in [
        ("municipality_name", "Eksempel kommune"),
        ("municipality_number", "0301"),
        ("welfare_leave_days", "12"),
        ("language", "en"),
        ("målform", "Nynorsk"),
    ]:
        done = introdesk(*db, "settings", "set", key, value, base=tmp_path)
        assert done.returncode == 0, done.stderr
    values = json.loads(
        introdesk(*db, "settings", "show", "--format", "json", base=tmp_path).stdout
    )
    assert values["municipality_name"] == "Eksempel kommune"
    assert values["municipality_number"] == "0301"
    assert values["welfare_leave_days_per_year"] == "12"
    assert values["language"] == "en"
    assert values["document_standard"] == "nn"  # the written standard of documents
    for key, value, reason in [
        # The reasons are coded, said in the interface language (Bokmål by default).
        ("municipality_number", "301", "fire sifre"),
        ("welfare_leave_days", "-2", "heltall"),
        ("language", "sv", "nb, nn eller en"),
        ("document_standard", "riksmål", "nb (bokmål) eller nn (nynorsk)"),
        ("colour", "blue", "Ukjent innstilling"),  # coded: Norwegian by default
    ]:
        bad = introdesk(*db, "settings", "set", key, value, base=tmp_path)
        assert bad.returncode == 3, (key, bad.stdout)
        assert reason in bad.stderr
        assert "Traceback" not in bad.stderr
    text = introdesk(*db, "settings", "show", base=tmp_path)
    assert ["municipality_number", "0301"] in [line.split() for line in text.stdout.splitlines()]


def test_absence_hours_without_element_are_spread_in_plan_order(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    from introdesk.domain.plans import Plan, PlanElement, WeekHours
    from introdesk.domain.records import NewParticipant
    from introdesk.services.container import open_services

    path = tmp_path / "a.sqlite3"
    services = open_services(str(path))
    try:
        pid = services.participants.create(
            NewParticipant("Amira", "Haddad", birth_date=date(1990, 1, 1))
        ).id
        start, end = date(2026, 11, 2), date(2027, 12, 31)
        plan = Plan(
            start=start,
            planned_end=end,
            end_goal=None,
            norwegian_goal=None,
            elements=(
                PlanElement("norwegian", start, end, WeekHours.weekdays(2)),
                PlanElement("language_practice", start, end, WeekHours.weekdays(4)),
            ),
        )
        services.plans.create_draft(pid, plan)
    finally:
        services.close()
    db = ["--database", str(path)]
    done = introdesk(
        *db,
        "attendance",
        "record",
        str(pid),
        "--date",
        "2026-11-10",
        "--absence",
        "invalid",
        "--hours",
        "3",
        base=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert (
        "Fordelt på dagens planlagte elementer i planens rekkefølge: "
        "Opplæring i norsk 2 t, Språkpraksis 1 t." in done.stdout
    )
    services = open_services(str(path))
    try:
        entries = services.attendance.entries(date(2026, 11, 10), date(2026, 11, 10), [pid])
    finally:
        services.close()
    assert sorted((e.element_code, e.absence_minutes, e.attended_minutes) for e in entries) == [
        ("language_practice", 60, 180),
        ("norwegian", 120, 0),
    ]
    too_much = introdesk(
        *db,
        "attendance",
        "record",
        str(pid),
        "--date",
        "2026-11-11",
        "--absence",
        "invalid",
        "--hours",
        "7",
        base=tmp_path,
    )
    assert too_much.returncode == 3
    assert "more than the 6 h planned" in too_much.stderr


def test_import_reads_the_programme_column_and_list_shows_it(
    introdesk: CliRunner, tmp_path: Path
) -> None:
    db = ["--database", str(tmp_path / "p.sqlite3")]
    # A --database file must exist (issue 15 item 6): create it first.
    assert introdesk(*db, "db", "upgrade", base=tmp_path).returncode == 0
    sheet = tmp_path / "people.csv"
    sheet.write_text(
        "Fornavn;Etternavn;Fødselsdato;Programme\n"
        "Amira;Haddad;17.05.1990;training\n"
        "Yonas;Tesfay;01.02.1988;\n",
        encoding="utf-8",
    )
    done = introdesk(*db, "participants", "import", str(sheet), base=tmp_path)
    assert done.returncode == 0, done.stderr
    listed = introdesk(*db, "participants", "list", "--format", "json", base=tmp_path)
    programmes = {p["family_name"]: p["programme"] for p in json.loads(listed.stdout)}
    assert programmes == {"Haddad": "training", "Tesfay": "introduction"}
    sheet.write_text(
        "Fornavn;Etternavn;Fødselsdato;Programme\nOmar;Saleh;01.02.1988;sightseeing\n",
        encoding="utf-8",
    )
    bad = introdesk(*db, "participants", "import", str(sheet), base=tmp_path)
    assert bad.returncode == 3
    assert "people.csv:2:Programme: ukjent program" in bad.stderr
