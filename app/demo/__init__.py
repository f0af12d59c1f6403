"""The demo database: Vänersborg's twin towns as its 2014 mapping describes them.

``write_demo(path)`` builds the register through the same services the
interface uses, so every demo record has passed validation. It is written to a
temporary file beside ``path`` and only renamed into place when complete: a
failure halfway leaves nothing behind, and an existing file is never touched.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from app.demo.vanersborg import MUNICIPALITY, build
from app.workspace import Workspace
from db.errors import AlreadyExists

__all__ = ["write_demo"]


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _remove(path: Path) -> None:
    for leftover in [path, *_sidecars(path)]:
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def write_demo(path: Path) -> None:
    """Write the Vänersborg demo database to ``path``.

    Raises db.errors.AlreadyExists if ``path`` exists (it is left untouched),
    and the refusals of :meth:`Workspace.create` (a network drive, ...).
    """
    path = Path(path)
    if path.exists():
        raise AlreadyExists(str(path))
    # A hidden name in the same folder: the final rename stays on one file system.
    partial = path.with_name(f".{path.name}.{secrets.token_hex(4)}.partial")
    workspace = Workspace.create(partial, municipality=MUNICIPALITY)
    try:
        try:
            build(workspace)
        finally:
            workspace.close()
        # Closing the last connection checkpoints the write-ahead log into the
        # main file; a -wal left over would mean data outside the file we rename.
        if any(p.exists() and p.stat().st_size > 0 for p in _sidecars(partial)):
            raise OSError(f"the demo database {partial} was not closed cleanly")
        for sidecar in _sidecars(partial):
            sidecar.unlink(missing_ok=True)
        _move_into_place(partial, path)
    except BaseException:
        _remove(partial)
        raise


def _move_into_place(partial: Path, path: Path) -> None:
    """Rename ``partial`` to ``path`` without ever replacing a file that appeared meanwhile."""
    try:
        # A hard link fails if the name is taken, where a rename would overwrite.
        os.link(partial, path)
    except FileExistsError:
        raise AlreadyExists(str(path)) from None
    except OSError:
        # No hard links here (FAT, some shares): check, then rename.
        if path.exists():
            raise AlreadyExists(str(path)) from None
        os.replace(partial, path)
        return
    partial.unlink()
