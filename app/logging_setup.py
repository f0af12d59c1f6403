"""The program's log file: where unexpected errors leave their details.

The user sees one sentence naming the log file; the traceback goes only here.
The file is a rotating set (1 MB x 5) in :func:`app.paths.log_dir`, and neither
the folder nor the file is created until something is actually logged, so
starting the program or running a quick command leaves no trace.
"""

from __future__ import annotations

import logging
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path

from app import paths

MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class _LazyRotatingFileHandler(RotatingFileHandler):
    """Creates its folder on the first record, and never writes to the console."""

    def __init__(self, filename: Path) -> None:
        super().__init__(
            filename, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )

    def _open(self) -> TextIOWrapper:
        Path(self.baseFilename).parent.mkdir(parents=True, exist_ok=True)
        return super()._open()

    def handleError(self, record: logging.LogRecord) -> None:
        # A log folder we cannot write to must not turn into a traceback on the
        # console: the user was promised one sentence.
        return


_handler: _LazyRotatingFileHandler | None = None


def setup_logging(level: int = logging.INFO) -> Path:
    """Send log records of ``level`` and above to the log file; returns its path.

    Safe to call again: when the log folder has moved (tests redirect it), the
    old handler is closed and replaced, so records never go to two files.
    """
    global _handler
    target = paths.log_file()
    root = logging.getLogger()
    if _handler is not None:
        if Path(_handler.baseFilename) == target.absolute():
            return target
        root.removeHandler(_handler)
        _handler.close()
    _handler = _LazyRotatingFileHandler(target)
    _handler.setLevel(level)
    _handler.setFormatter(logging.Formatter(FORMAT))
    root.addHandler(_handler)
    if root.level > level:
        root.setLevel(level)
    # Alembic announces every plugin and step at INFO on each start; the log
    # would fill with that. Our own code logs the backups and upgrades it makes.
    logging.getLogger("alembic").setLevel(logging.WARNING)
    return target


def flush_logging() -> None:
    """Write out what was logged (before the process ends or the file is named to the user)."""
    if _handler is not None:
        _handler.flush()


def stop_logging() -> None:
    """Detach and close the log file handler (at exit, and between tests)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
