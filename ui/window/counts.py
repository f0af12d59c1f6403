"""The counts beside the kinds in the navigation, read on the database worker.

At start they follow the start page (counting every kind meanwhile would hold
it back), at the latest after ``FIRST_COUNTS_LATEST_MS``; the to-do count is
then the start page's own (it was made from the whole to-do list of the day).
After a write only the kinds it changed are counted again, in one query; the
to-do count (every rule over the register) follows once things are quiet, and
only when a kind the rules read changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from app.services.kinds import KINDS
from ui.db_worker import DatabaseWorker
from ui.navigation import CHANGE_LOG, COUNTED, TODO, Navigation

if TYPE_CHECKING:
    from app.workspace import Workspace
    from ui.pages import Page

log = logging.getLogger(__name__)

# At start the counts beside the kinds follow the start page; this late at most.
FIRST_COUNTS_LATEST_MS = 3000
# The to-do count waits this long after the last write: typing on is never held up.
TODO_AFTER_MS = 1500


class NavigationCounts(QObject):
    """Counts the records of each kind, the change log and the to-do list for the navigation."""

    def __init__(
        self,
        worker: DatabaseWorker,
        workspace: Callable[[], Workspace],
        navigation: Callable[[], Navigation],
        todo_page: Callable[[], Page | None],
        news: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._workspace = workspace
        self._navigation = navigation
        self._todo_page = todo_page
        self._news = news  # the change log grew: someone wrote meanwhile
        self._log_count: int | None = None
        self.counted = False  # the kinds were counted since the window was built
        # The start page told the to-do count, as read with nothing written since.
        self._todo_from_start_page = False
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self._first_counts)
        self._todo_timer = QTimer(self)
        self._todo_timer.setSingleShot(True)
        self._todo_timer.setInterval(TODO_AFTER_MS)
        self._todo_timer.timeout.connect(self.count_todo)
        # The to-do count asks every rule (some twenty reads, two seconds on a server
        # 100 ms away): on a worker of its own, so a save or a list never waits behind it.
        self._todo_worker = DatabaseWorker(self)

    def start(self) -> None:
        """The window was built: count once the start page is filled, or a moment later."""
        self.counted = False
        self._todo_from_start_page = False

    def start_page_filled(self, todo_count: int) -> None:
        """The start page is shown, read with ``todo_count`` to-do items: count the rest now.

        Until the first counts nothing was written through the window (a write counts
        what it changed at once), so the to-do list the start page was made from
        is today's: its length is shown instead of asking every rule again (a
        third of a second of the worker on a Europe-sized register).
        """
        if not self.counted:
            self._todo_from_start_page = True
            self.show_todo_count(todo_count)
        self.count_later(0)

    def count_later(self, delay_ms: int = FIRST_COUNTS_LATEST_MS) -> None:
        """Count the kinds after ``delay_ms``, unless a page counts them first."""
        if not self.counted:
            self._first.start(delay_ms)

    def _first_counts(self) -> None:
        if not self.counted:
            self.refresh(todo=not self._todo_from_start_page)

    def refresh(self, changed: Iterable[str] | None = None, *, todo: bool = True) -> None:
        """Count the kinds (only ``changed`` after a write) and the change log, on the worker.

        ``todo`` False leaves the to-do count alone (no rule reads what changed).
        """
        self.counted = True
        self._first.stop()
        workspace = self._workspace()
        wanted = set(changed) if changed is not None else None
        kinds = [k for k in KINDS if k in COUNTED and (wanted is None or k in wanted)]

        # Begun now, side by side and beside the worker's queue (the list read again after
        # a save): on a server each is a round trip that need not wait for the others.
        kind_counts = workspace.read_ahead(lambda: workspace.counts(kinds) if kinds else {})
        log_count = workspace.read_ahead(lambda: _log_count(workspace))

        def read() -> tuple[dict[str, int], int]:
            return kind_counts.result(), log_count.result()

        def show(counts: tuple[dict[str, int], int]) -> None:
            self._navigation().set_counts(counts[0])
            self.show_log_count(counts[1])

        self._worker.run_read(read, show, self._failed, owner=self._navigation())
        # The to-do list asks the rules about every record: counted once things
        # are quiet, so neither start-up nor a save waits for it.
        if todo:
            self._todo_timer.start()

    def count_log(self) -> None:
        """Count the change log again: every write adds to it, so a new count means news.

        Not every write passes the window (a mapping report, an attachment), so
        this runs on each change of page; the start page reads again on news.
        """
        workspace = self._workspace()
        self._worker.run_read(
            lambda: _log_count(workspace),
            self.show_log_count,
            self._failed,
            owner=self._navigation(),
        )

    def show_log_count(self, count: int) -> None:
        """Show the change log's count; a different one than before is news."""
        if self._log_count is not None and count != self._log_count:
            self._news()
        self._log_count = count
        self._navigation().set_counts({CHANGE_LOG: count})

    def count_todo(self) -> None:
        """Count the to-do items (the to-do page on screen does it itself).

        A to-do page out of sight is read again when shown (the window marks it
        stale after a write); counting here, on a worker of its own, keeps its
        read of about twenty statements from queuing before the next save or
        choice on the window's worker.
        """
        page = self._todo_page()
        if page is not None and page.isVisible():
            page.refresh()  # emits count_changed
            return
        from app.todo import todo_items

        workspace = self._workspace()
        self._todo_worker.run_read(
            lambda: len(todo_items(workspace.database, date.today())),
            self.show_todo_count,
            self._failed,
            owner=self._navigation(),
        )

    def todo_count_pending(self) -> bool:
        """True while a to-do count by the rules is waiting for quiet or on its way."""
        return self._todo_timer.isActive() or self._todo_worker.pending() > 0

    def show_todo_count(self, count: int) -> None:
        """Show how many to-do items there are."""
        self._navigation().set_counts({TODO: count})

    def stop(self) -> None:
        """No count may come after the register was closed or replaced."""
        self.counted = True
        self._first.stop()
        self._todo_timer.stop()
        self._todo_worker.forget_queued()

    def close(self) -> None:
        """The window closes: no more counts, and the to-do count's thread ends."""
        self.stop()
        self._todo_worker.stop()

    def _failed(self, error: BaseException) -> None:
        # A count is a courtesy; the pages themselves report problems with the register.
        log.error("could not count the records", exc_info=error)


def _log_count(workspace: Workspace) -> int:
    """How many entries the change log holds (on the worker, which loads its code)."""
    from app.services.changelog import change_log_count

    return change_log_count(workspace.database)
