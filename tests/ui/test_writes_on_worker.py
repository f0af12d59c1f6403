"""Saves, deletes and their undo run on the window's database worker, not on the GUI thread.

The connection is made slow on purpose: every statement off the GUI thread
waits 50 ms (a server across a slow network), and writes wait at a gate the
test opens, so "while the save is on its way" is a state the test can look
at without any timing to go wrong.
"""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Iterator
from typing import Any

import pytest
from helpers import (
    activate,
    answer_message_box,
    click_button_named,
    keeps_ticking,
    record_shown,
    shown_window,
    write_done,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox
from sqlalchemy import event

from app.services.errors import RecordNotFound
from app.services.records import Town
from app.workspace import Workspace
from ui.lists.list_page import RecordListPage
from ui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
STATEMENT_DELAY_S = 0.05


class SlowConnection:
    """Every statement off the GUI thread waits a moment; the chosen ones wait at a gate too."""

    def __init__(self, workspace: Workspace, held: tuple[str, ...] = ("UPDATE", "DELETE")) -> None:
        self.engine = workspace.database.engine
        self.held = held
        self.gate = threading.Event()
        self.gate.set()
        self.at_gate = threading.Event()
        self.statements: list[tuple[threading.Thread, str]] = []
        event.listen(self.engine, "before_cursor_execute", self._before)

    def _before(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        thread = threading.current_thread()
        self.statements.append((thread, statement))
        if thread is threading.main_thread():
            return
        time.sleep(STATEMENT_DELAY_S)  # the network's round trip
        if statement.lstrip().upper().startswith(self.held):
            self.at_gate.set()
            self.gate.wait()

    def hold(self) -> None:
        """Writes wait at the gate from now on."""
        self.at_gate.clear()
        self.gate.clear()

    def release(self) -> None:
        """Let the waiting writes through."""
        self.gate.set()

    def on_gui_thread(self) -> list[str]:
        """The statements run on the GUI thread so far."""
        return [s for thread, s in self.statements if thread is threading.main_thread()]

    def remove(self) -> None:
        """Back to a quick connection."""
        self.gate.set()
        event.remove(self.engine, "before_cursor_execute", self._before)


@pytest.fixture
def slow_window(qtbot: Any, workspace: Workspace) -> Iterator[tuple[MainWindow, SlowConnection]]:
    """A window on two towns, the town list shown, over a slow connection."""
    for name in ("Arsuk", "Nuuk"):
        workspace.save(Town(name=name, country="GL"))
    window = shown_window(qtbot, workspace)
    window.show_page("town")
    qtbot.waitUntil(lambda: window.db_worker.pending() == 0)
    slow = SlowConnection(workspace)
    yield window, slow
    slow.remove()
    window.close()


def _town_page(window: MainWindow, qtbot: Any, name: str) -> RecordListPage:
    """The town page with ``name`` chosen in the list by the arrow keys."""
    page = window.current_page()
    assert isinstance(page, RecordListPage)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Home)
    for _ in range(page.model.rowCount()):
        record = record_shown(qtbot, page.form)  # each row's record comes from the worker
        if record is not None and record.name == name:
            break
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert record_shown(qtbot, page.form).name == name
    return page


def _name_field(page: RecordListPage) -> QLineEdit:
    field = page.form.editor("name").focus_widget()
    assert isinstance(field, QLineEdit)
    return field


def _type_at_end(qtbot: Any, field: QLineEdit, text: str) -> None:
    field.setFocus(Qt.FocusReason.MouseFocusReason)
    qtbot.waitUntil(field.hasFocus)
    qtbot.keyClick(field, Qt.Key.Key_End)
    qtbot.keyClicks(field, text)


def _save_held_at_the_gate(
    qtbot: Any, page: RecordListPage, slow: SlowConnection, typed: str
) -> None:
    """Type ``typed`` at the end of the name, press Ctrl+S; the save waits at the gate."""
    field = _name_field(page)
    _type_at_end(qtbot, field, typed)
    slow.hold()
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(slow.at_gate.is_set)


def test_the_window_answers_while_a_save_and_a_list_reload_wait_on_a_slow_connection(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """Ctrl+S on a slow server: the form stays read-only with its text, the window keeps
    answering (a timer ticks, the search field takes typing), one save only; then the
    stored record shows. A filter chosen by key reads the list on the worker too."""
    window, slow = slow_window
    page = _town_page(window, qtbot, "Nuuk")
    field = _name_field(page)
    _type_at_end(qtbot, field, " Kangerlua")
    slow.hold()
    statements_before = len(slow.on_gui_thread())
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(slow.at_gate.is_set)  # the worker is in the middle of the save

    assert page.form.is_saving()
    assert not page.form.details.isEnabled()  # nothing typed now could be lost
    assert not window.save_action.isEnabled()
    assert field.text() == "Nuuk Kangerlua"
    keeps_ticking(qtbot, window)
    page.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
    qtbot.waitUntil(page.search_field.hasFocus)
    qtbot.keyClicks(page.search_field, "nu")
    assert page.search_field.text() == "nu"
    qtbot.keyClick(page.search_field, Qt.Key.Key_S, CTRL)  # a second Ctrl+S is not queued
    assert window.db_worker.pending_writes() == 1
    assert page.form.is_saving()

    with qtbot.waitSignal(page.form.save_finished, timeout=10000) as finished:
        slow.release()
    assert finished.args == [True]
    write_done(qtbot, window)
    assert page.form.details.isEnabled() and window.save_action.isEnabled()
    assert not page.form.is_dirty()
    assert page.form.current_record().name == "Nuuk Kangerlua"
    on_gui_thread = slow.on_gui_thread()[statements_before:]
    assert window.workspace.get("town", page.form.current_record().id).version == 2
    statements_before = len(slow.on_gui_thread())

    # A filter chosen with the keyboard reads the list again, on the worker, while the
    # window answers.
    slow.hold()
    slow.held = ("SELECT",)
    combo = page.filter_bar.findChild(QComboBox, "filter_country")
    assert combo is not None
    combo.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(slow.at_gate.is_set)
    assert page.is_reading()
    qtbot.keyClicks(page.search_field, "uk")
    assert page.search_field.text() == "nuuk"
    with qtbot.waitSignal(page.reloaded, timeout=10000):
        slow.release()
    assert not page.is_reading()
    # The save and the reload asked nothing of the database on the GUI thread.
    on_gui_thread += slow.on_gui_thread()[statements_before:]
    assert on_gui_thread == []


def test_a_save_the_server_loses_keeps_the_text_and_saving_again_stores_it(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """A connection lost during the save: the error reaches the window's error handling on
    the GUI thread, the typing stays in the form, and Ctrl+S again stores it."""
    window, slow = slow_window
    page = _town_page(window, qtbot, "Arsuk")
    field = _name_field(page)
    _type_at_end(qtbot, field, " Fjord")

    def lost(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        on_worker = threading.current_thread() is not threading.main_thread()
        if on_worker and statement.lstrip().upper().startswith("UPDATE"):
            raise ConnectionError("The connection to the server was lost.")

    event.listen(slow.engine, "before_cursor_execute", lost)
    try:
        with (
            qtbot.capture_exceptions() as caught,
            qtbot.waitSignal(page.form.save_finished, timeout=10000) as finished,
        ):
            qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    finally:
        event.remove(slow.engine, "before_cursor_execute", lost)
    assert finished.args == [False]
    assert [str(error) for _kind, error, _tb in caught] == [
        "The connection to the server was lost."
    ]
    assert field.text() == "Arsuk Fjord" and page.form.is_dirty()
    assert page.form.details.isEnabled() and not page.form.is_saving()
    assert window.workspace.get("town", page.form.current_record().id).name == "Arsuk"

    with qtbot.waitSignal(page.form.save_finished, timeout=10000) as again:
        qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    assert again.args == [True]
    assert window.workspace.get("town", page.form.current_record().id).name == "Arsuk Fjord"


def test_closing_the_window_while_a_save_waits_keeps_the_save(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """Ctrl+Q while the save is on its way: the window waits for it, nothing is lost."""
    window, slow = slow_window
    page = _town_page(window, qtbot, "Arsuk")
    town_id = page.form.current_record().id
    _save_held_at_the_gate(qtbot, page, slow, " Havn")
    # The gate opens once the window is already waiting for the save.
    QTimer.singleShot(0, slow.release)
    window.close()
    assert not window.isVisible()
    assert window.workspace.get("town", town_id).name == "Arsuk Havn"


def test_delete_and_its_undo_are_each_one_write_on_the_worker(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """Delete runs once (the undo step's redo) on the worker; Ctrl+Z restores it there;
    only the town count is asked again, and the form moves on to the next town."""
    window, slow = slow_window
    page = _town_page(window, qtbot, "Arsuk")
    arsuk = page.form.current_record().id
    counted: list[list[str]] = []
    counts = window.workspace.counts

    def counting(kinds: Any) -> dict[str, int]:
        counted.append(list(kinds))
        return counts(kinds)

    window.workspace.counts = counting  # type: ignore[method-assign]
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.row_of(arsuk) is None, timeout=10000)
    write_done(qtbot, window)
    qtbot.waitUntil(lambda: window.navigation.count_of("town") == 1)
    deletes = [s for _t, s in slow.statements if s.lstrip().upper().startswith("DELETE FROM TOWN")]
    assert len(deletes) == 1
    assert all(
        thread is not threading.main_thread() for thread, s in slow.statements if s in deletes
    )
    assert counted == [["town"]]
    with pytest.raises(RecordNotFound):
        window.workspace.get("town", arsuk)
    assert record_shown(qtbot, page.form).name == "Nuuk"

    activate(qtbot, window)
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: page.model.row_of(arsuk) is not None, timeout=10000)
    write_done(qtbot, window)
    assert window.workspace.get("town", arsuk).name == "Arsuk"
    qtbot.waitUntil(lambda: window.navigation.count_of("town") == 2)
    writes = [
        s
        for thread, s in slow.statements[:]
        if thread is threading.main_thread() and s.lstrip().upper().startswith(("INSERT", "DELETE"))
    ]
    assert writes == []


def test_moving_to_another_record_while_a_save_waits_keeps_the_save(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """Arrow down in the list while the save is on its way: the save finishes, then the
    next record shows; nothing typed is lost and no question is asked."""
    window, slow = slow_window
    page = _town_page(window, qtbot, "Arsuk")
    arsuk = page.form.current_record().id
    _save_held_at_the_gate(qtbot, page, slow, " Havn")
    QTimer.singleShot(0, slow.release)
    page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keyClick(page.table, Qt.Key.Key_Down)
    qtbot.waitUntil(
        lambda: getattr(page.form.current_record(), "name", None) == "Nuuk", timeout=10000
    )
    write_done(qtbot, window)
    assert not page.form.is_dirty()
    assert window.workspace.get("town", arsuk).name == "Arsuk Havn"


def test_a_clash_with_a_colleague_asks_and_reload_reads_on_the_worker(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """Both changed the name: the save comes back refused with the question on the GUI
    thread, both names shown; "Reload" reads the stored record on the worker."""
    window, slow = slow_window
    page = _town_page(window, qtbot, "Arsuk")
    arsuk = page.form.current_record().id
    colleague = Workspace.open(window.workspace.path)
    try:
        stored = colleague.get("town", arsuk)
        colleague.save(dataclasses.replace(stored, name="Arsuk Kujalleq"))
    finally:
        colleague.close()
    field = _name_field(page)
    _type_at_end(qtbot, field, " Fjord")
    gui_before = len(slow.on_gui_thread())
    shown: list[str] = []
    click_button_named("Reload", seen=shown)
    qtbot.keyClick(field, Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page.form.current_record().name == "Arsuk Kujalleq", timeout=10000)
    write_done(qtbot, window)
    assert len(shown) == 1 and "Arsuk Kujalleq" in shown[0] and "Arsuk Fjord" in shown[0]
    assert field.text() == "Arsuk Kujalleq" and not page.form.is_dirty()
    assert slow.on_gui_thread()[gui_before:] == []


def test_a_delete_refused_on_the_worker_leaves_no_step_to_undo(
    qtbot: Any, slow_window: tuple[MainWindow, SlowConnection]
) -> None:
    """A colleague changed the town since it was shown: the delete comes back refused, the
    reason is shown, the town stays, and Undo does not name a delete that never happened."""
    window, _slow = slow_window
    page = _town_page(window, qtbot, "Arsuk")
    arsuk = page.form.current_record().id
    colleague = Workspace.open(window.workspace.path)
    try:
        stored = colleague.get("town", arsuk)
        colleague.save(dataclasses.replace(stored, region="Kujalleq"))
    finally:
        colleague.close()
    seen: list[str] = []
    answer_message_box(QMessageBox.StandardButton.Yes)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    answer_message_box(QMessageBox.StandardButton.Ok, seen=seen)
    qtbot.waitUntil(lambda: len(seen) == 1, timeout=10000)  # "Not deleted", and why
    write_done(qtbot, window)
    assert window.undo_stack.count() == 0
    assert not window.undo_action.isEnabled() and not window.redo_action.isEnabled()
    assert window.workspace.get("town", arsuk).region == "Kujalleq"
    assert page.model.row_of(arsuk) is not None
