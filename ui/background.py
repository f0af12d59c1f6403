"""Slow work off the GUI thread: a worker on a QThread, an optional progress dialog with Cancel.

The work is a plain function ``work(progress, is_cancelled)`` that must not
touch widgets. ``progress(label, fraction)`` may be called on the worker
thread: ``label`` replaces the dialog's text (None keeps it), ``fraction`` is
0.0 to 1.0 (None: a busy bar while the size is unknown). ``is_cancelled()``
reads a flag the Cancel button sets; the work then raises its own
``Cancelled``. The outcome comes back on the GUI thread through ``done`` (the
result) or ``failed`` (the exception); nothing here spins an event loop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Progress = Callable[[str | None, float | None], None]
Work = Callable[[Progress, Callable[[], bool]], Any]

STEPS = 200
"""Steps of the progress bar: smooth enough, and few signals across threads."""


class _Worker(QObject):
    progressed = Signal(str, int)  # label ("" keeps the shown one), step 0..STEPS, -1 unknown
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Work, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._stop = stop
        self._last: tuple[str, int] | None = None

    def _progress(self, label: str | None, fraction: float | None) -> None:
        step = -1 if fraction is None else round(max(0.0, min(1.0, fraction)) * STEPS)
        now = (label or "", step)
        if now != self._last:  # only what the bar can show; a signal per row would flood
            self._last = now
            self.progressed.emit(*now)

    def run(self) -> None:
        try:
            result = self._work(self._progress, self._stop.is_set)
        except Exception as error:  # the GUI thread decides what to say
            self.failed.emit(error)
            return
        self.finished.emit(result)


class BackgroundWork(QObject):
    """One piece of work on a worker thread, behind a window-modal progress dialog.

    ``cancellable=False`` is for work that cannot stop midway (SQLite's backup
    and checks): no Cancel button, a busy bar. ``dialog=False`` is for work
    that shows its progress elsewhere (``progressed`` still reports it). The
    object deletes itself after ``done`` or ``failed``.
    """

    done = Signal(object)  # the work's result
    failed = Signal(object)  # the exception it raised (Cancelled after Cancel)
    progressed = Signal(str, int)  # label ("" when unchanged), step 0..STEPS or -1

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Work,
        *,
        cancellable: bool = True,
        dialog: bool = True,
        name: str = "",
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self._running = False
        self._thread = QThread(self)
        self._worker = _Worker(work, self._stop)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.run)
        # The worker belongs to the thread, so it is deleted there once the thread ends.
        self._thread.finished.connect(self._worker.deleteLater)
        self._worker.progressed.connect(self._progressed)
        self._worker.finished.connect(self._finish)
        self._worker.failed.connect(self._fail)
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = self._make_dialog(parent, title, cancellable, name)

    def _make_dialog(
        self, parent: QWidget, title: str, cancellable: bool, name: str
    ) -> QProgressDialog:
        shown = QProgressDialog(title, self.tr("Cancel"), 0, STEPS, parent)
        if cancellable:
            shown.canceled.connect(self.cancel)
        else:
            # Work that cannot be stopped reports no progress either: a busy bar, no button.
            shown.setCancelButton(None)
            shown.setMaximum(0)
        if name:
            shown.setObjectName(name)
        shown.setWindowTitle(title)
        shown.setWindowModality(Qt.WindowModality.WindowModal)
        shown.setMinimumDuration(300)  # quick work finishes without a flash of a dialog
        # We close it ourselves when the outcome arrives, not when the bar is full.
        shown.setAutoClose(False)
        shown.setAutoReset(False)
        return shown

    def start(self) -> None:
        """Begin the work on the worker thread."""
        self._running = True
        if self.dialog is not None and self.dialog.maximum() > 0:
            self.dialog.setValue(0)
        self._thread.start()

    def cancel(self) -> None:
        """Ask the work to stop at its next check; ``failed`` follows with its Cancelled."""
        if not self._running:
            return
        self._stop.set()
        if self.dialog is not None:
            self.dialog.setLabelText(self.tr("Stopping…"))

    def is_running(self) -> bool:
        """True from ``start`` until ``done`` or ``failed`` has been sent."""
        return self._running

    def wait(self) -> None:
        """Ask the work to stop and block until the thread has ended (a window closes)."""
        self._stop.set()
        self._thread.quit()
        self._thread.wait()

    def _progressed(self, label: str, step: int) -> None:
        self.progressed.emit(label, step)
        if self.dialog is None or self._stop.is_set():
            return  # keep "Stopping…" on show
        if label:
            self.dialog.setLabelText(label)
        if step < 0:
            self.dialog.setMaximum(0)  # a busy bar until the size is known
        else:
            self.dialog.setMaximum(STEPS)
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
