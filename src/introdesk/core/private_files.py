"""Files with personal data readable by their owner only (brief, issue 15 item 7).

Where the platform has permission modes (POSIX), the data, logs and crash-report folders are
0700 and the database, its backups, written reports and PDFs, log files and crash reports are
0600. On Windows the per-user profile folders already keep
other users out, so these are no-ops there; a file or folder that belongs to someone else (a
shared folder) is left as it is. Only the group's and others' permissions are taken away: a
file its owner made read-only stays read-only.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700


def restrict_file(path: Path) -> None:
    _owner_only(path, PRIVATE_FILE)


def restrict_folder(path: Path) -> None:
    _owner_only(path, PRIVATE_FOLDER)


def _owner_only(path: Path, at_most: int) -> None:
    """At most ``at_most``, keeping what the owner took away (a read-only file stays so)."""
    if os.name == "posix":
        with contextlib.suppress(OSError):
            mode = stat.S_IMODE(path.stat().st_mode)
            if mode & ~at_most:
                path.chmod(mode & at_most)


def private_opener(path: str, flags: int) -> int:
    """``open(..., opener=private_opener)``: a file created 0600 (log files)."""
    return os.open(path, flags, PRIVATE_FILE)


def write_private(path: Path, data: bytes) -> None:
    """Write ``path`` whole or not at all, owner only: a temporary file in the same folder
    (created 0600 by ``mkstemp``), then renamed over the target. ``OSError`` as raised."""
    folder = path.parent if str(path.parent) else Path()
    handle, temporary = tempfile.mkstemp(prefix=".introdesk-", suffix=path.suffix, dir=folder)
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def restrict_database_files(path: Path) -> None:
    """The SQLite file and the ``-wal``/``-shm`` SQLite keeps beside it."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if candidate.exists():
            restrict_file(candidate)
