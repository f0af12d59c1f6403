"""Feedback while something takes a moment: a wait cursor, or a worker thread with a dialog."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget


@contextmanager
def wait_cursor() -> Iterator[None]:
    """Show the wait cursor for a short step on the GUI thread (opening a file)."""
    QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


class _Worker(QObject):
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self._work = work

    def run(self) -> None:
        try:
            result = self._work()
        except Exception as error:  # handed to the GUI thread, which decides what to show
            self.failed.emit(error)
            return
        self.finished.emit(result)


class BackgroundTask(QObject):
    """Runs ``work`` on a worker thread behind a busy dialog; the outcome comes by signal.

    Used for copies and integrity checks of the database file, which read the
    whole file and may take seconds on a large register. ``work`` must not touch
    Qt widgets; it opens its own SQLite connections.
    """

    done = Signal(object)  # the result of work()
    failed = Signal(object)  # the exception it raised

    def __init__(self, parent: QWidget, label: str, work: Callable[[], Any]) -> None:
        super().__init__(parent)
        self._thread = QThread(self)
        self._worker = _Worker(work)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self.dialog = QProgressDialog(label, "", 0, 0, parent)
        self.dialog.setCancelButton(None)  # SQLite's backup and checks cannot be stopped midway
        self.dialog.setMinimumDuration(400)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)

    def start(self) -> None:
        self._thread.start()

    def _finish(self, result: Any) -> None:
        self._stop()
        self.done.emit(result)

    def _fail(self, error: Any) -> None:
        self._stop()
        self.failed.emit(error)

    def _stop(self) -> None:
        self.dialog.reset()
        self.dialog.hide()
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()
        self.deleteLater()

    def is_running(self) -> bool:
        return self._thread.isRunning()
