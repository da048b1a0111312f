"""Compile the Qt Designer forms (``forms/*.ui``) into Python modules
(``src/introdesk/ui/forms/<name>.py``, class ``Ui_<Class>``).

    uv run python packaging/forms.py compile   # after changing a .ui file
    uv run python packaging/forms.py check     # list compiled forms that are out of date (exit 1)

The compiled modules are committed, so ``uv run introdesk`` works on a fresh clone without a
build step; ``tests/ui/test_forms.py`` fails when one differs from what the locked PySide6's
``uic`` makes of its ``.ui`` today, and the packaging build (``packaging/build.py``) compiles
them again before freezing. The strings in the forms are translated from the ``.ui`` files
(``packaging/translations.py`` gives them to lupdate), with the form's class as the context.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
COMPILED = ROOT / "src" / "introdesk" / "ui" / "forms"


def uic_program() -> Path:
    """Qt's uic as PySide6 ships it (what ``pyside6-uic`` runs)."""
    pyside = Path(PySide6.__file__).resolve().parent
    if sys.platform == "win32":
        return pyside / "uic.exe"
    return pyside / "Qt" / "libexec" / "uic"


def form_files() -> list[Path]:
    return sorted(FORMS.glob("*.ui"))


def compiled_path(form: Path, folder: Path = COMPILED) -> Path:
    return folder / f"{form.stem}.py"


def compile_form(form: Path, target: Path) -> None:
    subprocess.run(
        [str(uic_program()), "-g", "python", str(form), "-o", str(target)],
        check=True,
        cwd=FORMS,
    )


def compile_all() -> list[Path]:
    written = []
    for form in form_files():
        target = compiled_path(form)
        compile_form(form, target)
        written.append(target)
    return written


def out_of_date() -> list[str]:
    """The forms whose committed module differs from a fresh compile (or is missing)."""
    stale = []
    with tempfile.TemporaryDirectory() as folder:
        for form in form_files():
            fresh = compiled_path(form, Path(folder))
            compile_form(form, fresh)
            committed = compiled_path(form)
            if not committed.exists() or committed.read_bytes() != fresh.read_bytes():
                stale.append(form.name)
    return stale


def main(argv: list[str]) -> int:
    command = argv[0] if argv else ""
    if command == "compile":
        for path in compile_all():
            print(path.relative_to(ROOT))
        return 0
    if command == "check":
        stale = out_of_date()
        for name in stale:
            print(f"{name}: compiled form out of date (run packaging/forms.py compile)")
        return 1 if stale else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
