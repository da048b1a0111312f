"""A SQLite file's quick check remembered for the same bytes (issue 18, keeping issue 15 item 4).

The check on open (``PRAGMA quick_check`` and ``foreign_key_check``) reads the whole file: 0.2 to
0.3 s for 60 MB, a fifth of a short command. Its answer depends only on the file's bytes, so a
command may skip it when the file holds the same bytes as when it was last found sound: the
same size, modification time and inode, no pending write-ahead log, and the same XXH3 digest of
the whole file (64 bits; about 10 GB/s here, where CRC-32 managed 1.5 to 2.8: a few
milliseconds for 60 MB against 0.04 s). A byte changed behind the program's back, even with its
modification time put back, changes the digest and the file is checked again; any write changes
the modification time. (The digest guards against accident, not an attacker: one who can write
the file can do worse.)

Only the command line uses this (``open_for_use(remember_check=...)``); the window checks every
time it opens a file, and the daily backup runs the full ``integrity_check``. Only bytes that
were read and found sound are remembered: after a command wrote, the next one checks again,
because another program may have written while the command had the file open, and the
command's closing connection folds those writes in with its own (``Database.close``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import xxhash

# (size, modification time in ns, inode, XXH3-64 digest of the whole file)
FileState = tuple[int, int, int, int]
STAMP_FILE = "sound-check.json"
_KEPT = 20  # files remembered (a few databases per PC)
_CHUNK = 1 << 22


def stat_key(path: Path) -> tuple[int, int, int] | None:
    """Size, modification time (ns) and inode, or None when the file cannot be read."""
    try:
        found = path.stat()
    except OSError:
        return None
    return found.st_size, found.st_mtime_ns, found.st_ino


def wal_pending(path: Path) -> bool:
    """Whether a write-ahead log with content lies beside ``path`` (writes not yet in the file:
    another program has it open, or one stopped before folding them in)."""
    try:
        return Path(f"{path}-wal").stat().st_size > 0
    except OSError:
        return False


def file_state(path: Path) -> FileState | None:
    key = stat_key(path)
    if key is None:
        return None
    digest = xxhash.xxh3_64()
    buffer = bytearray(_CHUNK)
    view = memoryview(buffer)
    try:
        with path.open("rb", buffering=0) as stream:
            while read := stream.readinto(buffer):
                digest.update(view[:read])
    except OSError:
        return None
    if stat_key(path) != key:
        return None  # changed while read
    return (*key, digest.intdigest())


def _load(stamp: Path) -> dict[str, list[int]]:
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def sound_before(stamp: Path, path: Path) -> FileState | None:
    """The file's state if it holds the bytes last found sound, else None (check it)."""
    remembered = _load(stamp).get(str(path.resolve()))
    if not isinstance(remembered, list) or len(remembered) != 4 or wal_pending(path):
        return None
    key = stat_key(path)
    if key is None or list(key) != remembered[:3]:
        return None
    state = file_state(path)
    return state if state is not None and list(state) == remembered else None


def remember(stamp: Path, path: Path, state: FileState | None) -> None:
    """Remember ``state`` as sound for ``path`` (``None``: forget the file)."""
    entries = _load(stamp)
    name = str(path.resolve())
    entries.pop(name, None)
    if state is not None:
        entries[name] = list(state)
    kept = dict(list(entries.items())[-_KEPT:])
    partial = stamp.with_name(f"{stamp.name}.{os.getpid()}.tmp")
    try:
        partial.write_text(json.dumps(kept), encoding="utf-8")
        os.replace(partial, stamp)
    except OSError:
        partial.unlink(missing_ok=True)  # not remembered: the next command checks again
