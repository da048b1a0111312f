"""What every page offers the main window."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from introdesk.ui.tasks import Task, attempt, runner
from introdesk.ui.unsaved import settle_unsaved


@dataclass(frozen=True)
class BackgroundLoad:
    """A page's reload split in two: ``query`` reads the database in a worker thread (no
    widgets), ``show`` puts its result on screen in the GUI thread."""

    query: Callable[[], Any]
    show: Callable[[Any], None]


class Page(QWidget):
    """A page of the main window. ``refresh`` reloads its data from the services."""

    def refresh(self) -> None:
        """Reload from the database (called when the page is shown or data changed)."""

    def chosen_participant_id(self) -> int | None:
        """The participant chosen on this page, for the other pages to follow (the list's)."""
        return None

    def follow_participant(self, participant_id: int) -> None:
        """The participant chosen on the participants list, told before the page is shown
        (pages about one participant at a time show that one; the rest ignore it)."""

    # --- unsaved changes (brief issue 15, item 1) ------------------------------------------

    def has_unsaved_changes(self) -> bool:
        """True while the page holds input that is not in the database yet."""
        return False

    def save_changes(self) -> bool:
        """Save the unsaved input; False when that failed (the error was shown, input kept)."""
        return True

    def discard_changes(self) -> None:
        """Throw the unsaved input away."""

    def settle_unsaved_changes(self) -> bool:
        """Before leaving the page or closing: Lagre / Forkast / Avbryt. True: go on."""
        return settle_unsaved(
            self,
            has_changes=self.has_unsaved_changes(),
            save=self.save_changes,
            discard=self.discard_changes,
        )

    def background_load(self) -> BackgroundLoad | None:
        """How the window reloads this page without freezing; None: ``refresh`` is quick."""
        return None

    def reload_in_background(self) -> None:
        """Reload without blocking the window (``refresh`` on the GUI thread if not split)."""
        load = self.background_load()
        if load is None:
            attempt(self, self.refresh)
            return
        # Quick switching can have two loads under way: only the newest is shown.
        self._load_generation = getattr(self, "_load_generation", 0) + 1
        generation = self._load_generation

        def show_if_newest(result: object) -> None:
            if self._load_generation == generation:
                load.show(result)

        Task(self, lambda _control: load.query()).on_success(show_if_newest).run()

    def reload_when_changed(self, *kinds: str) -> None:
        """Reload (in the background) whenever a task reports a change of one of ``kinds``."""
        self._watched_kinds = frozenset(kinds)
        runner().data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, kind: str) -> None:
        if kind in self._watched_kinds:
            self.reload_in_background()


class PlaceholderPage(Page):
    """A page whose feature is not built yet says so plainly instead of pretending."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        heading = QLabel(f"<h2>{title}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)


class LoadingPage(Page):
    """What every page shows while the database is being opened (the window is up first)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.message = QLabel(text, self)
        self.message.setObjectName("loadingMessage")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.message)
