"""Logging to a rotating file in the logs folder, with identity numbers masked."""

from __future__ import annotations

import logging
import logging.handlers

from introdesk.core.paths import Locations
from introdesk.core.privacy import ScrubbingFilter


def configure(locations: Locations, *, verbose: bool = False) -> None:
    locations.logs.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(
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
