"""Handing a finished report to the system: its PDF viewer or spreadsheet program, or the printer.

Two small functions so tests can put fakes in their place.

Printing: Qt's print dialog cannot draw a PDF without the QtPdf module, which
the PySide6-Essentials wheels the program ships do not have. So on Windows the
PDF goes to the system's "print" verb (the default PDF program prints it),
and elsewhere, or when that fails, it opens in the viewer, where the user
prints it with its own print command.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

log = logging.getLogger("vanort.ui")


def open_file(path: Path) -> bool:
    """Open ``path`` in the program the system uses for it; False when none would."""
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def print_file(path: Path) -> bool:
    """Send the PDF ``path`` to the printer where the system can; else open it for printing.

    Returns True when it went to the system's print verb, False when it was
    opened in the viewer instead (or could not be opened at all).
    """
    if sys.platform == "win32":
        try:
            os.startfile(str(path), "print")  # type: ignore[attr-defined]  # Windows only
            return True
        except OSError as error:  # no program registered to print PDFs
            log.warning("printing %s through the shell failed: %s", path, error)
    open_file(path)
    return False


def prints_directly() -> bool:
    """True where Print hands the PDF to the printer (Windows), False where it opens the viewer."""
    return sys.platform == "win32"
