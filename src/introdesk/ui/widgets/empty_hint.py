"""A hint over an empty list saying what to do first (issue 17: on a new database every page
was blank and gave no clue where to begin).

The hint sits in the list's viewport, centred near the top, and is shown only while
``is_empty`` says there is nothing to list at all: a search that hides every row is not an
empty database, so pages pass a test on their unfiltered data, not on the rows shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

MARGIN = 24
MAX_WIDTH = 560


class EmptyHint(QLabel):
    def __init__(
        self,
        view: QAbstractItemView,
        text: str,
        is_empty: Callable[[], bool],
        source: QAbstractItemModel | None = None,
    ) -> None:
        super().__init__(text, view.viewport())
        self.setObjectName("emptyHint")
        self._view = view
        self._is_empty = is_empty
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #5f6368; font-size: 11pt;")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        view.viewport().installEventFilter(self)
        for model in {view.model(), source or view.model()}:
            for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
                signal.connect(self.update_visibility)
            model.layoutChanged.connect(self.update_visibility)
        self.update_visibility()

    def update_visibility(self, *_args: object) -> None:
        self.setVisible(self._is_empty())
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False

    def _place(self) -> None:
        viewport = self._view.viewport()
        width = max(120, min(MAX_WIDTH, viewport.width() - 2 * MARGIN))
        self.setFixedWidth(width)
        self.setFixedHeight(self.heightForWidth(width))
        self.move((viewport.width() - width) // 2, MARGIN)
