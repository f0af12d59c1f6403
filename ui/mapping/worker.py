"""Building the mapping report's file off the GUI thread, behind a progress dialog with Cancel.

The work is ``work(progress, is_cancelled)``: ``progress(done, total)`` is
called on the worker thread and forwarded by signal; ``is_cancelled()`` reads a
flag the Cancel button sets. The outcome comes back through ``done`` (the
work's result) or ``failed`` (the exception, ``Cancelled`` after Cancel).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

STEPS = 100


class _Worker(QObject):
    progressed = Signal(int)  # 0..STEPS
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop
        self._last = -1

    def _progress(self, done: int, total: int) -> None:
        step = min(STEPS, round(STEPS * done / total)) if total > 0 else 0
        if step != self._last:  # only what the bar can show
            self._last = step
            self.progressed.emit(step)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except Exception as error:  # the GUI thread decides what to say
            self.failed.emit(error)
            return
        self.finished.emit(result)


class BackgroundBuild(QObject):
    """One piece of work on a worker thread, behind a window-modal progress dialog."""

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, label: str, work: Work) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self.dialog: QProgressDialog | None = QProgressDialog(
            label, self.tr("Cancel"), 0, STEPS, parent
        )
        self.dialog.setObjectName("mapping_progress")
        self.dialog.setWindowTitle(label)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._running = False

    def start(self) -> None:
        self._running = True
        if self.dialog is not None:
            self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``failed`` follows with Cancelled."""
        self._stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def is_running(self) -> bool:
        return self._running

    def wait(self) -> None:
        """Block until the worker thread has ended (when the window closes)."""
        self._thread.quit()
        self._thread.wait()

    def _progressed(self, step: int) -> None:
        if self.dialog is not None and not self._stop.is_set():
            self.dialog.setValue(step)

    def _finish(self, result: Any) -> None:
        self._end()
        self.done.emit(result)

    def _fail(self, error: Any) -> None:
        self._end()
        self.failed.emit(error)

    def _end(self) -> None:
        self._running = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self._thread.quit()
        self._thread.wait()
        self.deleteLater()
