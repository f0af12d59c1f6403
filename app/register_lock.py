"""A lock file beside a database while a window has it open, saying who holds it.

As office programs do, the window writes ``.~lock.NAME#`` beside the database
with the user, the computer, the process and the time. A second window is
warned and told who; ``vanort restore`` refuses to replace a file a window
holds. A lock left by a program that died on this computer (its process is
gone) is stale and ignored. The lock is advice between Vänort's own windows:
SQLite's locking still keeps every write whole.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from app.login_name import current_user


@dataclass(frozen=True)
class LockHolder:
    """Who has the database open in a window."""

    user: str
    host: str
    pid: int
    since: datetime

    def describe(self) -> str:
        """ "anna on LAPTOP-12 since 2026-12-06 09:15" (the parts are not translated)."""
        return f"{self.user}@{self.host}, {self.since:%Y-%m-%d %H:%M}"


def lock_path(database: Path) -> Path:
    """Where the lock of ``database`` is written."""
    return database.with_name(f".~lock.{database.name}#")


def _alive(pid: int) -> bool:
    if pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # it exists but belongs to someone else, or we cannot tell
    return True


def holder(database: Path) -> LockHolder | None:
    """Who holds ``database`` open in a window, or None (no lock, or a stale one)."""
    try:
        data = json.loads(lock_path(database).read_text(encoding="utf-8"))
        found = LockHolder(
            str(data["user"]), str(data["host"]), int(data["pid"]),
            datetime.fromisoformat(str(data["since"])),
        )  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None
    if found.host == socket.gethostname() and not _alive(found.pid):
        return None
    return found


def take(database: Path) -> LockHolder | None:
    """Write this window's lock; returns another live holder to warn about, if any.

    A lock that cannot be written (a read-only folder) is no reason to refuse the
    database: the warning between windows is lost, nothing else.
    """
    other = holder(database)
    if other is not None and (other.pid != os.getpid() or other.host != socket.gethostname()):
        return other  # theirs stays: when they close, the file is free again
    mine = {
        "user": current_user(),
        "host": socket.gethostname(),
        "pid": os.getpid(),
        "since": datetime.now().isoformat(timespec="seconds"),
    }
    with contextlib.suppress(OSError):
        lock_path(database).write_text(json.dumps(mine), encoding="utf-8")
    return other


def release(database: Path) -> None:
    """Remove this process's lock (another window's newer lock is left alone)."""
    path = lock_path(database)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if int(data.get("pid", -1)) == os.getpid() and data.get("host") == socket.gethostname():
            path.unlink()
    except (OSError, ValueError, TypeError):
        pass
