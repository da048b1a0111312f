"""Time from process start to the main window's first paint (issue 18, "first paint <= 5x").

    python benchmarks/first_paint.py bare
    python benchmarks/first_paint.py introdesk [--basedir DIR] --database FILE

Both ways are timed by the same code: an event filter on the application notes the first
``QEvent.Paint`` of a top-level ``QMainWindow``; once that paint is done (the next turn of the
event loop) the process prints the seconds since it started and ends at once (``os._exit``: what
comes after the first paint is not measured here). The start is the ``time.monotonic()`` the
launching process passes in ``FIRST_PAINT_START`` just before starting this one (system-wide
clock on Linux), else the process's start time from ``/proc/self/stat`` (10 ms steps).

- ``bare``, the yardstick: a bare PySide6 script filling a 5 000 x 8 table in a main window
  (the same table as the ``window`` row's yardstick in ``bench_commands.py``) and showing it.
- ``introdesk``: the program as ``introdesk`` starts it with no command (the window), with the
  filter installed on the ``QApplication`` that the program then reuses. No hook in the program.
"""

from __future__ import annotations

import os
import sys
import time

START_ENV = "FIRST_PAINT_START"


def started_at() -> float:
    """The process's start on the ``time.monotonic()`` clock."""
    given = os.environ.get(START_ENV)
    if given:
        return float(given)
    with open("/proc/self/stat", encoding="ascii") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    # Field 22 (starttime) counts clock ticks since boot; CLOCK_BOOTTIME is the same clock.
    since_boot = int(fields[19]) / ticks
    return time.monotonic() - (time.clock_gettime(time.CLOCK_BOOTTIME) - since_boot)


def install_first_paint_probe(start: float) -> object:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)
                and watched.isWindow()
            ):
                self.seen = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            print(f"first paint {time.monotonic() - start:.4f}", flush=True)
            os._exit(0)

    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    probe = FirstPaint()
    app.installEventFilter(probe)
    return probe


def bare() -> int:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QApplication, QMainWindow, QTableView

    app = QApplication(sys.argv[:1])
    probe = install_first_paint_probe(started_at())
    window = QMainWindow()
    model = QStandardItemModel(0, 8)
    for row in range(5000):
        model.appendRow([QStandardItem(f"Navn {row} {column}") for column in range(8)])
    table = QTableView()
    table.setModel(model)
    window.setCentralWidget(table)
    window.resize(1280, 800)
    window.show()
    app.exec()
    del probe
    return 1  # the probe ends the process at the first paint


def introdesk(argv: list[str]) -> int:
    start = started_at()
    from PySide6.QtWidgets import QApplication

    QApplication(sys.argv[:1])  # the program's create_application reuses it
    probe = install_first_paint_probe(start)
    from introdesk.__main__ import main

    main(argv)
    del probe
    return 1  # the window closed (or failed to open) before it was painted


if __name__ == "__main__":
    if sys.argv[1:2] == ["bare"]:
        sys.exit(bare())
    if sys.argv[1:2] == ["introdesk"]:
        sys.exit(introdesk(sys.argv[2:]))
    raise SystemExit(__doc__)
