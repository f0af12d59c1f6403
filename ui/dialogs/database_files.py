"""Choosing, creating and opening database files, with refusals said in one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app import paths
from app.errors import DatabaseDamaged, DatabaseRefused
from app.rules import Rules
from app.server_connections import is_server_url
from app.workspace import Workspace
from ui.dialogs.busy import wait_cursor

# Re-exported: the window and the first start ask for files through this module.
from ui.dialogs.file_choice import ask_existing_file as ask_existing_file
from ui.dialogs.file_choice import ask_new_file as ask_new_file
from ui.dialogs.file_choice import file_filter as file_filter
from ui.errors import show_refusal

DEMO_FILE = "demo.sqlite3"


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
