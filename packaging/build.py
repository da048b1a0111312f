"""Build the frozen one-folder program into ``dist/IntroDesk/``.

    uv run python packaging/build.py

Steps: check that the environment matches ``uv.lock`` (PyInstaller comes from the lock's
``packaging`` group), compile the Designer forms and the translations, run PyInstaller on
``packaging/introdesk.spec`` for the platform this runs on, and check that both programs
(``IntroDesk`` for the window, ``introdesk-cli`` for the command line) landed in the same
folder. Prints the folder's size.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "introdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
FOLDER = DIST / "IntroDesk"
PROGRAMS = ("IntroDesk", "introdesk-cli")


def program_path(folder: Path, name: str) -> Path:
    return folder / (f"{name}.exe" if sys.platform == "win32" else name)


def check_locked_environment() -> None:
    """Refuse to freeze an environment that drifted from uv.lock (when uv is at hand)."""
    uv = shutil.which("uv")
    if uv is None:
        print("uv not found: cannot check the environment against uv.lock", file=sys.stderr)
        return
    done = subprocess.run(
        [uv, "sync", "--locked", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    if done.returncode != 0:
        sys.exit(
            "The environment does not match uv.lock; run `uv sync --locked` first.\n"
            + done.stderr.strip()
        )


def compile_forms() -> None:
    subprocess.run([sys.executable, str(ROOT / "packaging" / "forms.py"), "compile"], check=True)


def compile_translations() -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "translations.py"), "release"], check=True
    )


def freeze() -> None:
    import PyInstaller.__main__

    PyInstaller.__main__.run(
        [
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
        ]
    )


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--skip-lock-check", action="store_true", help="do not compare the environment to uv.lock"
    )
    args = parser.parse_args(argv)
    started = time.monotonic()
    if not args.skip_lock_check:
        check_locked_environment()
    compile_forms()
    compile_translations()
    freeze()
    missing = [name for name in PROGRAMS if not program_path(FOLDER, name).is_file()]
    if missing:
        print(f"The build did not produce {', '.join(missing)} in {FOLDER}", file=sys.stderr)
        return 1
    size_mb = folder_size(FOLDER) / 1_000_000
    print(f"Built {FOLDER} ({size_mb:.0f} MB) in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
