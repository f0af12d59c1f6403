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
from app.workspace import Workspace
from db.errors import AlreadyExists

__all__ = ["write_demo"]


def write_demo(path: Path) -> None:
    """Write the Vänersborg demo database to ``path``.

    Raises db.errors.AlreadyExists if ``path`` exists (it is left untouched),
    and the refusals of :meth:`Workspace.create` (a network drive, ...).
    """
    path = Path(path)
    if path.exists():
        raise AlreadyExists(str(path))
    remove_stale_partials(path)
    # A hidden name in the same folder: the final rename stays on one file system.
    partial = partial_path(path)
    workspace = Workspace.create(partial, municipality=MUNICIPALITY)
    try:
        try:
            build(workspace)
        finally:
            workspace.close()
        # Closing the last connection checkpoints the write-ahead log into the
        # main file; a -wal left over would mean data outside the file we rename.
        settle(partial)
        move_into_place(partial, path)
    except BaseException:
        remove_with_sidecars(partial)
        raise
