"""The window's commands on whole databases: new, open, connect, copy, restore, check.

Each leaves the register only after the pages' unsaved edits are saved or let
go of, and hands the new register to the window, which is built again on it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QStatusBar, QWidget

from app.errors import DatabaseRefused
from app.workspace_files import NotAFile, list_backups, save_copy
from ui import qt_settings
from ui.background import BackgroundWork
from ui.dialogs import database_files
from ui.dialogs.busy import wait_cursor
from ui.dialogs.check_database import check_database
from ui.dialogs.restore_backup import RestoreBackupDialog
from ui.dialogs.restore_to_server import restore_to_server
from ui.errors import show_refusal

if TYPE_CHECKING:
    from app.workspace import Workspace


class DatabaseHost(Protocol):
    """The window as the database commands see it."""

    @property
    def workspace(self) -> Workspace:
        """The open register."""

    def may_leave(self) -> bool:
        """Ask about unsaved edits; False when the coordinator stays."""

    def set_workspace(self, workspace: Workspace, *, close_old: bool = True) -> None:
        """Work on ``workspace`` from now on."""

    def stop_reading(self) -> None:
        """No read of the pages may run against the register any more."""

    def after_import(self, summary: object) -> None:
        """Read the lists and counts again."""

    def statusBar(self) -> QStatusBar:
        """The window's status bar."""


class DatabaseCommands:
    """File ▸ New, Open, Connect, Save a copy, Restore and Check, for one window."""

    def __init__(self, host: DatabaseHost, parent: QWidget) -> None:
        self._host = host
        self._parent = parent  # over the dialogs
        self._tasks: list[BackgroundWork] = []  # kept alive while they run

    def fill_recent(self, menu: QMenu) -> None:
        """File ▸ Recent databases: the files and servers opened before, but this one."""
        menu.clear()
        current = self._host.workspace.remembered_as
        entries = [e for e in qt_settings.recent_databases() if e != current]
        for entry in entries:
            action = menu.addAction(entry)
            action.triggered.connect(
                lambda _checked=False, target=entry: self.open_database_file(target)
            )
        menu.setEnabled(bool(entries))

    def new_database(self) -> None:
        """Create an empty register, asking whose it is, and open it."""
        if not self._host.may_leave():
            return
        # Asks whose register it is first, as the first start does: no report says "Kommunen".
        from ui.dialogs.first_start import FirstStartDialog

        dialog = FirstStartDialog(self._parent, new_only=True)
        if dialog.exec() == FirstStartDialog.DialogCode.Accepted and dialog.workspace is not None:
            self._host.set_workspace(dialog.workspace)

    def open_database_file(self, target: str | None = None) -> None:
        """Open the database file ``target`` (asked for when None)."""
        if not self._host.may_leave():
            return
        if target is None:
            target = database_files.ask_existing_file(self._parent)
            if target is None:
                return
        if (
            self._host.workspace.path is not None
            and Path(target).resolve() == self._host.workspace.path
        ):
            return
        workspace = database_files.open_database(self._parent, target)
        if workspace is not None:
            self._host.set_workspace(workspace)

    def connect_to_server(self) -> None:
        """File ▸ Connect to a server: the register on a database server."""
        from ui.dialogs.connect_server import connect_to_server

        if not self._host.may_leave():
            return
        workspace = connect_to_server(self._parent, None)
        if workspace is not None:
            self._host.set_workspace(workspace)

    def save_copy_as(self) -> None:
        """File ▸ Save a copy: a complete database file, from a file or from a server."""
        address = self._host.workspace.server_address
        # From a server the copy is named after its database.
        stem = (
            self._host.workspace.path.stem
            if self._host.workspace.path
            else getattr(address, "database", "")
        )
        suggested = Path(f"{stem or 'vanort'}-{date.today().isoformat()}.sqlite3")
        chosen, _filter = QFileDialog.getSaveFileName(
            self._parent,
            QCoreApplication.translate("MainWindow", "Save a copy as"),
            str(Path.home() / suggested.name),
            database_files.file_filter(),
        )
        if not chosen:
            return
        self.start_copy(chosen)

    def start_copy(self, target: str) -> BackgroundWork:
        """Copy the database to ``target`` on a worker thread; the status bar says when done."""
        workspace = self._host.workspace
        # SQLite's backup cannot be stopped midway, so there is no Cancel.
        task = BackgroundWork(
            self._parent,
            QCoreApplication.translate("MainWindow", "Saving a copy…"),
            lambda _progress, _cancelled: save_copy(workspace.database, target),
            cancellable=False,
        )
        task.done.connect(
            lambda path: self._host.statusBar().showMessage(
                QCoreApplication.translate("MainWindow", "A copy was saved as %1.").replace(
                    "%1", str(path)
                ),
                10000,
            )
        )
        task.failed.connect(
            lambda error: QMessageBox.warning(
                self._parent,
                QCoreApplication.translate("MainWindow", "Save a copy"),
                QCoreApplication.translate("MainWindow", "The copy could not be saved: %1").replace(
                    "%1", str(error)
                ),
            )
        )
        self._keep(task)
        task.start()
        return task

    def _keep(self, task: BackgroundWork) -> None:
        self._tasks.append(task)
        task.destroyed.connect(
            lambda _obj=None: self._tasks.remove(task) if task in self._tasks else None
        )

    def restore_backup(self) -> None:
        """Choose a backup and put it in place of the register."""
        if (
            self._host.workspace.path is None
        ):  # a server: a Vänort copy into an empty server database
            done = restore_to_server(self._parent, self._host.workspace)
            if done is not None:
                self._host.statusBar().showMessage(done, 10000)
            return
        try:
            backups = list_backups(self._host.workspace.database)
        except NotAFile as error:
            QMessageBox.information(
                self._parent,
                QCoreApplication.translate("MainWindow", "Restore from a backup"),
                str(error),
            )
            return
        dialog = RestoreBackupDialog(backups, self._parent)
        if dialog.exec() != RestoreBackupDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is None or not self._host.may_leave():
            return
        self._host.stop_reading()  # the file is about to be replaced under any reader
        try:
            with wait_cursor():
                workspace = self._host.workspace.restored_from(chosen)
        except DatabaseRefused as error:
            show_refusal(self._parent, error)
            self._host.after_import(None)  # the reads stopped above are made again
            return
        self._host.set_workspace(workspace, close_old=False)
        self._host.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The backup was restored."), 10000
        )

    def check_database(self) -> None:
        """Check the register for damage in the background."""
        task = check_database(self._parent, self._host.workspace)
        if task is not None:
            self._keep(task)
