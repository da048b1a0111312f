"""Smoke test of the frozen program: does the folder from ``packaging/build.py`` work on its own?

    uv run python packaging/smoke_test.py [--folder dist/IntroDesk]

The frozen folder is copied to a temporary place (as an installer would put it), and run from a
temporary working folder with a clean ``--basedir`` and an environment without the project's
virtual environment, so every resource (fonts, rule tables, catalogues, translations, Alembic
migrations) has to come from the frozen folder. It runs the command line through a user's first
steps and lets the window program render a page, then checks that each output is real: the PDF
has pages and embedded fonts (``pdffonts``), the workbook opens, the backup is a sound database,
the screenshot is a picture of the right size. Exit code 0 when all is well, 1 otherwise.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
SCREENSHOT_SIZE = (1280, 800)
ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff]")
# Variables that could let the frozen program find the source checkout or another database.
LEAKY_VARIABLES = (
    "PYTHONPATH",
    "PYTHONHOME",
    "VIRTUAL_ENV",
    "INTRODESK_BASEDIR",
    "INTRODESK_DATABASE_URL",
)


class SmokeTestError(Exception):
    """A step of the smoke test went wrong; the message says which and why."""


def expected_version() -> str:
    from introdesk import __version__

    return __version__


def clean_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in LEAKY_VARIABLES}
    venv_bin = str(ROOT / ".venv" / ("Scripts" if sys.platform == "win32" else "bin"))
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep) if p != venv_bin)
    env["QT_QPA_PLATFORM"] = "offscreen"
    return env


class FrozenProgram:
    def __init__(self, folder: Path, workdir: Path) -> None:
        self.folder = folder
        self.workdir = workdir
        self.basedir = workdir / "base"
        self.env = clean_environment()

    def run(self, program: str, *args: str, basedir: bool = True) -> str:
        command = [str(self.folder / f"{program}{EXE_SUFFIX}")]
        if basedir:
            command += ["--basedir", str(self.basedir)]
        command += list(args)
        started = time.monotonic()
        done = subprocess.run(
            command, cwd=self.workdir, env=self.env, capture_output=True, text=True, check=False
        )
        elapsed = time.monotonic() - started
        shown = " ".join([program, *args])
        print(f"  {shown}  ({elapsed:.1f} s, exit {done.returncode})")
        if done.returncode != 0:
            raise SmokeTestError(
                f"{shown} exited with {done.returncode}\n{done.stdout}\n{done.stderr}".rstrip()
            )
        return done.stdout

    def cli(self, *args: str, basedir: bool = True) -> str:
        return self.run("introdesk-cli", *args, basedir=basedir)


def tool_output(*command: str) -> str:
    if shutil.which(command[0]) is None:
        raise SmokeTestError(f"{command[0]} not found: install poppler-utils to check the PDF")
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def check_pdf(path: Path) -> None:
    if not path.is_file() or not path.read_bytes().startswith(b"%PDF-"):
        raise SmokeTestError(f"{path.name} is not a PDF")
    pages = re.search(r"^Pages:\s+(\d+)", tool_output("pdfinfo", str(path)), re.MULTILINE)
    if not pages or int(pages.group(1)) < 1:
        raise SmokeTestError(f"{path.name} has no pages")
    fonts = tool_output("pdffonts", str(path)).splitlines()[2:]
    if not fonts:
        raise SmokeTestError(f"{path.name} uses no fonts")
    not_embedded = [line.split()[0] for line in fonts if line.split()[-5] != "yes"]
    if not_embedded:
        raise SmokeTestError(f"{path.name}: fonts not embedded: {', '.join(not_embedded)}")
    if not any("NotoSansArabic" in line for line in fonts):
        raise SmokeTestError(f"{path.name}: the bundled Arabic font was not used")
    if not ARABIC.search(tool_output("pdftotext", str(path), "-")):
        raise SmokeTestError(f"{path.name}: no Arabic text in the Arabic plan")
    print(f"    {pages.group(1)} pages, {len(fonts)} embedded fonts, Arabic text present")


def check_workbook(path: Path) -> None:
    from openpyxl import load_workbook

    workbook = load_workbook(path, read_only=True)
    rows = sum(sheet.max_row or 0 for sheet in workbook.worksheets)
    workbook.close()
    if rows < 2:
        raise SmokeTestError(f"{path.name} has no data rows")
    print(f"    workbook opens: {len(workbook.sheetnames)} sheets, {rows} rows")


def check_database(path: Path) -> None:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        sound = connection.execute("PRAGMA integrity_check").fetchone()[0]
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        people = connection.execute("SELECT count(*) FROM participants").fetchone()[0]
    connection.close()
    if sound != "ok" or revision is None or people < 1:
        raise SmokeTestError(f"{path.name}: integrity {sound}, schema {revision}, {people} people")
    print(f"    backup sound, schema {revision[0]}, {people} participants")


def check_png(path: Path) -> None:
    data = path.read_bytes() if path.is_file() else b""
    if not data.startswith(b"\x89PNG\r\n\x1a\n") or len(data) < 10_000:
        raise SmokeTestError(f"{path.name} is not a real picture ({len(data)} bytes)")
    width, height = struct.unpack(">II", data[16:24])
    if (width, height) != SCREENSHOT_SIZE:
        raise SmokeTestError(f"{path.name} is {width}x{height}, not {SCREENSHOT_SIZE}")
    print(f"    {width}x{height} PNG, {len(data) // 1000} kB")


def previous_month() -> str:
    """The payroll month: the one before today (the demo registers the last 8 weeks)."""
    pinned = os.environ.get("INTRODESK_TODAY")
    today = date.fromisoformat(pinned) if pinned else date.today()  # noqa: DTZ011 - local day
    year, month = (today.year, today.month - 1) if today.month > 1 else (today.year - 1, 12)
    return f"{year:04d}-{month:02d}"


def smoke(program: FrozenProgram) -> None:
    version = program.cli("--version", basedir=False).strip()
    if version != f"introdesk {expected_version()}":
        raise SmokeTestError(f"--version says {version!r}, the source {expected_version()!r}")
    program.cli("db", "upgrade")
    program.cli("demo", "--participants", "20")
    plans = json.loads(program.cli("plans", "list", "--format", "json"))
    with_plan = [p["participant_id"] for p in plans if p["plan_status"] != "none"]
    if not with_plan:
        raise SmokeTestError("the demo made no plans")
    pdf = program.workdir / "plan-ar.pdf"
    program.cli("plans", "pdf", str(with_plan[0]), "--language", "ar", "--out", str(pdf))
    check_pdf(pdf)
    payroll = program.workdir / "payroll.xlsx"
    program.cli("reports", "payroll", "--month", previous_month(), "--out", str(payroll))
    check_workbook(payroll)
    backup = program.workdir / "backup.sqlite3"
    program.cli("db", "backup", "--out", str(backup))
    check_database(backup)
    png = program.workdir / "plans.png"
    size = "x".join(map(str, SCREENSHOT_SIZE))
    program.run("IntroDesk", "screenshot", "--page", "plans", "--size", size, "--out", str(png))
    check_png(png)
    # Nynorsk too: its .qm (ours and Qt's qtbase_nn, which the build does not take from Qt).
    nynorsk = program.workdir / "plans-nn.png"
    program.run(
        "IntroDesk", "--language", "nn", "screenshot", "--page", "plans", "--size", size,
        "--out", str(nynorsk),
    )  # fmt: skip
    check_png(nynorsk)
    # The shipped .qm was used: a missing one would have been compiled into the data folder.
    if (program.basedir / "data" / "translations").exists():
        raise SmokeTestError("the compiled translations were not found in the frozen folder")


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folder", type=Path, default=ROOT / "dist" / "IntroDesk")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    if not (args.folder / f"introdesk-cli{EXE_SUFFIX}").is_file():
        print(f"No frozen program in {args.folder}; run packaging/build.py", file=sys.stderr)
        return 1
    workdir = Path(tempfile.mkdtemp(prefix="introdesk-smoke-"))
    started = time.monotonic()
    try:
        installed = workdir / "IntroDesk"
        shutil.copytree(args.folder, installed, symlinks=True)
        print(f"Smoke test of the frozen program copied to {installed}")
        smoke(FrozenProgram(installed, workdir))
    except SmokeTestError as failure:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
        return 1
    finally:
        if args.keep:
            print(f"Kept {workdir}")
        else:
            shutil.rmtree(workdir, ignore_errors=True)
    print(f"Smoke test passed in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
