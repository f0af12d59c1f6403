"""A database in a folder that OneDrive, Dropbox or Google Drive synchronises: said, and moved if she wants.

The sync service copies SQLite's ``-wal`` and ``-shm`` files on its own
schedule and may put an old one back beside a newer database, which damages
it. The file is still opened (it may be the only copy she has); the warning
says why it matters and offers to move the database to a folder that is not
synchronised, the program's own data folder by default.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DatabaseRefused
from app.failures import explain_failure
from app.workspace import Workspace
from app.workspace_files import sync_service_of, synced_database
from ui.dialogs.busy import wait_cursor
from ui.dialogs.file_choice import ask_new_file
from ui.errors import show_refusal


def _title() -> str:
    return QCoreApplication.translate("SyncedFolder", "Synchronised folder")


def offer_to_move_if_synced(parent: QWidget | None, workspace: Workspace) -> Workspace:
    """Warn when ``workspace``'s file is in a synchronised folder; the workspace to go on with.

    That is ``workspace`` itself unless she chose to move it; then it is the
    database opened at its new place (and ``workspace`` is closed).
    """
    service = synced_database(workspace.database)
    if service is None or workspace.path is None:
        return workspace
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        _title(),
        QCoreApplication.translate(
            "SyncedFolder",
            "%1 is in a folder that %2 synchronises. The database's working files (-wal and "
            "-shm) must not be synchronised, or the database can be damaged; move it to a folder "
            "on this computer that is not synchronised.",
        )
        .replace("%1", str(workspace.path))
        .replace("%2", service),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    box.setObjectName("synced_folder")
    move = box.addButton(
        QCoreApplication.translate("SyncedFolder", "Move it…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(
        QCoreApplication.translate("SyncedFolder", "Keep it here"),
        QMessageBox.ButtonRole.RejectRole,
    )
    box.setDefaultButton(move)
    box.exec()
    if box.clickedButton() is not move:
        return workspace
    return _move(parent, workspace)


def _move(parent: QWidget | None, workspace: Workspace) -> Workspace:
    while True:
        chosen = ask_new_file(
            parent, QCoreApplication.translate("SyncedFolder", "Move the database to")
        )
        if not chosen:
            return workspace
        other = sync_service_of(chosen)
        if other is not None:
            QMessageBox.warning(
                parent,
                _title(),
                QCoreApplication.translate(
                    "SyncedFolder",
                    "%1 is synchronised by %2 too; choose a folder on this computer that is "
                    "not synchronised.",
                )
                .replace("%1", chosen)
                .replace("%2", other),
            )
            continue
        try:
            with wait_cursor():
                return workspace.moved_to(chosen)
        except DatabaseRefused as error:
            show_refusal(parent, error)  # the name is taken: she chooses again
        except (OSError, ValueError) as error:
            QMessageBox.warning(parent, _title(), explain_failure(error) or str(error))
            return workspace
