"""Measure the frozen folder: its size (raw and compressed) and how fast ``--version`` starts.

    uv run python packaging/measure.py [--runs 21] [--no-size]

Startup: the frozen ``introdesk-cli --version`` and the unfrozen one (the project's installed
``introdesk`` command, the same Python without uv in between) run alternately, so both see the
same machine load; the medians and the fastest runs are printed. The figures go into
docs/performance.md ("Frozen build"); this is not run in CI. Linux and macOS only (CPU
times come from ``resource``).
"""

from __future__ import annotations

import argparse
import resource
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "dist" / "IntroDesk"
SUFFIX = ".exe" if sys.platform == "win32" else ""
VENV_BIN = ROOT / ".venv" / ("Scripts" if sys.platform == "win32" else "bin")


def raw_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def compressed_size(folder: Path) -> int:
    """Size of a gzip-compressed tar of the folder (the default level, as ``tar czf``)."""
    with tempfile.TemporaryDirectory() as scratch:
        archive = Path(scratch) / "IntroDesk.tar.gz"
        with tarfile.open(archive, "w:gz") as tar:
            tar.add(folder, arcname=folder.name)
        return archive.stat().st_size


def elapsed(command: list[str]) -> tuple[float, float]:
    """Wall-clock and CPU (user + system) seconds of one run. On a busy machine the CPU time is
    the steadier figure; both are reported."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def start_times(runs: int) -> dict[str, list[tuple[float, float]]]:
    commands = {
        "frozen": [str(FOLDER / f"introdesk-cli{SUFFIX}"), "--version"],
        "unfrozen": [str(VENV_BIN / f"introdesk{SUFFIX}"), "--version"],
    }
    for command in commands.values():  # warm the file cache
        elapsed(command)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            times[name].append(elapsed(command))
    return times


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--no-size", action="store_true", help="only the start times")
    args = parser.parse_args(argv)
    if not args.no_size:
        print(f"raw size:        {raw_size(FOLDER) / 1e6:.0f} MB")
        print(f"tar.gz size:     {compressed_size(FOLDER) / 1e6:.0f} MB")
    times = start_times(args.runs)
    medians = {}
    for name, values in times.items():
        walls, cpus = [v[0] for v in values], [v[1] for v in values]
        medians[name] = (statistics.median(walls), statistics.median(cpus))
        print(
            f"{name:9s} --version: wall median {medians[name][0]:.3f} s "
            f"(fastest {min(walls):.3f} s), CPU median {medians[name][1]:.3f} s "
            f"({args.runs} runs)"
        )
    wall_ratio = medians["frozen"][0] / medians["unfrozen"][0]
    cpu_ratio = medians["frozen"][1] / medians["unfrozen"][1]
    print(f"frozen / unfrozen (medians): wall {wall_ratio:.2f}, CPU {cpu_ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
