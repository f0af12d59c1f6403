"""Every path the program writes to, in one place so tests can redirect them.

Paths come from platformdirs with ``roaming=False``: a Windows roaming profile
must never carry a live SQLite file between machines. Setting the environment
variable ``VANORT_HOME`` (tests do) puts everything under one folder instead.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Vanort"
APP_AUTHOR = "Vanort"


def _base() -> Path | None:
    home = os.environ.get("VANORT_HOME")
    return Path(home) if home else None


def data_dir() -> Path:
    """The per-user data folder holding the default database."""
    base = _base()
    if base is not None:
        return base / "data"
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR, roaming=False))


def default_database() -> Path:
    """The register opened when no other was chosen."""
    return data_dir() / "vanort.sqlite3"


def backups_dir() -> Path:
    """The folder of the automatic backups."""
    return data_dir() / "backups"


def log_dir() -> Path:
    """The folder of the program's log files."""
    base = _base()
    if base is not None:
        return base / "logs"
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, APP_AUTHOR))


def log_file() -> Path:
    """The program's log file."""
    return log_dir() / "vanort.log"


def settings_dir() -> Path:
    """The folder of the program's settings."""
    base = _base()
    if base is not None:
        return base / "settings"
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR, roaming=False))


def attachments_dir(database: Path) -> Path:
    """Attachments live beside their database, so copying both keeps them together."""
    return database.with_name(database.stem + "-bilagor")
