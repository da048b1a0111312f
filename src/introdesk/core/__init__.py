"""Cross-cutting plumbing with no third-party UI, database or report dependencies."""
