"""Handing a finished report to the system: its PDF viewer or spreadsheet program.

One small function so tests can put a fake in its place. Printing goes through
Qt's print dialog instead (:mod:`ui.printing`), which paints the PDF's pages.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices


def open_file(path: Path) -> bool:
    """Open ``path`` in the program the system uses for it; False when none would."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
