"""Per-user interface state (window geometry, columns, language) in an INI file.

Municipality-wide settings live in the database instead (services.settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from introdesk.core import paths


def user_settings() -> QSettings:
    return QSettings(str(paths.current().settings_file), QSettings.Format.IniFormat)


def language() -> str:
    value = user_settings().value("ui/language", "nb")
    return value if value in ("nb", "nn", "en") else "nb"


def set_language(code: str) -> None:
    settings = user_settings()
    settings.setValue("ui/language", code)
    settings.sync()


def hidden_columns(table: str) -> list[str] | None:
    """Column keys the user hid in ``table``; None when never chosen (use the defaults)."""
    value = user_settings().value(f"columns/{table}/hidden")
    if value is None:
        return None
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]


def set_hidden_columns(table: str, keys: list[str]) -> None:
    settings = user_settings()
    # An empty list is stored as "" (QSettings cannot tell an empty list from no value).
    settings.setValue(f"columns/{table}/hidden", keys or "")
    settings.sync()
