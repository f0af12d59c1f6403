"""The check of the database file at start, begun before the program has loaded.

Opening a register checks the file with SQLite's ``quick_check`` before anything
is written to it (``app.register``). That is SQLite's own work, during which
Python's other threads run; begun here on a thread, it overlaps the import of
SQLAlchemy, the models and the window instead of following them. This module
imports nothing slow, so the window can call it first.
"""

from __future__ import annotations

from pathlib import Path

from db.integrity import start_quick_check


def begin_check(target: str | Path) -> None:
    """Begin checking the database file ``target``; the opening takes the answer when it comes.

    A server's address (any URL) is not a file and is left alone; so is a path
    that is not a file, which the opening refuses with its own sentence.
    """
    if "://" in str(target):
        return
    start_quick_check(Path(target))
