"""Owner-only modes for everything with personal data (brief issue 15, item 7): the logs and
crash-report folders 0700, log files and crash reports 0600, like the database and backups;
a file its owner made read-only stays read-only."""

from __future__ import annotations

import logging
import os
import stat
from pathlib import Path

import pytest

from introdesk.app.crash import save_report
from introdesk.core import logs
from introdesk.core.paths import locations_for
from introdesk.core.private_files import restrict_file, write_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="permission modes are POSIX")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_log_folder_and_files_are_owner_only_also_after_rotation(tmp_path: Path) -> None:
    locations = locations_for(tmp_path)
    locations.logs.mkdir(mode=0o755)
    locations.logs.chmod(0o755)
    older = locations.logs / "introdesk.log.1"
    older.write_text("from an earlier version\n")
    older.chmod(0o644)
    logs.configure(locations)
    root = logging.getLogger()
    (handler,) = [h for h in root.handlers if isinstance(h, logs.PrivateRotatingFileHandler)]
    try:
        logging.getLogger("introdesk.test").info("hello")
        handler.doRollover()
        logging.getLogger("introdesk.test").info("after the rollover")
        handler.flush()
        assert _mode(locations.logs) == 0o700
        written = sorted(locations.logs.iterdir())
        assert [p.name for p in written] == ["introdesk.log", "introdesk.log.1", "introdesk.log.2"]
        assert {p.name: _mode(p) for p in written} == {p.name: 0o600 for p in written}
    finally:
        root.removeHandler(handler)
        handler.close()


def test_crash_reports_are_owner_only(tmp_path: Path) -> None:
    folder = tmp_path / "crash-reports"
    saved = save_report(folder, "report without personal data")
    assert saved.read_text(encoding="utf-8") == "report without personal data"
    assert (_mode(folder), _mode(saved)) == (0o700, 0o600)


def test_a_read_only_file_stays_read_only_and_others_lose_access(tmp_path: Path) -> None:
    read_only, shared = tmp_path / "ro.sqlite3", tmp_path / "shared.sqlite3"
    read_only.write_bytes(b"x")
    read_only.chmod(0o444)
    shared.write_bytes(b"x")
    shared.chmod(0o664)
    restrict_file(read_only)
    restrict_file(shared)
    assert (_mode(read_only), _mode(shared)) == (0o400, 0o600)


def test_a_failed_private_write_leaves_the_old_file_and_no_temporary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"old")

    def fail(_src: object, _dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError, match="No space"):
        write_private(target, b"new")
    assert [p.name for p in tmp_path.iterdir()] == ["plan.pdf"]
    assert target.read_bytes() == b"old"
