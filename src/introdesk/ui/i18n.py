"""Interface language: Qt Linguist translations from ``resources/translations``.

Source strings in the code are English; ``introdesk_nb.ts`` carries Norwegian Bokmål, the
default, and ``introdesk_nn.ts`` Norwegian Nynorsk. The ``.qm`` files Qt loads are compiled
from the ``.ts`` sources: by the packaging build for installed copies, or on first use into
the user's data folder when running from a source checkout (PySide6 ships ``lrelease``).

Qt's own texts (standard buttons OK/Avbryt, Ja/Nei, Forkast, Lukk; context menus; the file
dialog) come from a second translator: Qt ships ``qtbase_nn`` but no Bokmål, so
``resources/translations/qtbase_nb.ts`` carries the Bokmål for the widgets we use, and
``qtbase_nn.ts`` the same messages in Nynorsk (from Qt's, kept with ours because the frozen
build leaves Qt's translations out)."""

from __future__ import annotations

import logging
import shutil
import subprocess
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from introdesk.core import paths

log = logging.getLogger(__name__)
LANGUAGES = {"nb": "Norsk bokmål", "nn": "Norsk nynorsk", "en": "English"}
_LOCALES = {
    "nb": QLocale.Language.NorwegianBokmal,
    "nn": QLocale.Language.NorwegianNynorsk,
    "en": QLocale.Language.English,
}
DEFAULT_LANGUAGE = "nb"


def _lrelease() -> str | None:
    import PySide6

    bundled = Path(PySide6.__file__).parent / "lrelease"
    if bundled.exists():
        return str(bundled)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled_translation(language: str, catalogue: str = "introdesk") -> Path | None:
    """The ``.qm`` for ``language``: shipped beside the ``.ts``, or compiled on first use."""
    source_dir = paths.resources_dir() / "translations"
    shipped = source_dir / f"{catalogue}_{language}.qm"
    ts_file = source_dir / f"{catalogue}_{language}.ts"
    if shipped.exists() and (
        not ts_file.exists() or shipped.stat().st_mtime >= ts_file.stat().st_mtime
    ):
        return shipped
    if not ts_file.exists():
        return None
    target = paths.current().data / "translations" / f"{catalogue}_{language}.qm"
    if target.exists() and target.stat().st_mtime >= ts_file.stat().st_mtime:
        return target
    tool = _lrelease()
    if tool is None:
        log.warning("No lrelease found; interface stays in English")
        return None
    target.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(ts_file), "-qm", str(target)], capture_output=True, check=False
    )
    if done.returncode != 0 or not target.exists():
        log.warning("Compiling translations for %s failed", language)
        return None
    return target


# Translators this module installed, so a language change (or a test) can take them all out.
_installed: list[QTranslator] = []
# The default locale before the first install, restored with the English source.
_original_locale: list[QLocale] = []


def uninstall_translators() -> None:
    """Remove every translator :func:`install_translator` put in (back to the English source,
    and the default locale from before: ``ui.labels.interface_language`` reads it)."""
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
    if _original_locale:
        QLocale.setDefault(_original_locale[0])


def install_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """Load ``language`` into ``app`` (our strings and Qt's own), replacing any language
    installed before; English needs no translator (source strings)."""
    uninstall_translators()
    if not _original_locale:
        _original_locale.append(QLocale())
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    QLocale.setDefault(QLocale(_LOCALES[language], QLocale.Country.Norway))
    if language == "en":
        return None
    _install_qt_translator(app, language)
    qm = compiled_translation(language)
    if qm is None:
        return None
    translator = QTranslator(app)
    if translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
        return translator
    return None


def qt_translation(language: str) -> Path | None:
    """Qt's own strings in ``language``: ours (``qtbase_nb``, ``qtbase_nn``) or the one Qt
    ships."""
    ours = compiled_translation(language, "qtbase")
    if ours is not None:
        return ours
    shipped = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found = shipped / f"qtbase_{language}.qm"
    return found if found.exists() else None


def _install_qt_translator(app: QCoreApplication, language: str) -> None:
    qm = qt_translation(language)
    translator = QTranslator(app)
    if qm is not None and translator.load(str(qm)):
        app.installTranslator(translator)
        _installed.append(translator)
