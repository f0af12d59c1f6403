"""Choosing, creating and opening database files, with refusals said in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from app import paths
from app.errors import DatabaseDamaged, DatabaseRefused
from app.rules import Rules
from app.server_connections import is_server_url
from app.workspace import Workspace
from ui.dialogs.busy import wait_cursor
from ui.errors import show_refusal

DEMO_FILE = "demo.sqlite3"


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


def open_database(parent: QWidget | None, target: str) -> Workspace | None:
    """Open ``target``; a refusal is shown and gives None.

    A server goes through the connection dialog, which asks for a password when
    none is kept and lets a refused one be typed again.
    """
    from ui.dialogs.damaged_database import offer_repair, warn_if_open_elsewhere
    from ui.dialogs.synced_folder import offer_to_move_if_synced

    if is_server_url(target):
        from ui.dialogs.connect_server import connect_to_server

        return connect_to_server(parent, target)
    try:
        with wait_cursor():
            workspace = Workspace.open_in_window(target)
    except DatabaseDamaged as error:
        return offer_repair(parent, error)
    except DatabaseRefused as error:
        show_refusal(parent, error)
        return None
    warn_if_open_elsewhere(parent, workspace)
    return offer_to_move_if_synced(parent, workspace)


def create_database(
    parent: QWidget | None,
    target: str,
    municipality: str = "",
    *,
    home_town: str | None = None,
    country: str | None = "SE",
    rules: Rules | None = None,
) -> Workspace | None:
    """Create an empty database at ``target`` (with its home town and rules, when given);
    a refusal is shown and gives None."""
    try:
        return Workspace.create(
            target, municipality=municipality, home_town=home_town, country=country, rules=rules
        )
    except DatabaseRefused as error:
        show_refusal(parent, error)
        return None


def demo_path() -> Path:
    """Where the demo database lives: the data folder, beside the user's own database."""
    return paths.data_dir() / DEMO_FILE


def open_demo(parent: QWidget | None) -> Workspace | None:
    """Open the demo database, writing it first if it is not there yet."""
    from app.demo import write_demo

    target = demo_path()
    if not target.exists():
        try:
            with wait_cursor():
                write_demo(target)
        except DatabaseRefused as error:
            show_refusal(parent, error)
            return None
    return open_database(parent, str(target))
