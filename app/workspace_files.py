"""Whole-file work on the open register: a copy, the backups, a restore, an integrity check.

The interface calls these from the File menu; they wrap db.backup so that ui/
never touches the storage layer, and each one says in a sentence what went wrong.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app import paths
from app.i18n import QT_TRANSLATE_NOOP, translate
from app.partial_files import remove_with_sidecars
from db import backup
from db.errors import AlreadyExists
from db.location import synced_folder
from db.session import Database

# Why a backup was taken, as the user reads it.
_REASONS = {
    "daily": QT_TRANSLATE_NOOP("Backup", "daily backup"),
    "before-migration": QT_TRANSLATE_NOOP("Backup", "before an upgrade of the database"),
    "before-restore": QT_TRANSLATE_NOOP("Backup", "before a restore"),
    "manual": QT_TRANSLATE_NOOP("Backup", "saved by hand"),
}


class NotAFile(Exception):
    """The open database lives on a server; copies, backups and checks need a file."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Backup",
                "This works only for a database file; a database server keeps its own backups.",
            )
        )


@dataclass(frozen=True)
class Backup:
    """One backup of the open database, as the restore dialog lists it."""

    path: Path
    taken_at: datetime
    reason: str  # the code: "daily", "before-migration", ...

    def reason_text(self) -> str:
        """Why the backup was taken, in the user's language."""
        return translate("Backup", _REASONS.get(self.reason, self.reason))


def file_of(db: Database) -> Path:
    """The open register's file; NotAFile on a database server."""
    if db.path is None:
        raise NotAFile()
    return db.path


def save_copy(db: Database, target: str | Path) -> Path:
    """Write a consistent copy of the open database, and its attachments, to ``target``.

    From a server the copy is a new Vänort file holding every table (app.server_copies).

    The copy is taken with SQLite's backup API, so it is whole even while the
    program keeps writing. Copying onto the open database itself is refused.
    """
    destination = Path(target)
    if db.path is None:
        # A server: every table into a new Vänort file that opens offline.
        from app.server_copies import copy_server_to_file

        copy_server_to_file(db, destination)
        return destination
    source = file_of(db)
    if destination.exists() and destination.resolve() == source.resolve():
        raise ValueError(translate("Backup", "A copy cannot replace the database it is a copy of."))
    backup.copy_database(source, destination)
    # The attachments live in a folder beside the database; a copy without them
    # would list files it cannot open.
    attachments = paths.attachments_dir(source)
    if attachments.is_dir():
        shutil.copytree(attachments, paths.attachments_dir(destination), dirs_exist_ok=True)
    return destination


def sync_service_of(target: str | Path) -> str | None:
    """The service (OneDrive, Dropbox, Google Drive) that synchronises the folder of ``target``."""
    return synced_folder(target)


def synced_database(db: Database) -> str | None:
    """The sync service whose folder holds the open database file; None for a server or elsewhere."""
    return None if db.path is None else sync_service_of(db.path)


def copy_for_move(db: Database, target: str | Path) -> Path:
    """The first half of a move: a checked copy of the open file, and its attachments, at ``target``.

    An existing ``target`` is never overwritten; a copy that fails SQLite's check
    is removed again and the database stays where it was. Once the register is
    closed, :func:`remove_moved` takes the old file away
    (:meth:`app.workspace.Workspace.moved_to` does both).
    """
    file_of(db)
    destination = Path(target)
    if destination.exists():
        raise AlreadyExists(str(destination))
    save_copy(db, destination)
    problems = backup.integrity_problems(destination)
    if problems:
        remove_with_sidecars(destination)
        raise ValueError(
            translate(
                "Backup", "The copy at %1 did not pass the check; the database stayed where it was."
            ).replace("%1", str(destination))
        )
    return destination


def remove_moved(source: Path) -> None:
    """The second half of a move: the closed old file, its journal files and attachments go."""
    remove_with_sidecars(source)
    attachments = paths.attachments_dir(source)
    if attachments.is_dir():
        shutil.rmtree(attachments, ignore_errors=True)


def list_backups(db: Database) -> list[Backup]:
    """The backups of the open database, newest first."""
    source = file_of(db)
    return [
        Backup(b.path, b.taken_at, b.reason)
        for b in backup.list_backups(source, paths.backups_dir())
    ]


def restore_backup(chosen: Backup, database: Path) -> Path:
    """Put ``chosen`` in place of the (closed) database file ``database``; returns its path.

    The state being replaced is backed up ("before-restore"), so a restore can
    itself be undone from the same list. A damaged database is kept beside it.
    """
    backup.restore_backup(chosen.path, database, paths.backups_dir())
    return database


def integrity_problems(db: Database) -> list[str]:
    """What SQLite's integrity and foreign-key checks find; empty when all is well."""
    return backup.integrity_problems(file_of(db))


def newest_sound_backup(database: Path) -> Backup | None:
    """The newest backup of a (damaged) database file that passes SQLite's check."""
    found = backup.newest_sound_backup(database, paths.backups_dir())
    return Backup(found.path, found.taken_at, found.reason) if found else None


@dataclass(frozen=True)
class Recovery:
    """What was saved from a damaged database, in numbers a sentence can hold."""

    target: Path
    rows_saved: int
    rows_lost: int
    unreadable_tables: int
    orphans: int


def recover_damaged(database: Path, target: Path) -> Recovery:
    """Copy what can be read of a damaged database into the new file ``target``."""
    from db.salvage import salvage

    report = salvage(database, target)
    return Recovery(
        target, report.rows_saved, report.rows_lost, len(report.unreadable_tables), report.orphans
    )
