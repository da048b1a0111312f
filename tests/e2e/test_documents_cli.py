"""``introdesk documents …`` and ``introdesk plans pdf …`` as a user runs them."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from tests.e2e.conftest import CliRunner

from introdesk.app import cli
from introdesk.domain.records import NewParticipant
from introdesk.persistence.models import ParticipantRow
from introdesk.services import container
from introdesk.services.document_samples import EXAMPLE_END_GOAL, store_example_plan

VALID_ID = "01010012356"  # synthetic, checksum-valid


def text_of(path: Path) -> str:
    reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


@pytest.fixture
def database(tmp_path: Path, database_url: str) -> str:
    """A database with settings and two participants: id 1 decided (with a national id), id 2
    only referred."""
    services = container.open_services(database_url, actor="test")
    try:
        services.settings.save({"municipality_name": "Eksempel kommune"})
        first = services.participants.create(
            NewParticipant("Amira", "Haddad", date(1990, 1, 1), national_id=VALID_ID)
        )
        services.participants.create(NewParticipant("Yonas", "Berhe"))
        with services.database.unit_of_work() as uow:
            row = uow.session.get(ParticipantRow, first.id)
            assert row is not None
            row.decision_date = date(2026, 8, 14)
            row.programme_start = date(2026, 9, 7)
            uow.commit()
    finally:
        services.close()
    return database_url


def test_decision_letter_by_national_id(
    introdesk: CliRunner, tmp_path: Path, database: str
) -> None:
    out = tmp_path / "vedtak.pdf"
    done = introdesk(
        "--database", database, "documents", "decision", VALID_ID, "--language", "ti",
        "--out", str(out), base=tmp_path,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = text_of(out)
    assert "Amira Haddad" in text
    assert "Vedtak om introduksjonsprogram" in text


@pytest.fixture
def in_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """cli.run in this process: no log file (it would stay open between runs)."""
    monkeypatch.setattr("introdesk.core.logs.configure", lambda *_args, **_kwargs: None)


@pytest.mark.usefixtures("in_process")
def test_errors_are_one_line_and_exit_3(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--basedir", str(tmp_path), "--language", "en", "--database", database]
    cases = [
        (["documents", "decision", "2", "--out", str(tmp_path / "a.pdf")], "decision date"),
        (["documents", "certificate", "999", "--out", str(tmp_path / "b.pdf")], "999"),
        (["documents", "statement", "1", "--month", "2026-13", "--out", str(tmp_path / "c.pdf")],
         "2026-13"),
        (["documents", "statement", "1", "--month", "2020-01", "--out", str(tmp_path / "d.pdf")],
         "2020"),
        (["documents", "certificate", "1", "--language", "xx", "--out", str(tmp_path / "e.pdf")],
         "xx"),
        (["documents", "contract", "1", "2", "--out", str(tmp_path / "f.pdf")], "one participant"),
        (["documents", "certificate", "1", "--out", str(tmp_path / "g.txt")], ".pdf"),
        (["plans", "pdf", "1", "--out", str(tmp_path / "h.pdf")], "no plan yet"),
        (["plans", "pdf", "--out", str(tmp_path / "i.pdf")], "--all"),
    ]  # fmt: skip
    for args, reason in cases:
        assert cli.run([*base, *args]) == 3, args
        lines = capsys.readouterr().err.strip().splitlines()
        assert len(lines) == 1, lines
        assert reason in lines[0]
    assert not list(tmp_path.glob("*.pdf"))


@pytest.mark.usefixtures("in_process")
def test_attendance_sheet_for_two_participants(tmp_path: Path, database: str) -> None:
    out = tmp_path / "liste.pdf"
    args = ["--basedir", str(tmp_path), "--database", database, "documents", "attendance-sheet"]
    args += ["1", "2", "--week", "2026-12-21", "--group", "Norsk B1", "--out", str(out)]
    assert cli.run(args) == 0
    text = text_of(out)
    assert "Berhe, Yonas" in text
    assert "Norsk B1" in text


@pytest.fixture
def with_plans(database: str, in_process: None) -> None:
    """Participant 1 has the example plan, saved and signed through the plans service; the
    others none."""
    services = container.open_services(database, actor="test")
    try:
        store_example_plan(services.plans, 1)
    finally:
        services.close()


@pytest.mark.usefixtures("with_plans")
def test_plans_pdf_one_and_all(
    tmp_path: Path, database: str, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ["--basedir", str(tmp_path), "--database", database]
    out = tmp_path / "plan.pdf"
    assert cli.run([*base, "plans", "pdf", "1", "--language", "ar", "--out", str(out)]) == 0
    assert EXAMPLE_END_GOAL in text_of(out)
    folder = tmp_path / "plans"
    assert cli.run([*base, "plans", "pdf", "--all", "--out", str(folder)]) == 0
    captured = capsys.readouterr()
    assert sorted(p.name for p in folder.iterdir()) == ["plan-00001.pdf"]
    progress = sorted(line.split("] ", 1)[1] for line in captured.err.splitlines())
    # In the interface language (nb unless chosen): the person's line and the coded reason.
    assert progress == ["deltaker 2: Deltakeren har ingen plan ennå", "plan-00001.pdf"]
    assert captured.err.startswith("[1/2] ")
    assert "Skrev 1 plan til" in captured.out
    assert "1 deltaker uten plan." in captured.out
    assert cli.run([*base, "plans", "pdf", "1", "--all", "--out", str(folder)]) == 3
