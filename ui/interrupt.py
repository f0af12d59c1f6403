"""Ctrl+C in the terminal closes the program as its window's close button does.

Qt's event loop runs in C++, so Python's own SIGINT handler would only run at
the next Python call, which may be never. The signal's number is written to a
socket (signal.set_wakeup_fd) that a QSocketNotifier watches: the loop wakes at
once and closes the window, which asks about unsaved edits first, exactly as
closing it by hand does. Nothing is thrown away and no traceback is printed.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable

from PySide6.QtCore import QObject, QSocketNotifier


class InterruptCloser(QObject):
    """Watches for SIGINT and calls ``close`` once per Ctrl+C, never while one is being handled."""

    def __init__(self, close: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._close = close
        self._closing = False
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        # A Python handler of our own: the default one would raise KeyboardInterrupt
        # inside whatever slot runs next and print a traceback.
        self._previous_handler = signal.signal(signal.SIGINT, lambda _number, _frame: None)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)

    def _woken(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        if self._closing:
            # Already asking about unsaved edits: a second Ctrl+C must not skip the question.
            return
        self._closing = True
        try:
            self._close()
        finally:
            self._closing = False

    def uninstall(self) -> None:
        """Give SIGINT back to whoever had it before (tests, or the program's end)."""
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        signal.signal(signal.SIGINT, self._previous_handler)
        self._reader.close()
        self._writer.close()
