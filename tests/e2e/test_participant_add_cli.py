"""``introdesk participants add``: one participant from the command line, through the same
service method as the window's "Ny…" (``ParticipantService.new_record``). In-process through the
command line's entry point; on SQLite and on PostgreSQL."""

from __future__ import annotations

import json
from contextlib import closing
from pathlib import Path

import pytest
from tests.e2e.test_bad_input_table import snapshot

from introdesk.app import cli
from introdesk.domain.codes import ParticipantStatus
from introdesk.services.container import open_services

VALID = "01010012356"  # synthetic, checksum-valid (born 01.01.1900)
BAD_CHECKSUM = "01010012357"
HODAN = (
    "--given-name", "Hodan", "--family-name", "Warsame", "--birth-date", "17.05.1990",
    "--sex", "F", "--permit-type", "refugee", "--permit-date", "2025-02-01",
    "--settlement-date", "01.03.2025", "--education-level", "upper_secondary",
    "--completed-upper-secondary", "--children-under-18", "2", "--mother-tongue", "somali",
    "--phone", "+47 400 00 000", "--email", "hodan@example.org",
)  # fmt: skip


class Cli:
    """``introdesk --basedir … --database URL ARGS…`` in this process: exit code, out, err."""

    def __init__(self, base: Path, url: str, capsys: pytest.CaptureFixture[str]) -> None:
        self.base, self.url, self.capsys = base, url, capsys

    def __call__(self, *args: str, language: str = "nb") -> tuple[int, str, str]:
        self.capsys.readouterr()
        argv = ["--basedir", str(self.base), "--language", language, "--database", self.url]
        code = cli.run([*argv, *args])
        said = self.capsys.readouterr()
        return code, said.out, said.err


@pytest.fixture
def run(tmp_path: Path, migrated_database_url: str, capsys: pytest.CaptureFixture[str]) -> Cli:
    return Cli(tmp_path, migrated_database_url, capsys)


def test_add_then_show_has_the_fields(run: Cli) -> None:
    code, out, err = run("participants", "add", *HODAN)
    assert (code, err) == (0, "")
    assert out.startswith("La til deltaker ")
    assert out.endswith(": Warsame, Hodan\n")
    new_id = out.split()[3].rstrip(":")
    code, shown, _ = run("participants", "show", new_id)
    assert code == 0
    assert shown.splitlines()[0] == f"Warsame, Hodan  (id {new_id})"
    assert "17.05.1990" in shown  # dates as people read them, dd.mm.åååå
    assert "01.02.2025" in shown
    assert "01.03.2025" in shown
    assert "Flyktning" in shown
    code, data, _ = run("participants", "show", new_id, "--format", "json")
    stored = json.loads(data)
    assert stored["birth_date"] == "1990-05-17"
    assert stored["sex"] == "F"
    assert stored["permit_type"] == "refugee"
    assert stored["education_level"] == "upper_secondary"
    assert stored["completed_upper_secondary"] is True
    assert stored["children_under_18"] == 2
    assert stored["mother_tongue"] == "somali"
    assert stored["email"] == "hodan@example.org"
    assert stored["status"] == "referred"
    assert stored["programme"] == "introduction"
    assert stored["category"] == "right_and_duty"


def test_json_output_is_what_show_prints(run: Cli) -> None:
    code, out, _ = run("participants", "add", *HODAN, "--format", "json", "--programme", "both")
    assert code == 0
    added = json.loads(out)
    assert added["programme"] == "both"
    _, shown, _ = run("participants", "show", str(added["id"]), "--format", "json")
    assert added == json.loads(shown)


def test_add_goes_through_new_record_like_the_window(run: Cli) -> None:
    """The status history's first row, the audit row of the creation and the birth date read
    from the national id: what ``new_record`` does for the editor's "Ny…"."""
    with closing(open_services(run.url, actor="test.setup")) as services:
        services.settings.add_adviser("kari", "Kari Nordmann")
    code, out, err = run(
        "participants", "add", "--given-name", " Yonas ", "--family-name", "Tesfay",
        "--national-id", VALID, "--adviser", "KARI",
    )  # fmt: skip
    assert (code, err) == (0, "")
    new_id = int(out.split()[3].rstrip(":"))
    with closing(open_services(run.url, actor="test.check")) as services:
        details = services.participants.details(new_id)
        history = services.participants.history(new_id)
    assert details.fields.given_name == "Yonas"  # trimmed, as the editor's are
    assert details.fields.birth_date is not None
    assert details.fields.birth_date.isoformat() == "1900-01-01"
    assert details.adviser_name == "Kari Nordmann"
    assert [(p.status, p.from_date.isoformat()) for p in details.status_history] == [
        (ParticipantStatus.REFERRED, "2026-12-01")
    ]
    assert {h.action for h in history} == {"create"}
    assert {"given_name", "family_name", "national_id", "adviser_id"} <= {h.field for h in history}


def test_a_bad_national_id_names_the_option_and_writes_nothing(run: Cli) -> None:
    before = snapshot(run.url)
    code, out, err = run(
        "participants", "add", "--given-name", "X", "--family-name", "Y",
        "--national-id", BAD_CHECKSUM,
    )  # fmt: skip
    assert (code, out) == (3, "")
    assert err == "introdesk: error: --national-id: kontrollsifrene stemmer ikke (skrivefeil?)\n"
    assert BAD_CHECKSUM not in err
    assert snapshot(run.url) == before


def test_every_problem_is_one_line(run: Cli) -> None:
    before = snapshot(run.url)
    code, _, err = run(
        "participants", "add", "--given-name", "X", "--family-name", " ",
        "--birth-date", "02.12.2026", "--adviser", "nobody", "--email", "no-at-sign",
        "--children-under-18", "31",
    )  # fmt: skip
    assert code == 3
    assert err.splitlines() == [
        "introdesk: error: --adviser: Fant ingen veileder «nobody»",
        "introdesk: error: --family-name: må fylles ut",
        "introdesk: error: --birth-date: ligger fram i tid",
        "introdesk: error: --children-under-18: må være et antall barn fra 0 til 30",
        "introdesk: error: --email: er ikke en e-postadresse",
    ]
    assert snapshot(run.url) == before


def test_a_taken_national_id_is_refused(run: Cli) -> None:
    first = ("--given-name", "Yonas", "--family-name", "Tesfay", "--national-id", VALID)
    assert run("participants", "add", *first)[0] == 0
    before = snapshot(run.url)
    again = ("--given-name", "Other", "--family-name", "Person", "--national-id", VALID)
    for extra in ((), ("--dry-run",)):
        code, out, err = run("participants", "add", *again, *extra)
        assert (code, out) == (3, "")
        assert err == "introdesk: error: --national-id: tilhører allerede en annen deltaker\n"
    assert snapshot(run.url) == before
    logs = [p for p in (run.base / "logs").glob("*") if p.is_file()]
    assert logs  # the commands did log, and never the number (personal data)
    assert all(VALID not in p.read_text(encoding="utf-8") for p in logs)


def test_dry_run_checks_and_writes_nothing(run: Cli) -> None:
    before = snapshot(run.url)
    code, out, err = run("participants", "add", *HODAN, "--dry-run")
    assert (code, err) == (0, "")
    assert out == "Prøvekjøring: Warsame, Hodan kan legges til; ingenting ble skrevet.\n"
    code, out, _ = run("participants", "add", *HODAN, "--dry-run", "--format", "json")
    data = json.loads(out)
    assert (data["id"], data["dry_run"], data["birth_date"]) == (None, True, "1990-05-17")
    bad = ("--birth-date", "01.01.2099")
    assert run("participants", "add", *HODAN, *bad, "--dry-run")[0] == 3
    assert snapshot(run.url) == before


@pytest.mark.parametrize(
    ("language", "added", "dry", "taken"),
    [
        ("nn", "La til deltakar", "Prøvekøyring: Warsame, Hodan kan leggjast til; ingenting vart "
         "skrive.", "--national-id: høyrer alt til ein annan deltakar"),
        ("en", "Added participant", "Dry run: Warsame, Hodan can be added; nothing was written.",
         "--national-id: already belongs to another participant"),
    ],
)  # fmt: skip
def test_the_lines_in_nynorsk_and_english(
    run: Cli, language: str, added: str, dry: str, taken: str
) -> None:
    code, out, _ = run("participants", "add", *HODAN, "--dry-run", language=language)
    assert (code, out) == (0, dry + "\n")
    named = ("--given-name", "Hodan", "--family-name", "Warsame", "--national-id", VALID)
    code, out, _ = run("participants", "add", *named, language=language)
    assert code == 0
    assert out.startswith(f"{added} ")
    assert out.endswith(": Warsame, Hodan\n")
    code, _, err = run("participants", "add", *named, language=language)
    assert code == 3
    assert err == f"introdesk: error: {taken}\n"


def test_a_bad_date_or_count_is_one_line_and_exit_3(run: Cli) -> None:
    before = snapshot(run.url)
    code, _, err = run(
        "participants", "add", "--given-name", "X", "--family-name", "Y",
        "--permit-date", "31.02.2026", language="en",
    )  # fmt: skip
    assert (code, err) == (
        3,
        "introdesk: error: --permit-date: '31.02.2026' is an impossible date\n",
    )
    code, _, err = run(
        "participants", "add", "--given-name", "X", "--family-name", "Y",
        "--children-under-18", "two", language="en",
    )  # fmt: skip
    assert code == 3
    assert err == "introdesk: error: --children-under-18: 'two' is not a whole number from 0\n"
    assert snapshot(run.url) == before


def test_collective_protection_gets_its_regime_as_in_the_import(run: Cli) -> None:
    """No --regime option: the regime the permit gives (integreringsloven kapittel 6A), as
    ``participants import`` fills an empty regime."""
    code, out, _ = run(
        "participants", "add", "--given-name", "Olena", "--family-name", "Kovalenko",
        "--birth-date", "1990-03-03", "--permit-type", "collective_protection",
        "--format", "json",
    )  # fmt: skip
    assert code == 0
    assert json.loads(out)["regime"] == "chapter_6a"
    code, out, _ = run("participants", "add", *HODAN, "--format", "json")
    assert json.loads(out)["regime"] == "integration_act"
