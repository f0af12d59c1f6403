"""One sentence for the ways storage fails under the user: read-only, locked, full, gone.

SQLite, the file system and the database server each say these things in their
own words ("attempt to write a readonly database", ENOSPC, "server closed the
connection"), often wrapped in SQLAlchemy's exceptions. The command line and
the window both ask :func:`explain_failure`, so the user reads the same sentence
in both, says what to do, and never sees a traceback. Every such failure
happens inside a transaction that is rolled back, so nothing was half-saved.
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

from app.i18n import translate
from db.errors import ServerConnectionLost
from db.server_errors import is_connection_lost, is_permission_denied

# Less free space than this on the database's disk makes "disk I/O error" a full disk.
_NEARLY_FULL_BYTES = 1024 * 1024

_FULL = (errno.ENOSPC, errno.EDQUOT)
# EACCES and EPERM are left to the caller: they may be about reading as well.
_READ_ONLY = (errno.EROFS,)

# Windows' answers when another program holds a file open: ERROR_SHARING_VIOLATION
# and ERROR_LOCK_VIOLATION. Replacing a file Excel or Word has open is
# ERROR_ACCESS_DENIED (5) instead, which a read-only file gives too.
_SHARING_VIOLATIONS = (32, 33)
_ACCESS_DENIED = 5


class FileInUse(OSError):
    """A file could not be replaced or moved: another program (Excel, Word) has it open."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__(errno.EACCES, "open in another program", str(path))
        self.path = Path(path)


def held_by_another_program(error: OSError) -> bool:
    """True when ``error`` is Windows refusing a file that another program has open."""
    winerror = getattr(error, "winerror", None)
    if winerror in _SHARING_VIOLATIONS:
        return True
    # A file we may write but cannot replace on Windows is open elsewhere.
    return sys.platform == "win32" and winerror == _ACCESS_DENIED


def file_in_use_message(path: str | os.PathLike[str]) -> str:
    """The one sentence for a file that another program holds open."""
    return translate(
        "Failures", "The file %1 is open in another program. Close it or choose another name."
    ).replace("%1", Path(path).name)


def attachment_in_use_message(name: str) -> str:
    """The sentence for an attachment that cannot be moved aside: it is open elsewhere."""
    return translate(
        "Failures",
        "The file %1 is open in another program, so it could not be removed. Close it and "
        "try again; nothing was changed.",
    ).replace("%1", name)


def _chain(error: BaseException) -> Iterator[BaseException]:
    """The error, what it wraps (SQLAlchemy's ``orig``), and what caused it."""
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        pending.extend([getattr(current, "orig", None), current.__cause__, current.__context__])


def _full(where: str | None) -> str:
    if where:
        return translate(
            "Failures",
            "The disk is full, so %1 could not be written; free some space and try again. "
            "Nothing was saved.",
        ).replace("%1", where)
    return translate(
        "Failures",
        "The disk is full; free some space and try again. Nothing was saved.",
    )


def _read_only(where: str | None) -> str:
    if where:
        return translate(
            "Failures",
            "%1 cannot be written: the file or its folder is read-only. Ask for write "
            "permission, or copy the database to a folder of your own.",
        ).replace("%1", where)
    return translate(
        "Failures",
        "The database cannot be written: the file or its folder is read-only. Ask for write "
        "permission, or copy the database to a folder of your own.",
    )


def _locked() -> str:
    return translate(
        "Failures",
        "The database is locked by another program that is writing to it; wait a moment or "
        "close that program, and try again. Nothing was saved.",
    )


def _server_gone() -> str:
    return translate(
        "Failures",
        "The connection to the database server was lost; check the network and try again.",
    )


def permission_denied() -> str:
    """The sentence for a write the server refused because the role may only read."""
    return translate(
        "Failures",
        "Your account on the database server may read the register but not change it; ask the "
        "server's administrator for editing rights. Nothing was saved.",
    )


def _commit_lost(committed: bool | None) -> str:
    if committed is False:
        return translate(
            "Failures",
            "The connection to the database server was lost before the change was stored; the "
            "server confirms nothing was saved. Check the network and save again.",
        )
    return translate(
        "Failures",
        "The connection to the database server was lost while saving and the server could not "
        "be asked whether the change was stored; when it is back, reload the record to see.",
    )


def disk_is_full(folder: Path) -> bool:
    """True when the disk holding ``folder`` has (next to) no free space left."""
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def explain_failure(error: BaseException, database: Path | None = None) -> str | None:
    """The user's sentence for a storage failure in ``error``; None when it is not one.

    ``database`` is the open database file, when there is one: SQLite's "disk I/O
    error" is a full disk when that file's disk has no space left.
    """
    for cause in _chain(error):
        if isinstance(cause, FileInUse):
            return file_in_use_message(cause.path)
        if isinstance(cause, ServerConnectionLost):
            return _commit_lost(cause.committed)
        if is_permission_denied(cause):
            return permission_denied()
        if isinstance(cause, OSError) and not isinstance(cause, sqlite3.Error):
            where = str(cause.filename) if cause.filename else None
            if held_by_another_program(cause) and where:
                return file_in_use_message(cause.filename2 or where)
            if cause.errno in _FULL:
                return _full(where)
            if cause.errno in _READ_ONLY:
                return _read_only(where)
        if isinstance(cause, sqlite3.Error):
            text = str(cause).lower()
            if "disk is full" in text:
                return _full(None)
            if "readonly database" in text or "read-only" in text:
                if database is not None and disk_is_full(database.parent):
                    return _full(None)  # opened for reading only because the disk is full
                return _read_only(str(database) if database else None)
            if "database is locked" in text or "table is locked" in text:
                return _locked()
            if "disk i/o error" in text or "unable to open database file" in text:
                if database is not None and disk_is_full(database.parent):
                    return _full(None)
                if database is not None and not _writable(database):
                    return _read_only(str(database))
        if type(cause).__module__.startswith("psycopg") and (
            type(cause).__name__ in ("OperationalError", "InterfaceError")
            # A restarted or stopped server ends the connection with its own class
            # (AdminShutdown, 57P01); without a ping before each use it meets the user.
            or is_connection_lost(cause)
        ):
            return _server_gone()
    return None


def _writable(database: Path) -> bool:
    return os.access(database, os.W_OK) and os.access(database.parent, os.W_OK)
