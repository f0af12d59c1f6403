"""Backups of a register on a server: a Vänort file for the coordinator, and its way back.

The server's administrator backs the server up with ``pg_dump``; the coordinator
keeps a Vänort file of the register ("Save a copy"), which opens on any laptop
offline and loads into an empty server database again (``vanort restore FILE
--database URL``). Both directions copy every table with its ids (db.transfer).
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.engine import Connection

from app import paths
from app.partial_files import move_into_place, partial_path, remove_with_sidecars, settle
from db.engine import check_sqlite_file, make_engine, sqlite_engine
from db.errors import AlreadyExists, NotAVanortDatabase
from db.models import Attachment
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
    folder = paths.attachments_dir(target)
    written: list[Path] = []

    def files_beside(connection: Connection) -> None:
        # A file keeps its attachments in the folder beside it, not in the rows.
        rows = connection.execute(
            select(Attachment.stored_name, Attachment.content).where(
                Attachment.content.is_not(None)
            )
        )
        for stored_name, content in rows:
            if content is None or Path(stored_name).name != stored_name:
                continue  # never write outside the folder
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / stored_name
            path.write_bytes(content)
            written.append(path)
        # updated_at names itself: the onupdate default must not restamp copied rows.
        connection.execute(
            update(Attachment).values(content=None, updated_at=Attachment.updated_at)
        )

    try:
        report = transfer(database.engine, engine, finish=files_beside)
        engine.dispose()
        settle(partial)
        move_into_place(partial, target)
    except BaseException:
        engine.dispose()
        remove_with_sidecars(partial)
        for path in written:
            path.unlink(missing_ok=True)
        raise
    return report


def _files_into_rows(folder: Path) -> Callable[[Connection], None]:
    """Put the files of a database file's attachments into its rows on the server."""

    def fill(connection: Connection) -> None:
        rows = connection.execute(select(Attachment.id, Attachment.stored_name)).all()
        for row_id, stored_name in rows:
            path = folder / stored_name
            if Path(stored_name).name == stored_name and path.is_file():
                connection.execute(
                    update(Attachment)
                    .where(Attachment.id == row_id)
                    .values(content=path.read_bytes(), updated_at=Attachment.updated_at)
                )

    return fill


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
                return transfer(
                    source, server, finish=_files_into_rows(paths.attachments_dir(file))
                )
            finally:
                source.dispose()
    finally:
        server.dispose()


def server_database_url(database: Database, name: str) -> str:
    """The URL of the database ``name`` on the server ``database`` is on, as the same user."""
    return database.engine.url.set(database=name).render_as_string(hide_password=False)


def restore_file_beside(database: Database, file: Path, name: str) -> TransferReport:
    """Load the Vänort file ``file`` into the empty database ``name`` on the open register's server.

    The window's File ▸ Restore on a server: the same server and user as the
    register open now (its password included), another database or this one;
    a database that already holds tables is refused (db.errors.ServerNotEmpty).
    """
    return restore_file_to_server(Path(file), server_database_url(database, name))
