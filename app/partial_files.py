"""New database files are built under a hidden name beside their target, then moved into place.

A new register or the demo is written to ``.NAME.PID-TOKEN.partial`` in the
target's folder and renamed (without ever replacing a file) when complete, so
a program killed halfway never leaves a half-built file under the name the
user chose. The process id in the name lets the next run remove what a killed
run left behind.
"""

from __future__ import annotations

import contextlib
import os
import re
import secrets
from pathlib import Path

from db.errors import AlreadyExists

_SIDECARS = ("-wal", "-shm", "-journal")


def partial_path(path: Path) -> Path:
    """A hidden, unique name beside ``path`` to build it under."""
    return path.with_name(f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.partial")


def sidecars(path: Path) -> list[Path]:
    """SQLite's journal files of ``path``."""
    return [path.with_name(path.name + suffix) for suffix in _SIDECARS]


def remove_with_sidecars(path: Path) -> None:
    """Remove ``path`` and its journal files, whatever is there."""
    for leftover in [path, *sidecars(path)]:
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True
    return True


def remove_stale_partials(path: Path) -> None:
    """Remove what runs killed while building ``path`` left beside it."""
    # The demo builds a register under a hidden name, which builds under a hidden name
    # of its own: "..demo.sqlite3.PID-x.partial.PID-y.partial" belongs to demo.sqlite3 too.
    pattern = re.compile(r"\.+" + re.escape(path.name) + r"\.(\d+)-[0-9a-f]+\.partial")
    if not path.parent.is_dir():
        return
    for candidate in list(path.parent.iterdir()):
        match = pattern.match(candidate.name)
        if match and not _alive(int(match[1])):
            with contextlib.suppress(OSError):
                candidate.unlink(missing_ok=True)


def settle(partial: Path) -> None:
    """After the last connection closed: the write-ahead log must be empty, then gone."""
    if any(p.exists() and p.stat().st_size > 0 for p in sidecars(partial)):
        raise OSError(f"{partial} was not closed cleanly")
    for sidecar in sidecars(partial):
        sidecar.unlink(missing_ok=True)


def move_into_place(partial: Path, path: Path) -> None:
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
