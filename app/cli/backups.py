"""``vanort backup`` and ``vanort restore``: copies of a database file and their return."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.common import (
    Subparsers,
    add_command,
    add_database_option,
    database_file,
    fill,
    say,
)
from app.i18n import translate


def register(subparsers: Subparsers) -> None:
    backup = add_command(
        subparsers,
        "backup",
        translate("CommandLine", "Save a backup copy of a database file."),
    )
    add_database_option(backup)
    backup.add_argument(
        "--to",
        metavar="FILE",
        help=translate(
            "CommandLine",
            "Where to write the copy (a new file, or a folder); "
            "without it the copy goes to the program's backups folder.",
        ),
    )
    backup.set_defaults(handler=make_backup)

    restore = add_command(
        subparsers,
        "restore",
        translate(
            "CommandLine",
            "Put a backup back in place of a database; the current state is backed up first.",
        ),
    )
    restore.add_argument(
        "backup", metavar="BACKUP", help=translate("CommandLine", "The backup file to restore.")
    )
    add_database_option(restore)
    restore.set_defaults(handler=restore_from_backup)


def _vanort_file(path: Path) -> None:
    """Refuse anything but a Vänort database this version can read (nothing is written)."""
    from db.engine import check_sqlite_file
    from db.errors import NotAVanortDatabase
    from db.schema import inspect_sqlite_file

    check_sqlite_file(path)
    if inspect_sqlite_file(path).revision is None:
        raise NotAVanortDatabase(str(path))


def make_backup(args: argparse.Namespace) -> int:
    """Copy the database consistently, even while the program has it open."""
    from app import paths
    from db.backup import backup_database, copy_database
    from db.errors import AlreadyExists

    database = database_file(args)
    _vanort_file(database)
    if args.to:
        target = Path(args.to)
        if target.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            target = target / f"{database.stem}-{stamp}.sqlite3"
        if target.exists():
            raise AlreadyExists(str(target))
        copy_database(database, target)
    else:
        target = backup_database(database, paths.backups_dir(), "manual")
    say(fill(translate("CommandLine", "Backed up %1 to %2."), database, target.resolve()))
    return 0


def restore_from_backup(args: argparse.Namespace) -> int:
    """Replace the database with the backup, keeping a safety copy of what it replaces."""
    from app import paths
    from db.backup import restore_backup
    from db.errors import DatabaseNotFound

    backup = Path(args.backup)
    database = database_file(args)
    # restore_backup accepts an empty SQLite file; putting one in place of a
    # register would empty it, so the backup must be a Vänort database.
    _vanort_file(backup)
    if not database.exists() and not database.parent.is_dir():
        raise DatabaseNotFound(str(database))
    safety = restore_backup(backup, database, paths.backups_dir())
    say(fill(translate("CommandLine", "Restored %1 from %2."), database, backup))
    if safety is not None:
        say(
            fill(
                translate("CommandLine", "The database as it was before is saved in %1."),
                safety,
            )
        )
    return 0
