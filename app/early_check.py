"""What the start begins before the program has loaded: the check of the file, the register's code.

Opening a register checks the file with SQLite's ``quick_check`` before anything
is written to it (``app.register``). That is SQLite's own work, during which
Python's other threads run; begun here on a thread, it overlaps the import of
SQLAlchemy, the models and the window instead of following them. This module
imports nothing slow, so the window can call it first.

The start page's reading code (SQLAlchemy, the models, the to-do and status
rules: nearly half a second) is loaded on a thread begun here too, and the
models' mappers configured and the messages' catalogue parsed, work every first
read would do: the first view cannot be read without them, and the window waits
for the check meanwhile with nothing else to do.
"""

from __future__ import annotations

import importlib
import logging
import threading
from pathlib import Path

from db.integrity import start_quick_check

log = logging.getLogger(__name__)

# What the start page's reading needs, in order: loaded before Qt and the window, so
# that the thread's work fills the wait for the check. Two threads importing at once
# could only lock each other out through a circle of imports: there is none
# (tests/test_layers.py), and no module imports a name from its own package
# (tests/ui/test_fast_start.py).
REGISTER_CODE = ("sqlalchemy", "sqlalchemy.orm", "db.models", "app.overview")

_loading: list[threading.Thread] = []


def begin_check(target: str | Path) -> None:
    """Begin checking the database file ``target``; the opening takes the answer when it comes.

    A server's address (any URL) is not a file and is left alone; so is a path
    that is not a file, which the opening refuses with its own sentence.
    """
    if "://" in str(target):
        return
    start_quick_check(Path(target))


def begin_loading() -> None:
    """Begin importing the register's code (:data:`REGISTER_CODE`) on a thread, once.

    Whoever imports one of those modules meanwhile waits for this thread's import
    of it (Python's own import lock), so nothing is loaded twice. A module that
    fails to load here is left for its real import to report.
    """
    if _loading:
        return
    thread = threading.Thread(target=_load, name="vanort-load", daemon=True)
    _loading.append(thread)
    thread.start()


def _load() -> None:
    for name in REGISTER_CODE:
        try:
            importlib.import_module(name)
        except Exception:  # said again, with the user's sentence, where it is really needed
            log.debug("could not load %s ahead of time", name, exc_info=True)
            return
    from sqlalchemy.orm import configure_mappers

    from app.i18n import current_language, load_catalogue

    try:
        # What the first query and the first message would do anyway (40 and 10 ms on
        # this machine), done while waiting.
        configure_mappers()
        load_catalogue(current_language())
    except Exception:  # the first query or message raises it again, where it is reported
        log.debug("could not prepare the register's code ahead of time", exc_info=True)
