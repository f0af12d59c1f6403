"""``vanort`` without a sub-command: open the program's window.

The interface lives in ``ui.app`` and is imported only here, so sub-commands
never load Qt.
"""

from __future__ import annotations

import argparse
import gc
import importlib
from collections.abc import Callable

from app.cli.common import complain
from app.early_check import begin_check, begin_loading
from app.i18n import translate


def open_window(args: argparse.Namespace) -> int:
    """Start the interface on ``--database`` (or the default database) and wait for it."""
    # The start makes about 150 000 long-lived objects (Qt's bindings, the register's
    # code and models); the collector walked them all twice before the window was up,
    # two full collections of 20-110 ms in a one-second start, finding no garbage.
    # ui.app.run turns it back on once the window is on screen.
    gc.disable()
    try:
        return _open(args)
    finally:
        gc.enable()  # after run, or when the window never came


def _open(args: argparse.Namespace) -> int:
    database = getattr(args, "database", None)
    # Begun before Qt is loaded: the check of the file and the register's code run on
    # threads of their own while the window's code loads (app.early_check).
    if database:
        begin_check(str(database))
    begin_loading()
    try:
        module = importlib.import_module("ui.app")
    except ImportError as error:
        if error.name in ("ui", "ui.app"):
            complain(
                translate(
                    "CommandLine",
                    "The program's window is not part of this installation yet; "
                    "the sub-commands work (see vanort --help).",
                )
            )
            return 1
        if (error.name or "").split(".")[0] == "PySide6":
            complain(
                translate(
                    "CommandLine",
                    "The window needs PySide6, which is not installed; run make install.",
                )
            )
            return 1
        raise
    run: Callable[[str | None], int] = module.run
    return int(run(str(database) if database else None))
