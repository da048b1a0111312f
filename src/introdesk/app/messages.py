"""The command line's messages in the interface language, without Qt.

The window translates with Qt (``ui/i18n.py``); the command line must start without PySide6
(issue 18), so it reads the same Qt Linguist sources, ``resources/translations/introdesk_*.ts``,
with ElementTree: once per process, and only when there is something to say. The language is
``--language``, else the one the user chose in the window (``ui/language`` in ``introdesk.ini``,
read as plain INI), else Norwegian Bokmål.

The texts used here are those of the context ``Messages`` (``domain/messages/``: the
services' coded errors and the reasons of refused rows), ``Cli`` (the command line's own
lines) and the window's labels of stored codes (``app/labels.py``). Codes, JSON keys and exit
codes do not change with the language.
"""

from __future__ import annotations

import configparser
import functools
import logging
from pathlib import Path

from introdesk.core import translations
from introdesk.domain.errors import IntroDeskError
from introdesk.domain.messages import CONTEXT, MESSAGES, QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"
CLI_CONTEXT = "Cli"

# The command line's own lines (``app/cli.py``, after the tag ``introdesk: error:``), marked
# for Qt Linguist in the context "Cli".
INTERRUPTED = QT_TRANSLATE_NOOP("Cli", "introdesk: interrupted")
DATA_FOLDER = QT_TRANSLATE_NOOP("Cli", "cannot use the data folder: {reason}")
TOO_DEEP = QT_TRANSLATE_NOOP("Cli", "the input is nested too deeply; nothing was changed")
UNEXPECTED = QT_TRANSLATE_NOOP(
    "Cli",
    "unexpected {kind}; nothing more was done. A report without personal data: {saved}",
)
NOT_SAVED = QT_TRANSLATE_NOOP("Cli", "(could not be saved)")


def saved_language(settings_file: Path) -> str | None:
    """The language chosen in the window (``[ui] language`` in the user's INI file), if any."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read(settings_file, encoding="utf-8")
    except (OSError, UnicodeDecodeError, configparser.Error):
        return None
    value = parser.get("ui", "language", fallback="").strip()
    return value if value in LANGUAGES else None


def choose_language(option: str | None, settings_file: Path | None) -> str:
    """``--language``, else the saved choice, else Bokmål."""
    if option in LANGUAGES:
        return str(option)
    saved = saved_language(settings_file) if settings_file is not None else None
    return saved or DEFAULT_LANGUAGE


catalogue = translations.catalogue  # the .ts files read without Qt (``core/translations.py``)


def translate(text: str, language: str, context: str = CLI_CONTEXT) -> str:
    """``text`` (an English source string) in ``language``; the English when not translated
    (or when no language was chosen: a handler called without ``cli.run``)."""
    if language not in LANGUAGES:
        return text
    return translations.translate(text, language, context)


def template_for(language: str) -> functools.partial[str | None]:
    return functools.partial(_template, language)


def _template(language: str, code: str) -> str | None:
    english = MESSAGES.get(code)
    if english is None:
        return None
    return translate(english, language, CONTEXT)


def error_text(error: IntroDeskError, language: str) -> str:
    """The error's message in ``language``: coded messages and coded reasons translated, any
    other as raised (English)."""
    return error.localized(template_for(language))


def error_lines(message: str) -> list[str]:
    """``introdesk: error: …`` lines, one per line of ``message``. The prefix is the program's
    tag, as in argparse's usage errors, in every language (scripts look for it)."""
    return [f"introdesk: error: {line}" for line in message.splitlines() or [message]]


def say(source: str, language: str, /, **params: object) -> str:
    """A command-line line (an English source marked in the context ``Cli``) in ``language``,
    with its ``{placeholders}`` filled in."""
    return translate(source, language).format(**params)


def counted(count: int, one: str, many: str, language: str, /, **params: object) -> str:
    """``one`` for a count of 1, else ``many`` ("1 deltaker", "2 deltakere"; the same rule in
    Bokmål, Nynorsk and English), said in ``language`` with ``{count}`` filled in."""
    return say(one if count == 1 else many, language, count=count, **params)


def day_text(day: object) -> str:
    """A date in human output: dd.mm.åååå in every language (JSON and CSV keep ISO)."""
    from datetime import date

    return day.strftime("%d.%m.%Y") if isinstance(day, date) else str(day or "")
