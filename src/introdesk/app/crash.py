"""Crash reports: what went wrong, where, on which version, with no personal data.

The report lists the exception type, a scrubbed message and the stack (files, lines,
functions). It leaves out local variables and SQL parameters, which could hold personal data.
"""

from __future__ import annotations

import platform
import sys
import traceback
from pathlib import Path
from types import TracebackType

from introdesk import __version__
from introdesk.core import clock
from introdesk.core.privacy import scrub
from introdesk.core.private_files import restrict_folder, write_private


def format_report(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> str:
    frames = traceback.extract_tb(tb)
    stack = "".join(traceback.format_list(frames))
    return "\n".join(
        [
            "IntroDesk crash report",
            f"version: {__version__}",
            f"python: {platform.python_version()} ({sys.platform})",
            f"time: {clock.now().isoformat(timespec='seconds')}",
            f"error: {exc_type.__module__}.{exc_type.__qualname__}",
            f"message: {scrub(str(exc))[:500]}",
            "",
            "stack:",
            scrub(stack),
        ]
    )


def save_report(folder: Path, report: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    restrict_folder(folder)
    stamp = clock.stamp()
    path = folder / f"crash-{stamp}.txt"
    write_private(path, report.encode("utf-8"))  # owner only, like the database
    return path
