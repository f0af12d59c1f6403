"""A long list shows its first rows at once and the rest from the database worker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import english_interface  # noqa: F401 (autouse fixture)
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QTableView

from app.services.listing import Filters
from app.services.records import Town
from ui.db_worker import DatabaseWorker
from ui.lists.table_model import ID_ROLE, RecordTableModel

# Saved in this order; the list sorts by name, Swedish order (Å, Ä, Ö after Z).
NAMES = ["Östersund", "Borlänge", "Alingsås", "Ängelholm", "Borås", "Celle", "Åmål", "Lich"]
IN_ORDER = ["Alingsås", "Borlänge", "Borås", "Celle", "Lich", "Åmål", "Ängelholm", "Östersund"]


@pytest.fixture
def worker(qtbot: Any) -> Iterator[DatabaseWorker]:
    """The window's kind of database worker, stopped after the test."""
    worker = DatabaseWorker()
    yield worker
    worker.stop()


@pytest.fixture
def town_ids(workspace: Any) -> dict[str, int]:
    return {name: workspace.save(Town(name=name, country="SE")).id for name in NAMES}


def names(model: RecordTableModel) -> list[Any]:
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_first_rows_show_at_once_and_the_rest_follows(
    qtbot: Any, qtmodeltester: Any, workspace: Any, worker: DatabaseWorker, town_ids: Any
) -> None:
    """Every row is counted at once; the unread ones are blank until the worker brings them."""
    model = RecordTableModel(worker=worker)
    model.set_table(workspace.table("town", Filters(head=3)))
    model.sort(0, Qt.SortOrder.AscendingOrder)  # as the view does, before the rest is here
    assert model.rowCount() == len(NAMES)  # the scroll bar is right from the start
    shown = names(model)
    # Three rows read, in Swedish order, the rest blank below them (not read yet).
    assert [name for name in shown if name] == sorted(
        [name for name in shown if name], key=IN_ORDER.index
    )
    assert shown.count(None) == len(NAMES) - 3
    qtmodeltester.check(model)  # also watches the rest being put in place
    qtbot.waitUntil(model.is_complete)
    assert names(model) == IN_ORDER
    assert model.total_rows() == len(NAMES)


def test_the_selection_stays_on_its_record_when_the_rest_arrives(
    qtbot: Any, workspace: Any, worker: DatabaseWorker, town_ids: Any
) -> None:
    """The chosen row keeps pointing at the same town while rows move around it."""
    model = RecordTableModel(worker=worker)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    # Only Alingsås is read first; sorted Z to A it is on top until the others arrive.
    model.set_table(workspace.table("town", Filters(head=1)))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    chosen = model.index(0, 0).data(ID_ROLE)
    assert chosen == town_ids["Alingsås"]
    view.selectionModel().setCurrentIndex(
        model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.waitUntil(model.is_complete)
    current = view.selectionModel().currentIndex()
    assert current.data(ID_ROLE) == chosen
    assert current.row() == len(NAMES) - 1  # it moved to the bottom, the selection with it
    assert view.selectionModel().isRowSelected(current.row())


def test_a_search_typed_before_the_rest_arrived_finds_every_row(
    qtbot: Any, workspace: Any, worker: DatabaseWorker, town_ids: Any
) -> None:
    """ "bor" finds the row read first at once, and the other once the whole list is there."""
    model = RecordTableModel(worker=worker)
    model.set_table(workspace.table("town", Filters(head=2)))
    model.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_search("bor")
    assert names(model) == ["Borlänge"]  # Alingsås and Borlänge are read; Borås is not yet
    qtbot.waitUntil(model.is_complete)
    assert names(model) == ["Borlänge", "Borås"]


def test_without_a_worker_the_rest_is_read_at_once(workspace: Any, town_ids: Any) -> None:
    """A model with no worker (a page of its own) reads the whole list straight away."""
    model = RecordTableModel()
    model.set_table(workspace.table("town", Filters(head=2)))
    assert model.is_complete()
    model.sort(0, Qt.SortOrder.AscendingOrder)
    assert names(model) == IN_ORDER


def test_a_newer_read_is_not_replaced_by_an_older_rest(
    qtbot: Any, workspace: Any, worker: DatabaseWorker, town_ids: Any
) -> None:
    """A list read again while the rest of the first read was on its way keeps the new read."""
    model = RecordTableModel(worker=worker)
    # The worker is busy with something else while the list is read twice.
    busy = threading.Event()
    worker.run_read(lambda: busy.wait(10))
    head = workspace.table("town", Filters(head=2))
    rest, rests_read = head.rest, []
    assert rest is not None
    head.rest = lambda: rests_read.append(1) or rest()
    model.set_table(head)
    model.set_table(workspace.table("town", Filters(equals={"name": "Lich"})))  # complete
    with qtbot.waitSignal(worker.idle, timeout=10000):
        busy.set()
    assert names(model) == ["Lich"]
    assert model.is_complete()
    assert rests_read == []  # the first read's rest was not even read: nobody wanted it


def test_the_count_follows_when_the_rest_of_a_long_list_arrives(
    qtbot: Any, workspace: Any, town_ids: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search typed before the rest came says "1 of 8", then "2 of 8" once it is there."""
    from ui.lists import filter_bar
    from ui.main_window import MainWindow

    monkeypatch.setattr(filter_bar, "HEAD_ROWS", 2)  # eight towns make a long list here
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("town")  # its read is handed to the worker
    busy = threading.Event()
    window.db_worker.run_read(lambda: busy.wait(10))  # the rest waits behind this
    try:
        qtbot.waitUntil(page.is_filled)
        assert not page.model.is_complete()
        page.search_field.setFocus()
        qtbot.keyClicks(page.search_field, "bor")
        qtbot.waitUntil(lambda: page.count_label.text() == "1 of 8")
    finally:
        busy.set()
    qtbot.waitUntil(page.model.is_complete)
    qtbot.waitUntil(lambda: page.count_label.text() == "2 of 8")
    assert names(page.model) == ["Borlänge", "Borås"]
