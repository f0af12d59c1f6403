"""A list's reads in turn: handed to the window's database worker, only the latest one shown.

Each read gets a number; an answer that comes back after a later read was
asked for is stale and dropped, so typing a filter quickly never shows an
older list last. What waits for the list (``then``) runs once the latest
read is on screen, or has failed.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject

from ui.db_worker import DatabaseWorker


class ListReads:
    """Numbers, runs and finishes the reads of one list; ``finished`` follows each latest one."""

    def __init__(
        self, owner: QObject, worker: DatabaseWorker | None, finished: Callable[[], None]
    ) -> None:
        self._owner = owner
        # The window's database worker; without one (a page on its own) a list is read at once.
        self._worker = worker
        self._finished = finished
        self._asked = 0  # the number of the latest read handed over
        self._shown = 0  # the number of the read the list shows
        self._after: list[Callable[[], None]] = []

    def read(
        self,
        work: Callable[[], Any],
        show: Callable[[Any], None],
        then: Callable[[], None] | None = None,
    ) -> None:
        """Run ``work`` and give its answer to ``show``, unless a later read was asked for.

        ``show`` calls :meth:`finish` once the list shows it (or reads again).
        """
        self._asked += 1
        number = self._asked
        if then is not None:
            self._after.append(then)

        def done(result: Any) -> None:
            if number == self._asked:
                show(result)

        if self._worker is None:
            done(work())
            return
        self._worker.run_read(
            work, done, lambda error: self._failed(number, error), owner=self._owner
        )

    def _failed(self, number: int, error: BaseException) -> None:
        if number == self._asked:  # a later read still brings the list up to date
            self.finish()
        # As if the read had failed on the GUI thread: the window's exception hook finds
        # the sentence for it (a refusal, a full disk, a lost server) and logs the rest.
        sys.excepthook(type(error), error, error.__traceback__)

    def finish(self) -> None:
        """The list shows the latest read: what waited for it runs now."""
        self._shown = self._asked
        waiting, self._after = self._after, []
        for then in waiting:
            then()
        self._finished()

    def is_reading(self) -> bool:
        """True while a read of the list is on its way from the worker."""
        return self._shown != self._asked
