"""Telling this command's own commits from another program's, so that the bytes a command
leaves behind can be remembered as sound (``check_stamp``; issue 18, keeping issue 15 item 4).

A command that writes (even one access-log row) used to leave the next command a full
``quick_check``: the connection that closes last folds every committed write into the file,
ours and any other program's, and nothing told them apart. SQLite does: ``PRAGMA data_version``
on a connection changes when *another* connection commits, never for the connection's own
commits. So every connection of the command is watched from the moment it is made:

- at connect, its ``data_version`` is noted;
- the watch is *armed* with the file's state once the file has been found sound (or held the
  bytes last found sound): from then on the file is known sound, and only this command's
  connections' commits are allowed to change it;
- a connection made after arming, while no other watched connection is open, could have
  missed a commit in the gap: it is accepted only if the file still has the armed state;
- when a connection closes, a changed ``data_version`` means another connection committed
  while it was open: the watch is *tainted*, and nothing is vouched for;
- at the end (``vouch``), one connection folds the write-ahead log into the file
  (``wal_checkpoint(TRUNCATE)``), the file's state is read, and the same connection's
  ``data_version`` is compared again; only a watch that is armed, untainted, with every other
  watched connection unchanged too, gives a state to remember.

Any doubt gives ``None`` (the next command checks the file again): another of our own
connections committing also changes a connection's ``data_version``, and is treated as foreign.
Only the command line arms a watch; it is single-threaded, so ``vouch`` may use the pooled
connections directly.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event

from introdesk.persistence import check_stamp


def _data_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA data_version").fetchone()[0])


class OwnWriteWatch:
    """Watches one SQLite engine's connections for commits made by anyone else."""

    def __init__(self, engine: Engine, path: Path) -> None:
        self._path = path
        self._open: dict[int, tuple[sqlite3.Connection, int]] = {}
        self._armed: check_stamp.FileState | None = None
        self._tainted = False
        self._closing = False
        event.listen(engine, "connect", self._on_connect)
        event.listen(engine.pool, "close", self._on_close)
        event.listen(engine.pool, "close_detached", self._on_close)
        event.listen(engine.pool, "detach", self._on_detach)

    def _file_is(self, state: check_stamp.FileState) -> bool:
        return not check_stamp.wal_pending(self._path) and (
            check_stamp.stat_key(self._path) == state[:3]
        )

    def _on_connect(self, connection: sqlite3.Connection, _record: Any) -> None:
        self._open[id(connection)] = (connection, _data_version(connection))
        if self._armed is not None and len(self._open) == 1 and not self._file_is(self._armed):
            # Nothing watched the file since the last connection closed (a commit in that
            # gap would be in no connection's data_version), and it is not as armed.
            self._tainted = True

    def _on_close(self, connection: sqlite3.Connection, _record: Any = None) -> None:
        known = self._open.pop(id(connection), None)
        if known is None or self._closing:
            return
        try:
            changed = _data_version(connection) != known[1]
        except sqlite3.Error:
            changed = True
        self._tainted = self._tainted or changed

    def _on_detach(self, connection: sqlite3.Connection, _record: Any) -> None:
        # A connection leaving the pool is not watched to its end: vouch for nothing.
        self._open.pop(id(connection), None)
        self._tainted = True

    def arm(self, state: check_stamp.FileState) -> None:
        """The file was found sound in ``state`` and every connection open now was made before
        that state was read: from here on, only our commits may change it."""
        if self._file_is(state):
            self._armed = state
        else:
            self._tainted = True

    def vouch(self) -> check_stamp.FileState | None:
        """Before the engine is disposed: the file's state with this command's writes folded
        in, if no other program committed while the watch was armed; else None."""
        self._closing = True  # the engine's disposal closes the connections next
        if self._armed is None or self._tainted or not self._open:
            return None
        connections = list(self._open.values())
        try:
            for connection, seen in connections:
                if _data_version(connection) != seen:
                    return None
            folder, seen = connections[0]
            busy, _, _ = folder.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            if busy or check_stamp.wal_pending(self._path):
                return None  # another program is reading the file
            # Unchanged on disk: nothing was written, and the armed state (bytes read) stands.
            unchanged = check_stamp.stat_key(self._path) == self._armed[:3]
            state = self._armed if unchanged else check_stamp.file_state(self._path)
            # A commit after the first reads shows in the folding connection's data_version
            # (the fold itself changes only the other connections', already read above).
            if _data_version(folder) != seen:
                return None
        except sqlite3.Error:
            return None
        return state
