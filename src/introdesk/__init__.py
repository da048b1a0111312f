"""IntroDesk: case tool for Norway's Introduction Programme (integreringsloven)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("introdesk")
except PackageNotFoundError:  # running from a source tree without an install
    __version__ = "0.0.0"
