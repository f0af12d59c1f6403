"""Online backups with SQLite's backup API, kept as a rotating set, and restore."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from db.engine import check_sqlite_file
from db.errors import DatabaseDamaged, DatabaseRefused
from db.file_uri import read_only_uri
from db.integrity import quick_check
from db.schema import inspect_sqlite_file

KEEP_BACKUPS = 14
# Damage noticed late (a week of daily backups of a file that went bad slowly) must
# still find a good copy: the newest backup older than this is kept beyond KEEP_BACKUPS.
KEEP_ONE_OLDER_THAN = timedelta(days=7)
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<tag>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{12})-(?P<reason>[a-z-]+)\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    """One backup copy of a register, when it was taken and why."""

    path: Path
    taken_at: datetime
    reason: str  # "daily", "before-migration", "before-restore", "manual"


def _tag(database: Path) -> str:
    # Two databases with the same file name in different folders must not share a set.
    return hashlib.sha1(str(database.resolve()).encode("utf-8")).hexdigest()[:8]


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def _copy_database(source: Path, target: Path, journal_mode: str) -> None:
    """Copy ``source`` into a new file ``target`` by SQLite's online backup, in ``journal_mode``.

    A backup file is one file (DELETE); a database she works in keeps its
    write-ahead log (WAL).
    """
    src = _open_ro(source)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            dst.execute(f"PRAGMA journal_mode={journal_mode}")
        finally:
            dst.close()
    finally:
        src.close()


def copy_database(source: Path, destination: Path) -> None:
    """Copy a live database consistently (other connections may keep writing).

    A damaged source is refused before anything is written, and the copy is
    checked before it takes its name, so a file at ``destination`` is always a
    sound copy. Whatever fails on the way, no ``.partial`` file is left behind.
    """
    problems = quick_check(source)
    if problems:
        raise DatabaseDamaged(str(source), problems[0])
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy_database(source, partial, "DELETE")
        problems = quick_check(partial, seconds=float("inf"))
        if problems:
            raise DatabaseDamaged(str(source), problems[0])
        os.replace(partial, destination)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def backup_database(
    database: Path, backup_dir: Path, reason: str, *, keep: int = KEEP_BACKUPS
) -> Path:
    """Write a checked backup of ``database`` into ``backup_dir`` and rotate the set.

    Refuses (``DatabaseDamaged``) a damaged database: its copy would push good
    backups out of the set.
    """
    # Microseconds in the name: two backups in one second must not collide.
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S%f")
    target = backup_dir / f"{database.stem}-{_tag(database)}-{stamp}-{reason}.sqlite3"
    copy_database(database, target)
    _rotate(database, backup_dir, keep)
    return target


def list_backups(database: Path, backup_dir: Path) -> list[BackupFile]:
    """The backups of ``database``, newest first."""
    if not backup_dir.is_dir():
        return []
    tag = _tag(database)
    found = []
    for path in backup_dir.iterdir():
        match = _NAME.match(path.name)
        if not match or match["tag"] != tag:
            continue
        taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S%f")
        found.append(BackupFile(path, taken, match["reason"]))
    return sorted(found, key=lambda b: (b.taken_at, b.path.name), reverse=True)


def _rotate(database: Path, backup_dir: Path, keep: int, now: datetime | None = None) -> None:
    """Keep the newest ``keep`` backups and the newest one older than a week."""
    backups = list_backups(database, backup_dir)
    week_ago = (now or datetime.now()) - KEEP_ONE_OLDER_THAN
    older = [b for b in backups if b.taken_at <= week_ago]
    keeper = older[0] if older else None
    for old in backups[keep:]:
        if old != keeper:
            old.path.unlink(missing_ok=True)


def daily_backup_due(database: Path, backup_dir: Path, today: datetime | None = None) -> bool:
    """True when no backup of ``database`` was taken today."""
    day = (today or datetime.now()).date()
    return not any(b.taken_at.date() == day for b in list_backups(database, backup_dir))


def restore_backup(backup: Path, database: Path, backup_dir: Path) -> Path | None:
    """Replace ``database`` with ``backup``; what it replaces is kept first.

    The backup is checked to be a sound Vänort database this version can read
    before anything is touched. A sound database is backed up and then
    overwritten page by page with the backup API inside one transaction, so a
    crash leaves either the old or the new state. A damaged or truncated database
    cannot be backed up or written through SQLite: it is renamed beside itself
    ("register-damaged-20261206-101500.sqlite3") and the backup copied into its place. Returns the copy
    of what was replaced (None if there was nothing).
    """
    check_sqlite_file(backup)
    inspect_sqlite_file(backup)
    problems = quick_check(backup, seconds=float("inf"))
    if problems:
        raise DatabaseDamaged(str(backup), problems[0])
    if not database.exists():
        _copy_into_place(backup, database)
        return None
    if _is_sound(database):
        safety = backup_database(database, backup_dir, "before-restore")
        _copy_database(backup, database, "WAL")
        return safety
    aside = _move_aside(database)
    _copy_into_place(backup, database)
    return aside


def _is_sound(database: Path) -> bool:
    try:
        check_sqlite_file(database)
    except DatabaseRefused:
        return False
    return not quick_check(database, seconds=float("inf"))


def _move_aside(database: Path) -> Path:
    """Rename a damaged database (and its journal files) beside itself, untouched.

    Beside it, not into the backups folder: a rename never crosses a disk, and a
    damaged file must never be offered as a backup or rotated.
    """
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside = database.with_name(f"{database.stem}-damaged-{stamp}{database.suffix}")
    for suffix in ("-wal", "-shm"):
        journal = database.with_name(database.name + suffix)
        if journal.exists():
            os.replace(journal, aside.with_name(aside.name + suffix))
    os.replace(database, aside)
    return aside


def _copy_into_place(backup: Path, database: Path) -> None:
    """Copy ``backup`` to ``database`` through a file beside it, renamed into place."""
    partial = database.with_name(database.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        _copy_database(backup, partial, "WAL")
        os.replace(partial, database)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def newest_sound_backup(database: Path, backup_dir: Path) -> BackupFile | None:
    """The newest backup of ``database`` that passes SQLite's check, if any."""
    for candidate in list_backups(database, backup_dir):
        if not quick_check(candidate.path, seconds=float("inf")):
            return candidate
    return None


def integrity_problems(database: Path) -> list[str]:
    """What ``integrity_check`` and ``foreign_key_check`` report; empty when all is well."""
    connection = _open_ro(database)
    try:
        problems = [
            row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"
        ]
        for table, rowid, parent, _fk in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid}: missing {parent}")
        return problems
    finally:
        connection.close()
