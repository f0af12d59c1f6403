"""Opening and creating the register: the checks, the backup and the migration.

Every refusal happens before anything is written, so a file we refuse is left
byte for byte as it was.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from app import paths
from app.failures import disk_is_full
from app.partial_files import (
    move_into_place,
    partial_path,
    remove_stale_partials,
    remove_with_sidecars,
    settle,
)
from db import backup
from db.engine import (
    check_sqlite_file,
    is_url,
    make_engine,
    sqlite_connection,
    sqlite_engine,
    sqlite_file_of,
)
from db.errors import (
    AlreadyExists,
    DatabaseDamaged,
    DatabaseRefused,
    NetworkShareRefused,
    NotAVanortDatabase,
)
from db.integrity import checked
from db.location import is_network_path
from db.migrate import head_revision, upgrade
from db.schema import SchemaState, inspect_engine, inspect_sqlite_file
from db.server_errors import server_refusal
from db.server_opening import read_opening_facts
from db.session import Database

if TYPE_CHECKING:
    from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


def open_read_only(target: str | Path) -> Database:
    """Open a database file for reading only: nothing is written to it or beside it.

    For a damaged file that the coordinator wants to look into before deciding
    what to do (no check refuses it), and for a file that cannot be upgraded.
    """
    path = Path(sqlite_file_of(str(target)) or target) if is_url(target) else Path(target)
    check_sqlite_file(path)
    if inspect_sqlite_file(path).revision is None:
        raise NotAVanortDatabase(str(path))
    return Database.on_file(path, lambda: sqlite_engine(path, read_only=True))


def open_register(target: str | Path, *, daily_backup: bool = True) -> Database:
    """Open an existing Vänort database (a path or an SQLAlchemy URL), upgrading it if needed.

    Raises a ``db.errors.DatabaseRefused`` subclass when the target cannot be used;
    :func:`app.messages.refusal_message` turns it into a sentence for the user.
    """
    if is_url(target):
        file = sqlite_file_of(str(target))
        if file is None:
            return _open_server(str(target))
        target = file
    path = Path(target)
    check_sqlite_file(path)
    state = inspect_sqlite_file(path)
    if state.revision is None:
        # An SQLite file without tables is some other program's, or nobody's.
        raise NotAVanortDatabase(str(path))
    problems = checked(path)
    if problems:
        # Writing to a damaged file can spread the damage; it is left as it was.
        raise DatabaseDamaged(str(path), problems[0])
    if state.needs_upgrade:
        saved = backup.backup_database(path, paths.backups_dir(), "before-migration")
        log.info("backed up %s to %s before upgrading it", path, saved)
        engine = make_engine(path)
        upgrade(engine)
        database = Database(engine, path.resolve())
    elif not _readable(path) and not _can_write_beside(path):
        # SQLite cannot make its WAL index on a full disk or in a read-only folder;
        # reading must still work. Writes then fail with a sentence (app.failures).
        log.warning("%s cannot be written (full disk or read-only): opened for reading", path)
        return Database.on_file(path, lambda: sqlite_engine(path, read_only=True))
    else:
        # The engine (and SQLAlchemy with it) comes with the first read, on its thread.
        database = Database.on_file(path, lambda: make_engine(path))
    if daily_backup:
        take_daily_backup(path)
    return database


def _can_write_beside(path: Path) -> bool:
    return not disk_is_full(path.parent) and os.access(path.parent, os.W_OK)


def _readable(path: Path) -> bool:
    """Whether ``path`` opens as the engine will open it (WAL on) and answers a first read."""
    try:
        connection = sqlite_connection(path)
        try:
            connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            connection.close()
    except Exception as error:  # what SQLite says depends on where the space ran out
        log.info("first read failed: %s", error)
        return False
    return True


def take_daily_backup(path: Path) -> None:
    """The day's backup; a full disk or an unwritable folder must not stop the work.

    Safe on a thread of its own: it reads the file through connections of its own.
    """
    try:
        if backup.daily_backup_due(path, paths.backups_dir()):
            backup.backup_database(path, paths.backups_dir(), "daily")
    except (OSError, sqlite3.Error, DatabaseRefused) as error:
        log.warning("no daily backup of %s today: %s", path, error)


def start_daily_backup(path: Path) -> threading.Thread:
    """:func:`take_daily_backup` on a thread of its own, started; join it before quitting.

    The window takes the backup once it is on screen: its checks read the whole
    file (a second or two for a big register) and the user should not wait for them.
    A failure is logged as the backup taken at opening logs it.
    """
    thread = threading.Thread(target=take_daily_backup, args=(path,), name="daily_backup")
    thread.start()
    return thread


def _inspect_server(engine: Engine) -> SchemaState:
    """The server's schema state; a server that cannot be reached is said so, password hidden."""
    try:
        return inspect_engine(engine)
    except Exception as error:
        if type(error).__module__.startswith("db."):
            raise
        # A stopped server and a wrong password need different things done.
        raise server_refusal(engine.url.render_as_string(hide_password=True), error) from error


def _open_server(url: str) -> Database:
    engine = make_engine(url)
    database = Database(engine, None)
    # Begun now, while the schema check below connects: the window's first reads would
    # each wait for a new connection otherwise.
    database.warm_up()
    try:
        facts = read_opening_facts(engine)
        if facts is not None and facts.revision == head_revision():
            # The usual case: one round trip said all the window needs to begin.
            database.opening_facts = facts
            return database
        state = _inspect_server(engine)
        if state.needs_upgrade:
            upgrade(engine)
    except BaseException:
        database.close()
        raise
    return database


def create_register(target: str | Path, *, municipality: str = "") -> Database:
    """Create a new, empty Vänort database; refuses to overwrite an existing file."""
    if is_url(target):
        file = sqlite_file_of(str(target))
        if file is None:
            engine = make_engine(str(target))
            state = _inspect_server(engine)  # refuses another program's database
            if state.revision is not None:
                # A register is there already: a new one must not be mixed into it.
                raise AlreadyExists(engine.url.render_as_string(hide_password=True))
            upgrade(engine)
            db = Database(engine, None)
            _write_settings(db, municipality)
            return db
        target = file
    path = Path(target)
    if path.exists():
        raise AlreadyExists(str(path))
    if is_network_path(path.parent.resolve() if path.parent.exists() else path.parent):
        raise NetworkShareRefused(str(path))
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_stale_partials(path)
    # Built under a hidden name and moved into place: a kill halfway leaves no
    # half-made file under the user's name for the next run to refuse.
    partial = partial_path(path)
    engine = make_engine(partial, create=True)
    try:
        upgrade(engine)
        db = Database(engine, partial.resolve())
        _write_settings(db, municipality)
        engine.dispose()
        settle(partial)
        move_into_place(partial, path)
    except BaseException:
        engine.dispose()
        remove_with_sidecars(partial)
        raise
    return Database(make_engine(path), path.resolve())


def _write_settings(db: Database, municipality: str) -> None:
    from app.reference_facts import add_shipped_facts
    from app.rules import new_database_rules
    from db.models import MunicipalitySettings

    with db.transaction() as session:
        if session.query(MunicipalitySettings).first() is None:
            # Written out in full: a key missing from stored rules means "as before".
            rules = new_database_rules().to_json()
            session.add(MunicipalitySettings(name=municipality, language="sv", rules=rules))
        # A new register starts with the national figures its mapping report quotes.
        add_shipped_facts(session)


def is_vanort_file(path: Path) -> bool:
    """True when ``path`` is a Vänort database this version can open."""
    try:
        check_sqlite_file(path)
        return inspect_sqlite_file(path).revision is not None
    except Exception:
        return False
