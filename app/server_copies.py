"""Backups of a register on a server: a Vänort file for the coordinator, and its way back.

The server's administrator backs the server up with ``pg_dump``; the coordinator
keeps a Vänort file of the register ("Save a copy"), which opens on any laptop
offline and loads into an empty server database again (``vanort restore FILE
--database URL``). Both directions copy every table with its ids (db.transfer).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from app.partial_files import move_into_place, partial_path, remove_with_sidecars, settle
from db.engine import check_sqlite_file, make_engine, sqlite_engine
from db.errors import AlreadyExists, NotAVanortDatabase
from db.schema import inspect_sqlite_file
from db.server_errors import server_refusal
from db.session import Database
from db.transfer import TransferReport, refuse_unless_empty, transfer


def copy_server_to_file(database: Database, target: Path) -> TransferReport:
    """Write the register on the server into a new Vänort file at ``target``.

    The file is built under a hidden name and takes its name only when whole, so
    a failure (the server gone halfway) leaves no file that looks like a copy.
    """
    target = Path(target)
    if target.exists():
        raise AlreadyExists(str(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = partial_path(target)
    remove_with_sidecars(partial)
    engine = sqlite_engine(partial, create=True)
    try:
        report = transfer(database.engine, engine)
        engine.dispose()
        settle(partial)
        move_into_place(partial, target)
    except BaseException:
        engine.dispose()
        remove_with_sidecars(partial)
        raise
    return report


def restore_file_to_server(file: Path, url: str) -> TransferReport:
    """Load the Vänort file ``file`` into the empty server database at ``url``.

    An older file is upgraded in a temporary copy first (the file itself is left
    as it was). The schema and the rows are written in one transaction, so a
    failure leaves the server database as empty as it was.
    """
    file = Path(file)
    check_sqlite_file(file)
    state = inspect_sqlite_file(file)
    if state.revision is None:
        raise NotAVanortDatabase(str(file))
    server = make_engine(url)
    shown = server.url.render_as_string(hide_password=True)
    try:
        try:
            refuse_unless_empty(server)
        except Exception as error:
            if type(error).__module__.startswith("db."):
                raise
            raise server_refusal(shown, error) from error
        with tempfile.TemporaryDirectory(prefix="vanort-restore-") as folder:
            source_path = file
            if state.needs_upgrade:
                source_path = Path(folder) / file.name
                shutil.copyfile(file, source_path)
                upgrading = sqlite_engine(source_path)
                try:
                    from db.migrate import upgrade

                    upgrade(upgrading)
                finally:
                    upgrading.dispose()
            source = sqlite_engine(source_path, read_only=not state.needs_upgrade)
            try:
                return transfer(source, server)
            finally:
                source.dispose()
    finally:
        server.dispose()
