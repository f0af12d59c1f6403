"""Asking for a database file: an existing one to open, or where a new one goes.

Apart from the opening itself (ui.dialogs.database_files), so the dialogs that
open, move or repair a database can all ask for a file without importing each other.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app import paths


def file_filter() -> str:
    """The file dialogs' filter: our databases first, anything as a fallback."""
    return QCoreApplication.translate(
        "DatabaseFiles", "Vänort databases (*.sqlite3 *.sqlite *.db);;All files (*)"
    )


def ask_existing_file(parent: QWidget | None) -> str | None:
    """Ask for an existing database file; None if the user cancelled."""
    chosen, _filter = QFileDialog.getOpenFileName(
        parent,
        QCoreApplication.translate("DatabaseFiles", "Open a database"),
        str(paths.data_dir()),
        file_filter(),
    )
    return chosen or None


def ask_new_file(parent: QWidget | None, caption: str | None = None) -> str | None:
    """Ask where a new database file goes; None if the user cancelled."""
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        caption or QCoreApplication.translate("DatabaseFiles", "Create a new database"),
        str(paths.data_dir() / "vanort.sqlite3"),
        file_filter(),
    )
    if not chosen:
        return None
    if not Path(chosen).suffix:
        chosen += ".sqlite3"
    return chosen
