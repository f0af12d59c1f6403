"""The interface's own memory: window geometry, splitters, columns, recent databases.

Kept in an INI file under app.paths.settings_dir() (never the Windows registry),
so tests redirect it with VANORT_HOME and a portable install carries it along.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from app import paths

SETTINGS_FILE = "vanort-ui.ini"
MAX_RECENT = 8


def settings() -> QSettings:
    """The interface settings, read from and written to the INI file."""
    folder = paths.settings_dir()
    folder.mkdir(parents=True, exist_ok=True)
    return QSettings(str(folder / SETTINGS_FILE), QSettings.Format.IniFormat)


def recent_databases() -> list[str]:
    """Databases opened lately, the newest first (only those that still exist or are URLs)."""
    value = settings().value("files/recent", [])
    # QSettings returns a lone entry as a plain string, and nothing stored as None.
    stored: list[object]
    if isinstance(value, str):
        stored = [value]
    elif isinstance(value, list | tuple):
        stored = list(value)
    else:
        stored = []
    found: list[str] = []
    for entry in stored:
        text = str(entry)
        if text and text not in found and ("://" in text or Path(text).exists()):
            found.append(text)
    return found


def remember_database(target: str) -> None:
    """Put ``target`` first in the recent list and make it the one opened next time."""
    store = settings()
    entries = [target] + [e for e in recent_databases() if e != target]
    store.setValue("files/recent", entries[:MAX_RECENT])
    store.setValue("files/last", target)


def last_database() -> str | None:
    """The database open when the program last closed, if it still exists."""
    value = settings().value("files/last", "")
    text = str(value or "")
    if not text:
        return None
    if "://" in text or Path(text).exists():
        return text
    return None


def save_state(key: str, state: QByteArray) -> None:
    """Store a widget state (geometry, splitter, header) under ``key``."""
    settings().setValue(f"state/{key}", state)


def load_state(key: str) -> QByteArray | None:
    """The widget state stored under ``key``, or None."""
    value = settings().value(f"state/{key}")
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    return None
