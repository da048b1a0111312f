"""Every bad input found while trying the program (issue 15): one clear line, never a
traceback, exit 3 for bad input and 1 for a database that cannot be used, nothing changed.
Runs on SQLite and on PostgreSQL."""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import zipfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import MetaData, create_engine, select

from introdesk.app import cli


def introdesk(
    *args: str, base: Path, prefix: Sequence[str] = ()
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("INTRODESK_DATABASE_URL", None)
    return subprocess.run(
        [*prefix, sys.executable, "-m", "introdesk", "--basedir", str(base), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )


def snapshot(database_url: str) -> list[tuple[str, list[tuple[object, ...]]]]:
    """Every row of every table, for 'nothing changed'."""
    url = database_url if "://" in database_url else f"sqlite:///{database_url}"
    engine = create_engine(url)
    try:
        meta = MetaData()
        meta.reflect(engine)
        with engine.connect() as conn:
            return [
                (name, sorted(map(tuple, conn.execute(select(table))), key=repr))
                for name, table in sorted(meta.tables.items())
            ]
    finally:
        engine.dispose()


HEADINGS = "Fornavn;Etternavn;Fødselsdato;Kjønn;Tillatelse;Tillatelsesdato;Bosettingsdato"
GOOD_ROW = "Ny;Person;01.01.1990;K;flyktning;01.02.2025;01.03.2025"


def _csv(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_bytes(text.encode("utf-8"))
    return str(path)


def _zip_bomb(folder: Path) -> str:
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/worksheets/sheet1.xml", b"<a>" + b" " * (40 * 1024 * 1024) + b"</a>")
    return str(path)


def _entity_bomb(folder: Path) -> str:
    entities = "".join(
        f'<!ENTITY e{i} "{"&e" + str(i - 1) + ";" * 1}' + f'{("&e" + str(i - 1) + ";") * 9}">'
        for i in range(1, 10)
    )
    xml = f'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY e0 "ha">{entities}]><w>&e9;</w>'
    path = folder / "entities.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", xml)
        archive.writestr("xl/worksheets/sheet1.xml", xml)
    return str(path)


def _folder(folder: Path, name: str) -> Path:
    (folder / name).mkdir(exist_ok=True)
    return folder / name


def _deep_json(folder: Path) -> str:
    path = folder / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    return str(path)


@dataclass(frozen=True)
class Probe:
    name: str
    args: Callable[[Path], list[str]]
    exit_code: int
    says: str


PROBES = [
    Probe("amount Infinity", lambda d: ["benefit", "other", "1", "--month", "2026-10",
          "--kind", "dagpenger", "--amount", "Infinity"], 3, "amount"),
    Probe("amount NaN", lambda d: ["benefit", "other", "1", "--month", "2026-10",
          "--kind", "dagpenger", "--amount", "NaN"], 3, "amount"),
    Probe("amount huge", lambda d: ["benefit", "other", "1", "--month", "2026-10",
          "--kind", "dagpenger", "--amount", "1e999999999"], 3, "amount"),
    Probe("hours huge", lambda d: ["attendance", "record", "1", "--date", "2026-11-02",
          "--hours", "1e999999999"], 3, "hours"),
    Probe("hours NaN", lambda d: ["attendance", "record", "1", "--date", "2026-11-02",
          "--hours", "NaN"], 3, "hours"),
    Probe("month 9999-12 compute", lambda d: ["benefit", "compute", "--month", "9999-12"], 3,
          "9999-12"),
    Probe("month 9999-12 report", lambda d: ["reports", "payroll", "--month", "9999-12",
          "--out", str(d / "p.xlsx")], 3, "9999"),
    Probe("csv cell over 128 KiB", lambda d: ["participants", "import", _csv(
        d, "big.csv", f"{HEADINGS}\n{'A' * 200_000};Person;01.01.1990;K;flyktning;"
        "01.02.2025;01.03.2025\n")], 3, "KiB"),
    Probe("csv CR-only line ends", lambda d: ["participants", "import", _csv(
        d, "cr.csv", f"{HEADINGS}\r{GOOD_ROW}\rBad;Row;32.13.1990;K;flyktning;01.02.2025;"
        "01.03.2025\r")], 3, "cr.csv:3:"),
    Probe("folder as import file", lambda d: ["participants", "import", str(d)], 3, "folder"),
    Probe("folder as --out", lambda d: ["documents", "contract", "1", "--out", str(d)], 3,
          ".pdf"),
    Probe("folder as report --out", lambda d: ["reports", "caseload", "--out",
          str(_folder(d, "x.xlsx"))], 3, "folder"),
    Probe("report into a folder that is a file", lambda d: ["reports", "caseload", "--out",
          str(d / "cr.csv" / "x.xlsx")], 3, "x.xlsx"),
    Probe("report into a read-only place", lambda d: ["reports", "caseload", "--out",
          "/proc/introdesk-report.xlsx"], 3, "introdesk-report.xlsx"),
    Probe("xlsx zip bomb", lambda d: ["participants", "import", _zip_bomb(d)], 3, "unsafe"),
    Probe("xlsx entity bomb", lambda d: ["participants", "import", _entity_bomb(d)], 3,
          "unsafe"),
    Probe("json nested 100 000 deep", lambda d: ["plans", "import", _deep_json(d)], 3,
          "nested"),
    Probe("id of 20 digits", lambda d: ["participants", "show", "9" * 20], 3, "No participant"),
    Probe("mysql database", lambda d: ["--database", "mysql://u@localhost/x",
          "participants", "list"], 3, "mysql"),
    Probe("text longer than its column", lambda d: ["participants", "import", _csv(
        d, "long.csv", f"{HEADINGS}\n{'Å' * 300};Person;01.01.1990;K;flyktning;01.02.2025;"
        "01.03.2025\n")], 3, "longer than 200 characters"),
]  # fmt: skip


@pytest.fixture
def prepared(tmp_path: Path, database_url: str) -> str:
    database = ["--database", database_url]
    assert introdesk(*database, "db", "upgrade", base=tmp_path).returncode == 0
    done = introdesk(*database, "demo", "--participants", "3", "--seed", "7", base=tmp_path)
    assert done.returncode == 0, done.stderr
    return database_url


def test_every_bad_input_is_one_line_with_nothing_changed(
    tmp_path: Path, prepared: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """In-process through the command line's entry point (a process per probe would cost
    minutes); the entry point is what ``python -m introdesk`` runs."""
    before = snapshot(prepared)
    failures = []
    for probe in PROBES:
        args = probe.args(tmp_path)
        if "--database" not in args:
            args = ["--database", prepared, *args]
        # The probes name what each message says in English (the default is Norwegian).
        code = cli.run(["--basedir", str(tmp_path), "--language", "en", *args])
        stderr = capsys.readouterr().err
        if (
            code != probe.exit_code
            or "Traceback" in stderr
            or not stderr.strip()
            or probe.says not in stderr
        ):
            failures.append(f"{probe.name}: exit {code}: {stderr.strip()[-300:]}")
    assert not failures, "\n".join(failures)
    assert snapshot(prepared) == before
    assert not any((tmp_path / "crash-reports").glob("*")), "an unexpected error was reported"


def test_a_busy_database_says_try_again(tmp_path: Path, prepared: str) -> None:
    """Another user holds the write lock longer than the busy timeout."""
    before = snapshot(prepared)
    write = ["benefit", "other", "1", "--month", "2026-10", "--kind", "dagpenger"]
    if "://" in prepared:
        holder = create_engine(prepared)
        conn = holder.connect()
        conn.exec_driver_sql("BEGIN")
        conn.exec_driver_sql("LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE")
    else:
        raw = sqlite3.connect(prepared)
        raw.isolation_level = None
        raw.execute("BEGIN IMMEDIATE")
    try:
        done = introdesk("--database", prepared, *write, "--amount", "100", base=tmp_path)
    finally:
        if "://" in prepared:
            conn.exec_driver_sql("ROLLBACK")
            conn.close()
            holder.dispose()
        else:
            raw.execute("ROLLBACK")
            raw.close()
    assert done.returncode == 1, done.stderr
    assert "En annen bruker lagrer nå; prøv igjen" in done.stderr  # the default: Norwegian
    assert "Traceback" not in done.stderr
    assert snapshot(prepared) == before


NOBODY = 65534  # Debian's unprivileged user and group "nobody"/"nogroup"


@contextlib.contextmanager
def _unwritable_even_for_root(folder: Path, path: Path) -> Iterator[list[str]]:
    """Yield the command prefix under which ``path`` (already 0400) cannot be written.

    Not root: no prefix, the test's own user is held to the mode. Root ignores modes (CI runs
    as root), so the command runs as "nobody" through util-linux's ``setpriv`` (in every
    Debian) on the folder handed over to that user, when that user can run this Python and
    checkout; else the file is made immutable (``chattr +i``, ext4), which binds root too."""
    if os.geteuid() != 0:
        yield []
        return
    setpriv = shutil.which("setpriv")
    if setpriv is not None:
        prefix = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
        can_run = subprocess.run(
            [*prefix, sys.executable, "-c", "import introdesk.app.cli"],
            capture_output=True,
            check=False,
            cwd=folder,
        )
        if can_run.returncode == 0:
            for item in [folder, *folder.rglob("*")]:
                os.chown(item, NOBODY, NOBODY, follow_symlinks=False)
            yield prefix
            return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], check=False).returncode:
        pytest.skip(
            "as root, and neither can 'nobody' run this Python and checkout (setpriv) nor can "
            "the file be made immutable (chattr +i): no way to make a file read-only for root"
        )
    try:
        yield []
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.mark.skipif(os.name != "posix", reason="permission modes are POSIX")
def test_a_read_only_database_file_is_unusable_not_a_traceback() -> None:
    """A database file its owner made read-only: one clear line, exit 1, nothing changed, and
    the file is still read-only afterwards."""
    # Not under tmp_path: pytest's folder for root is 0700, which "nobody" cannot enter.
    with tempfile.TemporaryDirectory(prefix="introdesk-ro-") as name:
        folder = Path(name)
        folder.chmod(0o755)
        path = folder / "ro.sqlite3"
        made = introdesk("--database", str(path), "db", "upgrade", base=folder)
        assert made.returncode == 0, made.stderr
        path.chmod(0o400)
        before = path.read_bytes()
        with _unwritable_even_for_root(folder, path) as prefix:
            done = introdesk(
                *("--language", "en", "--database", str(path), "demo", "--participants", "1"),
                base=folder,
                prefix=prefix,
            )
        assert done.returncode == 1, done.stderr
        assert done.stderr.strip().splitlines() == [
            "introdesk: error: The database file cannot be written (the file or its folder is "
            "read-only); nothing was saved"
        ]
        assert path.read_bytes() == before
        assert stat.S_IMODE(path.stat().st_mode) == 0o400
