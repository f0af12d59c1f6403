"""The window's settings and help: Settings, Print, the handbook."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from app import i18n
from ui.translations import apply_language

if TYPE_CHECKING:  # imported when first needed, not on the way to the window
    from app.workspace import Workspace
    from ui.dialogs.handbook import HandbookWindow


class HelpHost(Protocol):
    """The window as its settings and help see it."""

    @property
    def workspace(self) -> Workspace:
        """The open register."""

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

    def print_report(self) -> None:
        """File ▸ Print…: choose a report, then print it through the print dialog."""
        from ui.reports import open_report_dialog

        open_report_dialog(self._parent, "register", print_mode=True)

    def open_settings(self) -> None:
        """Edit the register's settings; a new language applies at once."""
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self._host.workspace, self._parent)
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
