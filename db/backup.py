"""Online backups with SQLite's backup API, kept as a rotating set, and restore."""

from __future__ import annotations

import hashlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from db.engine import check_sqlite_file, read_only_uri
from db.schema import inspect_sqlite_file

KEEP_BACKUPS = 14
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<tag>[0-9a-f]{8})-(?P<stamp>\d{8}-\d{12})-(?P<reason>[a-z-]+)\.sqlite3$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime
    reason: str  # "daily", "before-migration", "before-restore", "manual"


def _tag(database: Path) -> str:
    # Two databases with the same file name in different folders must not share a set.
    return hashlib.sha1(str(database.resolve()).encode("utf-8")).hexdigest()[:8]


def _open_ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(read_only_uri(path), uri=True)


def copy_database(source: Path, destination: Path) -> None:
    """Copy a live database consistently (other connections may keep writing)."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    src = _open_ro(source)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(partial, destination)


def backup_database(
    database: Path, backup_dir: Path, reason: str, *, keep: int = KEEP_BACKUPS
) -> Path:
    """Write a backup of ``database`` into ``backup_dir`` and drop the oldest beyond ``keep``."""
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


def _rotate(database: Path, backup_dir: Path, keep: int) -> None:
    for old in list_backups(database, backup_dir)[keep:]:
        old.path.unlink(missing_ok=True)


def daily_backup_due(database: Path, backup_dir: Path, today: datetime | None = None) -> bool:
    """True when no backup of ``database`` was taken today."""
    day = (today or datetime.now()).date()
    return not any(b.taken_at.date() == day for b in list_backups(database, backup_dir))


def restore_backup(backup: Path, database: Path, backup_dir: Path) -> Path | None:
    """Replace ``database`` with ``backup``; the current state is backed up first.

    The backup is checked to be a Vänort database this version can read before
    anything is touched. Pages are copied with the backup API inside one
    transaction on the target, so a crash leaves either the old or the new state.
    Returns the safety backup of the replaced database (None if there was none).
    """
    check_sqlite_file(backup)
    inspect_sqlite_file(backup)
    safety = None
    if database.exists():
        check_sqlite_file(database)
        safety = backup_database(database, backup_dir, "before-restore")
    src = _open_ro(backup)
    try:
        dst = sqlite3.connect(database)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=WAL")
        finally:
            dst.close()
    finally:
        src.close()
    return safety


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
