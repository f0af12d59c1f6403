"""Is a database file sound? SQLite's own checks, read-only and bounded in time.

``PRAGMA quick_check`` reads every page and checks the b-trees (not the indexes
against their tables, which ``integrity_check`` does too), so it finds random
bytes written into a file, a torn page or a truncated file. It is run before a
file is opened for writing, backed up or restored, so a damaged file is never
written to or copied over a good backup.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from db.engine import read_only_uri

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
