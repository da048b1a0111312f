"""Keep the Qt Linguist sources in step with the code.

    uv run python packaging/translations.py update   # extract new strings into the .ts files
    uv run python packaging/translations.py check    # list strings still untranslated (exit 1)
    uv run python packaging/translations.py release  # compile the .qm files (packaging does this)
    uv run python packaging/translations.py todo > nb.json  # untranslated strings, as JSON
    uv run python packaging/translations.py fill nb.json    # apply {"source": "Norwegian"} entries
    uv run python packaging/translations.py todo nn > nn.json  # Nynorsk: each entry shows the
    uv run python packaging/translations.py fill nn.json nn    # Bokmål to start from

Source strings in the code are English. ``introdesk_nb.ts`` holds Norwegian Bokmål (the default
interface language), ``introdesk_nn.ts`` Norwegian Nynorsk; ``introdesk_en.ts`` exists so
translators see every string in one place.
"""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [ROOT / "src" / "introdesk" / "ui", ROOT / "src" / "introdesk" / "app"]
# The coded messages of the Qt-free layers (context "Messages", marked with QT_TRANSLATE_NOOP),
# the labels of stored codes shared by the command line and the Excel reports, and the reports'
# own words (context "Reports").
MESSAGE_SOURCES = sorted(
    [
        *(ROOT / "src" / "introdesk" / "domain" / "messages").glob("*.py"),
        ROOT / "src" / "introdesk" / "domain" / "code_labels.py",
        *(ROOT / "src" / "introdesk" / "reporting" / "xlsx").rglob("*.py"),
        *(ROOT / "src" / "introdesk" / "services" / "reports").glob("*.py"),
    ]
)
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("nb", "nn", "en")
TOOLS = Path(PySide6.__file__).parent


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"introdesk_{language}.ts"


FORMS = ROOT / "forms"


def sources() -> list[str]:
    """The Python code, and the Designer forms: lupdate reads their strings from the ``.ui``
    files (context: the form's class), not from the compiled modules in ``ui/forms``."""
    code = [p for folder in SOURCES for p in folder.rglob("*.py")] + MESSAGE_SOURCES
    return sorted(str(p) for p in [*code, *FORMS.glob("*.ui")])


def update(target: Path | None = None, language: str = "nb") -> Path:
    target = target or ts_path(language)
    subprocess.run(
        [
            str(TOOLS / "lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(target),
        ],
        check=True,
    )
    return target


def untranslated(path: Path) -> list[tuple[str, str]]:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            plural = message.get("numerus") == "yes"
            empty = translation is None or (
                not (translation.text or "").strip()
                and not any((f.text or "").strip() for f in translation.iter("numerusform"))
            )
            unfinished = translation is not None and translation.get("type") == "unfinished"
            if empty or unfinished or (plural and empty):
                missing.append((name, message.findtext("source", "")))
    return missing


def fill(path: Path, translations: dict[str, str], language: str = "nb") -> int:
    """Apply translations keyed by source text (or by ``"Context|source"``); returns how many."""
    tree = ET.parse(path)
    applied = 0
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            text = translations.get(f"{name}|{source}") or translations.get(source)
            translation = message.find("translation")
            if not text or translation is None or message.get("numerus") == "yes":
                continue
            if translation.get("type") != "unfinished" and (translation.text or "").strip():
                continue
            translation.text = text
            translation.attrib.pop("type", None)
            applied += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', encoding="utf-8"
    )
    update(path, language)  # let lupdate restore its own layout
    return applied


def translated(path: Path) -> dict[str, str]:
    """Finished translations keyed by source text (the first one where a source has several)."""
    found: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            continue
        source = message.findtext("source", "")
        if (translation.text or "").strip():
            found.setdefault(source, translation.text or "")
    return found


def todo(language: str) -> dict[str, str]:
    """Untranslated strings of ``language`` as ``{source: ""}``; for Nynorsk the value is the
    Bokmål translation, the text to start from (replace it with the Nynorsk)."""
    bokmal = translated(ts_path("nb")) if language == "nn" else {}
    return {source: bokmal.get(source, "") for _, source in untranslated(ts_path(language))}


def release() -> None:
    # Our strings, and Qt's own (standard buttons, context menus, file dialog): Qt ships no
    # qtbase_nb, so ours is in resources/translations/qtbase_nb.ts; qtbase_nn.ts holds the same
    # messages taken from Qt's qtbase_nn (the frozen build leaves Qt's translations out).
    qt_own = [TRANSLATIONS / "qtbase_nb.ts", TRANSLATIONS / "qtbase_nn.ts"]
    sources = [ts_path(language) for language in LANGUAGES] + qt_own
    for source in sources:
        subprocess.run(
            [
                str(TOOLS / "lrelease"),
                "-silent",
                str(source),
                "-qm",
                str(source.with_suffix(".qm")),
            ],
            check=True,
        )


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        for language in LANGUAGES:
            update(language=language)
        return 0
    if command == "todo":
        language = argv[1] if len(argv) > 1 else "nb"
        print(json.dumps(todo(language), ensure_ascii=False, indent=1))
        return 0
    if command == "fill":
        language = argv[2] if len(argv) > 2 else "nb"
        entries = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
        print(f"applied {fill(ts_path(language), entries, language)} translations")
        return 0
    if command == "release":
        release()
        return 0
    missing = [
        (language, context, source)
        for language in ("nb", "nn")
        for context, source in untranslated(ts_path(language))
    ]
    for language, context, source in missing:
        print(f"untranslated {language} [{context}] {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
