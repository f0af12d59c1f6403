"""The demo database: Vänersborg's twin towns as its 2014 mapping describes them.

``write_demo(path)`` builds the register through the same services the
interface uses, so every demo record has passed validation. It is written to a
temporary file beside ``path`` and only renamed into place when complete: a
failure halfway leaves nothing behind, and an existing file is never touched.
"""

from __future__ import annotations

from pathlib import Path

from app.demo.vanersborg import MUNICIPALITY, build
from app.partial_files import (
    move_into_place,
    partial_path,
    remove_stale_partials,
    remove_with_sidecars,
    settle,
)
from app.register import create_register
from db.engine import is_url, sqlite_file_of
from db.errors import AlreadyExists

__all__ = ["write_demo"]


def write_demo(target: str | Path) -> None:
    """Write the Vänersborg demo database to ``target``: a file path or a server's URL.

    Raises db.errors.AlreadyExists if the file exists or the server's database
    already holds a register (either is left untouched), and the refusals of
    :func:`app.register.create_register` (a network drive, ...).
    """
    if is_url(target) and sqlite_file_of(str(target)) is None:
        # A server: no file to rename into place; an empty database is filled.
        db = create_register(str(target), municipality=MUNICIPALITY)
        try:
            build(db)
        finally:
            db.close()
        return
    path = Path(sqlite_file_of(str(target)) or target) if is_url(target) else Path(target)
    if path.exists():
        raise AlreadyExists(str(path))
    remove_stale_partials(path)
    # A hidden name in the same folder: the final rename stays on one file system.
    partial = partial_path(path)
    db = create_register(partial, municipality=MUNICIPALITY)
    try:
        try:
            build(db)
        finally:
            db.close()
        # Closing the last connection checkpoints the write-ahead log into the
        # main file; a -wal left over would mean data outside the file we rename.
        settle(partial)
        move_into_place(partial, path)
    except BaseException:
        remove_with_sidecars(partial)
        raise
