"""The global exception hook: an unexpected error becomes a dialog, never a crash.

The traceback goes only to the log file (app.logging_setup); the user reads a
short explanation and the log file's path. The service layer rolls the
transaction back on any error, so nothing half-done was saved.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from app import paths
from app.errors import DatabaseRefused
from app.failures import explain_failure
from app.messages import refusal_message
from app.services.errors import ServiceError

if TYPE_CHECKING:  # the dialog's code is loaded with the first unexpected error, not at start
    from ui.dialogs.error_dialog import ErrorDialog

log = logging.getLogger("vanort.ui")

ParentOf = Callable[[], QWidget | None]


def start_log() -> Path:
    """Make sure errors reach the log file; returns its path."""
    try:
        from app.logging_setup import setup_logging
    except ImportError:  # an older tree without it: the path is still the promised one
        return paths.log_file()
    return setup_logging()


def _flush() -> None:
    try:
        from app.logging_setup import flush_logging
    except ImportError:
        return
    flush_logging()


class ExceptionHook:
    """Called by Python (and by PySide6 for errors in slots) with every uncaught exception."""

    def __init__(self, parent_of: ParentOf | None = None) -> None:
        self._parent_of = parent_of or QApplication.activeWindow
        self.dialog: ErrorDialog | None = None
        self.errors_seen = 0
        self.previous = sys.excepthook

    def __call__(
        self,
        kind: type[BaseException],
        error: BaseException,
        traceback: TracebackType | None,
    ) -> None:
        """Log an error nothing caught and tell the user in a sentence instead of a traceback."""
        if issubclass(kind, KeyboardInterrupt):
            app = QApplication.instance()
            if app is not None:
                app.quit()
            return
        self.errors_seen += 1
        if QApplication.instance() is None:
            self.previous(kind, error, traceback)
            return
        if isinstance(error, ServiceError | DatabaseRefused):
            # A refusal the interface failed to catch still has a sentence of its own.
            log.warning("uncaught refusal: %s", error, exc_info=(kind, error, traceback))
            _flush()
            text = refusal_message(error) if isinstance(error, DatabaseRefused) else str(error)
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QApplication.applicationDisplayName(),
                text,
                QMessageBox.StandardButton.Ok,
                self._parent_of(),
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()  # not exec(): the hook must return to the running event loop
            return
        parent = self._parent_of()
        workspace = getattr(parent, "workspace", None)
        failure = explain_failure(error, getattr(workspace, "path", None))
        if failure is not None:
            # The disk, the file's permissions or the server: the user can act on it.
            log.warning("storage failure: %s", error)
            _flush()
            box = QMessageBox(
                QMessageBox.Icon.Warning,
                QApplication.applicationDisplayName(),
                failure,
                QMessageBox.StandardButton.Ok,
                parent,
            )
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return
        log.error("unexpected error", exc_info=(kind, error, traceback))
        _flush()
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog at a time; the log has every error
        from ui.dialogs.error_dialog import ErrorDialog

        self.dialog = ErrorDialog(paths.log_file(), self._parent_of())
        self.dialog.open()


_hook: ExceptionHook | None = None


def install_exception_hook(parent_of: ParentOf | None = None) -> ExceptionHook:
    """Route uncaught exceptions to the error dialog from now on."""
    global _hook
    start_log()
    _hook = ExceptionHook(parent_of)
    sys.excepthook = _hook
    return _hook


def uninstall_exception_hook() -> None:
    """Give uncaught exceptions back to the hook that was there before."""
    global _hook
    if _hook is not None:
        sys.excepthook = _hook.previous
        _hook = None


def say_refusal(error: BaseException, say: Callable[[str], object]) -> bool:
    """Say the register's refusal (a ServiceError) in its one sentence through ``say`` (True).

    Anything else goes to the window's exception hook, as if it had been raised on
    this thread: it finds the sentence for it (a lost server, a full disk) and logs
    the rest (False). For the answers of work done on the database worker.
    """
    if isinstance(error, ServiceError):
        say(str(error))
        return True
    sys.excepthook(type(error), error, error.__traceback__)
    return False


def show_refusal(parent: QWidget | None, error: DatabaseRefused) -> None:
    """Tell the user in one sentence why a database could not be used."""
    QMessageBox.warning(
        parent, QApplication.translate("Errors", "Database not opened"), refusal_message(error)
    )


def show_service_error(parent: QWidget | None, title: str, error: Exception) -> None:
    """Show a service's refusal (validation, conflict, a record gone) as it words it."""
    QMessageBox.warning(parent, title, str(error))
