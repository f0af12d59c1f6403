"""File ▸ Restore when the register is on a server: a Vänort file into an empty server database.

On a file the same menu entry goes back to one of the file's backups; a server
keeps no such backups (its administrator has ``pg_dump``), so there it loads a
copy the coordinator saved ("Save a copy") into an empty database on the same
server, as ``vanort restore FILE --database URL`` does. A database that already
holds a register is refused in one sentence, so two registers are never mixed;
what was typed stays, to choose another database or file.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DatabaseRefused
from app.failures import explain_failure
from app.messages import refusal_message
from app.workspace import Workspace
from ui.background import BackgroundWork
from ui.dialogs import database_files
from ui.sentence_label import sentence_label


class RestoreToServerDialog(QDialog):
    """Asks for the Vänort file and the empty server database, then loads the one into the other."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_to_server")
        self.setWindowTitle(self.tr("Restore a copy to the server"))
        self._workspace = workspace
        self.report: Any = None  # what was loaded, once it was
        self._task: BackgroundWork | None = None
        address = workspace.server_address
        intro = sentence_label(
            self.tr(
                "Load a copy of a register (a Vänort database file) into an empty database "
                "on the server %1. A database that already holds a register is left as it is."
            ).replace("%1", address.host if address else ""),
            self,
        )
        self.file = QLineEdit(self)
        self.file.setObjectName("file")
        browse = QPushButton(self.tr("Browse…"), self)
        browse.setObjectName("browse")
        browse.clicked.connect(self._browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(browse)
        self.database = QLineEdit(address.database if address else "", self)
        self.database.setObjectName("database")
        form = QFormLayout()
        form.addRow(self.tr("Vänort file:"), file_row)
        form.addRow(self.tr("Empty database on the server:"), self.database)
        self.message = sentence_label("", self, name="message")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setObjectName("restore")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def message_text(self) -> str:
        """The sentence shown in the dialog (a refusal), or empty."""
        return self.message.text()

    def _browse(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Choose the copy to load"), self.file.text(), database_files.file_filter()
        )
        if chosen:
            self.file.setText(chosen)

    def accept(self) -> None:
        """Load the file on a worker thread; a refusal is said here and everything typed stays."""
        if self._task is not None:
            return  # already loading
        file = self.file.text().strip()
        name = self.database.text().strip()
        if not file or not name:
            self.message.setText(
                self.tr("Choose the Vänort file and name the empty database on the server.")
            )
            return
        self.message.setText("")
        self.restore_button.setEnabled(False)
        workspace = self._workspace

        def load(_progress: Any, _cancelled: Any) -> Any:
            from app.server_copies import restore_file_beside

            return restore_file_beside(workspace.database, Path(file), name)

        # The rows go in one transaction that cannot be stopped halfway: no Cancel.
        task = BackgroundWork(self, self.tr("Restoring the copy…"), load, cancellable=False)
        task.done.connect(self._loaded)
        task.failed.connect(self._refused)
        self._task = task
        task.start()

    def _loaded(self, report: Any) -> None:
        self._task = None
        self.report = report
        super().accept()

    def _refused(self, error: BaseException) -> None:
        self._task = None
        self.restore_button.setEnabled(True)
        if isinstance(error, DatabaseRefused):
            text = refusal_message(error)
        else:
            text = explain_failure(error) or self.tr(
                "The copy could not be loaded, and nothing was written: %1"
            ).replace("%1", str(error).splitlines()[0] if str(error) else type(error).__name__)
        self.message.setText(text)

    def done_text(self) -> str:
        """The status bar's sentence after a restore."""
        total = int(getattr(self.report, "total", 0))
        return (
            self.tr("Loaded %n row(s) from %1 into the database %2 on the server.", "", total)
            .replace("%1", Path(self.file.text().strip()).name)
            .replace("%2", self.database.text().strip())
        )


def restore_to_server(parent: QWidget, workspace: Workspace) -> str | None:
    """File ▸ Restore for a register on a server: the dialog; what was loaded, in a sentence."""
    dialog = RestoreToServerDialog(workspace, parent)
    if dialog.exec() == QDialog.DialogCode.Accepted and dialog.report is not None:
        return dialog.done_text()
    return None
