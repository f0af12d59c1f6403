"""Starting the interface: the application object, language, error hook, the first database."""

from __future__ import annotations

import sys

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog

from app.errors import DatabaseDamaged, DatabaseRefused
from app.i18n import DEFAULT_LANGUAGE, chosen_for_run, language_for_window
from app.resource_paths import icons_dir
from app.server_connections import is_server_url
from app.workspace import Workspace
from ui import qt_settings
from ui.dialogs.damaged_database import offer_repair, warn_if_open_elsewhere
from ui.dialogs.first_start import FirstStartDialog
from ui.dialogs.synced_folder import offer_to_move_if_synced
from ui.errors import install_exception_hook, show_refusal
from ui.interrupt import InterruptCloser
from ui.translations import apply_language

APP_NAME = "Vänort"
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
    the user quit without opening one.
    """
    for candidate in (database, None if database else qt_settings.last_database()):
        if not candidate:
            continue
        if is_server_url(candidate):
            # A remembered server: its kept password, or the dialog asks (and asks again).
            from ui.dialogs.connect_server import connect_to_server

            server = connect_to_server(None, candidate)
            if server is not None:
                return server
            continue
        try:
            workspace = Workspace.open_in_window(candidate)
        except DatabaseDamaged as error:
            repaired = offer_repair(None, error)
            if repaired is not None:
                return repaired
            continue
        except DatabaseRefused as error:
            show_refusal(None, error)
            continue
        warn_if_open_elsewhere(None, workspace)
        return offer_to_move_if_synced(None, workspace)
    dialog = FirstStartDialog()
    if dialog.exec() == FirstStartDialog.DialogCode.Accepted:
        return dialog.workspace
    return None


def run(database: str | None = None) -> int:
    """Open the program's window on ``database`` (or the last one, or a first start).

    Returns the exit status: 0 after a normal quit, 1 when no database was opened.
    """
    app = application()
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
    apply_language(language_for_window(workspace.settings().language))
    if workspace.remembered_as is not None:
        qt_settings.remember_database(workspace.remembered_as)  # never with a password
    window = MainWindow(workspace)
    window.show()
    status = app.exec()
    interrupt.uninstall()
    window.workspace.close()
    return int(status)
