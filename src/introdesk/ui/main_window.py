"""The main window: navigation on the left, one page at a time, the open database in the
status bar. Thin on purpose: pages do the work, services hold the data."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QRect, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from introdesk.ui import prefs
from introdesk.ui.database_safety import DamagedBanner, UpgradeNeededBanner, restore_action
from introdesk.ui.dialogs.about import show_about
from introdesk.ui.dialogs.open_server import ask_server_url
from introdesk.ui.dialogs.user_guide import UserGuideDialog
from introdesk.ui.pages.base import LoadingPage, Page
from introdesk.ui.stall_probe import probe
from introdesk.ui.tasks import fetch

if TYPE_CHECKING:
    # The pages, their services and the database library load when the pages are built, not
    # with this module: the window shows before the database is open (issue 18, first paint).
    from introdesk.services.container import Services
    from introdesk.ui.dialogs.audit_log import AuditLogDialog

PAGE_NAMES = (
    "participants",
    "plans",
    "attendance",
    "tests",
    "training",
    "reports",
    "settings",
    "benefit",
)
Opener = Callable[[str], "Services"]


class MainWindow(QMainWindow):
    """``services`` None: the window shows at once, every page saying the database is being
    opened, and ``attach`` builds the pages when it is open (``app.gui.run_gui`` opens it in
    the background, issue 18). Until then the actions that need a database are disabled."""

    def __init__(self, services: Services | None, open_database: Opener | None = None) -> None:
        super().__init__()
        self._services = services
        self._open_database = open_database
        self._database_actions: list[QAction] = []
        self._generation = 0  # of the services the pages are built on
        self.setWindowTitle("IntroDesk")
        self.setMinimumSize(720, 480)

        self.navigation = QListWidget(self)
        self.navigation.setObjectName("navigation")
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(240)
        self.stack = QStackedWidget(self)
        self.pages: dict[str, Page] = {}
        self._build_pages()
        self.navigation.currentRowChanged.connect(self._show_row)

        splitter = QSplitter(self)
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([180, 1100])
        splitter.setChildrenCollapsible(False)
        central = QWidget(self)
        self._central_layout = QVBoxLayout(central)
        self._central_layout.setContentsMargins(0, 0, 0, 0)
        self._central_layout.addWidget(splitter)
        self.damaged_banner: DamagedBanner | None = None
        self.upgrade_banner: UpgradeNeededBanner | None = None
        self.setCentralWidget(central)

        self.database_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.database_label)
        self._build_menus()
        self._show_database()
        self._show_damage()
        self._restore_geometry()
        self.navigation.setCurrentRow(0)

    # --- pages ---------------------------------------------------------------------------

    def _page_titles(self) -> dict[str, str]:
        return {
            "participants": self.tr("Participants"),
            "plans": self.tr("Plans"),
            "attendance": self.tr("Attendance"),
            "tests": self.tr("Tests"),
            "training": self.tr("Training"),
            "reports": self.tr("Reports"),
            "settings": self.tr("Settings"),
            "benefit": self.tr("Benefit"),
        }

    @property
    def services(self) -> Services:
        """The open database's services (only once the database is open: ``has_database``)."""
        if self._services is None:
            raise RuntimeError("The database is not open yet")
        return self._services

    @property
    def has_database(self) -> bool:
        return self._services is not None

    def _make_page(self, name: str) -> Page:
        if self._services is None:
            return LoadingPage(self.tr("Opening the database…"), self)
        from introdesk.ui.window_pages import make_page

        return make_page(name, self._services, self, self._page_titles()[name])

    def _build_pages(self) -> None:
        for index, name in enumerate(PAGE_NAMES):
            page = self._make_page(name)
            page.setObjectName(f"page_{name}")
            self.pages[name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(self._page_titles()[name])
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"Ctrl+{index + 1}")
            self.navigation.addItem(item)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        leaving = self.stack.currentWidget()
        if (
            row != self.stack.currentIndex()
            and isinstance(leaving, Page)
            and not leaving.settle_unsaved_changes()
        ):
            # Avbryt (or a failed save): stay on the page, the navigation follows.
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(self.stack.currentIndex())
            self.navigation.blockSignals(False)
            return
        with probe().section(f"page switch: {PAGE_NAMES[row]}"):
            self.stack.setCurrentIndex(row)
            page = self.stack.currentWidget()
            if isinstance(page, Page):
                self._load_shown(page)

    def _load_shown(self, page: Page) -> None:
        """The page on screen follows the participant chosen on the list and loads its data."""
        listing = self.pages.get("participants")
        chosen = listing.chosen_participant_id() if listing is not None else None
        if chosen is not None and page is not listing:
            page.follow_participant(chosen)
        page.reload_in_background()

    def show_page(self, name: str) -> None:
        self.navigation.setCurrentRow(PAGE_NAMES.index(name))

    def current_page_name(self) -> str:
        return PAGE_NAMES[self.stack.currentIndex()]

    # --- menus ---------------------------------------------------------------------------

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        open_file = QAction(self.tr("&Open database file…"), self)
        open_file.setShortcut(QKeySequence.StandardKey.Open)
        open_file.triggered.connect(self._choose_database_file)
        connect = QAction(self.tr("&Connect to database server…"), self)
        connect.triggered.connect(self._choose_server)
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        restore = restore_action(self, lambda: self.services, self.switch_database)
        for action in (open_file, connect, restore):
            file_menu.addAction(action)
        file_menu.addSeparator()
        audit = QAction(self.tr("&Audit log…"), self)
        audit.triggered.connect(self.show_audit_log)
        file_menu.addAction(audit)
        self._database_actions = [open_file, connect, restore, audit]
        self._enable_database_actions()
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for index, (name, title) in enumerate(self._page_titles().items()):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(lambda _=False, n=name: self.show_page(n))
            go_menu.addAction(action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        guide = QAction(self.tr("&User guide and shortcuts"), self)
        guide.setShortcut(QKeySequence(Qt.Key.Key_F1))
        guide.triggered.connect(self.show_user_guide)
        help_menu.addAction(guide)
        about = QAction(self.tr("&About IntroDesk"), self)
        about.triggered.connect(lambda: show_about(self, self._database_display()))
        help_menu.addAction(about)

    def _enable_database_actions(self) -> None:
        """Opening another database, restoring and the audit log wait for the first database."""
        open_file, connect, restore, audit = self._database_actions
        for action in (open_file, connect, restore):
            action.setEnabled(self._open_database is not None and self.has_database)
        audit.setEnabled(self.has_database)

    def _database_display(self) -> str:
        if self._services is None:
            return self.tr("Opening the database…")
        return self._services.database_display

    def show_audit_log(self) -> AuditLogDialog:
        """Who changed what (team leaders and administrators; others are told why not)."""
        from introdesk.ui.dialogs.audit_log import AuditLogDialog

        dialog = AuditLogDialog(self.services.audit_log, self)
        dialog.setModal(False)
        dialog.show()
        return dialog

    def _choose_database_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database file"),
            "",
            self.tr("IntroDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"),
        )
        if path:
            self.switch_database(path)

    def _choose_server(self) -> None:
        url = ask_server_url(self)
        if url:
            self.switch_database(url)

    def switch_database(self, spec: str) -> bool:
        """Open another database; on failure the current one stays open and nothing changes."""
        if self._open_database is None:
            return False
        opener = self._open_database
        if not self.settle_unsaved_changes():
            return False
        services = fetch(self, lambda: opener(spec))
        if services is None:
            return False
        old = self.services
        current = self._install(services)
        old.close()
        self.show_page(current)
        return True

    def attach(self, services: Services) -> None:
        """The database opened in the background: the page on screen is built on it first,
        the others one per turn of the event loop (the window never stops for all eight)."""
        self._services = services
        self._generation += 1
        self._show_database()
        self._show_damage()
        self._enable_database_actions()
        current = self.current_page_name()
        self._build_in_place(current)
        self._build_later([name for name in PAGE_NAMES if name != current], self._generation)

    def _build_later(self, names: list[str], generation: int) -> None:
        def build_next() -> None:
            if generation == self._generation:  # not if another database came meanwhile
                self._build_in_place(names[0])
                self._build_later(names[1:], generation)

        if names:
            QTimer.singleShot(0, self, build_next)

    def _build_in_place(self, name: str) -> None:
        """The page ``name`` built on the services, in the place of its loading page; shown and
        loaded if it is the one on screen."""
        index = PAGE_NAMES.index(name)
        on_screen = self.stack.currentIndex() == index
        waiting = self.stack.widget(index)
        page = self._make_page(name)
        page.setObjectName(f"page_{name}")
        self.pages[name] = page
        self.stack.insertWidget(index, page)
        if waiting is not None:
            self.stack.removeWidget(waiting)
            waiting.deleteLater()
        if on_screen:
            self.stack.setCurrentIndex(index)
            self._load_shown(page)

    def _install(self, services: Services) -> str:
        """Rebuild every page on ``services``; the name of the page that was shown."""
        self._services = services
        self._generation += 1
        current = self.current_page_name()
        while self.stack.count():
            widget = self.stack.widget(0)
            if widget is None:
                break
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self.navigation.blockSignals(True)
        self.navigation.clear()
        self.navigation.blockSignals(False)
        self.pages.clear()
        self._build_pages()
        self._show_database()
        self._show_damage()
        self._enable_database_actions()
        return current

    def _show_database(self) -> None:
        if self._services is None:
            self.database_label.setText(self.tr("Opening the database…"))
            return
        text = self.tr("Database: %1").replace("%1", self.services.database_display)
        # Which mode the program is in (brief issue 16): on one PC roles are not enforced.
        login = self.services.server_login
        if login is None:
            mode = self.tr("one PC: roles are not enforced")
        else:
            mode = self.tr("shared server, signed in as %1").replace("%1", login)
            if self.services.database.hidden_columns():  # payroll (brief issue 16)
                mode += "; " + self.tr("health details and case notes are not shown to your role")
        self.database_label.setText(f"{text} ({mode})")
        self.database_label.setToolTip(text)

    def _show_damage(self) -> None:
        """A database open read-only says so above the pages: a damaged one offers a backup,
        an older server schema waits for an administrator's upgrade (brief issue 16)."""
        for banner in (self.damaged_banner, self.upgrade_banner):
            if banner is not None:
                self._central_layout.removeWidget(banner)
                banner.deleteLater()
        self.damaged_banner = None
        self.upgrade_banner = None
        if self._services is None:
            return
        database = self._services.database
        if database.upgrade_needed:
            self.upgrade_banner = UpgradeNeededBanner(database.upgrade_needed, self)
            self._central_layout.insertWidget(0, self.upgrade_banner)
        elif database.read_only:
            self.damaged_banner = DamagedBanner(self.services, self.switch_database, self)
            self._central_layout.insertWidget(0, self.damaged_banner)

    # --- geometry ------------------------------------------------------------------------

    def show_user_guide(self) -> UserGuideDialog:
        dialog = UserGuideDialog(self)
        dialog.show()
        return dialog

    def _restore_geometry(self) -> None:
        geometry = prefs.user_settings().value("window/geometry")
        if isinstance(geometry, QByteArray) and self.restoreGeometry(geometry):
            return
        self.setGeometry(first_start_geometry(self.screen().availableGeometry()))

    def settle_unsaved_changes(self) -> bool:
        """Every page with unsaved input asks Lagre / Forkast / Avbryt; False: stay open."""
        for name in PAGE_NAMES:
            page = self.pages.get(name)
            if page is not None and page.has_unsaved_changes():
                # Let the user see what the question is about (no reload, no second ask).
                self.navigation.blockSignals(True)
                self.navigation.setCurrentRow(PAGE_NAMES.index(name))
                self.navigation.blockSignals(False)
                self.stack.setCurrentIndex(PAGE_NAMES.index(name))
                if not page.settle_unsaved_changes():
                    return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if not self.settle_unsaved_changes():
            event.ignore()
            return
        settings = prefs.user_settings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.sync()
        super().closeEvent(event)


def page_widget(window: MainWindow, name: str) -> QWidget:
    return window.pages[name]


def first_start_geometry(available: QRect) -> QRect:
    """Where the window opens the first time: most of the screen's free area (frame and task
    bar included), at most 1440 × 900, centred; never larger than the screen."""
    width = min(1440, int(available.width() * 0.92))
    height = min(900, int(available.height() * 0.9))
    area = QRect(0, 0, width, height)
    area.moveCenter(available.center())
    return area
