"""Logging to a rotating file in the logs folder, with identity numbers masked."""

from __future__ import annotations

import io
import logging
import logging.handlers
from typing import cast

from introdesk.core.paths import Locations
from introdesk.core.privacy import ScrubbingFilter
from introdesk.core.private_files import private_opener, restrict_file, restrict_folder


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files readable by their owner only (issue 15 item 7): each new file is created 0600
    (rotation renames, so older files keep that mode)."""

    def _open(self) -> io.TextIOWrapper:
        stream = open(  # noqa: SIM115 - the handler keeps the stream open
            self.baseFilename,
            self.mode,
            encoding=self.encoding,
            errors=self.errors,
            opener=private_opener,
        )
        return cast("io.TextIOWrapper", stream)  # text mode ("a"), as the base class opens it


def configure(locations: Locations, *, verbose: bool = False) -> None:
    locations.logs.mkdir(parents=True, exist_ok=True)
    restrict_folder(locations.logs)
    for earlier in locations.logs.glob("introdesk.log*"):  # written by an older version
        restrict_file(earlier)
    handler = PrivateRotatingFileHandler(
        locations.logs / "introdesk.log", maxBytes=2_000_000, backupCount=3, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubbingFilter())
    root = logging.getLogger()
    for old in [h for h in root.handlers if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(old)
        old.close()  # configured again in one process (tests): release the previous file
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
