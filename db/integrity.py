"""Is a database file sound? SQLite's own checks, read-only and bounded in time.

``PRAGMA quick_check`` reads every page and checks the b-trees (not the indexes
against their tables, which ``integrity_check`` does too), so it finds random
bytes written into a file, a torn page or a truncated file. It is run before a
file is opened for writing, backed up or restored, so a damaged file is never
written to or copied over a good backup.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from db.file_uri import read_only_uri

# A laptop's register is checked in a few milliseconds; the Europe-sized register of
# a national association in about a second. Past this the check stops and the file is
# taken as sound: a slow start is worse than an unlikely damage seen a day later by
# the daily backup's own check.
QUICK_CHECK_SECONDS = 3.0
# How many SQLite virtual-machine steps pass between two looks at the clock.
_STEPS_BETWEEN_LOOKS = 10_000


def quick_check(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> list[str]:
    """What ``PRAGMA quick_check`` finds wrong with ``path``; empty when it finds nothing.

    The file is read without being changed. When the check takes longer than
    ``seconds`` it is stopped and nothing is reported. A file SQLite cannot read at
    all is reported with SQLite's own sentence.
    """
    deadline = time.monotonic() + seconds
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as error:
        return [str(error)]
    try:
        connection.set_progress_handler(
            lambda: int(time.monotonic() > deadline), _STEPS_BETWEEN_LOOKS
        )
        try:
            rows = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.OperationalError as error:
            if "interrupted" in str(error):
                return []
            return [str(error)]
        except sqlite3.DatabaseError as error:
            return [str(error)]
        return [str(row[0]) for row in rows if row[0] != "ok"]
    finally:
        connection.close()


def is_sound(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> bool:
    """True when :func:`quick_check` finds nothing wrong with ``path``."""
    return not quick_check(path, seconds=seconds)


# -- the check at start, begun early ------------------------------------------------


@dataclass
class _EarlyCheck:
    stamp: tuple[int, ...]
    problems: list[str] | None = None
    done: threading.Event = field(default_factory=threading.Event)


_early_checks: dict[Path, _EarlyCheck] = {}
_early_lock = threading.Lock()


def _stamp(path: Path) -> tuple[int, ...] | None:
    """Size and time of the file and its ``-wal``: a write in between changes one of them."""
    try:
        main = path.stat()
    except OSError:
        return None
    wal = path.with_name(path.name + "-wal")
    try:
        wal_stat = wal.stat()
        wal_part = (wal_stat.st_size, wal_stat.st_mtime_ns)
    except OSError:
        wal_part = (-1, -1)
    return (main.st_size, main.st_mtime_ns, *wal_part)


def _run_early(path: Path, early: _EarlyCheck) -> None:
    try:
        early.problems = quick_check(path)
    finally:
        early.done.set()


def start_quick_check(path: Path) -> None:
    """Begin :func:`quick_check` of ``path`` on a thread of its own; :func:`checked` takes the answer.

    The window starts it before it imports SQLAlchemy and the models: the check
    is SQLite's own work, which lets Python's other threads run, so the two
    overlap instead of following each other. Nothing is started for a path that
    is not a file (a server's address, a file that is missing).
    """
    resolved = Path(path).resolve()
    stamp = _stamp(resolved)
    if stamp is None or not resolved.is_file():
        return
    with _early_lock:
        if resolved in _early_checks:
            return
        early = _EarlyCheck(stamp)
        _early_checks[resolved] = early
    # Daemon: a check still running when the user quits must not keep the program alive.
    threading.Thread(target=_run_early, args=(resolved, early), daemon=True).start()


def checked(path: Path, *, seconds: float = QUICK_CHECK_SECONDS) -> list[str]:
    """What :func:`quick_check` finds wrong with ``path``, from the early check when there was one.

    The early answer (:func:`start_quick_check`) counts only when the file and its
    ``-wal`` are unchanged since it began; otherwise the file is checked now. Each
    early answer is used once.
    """
    resolved = Path(path).resolve()
    with _early_lock:
        early = _early_checks.pop(resolved, None)
    if early is not None:
        early.done.wait()
        if early.problems is not None and early.stamp == _stamp(resolved):
            return early.problems
    return quick_check(path, seconds=seconds)
