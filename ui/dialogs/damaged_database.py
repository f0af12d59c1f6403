"""When a database file is damaged: put its newest sound backup back, or save what can be read."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import DatabaseDamaged, DatabaseRefused
from app.i18n import Context
from app.messages import refusal_message
from app.workspace import Workspace
from app.workspace_files import newest_sound_backup, recover_damaged, restore_backup
from ui.dialogs.busy import wait_cursor
from ui.dialogs.file_choice import ask_new_file

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
DamagedDatabase = Context("DamagedDatabase")


def offer_repair(parent: QWidget | None, error: DatabaseDamaged) -> Workspace | None:
    """Explain the damage and offer the two ways out; the opened result, or None."""
    path = Path(error.target)
    with wait_cursor():
        found = newest_sound_backup(path)
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("DamagedDatabase", "The database is damaged"))
    box.setText(refusal_message(error))
    if found is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "DamagedDatabase", "The newest backup that passes the check was taken %1."
            ).replace("%1", found.taken_at.strftime("%Y-%m-%d %H:%M"))
        )
        restore = box.addButton(
            QCoreApplication.translate("DamagedDatabase", "&Restore that backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    else:
        box.setInformativeText(
            QCoreApplication.translate("DamagedDatabase", "No backup of it passes the check.")
        )
        restore = None
    recover = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "&Save what can be read…"),
        QMessageBox.ButtonRole.ActionRole,
    )
    look = box.addButton(
        QCoreApplication.translate("DamagedDatabase", "&Open read-only"),
        QMessageBox.ButtonRole.ActionRole,
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    chosen = box.clickedButton()
    try:
        if chosen is look:
            # To look before deciding: nothing is written to the file or beside it.
            with wait_cursor():
                return Workspace.open_read_only(path)
        if restore is not None and chosen is restore and found is not None:
            with wait_cursor():
                return Workspace.open_in_window(restore_backup(found, path))
        if chosen is recover:
            return _recover(parent, path)
    except (DatabaseRefused, OSError) as failure:
        text = refusal_message(failure) if isinstance(failure, DatabaseRefused) else str(failure)
        QMessageBox.warning(
            parent, QCoreApplication.translate("DamagedDatabase", "The database is damaged"), text
        )
    return None


def _recover(parent: QWidget | None, path: Path) -> Workspace | None:
    target = ask_new_file(
        parent, QCoreApplication.translate("DamagedDatabase", "Save what can be read into")
    )
    if target is None:
        return None
    with wait_cursor():
        result = recover_damaged(path, Path(target))
    if result.rows_lost or result.unreadable_tables:
        text = QCoreApplication.translate(
            "DamagedDatabase",
            # Counts after a colon: no plural to agree with "1 row" or "2 rows".
            "Rows saved into %2: %1. Could not be read: rows: %3; tables: %4.",
        )
    else:
        text = DamagedDatabase.tr(
            "%n row(s) saved into %2; nothing was lost.",
            "",
            result.rows_saved,
        )
    text = (
        text.replace("%1", str(result.rows_saved))
        .replace("%2", str(result.target))
        .replace("%3", str(result.rows_lost))
        .replace("%4", str(result.unreadable_tables))
    )
    QMessageBox.information(
        parent, QCoreApplication.translate("DamagedDatabase", "The database is damaged"), text
    )
    return Workspace.open_in_window(result.target)


def warn_if_open_elsewhere(parent: QWidget | None, workspace: Workspace) -> None:
    """Tell the user when another window already has this database open, and who."""
    other = workspace.other_holder
    if other is None:
        return
    QMessageBox.information(
        parent,
        QCoreApplication.translate("DamagedDatabase", "Open elsewhere too"),
        QCoreApplication.translate(
            "DamagedDatabase",
            "This database is also open in Vänort for %1. You can both work in it; when "
            "you both change the same record, the second save asks what to keep.",
        ).replace("%1", other.describe()),
    )
