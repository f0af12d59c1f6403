"""Opening and creating the register: the checks, the backup and the migration.

Every refusal happens before anything is written, so a file we refuse is left
byte for byte as it was.
"""

from __future__ import annotations

import logging
from pathlib import Path

from app import paths
from db import backup
from db.engine import check_sqlite_file, is_url, make_engine, sqlite_file_of
from db.errors import AlreadyExists, NetworkShareRefused, NotAVanortDatabase, ServerUnavailable
from db.location import is_network_path
from db.migrate import upgrade
from db.schema import inspect_engine, inspect_sqlite_file
from db.session import Database

log = logging.getLogger(__name__)


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
    if state.needs_upgrade:
        saved = backup.backup_database(path, paths.backups_dir(), "before-migration")
        log.info("backed up %s to %s before upgrading it", path, saved)
    engine = make_engine(path)
    if state.needs_upgrade:
        upgrade(engine)
    if daily_backup and backup.daily_backup_due(path, paths.backups_dir()):
        backup.backup_database(path, paths.backups_dir(), "daily")
    return Database(engine, path.resolve())


def _open_server(url: str) -> Database:
    engine = make_engine(url)
    try:
        state = inspect_engine(engine)
    except Exception as error:
        if type(error).__module__.startswith("db."):
            raise
        raise ServerUnavailable(
            engine.url.render_as_string(hide_password=True), str(error)
        ) from error
    if state.needs_upgrade:
        upgrade(engine)
    return Database(engine, None)


def create_register(target: str | Path, *, municipality: str = "") -> Database:
    """Create a new, empty Vänort database; refuses to overwrite an existing file."""
    if is_url(target):
        file = sqlite_file_of(str(target))
        if file is None:
            engine = make_engine(str(target))
            inspect_engine(engine)  # refuses another program's database
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
    engine = make_engine(path, create=True)
    try:
        upgrade(engine)
        db = Database(engine, path.resolve())
        _write_settings(db, municipality)
    except BaseException:
        engine.dispose()
        for leftover in (
            path,
            path.with_name(path.name + "-wal"),
            path.with_name(path.name + "-shm"),
        ):
            leftover.unlink(missing_ok=True)
        raise
    return db


def _write_settings(db: Database, municipality: str) -> None:
    from app.reference_facts import add_shipped_facts
    from db.models import MunicipalitySettings

    with db.transaction() as session:
        if session.query(MunicipalitySettings).first() is None:
            session.add(MunicipalitySettings(name=municipality, language="sv", rules={}))
        # A new register starts with the national figures its mapping report quotes.
        add_shipped_facts(session)


def is_vanort_file(path: Path) -> bool:
    """True when ``path`` is a Vänort database this version can open."""
    try:
        check_sqlite_file(path)
        return inspect_sqlite_file(path).revision is not None
    except Exception:
        return False
