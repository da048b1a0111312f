"""IntroDesk: case tool for Norway's Introduction Programme (integreringsloven)."""

import sys
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path


def _version() -> str:
    """The version in ``pyproject.toml``, its one home.

    Installed copies read it from the package metadata. The frozen build has no metadata, so
    ``packaging/introdesk.spec`` bakes it into ``introdesk/VERSION`` inside the frozen folder.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        baked = Path(bundle) / "introdesk" / "VERSION"
        if baked.is_file():
            return baked.read_text(encoding="utf-8").strip()
    try:
        return version("introdesk")
    except PackageNotFoundError:  # running from a source tree without an install
        return "0.0.0"


__version__ = _version()
