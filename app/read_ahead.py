"""Reads of a server register begun at once, side by side, each on a connection of its own.

The window's database worker does its work one piece after another: a save,
then the list read again, then the counts. On a server each of those waits
for its round trips in turn (100 ms each from a remote office), although the
counts need nothing from the list. A read begun here starts at once on a
thread of its own and the worker only collects its answer when its turn
comes, so independent reads overlap instead of queueing. A file gains
nothing from it (a read there costs no network), so a file's read simply runs
when it is collected, as before.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Generic, TypeVar

T = TypeVar("T")

# Enough for the reads a window begins together (the counts, the change log's count);
# each holds one pooled connection while it runs.
READERS = 3


class Ahead(Generic[T]):
    """A read begun ahead (or, for a file, left to run when collected)."""

    def __init__(self, future: Future[T] | None, read: Callable[[], T]) -> None:
        self._future = future
        self._read = read

    def result(self) -> T:
        """The read's answer (waits for it); what it raised is raised here."""
        if self._future is None:
            return self._read()
        return self._future.result()


class ReadAhead:
    """The threads that read ahead for one open register; closed with it."""

    def __init__(self, in_parallel: bool) -> None:
        self._in_parallel = in_parallel
        self._pool: ThreadPoolExecutor | None = None
        self._lock = threading.Lock()
        self._closed = False

    def begin(self, read: Callable[[], T]) -> Ahead[T]:
        """Begin ``read`` now on a reading thread (a file's: when its answer is asked for)."""
        if not self._in_parallel:
            return Ahead(None, read)
        with self._lock:
            if self._closed:  # no new threads for a closed register: the read says so itself
                return Ahead(None, read)
            if self._pool is None:
                self._pool = ThreadPoolExecutor(READERS, thread_name_prefix="vanort-read")
            return Ahead(self._pool.submit(read), read)

    def close(self) -> None:
        """Drop the reads not begun; those running end on their own (never waited for here:
        closing must not hang on a server that stopped answering)."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._closed = True
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)
