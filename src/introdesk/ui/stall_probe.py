"""How long the GUI thread stays busy (issue 18, "no freeze").

Two measurements:

- ``section(label)`` times one piece of GUI-thread work, such as a page switch. Every section
  is kept (label and milliseconds, the last 200) and one longer than ``SLOW_MS`` is logged, so a
  slow page shows up in the log with its name. The main window wraps each page switch in it.
- ``StallWatch`` ticks a timer every few milliseconds and keeps the longest gap between ticks:
  the longest time the event loop could not run, whatever caused it. The benchmark
  ``benchmarks/bench_ui_stall.py`` runs it while the window starts, visits every page and
  exports a report.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer

log = logging.getLogger(__name__)

SLOW_MS = 100.0  # the goal of issue 18: no stall of the window longer than this


@dataclass(frozen=True)
class Section:
    label: str
    milliseconds: float


class StallProbe:
    def __init__(self) -> None:
        self.sections: deque[Section] = deque(maxlen=200)

    @contextmanager
    def section(self, label: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            spent = (time.perf_counter() - started) * 1000
            self.sections.append(Section(label, spent))
            if spent > SLOW_MS:
                log.warning("Slow on the GUI thread: %s took %.0f ms", label, spent)

    def longest(self, prefix: str = "") -> Section | None:
        chosen = [s for s in self.sections if s.label.startswith(prefix)]
        return max(chosen, key=lambda s: s.milliseconds, default=None)


_probe = StallProbe()


def probe() -> StallProbe:
    return _probe


class StallWatch(QObject):
    """The longest gap between timer ticks while running: the event loop's longest stall."""

    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._interval = interval_ms
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.longest_ms = 0.0

    def start(self) -> None:
        self.longest_ms = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()
        self._timer.stop()
        return self.longest_ms

    def _tick(self) -> None:
        now = time.perf_counter()
        gap = (now - self._last) * 1000 - self._interval
        self.longest_ms = max(self.longest_ms, gap)
        self._last = now
