"""The window's settings and help: Settings, Print, the handbook."""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from app import i18n
from ui.translations import apply_language

if TYPE_CHECKING:  # imported when first needed, not on the way to the window
    from app.workspace import Workspace
    from ui.db_worker import DatabaseWorker
    from ui.dialogs.handbook import HandbookWindow


class HelpHost(Protocol):
    """The window as its settings and help see it."""

    @property
    def workspace(self) -> Workspace:
        """The open register."""

    @property
    def db_worker(self) -> DatabaseWorker:
        """The window's database worker."""

    def may_leave(self) -> bool:
        """Ask about unsaved edits; False when the coordinator stays."""

    def rebuild(self) -> None:
        """Build the window again in the current language."""

    def records_changed(self, kind: str) -> None:
        """Something of ``kind`` changed (here: the settings)."""

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""


class SettingsAndHelp:
    """File ▸ Settings and Print, Help ▸ Handbook, for one window."""

    def __init__(self, host: HelpHost, parent: QWidget) -> None:
        self._host = host
        self._parent = parent
        self.handbook_window: HandbookWindow | None = None  # made on the first F1
        self._settings_coming = False  # the settings are on their way: a second click waits

    def print_report(self) -> None:
        """File ▸ Print…: choose a report, then print it through the print dialog."""
        from ui.reports import open_report_dialog

        open_report_dialog(self._parent, "register", print_mode=True)

    def open_settings(self) -> None:
        """Edit the register's settings; a new language applies at once.

        What the dialog shows is read on the window's worker; the dialog opens
        when it has come (the busy cursor shows a slow server meanwhile), and a
        second click before then opens no second dialog.
        """
        from ui.dialogs.settings_dialog import read_for_dialog

        if self._settings_coming:
            return
        self._settings_coming = True
        workspace = self._host.workspace

        def failed(error: BaseException) -> None:
            self._settings_coming = False
            # The window's exception hook finds the sentence for it (a lost server ...).
            sys.excepthook(type(error), error, error.__traceback__)

        self._host.db_worker.run_read(
            lambda: read_for_dialog(workspace), self._edit_settings, failed, owner=self._parent
        )

    def _edit_settings(self, read: Any) -> None:
        from ui.dialogs.settings_dialog import SettingsDialog

        self._settings_coming = False
        dialog = SettingsDialog(
            self._host.workspace, self._parent, read=read, worker=self._host.db_worker
        )
        if dialog.exec() != SettingsDialog.DialogCode.Accepted or dialog.saved_settings is None:
            return
        self._host.records_changed("settings")
        # A language asked for on the command line keeps governing this run.
        if i18n.language_for_window(dialog.saved_settings.language) != i18n.current_language():
            # A new language applies at once: every label is made again in it.
            if not self._host.may_leave():
                self._host.statusBar().showMessage(
                    QCoreApplication.translate(
                        "MainWindow", "The new language applies when Vänort is started again."
                    ),
                    10000,
                )
                return
            apply_language(dialog.saved_settings.language)
            self._host.rebuild()
        self._host.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Settings saved."), 8000
        )

    def show_handbook(self) -> None:
        """Help ▸ Handbook (F1): the offline guide, one window kept for the session."""
        from ui.dialogs.handbook import HandbookWindow

        window = self.handbook_window
        if window is None:
            window = self.handbook_window = HandbookWindow(self._parent)
        window.load()
        window.show()
        window.raise_()
        window.activateWindow()
