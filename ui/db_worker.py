"""The window's one database worker: every read and write of the window, one at a time, off screen.

A page hands over a plain function of no arguments that talks to the
register (through the Workspace) and two callbacks; the function runs on the
worker's thread, in the order given, and its result or its exception comes
back on the GUI thread. One thread means one connection's worth of serial
work: a write never races a read of the same window, and a slow database (a
server across a network) delays the lists instead of freezing the window.

The register's sessions are made inside each call (``Database.reading`` and
``Database.transaction``), so no session crosses threads; the engine's pool
is thread-safe and SQLite's connections are opened without the same-thread
check (db/engine.py).

When the queue is busy for longer than a moment (``BUSY_AFTER_MS``) the
cursor shows it; quick work shows nothing.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QGuiApplication

log = logging.getLogger(__name__)

BUSY_AFTER_MS = 300
"""Work that is done within this long shows no busy cursor: a flash would only distract."""

_LIVE: set[_Thread] = set()
"""Threads that may still run, held here: a running QThread must not be freed, so a window
that was never closed has its thread ended at exit."""


@atexit.register
def _stop_all() -> None:
    for thread in list(_LIVE):
        thread.finish()


Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass
class _Job:
    number: int
    work: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    owner: QObject | None
    generation: int
    write: bool = False


class _Thread(QThread):
    """Runs the queued jobs one after another until it is given None."""

    def __init__(self, jobs: queue.Queue[_Job | None], report: _Report) -> None:
        super().__init__()
        self._jobs = jobs
        self._report = report
        self.running: _Job | None = None
        self.lock = threading.Lock()

    def run(self) -> None:
        while True:
            job = self._jobs.get()
            try:
                if job is None:
                    return
                with self.lock:
                    self.running = job
                try:
                    result = job.work()
                except Exception as error:  # the GUI thread decides what to say
                    self._send(self._report.failed, job.number, error)
                else:
                    self._send(self._report.finished, job.number, result)
                finally:
                    with self.lock:
                        self.running = None
            finally:
                self._jobs.task_done()

    @staticmethod
    def _send(signal: Any, number: int, outcome: object) -> None:
        # RuntimeError: the window went away meanwhile, and nobody is waiting.
        with contextlib.suppress(RuntimeError):
            signal.emit(number, outcome)

    def finish(self) -> None:
        """End after the job that runs now; the queued ones are dropped by the caller."""
        self._jobs.put(None)
        self.wait()
        _LIVE.discard(self)


class _Report(QObject):
    """Lives on the GUI thread: signals emitted from the worker arrive there queued."""

    finished = Signal(int, object)
    failed = Signal(int, object)


class DatabaseWorker(QObject):
    """One worker thread for the window's database work; see the module's note."""

    busy_changed = Signal(bool)  # True once work has taken longer than BUSY_AFTER_MS
    idle = Signal()  # every job handed over so far has come back

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.Queue[_Job | None] = queue.Queue()
        self._report = _Report(self)
        self._report.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self._report.failed.connect(self._failed, Qt.ConnectionType.QueuedConnection)
        self._waiting: dict[int, _Job] = {}
        self._number = 0
        self._generation = 0
        self._busy = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)
        self._thread = _Thread(self._jobs, self._report)
        self._thread.setObjectName("database worker")
        self._stopped = False
        self._thread.start()
        _LIVE.add(self._thread)

    # ------------------------------------------------------------ handing over work

    def run_read(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work`` (a read) on the worker; ``on_done(result)`` follows on the GUI thread.

        ``on_error(exception)`` gets what ``work`` raised (logged when there is
        no ``on_error``). A deleted ``owner`` (a page closed meanwhile) gets no callback.
        """
        self._submit(work, on_done, on_error, owner)

    def run_write(
        self,
        work: Callable[[], Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        owner: QObject | None = None,
    ) -> None:
        """Run ``work`` (a write, returning what it changed: the kind and ids) in turn.

        Writes share the reads' queue, so a read handed over after a write sees it.
        A write handed over is always carried out, even when the window closes or
        opens another register meanwhile (:meth:`forget_queued` waits for it).
        """
        self._submit(work, on_done, on_error, owner, write=True)

    def _submit(
        self,
        work: Callable[[], Any],
        on_done: Done | None,
        on_error: Failed | None,
        owner: QObject | None,
        *,
        write: bool = False,
    ) -> None:
        if self._stopped:
            log.debug("database work handed over after the window closed; dropped")
            return
        self._number += 1
        job = _Job(self._number, work, on_done, on_error, owner, self._generation, write)
        if owner is not None:
            owner.destroyed.connect(lambda _o=None, number=job.number: self._orphan(number))
        if not self._waiting:
            self._busy_timer.start()
        self._waiting[job.number] = job
        self._jobs.put(job)

    def _orphan(self, number: int) -> None:
        job = self._waiting.get(number)
        if job is not None:
            job.on_done = job.on_error = None
            job.owner = None

    # ------------------------------------------------------------ outcomes, on the GUI thread

    def _finished(self, number: int, result: Any) -> None:
        job = self._take(number)
        if job is not None and job.on_done is not None and job.generation == self._generation:
            job.on_done(result)
        self._maybe_idle()

    def _failed(self, number: int, error: BaseException) -> None:
        job = self._take(number)
        if job is None or job.generation != self._generation:
            pass
        elif job.on_error is not None:
            job.on_error(error)
        else:
            log.error("database work failed", exc_info=error)
        self._maybe_idle()

    def _take(self, number: int) -> _Job | None:
        job = self._waiting.pop(number, None)
        if job is not None and job.owner is not None:
            # The owner's destroyed signal no longer matters for this job.
            job.owner = None
        return job

    def _maybe_idle(self) -> None:
        if self._waiting:
            return
        self._busy_timer.stop()
        if self._busy:
            self._busy = False
            QGuiApplication.restoreOverrideCursor()
            self.busy_changed.emit(False)
        self.idle.emit()

    def _show_busy(self) -> None:
        if self._waiting and not self._busy:
            self._busy = True
            QGuiApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
            self.busy_changed.emit(True)

    # ------------------------------------------------------------ state

    def pending(self) -> int:
        """How many jobs have not come back yet (queued, running or on their way)."""
        return len(self._waiting)

    def is_busy(self) -> bool:
        """True while the busy cursor is shown."""
        return self._busy

    def pending_writes(self) -> int:
        """How many writes have not come back yet."""
        return sum(1 for job in self._waiting.values() if job.write)

    def forget_queued(self) -> None:
        """Drop the reads not started yet, wait for the running job and every write.

        Before the register changes (another database is opened) or closes: no
        job of the old one may run against it afterwards, and no callback of
        theirs runs. A write is never dropped: what the coordinator saved is saved.
        """
        kept: list[_Job] = []
        try:
            while True:
                queued = self._jobs.get_nowait()
                self._jobs.task_done()
                if queued is not None and queued.write:
                    kept.append(queued)
                elif queued is not None:
                    self._waiting.pop(queued.number, None)
        except queue.Empty:
            pass
        for job in kept:
            self._jobs.put(job)
        self._jobs.join()
        self._generation += 1
        self._waiting.clear()
        self._maybe_idle()

    def stop(self) -> None:
        """End the thread after the running job (the window closes)."""
        if self._stopped:
            return
        self.forget_queued()
        self._stopped = True
        self._thread.finish()
