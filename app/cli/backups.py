"""``vanort backup`` and ``vanort restore``: copies of a database file and their return."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.common import (
    CommandError,
    Subparsers,
    add_command,
    add_database_option,
    database_file,
    database_target,
    fill,
    opened_register,
    say,
    shown_target,
)
from app.i18n import Context, translate
from app.server_connections import is_server_url

# Counted sentences need a context object that pyside6-lupdate can read (see Context).
CommandLine = Context("CommandLine")


def register(subparsers: Subparsers) -> None:
    """Add the backup, restore and recover commands to the command line."""
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

    recover = add_command(
        subparsers,
        "recover",
        translate(
            "CommandLine",
            "Save what can still be read from a damaged database into a new file.",
        ),
    )
    add_database_option(recover)
    recover.add_argument(
        "--to",
        metavar="FILE",
        required=True,
        help=translate("CommandLine", "The new file to write (it must not exist)."),
    )
    recover.set_defaults(handler=recover_damaged)


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

    if is_server_url(database_target(args)):
        return _copy_server(args)
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
    from app import paths, register_lock
    from db.backup import restore_backup
    from db.errors import DatabaseInUse, DatabaseNotFound

    backup = Path(args.backup)
    if is_server_url(database_target(args)):
        return _restore_to_server(backup, database_target(args))
    database = database_file(args)
    # restore_backup accepts an empty SQLite file; putting one in place of a
    # register would empty it, so the backup must be a Vänort database.
    _vanort_file(backup)
    if not database.exists() and not database.parent.is_dir():
        raise DatabaseNotFound(str(database))
    in_use = register_lock.holder(database)
    if in_use is not None:
        raise DatabaseInUse(str(database), in_use.describe())
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


def _copy_server(args: argparse.Namespace) -> int:
    """A server's register into a new Vänort file (the coordinator's copy)."""
    from app.server_connections import server_address
    from app.server_copies import copy_server_to_file
    from db.errors import AlreadyExists

    if not args.to:
        raise CommandError(
            translate("CommandLine", "Say where the copy of the server goes with --to FILE.")
        )
    with opened_register(database_target(args)) as database:
        target = Path(args.to)
        if target.is_dir():
            stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
            address = server_address(database)
            target = target / f"{address.database if address else 'vanort'}-{stamp}.sqlite3"
        if target.exists():
            raise AlreadyExists(str(target))
        report = copy_server_to_file(database, target)
    say(
        fill(
            translate("CommandLine", "Copied %1 rows from %2 into %3."),
            report.total,
            shown_target(database_target(args)),
            target.resolve(),
        )
    )
    return 0


def _restore_to_server(backup: Path, url: str) -> int:
    """A Vänort file into an empty server database."""
    from app.server_copies import restore_file_to_server

    report = restore_file_to_server(backup, url)
    say(
        fill(
            translate("CommandLine", "Loaded %1 rows from %2 into %3."),
            report.total,
            backup.resolve(),
            shown_target(url),
        )
    )
    return 0


def recover_damaged(args: argparse.Namespace) -> int:
    """Copy every readable row of a damaged database into a new file and say what was lost."""
    from db.salvage import salvage

    damaged = database_file(args)
    report = salvage(damaged, Path(args.to))
    say(
        fill(
            CommandLine.tr("Saved %n row(s) from %1 into %2.", "", report.rows_saved),
            damaged,
            Path(args.to).resolve(),
        )
    )
    lost = [t for t in report.tables if t.lost]
    for table in lost:
        say(
            fill(
                # Counts after a colon: no plural to agree with "1 row" or "2 rows".
                translate("CommandLine", "  %1: rows saved: %2; rows that could not be read: %3."),
                table.name,
                table.saved,
                table.lost,
            )
        )
    for name in report.unreadable_tables:
        say(fill(translate("CommandLine", "  %1: nothing could be read."), name))
    if report.orphans:
        say(
            fill(
                translate(
                    "CommandLine",
                    "%1 saved rows refer to a record that was lost; check them after opening.",
                ),
                report.orphans,
            )
        )
    if not lost and not report.unreadable_tables:
        say(translate("CommandLine", "Nothing was lost."))
    return 0
