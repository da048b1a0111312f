"""The command line keeps data safe: no database by typo, damaged files untouched, safe CSV,
private files, backups listed and restored (issue 15 items 3, 4, 6, 7)."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import stat
import subprocess
import sys
from pathlib import Path


def introdesk(*args: str, base: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("INTRODESK_DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "introdesk", "--basedir", str(base), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_database_path_that_does_not_exist_is_refused(tmp_path: Path) -> None:
    typo = tmp_path / "typo" / "intro.sqlite3"
    done = introdesk("--database", str(typo), "participants", "list", base=tmp_path)
    assert done.returncode == 3
    assert "finnes ikke" in done.stderr  # Norwegian by default
    assert "Traceback" not in done.stderr
    assert not typo.exists()
    assert not typo.parent.exists()
    # Creating is what db upgrade is for; the default file is made on first start.
    assert introdesk("--database", str(typo), "db", "upgrade", base=tmp_path).returncode == 0
    assert introdesk("participants", "list", base=tmp_path).returncode == 0
    default = tmp_path / "data" / "introdesk.sqlite3"
    assert default.exists()
    assert stat.S_IMODE(default.stat().st_mode) == 0o600
    assert stat.S_IMODE((tmp_path / "data").stat().st_mode) == 0o700


def test_csv_export_never_writes_a_formula(tmp_path: Path) -> None:
    db = ["--database", str(tmp_path / "p.sqlite3")]
    assert introdesk(*db, "db", "upgrade", base=tmp_path).returncode == 0
    rows = (
        "Fornavn;Etternavn;Fødselsdato;Kjønn;Tillatelse;Tillatelsesdato;Bosettingsdato\n"
        '"=HYPERLINK(""http://x"")";+cmd|calc;01.01.1990;K;flyktning;01.02.2025;01.03.2025\n'
    )
    source = tmp_path / "people.csv"
    source.write_text(rows, encoding="utf-8")
    done = introdesk(*db, "participants", "import", str(source), base=tmp_path)
    assert done.returncode == 0, done.stderr
    listed = introdesk(*db, "participants", "list", "--format", "csv", base=tmp_path)
    assert listed.returncode == 0, listed.stderr
    record = next(csv.DictReader(io.StringIO(listed.stdout)))
    assert record["given_name"] == '\'=HYPERLINK("http://x")'
    assert record["family_name"] == "'+cmd|calc"


def test_a_byte_flipped_file_is_never_written(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    db = ["--database", str(path)]
    assert (
        introdesk(*db, "demo", "--participants", "3", "--seed", "4", base=tmp_path).returncode == 0
    )
    backup = introdesk(*db, "db", "backup", "--out", str(tmp_path / "good.sqlite3"), base=tmp_path)
    assert backup.returncode == 0, backup.stderr
    # Fold the WAL in, then flip bytes in one page.
    import sqlite3

    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    data = bytearray(path.read_bytes())
    for offset in range(4096 * 4, 4096 * 5, 5):
        data[offset] ^= 0xFF
    path.write_bytes(bytes(data))
    before = _digest(path)
    csv_file = tmp_path / "more.csv"
    csv_file.write_text(
        "Fornavn;Etternavn;Fødselsdato;Kjønn;Tillatelse;Tillatelsesdato;Bosettingsdato\n"
        "Ny;Person;01.01.1990;K;flyktning;01.02.2025;01.03.2025\n",
        encoding="utf-8",
    )
    writes = [
        ["attendance", "record", "1", "--date", "2026-11-02", "--hours", "6"],
        ["participants", "import", str(csv_file)],
        ["db", "upgrade"],
    ]
    for args in writes:
        done = introdesk(*db, *args, base=tmp_path)
        assert "Traceback" not in done.stderr, args
        assert done.returncode == 1, (args, done.stderr)
        assert _digest(path) == before, args
    # Reading what can still be read is allowed; it writes nothing either.
    done = introdesk(*db, "participants", "list", base=tmp_path)
    assert "Traceback" not in done.stderr
    assert _digest(path) == before
    check = introdesk(*db, "db", "check", base=tmp_path)
    assert check.returncode == 1
    listed = introdesk(*db, "db", "backups", "--format", "json", base=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert _digest(path) == before
    restored = introdesk(
        *db, "db", "restore", "--from", str(tmp_path / "good.sqlite3"), base=tmp_path
    )
    assert restored.returncode == 0, restored.stderr
    assert introdesk(*db, "db", "check", base=tmp_path).returncode == 0
    after = json.loads(introdesk(*db, "db", "backups", "--format", "json", base=tmp_path).stdout)
    assert [b["reason"] for b in after["backups"]] == ["before-restore"]
