"""A report built off the GUI thread: a worker object on a QThread, a progress dialog, Cancel.

The work is :func:`app.reports.output.export_report` (or any function of the
same shape: ``work(progress, is_cancelled) -> result``). Progress comes back
from the worker thread by signal; Cancel sets a flag the renderers read
between pages and rows, and the work ends with ``Cancelled``. Results and
errors arrive as signals on the GUI thread; no event loop is spun by hand.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[str, float | None], None], Callable[[], bool]], Any]

STEPS = 100
"""Steps of the progress bar: smooth enough, and few signals."""


class _Worker(QObject):
    progressed = Signal(str, int)  # stage, step 0..STEPS (-1: not known yet)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop
        self._last: tuple[str, int] | None = None

    def _progress(self, stage: str, fraction: float | None) -> None:
        step = -1 if fraction is None else round(max(0.0, min(1.0, fraction)) * STEPS)
        if (stage, step) != self._last:  # only what the bar can show
            self._last = (stage, step)
            self.progressed.emit(stage, step)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except Exception as error:  # the GUI thread decides what to say
            self.failed.emit(error)
            return
        self.finished.emit(result)


class ReportJob(QObject):
    """One report being made, behind a window-modal progress dialog with Cancel.

    ``done`` carries the work's result (the written file), ``failed`` the
    exception it raised: ``Cancelled`` after Cancel, a ``ServiceError`` with a
    sentence for the user, or anything unexpected.
    """

    done = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QWidget, title: str, work: Work) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread = QThread(self)
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, STEPS, parent)
        self.dialog.setObjectName("report_progress")
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._running = False

    def start(self) -> None:
        """Begin the work on the worker thread."""
        self._running = True
        self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``failed`` follows with Cancelled."""
        if not self._running:
            return
        self._stop.set()
        self.dialog.setLabelText(self.tr("Stopping…"))

    def is_running(self) -> bool:
        return self._running

    def wait(self) -> None:
        """Ask the work to stop and block until the thread has ended (the window closes)."""
        self._stop.set()
        self._thread.quit()
        self._thread.wait()

    def _progressed(self, stage: str, step: int) -> None:
        if self._stop.is_set():
            return
        self.dialog.setLabelText(stage)
        if step < 0:
            self.dialog.setMaximum(0)  # a busy bar until the size is known
        else:
            self.dialog.setMaximum(STEPS)
            self.dialog.setValue(step)

    def _end(self) -> None:
        self._running = False
        self._thread.quit()
        self._thread.wait()
        self._worker.deleteLater()
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finish(self, result: Any) -> None:
        self._end()
        self.done.emit(result)

    def _fail(self, error: Any) -> None:
        self._end()
        self.failed.emit(error)
