"""Opening a file with the system's own viewer; one function so tests can replace it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    """Ask the desktop to open ``path``; False when no program took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
