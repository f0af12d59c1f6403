"""Running a step of the import off the GUI thread, with progress and a Cancel button.

The work is a function ``work(progress, cancelled)`` from ``app.importing``:
``progress(step)`` is called on the worker thread and forwarded by signal, and
``cancelled()`` reads a flag the Cancel button sets. Results and errors come
back through signals on the GUI thread; nothing here spins an event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.importing.rows import ImportProgress

Work = Callable[[Callable[[ImportProgress], None], Callable[[], bool]], Any]

# Steps of the progress bar; enough for a smooth bar, few enough signals.
STEPS = 200


class _Worker(QObject):
    progressed = Signal(str, int)  # stage text, step (0..STEPS, -1 when unknown)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop
        self._last: tuple[str, int] | None = None

    def _progress(self, step: ImportProgress) -> None:
        at = -1 if step.fraction is None else round(step.fraction * STEPS)
        now = (step.stage, at)
        if now != self._last:  # only what the bar can show
            self._last = now
            self.progressed.emit(step.text(), at)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except Exception as error:  # the GUI thread decides what to say
            self.failed.emit(error)
            return
        self.finished.emit(result)


class BackgroundImport(QObject):
    """One step of the import on a worker thread, behind a modal progress dialog.

    ``done`` carries the work's result, ``failed`` the exception it raised
    (``Cancelled`` when the user pressed Cancel). ``dialog`` may be None for
    work that shows its progress elsewhere.
    """

    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(str, int)

    def __init__(self, parent: QWidget, title: str, work: Work, *, dialog: bool = True) -> None:
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
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, STEPS, parent)
            self.dialog.setWindowTitle(title)
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
        """Block until the worker thread has ended (used when the window closes)."""
        self._thread.quit()
        self._thread.wait()

    def _progressed(self, text: str, step: int) -> None:
        self.progressed.emit(text, step)
        if self.dialog is None or self._stop.is_set():
            return
        self.dialog.setLabelText(text)
        if step < 0:
            self.dialog.setMaximum(0)  # a busy bar when the size is unknown
        else:
            self.dialog.setMaximum(STEPS)
            self.dialog.setValue(step)

    def _finish(self, result: Any) -> None:
        self._stop_thread()
        self.done.emit(result)

    def _fail(self, error: Any) -> None:
        self._stop_thread()
        self.failed.emit(error)

    def _stop_thread(self) -> None:
        self._running = False
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None
        self._thread.quit()
        self._thread.wait()
        self.deleteLater()
