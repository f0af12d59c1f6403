"""A page's or dialog's reads and writes on the window's database worker, answers back on its own.

On a server every statement is a round trip, and one run on the GUI thread
freezes the window for as long: each page hands its work (a function of no
arguments talking to the register) to the worker and shows the answer when
it comes back. Only the latest read is shown; one write at a time, so a
second Enter or click while one is on its way starts nothing. Without a
worker (a page built on its own) the work runs here and now. Used by the
to-do list, the term review, the town page, search everywhere and the mapping
report's list, wizard and text blocks; the record lists have their own
(``ui.lists.list_reads``), whose reads finish only once the list has shown
the rows it asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QWidget

from app.services.errors import ServiceError
from ui.errors import say_refusal

if TYPE_CHECKING:
    from ui.db_worker import DatabaseWorker

Refused = Callable[[ServiceError], None]


class PageWork:
    """Hands a page's reads and writes to the worker and brings their answers back to it."""

    def __init__(
        self,
        page: QWidget,
        worker: DatabaseWorker | None,
        warn: Callable[[str], None],
        writing_changed: Callable[[], None],
    ) -> None:
        """``warn`` says a refusal in one sentence; ``writing_changed`` follows a write's going
        out and coming back (the page turns its write buttons off and on)."""
        self._page = page
        self._worker = worker
        self._warn = warn
        self._writing_changed = writing_changed
        self._shown = 0  # the number of the read the page shows
        self._asked = 0  # the number of the latest read handed over; older answers are dropped
        self._writing = False

    def read(
        self,
        work: Callable[[], Any],
        show: Callable[[Any], None],
        not_read: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Run ``work`` and ``show`` its answer, unless another read was asked for meanwhile.

        A failure of the latest read goes to ``not_read`` when given (the page says
        it in its own words), else a refusal is said and anything else raised.
        """
        self._asked += 1
        number = self._asked

        def done(answer: Any) -> None:
            if number == self._asked:
                self._shown = number
                show(answer)

        def failed(error: BaseException) -> None:
            if number != self._asked:
                return
            self._shown = number  # nothing more is on its way
            if not_read is not None:
                not_read(error)
            else:
                self._refused_or_raised(error)

        if self._worker is None:
            try:
                answer = work()
            except ServiceError as error:
                failed(error)
                return
            except Exception as error:
                if not_read is None:
                    raise
                failed(error)
                return
            done(answer)
            return
        self._worker.run_read(work, done, failed, owner=self._page)

    def drop_answers(self) -> None:
        """Show no answer of a read on its way (what it was asked for is no longer there)."""
        self._asked += 1
        self._shown = self._asked

    def is_reading(self) -> bool:
        """True while a read of the page is on its way from the worker."""
        return self._asked != self._shown

    def write(
        self, work: Callable[[], Any], done: Callable[[Any], None], refused: Refused | None = None
    ) -> None:
        """Run the write ``work``; ``done`` gets what it returned, ``refused`` a refusal.

        A refusal is said in one sentence first. Until the write is back
        :meth:`is_writing` is True and the page starts no other.
        """
        self._set_writing(True)

        def finished(result: Any) -> None:
            self._set_writing(False)
            done(result)

        def failed(error: BaseException) -> None:
            self._set_writing(False)
            if self._refused_or_raised(error) and refused is not None:
                assert isinstance(error, ServiceError)
                refused(error)

        if self._worker is None:
            try:
                result = work()
            except ServiceError as error:
                failed(error)
                return
            finished(result)
            return
        self._worker.run_write(work, finished, failed, owner=self._page)

    def is_writing(self) -> bool:
        """True while a write of the page is on its way to the register."""
        return self._writing

    def _set_writing(self, writing: bool) -> None:
        self._writing = writing
        self._writing_changed()

    def _refused_or_raised(self, error: BaseException) -> bool:
        """Say a refusal (True); anything else goes to the window's exception hook (False)."""
        return say_refusal(error, self._warn)
