"""The window's one database worker: work off the GUI thread, answers on it, a window that stays alive.

The slow database is made by holding every statement of the worker's thread
at a gate (a SQLAlchemy ``before_cursor_execute`` event) until the test opens
it: as slow as a server across a bad network, and without any timing to go wrong.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from helpers import (  # noqa: F401 (english_interface: autouse fixture)
    demo_copy,
    english_interface,
    keeps_ticking,
    settle,
    shown_list,
    shown_window,
)
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget
from sqlalchemy import event

from app.services.changelog import change_log_count
from app.services.kinds import KINDS
from app.services.listing import ListQuery
from app.todo import todo_items
from app.workspace import Workspace
from ui.db_worker import DatabaseWorker
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow
from ui.navigation import CHANGE_LOG, COUNTED, TODO


@pytest.fixture
def worker(qtbot: Any) -> Iterator[DatabaseWorker]:
    made = DatabaseWorker()
    yield made
    made.stop()


def test_work_runs_off_the_gui_thread_and_answers_on_it(qtbot: Any, worker: DatabaseWorker) -> None:
    ran_on: list[threading.Thread] = []
    answered_on: list[threading.Thread] = []

    def work() -> int:
        ran_on.append(threading.current_thread())
        return 42

    def done(result: int) -> None:
        answered_on.append(threading.current_thread())
        assert result == 42

    with qtbot.waitSignal(worker.idle):
        worker.run_read(work, done)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert answered_on == [threading.main_thread()]


def test_work_runs_in_the_order_it_was_given(qtbot: Any, worker: DatabaseWorker) -> None:
    started: list[int] = []
    answers: list[int] = []
    for number in range(20):
        worker.run_write(lambda number=number: started.append(number) or number, answers.append)
    qtbot.waitUntil(lambda: worker.pending() == 0)
    assert started == list(range(20))
    assert answers == list(range(20))


def test_an_error_comes_back_to_the_one_who_asked(qtbot: Any, worker: DatabaseWorker) -> None:
    errors: list[BaseException] = []
    results: list[object] = []

    def refuse() -> None:
        raise ValueError("The town has no name.")

    with qtbot.waitSignal(worker.idle):
        worker.run_write(refuse, results.append, errors.append)
    assert results == []
    assert [str(error) for error in errors] == ["The town has no name."]
    # The worker goes on after an error.
    with qtbot.waitSignal(worker.idle):
        worker.run_read(lambda: "next", results.append)
    assert results == ["next"]


def test_a_closed_page_gets_no_answer(qtbot: Any, worker: DatabaseWorker) -> None:
    gate = threading.Event()
    answers: list[object] = []
    page = QObject()
    worker.run_read(gate.wait)
    worker.run_read(lambda: "late", answers.append, owner=page)
    page.deleteLater()
    qtbot.waitUntil(lambda: worker.pending() == 2 and page_gone(page))
    with qtbot.waitSignal(worker.idle):
        gate.set()
    assert answers == []


def page_gone(page: QObject) -> bool:
    try:
        page.objectName()
    except RuntimeError:
        return True
    return False


def test_busy_cursor_only_for_work_that_takes_a_while(qtbot: Any, worker: DatabaseWorker) -> None:
    shown: list[bool] = []
    worker.busy_changed.connect(shown.append)
    with qtbot.waitSignal(worker.idle):
        worker.run_read(lambda: None)
    assert shown == []  # quick work: no flash of a cursor

    gate = threading.Event()
    with qtbot.waitSignal(worker.busy_changed, timeout=5000):
        worker.run_read(gate.wait)
    assert worker.is_busy()
    cursor = QGuiApplication.overrideCursor()
    assert cursor is not None and cursor.shape() == Qt.CursorShape.BusyCursor
    with qtbot.waitSignal(worker.idle):
        gate.set()
    assert shown == [True, False]
    assert QGuiApplication.overrideCursor() is None


# ---------------------------------------------------------------- the window on a slow database


class SlowDatabase:
    """Holds every statement run off the GUI thread until ``open()``; notes each statement's thread."""

    def __init__(self, workspace: Workspace) -> None:
        self.engine = workspace.database.engine
        self.gate = threading.Event()
        self.gate.set()
        self.waiting = threading.Event()
        self.threads: list[threading.Thread] = []
        event.listen(self.engine, "before_cursor_execute", self._before)

    def _before(self, *_args: Any) -> None:
        self.threads.append(threading.current_thread())
        if threading.current_thread() is threading.main_thread():
            return
        self.waiting.set()
        self.gate.wait()
        self.waiting.clear()

    def close(self) -> None:
        self.gate.clear()

    def open(self) -> None:
        self.gate.set()

    def remove(self) -> None:
        self.gate.set()
        event.remove(self.engine, "before_cursor_execute", self._before)


class Paints(QObject):
    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


@pytest.fixture
def slow_window(qtbot: Any, tmp_path: Path) -> Iterator[tuple[MainWindow, SlowDatabase]]:
    workspace = Workspace.open(demo_copy(tmp_path))
    slow = SlowDatabase(workspace)
    window = shown_window(qtbot, workspace, active=False)
    yield window, slow
    slow.remove()
    window.close()
    workspace.close()


def test_the_window_paints_and_answers_while_the_list_is_read(
    qtbot: Any, slow_window: tuple[MainWindow, SlowDatabase]
) -> None:
    window, slow = slow_window
    page = shown_list(qtbot, window, "town")
    assert isinstance(page, RecordListPage)
    everything = page.model.rowCount()
    assert everything > 10

    slow.close()
    statements_before = len(slow.threads)
    page.refresh()
    qtbot.waitUntil(slow.waiting.is_set)  # the worker is stuck in the database
    assert page.is_reading()

    keeps_ticking(qtbot, window)

    paints = Paints(page.table.viewport())
    page.table.viewport().update()
    qtbot.waitUntil(lambda: paints.count > 0)

    page.search_field.setFocus()
    qtbot.keyClicks(page.search_field, "siglu")
    assert page.search_field.text() == "siglu"
    assert 0 < page.model.rowCount() < everything  # the search narrowed the list shown
    assert page.is_reading()
    # Nothing the window did meanwhile asked the database on the GUI thread.
    assert threading.main_thread() not in slow.threads[statements_before:]

    with qtbot.waitSignal(page.reloaded, timeout=10000):
        slow.open()
    assert not page.is_reading()
    assert page.model.total_rows() == everything
    assert 0 < page.model.rowCount() < everything  # the search typed meanwhile still holds


def test_counts_come_from_the_worker_and_match_each_list(
    qtbot: Any, slow_window: tuple[MainWindow, SlowDatabase]
) -> None:
    window, slow = slow_window
    settle(qtbot, window)
    slow.threads.clear()
    window.refresh_counts()
    settle(qtbot, window)
    # The to-do count follows once things are quiet, also from the worker.
    qtbot.waitUntil(lambda: window.navigation.count_of(TODO) is not None, timeout=10000)
    settle(qtbot, window)
    assert slow.threads, "the counts were read"
    assert threading.main_thread() not in slow.threads
    workspace = window.workspace
    counted = [kind for kind in KINDS if kind in COUNTED]
    assert len(counted) > 10
    for kind in counted:
        # The list's own count, one statement per kind, as the window asked before.
        expected = workspace.page(kind, ListQuery(limit=0)).total
        assert window.navigation.count_of(kind) == expected, kind
    assert window.navigation.count_of(CHANGE_LOG) == change_log_count(workspace.database)
    assert window.navigation.count_of(TODO) == len(todo_items(workspace.database, date.today()))


def test_a_failed_read_reaches_the_error_handling_and_keeps_the_list(
    qtbot: Any, slow_window: tuple[MainWindow, SlowDatabase]
) -> None:
    window, _slow = slow_window
    page = shown_list(qtbot, window, "town")
    assert isinstance(page, RecordListPage)
    shown = page.model.rowCount()
    engine = window.workspace.database.engine

    def lost(*_args: Any) -> None:
        if threading.current_thread() is not threading.main_thread():
            raise ConnectionError("The connection to the server was lost.")

    event.listen(engine, "before_cursor_execute", lost)
    try:
        with qtbot.capture_exceptions() as caught, qtbot.waitSignal(page.reloaded):
            page.refresh()
    finally:
        event.remove(engine, "before_cursor_execute", lost)
    # The window's exception hook gets it, as it would have on the GUI thread.
    assert [str(error) for _kind, error, _tb in caught] == [
        "The connection to the server was lost."
    ]
    assert not page.is_reading()
    assert page.model.rowCount() == shown  # what was shown stays
    with qtbot.waitSignal(page.reloaded):
        page.refresh()
    assert page.model.rowCount() == shown
