"""IntroDesk: case tool for Norway's Introduction Programme (integreringsloven)."""

# The one place the version is written (pyproject.toml reads it from here): a literal, so
# ``introdesk --version`` answers without looking up installed package metadata.
__version__ = "0.1.0"
