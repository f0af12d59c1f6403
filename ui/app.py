"""Starting the interface: the application object, language, error hook, the first database.

The start is kept short: this module imports nothing that needs SQLAlchemy, so
the check of the database file (SQLite's own work, on a thread) runs while the
register's code and the window are still being loaded. What the first view does
not need waits until it is filled: the garbage collector, and the day's backup
(taken on a thread).
"""

from __future__ import annotations

import gc
import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app.early_check import begin_check
from app.errors import DatabaseDamaged, DatabaseRefused
from app.i18n import DEFAULT_LANGUAGE, chosen_for_run, language_for_window
from app.resource_paths import icons_dir
from app.server_connections import is_server_url
from ui import qt_settings
from ui.errors import install_exception_hook, show_refusal
from ui.interrupt import InterruptCloser
from ui.translations import apply_language

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.main_window import MainWindow

APP_NAME = "Vänort"
AFTER_FIRST_VIEW_LATEST_MS = 10_000
"""What waits for the first view (the collector, the day's backup) begins by then anyway."""
ORGANISATION = "Vanort"


def application() -> QApplication:
    """The QApplication, made once with the program's name and style."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    # Fusion looks the same on every system, so the screenshots and the manual match.
    app.setStyle("Fusion")
    icon = icons_dir() / "vanort.png"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def start_database(database: str | None) -> Workspace | None:
    """The database to start on: the one given, else the last one used, else ask.

    A refused database is explained and the user chooses another; None means
    the user quit without opening one. The day's backup is not taken here: see
    :func:`back_up_now`, which ``run`` calls once the first view is filled.
    """
    from app.workspace import Workspace
    from ui.dialogs.damaged_database import offer_repair, warn_if_open_elsewhere
    from ui.dialogs.synced_folder import offer_to_move_if_synced

    for candidate in _candidates(database):
        if is_server_url(candidate):
            # A remembered server: its kept password, or the dialog asks (and asks again).
            from ui.dialogs.connect_server import connect_to_server

            resume_collection()  # a dialog may wait, and connecting is work of its own
            server = connect_to_server(None, candidate)
            if server is not None:
                return server
            continue
        try:
            workspace = Workspace.open_in_window(candidate, daily_backup=False)
        except DatabaseDamaged as error:
            resume_collection()  # a repair reads the whole file
            repaired = offer_repair(None, error)
            if repaired is not None:
                return repaired
            continue
        except DatabaseRefused as error:
            show_refusal(None, error)
            continue
        warn_if_open_elsewhere(None, workspace)
        return offer_to_move_if_synced(None, workspace)
    resume_collection()  # the first start may build the demo register
    # Imported only for a first start: it brings the register's code (the home town).
    from ui.dialogs.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    if dialog.exec() == FirstStartDialog.DialogCode.Accepted:
        return dialog.workspace
    return None


def _candidates(database: str | None) -> list[str]:
    """The databases to try at start, in order: the one given, else the last one used."""
    candidate = database or qt_settings.last_database()
    return [candidate] if candidate else []


def check_early(database: str | None) -> None:
    """Begin the check of the database the window will open, before the slow imports."""
    for candidate in _candidates(database):
        begin_check(candidate)


def resume_collection() -> None:
    """Garbage collection on again after the start (``vanort`` turns it off to start).

    What the start made (Qt's bindings, the register's code, the window) lives
    as long as the program: ``gc.freeze`` sets it aside, so later collections
    walk only what the work makes and never pause the window for the rest.
    """
    if not gc.isenabled():
        gc.freeze()
        gc.enable()


def when_first_view_filled(window: MainWindow, then: Callable[[], None]) -> None:
    """Run ``then`` once the window's first view is filled, on the GUI thread, once.

    The start page's reading thread loads SQLAlchemy, the models and the reading
    code and reads the register while the window is already on screen; what the
    first view does not need waits for it rather than competing with it. A read
    that fails (or never ends) lets ``then`` run after ``AFTER_FIRST_VIEW_LATEST_MS``.
    """
    from ui.overview.page import OverviewPage  # loaded with the window already

    first = window.current_page()
    if not isinstance(first, OverviewPage) or first.is_filled():
        QTimer.singleShot(0, then)  # once the window is on screen
        return
    done = False

    def once() -> None:
        nonlocal done
        if not done:
            done = True
            then()

    first.filled.connect(once)
    QTimer.singleShot(AFTER_FIRST_VIEW_LATEST_MS, once)


def back_up_now(workspace: Workspace, backups: list[threading.Thread]) -> None:
    """The day's backup of ``workspace`` begun on a thread now (into ``backups``)."""
    path = workspace.path
    if path is None or workspace.read_only:
        return
    from app.register import start_daily_backup

    backups.append(start_daily_backup(path))


def run(database: str | None = None) -> int:
    """Open the program's window on ``database`` (or the last one, or a first start).

    Returns the exit status: 0 after a normal quit, 1 when no database was opened.
    """
    app = application()
    check_early(database)
    # The first-start dialog and any refusal speak the language asked for on the command
    # line, else Swedish until a database says otherwise.
    apply_language(chosen_for_run() or DEFAULT_LANGUAGE)
    from ui.main_window import MainWindow

    window: MainWindow | None = None
    install_exception_hook(lambda: window)

    def close_on_ctrl_c() -> None:
        # The window asks about unsaved edits as its close button does; before it
        # exists, Ctrl+C cancels the first-start or refusal dialog on screen.
        if window is not None:
            window.close()
            return
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog):
            dialog.reject()

    interrupt = InterruptCloser(close_on_ctrl_c, app)
    workspace = start_database(database)
    if workspace is None:
        interrupt.uninstall()
        return 1 if database else 0
    # Read without the models (app.workspace.Workspace.name_and_language), so the
    # window is up before SQLAlchemy is loaded, by its first reading thread.
    apply_language(language_for_window(workspace.name_and_language().language))
    if workspace.remembered_as is not None:
        qt_settings.remember_database(workspace.remembered_as)  # never with a password
    window = MainWindow(workspace)
    window.show()
    backups: list[threading.Thread] = []

    def after_first_view() -> None:
        # The collector would walk the start's objects again and again for nothing, and
        # the day's backup reads the whole file: neither is needed for the first view.
        resume_collection()
        back_up_now(workspace, backups)

    when_first_view_filled(window, after_first_view)
    status = app.exec()
    interrupt.uninstall()
    for backup in backups:
        backup.join()
    window.workspace.close()
    return int(status)
