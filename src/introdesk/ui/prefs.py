"""Per-user interface state (window geometry, columns, language) in an INI file.

Municipality-wide settings live in the database instead (services.settings)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from introdesk.core import paths


def user_settings() -> QSettings:
    return QSettings(str(paths.current().settings_file), QSettings.Format.IniFormat)


def language() -> str:
    value = user_settings().value("ui/language", "nb")
    return value if value in ("nb", "en") else "nb"


def set_language(code: str) -> None:
    settings = user_settings()
    settings.setValue("ui/language", code)
    settings.sync()
